"""The build at scale: validating and writing a large, valid curation.

Generates a document and a curation of N records (agencies, places, offence types and
dated meetings, each meeting with two links), all valid, then times ``load_curation``
(reading and validating) and ``build`` (the whole database). Prints one Markdown table:
the bundled source and one tenth of N as baselines measured in the same run, then N.
A build that grows linearly takes about ten times as long for ten times the records.

Run: .venv/bin/python bench/bench_build.py [--records 30000] [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from common import HEADER, machine, row, summary
from coopdesk import paths
from coopdesk.build import build, load_curation
from coopdesk.build.text import date_forms
from coopdesk.synth import WORDS as _WORDS

GOAL_SECONDS = 30.0


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_source(folder: Path, records: int, seed: int = 1) -> Path:
    """Write ``bench.txt`` and ``bench.toml`` with ``records`` records into ``folder``."""
    rng = random.Random(seed)
    agencies = max(10, records // 150)
    places = max(5, records // 600)
    offences = 8
    events = records - agencies - places - offences
    paragraphs: list[str] = []
    toml: list[str] = ['[document]\nid = "bench"\nfile = "bench.txt"\ncurated = "2025-01-01"\n']

    def add(entry: dict[str, object], table: str = "record") -> None:
        lines = [f"[[{table}]]"]
        for key, value in entry.items():
            lines.append(f"{key} = {value if isinstance(value, int) else _toml_string(str(value))}")
        toml.append("\n".join(lines) + "\n")

    sides = (("ru", "Russian"), ("eu", "EU"), ("intl", "international"))
    for i in range(agencies):
        name = f"Agency {i:05d}"
        side, word = sides[i % 3]
        paragraphs.append(f"{name} is a {word} body on {' '.join(rng.sample(_WORDS, 4))} matters.")
        add({"id": f"agency/a-{i:05d}", "kind": "agency", "side": side, "title": name,
             "quote": f"{name} is a {word} body"})  # fmt: skip
    for i in range(places):
        name = f"City {i:04d}"
        paragraphs.append(f"{name} lies on the {rng.choice(_WORDS)} river.")
        add({"id": f"place/c-{i:04d}", "kind": "place", "title": name, "quote": f"{name} lies on"})
    offence_lines = []
    for n in range(1, offences + 1):
        words = " ".join(rng.sample(_WORDS, 3))
        offence_lines.append(f"{n}) offences of {words}")
        add({"id": f"offence/{n}-o", "kind": "offence", "number": n,
             "title": f"Offences of {words}", "quote": f"{n}) offences of {words}"})  # fmt: skip
    start = dt.date(1950, 1, 1).toordinal()
    for i in range(events):
        day = dt.date.fromordinal(start + rng.randrange(0, 27000))
        agency = rng.randrange(agencies)
        place = rng.randrange(places)
        offence = rng.randrange(1, offences + 1)
        when = date_forms(day.isoformat())[0]  # "6 November 2003"
        sentence = (
            f"On {when} experts of Agency {agency:05d} met in City {place:04d} in meeting "
            f"{i:06d} on {' '.join(rng.sample(_WORDS, 3))}."
        )
        paragraphs.append(sentence)
        rid = f"event/{day.isoformat()}-m-{i:06d}"
        add({"id": rid, "kind": "meeting", "title": f"Meeting {i:06d}", "date": day.isoformat(),
             "place": f"place/c-{place:04d}", "quote": sentence})  # fmt: skip
        add({"from": rid, "to": f"agency/a-{agency:05d}", "relation": "participant",
             "basis": "stated", "quote": f"experts of Agency {agency:05d} met in City "
             f"{place:04d} in meeting {i:06d}"}, "link")  # fmt: skip
        add({"from": rid, "to": f"offence/{offence}-o", "relation": "concerns",
             "basis": "inferred", "reason": "A generated link.",
             "quote": f"in meeting {i:06d} on"}, "link")  # fmt: skip
    paragraphs.append("[1] " + "; ".join(offence_lines) + ".")
    (folder / "bench.txt").write_text(
        "Bench document\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
    )
    (folder / "bench.toml").write_text("\n".join(toml), encoding="utf-8")
    return folder


CPU: list[float] = []  # the process's CPU seconds of each timed call, in order


def timed(call) -> float:  # type: ignore[no-untyped-def]
    """Wall seconds of ``call``; its CPU seconds go to CPU (a busy machine stretches the
    first, not the second)."""
    started, cpu = time.perf_counter(), time.process_time()
    call()
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - started


def measure(source: Path, out: Path, runs: int) -> tuple[list[float], list[float]]:
    loads = [timed(lambda: load_curation(source)) for _ in range(runs)]
    builds = [timed(lambda: build(source, out)) for _ in range(runs)]
    return loads, builds


def cpu_of_last(runs: int) -> float:
    return summary(CPU[-runs:])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"Machine: {machine()} · load average {os.getloadavg()[0]:.1f}\n")
    print(HEADER)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        loads, builds = measure(paths.source_dir(), folder / "bundled.db", args.runs)
        bundled = summary(builds)[0]
        print(row("build, bundled source", f"{summary(builds)[0]:.2f} s", "—", "—", "—"))
        tenth = args.records // 10
        (folder / "tenth").mkdir()
        source = make_source(folder / "tenth", tenth)
        loads, builds = measure(source, folder / "tenth.db", args.runs)
        small, small_cpu = summary(builds)[0], cpu_of_last(args.runs)
        print(
            row(
                f"validate, {tenth:,} records",
                f"{summary(loads)[0]:.2f} / {summary(loads)[1]:.2f} s",
                "—",
                "—",
                "—",
            )
        )
        print(row(f"build, {tenth:,} records", f"{small:.2f} s", "—", "—", "—"))
        (folder / "full").mkdir()
        source = make_source(folder / "full", args.records)
        loads, builds = measure(source, folder / "full.db", args.runs)
        med, p95 = summary(builds)
        cpu = cpu_of_last(args.runs)
        growth = cpu / small_cpu if small_cpu else 0.0
        print(
            row(
                f"validate, {args.records:,} records",
                f"{summary(loads)[0]:.2f} / {summary(loads)[1]:.2f} s",
                "—",
                "—",
                "—",
            )
        )
        print(
            row(
                f"build, {args.records:,} records",
                f"{med:.2f} / {p95:.2f} s (CPU {cpu:.2f} s)",
                f"{tenth:,} records {small:.2f} s, CPU {small_cpu:.2f} s (CPU ×{growth:.1f} "
                f"for ×10 records); bundled {bundled:.2f} s",
                f"≤ {GOAL_SECONDS:.0f} s, linear",
                "yes" if p95 <= GOAL_SECONDS and growth < 15 else "no",
            )
        )


if __name__ == "__main__":
    main()
