"""Help and Preferences, used as a user uses them: open, search, read, choose, OK."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from coopdesk import paths
from coopdesk.app import create_main_window
from coopdesk.ui.mainwindow import MainWindow
from driving import choose


def help_action(window: MainWindow, name: str) -> QAction:
    action = window.help_menu.findChild(QAction, name) or window.findChild(QAction, name)
    assert action is not None, name
    assert action in window.help_menu.actions(), f"{name} is in the Help menu"
    return action


def test_f1_opens_the_user_guide_from_its_file_and_it_can_be_searched(
    qtbot, window: MainWindow
) -> None:
    action = help_action(window, "userGuideAction")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    source = (paths.resources_dir() / "guide" / "user-guide.en.md").read_text(encoding="utf-8")
    assert source.startswith("# CoopDesk User Guide")
    assert guide.text.toPlainText().startswith("CoopDesk User Guide")
    headings = guide.headings()
    assert "Finding records" in headings and "Preparing a briefing" in headings
    # The contents take the reader to a section.
    guide.contents.setCurrentRow(headings.index("The timeline"))
    assert guide.text.textCursor().block().text() == "The timeline"
    # The search marks every place and steps through them.
    qtbot.keyClicks(guide.find, "briefing pack")
    found = guide.found.text()
    assert found.endswith("found") and int(found.split()[0]) >= 2
    assert guide.found_text().lower() == "briefing pack"
    first = guide.text.textCursor().position()
    qtbot.keyClick(guide.find, Qt.Key.Key_Return)
    assert guide.text.textCursor().position() > first
    guide.find.clear()
    qtbot.keyClicks(guide.find, "zebrafish")
    assert guide.found.text() == "Not found"


def test_keyboard_shortcuts_are_read_from_the_actions(qtbot, window: MainWindow) -> None:
    help_action(window, "shortcutsAction").trigger()
    dialog = window.help.shortcuts
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = dict(dialog.rows())
    assert rows["Copy Citation"] == "Ctrl+Shift+C"
    assert rows["Write a Note"] == "Ctrl+Shift+N"
    assert rows["Larger Text"] == "Ctrl++, Ctrl+="
    assert rows["Fit Timeline to All Records"] == "Ctrl+0"
    assert rows["CoopDesk User Guide"] == "F1"
    assert rows["Next record"] == "Right", "the timeline's own keys are listed"
    assert rows["Next link"] == "Ctrl+Tab", "and the detail view's"
    # Every action of every menu with a shortcut is there: nothing is left out.
    for menu in window._menus():
        for action in menu.actions():
            if action.shortcuts() and action.menu() is None:
                assert action.text().replace("&", "").rstrip("…") in rows
    # Filtering narrows the list.
    qtbot.keyClicks(dialog.filter, "citation")
    assert dialog.rows() == [("Copy Citation", "Ctrl+Shift+C")]
    dialog.close()
    # Change a key and the list follows: it cannot drift.
    window.copy_citation_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    help_action(window, "shortcutsAction").trigger()
    assert dict(window.help.shortcuts.rows())["Copy Citation"] == "Ctrl+Alt+K"


def test_about_says_where_the_data_comes_from_and_how_recent_it_is(
    qtbot, window: MainWindow
) -> None:
    help_action(window, "aboutAction").trigger()
    box = window.help.about_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    assert "Fight against transnational crime and terrorism" in text
    assert window.controller.meta.source_sha256 in text
    assert "Data as of</b></td><td>8 February 2018 (the latest date the document" in text
    assert "Curated</b></td><td>28 November 2026" in text
    assert "information as of 8 February 2018" in window.data_label.text()
    box.close()


def test_about_qt_is_qts_own_box(window: MainWindow, monkeypatch) -> None:
    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, *a: shown.append(parent))
    help_action(window, "aboutQtAction").trigger()
    assert shown == [window]


def test_preferences_are_stored_and_come_back(
    qtbot, built_db: Path, settings_path: Path, tmp_path: Path
) -> None:
    first = create_main_window(built_db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    action = first.findChild(QAction, "preferencesAction")
    assert action in first.edit_menu.actions()
    action.trigger()
    dialog = first.preferences.dialog
    qtbot.waitUntil(dialog.isVisible)
    choose(qtbot, dialog.theme, "Light")
    dialog.text_size.setValue(14)
    choose(qtbot, dialog.language, "Русский")
    dialog.folders["exports"].setText(str(tmp_path))
    dialog.accept()
    qtbot.waitUntil(lambda: first.preferences.dialog is None)
    assert first.detail.font().pointSize() == 14
    first.close()
    again = create_main_window(built_db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    prefs = again.preferences
    assert (prefs.theme(), prefs.text_size(), prefs.language()) == ("light", 14, "ru")
    assert prefs.folder("exports") == tmp_path
    assert again.detail.font().pointSize() == 14
    prefs.set_theme("system")
