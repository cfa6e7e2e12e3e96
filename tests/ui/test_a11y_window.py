"""The window as a screen reader meets it: the contents tree, the announcements, the
timeline in place, read through Qt's accessibility interfaces and events."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox

import probes
from a11y import Event, Listener, Role, Text, children, iface, listen, names, states, walk
from coopdesk.model import Filters
from coopdesk.ui import accessibility
from coopdesk.ui.mainwindow import MainWindow

HAGUE = "event/2017-09-27-the-hague"
LEVEL = QAccessible.Attribute.Level


@pytest.fixture
def heard(qapp) -> Iterator[Listener]:  # type: ignore[no-untyped-def]
    accessibility.install()
    yield from listen()


@pytest.fixture
def win(qtbot, heard: Listener, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.controller.snapshot is not None)
    return window


def row(tree, name: str):  # type: ignore[no-untyped-def]
    for item in children(tree):
        if item.text(Text.Name) == name:
            return item
    raise AssertionError(f"no row {name!r} in {names(tree)}")


# ---------------------------------------------------------------------- the contents tree


def test_the_contents_are_a_tree_of_rows_with_levels_and_no_header(win: MainWindow) -> None:
    tree = iface(win.tree)
    assert tree.role() == Role.Tree
    assert tree.text(Text.Name) == "Contents"
    items = children(tree)
    assert {item.role() for item in items} == {Role.TreeItem}
    assert "1" not in names(tree)
    events = row(tree, "Events, 7")
    assert events.attributesInterface().attributeValue(LEVEL) == 1
    assert {"expandable", "expanded"} <= states(events.state())
    year = row(tree, "2017, 3")
    assert year.attributesInterface().attributeValue(LEVEL) == 2
    hague = next(i for i in items if "The Hague" in i.text(Text.Name))
    assert hague.attributesInterface().attributeValue(LEVEL) == 3
    # The tree shows "27 Sep · The Hague — …" under "2017"; a reader hears the year too.
    assert hague.text(Text.Name).startswith("27 Sep 2017 · The Hague — ")
    for index, item in enumerate(items):
        assert tree.indexOfChild(item) == index
        assert item.parent().object() is win.tree


def test_opening_a_group_is_a_state_change_not_rows_removed(qtbot, win: MainWindow, heard) -> None:  # type: ignore[no-untyped-def]
    tree = iface(win.tree)
    before = children(tree)
    agencies = row(tree, "Agencies, 13") if "Agencies, 13" in names(tree) else None
    group = agencies or next(i for i in before if "collapsed" in states(i.state()))
    name = group.text(Text.Name)
    heard.clear()
    group.actionInterface().doAction("Toggle")
    assert "expanded" in states(group.state())
    changes = [e for e in heard.of(Event.StateChanged) if e.name == name]
    assert changes and "expanded" in changes[0].changed
    assert not heard.of(Event.ObjectDestroyed)
    after = children(tree)
    assert len(after) > len(before)
    kept = [item for item in after if any(item is old for old in before)]
    assert len(kept) == len(before)  # every row that was there is the same object
    heard.clear()
    group.actionInterface().doAction("Toggle")
    assert "collapsed" in states(group.state())
    assert [e for e in heard.of(Event.StateChanged) if e.name == name]
    assert not heard.of(Event.ObjectDestroyed)
    assert children(tree) == before


def test_moving_in_the_tree_focuses_the_row_a_reader_names(qtbot, win: MainWindow, heard) -> None:  # type: ignore[no-untyped-def]
    win.tree.setFocus()
    qtbot.waitUntil(win.tree.hasFocus)
    win.tree.setCurrentIndex(win.tree_model.index_of_key("year:2017"))
    heard.clear()
    qtbot.keyClick(win.tree, Qt.Key.Key_Down)
    focus = heard.of(Event.Focus)
    print(heard.events)
    assert focus and focus[-1].name.startswith("8 Feb 2017")
    assert iface(win.tree).focusChild().text(Text.Name) == focus[-1].name


# ---------------------------------------------------------------------- announcements


def test_the_record_count_is_announced_politely(qtbot, win: MainWindow, heard) -> None:  # type: ignore[no-untyped-def]
    heard.clear()
    combo = win.filter_bar.year
    combo.setCurrentIndex(combo.findData(2017))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: "3 of 11 records" in heard.announcements())
    said = next(e for e in heard.of(Event.Announcement) if e.message == "3 of 11 records")
    assert said.politeness == QAccessible.AnnouncementPoliteness.Polite


def test_status_messages_are_announced(qtbot, win: MainWindow, heard) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    heard.clear()
    qtbot.keyClick(
        win, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "Citation copied." in heard.announcements()


# ---------------------------------------------------------------------- the timeline in place


def test_stepping_on_the_timeline_is_heard_and_moves_tree_and_detail(
    qtbot, win: MainWindow, heard
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.timeline.hasFocus)
    win.select_record("event/2017-02-08-ct-talks-round-2")
    heard.clear()
    qtbot.keyClick(win.timeline, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(heard.of(Event.Focus)))
    focus = heard.of(Event.Focus)[-1]
    assert focus.object is win.timeline
    assert focus.name == ("13 July 2017, expert consultations: " + win.controller.current.title)
    pane = iface(win.timeline)
    assert pane.focusChild().text(Text.Name) == focus.name


# ---------------------------------------------------------------------- the detail pane


def caret_to(win: MainWindow, text: str) -> None:
    cursor = win.detail.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart())
    win.detail.setTextCursor(cursor)


def test_the_detail_pane_is_a_document_with_links(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    doc = iface(win.detail)
    assert doc.role() == Role.Document
    assert doc.text(Text.Name) == "Detail"
    assert {"readOnly", "multiLine", "selectableText"} <= states(doc.state())
    text = doc.textInterface()
    assert text is not None
    # What a bridge asks of every object (through Qt, as AT-SPI's GetInterfaces does).
    assert doc.editableTextInterface() is None
    assert doc.valueInterface() is None
    assert doc.selectionInterface() is None
    assert doc.actionInterface() is not None
    whole = text.text(0, text.characterCount())
    assert "Meeting of Ministry of Interior experts and Europol" in whole
    assert not {"\ufdd0", "\ufdd1", "\u2029"} & set(whole)
    links = children(doc)
    assert links and {link.role() for link in links} == {Role.Link}
    assert "Show in source" in names(doc)
    record_links = [lk for lk in links if lk.text(Text.Description) == "opens the record"]
    assert record_links
    assert all("linked" in states(link.state()) for link in links)
    assert children(doc) == links  # the same objects on every call


def test_the_caret_reads_the_text_and_entering_a_link_focuses_it(
    qtbot, win: MainWindow, heard
) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.detail.hasFocus)
    doc = iface(win.detail)
    start = win.detail.textCursor().position()
    qtbot.keyClick(win.detail, Qt.Key.Key_Down)
    assert win.detail.textCursor().position() > start
    assert doc.textInterface().cursorPosition() == win.detail.textCursor().position()
    assert heard.of(Event.TextCaretMoved)
    heard.clear()
    caret_to(win, "Show in source")
    focus = heard.of(Event.Focus)
    assert focus and focus[-1].name == "Show in source" and focus[-1].role == Role.Link
    assert doc.focusChild().text(Text.Name) == "Show in source"
    qtbot.keyClick(win.detail, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "¶" in win.windowTitle())
    assert probes.highlighted_text(win.detail)


def test_a_link_pressed_through_its_action_opens_the_record(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    doc = iface(win.detail)
    link = next(lk for lk in children(doc) if lk.text(Text.Description) == "opens the record")
    title = link.text(Text.Name)
    link.actionInterface().doAction("Press")
    qtbot.waitUntil(lambda: win.controller.current.id != HAGUE)
    assert win.controller.current.title.startswith(title[:10])


def test_links_are_underlined_not_told_by_colour_alone(win: MainWindow) -> None:
    win.select_record(HAGUE)
    cursor = win.detail.document().find("Show in source")
    fmt = cursor.charFormat()
    assert fmt.isAnchor()
    assert fmt.fontUnderline()


def test_tab_stops_once_at_the_detail_pane(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.detail.hasFocus)
    qtbot.keyClick(win.detail, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not win.detail.hasFocus())
    assert QApplication.focusWidget() is win.notes_panel.toggle  # the note, folded


def test_a_removed_note_is_announced_but_saving_while_typing_is_not(
    qtbot, win: MainWindow, heard
) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    editor = win.notes_panel.editor
    editor.setFocus()
    heard.clear()
    qtbot.keyClicks(editor, "Ask about the follow-up")
    with qtbot.waitSignal(win.notes_panel.saved):
        win.notes_panel.save()
    assert win.status.currentMessage() == "Note saved."
    assert "Note saved." not in heard.announcements()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    with qtbot.waitSignal(win.notes_panel.saved):
        win.notes_panel.save()
    assert "Note removed (it was empty)." in heard.announcements()


# ---------------------------------------------------------------------- the filter boxes


def test_entries_that_cannot_be_chosen_are_reported_disabled(win: MainWindow) -> None:
    disabled_names = []
    for box in win.filter_bar.findChildren(QComboBox):
        lists = [c for c in children(iface(box)) if c.role() == Role.List]
        assert len(lists) == 1, box.objectName()
        model, column = box.model(), box.modelColumn()
        entries = children(lists[0])
        assert len(entries) == model.rowCount()
        for row, entry in enumerate(entries):
            enabled = bool(model.index(row, column).flags() & Qt.ItemFlag.ItemIsEnabled)
            assert ("disabled" in states(entry.state())) == (not enabled), entry.text(Text.Name)
            assert ("selectable" in states(entry.state())) == enabled
            if not enabled:
                disabled_names.append(entry.text(Text.Name))
    assert disabled_names  # the side headings of the agency box, at least


def test_arrowing_through_a_filter_box_is_quiet_and_names_each_entry(
    qtbot, win: MainWindow, heard
) -> None:  # type: ignore[no-untyped-def]
    box = win.filter_bar.agency
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    snapshot, filters = win.controller.snapshot, win.controller.filters
    heard.clear()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # opens the list, changes nothing
    qtbot.waitUntil(box.view().isVisible)
    for _ in range(3):
        qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    spoken = [e.name for e in heard.of(Event.Focus) if e.name]
    assert len(spoken) == 3
    # Each entry says its side, which the list shows by grouping, and its count.
    assert all(
        re.search(r", (Russian Federation|European Union|.+), \d+ records?$", s) for s in spoken
    )
    # Nothing was applied, so nothing in the box was torn down or renamed.
    assert win.controller.filters == filters and win.controller.snapshot is snapshot
    assert not heard.of(Event.ObjectDestroyed)
    assert not [e for e in heard.of(Event.NameChanged) if e.object is box]
    qtbot.keyClick(box.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    assert win.controller.filters == filters


def test_no_name_or_description_reads_out_markup(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.controller.set_filters(Filters(year_from=2017, year_to=2017, text="europol"))
    qtbot.waitUntil(lambda: len(win.chips.chips()) == 2)
    win.select_record(HAGUE)
    marked = [
        (node.role().name, kind.name, node.text(kind)[:60])
        for node in walk(iface(win))
        for kind in (Text.Name, Text.Description, Text.Help)
        if re.search(r"<\w+[^>]*>|&(lt|gt|amp|quot);", node.text(kind))
    ]
    assert marked == []
    search = iface(win.filter_bar.search).text(Text.Description)
    assert search.startswith("Search the records, the source and your notes")


def test_ctrl_tab_hops_between_links_and_each_is_heard(qtbot, win: MainWindow, heard) -> None:  # type: ignore[no-untyped-def]
    win.select_record(HAGUE)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.detail.hasFocus)
    links = [lk.text(Text.Name) for lk in children(iface(win.detail))]
    heard.clear()
    for _ in range(2):
        qtbot.keyClick(win.detail, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    said = [e.name for e in heard.of(Event.Focus) if e.role == Role.Link]
    assert said == links[:2]
    assert win.detail.hasFocus()
