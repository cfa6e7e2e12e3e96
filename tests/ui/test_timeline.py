"""The timeline pane, used as a user uses it: look, click, press keys, scroll, and read."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

import probes
from coopdesk import paths
from coopdesk.model import DatedRecord
from coopdesk.render import LANE_STYLE
from coopdesk.store import Store
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.layout import layout_frame
from coopdesk.timeline.scale import EMPTY_MESSAGE, Box, TextMetrics, TimeScale
from coopdesk.ui.timeline import TimelineView

OUT = Path(__file__).resolve().parents[2] / "test-output"
HAGUE = "event/2017-09-27-the-hague"
ROME = "instrument/2003-11-06-europol-cooperation-agreement"
BRUSSELS_2014 = "instrument/2014-01-28-joint-statement-terrorism"
FIRST = "instrument/2001-10-03-joint-statement-summit"
LAST = "event/2018-02-08-ct-talks-round-3"
KINDS = ["instrument", "summit", "talks", "consultation", "meeting"]
PLACES = [None, "Brussels", "The Hague", "Moscow"]


def rec(
    record_id: str, kind: str, date: str, title: str = "", place: str | None = None
) -> DatedRecord:
    return DatedRecord(
        id=record_id,
        kind=kind,
        title=title or record_id,
        date=date,
        year=int(date[:4]),
        place=place,
    )


@pytest.fixture(scope="module")
def bundled() -> list[DatedRecord]:
    with Store(paths.bundled_db()) as store:
        return store.dated()


MakeView = Callable[..., TimelineView]


@pytest.fixture
def make_view(qtbot) -> MakeView:  # type: ignore[no-untyped-def]
    """A shown timeline of the given records, 900×260 unless told otherwise."""

    def make(records: list[DatedRecord], width: int = 900, height: int = 260) -> TimelineView:
        view = TimelineView()
        qtbot.addWidget(view)
        view.resize(width, height)
        view.set_records(records)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def small() -> list[DatedRecord]:
    """Five records in three lanes over two years."""
    return [
        rec("a", "instrument", "2016-03-01", "Agreement A", "Rome"),
        rec("b", "summit", "2016-06-15", "Summit B", "Brussels"),
        rec("c", "talks", "2016-11-20", "Talks C", "Moscow"),
        rec("d", "meeting", "2017-04-02", "Meeting D", "The Hague"),
        rec("e", "talks", "2017-09-27", "Talks E", "Vienna"),
    ]


def centre(view: TimelineView, record_id: str) -> QPointF:
    rect = probes.marker_rect(view, record_id)
    assert rect is not None, f"{record_id} has no marker of its own on screen"
    return rect.center()


def click(qtbot, view: TimelineView, point: QPointF) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())


def wheel(view: TimelineView, at: QPointF, dy: int = 0, dx: int = 0, ctrl: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        at,
        QPointF(view.mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def pixel(view: TimelineView, point: QPointF) -> QColor:
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def assert_apart(rects: list[QRectF]) -> None:
    for first, second in itertools.combinations(rects, 2):
        assert not first.intersects(second), f"{first} overlaps {second}"


# ---------------------------------------------------------------------- choosing records


def test_clicking_a_marker_emits_its_id(qtbot, make_view: MakeView, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    with qtbot.waitSignal(view.currentChanged) as signal:
        click(qtbot, view, centre(view, HAGUE))
    assert signal.args == [HAGUE]
    assert view.current_id() == HAGUE


def test_arrow_keys_step_through_visible_records_only(qtbot, make_view: MakeView, small) -> None:  # type: ignore[no-untyped-def]
    view = make_view(small)
    view.set_visible({"a", "c", "e"})
    view.set_current("a")
    view.setFocus()
    with qtbot.waitSignal(view.currentChanged) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert signal.args == ["c"]  # b is faded: skipped
    with qtbot.waitSignal(view.currentChanged) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert signal.args == ["e"]
    with qtbot.assertNotEmitted(view.currentChanged):
        qtbot.keyClick(view, Qt.Key.Key_Right)  # the last visible record: nowhere to go
    assert view.current_id() == "e"
    with qtbot.waitSignal(view.currentChanged) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert signal.args == ["c"]


def test_arrow_key_from_a_faded_record_goes_to_the_next_visible(qtbot, make_view, small) -> None:  # type: ignore[no-untyped-def]
    view = make_view(small)
    view.set_visible({"a", "d"})
    view.set_current("b")
    with qtbot.waitSignal(view.currentChanged) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert signal.args == ["d"]


def test_set_current_rings_and_scrolls_without_emitting(qtbot, make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    for _ in range(8):
        view.zoom_in()
    assert probes.marker_rect(view, FIRST) is None or probes.marker_rect(view, LAST) is None
    with qtbot.assertNotEmitted(view.currentChanged):
        view.set_current(FIRST)
    assert view.current_id() == FIRST
    assert probes.marker_rect(view, FIRST) is not None
    with qtbot.assertNotEmitted(view.currentChanged):
        view.set_current(LAST)
    assert probes.marker_rect(view, LAST) is not None
    view.set_current(None)
    assert view.current_id() is None


def test_the_current_record_gets_a_ring(qtbot, make_view, small) -> None:  # type: ignore[no-untyped-def]
    view = make_view(small)
    rect = probes.marker_rect(view, "c")
    assert rect is not None
    ring = QPointF(rect.center().x(), rect.top() - 2)  # just above the marker
    before = pixel(view, ring)
    view.set_current("c")
    after = pixel(view, ring)
    assert after != before
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert abs(after.hue() - highlight.hue()) < 20


# ---------------------------------------------------------------------- what is drawn


def test_filtered_out_records_are_drawn_faded(qtbot, make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    summit = "event/2014-01-28-russia-eu-summit-brussels"
    orange = QColor(LANE_STYLE["Summits"][0])
    shown = pixel(view, centre(view, summit))
    assert abs(shown.hue() - orange.hue()) < 10 and shown.saturation() > 150

    view.set_visible({HAGUE})
    assert probes.visible_count(view) == 1
    assert probes.is_faded(view, summit) and not probes.is_faded(view, HAGUE)
    view.fit_all()  # the view had fitted the one record left; the faded ones come back
    faded = pixel(view, centre(view, summit))
    assert faded.saturation() < 30, "a faded marker is grey"
    assert faded.lightness() > 200, "and light: about a quarter of full strength"
    kept = pixel(view, centre(view, HAGUE))
    assert kept.saturation() > 60

    view.set_visible(None)
    assert probes.visible_count(view) == len(bundled)
    assert not probes.is_faded(view, summit)


def test_markers_sit_in_their_lanes_top_to_bottom(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    order = [FIRST, "event/2001-10-03-russia-eu-summit", "event/2016-04-01-ct-talks-round-1", HAGUE]
    lanes = [probes.lane_of(view, i) for i in order]
    assert lanes == ["Instruments", "Summits", "High-level talks", "Expert meetings"]
    ys = [centre(view, i).y() for i in order]
    assert ys == sorted(ys) and len(set(ys)) == 4
    assert probes.lane_of(view, "no/such/record") is None


def test_many_records_on_one_day_make_one_cluster_with_a_count(qtbot, make_view) -> None:  # type: ignore[no-untyped-def]
    day = [rec(f"m{i}", "meeting", "2017-05-04", f"Meeting {i}") for i in range(30)]
    others = [rec("x", "summit", "2015-01-01"), rec("y", "meeting", "2019-01-01")]
    view = make_view(others + day)
    clusters = probes.clusters(view)
    assert [count for _rect, count in clusters] == [30]
    assert probes.marker_rect(view, "m0") is None and probes.marker_rect(view, "m29") is None
    assert probes.marker_rect(view, "y") is not None
    # No zoom can separate one day's records: clicking the cluster picks its first.
    with qtbot.waitSignal(view.currentChanged) as signal:
        click(qtbot, view, clusters[0][0].center())
    assert signal.args == ["m0"]
    text = probes.tooltip_at(view, clusters[0][0].center())
    assert "30 expert meetings" in text and "4 May 2017" in text and "and 22 more" in text


def test_clicking_a_cluster_of_different_days_zooms_until_they_part(qtbot, make_view) -> None:  # type: ignore[no-untyped-def]
    near = [rec(f"n{i}", "talks", f"2017-05-{i + 1:02d}") for i in range(5)]
    view = make_view([rec("x", "talks", "2001-01-01"), *near, rec("y", "talks", "2030-01-01")])
    view.set_compress_gaps(False)
    (rect, count), *_ = probes.clusters(view)
    assert count == 5
    with qtbot.assertNotEmitted(view.currentChanged):
        click(qtbot, view, rect.center())
    assert probes.clusters(view) == []
    assert all(probes.marker_rect(view, f"n{i}") is not None for i in range(5))


def test_empty_state_says_what_to_do(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    plain = view.grab().toImage()
    view.set_visible(set())
    assert probes.visible_count(view) == 0
    assert probes.message(view) == EMPTY_MESSAGE
    assert EMPTY_MESSAGE == "No records match these filters. Clear a filter or widen the years."
    shown = view.grab().toImage()
    middle = QPoint(shown.width() // 2 + 60, shown.height() // 2 - 20)
    assert any(
        shown.pixelColor(middle + QPoint(dx, dy)) != plain.pixelColor(middle + QPoint(dx, dy))
        for dx in range(-120, 120, 3)
        for dy in range(-8, 8, 2)
    ), "the message is painted in the middle"
    view.set_visible(None)
    assert probes.message(view) == ""
    view.set_records([])
    assert probes.message(view) == "No dated records in this database."


# ---------------------------------------------------------------------- zoom and pan


def test_plus_key_and_ctrl_wheel_zoom_in(qtbot, make_view, small) -> None:  # type: ignore[no-untyped-def]
    view = make_view(small)

    def distance() -> float:
        return centre(view, "d").x() - centre(view, "c").x()

    start = distance()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    after_key = distance()
    assert after_key > start * 1.3
    anchor = (centre(view, "c") + centre(view, "d")) / 2
    wheel(view, anchor, dy=120, ctrl=True)
    assert distance() > after_key * 1.15
    middle = (centre(view, "c") + centre(view, "d")) / 2
    assert abs(middle.x() - anchor.x()) < 2, "zoom keeps the time under the mouse in place"
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert distance() < after_key * 1.15
    before = distance()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert distance() > before * 1.3
    before = distance()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert distance() < before / 1.3


def test_fit_all_brings_every_marker_back(qtbot, make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    for _ in range(6):
        view.zoom_in()
    assert any(probes.marker_rect(view, r.id) is None for r in bundled)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0)
    frame = QRectF(view.rect())
    rects = [
        probes.marker_rect(view, r.id)
        for r in bundled
        if r.id != "event/2001-10-03-russia-eu-summit"
    ]
    assert all(r is not None and frame.contains(r) for r in rects)
    view.zoom_in()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert all(probes.marker_rect(view, r.id) is not None for r in bundled)


def test_fit_all_survives_a_resize(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    view.resize(600, 260)
    frame = QRectF(view.rect())
    singles = [probes.marker_rect(view, r.id) for r in bundled]
    clusters = probes.clusters(view)
    assert sum(1 for r in singles if r is not None) + sum(n for _r, n in clusters) == len(bundled)
    assert all(frame.contains(r) for r in singles if r is not None)
    assert all(frame.contains(r) for r, _n in clusters)


def test_dragging_and_the_plain_wheel_pan(qtbot, make_view, small) -> None:  # type: ignore[no-untyped-def]
    view = make_view(small)
    view.zoom_in()
    view.zoom_in()
    before = centre(view, "c")
    start = QPoint(int(before.x()) + 30, int(before.y()) + 30)  # not on a marker
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start - QPoint(40, 0))
    qtbot.mouseMove(view, start - QPoint(80, 0))
    with qtbot.assertNotEmitted(view.currentChanged):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start - QPoint(80, 0))
    assert centre(view, "c").x() == pytest.approx(before.x() - 80, abs=1)

    moved = centre(view, "c")
    wheel(view, moved, dy=-120)  # scrolling down moves on in time
    assert centre(view, "c").x() < moved.x() - 20
    back = centre(view, "c")
    wheel(view, back, dx=120)
    assert centre(view, "c").x() > back.x() + 20


# ---------------------------------------------------------------------- gap compression


def test_compression_shrinks_the_empty_decade_and_marks_the_break(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    assert view.compress_gaps(), "compression is on by default"

    def gap_share() -> float:
        # Where the dates lie: without compression the early records crowd into clusters.
        x = lambda record_id: probes.record_x(view, record_id)  # noqa: E731
        return (x(BRUSSELS_2014) - x(ROME)) / (x(LAST) - x(FIRST))

    compressed = gap_share()
    breaks = probes.break_marks(view)
    assert len(breaks) == 1
    assert centre(view, ROME).x() < breaks[0].center().x() < centre(view, BRUSSELS_2014).x()
    assert "6 November 2003" in probes.tooltip_at(view, breaks[0].center())
    view.set_compress_gaps(False)
    assert not view.compress_gaps()
    linear = gap_share()
    assert probes.break_marks(view) == []
    assert compressed < 0.25 < 0.55 < linear
    view.set_compress_gaps(True)
    assert gap_share() == pytest.approx(compressed)


def test_zooming_into_a_long_compressed_gap_stays_quick(make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view([rec("a", "summit", "1500-01-01"), rec("b", "summit", "2000-01-01")])
    years = [t for t, _r in probes.tick_labels(view) if t.isdigit()]
    assert years == ["1500", "2000"]
    began = time.perf_counter()
    for _ in range(12):
        view.zoom_in()  # around the middle: into the five compressed centuries
        probes.tick_labels(view)
    assert probes.tick_labels(view) == [], "no ticks inside a compressed stretch"
    assert time.perf_counter() - began < 1, "the axis skips the compressed days"


@given(
    st.lists(st.integers(730_000, 740_000), min_size=1, max_size=30),
    st.booleans(),
    st.lists(st.floats(729_000, 741_000), min_size=2, max_size=10),
)
def test_time_scale_is_monotonic_and_invertible(
    days: list[int], compress: bool, probes: list[float]
) -> None:
    scale = TimeScale(days, compress)
    probes.sort()
    units = [scale.to_units(d) for d in probes]
    assert units == sorted(units)
    for day, unit in zip(probes, units, strict=True):
        assert scale.to_day(unit) == pytest.approx(day, abs=1e-6)
    if not compress:
        assert units[-1] - units[0] == pytest.approx(probes[-1] - probes[0])
    for gap in scale.gaps:
        assert scale.to_units(gap.end) - scale.to_units(gap.start) < gap.end - gap.start


# ---------------------------------------------------------------------- labels and axis


def test_marker_labels_do_not_overlap_on_the_bundled_data(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    labels = probes.label_rects(view)
    assert len(labels) >= len(bundled) - 1, "nearly every record keeps a label at 900×260"
    assert probes.label_texts(view)[HAGUE] == "27 Sep · The Hague"
    frame = QRectF(view.rect())
    assert all(frame.contains(r) for r in labels.values())
    markers = [probes.marker_rect(view, r.id) for r in bundled]
    assert_apart(list(labels.values()))
    for label in labels.values():
        assert not any(m is not None and m.intersects(label) for m in markers)


def test_labels_do_not_overlap_in_a_crowded_month(make_view) -> None:  # type: ignore[no-untyped-def]
    kinds = ["instrument", "summit", "talks", "meeting"]
    # 50 records a lane on 30 days: some days have two, the others one.
    crowd = [
        rec(f"r{i}", kinds[i % 4], f"2017-03-{i // 4 % 30 + 1:02d}", f"Record {i}", "Brussels")
        for i in range(200)
    ]
    view = make_view(crowd)
    for _ in range(4):
        labels = probes.label_rects(view)
        assert_apart(list(labels.values()))
        assert all(QRectF(view.rect()).contains(r) for r in labels.values())
        view.zoom_in()
    assert probes.label_rects(view), "zoomed in, some records have room for a label"


def test_axis_labels_never_collide(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    years = [text for text, _rect in probes.tick_labels(view) if text.isdigit()]
    assert {"2002", "2003", "2014", "2017"} <= set(years)
    assert not {"2005", "2010"} & set(years), "no year labels inside the compressed gap"
    for _ in range(10):
        rects = [rect for _text, rect in probes.tick_labels(view)]
        assert_apart(rects)
        view.zoom_in()
    texts = [text for text, _rect in probes.tick_labels(view)]
    assert any(t in ("Jan", "Feb", "Mar", "Apr", "May", "Jun") for t in texts) or any(
        t.isdigit() and int(t) < 32 for t in texts
    ), "zoomed in, the axis shows months or days"


@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 6000), st.sampled_from(PLACES)),
        min_size=1,
        max_size=120,
    ),
    st.integers(420, 1400),
    st.integers(150, 400),
    st.booleans(),
)
def test_layout_never_overlaps_labels_for_any_records(
    rows: list[tuple[str, int, str | None]], width: int, height: int, compress: bool
) -> None:
    """The layout is plain Python: checked here on random data with stub text metrics."""
    start = dt.date(2000, 1, 1).toordinal()
    records = [
        rec(f"r{i}", kind, dt.date.fromordinal(start + day).isoformat(), f"Record {i}", place)
        for i, (kind, day, place) in enumerate(rows)
    ]
    data = TimelineData(records, compress)
    frame = layout_frame(data, Box(0, 0, width, height), TextMetrics(lambda t: 6.5 * len(t), 15))
    boxes = [label.box for label in frame.labels]
    for first, second in itertools.combinations(boxes, 2):
        assert not first.intersects(second)
    marks = [m.box for m in frame.marks]
    for box in boxes:
        assert frame.plot.x <= box.x and box.right <= frame.plot.right
        assert not any(box.intersects(m) for m in marks)
    shown = [m for m in frame.marks if not m.faded]
    assert sum(m.count for m in shown) == len(records), "fit all: every record is drawn"
    for lane in range(4):
        lane_marks = [m.box for m in shown if m.lane == lane]
        for first, second in itertools.pairwise(lane_marks):
            assert first.right <= second.x, "markers and clusters of a lane never overlap"
    ticks = [t.box for t in frame.ticks if t.box is not None]
    for first, second in itertools.combinations(ticks, 2):
        assert not first.intersects(second)


# ---------------------------------------------------------------------- tooltips


def test_tooltip_shows_the_record_and_keeps_markup_literal(qtbot, make_view) -> None:  # type: ignore[no-untyped-def]
    title = "<b>Bold</b> & <script>x</script>"
    view = make_view([rec("t", "meeting", "2017-09-27", title, "The Hague")])
    point = centre(view, "t")
    event = QHelpEvent(QEvent.Type.ToolTip, point.toPoint(), view.mapToGlobal(point.toPoint()))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in text
    assert "<script>" not in text
    assert "27 September 2017" in text and "The Hague" in text and "Expert meeting" in text
    QToolTip.hideText()
    view.set_visible(set())
    assert "Outside the current filters" in probes.tooltip_at(view, point)


# ---------------------------------------------------------------------- look, print, scale


def test_screenshot_of_the_bundled_data(qtbot, make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    view.set_current(HAGUE)
    OUT.mkdir(exist_ok=True)
    assert view.grab().save(str(OUT / "timeline.png"))
    view.set_visible({r.id for r in bundled if r.year == 2017})
    assert view.grab().save(str(OUT / "timeline-2017.png"))


def test_follows_a_dark_palette(make_view, bundled) -> None:  # type: ignore[no-untyped-def]
    view = make_view(bundled)
    dark = QPalette(view.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    image = view.grab().toImage()
    OUT.mkdir(exist_ok=True)
    image.save(str(OUT / "timeline-dark.png"))
    assert image.pixelColor(image.width() - 5, 5).lightness() < 60, "dark background"
    label = probes.label_rects(view)[HAGUE]
    lightest = max(
        image.pixelColor(int(x), int(label.center().y())).lightness()
        for x in range(int(label.left()), int(label.right()))
    )
    assert lightest > 180, "light text on it"
    blue = QColor(LANE_STYLE["Instruments"][0])
    assert pixel(view, centre(view, FIRST)).hue() == pytest.approx(blue.hue(), abs=10)


def test_is_focusable_with_a_visible_focus_frame(qtbot, make_view, small) -> None:  # type: ignore[no-untyped-def]
    view = make_view(small)
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.objectName() == "timelinePane" and view.accessibleName() == "Timeline"
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    edge = QPointF(view.width() / 2, 1)
    without = pixel(view, edge)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert pixel(view, edge) != without


def test_a_hundred_thousand_records_paint_quickly(make_view) -> None:  # type: ignore[no-untyped-def]
    kinds = ["instrument", "summit", "talks", "meeting"]
    start = dt.date(2000, 1, 1).toordinal()
    many = [
        rec(
            f"r{i}",
            kinds[i % 4],
            dt.date.fromordinal(start + (i * 7919) % 7300).isoformat(),
            f"Record {i}",
        )
        for i in range(100_000)
    ]
    many.sort(key=lambda r: r.date or "")
    began = time.perf_counter()
    view = make_view(many)
    view.set_visible({r.id for r in many[::3]})
    view.grab()
    view.zoom_in()
    view.grab()
    elapsed = time.perf_counter() - began
    assert elapsed < 8, f"took {elapsed:.1f} s"
    assert probes.visible_count(view) == len(many[::3])
    assert sum(count for _rect, count in probes.clusters(view)) > 0
    assert len(probes.clusters(view)) < 2 * view.width(), "clusters, not a marker per record"
