"""A real run of the window: Qt's own options, and a SIGTERM that saves like a quit."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "COOPDESK_SAY_PAINTED": "1",
    }


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            process.kill()
            raise AssertionError("the window never said it was up")
    return process.stdout.readline()


def test_sigterm_saves_the_filters_and_layout_like_a_normal_quit(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "coopdesk", "gui", "--year", "2017", "-style", "fusion"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(tmp_path),
    ) as process:  # fmt: skip
        try:
            assert _read_line(process, 120).startswith("painted")
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=60) == 0
        finally:
            if process.poll() is None:
                process.kill()
        stderr = process.stderr.read() if process.stderr else ""
    assert "unrecognised" not in stderr, "-style is Qt's to read"
    conf = tmp_path / "config" / "CoopDesk" / "CoopDesk.conf"
    assert conf.is_file(), "the settings were written on SIGTERM"
    settings = QSettings(str(conf), QSettings.Format.IniFormat)
    filters = json.loads(str(settings.value("filters/last")))
    assert (filters["year_from"], filters["year_to"]) == (2017, 2017)
    assert settings.value("window/geometry") is not None
    assert (tmp_path / "data").exists(), "the user's file (last view) was written too"


def test_standard_qt_options_pass_through_and_others_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    ok = subprocess.run(
        [sys.executable, "-m", "coopdesk", "gui", "-reverse", "-style", "fusion",
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=_env(tmp_path),
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert out.is_file()
    bad = subprocess.run(
        [sys.executable, "-m", "coopdesk", "gui", "--no-such-option", "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=_env(tmp_path),
    )  # fmt: skip
    assert bad.returncode == 2
    assert "unrecognised arguments: --no-such-option" in bad.stderr
