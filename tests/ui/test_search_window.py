"""The search box, used as a reader uses it: typing, reading the tree, the status bar and
the marked words in the detail pane; Esc to clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit

import probes
from coopdesk.ui.detail import DetailView
from coopdesk.ui.mainwindow import MainWindow

HAGUE = "event/2017-09-27-the-hague"


def status(window: MainWindow) -> str:
    """The status bar as read: the marks that isolate the search text are invisible."""
    return window.record_count.text().replace("\u2068", "").replace("\u2069", "")


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    box = window.filter_bar.search
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: window.filter_bar.filters().text == text.strip())


def results(window: MainWindow) -> list[str]:
    model = window.tree_model
    parent = model.index_of_key("group:search")
    return [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]


def marked_words(detail: DetailView) -> list[str]:
    """The words shown marked as found: bold on a coloured ground (not the cited passage,
    which has the ground only, nor headings, which are bold only)."""
    words = []
    block = detail.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.fontWeight() >= QFont.Weight.DemiBold and (
                fmt.background().style() != Qt.BrushStyle.NoBrush
            ):
                words.append(it.fragment().text())
            it += 1
        block = block.next()
    return words


def click_result(qtbot, window: MainWindow, starts: str) -> None:  # type: ignore[no-untyped-def]
    model = window.tree_model
    parent = model.index_of_key("group:search")
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if str(index.data()).startswith(starts):
            window.tree.scrollTo(index)
            rect = window.tree.visualRect(index)
            qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no result {starts!r} in {results(window)}")


def test_typing_lists_what_was_found_and_says_it_in_one_sentence(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "hague")
    expected = "2 records and 1 paragraph match “hague”; 1 of 11 on the timeline"
    qtbot.waitUntil(lambda: status(window) == expected)
    found = results(window)
    assert found[0] == "The Hague — Place"  # named by the word: first
    assert found[1].startswith("Meeting of Ministry of Interior experts and Europol")
    assert found[2].startswith("¶5 of")
    assert str(window.tree_model.index_of_key("group:search").data()) == "Search results (3)"
    assert probes.visible_count(window.timeline) == 1


def test_a_result_shows_the_words_found_marked_in_the_detail_pane(
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "hague")
    qtbot.waitUntil(lambda: len(results(window)) == 3)
    click_result(qtbot, window, "Meeting of Ministry")
    qtbot.waitUntil(lambda: window.controller.current is not None)
    assert window.controller.current.id == HAGUE
    assert set(marked_words(window.detail)) == {"Hague"}
    assert len(marked_words(window.detail)) >= 2  # the place and the quote


def test_a_paragraph_found_marks_its_words_not_the_whole_paragraph(
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "counter-terrorism")
    qtbot.waitUntil(lambda: any(r.startswith("¶6 of") for r in results(window)))
    click_result(qtbot, window, "¶6 of")
    qtbot.waitUntil(lambda: "¶6" in window.windowTitle())
    marked = {m.replace("\u2011", "-").lower() for m in marked_words(window.detail)}
    assert marked == {"counter-terrorism", "counterterrorism"}  # every spelling found
    assert probes.highlighted_text(window.detail).lower().startswith("counter")


def test_the_words_stay_marked_while_the_search_changes(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    assert marked_words(window.detail) == []
    search(qtbot, window, "europol")
    qtbot.waitUntil(lambda: "Europol" in marked_words(window.detail))
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: marked_words(window.detail) == [])


def test_escape_clears_the_search(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "moscow")
    qtbot.waitUntil(lambda: status(window).endswith("on the timeline"))
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: status(window) == "11 of 11 records")
    assert window.filter_bar.search.text() == ""
    assert not window.tree_model.index_of_key("group:search").isValid()


def test_the_search_box_tooltip_explains_the_syntax(window: MainWindow) -> None:
    tip = window.filter_bar.search.toolTip()
    for example in ('"joint statement"', "cyber*", "rome OR moscow", "-interpol", "Esc"):
        assert example in tip


def test_a_search_that_finds_only_a_note_is_not_nothing(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    editor = window.findChild(QPlainTextEdit, "notesPanel")
    editor.setFocus()
    qtbot.keyClicks(editor, "Call Étienne about zanzibar")
    qtbot.waitUntil(lambda: window.status.currentMessage() == "Note saved.", timeout=3000)
    search(qtbot, window, "Zanzibar")
    expected = "1 of your notes matches “Zanzibar”; 1 of 11 on the timeline"
    qtbot.waitUntil(lambda: status(window) == expected)
    assert results(window)[0].startswith("Your note: “Call Étienne about zanzibar”")
    assert probes.visible_count(window.timeline) == 1
    assert "nothing" not in probes.message(window.timeline).lower()


def test_typing_stray_syntax_searches_and_never_shows_an_error(qtbot, window: MainWindow) -> None:
    for text in ['"', "(", "AND", "*", '"joint', "europol AND", "NOT", "^:", "-"]:
        search(qtbot, window, text)
        shown = status(window)
        assert "invalid" not in shown and "error" not in shown.lower(), (text, shown)


def test_what_to_do_when_a_search_looks_for_nothing_or_finds_nothing(
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "-europol")
    qtbot.waitUntil(lambda: status(window).startswith("Nothing found for “-europol”"))
    assert "add a word" in status(window)
    search(qtbot, window, "xylophone")
    qtbot.waitUntil(
        lambda: (
            status(window) == "Nothing matches “xylophone”: check the spelling or use fewer words."
        )
    )
