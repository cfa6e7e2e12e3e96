"""Window figures: start to screenshot and to first paint, filter changes on a million
events with the event loop's longest stall and the peak memory, timeline repaints, a PDF.

Each figure is printed beside a baseline measured in the same run: a bare PySide6
QMainWindow process, the bundled database. The window scenario runs in a process of its
own for each database, so that each peak memory is its own. Offscreen by default.
Run: .venv/bin/python bench/bench_gui.py [--runs 10]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import HEADER, HERE, database, machine, row, summary

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
window.installEventFilter(probe)
window.resize(1440, 900)
window.show()
app.exec()
"""


BARE_SHOT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1440, 900)
window.show()
for _ in range(5):
    app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


# Children run as an installed CoopDesk runs: from compiled bytecode (an environment that
# says PYTHONDONTWRITEBYTECODE would make every start compile every module anew).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def whole_process(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of whole runs of ``command`` (one warm-up run first)."""
    walls, cpus = [], []
    for i in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=CHILD_ENV)
        wall = (time.perf_counter() - started) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
        if i:
            walls.append(wall)
            cpus.append(cpu)
    return walls, cpus


def start_to_paint(command: list[str], runs: int) -> list[float]:
    env = {**CHILD_ENV, "COOPDESK_EXIT_AFTER_PAINT": "1"}
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("painted"):
                    out.append((time.perf_counter() - started) * 1000)
                    break
            child.wait(60)
    return out


