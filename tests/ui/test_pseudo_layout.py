"""Layouts that survive translation: every string some 40 % longer ("[!!! … !!!]", the
pseudo-translation ``make`` builds beside the Russian one), and nothing is cut off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from coopdesk.app import create_main_window
from coopdesk.ui.choices import MultiChoiceBox
from coopdesk.ui.filterbar import Chip
from coopdesk.ui.language import install_language, reset_language
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.statusline import ElidedLabel


@pytest.fixture(params=["pseudo", "ru"])
def long_window(
    request, qtbot, built_db: Path, settings_path: Path, user_data_path: Path
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    assert install_language(request.param) == request.param
    try:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = create_main_window(built_db, settings, user_data_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        reset_language()


def clipped(top: QWidget) -> list[str]:
    """The labels and buttons shown narrower than their text needs (those that end their
    text with "…" and say it whole on hover are meant to), and the filter boxes too narrow
    for their "All …"."""
    out = [
        f"{box.objectName()} {box.shown_text()!r}: {box.width()}"
        for box in top.findChildren(MultiChoiceBox)
        if box.isVisible() and not box.ticked() and box.shown_text() != box.summary()
    ]
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if not widget.isVisible() or isinstance(widget, ElidedLabel | Chip):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.sizeHint().width():
            out.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()}")
    return out


def stray_ampersands(top: QWidget) -> list[str]:
    """Labels that show their accelerator's "&" as it is: one with no buddy to take the
    key (a form row given a layout instead of a field has none)."""
    return [
        f"{label.objectName()} {label.text()!r}"
        for label in top.findChildren(QLabel)
        if label.isVisible()
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
        and not label.text().lstrip().startswith("<")
        and re.search(r"&[^&\s]", label.text().replace("&&", ""))
    ]


def test_the_window_keeps_800_by_600_and_cuts_no_word(qtbot, long_window: MainWindow) -> None:
    window = long_window
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    window.select_record("event/2017-09-27-the-hague")
    qtbot.waitUntil(lambda: window.controller.current is not None)
    assert window.minimumSizeHint().width() <= 800
    qtbot.waitUntil(lambda: clipped(window) == [])
    assert stray_ampersands(window) == []
    # The filter bar wrapped onto more rows rather than cutting a label.
    bar = window.filter_bar
    assert bar.width() <= 800 and bar.search.isVisible()


def test_the_dialogs_cut_no_word(qtbot, long_window: MainWindow) -> None:
    window = long_window
    window.preferences.edit()
    prefs = window.preferences.dialog
    qtbot.waitUntil(prefs.isVisible)
    assert clipped(prefs) == [] and stray_ampersands(prefs) == []
    prefs.reject()
    window.exporting.export_records()
    qtbot.waitUntil(window.exporting.dialog.isVisible)
    assert (
        clipped(window.exporting.dialog) == [] and stray_ampersands(window.exporting.dialog) == []
    )
    window.exporting.dialog.reject()
    window.printing.export_brief()
    qtbot.waitUntil(window.printing.brief_dialog.isVisible)
    assert clipped(window.printing.brief_dialog) == []
    assert stray_ampersands(window.printing.brief_dialog) == []
    window.printing.brief_dialog.reject()
