"""The crash handler: an exception that escapes anywhere in the GUI is logged to a file
in the user's log folder and shown in a dialog with the details to copy; the app goes on."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk import paths
from coopdesk.crashlog import write_crash_log
from coopdesk.i18n import translate

log = logging.getLogger("coopdesk")


class CrashHandler(QObject):
    """Replaces ``sys.excepthook``; shows the dialog on the GUI thread whoever raised."""

    _crashed = Signal(str, str)

    def __init__(self, app: QApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.folder = folder or paths.log_dir()
        self.log_file: Path | None = None
        self.dialogs_shown = 0
        self.show_dialogs = True
        self._previous = sys.excepthook
        self._crashed.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def write_log(self, details: str) -> Path | None:
        return write_crash_log(details, self.folder)

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        self.log_file = self.write_log(details)
        log.error("unexpected error\n%s", details)
        summary = f"{kind.__name__}: {value}"
        # Widgets only on the GUI thread: a worker's crash is queued to it.
        self._crashed.emit(summary, details)
        if QThread.currentThread() is self.thread():
            QApplication.processEvents()

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        self.dialogs_shown += 1
        if not self.show_dialogs:
            return
        where = (
            translate("Crash", "The details were saved to {file}.").format(file=self.log_file)
            if self.log_file
            else translate("Crash", "The details could not be saved to a log file.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Crash", "CoopDesk — unexpected error"),
            translate(
                "Crash",
                "Something went wrong inside CoopDesk. Your data is safe and the "
                "window stays open; the action you tried may not have finished.",
            ),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote anything
        box.setInformativeText(f"{summary}\n\n{where}")
        box.setDetailedText(details)
        box.setObjectName("crashDialog")
        box.exec()
