"""The File menu's paper: print, preview and save records, and briefing packs.

Every path uses ``coopdesk.paper``'s one template: the PDF file, the preview's pages
and the printed pages are the same pages. Laying out, saving and printing run as
operations off the window's thread; the dialogs (printer, preview, briefing pack) stay
on it. ``OutputOptions`` holds what every output shares: the handling marking, whether
the user's notes go with it, and the paper size.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from coopdesk.graphics.pages import paint_pages
from coopdesk.i18n import Context, translate
from coopdesk.jobs import Progress
from coopdesk.paper.document import PaperOptions, default_paper, record_document
from coopdesk.paper.jobs import page_images, write_brief_pdf, write_pdf
from coopdesk.render import describe_filters, names_map
from coopdesk.store import Store
from coopdesk.ui.actions import make_action
from coopdesk.ui.briefing import FOLDER_KEY, BriefingPackDialog, documents_folder
from coopdesk.ui.controller import Controller
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import as_text
from coopdesk.ui.preview import PreviewDialog
from coopdesk.ui.userfile import UserFile

Pages = Context("Pages")  # the words with a number of pages in them
MARKING_KEY = "print/marking"
INCLUDE_NOTES_KEY = "print/includeNotes"
PAPER_KEY = "print/paper"


class OutputOptions(QObject):
    """The handling marking, File > Include My Notes and the paper, remembered."""

    status = Signal(str)

    def __init__(
        self,
        settings: QSettings | None,
        user_file: UserFile,
        flush: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.user_file = user_file
        self._flush = flush  # saves the note being typed, so that it goes with the output
        self._parent = parent
        self.marking_action = make_action(
            parent,
            translate("Printing", "Handling &Marking…"),
            self.ask_marking,
            tip=translate(
                "Printing",
                "A line such as FOR OFFICIAL USE printed at the top and bottom of every page",
            ),
        )
        self.include_notes_action = make_action(
            parent,
            translate("Printing", "Include My &Notes"),
            self._remember_include_notes,
            tip=translate("Printing", "Print, brief and export with your notes, marked as yours"),
        )
        self.include_notes_action.setCheckable(True)
        checked = self.settings.value(INCLUDE_NOTES_KEY, False)
        self.include_notes_action.setChecked(checked in (True, "true"))

    def marking(self) -> str:
        return str(self.settings.value(MARKING_KEY, "") or "")

    def set_marking(self, text: str) -> None:
        self.settings.setValue(MARKING_KEY, text.strip())

    def paper(self) -> str:
        """ "a4" or "letter": the last one chosen, else the locale's."""
        value = str(self.settings.value(PAPER_KEY, "") or "")
        return value if value in ("a4", "letter") else default_paper()

    def set_paper(self, paper: str) -> None:
        self.settings.setValue(PAPER_KEY, paper)

    def set_include_notes(self, on: bool) -> None:
        self.include_notes_action.setChecked(on)
        self._remember_include_notes()

    def notes(self) -> dict[str, str] | None:
        """The notes to print by record id, or None when the user has not asked for them."""
        self._flush()
        if not self.include_notes_action.isChecked():
            return None
        return {n.record_id: n.text for n in self.user_file.data.notes()}

    def paper_options(self, notes: Mapping[str, str] | None) -> PaperOptions:
        return PaperOptions(marking=self.marking(), paper=self.paper(), notes=notes)

    def ask_marking(self) -> None:
        text, ok = QInputDialog.getText(
            self._parent,
            translate("Printing", "Handling marking"),
            translate(
                "Printing", "Printed at the top and bottom of every page (leave empty for none):"
            ),
            text=self.marking(),
        )
        if ok:
            self.set_marking(text)
            self.status.emit(
                translate("Printing", "Handling marking: {marking}").format(marking=text.strip())
                if text.strip()
                else translate("Printing", "No handling marking.")
            )

    def _remember_include_notes(self) -> None:
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
        self.preview: PreviewDialog | None = None
        self.brief_dialog: BriefingPackDialog | None = None
        sk = QKeySequence.StandardKey
        self.print_action = make_action(
            parent,
            translate("Printing", "&Print…"),
            self.print_record,
            sk.Print,
            translate("Printing", "Print the record in the detail view"),
        )
        self.preview_action = make_action(
            parent,
            translate("Printing", "Print Pre&view…"),
            self.preview_record,
            QKeySequence("Ctrl+Shift+P"),
            translate("Printing", "Preview the printed record"),
        )
        self.pdf_action = make_action(
            parent,
            translate("Printing", "&Export PDF…"),
            self.export_record_pdf,
            QKeySequence("Ctrl+Shift+E"),
            translate("Printing", "Save the record in the detail view as PDF"),
        )
        self.brief_action = make_action(
            parent,
            translate("Printing", "&Briefing Pack…"),
            self.export_brief,
            QKeySequence("Ctrl+Shift+B"),
            translate(
                "Printing",
                "A PDF of every record the filters leave: cover, contents, records and index",
            ),
        )

    # ------------------------------------------------------------------ what to print

    def _record(self) -> str | None:
        current = self.controller.current
        if self.controller.store is None or current is None:
            QMessageBox.information(
                self._parent,
                translate("Printing", "Nothing to print"),
                translate(
                    "Printing", "Select a record first: it prints as shown in the detail view."
                ),
            )
            return None
        return current.id

    def _record_options(self, record_id: str) -> PaperOptions:
        notes = self.options.notes()
        return self.options.paper_options(
            {record_id: notes.get(record_id, "")} if notes is not None else None
        )

    def _document_job(self, record_id: str) -> Callable[[Store], dict[str, object]]:
        options = self._record_options(record_id)
        return lambda store: record_document(store, record_id, options)

    # ------------------------------------------------------------------ print and preview

    def print_record(self, pages: list[bytes] | None = None) -> None:
        """Ask for a printer here, then lay out and draw the pages off the window's thread."""
        record_id = self._record() if pages is None else None
        if pages is None and record_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self.preview or self._parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.status.emit(translate("Printing", "Printing cancelled."))
            return
        make = self._document_job(record_id) if record_id is not None else None
        db = self.controller.store_path()

        def job(progress: Progress) -> int:
            shown = pages
            if shown is None:
                assert make is not None
                with Store(db) as store:
                    document = make(store)
                shown = page_images(document, progress)
            return paint_pages(printer, shown, progress)

        self.operations.run(
            translate("Printing", "Printing…"),
            job,
            lambda n: self.status.emit(Pages.tr("Printed %n page(s).", "", n)),
            self._failed(translate("Printing", "Cannot print")),
            lambda: self.status.emit(translate("Printing", "Printing cancelled.")),
        )

    def preview_record(self) -> None:
        record_id = self._record()
        if record_id is None:
            return
        make, db = self._document_job(record_id), self.controller.store_path()
        title = self.controller.current.title if self.controller.current else record_id

        def job(progress: Progress) -> tuple[dict[str, object], list[bytes]]:
            with Store(db) as store:
                document = make(store)
            return document, page_images(document, progress)

        def show(result: tuple[dict[str, object], list[bytes]]) -> None:
            document, pages = result
            if self.preview is not None:
                self.preview.close()
            dialog = self.preview = PreviewDialog(title, pages, self._parent)
            dialog.printRequested.connect(lambda: self.print_record(pages))
            dialog.saveRequested.connect(lambda: self._save_document(document, record_id))
            dialog.finished.connect(lambda _r: self._forget_preview(dialog))
            dialog.show()

        self.operations.run(
            translate("Printing", "Laying out the pages…"),
            job,
            show,
            self._failed(translate("Printing", "Cannot preview")),
            lambda: self.status.emit(translate("Printing", "Preview cancelled.")),
        )

    def _forget_preview(self, dialog: PreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None
        dialog.deleteLater()

    # ------------------------------------------------------------------ files

    def _save_as(self, caption: str, suggested: str) -> Path | None:
        parent = self.preview or self._parent
        # PDFs go where briefing packs go: Documents at first, then the folder used last.
        settings = self.options.settings
        stored = str(settings.value(FOLDER_KEY, "") or "") if settings is not None else ""
        folder = Path(stored) if stored and Path(stored).is_dir() else documents_folder()
        name, _ = QFileDialog.getSaveFileName(
            parent, caption, str(folder / suggested), "PDF (*.pdf)"
        )
        if not name:
            self.status.emit(translate("Printing", "Export cancelled: nothing was written."))
            return None
        if settings is not None:
            settings.setValue(FOLDER_KEY, str(Path(name).parent))
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def export_record_pdf(self) -> None:
        record_id = self._record()
        if record_id is None:
            return
        path = self._save_as(
            translate("Printing", "Export record as PDF"), record_id.split("/")[-1] + ".pdf"
        )
        if path is None:
            return
        make, db = self._document_job(record_id), self.controller.store_path()

        def job(progress: Progress) -> int:
            with Store(db) as store:
                document = make(store)
            return write_pdf(document, path, progress)

        self._write(translate("Printing", "Saving the PDF…"), job, path)

    def _save_document(self, document: dict[str, object], record_id: str) -> None:
        path = self._save_as(
            translate("Printing", "Save the record as PDF"), record_id.split("/")[-1] + ".pdf"
        )
        if path is not None:
            self._write(
                translate("Printing", "Saving the PDF…"),
                lambda progress: write_pdf(document, path, progress),
                path,
            )

    def export_brief(self) -> None:
        store = self.controller.store
        if store is None:
            return
        filters = self.controller.filters
        names = names_map(store.entities("agency"), store.entities("offence"))
        filters_text = describe_filters(filters, names)
        dialog = self.brief_dialog = BriefingPackDialog(
            store.count_dated(filters),
            filters_text,
            self.options.marking(),
            self.options.include_notes_action.isChecked(),
            self.options.paper(),
            self.options.settings,
            self._parent,
        )
        dialog.accepted.connect(lambda: self._make_brief(dialog))
        dialog.finished.connect(lambda _r: self._forget_brief(dialog))
        dialog.open()

    def _forget_brief(self, dialog: BriefingPackDialog) -> None:
        if self.brief_dialog is dialog:
            self.brief_dialog = None
        dialog.deleteLater()

    def _make_brief(self, dialog: BriefingPackDialog) -> None:
        self.options.set_marking(dialog.marking())
        self.options.set_paper(dialog.paper())
        self.options.set_include_notes(dialog.include_notes())
        path, filters, db = dialog.path(), self.controller.filters, self.controller.store_path()
        options = self.options.paper_options(self.options.notes())

        def job(progress: Progress) -> int:
            with Store(db) as store:
                return write_brief_pdf(store, filters, path, options, progress)

        self._write(translate("Printing", "Making the briefing pack…"), job, path)

    def _write(self, title: str, job: Callable[[Progress], int], path: Path) -> None:
        self.operations.run(
            title,
            job,
            lambda pages: self.status.emit(
                Pages.tr("Saved {path} (%n page(s)).", "", pages).format(path=path)
            ),
            self._failed(translate("Printing", "Cannot write the PDF")),
            lambda: self.status.emit(translate("Printing", "Cancelled: nothing was written.")),
        )

    def _failed(self, title: str) -> Callable[[str], None]:
        return lambda text: QMessageBox.warning(self._parent, title, as_text(text))
