"""The visual language as it is drawn: greys that are grey, quotes with a bar, themes, text size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from coopdesk.app import create_main_window
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.style import contrast
from coopdesk.ui.theme import DARK, HIGH_CONTRAST, LIGHT, palette_for
from driving import choose

HAGUE = "event/2017-09-27-the-hague"
Role = QPalette.ColorRole


def colour_of(document: QTextDocument, text: str) -> QColor:
    cursor = document.find(text)
    assert not cursor.isNull(), text
    return cursor.charFormat().foreground().color()


def themed(qtbot, window: MainWindow, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Switch the theme and wait until the detail view has the new palette."""
    window.preferences.set_theme(theme)
    wanted = palette_for(theme).color(Role.Base) if theme in (LIGHT, DARK, HIGH_CONTRAST) else None
    if wanted is not None:
        qtbot.waitUntil(lambda: window.detail.palette().color(Role.Base) == wanted)


def test_secondary_text_is_grey_on_the_light_palette_and_readable(
    qtbot, window: MainWindow
) -> None:
    themed(qtbot, window, LIGHT)
    window.select_record(HAGUE)
    doc = window.detail.document()
    base = window.detail.palette().color(Role.Base)
    body = colour_of(doc, "Meeting of Ministry")
    for secondary in ("PARTICIPANTS", "stated", "Fight against transnational crime and terrorism"):
        grey = colour_of(doc, secondary)
        assert grey != body, f"{secondary} is set apart from the body text"
        assert grey.saturation() < 30 and 60 < grey.lightness() < 160, grey.name()
        assert contrast(grey, base) >= 4.5


def test_a_quote_has_a_bar_at_its_left_and_the_same_type_as_the_rest(
    qtbot, window: MainWindow
) -> None:
    themed(qtbot, window, LIGHT)
    window.select_record(HAGUE)
    doc = window.detail.document()
    cursor = doc.find("On 27 September 2017 in The Hague")
    table = cursor.currentTable()
    assert table is not None, "the quote sits in a table: the bar is a cell of its own"
    bar = table.cellAt(0, 0)
    quote = table.cellAt(0, 1)
    assert bar.format().background().color() != quote.format().background().color()
    assert contrast(bar.format().background().color(), window.detail.palette().color(Role.Base)) > 3
    assert "On 27 September" in QTextCursor(quote.firstCursorPosition()).block().text()
    body_family = QTextCursor(doc.find("Meeting of Ministry")).charFormat().font().family()
    assert cursor.charFormat().font().family() == body_family, "no serif that clashes"


def test_each_theme_keeps_every_text_readable(qtbot, window: MainWindow) -> None:
    for theme, least in ((LIGHT, 4.5), (DARK, 4.5), (HIGH_CONTRAST, 7.0)):
        palette = palette_for(theme)
        for text, ground in (
            (Role.Text, Role.Base), (Role.WindowText, Role.Window),
            (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
            (Role.Link, Role.Base), (Role.ToolTipText, Role.ToolTipBase),
        ):  # fmt: skip
            ratio = contrast(palette.color(text), palette.color(ground))
            assert ratio >= least, f"{theme}: {text.name} on {ground.name} is {ratio:.2f}:1"
        # The outlines of fields and panes: 3:1, as graphics that carry meaning need.
        assert contrast(palette.color(Role.Mid), palette.color(Role.Window)) >= 3.0, theme
        assert contrast(palette.color(Role.Mid), palette.color(Role.Base)) >= 3.0, theme


def test_preferences_switch_the_theme_of_the_whole_window(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    window.preferences.action.trigger()
    dialog = window.preferences.dialog
    qtbot.waitUntil(dialog.isVisible)
    choose(qtbot, dialog.theme, "Dark")
    dialog.accept()
    qtbot.waitUntil(lambda: window.preferences.dialog is None)
    assert QApplication.palette().color(Role.Window).lightness() < 60
    qtbot.waitUntil(lambda: "color: #e6e8eb" in window.detail.document().defaultStyleSheet())
    assert window.detail.toPlainText().startswith("Meeting of Ministry")
    image = window.timeline.grab().toImage()
    assert image.pixelColor(image.width() - 5, 5).lightness() < 60, "the timeline is dark too"
    themed(qtbot, window, HIGH_CONTRAST)
    assert QApplication.palette().color(Role.Window) == QColor("#000000")
    search = window.filter_bar.search.grab().toImage()
    assert search.pixelColor(0, search.height() // 2).lightness() > 200, "fields are outlined"
    assert window.preferences.theme() == HIGH_CONTRAST  # kept in the settings
    window.preferences.set_theme("system")


def test_text_size_follows_ctrl_plus_and_minus_and_is_kept(
    qtbot, built_db: Path, settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    first = create_main_window(built_db, settings)
    qtbot.addWidget(first)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.select_record(HAGUE)
    size = first.detail.font().pointSize()
    height = first.detail.document().size().height()
    for _ in range(3):
        qtbot.keyClick(first, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert first.detail.font().pointSize() == size + 3
    assert first.detail.document().size().height() > height * 1.15, "the text got larger"
    qtbot.keyClick(first, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert first.detail.font().pointSize() == size + 2
    first.close()
    again = create_main_window(built_db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert again.detail.font().pointSize() == size + 2
    normal = next(a for a in again.view_menu.actions() if a.text() == "&Normal Text Size")
    normal.trigger()
    assert again.detail.font().pointSize() == size
