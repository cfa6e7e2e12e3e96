"""Long jobs as a person meets them: a progress dialog with Cancel, one job at a time,
and a window closed while a job runs asks first and never waits on the job.

The job here stands for a long export or briefing pack: it reports its steps like one
and runs until the test lets it finish, so each state can be seen while it lasts.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from coopdesk.jobs import Progress
from coopdesk.ui.mainwindow import MainWindow
from probes import when_shown


class LongJob:
    """A job that steps until released (or cancelled), recording how it ended."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.steps = 0
        self.ended: list[str] = []

    def __call__(self, progress: Progress) -> int:
        while not self.release.wait(0.01):
            self.steps += 1
            progress.step(self.steps % 1000, 1000, f"Step {self.steps}")
        progress.check()
        return self.steps

    def start(self, window: MainWindow, title: str = "Exporting…") -> bool:
        return window.operations.run(
            title,
            self,
            lambda result: self.ended.append(f"done {result}"),
            lambda text: self.ended.append(f"failed {text}"),
            lambda: self.ended.append("cancelled"),
        )


@contextlib.contextmanager
def long_jobs(qtbot, window: MainWindow) -> Iterator[Callable[[], LongJob]]:  # type: ignore[no-untyped-def]
    """Makes jobs, and lets every one of them finish at the end, passed or failed, before
    the test's window is closed (closing it would ask about a running job and wait for
    an answer)."""
    made: list[LongJob] = []

    def make() -> LongJob:
        made.append(LongJob())
        return made[-1]

    try:
        yield make
    finally:
        for job in made:
            job.release.set()
        qtbot.waitUntil(lambda: not window.operations.running(), timeout=10_000)


def progress_dialog(window: MainWindow) -> QProgressDialog | None:
    dialog = window.findChild(QProgressDialog, "operationProgress")
    return dialog if dialog is not None and dialog.isVisible() else None


def test_cancel_on_the_progress_dialog_stops_the_job(qtbot, window: MainWindow) -> None:
    with long_jobs(qtbot, window) as long_job:
        job = long_job()
        assert job.start(window)
        qtbot.waitUntil(lambda: progress_dialog(window) is not None, timeout=10_000)
        dialog = progress_dialog(window)
        assert dialog is not None and dialog.windowTitle() == "Exporting"
        qtbot.waitUntil(lambda: dialog.labelText().startswith("Step"))
        with qtbot.waitSignal(window.operations.finished, timeout=10_000) as ended:
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert ended.args == [False]
        assert job.ended == ["cancelled"]
        assert not window.operations.running()
        assert progress_dialog(window) is None


def test_one_job_at_a_time_the_running_one_comes_to_the_front(qtbot, window: MainWindow) -> None:
    with long_jobs(qtbot, window) as long_job:
        first, second = long_job(), long_job()
        assert first.start(window, "Making the briefing pack…")
        qtbot.waitUntil(lambda: progress_dialog(window) is not None, timeout=10_000)
        progress_dialog(window).hide()  # as if behind another window
        assert not second.start(window, "Exporting…")
        assert progress_dialog(window) is not None  # shown again: what the window is busy with
        assert progress_dialog(window).windowTitle() == "Making the briefing pack"
        with qtbot.waitSignal(window.operations.finished, timeout=10_000) as ended:
            first.release.set()
        assert ended.args == [True]
        assert first.ended and first.ended[0].startswith("done") and second.steps == 0
        # Free again: the next job starts.
        assert second.start(window)
        with qtbot.waitSignal(window.operations.finished, timeout=10_000):
            second.release.set()
        assert second.ended[0].startswith("done")


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> Any:
    def click(box: Any) -> None:
        seen.append(box.text())
        box.button(button).click()

    return when_shown(QMessageBox, click)


def test_closing_while_a_job_runs_asks_and_no_keeps_both(qtbot, window: MainWindow) -> None:
    with long_jobs(qtbot, window) as long_job:
        job = long_job()
        assert job.start(window)
        seen: list[str] = []
        watcher = answer(QMessageBox.StandardButton.No, seen)
        window.close()
        assert watcher is not None
        assert seen == ["Exporting… is still running. Cancel it and close the window?"]
        assert window.isVisible() and window.operations.running()
        with qtbot.waitSignal(window.operations.finished, timeout=10_000) as ended:
            job.release.set()
        assert ended.args == [True] and window.isVisible()


def test_closing_while_a_job_runs_yes_cancels_it_then_closes(qtbot, window: MainWindow) -> None:
    with long_jobs(qtbot, window) as long_job:
        job = long_job()
        assert job.start(window)
        qtbot.waitUntil(lambda: job.steps > 0)
        seen: list[str] = []
        watcher = answer(QMessageBox.StandardButton.Yes, seen)
        window.close()  # returns at once: the window does not wait on the job's thread
        assert watcher is not None and len(seen) == 1
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        assert job.ended == ["cancelled"] and not window.operations.running()
