"""The analyst's workbench on the main window: bookmarks, notes, saved views and exports.

Everything here is the user's own data, kept by ``coopdesk.userdata`` in a file of its
own; the bundled database stays read-only. ``Workbench(window)`` installs it all: the
Bookmarks menu, a Bookmarks group in the tree, the notes panel under the detail view,
View > Save View…, File > Export… and File > Include My Notes for prints and exports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.browse import Node, Snapshot
from coopdesk.errors import CoopDeskError
from coopdesk.export import FORMATS, export_file
from coopdesk.model import RecordDetail, RecordRef
from coopdesk.render import describe_filters, human_date, names_map, user_note_html
from coopdesk.userdata import MEMORY, Bookmark, Note, UserData, UserDataError, View

if TYPE_CHECKING:
    from coopdesk.ui.mainwindow import MainWindow

SAVE_DELAY_MS = 800  # a pause in typing this long saves the note
INCLUDE_NOTES_KEY = "print/includeNotes"
NOTE_EXCERPT = 60
NOTES_PLACEHOLDER = (
    "Write your own remarks on this record. They are saved as you type, stay on this "
    "computer and are never mixed with the source."
)


def _excerpt(text: str, size: int = NOTE_EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"


def decorate_tree(
    tree: Node,
    bookmarks: list[tuple[Bookmark, RecordRef | None]],
    note_hits: list[tuple[Note, RecordRef]],
) -> Node:
    """``tree`` with a Bookmarks group and the user's notes among the search results.

    Plain Nodes in, plain Nodes out (no Qt). The snapshot's tree is not changed: the
    root and the search group are copies, the other groups are shared.
    """
    children = list(tree.children)
    search_at = next((i for i, c in enumerate(children) if c.key == "group:search"), None)
    if search_at is not None and note_hits:
        group = children[search_at]
        hits = [
            Node(
                key=f"note:{note.record_id}",
                label=f"Your note: “{_excerpt(note.text, 40)}” — {ref.title}",
                record_id=ref.id,
                kind=ref.kind,
                tooltip=f"Your note on {ref.title}: {_excerpt(note.text, 300)}",
            )
            for note, ref in note_hits
        ]
        children[search_at] = Node(
            key=group.key,
            label=group.label,
            kind=group.kind,
            count=(group.count or 0) + len(hits),
            children=[*hits, *group.children],
        )
    if bookmarks:
        nodes = []
        for mark, ref in bookmarks:
            if mark.kind == "record":
                nodes.append(
                    Node(
                        key=f"bm:{mark.id}",
                        label=mark.name,
                        record_id=ref.id if ref else None,
                        kind=ref.kind if ref else "missing",
                        tooltip=ref.title if ref else "This record is not in the open database.",
                    )
                )
            else:
                nodes.append(
                    Node(
                        key=f"bm:{mark.id}",
                        label=mark.name,
                        kind="view",
                        tooltip="A saved view: click to restore its filters and selection.",
                    )
                )
        group = Node(key="group:bookmarks", label="Bookmarks", count=len(nodes), children=nodes)
        children.insert(0 if search_at is None else search_at + 1, group)
    return Node(key=tree.key, label=tree.label, children=children)


class NotesPanel(QWidget):
    """The user's note on the current record, under the detail view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesContainer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.label = QLabel("Your note — not part of the source")
        self.label.setObjectName("notesLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("notesState")
        header.addWidget(self.label)
        header.addStretch(1)
        header.addWidget(self.state)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("notesPanel")
        self.editor.setAccessibleName("Your note on this record")
        self.editor.setPlaceholderText(NOTES_PLACEHOLDER)
        self.editor.setTabChangesFocus(True)
        self.label.setBuddy(self.editor)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)


