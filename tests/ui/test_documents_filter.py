"""The main window on a database of two documents: choose one, see only its records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from coopdesk.app import create_main_window
from coopdesk.ui.mainwindow import MainWindow
from driving import choose, entry

LANTERN_TITLE = (
    "FICTITIOUS TEST DOCUMENT: Ruritania–Freedonia cooperation against lantern smuggling"
)


def test_choosing_a_document_leaves_its_records_with_a_chip_to_remove(
    qtbot, two_documents_db: Path, settings_path: Path, user_data_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window: MainWindow = create_main_window(two_documents_db, settings, user_data_path)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    bar = window.filter_bar
    assert bar.document.isVisible()
    assert bar.document.currentText().startswith("All documents")
    assert entry(bar.document, "FICTITIOUS TEST DOCUMENT")[1:] == (3, True)
    assert window.record_count.text() == "14 of 14 records"
    choose(qtbot, bar.document, "FICTITIOUS TEST DOCUMENT")
    assert window.record_count.text() == "3 of 14 records"
    assert [c.full_text for c in window.chips.chips()] == [f"Document: {LANTERN_TITLE}"]
    assert window.controller.filters.documents == ("fictitious-lantern-cooperation",)
    # The closed box shows as much of the long title as fits, ending in "…", never a
    # word cut mid-letter; the chip and the list's tooltip hold it whole.
    shown = bar.document.shown_text()
    assert shown.endswith("…") and LANTERN_TITLE.startswith(shown[:-1])
    assert bar.document.fontMetrics().horizontalAdvance(shown) < bar.document.width()
    window.chips.chips()[0].click()
    assert window.record_count.text() == "14 of 14 records"


def test_one_document_shows_no_document_filter(window: MainWindow) -> None:
    assert not window.filter_bar.document.isVisible()
