"""A large collection: filter changes run off the GUI thread and the latest request wins;
the tree lists each dated group a page at a time as the reader opens and scrolls it, with
counts from the facet tables; the timeline draws counts from afar and the records
themselves once zoomed in. Every count stays exact; nothing holds every record."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from a11y import Event, Text, children, iface, listen, states
from conftest import LARGE_PAGE as PAGE
from coopdesk.model import Filters
from coopdesk.schema import KIND_BY_ID
from coopdesk.store import Store
from coopdesk.timeline.layout import members_of
from coopdesk.timeline.spoken import record_name
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.treemodel import NodeKeyRole, RecordIdRole, TreeModel


def events_of(store: Store, filters: Filters) -> list[str]:
    """The ids of the events (not instruments) the filters leave, in date order."""
    return [r.id for r in store.dated(filters) if KIND_BY_ID[r.kind].category == "event"]


def filter_by_an_agency(qtbot, window: MainWindow, db: Path) -> int:  # type: ignore[no-untyped-def]
    """Filter by the third commonest agency; returns how many records that leaves."""
    with Store(db) as store:
        agency = store.facets(Filters()).agencies[2].id
        expected = store.count_dated(Filters(agencies=(agency,)))
    window.controller.set_filters(Filters(agencies=(agency,)))
    qtbot.waitUntil(lambda: window.controller.snapshot.filters.agencies == (agency,))
    return expected


def listed(model: TreeModel, group: QModelIndex) -> list[str]:
    return [model.index(row, 0, group).data(RecordIdRole) for row in range(model.rowCount(group))]


def test_large_collection_counts_every_group_but_lists_a_page(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    assert large_window.controller.large
    assert large_window.record_count.text() == "3 000 of 3 000 records"
    model = large_window.tree_model
    events = model.index_of_key("group:events")
    with Store(large_db) as store:
        for row in range(model.rowCount(events)):
            year = model.index(row, 0, events)
            number = int(str(year.data()).split()[0])
            expected = len(events_of(store, Filters(year_from=number, year_to=number)))
            assert year.data() == f"{number} ({expected})"
            assert model.rowCount(year) == 0 and model.canFetchMore(year)
            assert model.hasChildren(year), "a year not listed yet can still be opened"
        instruments = len(store.dated(Filters())) - len(events_of(store, Filters()))
    group = model.index_of_key("group:instrument")
    assert group.data() == f"Instruments ({instruments})"
    assert model.rowCount(group) == PAGE and model.canFetchMore(group)


def test_fetch_more_lists_a_group_in_date_order_page_by_page(
    qtbot, qtmodeltester, large_window: MainWindow, large_db: Path
) -> None:
    model = large_window.tree_model
    with Store(large_db) as store:
        agency = store.facets(Filters()).agencies[0].id
        filters = Filters(agencies=(agency,))
        large_window.controller.set_filters(filters)
        qtbot.waitUntil(lambda: large_window.controller.snapshot.filters == filters)
        events = model.index_of_key("group:events")
        year = max(
            (model.index(row, 0, events) for row in range(model.rowCount(events))),
            key=lambda index: int(str(index.data()).split("(")[1].rstrip(")")),
        )
        number = int(str(year.data()).split()[0])
        expected = events_of(store, Filters(agencies=(agency,), year_from=number, year_to=number))
    assert len(expected) > 2 * PAGE, "the busiest year of the busiest agency spans pages"
    large_window.tree.expand(year)  # the view asks for the first page
    assert listed(model, year) == expected[:PAGE]
    model.fetchMore(year)  # Qt asks again as it lays the group out: it lists a page already
    assert listed(model, year) == expected[:PAGE]
    with qtbot.waitSignals([model.rowsAboutToBeInserted, model.rowsInserted], order="strict"):
        model.fetch_next(year)
    assert listed(model, year) == expected[: 2 * PAGE]
    while model.canFetchMore(year):
        model.fetch_next(year)
    assert listed(model, year) == expected
    qtmodeltester.check(model, force_py=True)


def test_the_end_of_an_open_group_coming_on_screen_lists_more(
    qtbot, large_window: MainWindow
) -> None:
    tree, model = large_window.tree, large_window.tree_model
    group = model.index_of_key("group:instrument")
    assert model.rowCount(group) == PAGE
    tree.collapse(model.index_of_key("group:events"))  # the group's end comes on screen
    qtbot.waitUntil(lambda: model.rowCount(group) >= 2 * PAGE)
    tree.scrollTo(model.index(model.rowCount(group) - 1, 0, group))
    qtbot.waitUntil(lambda: model.rowCount(group) >= 3 * PAGE)


def test_a_filter_change_keeps_open_groups_open_and_lists_them_afresh(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    tree, model = large_window.tree, large_window.tree_model
    events = model.index_of_key("group:events")
    year = model.index(model.rowCount(events) // 2, 0, events)
    key = str(year.data(NodeKeyRole))
    tree.expand(year)
    assert model.rowCount(year) > 0
    with Store(large_db) as store:
        agency = store.facets(Filters()).agencies[1].id
    large_window.controller.set_filters(Filters(agencies=(agency,)))
    qtbot.waitUntil(lambda: large_window.controller.snapshot.filters.agencies == (agency,))
    year = model.index_of_key(key)
    if year.isValid():
        number = int(key.split(":")[1])
        with Store(large_db) as store:
            expected = events_of(store, Filters((agency,), year_from=number, year_to=number))
        assert tree.isExpanded(year)
        assert listed(model, year) == expected[:PAGE]


def test_filter_changes_run_off_the_gui_thread_and_the_latest_wins(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    with Store(large_db) as store:
        agencies = [a.id for a in store.entities("agency")[:3]]
        expected = store.count_dated(Filters(agencies=(agencies[2],)))
    controller = large_window.controller
    for agency in agencies:  # three quick changes: only the last may be shown
        controller.set_filters(Filters(agencies=(agency,)))
    assert large_window.status.currentMessage() == "Updating…"
    qtbot.waitUntil(lambda: controller.snapshot.filters.agencies == (agencies[2],), timeout=10_000)
    # Every job has ended and its answer (if any) is delivered: none may replace the latest.
    qtbot.waitUntil(lambda: controller.pool.activeThreadCount() == 0, timeout=10_000)
    QCoreApplication.processEvents()
    assert controller.snapshot.filters.agencies == (agencies[2],)
    assert large_window.record_count.text().startswith(f"{expected:,}".replace(",", " ") + " of")


def test_a_record_far_down_its_year_opens_from_anywhere_and_shows_in_the_tree(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    with Store(large_db) as store:
        years = store.facets(Filters()).years
        busiest = max(years, key=lambda v: v.count).number
        target = events_of(store, Filters(year_from=busiest, year_to=busiest))[PAGE + 5]
    large_window.select_record(target)
    assert large_window.detail.toPlainText().startswith(large_window.controller.current.title)
    assert large_window.tree.currentIndex().data(RecordIdRole) == target
    assert large_window.timeline.current_id() == target


def test_timeline_counts_from_afar_add_up_to_the_filtered_records(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    view = large_window.timeline
    expected = filter_by_an_agency(qtbot, large_window, large_db)
    frame = view.frame()
    assert view.data.records == [], "3 000 records seen from afar: counts, not records"
    assert sum(m.count for m in frame.marks if not m.faded) == expected
    assert view.data.total_count == 3000


def test_zooming_in_reads_the_days_on_screen_and_draws_the_records(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    view = large_window.timeline
    with Store(large_db) as store:
        days = [_day(r.date or "") for r in store.dated(Filters())]
    # A busy day whose neighbourhood still fits under the cap of records read one by one.
    near = {d: bisect_right(days, d + 60) - bisect_left(days, d - 60) for d in days}
    target = max((d for d in days if near[d] <= 150), key=lambda d: near[d])
    frame = view.frame()
    x = frame.view.x(view.data.scale.to_units(target), frame.plot.x)
    for _ in range(30):  # 1.25 times closer each, that day staying under the pointer
        ctrl_wheel(view, QPointF(x, frame.plot.cy))
    # Each step may ask for other days; the last answer is the one for the days on screen.
    qtbot.waitUntil(lambda: view.frame() and view.data.window == view._asked, timeout=10_000)
    frame = view.frame()
    first = view.data.scale.to_day(frame.view.unit_at(frame.plot.x, frame.plot.x))
    last = view.data.scale.to_day(frame.view.unit_at(frame.plot.right, frame.plot.x))
    assert view.data.window is not None
    assert view.data.window[0] <= first and last <= view.data.window[1]
    in_view = [m for m in frame.marks if frame.plot.x <= m.x <= frame.plot.right]
    assert view.data.records and in_view
    # Close up, every mark on screen is records on hand, not counts.
    assert all(len(members_of(view.data, m)) == m.count for m in in_view)
    if any(m.count == 1 and not m.faded for m in in_view):
        assert frame.labels, "a record alone has its label"
    with Store(large_db) as store:
        on_screen = [
            r.id
            for r in store.dated(Filters())
            if first <= dt.date.fromisoformat(r.date or "").toordinal() <= last
        ]
    on_hand = [
        r.id
        for r, day in zip(view.data.records, view.data.days, strict=True)
        if first <= day <= last
    ]
    assert on_hand == on_screen and on_screen


def ctrl_wheel(view: QWidget, at: QPointF) -> None:
    event = QWheelEvent(
        at,
        QPointF(view.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def test_arrow_keys_step_through_records_not_on_hand(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    view = large_window.timeline
    with Store(large_db) as store:
        agency = store.facets(Filters()).agencies[0].id
        first_three = [r.id for r in store.dated(Filters(agencies=(agency,)), limit=3)]
    large_window.controller.set_filters(Filters(agencies=(agency,)))
    qtbot.waitUntil(lambda: large_window.controller.snapshot.filters.agencies == (agency,))
    assert view.data.records == [], "from afar, nothing is on hand"
    view.setFocus()
    shown = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
        qtbot.keyClick(view, key)
        shown.append(large_window.controller.current.id)
    assert shown == [*first_three, first_three[1]]
    assert view.current_id() == first_three[1]


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_a_screen_reader_hears_counted_marks_by_their_number_and_months(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    """From afar the marks stand for records counted, not read: each item says how many
    records of its lane, and when ('12 summits, March 2017 to May 2017')."""
    view = large_window.timeline
    expected = filter_by_an_agency(qtbot, large_window, large_db)
    assert view.data.records == []
    heard = [(i.text(Text.Name), i.text(Text.Description)) for i in children(iface(view))]
    assert len(heard) == len(view.frame().marks)
    spoken = re.compile(r"^(?:(\d[\d ]*) [a-z -]+|one record in [A-Za-z -]+), (.+)$")
    inside = 0
    for name, description in heard:
        match = spoken.match(name)
        assert match, name
        assert re.search(r"\b(19|20)\d\d$", match[2]), name  # months of a year, not a record
        if "outside the current filters" not in description:
            inside += int((match[1] or "1").replace(" ", ""))
    assert inside == expected
    assert any("outside the current filters" in d for _, d in heard)


def test_the_record_the_arrow_keys_reach_is_heard_inside_its_counted_mark(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    view = large_window.timeline
    assert view.data.records == [], "from afar, nothing is on hand"
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    listening = listen()
    heard = next(listening)
    try:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: bool(heard.of(Event.Focus)))
        spoken = heard.of(Event.Focus)[-1].name
    finally:
        listening.close()
    with Store(large_db) as store:
        record = store.dated(Filters(), limit=1)[0]  # the first in date order
    assert view.current_id() == record.id
    assert spoken.endswith(f"; selected: {record_name(record)}"), spoken
    focused = iface(view).focusChild()
    assert focused is not None and focused.text(Text.Name) == spoken
    assert "selected" in states(focused.state())
    others = [i for i in children(iface(view)) if i.text(Text.Name) != spoken]
    assert all("selected" not in states(i.state()) for i in others)
