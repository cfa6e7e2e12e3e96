"""The user's own file (notes, bookmarks, views) as the window holds it.

One ``UserFile`` per window: it opens ``coopdesk.userdata.UserData`` (or, when that
cannot be done, keeps a file in memory and says so), runs every change through
``change`` so that a failure is shown and never raised, and announces what changed so
that only the parts of the window that show it are refreshed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.errors import CoopDeskError
from coopdesk.i18n import translate
from coopdesk.userdata import MEMORY, UserData, UserDataError

T = TypeVar("T")

BOOKMARKS, VIEWS, NOTES, STATE = "bookmarks", "views", "notes", "state"


class UserFile(QObject):
    changed = Signal(str)  # BOOKMARKS, VIEWS, NOTES or STATE
    problem = Signal(str)  # a change could not be saved: a message for the status bar

    def __init__(self, path: Path | str, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.notice = ""
        self.notice_title = translate("UserFile", "Your notes file")
        try:
            self.data = UserData(path)
            self.notice = self.data.notice
            if self.data.set_aside is not None:
                self.notice_title = translate("UserFile", "Your notes file was set aside")
            elif self.data.read_only:
                self.notice_title = translate("UserFile", "Your notes file is read-only")
        except UserDataError as exc:
            # Keep working with nothing saved rather than refusing to start.
            self.data = UserData(MEMORY)
            kept = translate("UserFile", "Notes and bookmarks will not be kept this session.")
            self.notice = f"{exc} {kept}"
            self.notice_title = translate("UserFile", "Your notes file cannot be used")
        self.notice_box: QMessageBox | None = None
        if self.notice:
            QTimer.singleShot(0, self._show_notice)

    def change(self, what: str, job: Callable[[UserData], T]) -> tuple[bool, T | None]:
        """Run one change of the user data; (False, None) after a failure, which is shown."""
        try:
            result = job(self.data)
        except CoopDeskError as exc:
            self.problem.emit(str(exc))
            return False, None
        self.changed.emit(what)
        return True, result

    def close(self) -> None:
        self.data.close()

    def _show_notice(self) -> None:
        self.problem.emit(self.notice)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.notice_title,
            self.notice,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("userDataNotice")
        self.notice_box = box
        box.open()  # not exec(): the window stays usable behind it