def gui_scenario(db: Path, runs: int) -> dict[str, object]:
    """Filter changes through the controller, as the filter bar makes them, on one window."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from coopdesk.app import create_main_window
    from coopdesk.model import Filters
    from coopdesk.ui.app import application

    app = application()
    window = create_main_window(db)
    window.resize(1440, 900)
    window.show()
    controller = window.controller
    while controller.snapshot is None:
        app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    agencies = [a.id for a in controller.agencies]
    years = [v.number for v in controller.snapshot.facets.years]
    changes: list[float] = []
    for i in range(runs):
        filters = (
            Filters(agencies=(agencies[i % len(agencies)],))
            if i % 2 == 0
            else Filters(year_from=years[i % len(years)], year_to=years[i % len(years)])
        )
        started = time.perf_counter()
        before = controller.snapshot
        # Wait as the window waits: in its event loop, asleep until the answer comes.
        waiting = QEventLoop()
        controller.snapshotChanged.connect(waiting.quit)
        controller.set_filters(filters)
        if controller.snapshot is before:
            waiting.exec()
        controller.snapshotChanged.disconnect(waiting.quit)
        window.repaint()  # counted: the window painted with the new state
        app.processEvents()
        changes.append((time.perf_counter() - started) * 1000)
    heartbeat.stop()
    window.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"changes": changes, "gaps": gaps, "rss": peak}


def scenario_in_child(db: Path, runs: int) -> dict:  # type: ignore[type-arg]
    answer = subprocess.run(
        [sys.executable, __file__, "--scenario", str(db), "--runs", str(runs)],
        env=CHILD_ENV,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(answer.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def timeline_repaints(runs: int) -> tuple[list[float], list[float]]:
    import datetime as dt
    import random

    from PySide6.QtWidgets import QWidget

    from coopdesk.model import DatedRecord
    from coopdesk.ui.timeline import TimelineView

    rng = random.Random(2)
    kinds = ["instrument", "summit", "talks", "consultation", "meeting"]
    start = dt.date(1925, 1, 1).toordinal()
    records = sorted(
        (
            DatedRecord(
                id=f"r{i}",
                kind=rng.choice(kinds),
                title=f"Record {i}",
                date=dt.date.fromordinal(start + rng.randrange(36500)).isoformat(),
                year=0,
            )
            for i in range(100_000)
        ),
        key=lambda r: r.date or "",
    )
    view = TimelineView()
    view.resize(1100, 320)
    view.show()
    view.set_records(records)
    blank = QWidget()
    blank.resize(1100, 320)
    blank.show()
    ours, base = [], []
    for i in range(runs):
        (view.zoom_in if i % 3 else view.zoom_out)()
        # grab() runs a full paint into an image, whatever the platform shows.
        started = time.perf_counter()
        view.grab()
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        blank.grab()
        base.append((time.perf_counter() - started) * 1000)
    return ours, base


def pdf_figures(db: Path) -> tuple[float, int, float]:
    from coopdesk.model import Filters
    from coopdesk.paper.jobs import write_brief_pdf, write_record_pdf
    from coopdesk.store import Store

    with Store(db) as store, tempfile.TemporaryDirectory() as folder:
        first = store.dated(Filters(), limit=1)[0]
        started = time.perf_counter()
        write_record_pdf(store, first.id, Path(folder) / "one.pdf")
        one = (time.perf_counter() - started) * 1000
        # About a hundred pages: the rarest agency in a year with a few dozen records.
        rare = store.facets(Filters()).agencies[-1].id
        counted = store.facets(Filters(agencies=(rare,))).years
        year = min(counted, key=lambda v: abs(v.count - 40)).number
        started = time.perf_counter()
        pages = write_brief_pdf(
            store,
            Filters(agencies=(rare,), year_from=year, year_to=year),
            Path(folder) / "brief.pdf",
        )
        return (time.perf_counter() - started) * 1000, pages, one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--scenario", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scenario is not None:  # the child process of scenario_in_child
        print(json.dumps(gui_scenario(args.scenario, args.runs)))
        return
    big = database(args.events)
    small = database(None)
    compileall.compile_dir(HERE.parent / "src", quiet=1)
    coopdesk = [sys.executable, "-m", "coopdesk", "gui"]
    print(f"Machine: {machine()} · Qt platform {os.environ['QT_QPA_PLATFORM']}\n")
    print(HEADER)

    with tempfile.TemporaryDirectory() as folder:
        shot = str(Path(folder) / "shot.png")
        b_wall, b_cpu = whole_process([sys.executable, "-c", BARE_SHOT, shot], args.runs)
        c_wall, c_cpu = whole_process([*coopdesk, "--screenshot", shot], args.runs)
    ratio = summary(c_cpu)[0] / summary(b_cpu)[0]
    print(
        row(
            "start to screenshot, bundled DB, whole process (CPU / wall)",
            f"{summary(c_cpu)[0]:.0f} / {summary(c_wall)[0]:.0f} ms",
            f"bare QMainWindow {summary(b_cpu)[0]:.0f} / {summary(b_wall)[0]:.0f} ms",
            "≤ 1.3 ×",
            f"{'yes' if ratio <= 1.3 else 'no'} ({ratio:.2f}× CPU, "
            f"{summary(c_wall)[0] / summary(b_wall)[0]:.2f}× wall)",
        )
    )
    bare = start_to_paint([sys.executable, "-c", BARE], args.runs)
    bundled = start_to_paint(coopdesk, args.runs)
    large = start_to_paint([*coopdesk, "--db", str(big)], args.runs)
    b_med, b_p95 = summary(bare)
    s_med, s_p95 = summary(bundled)
    l_med, l_p95 = summary(large)
    ok = s_med <= 1.3 * b_med
    print(
        row(
            "start to first paint, bundled DB",
            f"{s_med:.0f} / {s_p95:.0f} ms",
            f"bare QMainWindow {b_med:.0f} / {b_p95:.0f} ms",
            "≤ 1.3 ×",
            f"{'yes' if ok else 'no'} ({s_med / b_med:.2f}×)",
        )
    )
    print(
        row(
            f"start to first paint, {args.events:,} events".replace(",", " "),
            f"{l_med:.0f} / {l_p95:.0f} ms",
            f"bundled {s_med:.0f} ms",
            "≤ 1.1 × bundled",
            f"{'yes' if l_med <= 1.1 * s_med else 'no'} ({l_med / s_med:.2f}×)",
        )
    )

    small_run = scenario_in_child(small, args.runs)
    big_run = scenario_in_child(big, args.runs)
    rss_small, rss_big = small_run["rss"], big_run["rss"]
    c_med, c_p95 = summary(big_run["changes"])
    s_med, s_p95 = summary(small_run["changes"])
    print(
        row(
            "filter change in the window, 1M (counts, tree, timeline, status, painted)",
            f"{c_med:.0f} / {c_p95:.0f} ms",
            f"bundled {s_med:.0f} / {s_p95:.0f} ms",
            "p95 ≤ 50 ms",
            "yes" if c_p95 <= 50 else "no",
        )
    )
    stall = max(big_run["gaps"] or [0])
    small_stall = max(small_run["gaps"] or [0])
    print(
        row(
            "longest event-loop stall (5 ms heartbeat), 1M",
            f"{stall:.0f} ms",
            f"bundled {small_stall:.0f} ms",
            "≤ 50 ms",
            "yes" if stall <= 50 else "no",
        )
    )
    print(
        row(
            "peak resident memory, the scenario in a process of its own",
            f"{rss_big:.0f} MiB (1M)",
            f"bundled {rss_small:.0f} MiB",
            "≤ 1.25 × bundled",
            f"{'yes' if rss_big <= 1.25 * rss_small else 'no'} ({rss_big / rss_small:.2f}×)",
        )
    )

    from coopdesk.ui.app import application

    application()
    ours, base = timeline_repaints(max(args.runs, 30))
    t_med, t_p95 = summary(ours)
    z_med, z_p95 = summary(base)
    print(
        row(
            "timeline repaint, zooming over 100k records",
            f"{t_med:.1f} / {t_p95:.1f} ms",
            f"empty widget {z_med:.1f} / {z_p95:.1f} ms",
            "p95 ≤ 16 ms",
            "yes" if t_p95 <= 16 else "no",
        )
    )

    took, pages, one = pdf_figures(big)
    print(
        row(
            f"briefing PDF of {pages} pages",
            f"{took:.0f} ms",
            f"one record {one:.0f} ms",
            "100 pages ≤ 2 s",
            "yes" if took <= 2000 * max(1, pages / 100) else "no",
        )
    )


if __name__ == "__main__":
    main()