class ManageBookmarksDialog(QDialog):
    """Rename, reorder and delete bookmarks; every change is saved at once."""

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench.window)
        self.workbench = workbench
        self.setObjectName("manageBookmarks")
        self.setWindowTitle("Manage Bookmarks")
        self.list = QListWidget()
        self.list.setObjectName("bookmarkList")
        buttons = QVBoxLayout()
        self.rename_button = QPushButton("&Rename…")
        self.up_button = QPushButton("Move &Up")
        self.down_button = QPushButton("Move &Down")
        self.delete_button = QPushButton("&Delete")
        for button, slot in (
            (self.rename_button, self.rename),
            (self.up_button, lambda: self.move(-1)),
            (self.down_button, lambda: self.move(1)),
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
        for mark in self.workbench.data.bookmarks():
            item = QListWidgetItem(mark.name)
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            item.setToolTip(mark.record_id or "A saved view")
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
        name, ok = QInputDialog.getText(self, "Rename bookmark", "Name:", text=item.text())
        if ok and name.strip():
            self.workbench.change(lambda d: d.rename_bookmark(bookmark_id, name.strip()))
            self.refill(bookmark_id)

    def move(self, step: int) -> None:
        bookmark_id = self._current()
        if bookmark_id is not None:
            self.workbench.change(lambda d: d.move_bookmark(bookmark_id, step))
            self.refill(bookmark_id)

    def delete(self) -> None:
        bookmark_id, row = self._current(), self.list.currentRow()
        if bookmark_id is not None:
            self.workbench.change(lambda d: d.delete_bookmark(bookmark_id))
            self.refill()
            self.list.setCurrentRow(min(row, self.list.count() - 1))


class Workbench(QObject):
    """Installs the user's own data onto one main window and keeps it saved."""

    def __init__(self, window: MainWindow, user_data: Path | str = MEMORY) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.notice = ""
        try:
            self.data = UserData(user_data)
            self.notice = self.data.notice
        except UserDataError as exc:
            # Keep working with nothing saved rather than refusing to start.
            self.data = UserData(MEMORY)
            self.notice = f"{exc} Notes and bookmarks will not be kept this session."
        self.notice_box: QMessageBox | None = None
        self._refs: dict[str, RecordRef | None] = {}
        self._note_record: str | None = None  # whose note is in the editor
        self._dirty = False
        self._loading = False
        self.manage_dialog: ManageBookmarksDialog | None = None

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_note)

        self._build_notes_panel()
        self._build_actions()
        self._connect()
        if self.notice:
            QTimer.singleShot(0, self._show_notice)

    # ------------------------------------------------------------------ set-up

    def _build_notes_panel(self) -> None:
        w = self.window
        self.panel = NotesPanel()
        self.editor = self.panel.editor
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("detailNotesSplitter")
        self.split.setChildrenCollapsible(False)
        # The detail view keeps its place in the right-hand splitter, with the notes below.
        index = w.v_split.indexOf(w.detail)
        w.v_split.replaceWidget(index, self.split)
        self.split.addWidget(w.detail)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([380, 120])
        self._set_editor_record(None)

    def _menu(self, title: str) -> QMenu:
        for action in self.window.menuBar().actions():
            if action.text().replace("&", "") == title and action.menu() is not None:
                return action.menu()  # type: ignore[return-value]
        raise LookupError(title)

    def _action(self, text: str, slot: object, shortcut: str = "", tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.bookmark_record_action = self._action(
            "Bookmark This &Record", self.bookmark_record, "Ctrl+D", "Bookmark the selected record"
        )
        self.bookmark_view_action = self._action(
            "Bookmark This &View…",
            self.bookmark_view,
            "Ctrl+Shift+D",
            "Bookmark the filters, the search and the selected record",
        )
        self.manage_action = self._action("&Manage Bookmarks…", self.manage_bookmarks)
        self.import_action = self._action("&Import Bookmarks (XBEL)…", self.import_xbel)
        self.export_xbel_action = self._action("E&xport Bookmarks (XBEL)…", self.export_xbel)
        self.bookmarks_menu = QMenu("&Bookmarks", w)
        self.bookmarks_menu.setObjectName("bookmarksMenu")
        w.menuBar().insertMenu(self._menu("Help").menuAction(), self.bookmarks_menu)

        self.save_view_action = self._action(
            "&Save View…", self.save_view, tip="Name the filters, search and selection"
        )
        self.views_menu = QMenu("Saved &Views", w)
        self.views_menu.setObjectName("savedViewsMenu")
        view_menu = self._menu("View")
        first = view_menu.actions()[0] if view_menu.actions() else None
        view_menu.insertAction(first, self.save_view_action)  # type: ignore[arg-type]
        view_menu.insertMenu(first, self.views_menu)  # type: ignore[arg-type]
        view_menu.insertSeparator(first)  # type: ignore[arg-type]

        self.export_action = self._action(
            "E&xport Records…",
            self.export_records,
            tip="Save the records the filters leave as CSV, JSON, Markdown or iCalendar",
        )
        self.include_notes_action = self._action(
            "Include My &Notes",
            self._remember_include_notes,
            tip="Print, brief and export with your notes, marked as yours",
        )
        self.include_notes_action.setCheckable(True)
        settings = w.settings
        checked = settings.value(INCLUDE_NOTES_KEY, False) if settings is not None else False
        self.include_notes_action.setChecked(checked in (True, "true"))
        file_menu = self._menu("File")
        file_menu.insertAction(w.marking_action, self.export_action)
        after_marking = file_menu.actions()[file_menu.actions().index(w.marking_action) + 1]
        file_menu.insertAction(after_marking, self.include_notes_action)
        self.rebuild_menus()

    def _connect(self) -> None:
        c = self.controller
        c.recordShown.connect(self._on_record)
        c.sourceShown.connect(lambda *_: self._set_editor_record(None))
        c.snapshotChanged.connect(self._on_snapshot)
        c.databaseChanged.connect(self._refs.clear)
        self.editor.textChanged.connect(self._on_typed)
        self.editor.installEventFilter(self)
        self.window.installEventFilter(self)
        self.window.tree.clicked.connect(self._on_tree_clicked)
        self.window.tree.activated.connect(self._on_tree_clicked)

    def _show_notice(self) -> None:
        self.window.status.showMessage(self.notice, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Your notes file was set aside",
            self.notice,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("userDataNotice")
        self.notice_box = box
        box.open()  # not exec(): the window stays usable behind it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.save_note()
            self.save_last_view()
        return False

    # ------------------------------------------------------------------ changes

    def change(self, job) -> bool:  # type: ignore[no-untyped-def]
        """Run one change of the user data; a failure is shown, never raised."""
        try:
            job(self.data)
        except CoopDeskError as exc:
            self.window.status.showMessage(str(exc), 10000)
            return False
        self.rebuild_menus()
        self.refresh_tree()
        return True

    def _ref(self, record_id: str) -> RecordRef | None:
        """Title and kind of a record, or None when the open database lacks it."""
        store = self.controller.store
        if store is None:
            return None
        if record_id not in self._refs:
            try:
                self._refs[record_id] = store.record(record_id).ref
            except CoopDeskError:
                self._refs[record_id] = None
        return self._refs[record_id]

    # ------------------------------------------------------------------ tree

    def decorate(self, tree: Node) -> Node:
        """The snapshot's tree with the user's bookmarks and note hits added."""
        bookmarks = [
            (b, self._ref(b.record_id) if b.kind == "record" and b.record_id else None)
            for b in self.data.bookmarks()
        ]
        text = self.controller.filters.text
        note_hits = []
        if text.strip():
            for note in self.data.search_notes(text):
                ref = self._ref(note.record_id)
                if ref is not None:
                    note_hits.append((note, ref))
        return decorate_tree(tree, bookmarks, note_hits)

    def refresh_tree(self) -> None:
        snap = self.controller.snapshot
        if snap is not None:
            self.window.tree_model.set_tree(self.decorate(snap.tree))
            self._expand()

    def _on_snapshot(self, _snap: Snapshot) -> None:
        self._expand()

    def _expand(self) -> None:
        self.window.tree.expand(self.window.tree_model.index_of_key("group:bookmarks"))

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        node = self.window.tree_model.node(index)
        if node.kind != "view" or not node.key.startswith("bm:"):
            return
        mark = next((b for b in self.data.bookmarks() if f"bm:{b.id}" == node.key), None)
        if mark is not None and mark.view is not None:
            self.apply_view(mark.view)
            self.window.status.showMessage(f"View “{mark.name}” restored.", 4000)

    # ------------------------------------------------------------------ views

    def current_view(self) -> View:
        current = self.controller.current
        return View(self.controller.filters, current.id if current else None)

    def apply_view(self, view: View) -> None:
        self.window.filter_bar.set_filters(view.filters)
        self.controller.set_filters(view.filters)
        if view.record_id and self.controller.store is not None:
            self.controller.show_record(view.record_id)

    def restore_last_view(self) -> None:
        view = self.data.last_view()
        if view is not None:
            self.apply_view(view)

    def save_last_view(self) -> None:
        if self.controller.store is not None:
            self.change(lambda d: d.set_last_view(self.current_view()))

    def _describe(self, view: View) -> str:
        c = self.controller
        text = describe_filters(view.filters, names_map(c.agencies, c.offences))
        if view.filters.is_empty:
            text = "All records"
        if view.record_id and c.current is not None and c.current.id == view.record_id:
            text += f" — {c.current.title}"
        return text

    def save_view(self) -> None:
        view = self.current_view()
        name, ok = QInputDialog.getText(
            self.window, "Save view", "Name of this view:", text=self._describe(view)
        )
        if ok and name.strip() and self.change(lambda d: d.save_view(name.strip(), view)):
            self.window.status.showMessage(f"View “{name.strip()}” saved.", 4000)

    def restore_view(self, name: str) -> None:
        for saved in self.data.saved_views():
            if saved.name == name:
                self.apply_view(saved.view)
                self.window.status.showMessage(f"View “{name}” restored.", 4000)

    def delete_view(self, name: str) -> None:
        if self.change(lambda d: d.delete_view(name)):
            self.window.status.showMessage(f"View “{name}” deleted.", 4000)

    # ------------------------------------------------------------------ bookmarks

    def bookmark_record(self) -> None:
        current = self.controller.current
        if current is None:
            self.window.status.showMessage("Select a record to bookmark it.", 5000)
            return
        existing = self.data.bookmark_for(current.id)
        if existing is not None:
            self.window.status.showMessage(f"Already bookmarked: {existing.name}.", 5000)
            return
        if self.change(lambda d: d.add_record_bookmark(current.id, current.title)):
            self.window.status.showMessage(f"Bookmarked: {current.title}.", 5000)

    def bookmark_view(self) -> None:
        view = self.current_view()
        name, ok = QInputDialog.getText(
            self.window, "Bookmark this view", "Name of the bookmark:", text=self._describe(view)
        )
        if ok and name.strip() and self.change(lambda d: d.add_view_bookmark(name.strip(), view)):
            self.window.status.showMessage(f"Bookmarked the view “{name.strip()}”.", 5000)

    def open_bookmark(self, mark: Bookmark) -> None:
        if mark.kind == "view" and mark.view is not None:
            self.apply_view(mark.view)
        elif mark.record_id:
            if self._ref(mark.record_id) is None:
                self.window.status.showMessage(
                    f"“{mark.name}” is not in the open database ({mark.record_id}).", 8000
                )
                return
            self.controller.show_record(mark.record_id)

    def manage_bookmarks(self) -> None:
        self.manage_dialog = ManageBookmarksDialog(self)
        self.manage_dialog.open()

    def import_xbel(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, "Import bookmarks", "", "XBEL bookmarks (*.xbel *.xml);;All files (*)"
        )
        if not name:
            return
        added: list[int] = []
        if self.change(lambda d: added.append(d.import_xbel(Path(name)))):
            self.window.status.showMessage(f"Imported {added[0]} bookmark(s) from {name}.", 6000)

    def export_xbel(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, "Export bookmarks", "coopdesk-bookmarks.xbel", "XBEL bookmarks (*.xbel)"
        )
        if not name:
            self.window.status.showMessage("Export cancelled: nothing was written.", 4000)
            return
        count: list[int] = []
        if self.change(lambda d: count.append(d.export_xbel(Path(name)))):
            self.window.status.showMessage(f"Saved {count[0]} bookmark(s) to {name}.", 6000)

    def rebuild_menus(self) -> None:
        menu = self.bookmarks_menu
        menu.clear()
        for action in (self.bookmark_record_action, self.bookmark_view_action, self.manage_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_xbel_action)
        menu.addSeparator()
        marks = self.data.bookmarks()
        if not marks:
            empty = menu.addAction("No bookmarks yet: press Ctrl+D on a record")
            empty.setEnabled(False)
        for mark in marks:
            action = menu.addAction(mark.name)
            action.setStatusTip(mark.record_id or "A saved view")
            action.triggered.connect(lambda _=False, m=mark: self.open_bookmark(m))
        self.manage_action.setEnabled(bool(marks))
        self.export_xbel_action.setEnabled(bool(marks))

        views = self.data.saved_views()
        self.views_menu.clear()
        if not views:
            self.views_menu.addAction("No saved views yet").setEnabled(False)
        for saved in views:
            action = self.views_menu.addAction(saved.name)
            action.triggered.connect(lambda _=False, n=saved.name: self.restore_view(n))
        if views:
            self.views_menu.addSeparator()
            delete = self.views_menu.addMenu("&Delete Saved View")
            for saved in views:
                action = delete.addAction(saved.name)
                action.triggered.connect(lambda _=False, n=saved.name: self.delete_view(n))

    # ------------------------------------------------------------------ notes

    def note_html(self, record_id: str) -> str:
        note = self.data.note(record_id)
        return user_note_html(note.text, note.updated) if note else ""

    def _on_record(self, detail: RecordDetail) -> None:
        self.save_note()  # the note being typed belongs to the record we leave
        self._set_editor_record(detail.id)

    def _set_editor_record(self, record_id: str | None) -> None:
        self._note_record = record_id
        note = self.data.note(record_id) if record_id else None
        self._loading = True
        try:
            self.editor.setPlainText(note.text if note else "")
        finally:
            self._loading = False
        self._dirty = False
        self.editor.setEnabled(record_id is not None)
        self.editor.setPlaceholderText(
            NOTES_PLACEHOLDER
            if record_id is not None
            else "Select a record to write a note on it. Notes belong to records, not to "
            "passages of the source."
        )
        self.panel.state.setText(f"Saved {human_date(note.updated[:10])}" if note else "")

    def _on_typed(self) -> None:
        if self._loading or self._note_record is None:
            return
        self._dirty = True
        self.panel.state.setText("Editing…")
        self._save_timer.start()

    def save_note(self) -> None:
        """Save the note in the editor now, if it changed."""
        self._save_timer.stop()
        record_id = self._note_record
        if not self._dirty or record_id is None:
            return
        text = self.editor.toPlainText()
        saved: list[Note | None] = []
        if not self.change(lambda d: saved.append(d.set_note(record_id, text))):
            self.panel.state.setText("Not saved")
            return
        self._dirty = False
        self.panel.state.setText("Saved" if saved[0] else "Removed")
        self.window.status.showMessage(
            "Note saved." if saved[0] else "Note removed (it was empty).", 3000
        )
        current = self.controller.current
        if current is not None and current.id == record_id:
            # Show the saved note in the detail view without losing the reader's place.
            bar = self.window.detail.verticalScrollBar()
            position = bar.value()
            self.window.detail.show_record(current, self.note_html(record_id))
            bar.setValue(position)

    # ------------------------------------------------------------------ print and export

    def _remember_include_notes(self, checked: bool) -> None:
        if self.window.settings is not None:
            self.window.settings.setValue(INCLUDE_NOTES_KEY, checked)

    def print_notes(self) -> dict[str, str] | None:
        """The notes to print by record id, or None when the user has not asked for them."""
        self.save_note()
        if not self.include_notes_action.isChecked():
            return None
        return {n.record_id: n.text for n in self.data.notes()}

    def export_records(self) -> None:
        store = self.controller.store
        if store is None:
            return
        filters = ";;".join(FORMATS.values())
        name, chosen = QFileDialog.getSaveFileName(
            self.window, "Export records", "coopdesk-records.csv", filters
        )
        if not name:
            self.window.status.showMessage("Export cancelled: nothing was written.", 4000)
            return
        path = Path(name)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            # No known extension typed: take the format from the chosen file type.
            fmt = next((k for k, v in FORMATS.items() if v == chosen), "csv")
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            count = export_file(store, self.controller.filters, fmt, path, self.print_notes())
        except CoopDeskError as exc:
            QMessageBox.warning(self.window, "Cannot export", str(exc))
            return
        self.window.status.showMessage(
            f"Saved {path} ({count} record{'s' if count != 1 else ''}).", 8000
        )
