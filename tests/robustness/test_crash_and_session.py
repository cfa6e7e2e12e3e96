"""Crashes, kills and a session of clicks.

Tries: an exception escaping a slot; killing a real build process at many moments; a
user session on the bundled database; any text typed in the search box. Must hold: the
crash is logged and shown with its details and the window keeps working; the previous
database survives every kill byte for byte; the bundled database is unchanged; no search
raises.
"""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import probes
from coopdesk import paths
from coopdesk.app import create_main_window
from coopdesk.build import build
from coopdesk.ui.crash import CrashHandler
from coopdesk.ui.mainwindow import MainWindow
from driving import type_choice


@pytest.mark.qt_no_exception_capture
def test_an_escaping_exception_is_logged_shown_and_survived(qtbot, tmp_path: Path) -> None:
    handler = CrashHandler(QApplication.instance(), folder=tmp_path / "logs")
    handler.install()
    seen: dict[str, str] = {}

    def read_dialog(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["details"] = box.detailedText()
        box.accept()

    def broken_slot() -> None:
        raise RuntimeError("boom in a slot")

    try:
        watcher = probes.when_shown(QMessageBox, read_dialog, name="crashDialog")
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: "details" in seen, timeout=10_000)
        del watcher
    finally:
        handler.uninstall()
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log and "broken_slot" in log
    assert "RuntimeError: boom in a slot" in seen["info"]
    assert str(tmp_path / "logs" / "crash.log") in seen["info"]
    assert "Traceback" in seen["details"]
    assert "window stays open" in seen["text"]


def test_killing_a_build_at_any_moment_keeps_the_previous_database(tmp_path: Path) -> None:
    out = tmp_path / "coop.db"
    build(paths.source_dir(), out)
    before = out.read_bytes()
    command = [sys.executable, "-m", "coopdesk", "build-db", "--output", str(out)]
    for delay in (0.05, 0.15, 0.25, 0.35, 0.45, 0.6, 0.8):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert out.read_bytes() == before, f"killed after {delay}s"
    # A killed build may leave its temporary file and journal, never a broken database in
    # place; the next build clears them.
    build(paths.source_dir(), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coop.db"]


def test_a_session_of_clicks_leaves_the_bundled_database_unchanged(qtbot) -> None:
    bundled = paths.bundled_db()
    digest = hashlib.sha256(bundled.read_bytes()).hexdigest()
    folder_before = sorted(p.name for p in bundled.parent.iterdir())
    window: MainWindow = create_main_window()
    qtbot.addWidget(window)
    window.show()
    type_choice(qtbot, window.filter_bar.year, "2017")
    qtbot.keyClicks(window.filter_bar.search, "Europol")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    window.select_record("event/2017-09-27-the-hague")
    window.controller.show_citation("fight-against-transnational-crime-and-terrorism", 5, 0)
    window.controller.back()
    window.copy_citation()
    window.close()
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in bundled.parent.iterdir()) == folder_before


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=40) | st.sampled_from(['"', "NEAR(a", "OR", "*x", "((", "^"]))
def test_any_text_in_the_search_box_keeps_the_window_working(
    qtbot, window: MainWindow, text: str
) -> None:
    box = window.filter_bar.search
    typed = text.replace("\x00", "")
    box.setText(typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    status = window.record_count.text()
    if typed.strip():  # a sentence on what the search found, or on what to do
        assert status.endswith(("of 11 on the timeline", "use fewer words.", "add a word.",
                                "type letters or digits.")), status  # fmt: skip
    assert "invalid" not in status
    box.clear()
    assert window.record_count.text() == "11 of 11 records"
