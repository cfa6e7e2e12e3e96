"""Paper from the File menu, end to end: preview, print, export PDF and the briefing pack.

Every path goes through the one Typst template; the PDFs are read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from coopdesk.model import Filters
from coopdesk.ui.briefing import FOLDER_KEY, documents_folder
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.preview import PreviewDialog
from driving import type_choice

HAGUE = "event/2017-09-27-the-hague"
ROUND_3 = "event/2018-02-08-ct-talks-round-3"
MEETINGS_2017 = (
    "Second round of Russia–EU high-level counter-terrorism talks",
    "Expert consultations",
    "Meeting of Ministry of Interior experts and Europol",
)


def menu_action(window: MainWindow, menu: str, text: str):  # type: ignore[no-untyped-def]
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu} > {text}")


def pdf_text(path: Path) -> str:
    """The PDF's text, white space folded; a line broken after a hyphen is joined again."""
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
    return text.replace("- ", "-")


def run_job(qtbot, window: MainWindow, menu: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a menu item that starts a job off the window's thread, and wait for its end."""
    with qtbot.waitSignal(window.operations.finished, timeout=60_000):
        menu_action(window, menu, text).trigger()


def printer_to_file(monkeypatch, out: Path) -> list[QPrinter]:  # type: ignore[no-untyped-def]
    """The printer dialog, answered as a person would: this printer (a PDF file here), OK."""
    used: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        used.append(printer)
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return used


def assert_printed_pages(out: Path, count: int) -> None:
    """The printer got ``count`` pages of the template's size, each a full vector drawing.

    Typst's page images draw text as glyph outlines, so a printed page has no text layer
    to read back: what a printer needs is the drawing.
    """
    reader = PdfReader(out)
    assert len(reader.pages) == count
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) in {(595, 842), (612, 792)}
        content = page.get_contents()
        assert content is not None and len(content.get_data()) > 20_000


def open_preview(qtbot, window: MainWindow, record_id: str) -> PreviewDialog:  # type: ignore[no-untyped-def]
    window.select_record(record_id)
    run_job(qtbot, window, "File", "Print Preview…")
    dialog = window.printing.preview
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


# ---------------------------------------------------------------------- preview


def test_preview_shows_the_typst_pages_with_navigation_and_zoom(qtbot, window: MainWindow) -> None:
    dialog = open_preview(qtbot, window, ROUND_3)
    assert "Third round of Russia–EU" in dialog.windowTitle()
    assert len(dialog.pages) >= 1 and dialog.pages[0].startswith(b"<svg")
    assert dialog.current_page() == 1 and not dialog.previous_button.isEnabled()
    pixmap = dialog.page_label.pixmap()
    width = pixmap.width()
    assert width > 500 and pixmap.height() > width  # a portrait page
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom_percent() == 125
    assert dialog.page_label.pixmap().width() > width
    if len(dialog.pages) > 1:
        dialog.next_button.click()
        assert dialog.current_page() == 2
    image = dialog.page_label.pixmap().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3, "the page has something on it"
    dialog.reject()


