"""Long jobs off the window's thread: one at a time, with progress and Cancel.

An operation is a plain function that takes a ``coopdesk.jobs.Progress`` and returns a
result; it runs on a worker thread (it opens its own database connection there) and
its result, its failure or its cancellation comes back to the window's thread through
queued signals. Widgets are only ever touched on the window's thread.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coopdesk.errors import CoopDeskError
from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts, number, translate
from coopdesk.jobs import Cancelled, Progress

# Every string this component shows, in one place (the progress dialog's own are below).
TEXT = Texts(
    {
        "running": QT_TRANSLATE_NOOP("Operations", "A job is running"),
        "cancel_question": QT_TRANSLATE_NOOP(
            "Operations", "{title} is still running. Cancel it and close the window?"
        ),
    }
)

Job = Callable[[Progress], Any]
SHOW_AFTER_MS = 300  # quick jobs finish before a dialog flashes up


class _Relay(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, job: Job, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.job, self.relay, self.stop = job, relay, stop

    def run(self) -> None:
        progress = Progress(self._report, self.stop.is_set)
        try:
            result = self.job(progress)
            if self.stop.is_set():
                raise Cancelled()
        except Cancelled:
            self._emit(self.relay.cancelled)
        except CoopDeskError as exc:
            self._emit(self.relay.failed, str(exc))
        except Exception:  # a bug: the window's crash handler shows it
            self._emit(self.relay.crashed, traceback.format_exc())
        else:
            self._emit(self.relay.succeeded, result)

    def _report(self, done: int, total: int, text: str) -> None:
        self._emit(self.relay.progressed, done, total, text)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        # RuntimeError: the window closed while the job ran; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class Operations(QObject):
    """Runs the window's long jobs, one at a time, each with a progress dialog."""

    started = Signal(str)  # title
    finished = Signal(bool)  # True when it succeeded
    crashed = Signal(str)  # the traceback of a bug in a job

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop: threading.Event | None = None
        self._dialog: QProgressDialog | None = None
        self._relay: _Relay | None = None
        self._title = ""

    def running(self) -> bool:
        return self._stop is not None

    def title(self) -> str:
        return self._title

    def run(
        self,
        title: str,
        job: Job,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> bool:
        """Start ``job``; False (and nothing started) when another operation runs: its
        progress comes to the front instead, to show what the window is busy with."""
        if self.running():
            if self._dialog is not None:
                self._dialog.show()
                self._dialog.raise_()
            return False
        self._title = title
        self._stop = threading.Event()
        relay = self._relay = _Relay(self)
        cancel = translate("Operations", "Cancel")
        dialog = self._dialog = QProgressDialog(title, cancel, 0, 0, self._parent)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(title.rstrip("…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        relay.progressed.connect(self._on_progress)
        relay.succeeded.connect(lambda result: self._end(True, lambda: on_success(result)))
        relay.failed.connect(lambda text: self._end(False, lambda: on_failure(text)))
        relay.cancelled.connect(lambda: self._end(False, on_cancel or (lambda: None)))
        relay.crashed.connect(lambda details: self._end(False, lambda: self.crashed.emit(details)))
        self.started.emit(title)
        self._pool.start(_Runner(job, relay, self._stop))
        return True

    @Slot()
    def cancel_then(self, parent: QWidget, then: Callable[[], object]) -> None:
        """Ask whether to cancel the running job; if so, cancel it and call ``then`` once
        it has stopped (closing the window never waits for a job)."""
        answer = QMessageBox.question(
            parent,
            TEXT["running"],
            TEXT["cancel_question"].format(title=self.title()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.finished.connect(lambda _ok: then())
            self.cancel()

    def cancel(self) -> None:
        """Ask the running job to stop; it ends at its next progress step."""
        if self._stop is not None:
            self._stop.set()
            if self._dialog is not None:
                self._dialog.setLabelText(translate("Operations", "Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
            done_of = translate("Operations", "{done} of {total}").format(
                done=number(done), total=number(total)
            )
            dialog.setLabelText(text or f"{self._title} {done_of}")

    def _end(self, ok: bool, then: Callable[[], None]) -> None:
        self._stop = None
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None
        then()
        self.finished.emit(ok)
