"""The timeline as a screen reader meets it: a list of its marks, read through Qt's
accessibility interfaces, and the events a reader speaks when the user moves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt

import probes
from a11y import Event, Listener, Role, Text, children, iface, listen, names, states
from coopdesk.model import DatedRecord
from coopdesk.ui import accessibility
from coopdesk.ui.timeline import TimelineView

SUMMIT_2001 = "event/2001-10-03-summit"


def rec(record_id: str, kind: str, date: str, title: str, place: str | None = None) -> DatedRecord:
    return DatedRecord(
        id=record_id, kind=kind, title=title, date=date, year=int(date[:4]), place=place
    )


RECORDS = [
    rec("instrument/2001-10-03-statement", "instrument", "2001-10-03", "Joint Statement"),
    rec(SUMMIT_2001, "summit", "2001-10-03", "Russia–EU Summit", "Brussels"),
    rec("event/2003-11-06-rome", "talks", "2003-11-06", "Talks in Rome", "Rome"),
    rec("event/2017-02-08-moscow", "meeting", "2017-02-08", "Expert meeting", "Moscow"),
    rec("event/2017-09-27-hague", "meeting", "2017-09-27", "Meeting in The Hague", "The Hague"),
]


@pytest.fixture
def heard(qapp) -> Iterator[Listener]:  # type: ignore[no-untyped-def]
    accessibility.install()
    yield from listen()


@pytest.fixture
def view(qtbot, heard: Listener) -> TimelineView:  # type: ignore[no-untyped-def]
    pane = TimelineView()
    qtbot.addWidget(pane)
    pane.resize(900, 260)
    pane.set_records(RECORDS)
    accessibility.follow(pane)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_the_timeline_is_a_list_with_one_item_per_marker_in_time_order(view) -> None:  # type: ignore[no-untyped-def]
    pane = iface(view)
    assert pane.role() == Role.List
    assert pane.text(Text.Name) == "Timeline"
    items = children(pane)
    assert len(items) == len(view.frame().marks) == 5
    assert {item.role() for item in items} == {Role.ListItem}
    assert names(pane) == [
        "3 October 2001, instrument: Joint Statement",
        "3 October 2001, summit: Russia–EU Summit",
        "6 November 2003, high-level talks: Talks in Rome",
        "8 February 2017, expert meeting: Expert meeting",
        "27 September 2017, expert meeting: Meeting in The Hague",
    ]
    assert items[1].text(Text.Description) == "Summits lane"
    for index, item in enumerate(items):
        assert item.parent().object() is view
        assert pane.indexOfChild(item) == index


def test_items_stay_the_same_objects_between_calls_and_repaints(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    pane = iface(view)
    first = children(pane)
    view.repaint()
    assert children(pane) == first
    assert all(a is b for a, b in zip(children(pane), first, strict=True))
    assert QPoint() != first[0].rect().topLeft()


def test_each_item_has_the_rectangle_its_marker_is_painted_in(view) -> None:  # type: ignore[no-untyped-def]
    pane = iface(view)
    summit = children(pane)[1]
    painted = probes.marker_rect(view, SUMMIT_2001)
    assert painted is not None
    where = summit.rect()
    local = view.mapFromGlobal(where.center())
    assert painted.adjusted(-1, -1, 1, 1).contains(local)
    assert pane.childAt(where.center().x(), where.center().y()) is summit


def test_records_outside_the_filters_say_so(view) -> None:  # type: ignore[no-untyped-def]
    view.set_visible({SUMMIT_2001})
    view.fit_all()  # every record, not only those the filters leave
    pane = iface(view)
    descriptions = {c.text(Text.Name): c.text(Text.Description) for c in children(pane)}
    assert descriptions["3 October 2001, summit: Russia–EU Summit"] == "Summits lane"
    assert descriptions["6 November 2003, high-level talks: Talks in Rome"] == (
        "High-level talks lane, outside the current filters"
    )


def test_the_selected_record_is_selected_and_focused_with_the_pane(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.clearFocus()
    view.set_current(SUMMIT_2001)
    pane = iface(view)
    summit = children(pane)[1]
    assert {"selected", "selectable", "focusable"} <= states(summit.state())
    assert "focused" not in states(summit.state())
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert "focused" in states(summit.state())
    assert pane.focusChild() is summit
    assert "selected" not in states(children(pane)[0].state())


def test_pressing_an_item_picks_its_record(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    summit = children(iface(view))[1]
    action = summit.actionInterface()
    assert action is not None and "Press" in action.actionNames()
    with qtbot.waitSignal(view.currentChanged) as picked:
        action.doAction("Press")
    assert picked.args == [SUMMIT_2001]


def test_arrow_keys_move_the_focus_to_the_next_item(qtbot, view, heard: Listener) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.set_current(SUMMIT_2001)
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(heard.of(Event.Focus)))
    focus = heard.of(Event.Focus)[-1]
    assert focus.object is view
    assert focus.name == "6 November 2003, high-level talks: Talks in Rome"
    assert focus.child == 2
    heard.clear()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: bool(heard.of(Event.Focus)))
    assert heard.of(Event.Focus)[-1].name == "3 October 2001, summit: Russia–EU Summit"


def test_a_cluster_is_one_item_that_names_its_records_and_its_selection(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    crowded = [
        rec(f"event/2017-03-{day:02d}-m", "meeting", f"2017-03-{day:02d}", f"Meeting {day}")
        for day in range(1, 21)
    ]
    view.set_records(RECORDS + crowded)
    pane = iface(view)
    clusters = [c for c in children(pane) if c.text(Text.Name).startswith("2")]
    assert clusters, names(pane)
    cluster = clusters[0]
    assert "expert meetings" in cluster.text(Text.Name)
    assert cluster.text(Text.Description).startswith("Expert meetings lane")
    view.set_current("event/2017-03-05-m")
    inside = [c for c in children(pane) if "selected" in states(c.state())]
    assert len(inside) == 1
    assert inside[0].text(Text.Name).endswith("selected: 5 March 2017, expert meeting: Meeting 5")


def test_zooming_keeps_items_that_stay_and_drops_the_others(qtbot, view, heard: Listener) -> None:  # type: ignore[no-untyped-def]
    pane = iface(view)
    before = {c.text(Text.Name): c for c in children(pane)}
    view.set_current("event/2017-09-27-hague")
    for _ in range(12):
        view.zoom_in()
    qtbot.waitUntil(lambda: len(children(pane)) < len(before))
    after = children(pane)
    for item in after:
        assert before[item.text(Text.Name)] is item
    qtbot.waitUntil(lambda: bool(heard.of(Event.ObjectReorder)))
