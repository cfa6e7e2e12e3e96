"""The analyst's workbench, used as a user uses it: bookmark, annotate, save views, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
)

from coopdesk.app import create_main_window
from coopdesk.model import Filters
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.userdata import SCHEMA_VERSION, UserData
from driving import choose

HAGUE = "event/2017-09-27-the-hague"
MOSCOW = "event/2017-02-08-ct-talks-round-2"
HAGUE_TITLE = "Meeting of Ministry of Interior experts and Europol"
OUT = Path(__file__).resolve().parents[2] / "test-output"


def menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


def action_texts(m: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in m.actions() if not a.isSeparator()]


def find_action(m: QMenu, text: str):  # type: ignore[no-untyped-def]
    for action in m.actions():
        if action.text().replace("&", "") == text:
            return action
        if action.menu() is not None:
            try:
                return find_action(action.menu(), text)
            except AssertionError:
                pass
    raise AssertionError(f"no {text} in {action_texts(m)}")


def tree_labels(window: MainWindow, key: str) -> list[str]:
    model = window.tree_model
    parent = model.index_of_key(key)
    return [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]


def notes_editor(window: MainWindow) -> QPlainTextEdit:
    editor = window.findChild(QPlainTextEdit, "notesPanel")
    assert editor is not None
    return editor


def type_note(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = notes_editor(window)
    if not editor.isVisible():  # folded to its heading until used: open it
        qtbot.mouseClick(window.notes_panel.toggle, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    editor.setFocus()
    qtbot.keyClicks(editor, text)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Note saved.", timeout=3000)


def test_ctrl_d_bookmarks_the_record_in_the_menu_and_the_tree(qtbot, window: MainWindow) -> None:
    assert "No bookmarks yet: press Ctrl+D on a record" in action_texts(menu(window, "Bookmarks"))
    assert not window.tree_model.index_of_key("group:bookmarks").isValid()
    window.select_record(HAGUE)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.status.currentMessage() == f"Bookmarked: {HAGUE_TITLE}."
    assert HAGUE_TITLE in action_texts(menu(window, "Bookmarks"))
    assert tree_labels(window, "group:bookmarks") == [HAGUE_TITLE]
    assert str(window.tree_model.index_of_key("group:bookmarks").data()) == "Bookmarks (1)"
    # The record stays selected in its own place, not on the bookmark.
    assert str(window.tree.currentIndex().data()).startswith("27 Sep · The Hague")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.status.currentMessage() == f"Already bookmarked: {HAGUE_TITLE}."
    # Choosing the bookmark in the menu goes back to the record.
    window.select_record(MOSCOW)
    find_action(menu(window, "Bookmarks"), HAGUE_TITLE).trigger()
    assert window.controller.current.id == HAGUE


def test_a_note_survives_switching_records_and_is_shown_as_the_users(
    qtbot, window: MainWindow
) -> None:
    window.select_record(HAGUE)
    editor = notes_editor(window)
    assert editor.isEnabled() and editor.toPlainText() == ""
    type_note(qtbot, window, 'Ask about <b>cases</b> & "follow-up"')
    shown = window.detail.toPlainText()
    assert "Your note — your own words, not part of the source" in shown
    assert 'Ask about <b>cases</b> & "follow-up"' in shown  # markup shown literally
    window.select_record(MOSCOW)
    assert editor.toPlainText() == ""
    assert "Your note" not in window.detail.toPlainText()
    window.controller.back()
    assert window.controller.current.id == HAGUE
    assert editor.toPlainText() == 'Ask about <b>cases</b> & "follow-up"'
    assert window.user_file.data.note(HAGUE).text == editor.toPlainText()


def test_a_note_is_saved_when_the_record_changes_before_the_pause(
    qtbot, window: MainWindow
) -> None:
    window.select_record(HAGUE)
    editor = notes_editor(window)
    editor.setFocus()
    qtbot.keyClicks(editor, "quick")
    window.select_record(MOSCOW)  # at once, before the typing pause has passed
    assert window.user_file.data.note(HAGUE).text == "quick"


def test_the_note_panel_waits_for_a_record(qtbot, window: MainWindow) -> None:
    panel, editor = window.notes_panel, notes_editor(window)
    assert panel.toggle.text() == "Your note — not part of the source"
    assert not editor.isVisible() and panel.height() < 40  # one line until used
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    # Read-only rather than disabled, so that its instructions keep their contrast.
    assert editor.isVisible() and editor.isReadOnly()
    editor.setFocus()
    qtbot.keyClicks(editor, "lost")
    assert editor.toPlainText() == ""
    assert editor.placeholderText().startswith("Select a record")


def test_the_note_opens_where_there_is_one_and_folds_where_there_is_none(
    qtbot, window: MainWindow
) -> None:
    panel, editor = window.notes_panel, notes_editor(window)
    window.select_record(HAGUE)
    assert not editor.isVisible()
    detail_height = window.detail.height()
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # Edit > Write a Note
    assert editor.isVisible() and editor.hasFocus()
    qtbot.waitUntil(lambda: panel.height() >= 100)
    assert window.detail.height() < detail_height
    qtbot.keyClicks(editor, "a note")
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Note saved.", timeout=3000)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)  # folded by hand
    assert not editor.isVisible()
    window.select_record(MOSCOW)
    assert not editor.isVisible()  # no note here
    window.select_record(HAGUE)
    assert editor.isVisible() and editor.toPlainText() == "a note"  # a note opens it


def test_notes_are_found_by_the_search_box(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    type_note(qtbot, window, "Contact: zebrafish desk at Europol")
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, "zebrafish")
    window.filter_bar.flush_search()
    qtbot.waitUntil(lambda: window.tree_model.index_of_key("group:search").isValid())
    labels = tree_labels(window, "group:search")
    assert labels == [f"Your note: “Contact: zebrafish desk at Europol” — {HAGUE_TITLE}"]
    # Choosing the hit shows the record.
    window.select_record(MOSCOW)
    window.tree.setCurrentIndex(window.tree_model.index_of_key(f"note:{HAGUE}"))
    assert window.controller.current.id == HAGUE


def test_bookmarks_notes_and_the_last_view_survive_a_restart(
    qtbot, built_db: Path, settings_path: Path, user_data_path: Path
) -> None:
    first = create_main_window(
        built_db, QSettings(str(settings_path), QSettings.Format.IniFormat), user_data_path
    )
    qtbot.addWidget(first)
    first.show()
    first.controller.set_filters(Filters(year_from=2017, year_to=2017, text="Europol"))
    first.select_record(HAGUE)
    first.bookmarks.bookmark_record()
    type_note(qtbot, first, "kept for next time")
    first.close()
    again = create_main_window(
        built_db, QSettings(str(settings_path), QSettings.Format.IniFormat), user_data_path
    )
    qtbot.addWidget(again)
    again.show()
    assert again.controller.filters == Filters(year_from=2017, year_to=2017, text="Europol")
    assert again.filter_bar.search.text() == "Europol"
    assert again.controller.current.id == HAGUE
    assert notes_editor(again).toPlainText() == "kept for next time"
    assert "kept for next time" in again.detail.toPlainText()
    assert HAGUE_TITLE in action_texts(menu(again, "Bookmarks"))
    assert tree_labels(again, "group:bookmarks") == [HAGUE_TITLE]


def test_save_a_view_change_filters_and_restore_it_from_the_menu(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    window.controller.set_filters(Filters(year_from=2017, year_to=2017))
    window.select_record(HAGUE)
    find_action(menu(window, "View"), "Save View…").trigger()
    dialog = window.saved_views.dialog
    qtbot.waitUntil(dialog.isVisible)
    suggested = f"year 2017 — {HAGUE_TITLE}"
    assert dialog.textValue() == suggested  # the suggested name says what it holds
    field = dialog.findChild(QLineEdit)
    assert field.width() > field.fontMetrics().horizontalAdvance(suggested)  # all of it shows
    field.selectAll()
    qtbot.keyClicks(field, "Year 2017, The Hague")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.saved_views.dialog is None)
    window.clear_filters_action.trigger()
    window.select_record(MOSCOW)
    assert window.record_count.text() == "11 of 11 records"
    saved = find_action(menu(window, "View"), "Saved Views")
    assert "Year 2017, The Hague" in action_texts(saved.menu())
    find_action(saved.menu(), "Year 2017, The Hague").trigger()
    assert window.record_count.text() == "3 of 11 records"
    assert window.filter_bar.year.currentText().startswith("2017")
    assert window.controller.current.id == HAGUE
    find_action(
        find_action(saved.menu(), "Delete Saved View").menu(), "Year 2017, The Hague"
    ).trigger()
    assert action_texts(saved.menu()) == ["No saved views yet"]


def test_a_view_bookmark_in_the_tree_restores_the_view(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    window.controller.set_filters(Filters(text="cybercrime"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cybercrime", True))
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.clear_filters_action.trigger()
    index = window.tree_model.index_of_key("group:bookmarks")
    node = window.tree_model.index(0, 0, index)
    assert node.data() == "Cybercrime"
    rect = window.tree.visualRect(node)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.filters.text == "cybercrime"
    assert window.filter_bar.search.text() == "cybercrime"


def test_manage_bookmarks_renames_reorders_and_deletes(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    for record in (HAGUE, MOSCOW):
        window.select_record(record)
        window.bookmarks.bookmark_record()
    find_action(menu(window, "Bookmarks"), "Manage Bookmarks…").trigger()
    dialog = window.bookmarks.manage_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Moscow talks", True))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert tree_labels(window, "group:bookmarks") == ["Moscow talks", HAGUE_TITLE]
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Moscow talks"]
    assert action_texts(menu(window, "Bookmarks"))[-1] == "Moscow talks"
    dialog.close()


def export_with_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, folder: Path, format_start: str, notes: bool = False
) -> str:
    """File > Export Records…, then choose the format, the notes and the folder, and Export;
    the file name the dialog proposed."""
    find_action(menu(window, "File"), "Export Records…").trigger()
    dialog = window.exporting.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    choose(qtbot, dialog.format, format_start)
    if dialog.notes.isChecked() != notes:  # a click on the box at the left of its words
        box = QPoint(8, dialog.notes.height() // 2)
        qtbot.mouseClick(dialog.notes, Qt.MouseButton.LeftButton, pos=box)
    assert dialog.notes.isChecked() == notes
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(folder))
    name = dialog.name.text()
    with qtbot.waitSignal(window.operations.finished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return name


def test_export_four_ways_from_the_export_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.controller.set_filters(Filters(year_from=2017, year_to=2017))
    window.select_record(HAGUE)
    type_note(qtbot, window, "my own remark")
    for fmt, start in (("csv", "CSV"), ("json", "JSON"), ("md", "Markdown"), ("ics", "iCal")):
        name = export_with_dialog(qtbot, window, tmp_path, start)
        assert name == f"coopdesk-records-2017.{fmt}"  # the extension follows the format
        assert (tmp_path / f"coopdesk-records-2017.{fmt}").is_file()
    assert window.status.currentMessage().endswith("coopdesk-records-2017.ics (3 records).")
    with (tmp_path / "coopdesk-records-2017.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["date"] for r in rows] == ["2017-02-08", "2017-07-13", "2017-09-27"]
    assert "your_note" not in rows[0]  # notes only when asked
    data = json.loads((tmp_path / "coopdesk-records-2017.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in data][-1] == HAGUE
    md = (tmp_path / "coopdesk-records-2017.md").read_text(encoding="utf-8")
    assert "> “On 27 September 2017 in The Hague" in md and "¶5" in md
    ics = (tmp_path / "coopdesk-records-2017.ics").read_bytes().decode("utf-8")
    ics = ics.replace("\r\n ", "")
    assert ics.startswith("BEGIN:VCALENDAR\r\n")
    assert ics.count("BEGIN:VEVENT") == 3
    assert "DTSTART;VALUE=DATE:20170208" in ics and "DTSTART;VALUE=DATE:20170927" in ics
    assert "my own remark" not in ics
    # With "Include my notes" ticked the note goes along, marked as the user's.
    export_with_dialog(qtbot, window, tmp_path, "Markdown", notes=True)
    text = (tmp_path / "coopdesk-records-2017.md").read_text(encoding="utf-8")
    assert "**Your note** (your own words, not part of the source):" in text
    assert "my own remark" in text


def test_the_export_dialog_starts_in_documents_and_remembers_the_folder(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    find_action(menu(window, "File"), "Export Records…").trigger()
    dialog = window.exporting.dialog
    qtbot.waitUntil(dialog.isVisible)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(dialog.folder.text()) == Path(documents or Path.home())
    assert dialog.name.text() == "coopdesk-records.csv"
    assert not dialog.notes.isChecked()
    assert dialog.findChild(QLabel).text() == "All 11 records: no filter is set."
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # gone, the window active again
    export_with_dialog(qtbot, window, tmp_path, "JSON", notes=True)
    find_action(menu(window, "File"), "Export Records…").trigger()
    again = window.exporting.dialog
    qtbot.waitUntil(again.isVisible)
    assert Path(again.folder.text()) == tmp_path  # the last folder used
    assert again.fmt() == "json" and again.notes.isChecked()  # and the last choices
    again.reject()


def test_cancelled_export_writes_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    find_action(menu(window, "File"), "Export Records…").trigger()
    dialog = window.exporting.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.folder.setText(str(tmp_path))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.exporting.dialog is None)
    assert list(tmp_path.iterdir()) == []
    assert window.status.currentMessage() == "Export cancelled: nothing was written."


def test_briefing_pack_includes_notes_only_when_ticked(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    window.controller.set_filters(Filters(year_from=2017, year_to=2017))
    window.select_record(HAGUE)
    type_note(qtbot, window, "Remember the Cybercrime Conference")
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"

    def make_pack(path: Path) -> None:
        window.printing.brief_action.trigger()
        dialog = window.printing.brief_dialog
        assert dialog is not None
        dialog.path_edit.setText(str(path))
        with qtbot.waitSignal(window.operations.finished, timeout=60_000):
            dialog.accept()

    make_pack(plain)
    include = find_action(menu(window, "File"), "Include My Notes")
    include.trigger()
    assert include.isChecked()
    make_pack(noted)

    def text(path: Path) -> str:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)

    assert "Remember the Cybercrime Conference" not in text(plain)
    assert "Your note — your own words, not part of the source" in text(noted)
    assert "Remember the Cybercrime Conference" in text(noted)


def _assert_set_aside(qtbot, built_db: Path, user_data_path: Path, words: str, tag: str) -> None:  # type: ignore[no-untyped-def]
    original = user_data_path.read_bytes()
    win = create_main_window(built_db, QSettings(), user_data_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.user_file.notice_box is not None)
    box = win.user_file.notice_box
    assert box.isVisible()
    assert words in box.text() and "was started" in box.text()
    aside = list(user_data_path.parent.glob(f"user.db.{tag}-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert aside[0].name in win.status.currentMessage()
    box.close()
    # The fresh file works.
    win.select_record(HAGUE)
    type_note(qtbot, win, "after the trouble")
    assert UserData(user_data_path).note(HAGUE).text == "after the trouble"


def test_a_damaged_user_file_is_set_aside_with_a_message(
    qtbot, built_db: Path, user_data_path: Path
) -> None:
    user_data_path.write_bytes(b"\x00garbage, not SQLite\x00" * 300)
    _assert_set_aside(qtbot, built_db, user_data_path, "is damaged", "damaged")


def test_a_newer_user_file_is_set_aside_with_a_message(
    qtbot, built_db: Path, user_data_path: Path
) -> None:
    conn = sqlite3.connect(user_data_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    _assert_set_aside(qtbot, built_db, user_data_path, "newer CoopDesk", "newer")


def test_screenshot_of_the_workbench(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    window.bookmarks.bookmark_record()
    type_note(qtbot, window, "Ask the liaison officer whether the cases discussed led to a JIT.")
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "workbench.png"))


def test_a_record_pdf_is_proposed_in_documents_then_in_the_last_folder(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from coopdesk.ui.briefing import documents_folder

    window.select_record(HAGUE)
    proposed: list[Path] = []

    def save_as(_parent, _caption, start, _types):  # type: ignore[no-untyped-def]
        proposed.append(Path(start))
        return str(tmp_path / "hague.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    for _ in range(2):
        with qtbot.waitSignal(window.operations.finished, timeout=60_000):
            find_action(menu(window, "File"), "Export PDF…").trigger()
    assert proposed[0].parent == documents_folder()
    assert proposed[0].name == "2017-09-27-the-hague.pdf"
    assert proposed[1].parent == tmp_path
