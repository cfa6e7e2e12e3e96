"""Hostile text in the window's own widgets: tooltips, chips, message boxes, labels.

Qt shows any tooltip, label or message-box text that looks like HTML as HTML, and loads
the images it names. Tries: an offence type, a search, a bookmark and a database path
holding ``<img src=…><b>…</b>``; a search index that is damaged; a note typed and the
window closed at once. Must hold: each widget shows the text literally (plain text, or
escaped rich text) and loads no image; a search the index cannot answer says so in place
of results and lists nothing as if it matched; the note is saved on close.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from coopdesk.app import create_main_window
from coopdesk.model import Filters
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.userdata import UserData

from .conftest import IMAGE

HOSTILE_OFFENCE = "offence/1-hostile"
HAGUE = "event/2017-09-27-the-hague"


def as_qt_shows(text: str) -> QTextDocument:
    """The document Qt makes of a tooltip or auto-format label: HTML when it looks so."""
    doc = QTextDocument()
    if QtGui.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc


def images_in(doc: QTextDocument) -> int:
    found = 0
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found += it.fragment().charFormat().isImageFormat()
            it += 1
        block = block.next()
    return found


def assert_literal(shown: str, expected: str) -> None:
    doc = as_qt_shows(shown)
    assert expected in doc.toPlainText()
    assert images_in(doc) == 0


@pytest.fixture
def hostile_window(qtbot, hostile_db: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(hostile_db)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_offence_drop_down_tooltips_show_the_name_literally(hostile_window: MainWindow) -> None:
    combo = hostile_window.filter_bar.offence
    row = combo.findData(HOSTILE_OFFENCE)
    assert row > 0
    tip = str(combo.itemData(row, Qt.ItemDataRole.ToolTipRole))
    assert_literal(tip, IMAGE + " offence")


def test_filter_chip_tooltips_show_the_filter_literally(qtbot, hostile_window: MainWindow) -> None:
    hostile_window.controller.set_filters(
        Filters(offences=(HOSTILE_OFFENCE,), text=f"{IMAGE} meeting")
    )
    qtbot.waitUntil(lambda: len(hostile_window.chips.chips()) == 2)
    tips = [chip.toolTip() for chip in hostile_window.chips.chips()]
    assert_literal(tips[0], f"Remove this filter: Offence: 1. {IMAGE} offence")
    assert_literal(tips[1], f"Remove this filter: Search: “{IMAGE} meeting”")


def test_the_cannot_open_dialog_shows_the_path_literally(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / IMAGE.replace("/", "∕")  # a folder name may hold markup
    folder.mkdir()
    window = create_main_window(folder / "coop.db")
    qtbot.addWidget(window)
    assert str(folder) in window.load_error
    box = window.show_load_error()
    try:
        assert box.objectName() == "loadErrorDialog"
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.text().startswith(str(folder))
        assert box in QApplication.topLevelWidgets() and box.isVisible()
    finally:
        box.close()


def test_opening_a_database_from_the_menu_explains_with_the_path_literally(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / IMAGE.replace("/", "∕")
    folder.mkdir()
    (folder / "coop.db").write_bytes(b"not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(folder / "coop.db"), "")
    )
    window.open_action.trigger()
    assert_literal(shown[0], str(folder / "coop.db"))
    assert window.record_count.text() == "11 of 11 records"  # the open database stays


def test_bookmark_tooltips_show_the_record_id_literally(qtbot, window: MainWindow) -> None:
    window.user_file.data.add_record_bookmark(IMAGE, "odd bookmark")
    window.bookmarks.manage()
    dialog = window.bookmarks.manage_dialog
    assert dialog is not None
    try:
        assert_literal(dialog.list.item(0).toolTip(), IMAGE)
    finally:
        dialog.close()


def test_the_record_count_label_is_plain_text(window: MainWindow) -> None:
    assert window.record_count.textFormat() == Qt.TextFormat.PlainText


def test_a_note_typed_and_the_window_closed_at_once_is_saved(
    qtbot, window: MainWindow, user_data_path: Path
) -> None:
    """No pause in typing, no leaving the editor or the record: closing saves it."""
    window.select_record(HAGUE)
    editor = window.notes_panel.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "typed, then closed")
    assert window.notes_panel.state.text() == "Editing…"  # not saved yet
    window.close()
    with UserData(user_data_path) as data:
        note = data.note(HAGUE)
    assert note is not None and note.text == "typed, then closed"


def test_two_windows_typing_on_one_note_keep_both_versions(
    qtbot, built_db: Path, user_data_path: Path
) -> None:
    """The first window saves; the second, opened on the note before that, saves too:
    neither text is lost, the second window shows both and says so."""
    windows = []
    for _ in range(2):
        win = create_main_window(built_db, None, user_data_path)
        qtbot.addWidget(win)
        win.show()
        win.select_record(HAGUE)
        windows.append(win)
    first, second = windows
    for win, text in ((first, "from the first window"), (second, "from the second window")):
        win.notes_panel.editor.setFocus()
        qtbot.keyClicks(win.notes_panel.editor, text)
        win.notes_panel.save()
    shown = second.notes_panel.editor.toPlainText()
    assert "from the first window" in shown and "from the second window" in shown
    assert second.notes_panel.state.text() == "Merged"
    assert "changed in another window" in second.status.currentMessage()
    with UserData(user_data_path) as data:
        stored = data.note(HAGUE)
    assert stored is not None and stored.text == shown
    # The first window saves again on top of the merged text: nothing is lost either.
    qtbot.keyClicks(first.notes_panel.editor, " and more")
    first.notes_panel.save()
    with UserData(user_data_path) as data:
        final = data.note(HAGUE)
    assert final is not None
    assert "from the second window" in final.text and "and more" in final.text


@pytest.mark.parametrize(
    "damage",
    [
        "DROP TABLE records_fts_data",
        "UPDATE records_fts_data SET block = randomblob(length(block)) WHERE id > 10",
        # Sound to SQLite, and an index with less in it: found before the first search.
        "UPDATE records_fts_data SET block = zeroblob(length(block)) "
        "WHERE id = (SELECT max(id) FROM records_fts_data)",
    ],
)
def test_a_damaged_search_index_says_so_in_place_of_results(
    qtbot, built_db: Path, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "damaged-index.db"
    shutil.copy(built_db, path)
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    assert window.record_count.text() == "11 of 11 records"  # browsing needs no index
    qtbot.keyClicks(window.filter_bar.search, "europol")
    window.filter_bar.flush_search()
    qtbot.waitUntil(lambda: "searching is not possible" in window.record_count.text())
    assert window.record_count.text().startswith("0 of 11 records")
    events = window.tree_model.index_of_key("group:events")
    listed = window.tree_model.rowCount(events) if events.isValid() else 0
    assert listed == 0  # nothing is listed as if it matched
    window.filter_bar.search.clear()
    window.filter_bar.flush_search()
    qtbot.waitUntil(lambda: window.record_count.text() == "11 of 11 records")


def test_paragraph_marks_read_left_to_right_after_right_to_left_data(
    qtbot, hostile_window: MainWindow
) -> None:
    """Laid out by Qt as the detail pane shows it, every "¶N" reads ¶ then N, though the
    data before it holds a right-to-left override (Qt honours the isolates)."""
    hostile_window.select_record("event/2019-05-01-hostile")
    doc = hostile_window.detail.document()
    doc.documentLayout()  # lay it out
    checked = 0
    block = doc.begin()
    while block.isValid():
        text = block.text()
        layout = block.layout()
        for at in (i for i, c in enumerate(text) if c == "¶" and text[i + 1 : i + 2].isdigit()):
            line = layout.lineForTextPosition(at)
            assert line.isValid()
            assert line.cursorToX(at)[0] < line.cursorToX(at + 1)[0], text
            checked += 1
        block = block.next()
    assert checked >= 2 and "\u202e" in doc.toPlainText()
