"""The File menu's paper: print, preview and save records and briefing packs.

The pages come from ``coopdesk.paper``; writing PDFs and printing run as operations off
the window's thread. ``OutputOptions`` holds what every output shares: the handling
marking and whether the user's notes go with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from coopdesk.errors import CoopDeskError
from coopdesk.jobs import Progress
from coopdesk.paper.jobs import record_job, write_brief_pdf, write_record_pdf
from coopdesk.paper.pages import PageSetup, default_page_size, paint_pages
from coopdesk.store import Store
from coopdesk.ui.actions import make_action
from coopdesk.ui.controller import Controller
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import as_text
from coopdesk.ui.userfile import UserFile

MARKING_KEY = "print/marking"
INCLUDE_NOTES_KEY = "print/includeNotes"


class OutputOptions(QObject):
    """The handling marking and File > Include My Notes, remembered in the settings."""

    status = Signal(str)

    def __init__(
        self,
        settings: QSettings | None,
        user_file: UserFile,
        flush: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.user_file = user_file
        self._flush = flush  # saves the note being typed, so that it goes with the output
        self._parent = parent
        self.marking_action = make_action(
            parent, "Handling &Marking…", self.ask_marking,
            tip="A line such as FOR OFFICIAL USE printed at the top and bottom of every page",
        )  # fmt: skip
        self.include_notes_action = make_action(
            parent, "Include My &Notes", self._remember_include_notes,
            tip="Print, brief and export with your notes, marked as yours",
        )  # fmt: skip
        self.include_notes_action.setCheckable(True)
        checked = settings.value(INCLUDE_NOTES_KEY, False) if settings is not None else False
        self.include_notes_action.setChecked(checked in (True, "true"))

    def marking(self) -> str:
        settings = self.settings or QSettings()
        return str(settings.value(MARKING_KEY, "") or "")

    def notes(self) -> dict[str, str] | None:
        """The notes to print by record id, or None when the user has not asked for them."""
        self._flush()
        if not self.include_notes_action.isChecked():
            return None
        return {n.record_id: n.text for n in self.user_file.data.notes()}

    def ask_marking(self) -> None:
        text, ok = QInputDialog.getText(
            self._parent,
            "Handling marking",
            "Printed at the top and bottom of every page (leave empty for none):",
            text=self.marking(),
        )
        if ok:
            (self.settings or QSettings()).setValue(MARKING_KEY, text.strip())
            self.status.emit(
                f"Handling marking: {text.strip()}" if text.strip() else "No handling marking."
            )

    def _remember_include_notes(self) -> None:
        if self.settings is not None:
            self.settings.setValue(INCLUDE_NOTES_KEY, self.include_notes_action.isChecked())


class PrintActions(QObject):
    """File > Print…, Print Preview…, Export PDF… and Briefing Pack…."""

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
        sk = QKeySequence.StandardKey
        self.print_action = make_action(
            parent, "&Print…", self.print_record, sk.Print, "Print the record in the detail view"
        )
        self.preview_action = make_action(
            parent, "Print Pre&view…", self.preview_record, QKeySequence("Ctrl+Shift+P"),
            "Preview the printed record",
        )  # fmt: skip
        self.pdf_action = make_action(
            parent, "&Export PDF…", self.export_record_pdf, QKeySequence("Ctrl+Shift+E"),
            "Save the record in the detail view as PDF",
        )  # fmt: skip
        self.brief_action = make_action(
            parent, "&Briefing Pack…", self.export_brief, QKeySequence("Ctrl+Shift+B"),
            "A PDF of every record the filters leave",
        )  # fmt: skip

    # ------------------------------------------------------------------ what to print

    def _record(self) -> str | None:
        current = self.controller.current
        if self.controller.store is None or current is None:
            QMessageBox.information(
                self._parent,
                "Nothing to print",
                "Select a record first: it prints as shown in the detail view.",
            )
            return None
        return current.id

    def _notes(self) -> Mapping[str, str] | None:
        return self.options.notes()

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(default_page_size())
        return printer

    # ------------------------------------------------------------------ actions

    def print_record(self) -> None:
        record_id = self._record()
        if record_id is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.status.emit("Printing cancelled.")
            return
        note = (self._notes() or {}).get(record_id, "")
        marking, path = self.options.marking(), self.controller.store_path()

        def job(progress: Progress) -> int:
            with Store(path) as store:
                setup, body = record_job(store, record_id, marking, note)
            progress.check()
            return paint_pages(printer, setup, body)

        self.operations.run(
            "Printing…", job, lambda pages: self.status.emit(f"Printed {pages} page(s)."),
            self._failed("Cannot print"), lambda: self.status.emit("Printing cancelled."),
        )  # fmt: skip

    def preview_record(self) -> None:
        record_id = self._record()
        store = self.controller.store
        if record_id is None or store is None:
            return
        note = (self._notes() or {}).get(record_id, "")
        setup, body = record_job(store, record_id, self.options.marking(), note)
        printer = self._printer()  # kept alive while the dialog runs: it does not own it
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(f"Print Preview — {setup.title}")
        dialog.paintRequested.connect(lambda p: self._paint(p, setup, body))
        dialog.resize(900, 1000)
        dialog.exec()

    def _paint(self, printer: QPrinter, setup: PageSetup, body: str) -> None:
        try:
            paint_pages(printer, setup, body)
        except CoopDeskError as exc:
            QMessageBox.warning(self._parent, "Cannot print", as_text(str(exc)))

    def _save_as(self, caption: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent, caption, suggested, "PDF (*.pdf)")
        if not name:
            self.status.emit("Export cancelled: nothing was written.")
            return None
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def export_record_pdf(self) -> None:
        record_id = self._record()
        if record_id is None:
            return
        path = self._save_as("Export record as PDF", record_id.split("/")[-1] + ".pdf")
        if path is None:
            return
        note = (self._notes() or {}).get(record_id, "")
        marking, db = self.options.marking(), self.controller.store_path()

        def job(progress: Progress) -> int:
            with Store(db) as store:
                return write_record_pdf(store, record_id, path, marking, note)

        self._write("Saving the PDF…", job, path)

    def export_brief(self) -> None:
        if self.controller.store is None:
            return
        path = self._save_as("Export briefing pack as PDF", "briefing-pack.pdf")
        if path is None:
            return
        filters, notes = self.controller.filters, self._notes()
        marking, db = self.options.marking(), self.controller.store_path()

        def job(progress: Progress) -> int:
            with Store(db) as store:
                return write_brief_pdf(store, filters, path, marking, notes, progress)

        self._write("Making the briefing pack…", job, path)

    def _write(self, title: str, job: Callable[[Progress], int], path: Path) -> None:
        self.operations.run(
            title, job, lambda pages: self.status.emit(f"Saved {path} ({pages} pages)."),
            self._failed("Cannot write the PDF"),
            lambda: self.status.emit("Cancelled: nothing was written."),
        )  # fmt: skip

    def _failed(self, title: str) -> Callable[[str], None]:
        return lambda text: QMessageBox.warning(self._parent, title, as_text(text))
