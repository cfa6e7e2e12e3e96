"""Printing from the File menu: export PDF, briefing pack, preview, cancel, bad paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from coopdesk.ui.mainwindow import MainWindow
from driving import type_choice

HAGUE = "event/2017-09-27-the-hague"


def menu_action(window: MainWindow, menu: str, text: str):  # type: ignore[no-untyped-def]
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu} > {text}")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def run_job(qtbot, window: MainWindow, menu: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a menu item that starts a job off the window's thread, and wait for its end."""
    with qtbot.waitSignal(window.operations.finished, timeout=30_000):
        menu_action(window, menu, text).trigger()


def test_export_pdf_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.select_record(HAGUE)
    out = tmp_path / "hague"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    run_job(qtbot, window, "File", "Export PDF…")
    saved = tmp_path / "hague.pdf"  # the extension is added
    assert saved.is_file()
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


def test_briefing_pack_follows_the_filters_and_the_marking(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    type_choice(qtbot, window.filter_bar.year, "2017")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("FOR OFFICIAL USE", True))
    menu_action(window, "File", "Handling Marking…").trigger()
    out = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    run_job(qtbot, window, "File", "Briefing Pack…")
    text = pdf_text(out)
    assert text.count("Briefing pack") >= 2
    assert "year 2017" in text
    for title in (
        "2nd round of Russia–EU high-level counter-terrorism talks",
        "Expert consultations on counter-terrorism",
        "Meeting of Ministry of Interior experts and Europol",
    ):
        assert title in text
    assert "Cooperation Agreement between" not in text
    assert text.count("FOR OFFICIAL USE") == 2 * len(PdfReader(out).pages)


def test_print_preview_shows_the_record_on_pages(qtbot, window: MainWindow) -> None:
    window.select_record("event/2018-02-08-ct-talks-round-3")
    seen: dict[str, int] = {}

    def inspect() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QPrintPreviewDialog) and w.isVisible()
        )
        preview = dialog.findChild(QPrintPreviewWidget)
        seen["pages"] = preview.pageCount()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    QTimer.singleShot(300, inspect)
    menu_action(window, "File", "Print Preview…").trigger()
    assert seen["pages"] >= 1
    assert "3rd round of Russia–EU" in seen["title"]


@pytest.mark.parametrize("action", ["Print…", "Print Preview…", "Export PDF…"])
def test_printing_with_nothing_selected_says_what_to_do(
    window: MainWindow, monkeypatch, action: str
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    menu_action(window, "File", action).trigger()
    assert shown and "Select a record first" in shown[0]
