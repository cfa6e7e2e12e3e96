"""The window under a real accessibility bus, read the way Orca reads it (slow).

Starts an X server (Xvfb), a D-Bus session bus and the AT-SPI bus, runs CoopDesk on them
with Qt's AT-SPI bridge switched on, and has a small screen reader (tests/atspi_reader.py,
run by the system Python with pyatspi) list the timeline's items and catch an
announcement. ``make test-slow`` installs what this needs (tools/install-a11y-test-deps).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
READER = HERE / "atspi_reader.py"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
INSTALL = "tools/install-a11y-test-deps (make test-slow runs it)"


def _require() -> None:
    missing = [
        name
        for name, present in (
            ("Xvfb", shutil.which("Xvfb") is not None),
            ("dbus-daemon", shutil.which("dbus-daemon") is not None),
            ("at-spi-bus-launcher", BUS_LAUNCHER.exists()),
            (
                "pyatspi for /usr/bin/python3",
                SYSTEM_PYTHON.exists()
                and subprocess.run(
                    [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True
                ).returncode
                == 0,
            ),
        )
        if not present
    ]
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: run {INSTALL}")


class Session:
    """The processes of one run, each in a process group of its own, ended at exit."""

    def __init__(self, tmp: Path) -> None:
        self.started: list[subprocess.Popen[str]] = []
        self.env = dict(os.environ)
        for name in ("HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            folder = tmp / name.lower()
            folder.mkdir(mode=0o700)
            self.env[name] = str(folder)
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "AT_SPI_BUS_ADDRESS"):
            self.env.pop(name, None)

    def start(self, args: list[str], **kw: object) -> subprocess.Popen[str]:
        proc = subprocess.Popen(  # type: ignore[call-overload]
            args, env=self.env, text=True, start_new_session=True, **kw
        )
        self.started.append(proc)
        return proc  # type: ignore[no-any-return]

    def first_line(self, args: list[str]) -> str:
        proc = self.start(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line, f"{args[0]} said nothing"
        return line

    def end(self) -> None:
        for proc in reversed(self.started):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    _require()
    run = Session(tmp_path)
    try:
        run.env["DBUS_SESSION_BUS_ADDRESS"] = run.first_line(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
        )
        display = run.first_line(["Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24"])
        run.env["DISPLAY"] = f":{display}"
        run.start([str(BUS_LAUNCHER), "--launch-immediately"], stderr=subprocess.DEVNULL)
        yield run
    finally:
        run.end()


def test_a_reader_hears_the_timeline_items_and_an_announcement(
    session: Session, built_db: Path, tmp_path: Path
) -> None:
    env = session.env
    env["QT_QPA_PLATFORM"] = "xcb"
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"  # as when a screen reader runs
    hague = "event/2017-09-27-the-hague"
    with (tmp_path / "app.log").open("w") as log:
        command = [sys.executable, "-m", "coopdesk", "gui", "--db", str(built_db)]
        app = session.start(
            [*command, "--year", "2017", "--select", hague],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        reader = subprocess.run(
            [str(SYSTEM_PYTHON), str(READER), "CoopDesk", "60"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert reader.returncode == 0, reader.stderr + (tmp_path / "app.log").read_text()
    heard = json.loads(reader.stdout.strip().splitlines()[-1])

    assert heard["app"] == "CoopDesk"
    items = heard["timeline"]
    assert items and {item["role"] for item in items} == {"list item"}
    by_name = {item["name"]: item["description"] for item in items}
    meeting = (
        "27 September 2017, expert meeting: Meeting of Ministry of Interior experts and Europol"
    )
    assert by_name[meeting] == "Expert meetings lane"
    assert by_name["3 October 2001, summit: Russia–EU Summit"] == (
        "Summits lane, outside the current filters"
    )
    assert heard["menu_item"]
    assert any(
        re.fullmatch(r"Contents: \d+% of the width\.", said) for said in heard["announcements"]
    )
    detail = heard["detail"]
    assert detail["line"].strip() == "Meeting of Ministry of Interior experts and Europol"
    assert "Show in source" in detail["links"]
    assert heard["tree_first"] == {"name": "Events, 3", "expanded": True}
    # File > Quit, pressed by the reader, closes the window cleanly.
    assert app.wait(timeout=30) == 0, (tmp_path / "app.log").read_text()
