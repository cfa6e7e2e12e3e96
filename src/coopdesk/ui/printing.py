"""The File menu's printing: the dialogs around ``coopdesk.paper``'s record pages and packs."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coopdesk.errors import CoopDeskError
from coopdesk.paper.jobs import record_job, write_brief_pdf, write_record_pdf
from coopdesk.paper.pages import PageSetup, default_page_size, paint_pages
from coopdesk.store import Store

if TYPE_CHECKING:
    from coopdesk.ui.mainwindow import MainWindow

MARKING_KEY = "print/marking"


class PrintActions:
    """The File menu's print actions for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        settings = window.settings or QSettings()
        self.marking = str(settings.value(MARKING_KEY, "") or "")
        # The user's notes when File > Include My Notes is ticked, else none.
        workbench = getattr(window, "workbench", None)
        self.notes: Mapping[str, str] | None = workbench.print_notes() if workbench else None

    def _record(self) -> tuple[Store, str] | None:
        store = self.window.controller.store
        current = self.window.controller.current
        if store is None or current is None:
            QMessageBox.information(
                self.window,
                "Nothing to print",
                "Select a record first: it prints as shown in the detail view.",
            )
            return None
        return store, current.id

    def _note(self, record_id: str) -> str:
        return (self.notes or {}).get(record_id, "")

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(default_page_size())
        return printer

    def print_record(self) -> None:
        chosen = self._record()
        if chosen is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.window.status.showMessage("Printing cancelled.", 4000)
            return
        setup, body = record_job(*chosen, marking=self.marking, note=self._note(chosen[1]))
        self._paint(printer, setup, body)

    def preview_record(self) -> None:
        chosen = self._record()
        if chosen is None:
            return
        setup, body = record_job(*chosen, marking=self.marking, note=self._note(chosen[1]))
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(f"Print Preview — {setup.title}")
        dialog.paintRequested.connect(lambda p: self._paint(p, setup, body))
        dialog.resize(900, 1000)
        dialog.exec()

    def _paint(self, printer: QPrinter, setup: PageSetup, body: str) -> None:
        try:
            paint_pages(printer, setup, body)
        except CoopDeskError as exc:
            QMessageBox.warning(self.window, "Cannot print", str(exc))

    def _save_as(self, caption: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, caption, suggested, "PDF (*.pdf)")
        if not name:
            self.window.status.showMessage("Export cancelled: nothing was written.", 4000)
            return None
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def export_record_pdf(self) -> None:
        chosen = self._record()
        if chosen is None:
            return
        store, record_id = chosen
        path = self._save_as("Export record as PDF", record_id.split("/")[-1] + ".pdf")
        if path is not None:
            note = self._note(record_id)
            self._write(lambda: write_record_pdf(store, record_id, path, self.marking, note), path)

    def export_brief(self) -> None:
        store = self.window.controller.store
        if store is None:
            return
        filters = self.window.controller.filters
        path = self._save_as("Export briefing pack as PDF", "briefing-pack.pdf")
        if path is not None:
            self._write(
                lambda: write_brief_pdf(store, filters, path, self.marking, self.notes), path
            )

    def _write(self, job, path: Path) -> None:  # type: ignore[no-untyped-def]
        try:
            pages = job()
        except CoopDeskError as exc:
            QMessageBox.warning(self.window, "Cannot write the PDF", str(exc))
            return
        self.window.status.showMessage(f"Saved {path} ({pages} pages).", 8000)
