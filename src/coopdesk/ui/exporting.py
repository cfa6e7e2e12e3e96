"""File > Export Records…: one dialog for the records the filters leave: the format,
whether the user's notes go along, and where to save. It opens in the folder used last
(the user's Documents at first) and the export runs off the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.export import FORMATS, export_file
from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, Texts
from coopdesk.jobs import Progress
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.ui.actions import make_action
from coopdesk.ui.controller import Controller
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import as_text
from coopdesk.ui.preferences import EXPORTS, Preferences
from coopdesk.ui.userfile import UserFile

FORMAT_KEY = "export/format"
NOTES_KEY = "export/includeNotes"

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "action": QT_TRANSLATE_NOOP("Export", "E&xport Records…"),
        "tip": QT_TRANSLATE_NOOP(
            "Export", "Save the records the filters leave as CSV, JSON, Markdown or iCalendar"
        ),
        "title": QT_TRANSLATE_NOOP("Export", "Export Records"),
        "what": QT_TRANSLATE_NOOP("Export", "{count} the filters leave: {filters}."),
        "what_all": QT_TRANSLATE_NOOP("Export", "All {count}: no filter is set."),
        "format": QT_TRANSLATE_NOOP("Export", "&Format:"),
        "csv": QT_TRANSLATE_NOOP("Export", "CSV — a table for spreadsheets"),
        "json": QT_TRANSLATE_NOOP("Export", "JSON — every field, for other programs"),
        "md": QT_TRANSLATE_NOOP(
            "Export", "Markdown — a briefing text with the quotes and their ¶ numbers"
        ),
        "ics": QT_TRANSLATE_NOOP("Export", "iCalendar — one all-day event per record"),
        "notes": QT_TRANSLATE_NOOP("Export", "Include my &notes, marked as mine"),
        "folder": QT_TRANSLATE_NOOP("Export", "Save &in:"),
        "name": QT_TRANSLATE_NOOP("Export", "File &name:"),
        "browse": QT_TRANSLATE_NOOP("Export", "Browse…"),
        "choose": QT_TRANSLATE_NOOP("Export", "Choose a folder"),
        "export": QT_TRANSLATE_NOOP("Export", "Export"),
        "running": QT_TRANSLATE_NOOP("Export", "Exporting records…"),
        "saved": QT_TRANSLATE_NOOP("Export", "Saved {path} ({count})."),
        "cancelled": QT_TRANSLATE_NOOP("Export", "Export cancelled: nothing was written."),
        "failed": QT_TRANSLATE_NOOP("Export", "Cannot export"),
        "no_folder": QT_TRANSLATE_NOOP(
            "Export", "The folder {folder} does not exist. Choose another one."
        ),
    }
)


ExportCounts = Context("ExportCounts")  # the words with a number in them


def _records(count: int) -> str:
    return ExportCounts.tr("%n record(s)", "", count)


def default_name(filters: Filters, fmt: str) -> str:
    """'coopdesk-records-2017.csv': the years in the name when the filters have them."""
    years = ""
    if filters.year_from is not None:
        years = f"-{filters.year_from}"
        if filters.year_to not in (None, filters.year_from):
            years += f"-{filters.year_to}"
    return f"coopdesk-records{years}.{fmt}"


class ExportDialog(QDialog):
    """What to export and where. ``path()``, ``fmt()`` and ``include_notes()`` on accept."""

    def __init__(self, summary: str, folder: Path, name: str, fmt: str, notes: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(TEXT["title"])
        what = QLabel(summary)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for key in FORMATS:
            self.format.addItem(TEXT[key], key)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))
        self.notes = QCheckBox(TEXT["notes"])
        self.notes.setObjectName("exportNotes")
        self.notes.setChecked(notes)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(TEXT["browse"])
        browse.clicked.connect(self._browse)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.name = QLineEdit(name)
        self.name.setObjectName("exportName")
        form = QFormLayout()
        for text, widget, buddy in (
            (TEXT["format"], self.format, self.format),
            ("", self.notes, None),
            (TEXT["folder"], where, self.folder),
            (TEXT["name"], self.name, self.name),
        ):
            if buddy is None:
                form.addRow(widget)
                continue
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            TEXT["export"], QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self._follow_format)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 600), self.sizeHint().height())

    def fmt(self) -> str:
        return str(self.format.currentData())

    def include_notes(self) -> bool:
        return self.notes.isChecked()

    def path(self) -> Path:
        name = self.name.text().strip() or "coopdesk-records"
        if Path(name).suffix.lower().lstrip(".") != self.fmt():
            name = f"{Path(name).stem if Path(name).suffix.lower()[1:] in FORMATS else name}"
            name = f"{name}.{self.fmt()}"
        return Path(self.folder.text().strip()).expanduser() / name

    def _follow_format(self) -> None:
        # The file name's extension follows the format chosen.
        name = Path(self.name.text().strip() or "coopdesk-records")
        stem = name.stem if name.suffix.lower()[1:] in FORMATS else name.name
        self.name.setText(f"{stem}.{self.fmt()}")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, TEXT["choose"], self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _accept(self) -> None:
        folder = self.path().parent
        if not folder.is_dir():
            message = TEXT["no_folder"].format(folder=folder)  # a path may hold anything
            QMessageBox.warning(self, TEXT["title"], as_text(message))
            return
        self.accept()


class ExportActions(QObject):
    status = Signal(str)

    def __init__(
        self,
        controller: Controller,
        user_file: UserFile,
        flush_note: Callable[[], None],
        preferences: Preferences,
        operations: Operations,
        describe: Callable[[Filters], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.user_file = user_file
        self._flush_note = flush_note  # the note being typed goes along
        self.preferences = preferences
        self.operations = operations
        self._describe = describe
        self._parent = parent
        self.dialog: ExportDialog | None = None
        self.export_action = make_action(parent, TEXT["action"], self.export_records,
                                         tip=TEXT["tip"])  # fmt: skip

    def export_records(self) -> None:
        """Open the dialog (without blocking); Export starts the job."""
        c = self.controller
        if c.store is None or self.dialog is not None:
            return
        prefs = self.preferences
        fmt = str(prefs.value(FORMAT_KEY, "csv"))
        fmt = fmt if fmt in FORMATS else "csv"
        count = c.snapshot.count if c.snapshot is not None else 0
        if c.filters.is_empty:
            summary = TEXT["what_all"].format(count=_records(count))
        else:
            summary = TEXT["what"].format(count=_records(count), filters=self._describe(c.filters))
        self.dialog = dialog = ExportDialog(
            summary, prefs.folder(EXPORTS), default_name(c.filters, fmt), fmt,
            prefs.value(NOTES_KEY, False) in (True, "true"), self._parent,
        )  # fmt: skip
        dialog.finished.connect(lambda result: self._finished(dialog, result))
        dialog.open()

    def _finished(self, dialog: ExportDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self.status.emit(TEXT["cancelled"])
            return
        path, fmt, include = dialog.path(), dialog.fmt(), dialog.include_notes()
        prefs = self.preferences
        prefs.remember_folder(EXPORTS, path.parent)
        prefs.set_value(FORMAT_KEY, fmt)
        prefs.set_value(NOTES_KEY, include)
        self._flush_note()
        notes = {n.record_id: n.text for n in self.user_file.data.notes()} if include else None
        filters, db = self.controller.filters, self.controller.store_path()

        def job(progress: Progress) -> int:
            with Store(db) as store:
                return export_file(store, filters, fmt, path, notes, progress)

        self.operations.run(
            TEXT["running"],
            job,
            lambda count: self.status.emit(TEXT["saved"].format(path=path, count=_records(count))),
            lambda text: QMessageBox.warning(self._parent, TEXT["failed"], as_text(text)),
            lambda: self.status.emit(TEXT["cancelled"]),
        )
