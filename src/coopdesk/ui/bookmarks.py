"""Bookmarks: the Bookmarks menu, its actions and the Manage Bookmarks dialog.

The main window places the menu and gives this component what it needs to know (the
current record and view) and to do (open a view) explicitly; nothing here looks for
its place in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import Context, translate
from coopdesk.model import RecordRef
from coopdesk.ui.actions import make_action
from coopdesk.ui.controller import Controller
from coopdesk.ui.plain import tooltip
from coopdesk.ui.userfile import BOOKMARKS, UserFile
from coopdesk.userdata import Bookmark, View

BookmarkCounts = Context("BookmarkCounts")  # the words with a number in them


class Bookmarks(QObject):
    """Bookmarks of records and views, kept in the user's file."""

    status = Signal(str)  # a message for the status bar
    viewRequested = Signal(object)  # View: a bookmarked view to restore

    def __init__(
        self,
        user_file: UserFile,
        controller: Controller,
        current_view: Callable[[], View],
        describe: Callable[[View], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.user_file = user_file
        self.controller = controller
        self._current_view = current_view
        self._describe = describe
        self._parent = parent
        self.manage_dialog: ManageBookmarksDialog | None = None

        self.bookmark_record_action = make_action(
            parent,
            translate("Bookmarks", "Bookmark This &Record"),
            self.bookmark_record,
            "Ctrl+D",
            translate("Bookmarks", "Bookmark the selected record"),
        )
        self.bookmark_view_action = make_action(
            parent,
            translate("Bookmarks", "Bookmark This &View…"),
            self.bookmark_view,
            "Ctrl+Shift+D",
            translate("Bookmarks", "Bookmark the filters, the search and the selected record"),
        )
        self.manage_action = make_action(
            parent, translate("Bookmarks", "&Manage Bookmarks…"), self.manage
        )
        self.import_action = make_action(
            parent, translate("Bookmarks", "&Import Bookmarks (XBEL)…"), self.import_xbel
        )
        self.export_action = make_action(
            parent, translate("Bookmarks", "E&xport Bookmarks (XBEL)…"), self.export_xbel
        )
        self.menu = QMenu(translate("Bookmarks", "&Bookmarks"), parent)
        self.menu.setObjectName("bookmarksMenu")
        user_file.changed.connect(lambda what: what == BOOKMARKS and self.rebuild_menu())
        self.rebuild_menu()

    # ------------------------------------------------------------------ the menu

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        for act in (self.bookmark_record_action, self.bookmark_view_action, self.manage_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        marks = self.user_file.data.bookmarks()
        if not marks:
            menu.addAction(
                translate("Bookmarks", "No bookmarks yet: press Ctrl+D on a record")
            ).setEnabled(False)
        for mark in marks:
            act = menu.addAction(mark.name)
            act.setStatusTip(mark.record_id or translate("Bookmarks", "A saved view"))
            act.triggered.connect(lambda _=False, m=mark: self.open(m))
        self.manage_action.setEnabled(bool(marks))
        self.export_action.setEnabled(bool(marks))

    def entries(self) -> list[tuple[Bookmark, RecordRef | None]]:
        """Every bookmark with the record it points at (None: not in the open database)."""
        return [
            (b, self.controller.ref(b.record_id) if b.kind == "record" and b.record_id else None)
            for b in self.user_file.data.bookmarks()
        ]

    # ------------------------------------------------------------------ actions

    def bookmark_record(self) -> None:
        current = self.controller.current
        if current is None:
            self.status.emit(translate("Bookmarks", "Select a record to bookmark it."))
            return
        existing = self.user_file.data.bookmark_for(current.id)
        if existing is not None:
            self.status.emit(
                translate("Bookmarks", "Already bookmarked: {name}.").format(name=existing.name)
            )
            return
        ok, _ = self.user_file.change(
            BOOKMARKS, lambda d: d.add_record_bookmark(current.id, current.title)
        )
        if ok:
            self.status.emit(
                translate("Bookmarks", "Bookmarked: {title}.").format(title=current.title)
            )

    def bookmark_view(self) -> None:
        view = self._current_view()
        name, ok = QInputDialog.getText(
            self._parent,
            translate("Bookmarks", "Bookmark this view"),
            translate("Bookmarks", "Name of the bookmark:"),
            text=self._describe(view),
        )
        name = name.strip()
        if (
            ok
            and name
            and self.user_file.change(BOOKMARKS, lambda d: d.add_view_bookmark(name, view))[0]
        ):
            self.status.emit(
                translate("Bookmarks", "Bookmarked the view “{name}”.").format(name=name)
            )

    def open(self, mark: Bookmark) -> None:
        if mark.kind == "view" and mark.view is not None:
            self.viewRequested.emit(mark.view)
            self.status.emit(
                translate("Bookmarks", "View “{name}” restored.").format(name=mark.name)
            )
        elif mark.record_id:
            if self.controller.ref(mark.record_id) is None:
                self.status.emit(
                    translate("Bookmarks", "“{name}” is not in the open database ({id}).").format(
                        name=mark.name, id=mark.record_id
                    )
                )
                return
            self.controller.show_record(mark.record_id)

    def open_by_id(self, bookmark_id: int) -> None:
        mark = next((b for b in self.user_file.data.bookmarks() if b.id == bookmark_id), None)
        if mark is not None:
            self.open(mark)

    def manage(self) -> None:
        self.manage_dialog = ManageBookmarksDialog(self.user_file, self._parent)
        self.manage_dialog.open()

    def import_xbel(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            translate("Bookmarks", "Import bookmarks"),
            "",
            translate("Bookmarks", "XBEL bookmarks (*.xbel *.xml);;All files (*)"),
        )
        if not name:
            return
        ok, added = self.user_file.change(BOOKMARKS, lambda d: d.import_xbel(Path(name)))
        if ok:
            self.status.emit(
                BookmarkCounts.tr("Imported %n bookmark(s) from {file}.", "", added).format(
                    file=name
                )
            )

    def export_xbel(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("Bookmarks", "Export bookmarks"),
            "coopdesk-bookmarks.xbel",
            translate("Bookmarks", "XBEL bookmarks (*.xbel)"),
        )
        if not name:
            self.status.emit(translate("Bookmarks", "Export cancelled: nothing was written."))
            return
        ok, count = self.user_file.change(BOOKMARKS, lambda d: d.export_xbel(Path(name)))
        if ok:
            self.status.emit(
                BookmarkCounts.tr("Saved %n bookmark(s) to {file}.", "", count).format(file=name)
            )


class ManageBookmarksDialog(QDialog):
    """Rename, reorder and delete bookmarks; every change is saved at once."""

    def __init__(self, user_file: UserFile, parent: QWidget) -> None:
        super().__init__(parent)
        self.user_file = user_file
        self.setObjectName("manageBookmarks")
        self.setWindowTitle(translate("Bookmarks", "Manage Bookmarks"))
        self.list = QListWidget()
        self.list.setObjectName("bookmarkList")
        self.list.setAccessibleName(translate("Bookmarks", "Bookmarks"))
        buttons = QVBoxLayout()
        self.rename_button = QPushButton(translate("Bookmarks", "&Rename…"))
        self.up_button = QPushButton(translate("Bookmarks", "Move &Up"))
        self.down_button = QPushButton(translate("Bookmarks", "Move &Down"))
        self.delete_button = QPushButton(translate("Bookmarks", "&Delete"))
        for button, slot in (
            (self.rename_button, self.rename),
            (self.up_button, lambda: self.shift(-1)),
            (self.down_button, lambda: self.shift(1)),
            (self.delete_button, self.delete),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(520, 360)
        self.refill()

    def refill(self, select: int | None = None) -> None:
        self.list.clear()
        for mark in self.user_file.data.bookmarks():
            item = QListWidgetItem(mark.name)
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            item.setToolTip(tooltip(mark.record_id or translate("Bookmarks", "A saved view")))
            self.list.addItem(item)
            if mark.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def rename(self) -> None:
        bookmark_id, item = self._current(), self.list.currentItem()
        if bookmark_id is None or item is None:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("Bookmarks", "Rename bookmark"),
            translate("Bookmarks", "Name:"),
            text=item.text(),
        )
        if ok and name.strip():
            self.user_file.change(BOOKMARKS, lambda d: d.rename_bookmark(bookmark_id, name.strip()))
            self.refill(bookmark_id)

    def shift(self, step: int) -> None:
        """Move the current bookmark ``step`` places up (negative) or down."""
        bookmark_id = self._current()
        if bookmark_id is not None:
            self.user_file.change(BOOKMARKS, lambda d: d.move_bookmark(bookmark_id, step))
            self.refill(bookmark_id)

    def delete(self) -> None:
        bookmark_id, row = self._current(), self.list.currentRow()
        if bookmark_id is not None:
            self.user_file.change(BOOKMARKS, lambda d: d.delete_bookmark(bookmark_id))
            self.refill()
            self.list.setCurrentRow(min(row, self.list.count() - 1))
