"""A large collection in Russian: what only a large database shows (the tree's counted
years, the timeline's marks counted from afar, its spoken summary) is Russian too."""

from __future__ import annotations

import pytest
from test_russian import english_in, english_words, source_texts

from a11y import Text, children, iface
from coopdesk.store import Store
from coopdesk.timeline.layout import describe_mark
from coopdesk.ui.mainwindow import MainWindow


@pytest.fixture
def large_ru_window(russian, large_window: MainWindow) -> MainWindow:
    """The large collection's window, made after the Russian translation is installed."""
    return large_window


def test_a_large_collection_speaks_russian(qtbot, large_ru_window: MainWindow) -> None:
    window = large_ru_window
    view = window.timeline
    qtbot.waitUntil(lambda: view.data.total_count == 3000)
    assert view.data.records == [], "seen from afar: counts, not records"
    # The timeline's marks stand for counted records: their tooltips say how many, of
    # which lane, when, in Russian.
    frame = view.frame()
    tips = [describe_mark(view.data, mark) for mark in frame.marks]
    assert tips
    counted = [t for t in tips if "Щёлкните, чтобы увеличить масштаб" in t]
    assert counted, tips[:3]
    for tip in tips:
        assert english_words(tip, []) == [], tip
    # What a screen reader hears of those marks: how many of which lane, and when.
    heard = [item.text(Text.Name) for item in children(iface(view))]
    assert heard and len(heard) == len(frame.marks)
    for name in heard:
        assert english_words(name, []) == [], name
    description = view.accessibleDescription()
    assert "из 3000 записей" in description.replace("\u00a0", ""), description
    assert english_words(description, []) == []
    # The tree: the years with their counts and the groups; a record's row is the
    # database's own title, left out here.
    model = window.tree_model
    groups = [n.label for n in model._root.children]
    assert groups[:2] == ["Мероприятия", "Документы"]
    years = model._root.children[0].children
    assert years and all(y.label.isdigit() for y in years)
    # The filter boxes: the database's names and reasons (the source's) in Russian chrome.
    with Store(window.controller.store_path()) as store:
        texts = source_texts(store)
    assert english_in(window.filter_bar, texts) == {}
    assert english_words(window.status_line.count.text(), []) == []