def test_preview_save_pdf_writes_the_pages_it_shows(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_preview(qtbot, window, HAGUE)
    out = tmp_path / "from-preview"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(window.operations.finished, timeout=60_000):
        dialog.save_button.click()
    saved = tmp_path / "from-preview.pdf"
    assert len(PdfReader(saved).pages) == len(dialog.pages)
    assert "Meeting of Ministry of Interior experts and Europol" in pdf_text(saved)


def test_preview_print_draws_the_same_pages_on_the_printer(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_preview(qtbot, window, HAGUE)
    out = tmp_path / "printed.pdf"
    printer_to_file(monkeypatch, out)
    with qtbot.waitSignal(window.operations.finished, timeout=60_000) as blocker:
        dialog.print_button.click()
    assert blocker.args == [True]
    assert_printed_pages(out, len(dialog.pages))
    pages = len(dialog.pages)
    assert window.status.currentMessage() == f"Printed {pages} page{'' if pages == 1 else 's'}."


# ---------------------------------------------------------------------- print and export


def test_print_asks_for_a_printer_then_prints_off_the_window_thread(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.select_record(HAGUE)
    out = tmp_path / "printed.pdf"
    used = printer_to_file(monkeypatch, out)
    run_job(qtbot, window, "File", "Print…")
    assert len(used) == 1
    assert_printed_pages(out, 1)


def test_print_cancelled_in_the_printer_dialog_prints_nothing(
    window: MainWindow, monkeypatch
) -> None:
    window.select_record(HAGUE)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QPrintDialog.DialogCode.Rejected.value)
    menu_action(window, "File", "Print…").trigger()
    assert not window.operations.running()
    assert window.status.currentMessage() == "Printing cancelled."


def test_export_pdf_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.select_record(HAGUE)
    out = tmp_path / "hague"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    run_job(qtbot, window, "File", "Export PDF…")
    saved = tmp_path / "hague.pdf"  # the extension is added
    text = pdf_text(saved)
    assert "Meeting of Ministry of Interior experts and Europol" in text
    assert "27 September 2017" in text
    assert window.status.currentMessage().startswith(f"Saved {saved}")


def test_cancelled_export_writes_nothing(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    window.select_record(HAGUE)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    menu_action(window, "File", "Export PDF…").trigger()
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in window.status.currentMessage()


def test_export_to_a_missing_folder_is_a_clear_message(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.select_record(HAGUE)
    target = tmp_path / "gone" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    run_job(qtbot, window, "File", "Export PDF…")
    assert shown == [f"{target}: the folder does not exist."]
    assert not target.parent.exists()


@pytest.mark.parametrize("action", ["Print…", "Print Preview…", "Export PDF…"])
def test_printing_with_nothing_selected_says_what_to_do(
    window: MainWindow, monkeypatch, action: str
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    menu_action(window, "File", action).trigger()
    assert shown and "Select a record first" in shown[0]


# ---------------------------------------------------------------------- briefing pack


def open_brief_dialog(window: MainWindow):  # type: ignore[no-untyped-def]
    menu_action(window, "File", "Briefing Pack…").trigger()
    dialog = window.printing.brief_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save_button(dialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_briefing_pack_dialog_says_what_the_filters_leave_and_makes_the_pack(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    type_choice(qtbot, window.filter_bar.year, "2017")
    qtbot.waitUntil(lambda: window.controller.filters.year_from == 2017)
    dialog = open_brief_dialog(window)
    assert dialog.count_label.text().startswith("3 records (year 2017)")
    assert Path(dialog.path_edit.text()).parent == documents_folder()
    dialog.marking_edit.setText("FOR OFFICIAL USE")
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    out = tmp_path / "packs" / "brief"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(window.operations.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    saved = out.with_suffix(".pdf")
    reader = PdfReader(saved)
    text = pdf_text(saved)
    for title in MEETINGS_2017:
        assert title in text
    assert "Cooperation Agreement between the Russian Federation and Europol" not in text
    assert text.count("FOR OFFICIAL USE") == 2 * len(reader.pages)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter
    # Remembered: the marking, the paper and the folder.
    again = open_brief_dialog(window)
    assert again.marking_edit.text() == "FOR OFFICIAL USE"
    assert again.paper() == "letter"
    assert Path(again.path_edit.text()).parent == out.parent
    assert window.output_options.settings.value(FOLDER_KEY) == str(out.parent)
    again.reject()


def test_briefing_pack_with_no_records_cannot_be_made(qtbot, window: MainWindow) -> None:
    window.controller.set_filters(Filters(year_from=2010, year_to=2010))
    dialog = open_brief_dialog(window)
    assert dialog.count_label.text().startswith("No records match these filters")
    assert not save_button(dialog).isEnabled()
    dialog.reject()


def test_briefing_pack_above_the_limit_says_how_many_and_what_to_do(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    monkeypatch.setattr("coopdesk.ui.briefing.MAX_PACK_RECORDS", 5)
    dialog = open_brief_dialog(window)
    text = dialog.count_label.text()
    assert "leave 11 records" in text and "at most 5" in text and "Export" in text
    assert not save_button(dialog).isEnabled()
    dialog.reject()


def test_briefing_pack_marking_from_the_menu_is_the_dialogs_default(
    window: MainWindow, monkeypatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("RESTRICTED", True))
    menu_action(window, "File", "Handling Marking…").trigger()
    dialog = open_brief_dialog(window)
    assert dialog.marking_edit.text() == "RESTRICTED"
    dialog.reject()
