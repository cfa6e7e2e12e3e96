"""File > Export Records…: the records the filters leave as CSV, JSON, Markdown or .ics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coopdesk.export import FORMATS, export_file
from coopdesk.jobs import Progress
from coopdesk.store import Store
from coopdesk.ui.actions import make_action
from coopdesk.ui.controller import Controller
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import as_text
from coopdesk.ui.printing import OutputOptions


class ExportActions(QObject):
    status = Signal(str)

    def __init__(
        self,
        controller: Controller,
        options: OutputOptions,
        operations: Operations,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.options = options
        self.operations = operations
        self._parent = parent
        self.export_action = make_action(
            parent, "E&xport Records…", self.export_records,
            tip="Save the records the filters leave as CSV, JSON, Markdown or iCalendar",
        )  # fmt: skip

    def export_records(self) -> None:
        if self.controller.store is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self._parent, "Export records", "coopdesk-records.csv", ";;".join(FORMATS.values())
        )
        if not name:
            self.status.emit("Export cancelled: nothing was written.")
            return
        path = Path(name)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            # No known extension typed: take the format from the chosen file type.
            fmt = next((k for k, v in FORMATS.items() if v == chosen), "csv")
            path = path.with_name(f"{path.name}.{fmt}")
        filters, notes, db = (
            self.controller.filters,
            self.options.notes(),
            self.controller.store_path(),
        )

        def job(progress: Progress) -> int:
            with Store(db) as store:
                return export_file(store, filters, fmt, path, notes, progress)

        self.operations.run(
            "Exporting records…",
            job,
            lambda count: self.status.emit(
                f"Saved {path} ({count} record{'s' if count != 1 else ''})."
            ),
            lambda text: QMessageBox.warning(self._parent, "Cannot export", as_text(text)),
            lambda: self.status.emit("Export cancelled: nothing was written."),
        )
