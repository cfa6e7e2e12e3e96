"""The timeline follows the filters, keeps a zoom made by hand, and reads at any zoom."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

import probes
from coopdesk.model import DatedRecord
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.layout import fit_view, frame_geometry, layout_frame
from coopdesk.timeline.scale import Box, TextMetrics, Viewport
from coopdesk.ui.mainwindow import MainWindow
from driving import choose, tick

FIRST, LAST = "2001-10-03", "2018-02-08"
IN_2017 = (
    "event/2017-02-08-ct-talks-round-2",
    "event/2017-07-13-expert-consultations-brussels",
    "event/2017-09-27-the-hague",
)
METRICS = TextMetrics(lambda text: 6.5 * len(text), 15)
KINDS = ["instrument", "summit", "talks", "consultation", "meeting"]


def span(window: MainWindow) -> tuple[str, str]:
    timeline = window.timeline
    return str(timeline.property("visibleFrom")), str(timeline.property("visibleTo"))


def test_choosing_a_year_fits_its_records_across_the_width(qtbot, window: MainWindow) -> None:
    timeline = window.timeline
    assert span(window)[0] <= FIRST and span(window)[1] >= LAST  # no filter: everything
    with qtbot.waitSignal(timeline.visibleRangeChanged):
        choose(qtbot, window.filter_bar.year, "2017")
    first, last = span(window)
    assert "2016-12-01" <= first <= "2017-02-08" and "2017-09-27" <= last < "2018-02-08"
    plot = timeline.frame().plot
    xs = [probes.record_x(timeline, record) for record in IN_2017]
    assert xs[0] - plot.x < 0.15 * plot.w, "the first record near the left, not crowded right"
    assert plot.right - xs[-1] < 0.3 * plot.w
    labels = probes.label_texts(timeline)
    assert all(record in labels for record in IN_2017), "each one labelled"


def test_a_zoom_by_hand_stays_until_ctrl_0_which_shows_everything(
    qtbot, window: MainWindow
) -> None:
    timeline = window.timeline
    choose(qtbot, window.filter_bar.year, "2017")
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)  # by hand
    zoomed = span(window)
    tick(qtbot, window.filter_bar.agency, "European Police Office")
    assert span(window) == zoomed, "the user's zoom is kept through a filter change"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    first, last = span(window)
    assert first <= FIRST and last >= LAST, "Ctrl+0 fits every record"
    tick(qtbot, window.filter_bar.agency, "All agencies")
    choose(qtbot, window.filter_bar.year, "2016")
    first, last = span(window)
    assert first >= "2015-06-01" and last <= "2017-01-31", "and it follows the filters again"


def test_ctrl_plus_sizes_the_text_not_the_timeline(qtbot, window: MainWindow) -> None:
    before, size = span(window), window.detail.font().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.font().pointSize() == size + 1
    assert span(window) == before
    qtbot.keyClick(
        window,
        Qt.Key.Key_Equal,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert span(window) != before, "Ctrl+Alt+= zooms the timeline"


def _records(rows: list[tuple[str, int]]) -> list[DatedRecord]:
    start = dt.date(2001, 1, 1).toordinal()
    out = []
    for i, (kind, day) in enumerate(rows):
        date = dt.date.fromordinal(start + day).isoformat()
        out.append(
            DatedRecord(
                id=f"r{i}",
                kind=kind,
                title=f"Record {i}",
                date=date,
                year=int(date[:4]),
                place="Brussels",
            )
        )
    return out


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 6500)), min_size=1, max_size=80),
    st.integers(420, 1600),
    st.floats(1.0, 4000.0),  # how far in from "fit all"
    st.floats(0.0, 1.0),  # where along the records
    st.booleans(),
)
def test_at_any_zoom_every_marker_has_a_label_or_a_count_and_the_axis_a_year(
    rows: list[tuple[str, int]], width: int, zoom: float, where: float, compress: bool
) -> None:
    data = TimelineData(_records(rows), compress)
    bounds = Box(0, 0, width, 190)
    plot = frame_geometry(bounds, METRICS)[0]
    fit = fit_view(data, plot, METRICS)
    scale = min(fit.scale * zoom, 60.0)
    lo, hi = data.unit_range
    centre = lo + (hi - lo) * where
    frame = layout_frame(data, bounds, METRICS, Viewport(centre - plot.w / 2 / scale, scale))
    labelled = {label.index for label in frame.labels}
    for mark in frame.marks:
        if mark.faded or not plot.x <= mark.x <= plot.right:
            continue
        if mark.count == 1:
            index = data.shown[mark.lane].indices[mark.lo]
            assert index in labelled, f"record {index} has neither a label nor a count"
    for first, second in itertools.combinations([label.box for label in frame.labels], 2):
        assert not first.intersects(second), "labels never overlap"
    ticks = [t.text for t in frame.ticks if t.box is not None]
    if ticks:
        assert any(re.search(r"\b\d{4}\b", text) for text in ticks), ticks


def test_the_visible_range_is_what_the_axis_shows(qtbot, window: MainWindow) -> None:
    timeline = window.timeline
    frame = timeline.frame()
    first = dt.date.fromisoformat(span(window)[0]).toordinal()
    scale = timeline.data.scale
    assert abs(scale.to_units(first) - frame.view.unit_at(frame.plot.x, frame.plot.x)) < 1.5


def test_a_tooltip_names_the_kind_as_its_lane_does(window: MainWindow) -> None:
    timeline = window.timeline
    consultations = "event/2017-07-13-expert-consultations-brussels"
    rect = probes.marker_rect(timeline, consultations)
    assert rect is not None and probes.lane_of(timeline, consultations) == "Expert meetings"
    tip = probes.tooltip_at(timeline, rect.center())
    assert "Expert meetings: expert consultations · 13 July 2017 · Brussels" in tip
