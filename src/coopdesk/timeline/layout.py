"""The layout of one frame of the timeline: what goes where, worked out without Qt.

``layout_frame`` turns a viewport and a rectangle into markers, clusters, labels, axis
ticks and break marks. Painting walks only what is on screen: the records of each lane
are searched with bisect, and neighbours within a few pixels are counted, not visited,
so the cost is bounded by the width of the plot, not by the number of records.
"""

from __future__ import annotations

import datetime as dt
import html
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from coopdesk.i18n import month_year, tr, translate
from coopdesk.model import DatedRecord
from coopdesk.render import human_date, short_date
from coopdesk.schema import KIND_BY_ID, LANES, kind_name
from coopdesk.timeline.axis import Tick, axis_ticks, range_text
from coopdesk.timeline.data import Layer, TimelineData, first_words, label_texts
from coopdesk.timeline.scale import (
    CLUSTER_PX,
    EMPTY_MESSAGE,
    FIT_PAD_LEFT,
    FIT_PAD_RIGHT,
    LABEL_GAP,
    MARKER,
    MAX_PX_PER_DAY,
    NAME_X,
    NO_RECORDS_MESSAGE,
    Box,
    Gap,
    TextMetrics,
    Timeline,
    Viewport,
)

# ---------------------------------------------------------------------- layout of one frame


@dataclass
class Mark:
    """A drawn marker: one record, or a cluster of records of one lane close in time."""

    lane: int
    faded: bool
    lo: int  # range of positions in the lane's layer
    hi: int
    x: float
    y: float
    box: Box
    count: int  # how many records it stands for


@dataclass
class Label:
    index: int  # the record's global index
    text: str
    box: Box


@dataclass
class LaneBand:
    name: str
    box: Box  # the whole band, label column included
    marker_y: float
    rows: tuple[float, ...]  # label row centres


@dataclass
class Frame:
    """Everything one paint draws, in pixels, worked out without touching a widget."""

    bounds: Box
    plot: Box  # right of the label column, above the axis
    axis_y: float
    lanes: list[LaneBand]
    view: Viewport
    marks: list[Mark] = field(default_factory=list)  # faded ones first: they are drawn below
    labels: list[Label] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    gaps: list[tuple[Box, Gap]] = field(default_factory=list)
    range_text: str = ""
    message: str = ""


def lane_label_width(metrics: TextMetrics) -> float:
    """The label column: the longest lane name, a legend shape and some air."""
    return NAME_X + max(metrics.width(tr(name)) for name in LANES) + 18


def frame_geometry(bounds: Box, metrics: TextMetrics) -> tuple[Box, float, list[LaneBand]]:
    """The plot area, the axis line's y and the lane bands for a rectangle."""
    line = metrics.height + 3  # a little air between the two label rows
    axis_h = metrics.height + 13
    top = bounds.y + 4
    column = lane_label_width(metrics)
    plot = Box(bounds.x + column, top, max(bounds.w - column - 6, 1.0), bounds.h - axis_h - 4)
    plot = plot._replace(h=max(plot.h, 1.0))
    lane_h = plot.h / len(LANES)
    bands = []
    for i, name in enumerate(LANES):
        y = plot.y + i * lane_h
        if lane_h >= 2 * line + 4:
            marker_y = y + (lane_h - 2 * line) / 2 + line / 2
            rows: tuple[float, ...] = (marker_y, marker_y + line)
        else:
            marker_y = y + lane_h / 2
            rows = (marker_y,)
        bands.append(LaneBand(name, Box(bounds.x, y, bounds.w, lane_h), marker_y, rows))
    return plot, plot.bottom, bands


def preferred_height(metrics: TextMetrics) -> float:
    """The height at which every lane has its two rows of labels and nothing more."""
    line = metrics.height + 3
    return 4 + len(LANES) * (2 * line + 6) + metrics.height + 13 + 4


FIT_MIN_DAYS = 90  # fitted to a few records close together, at least this much time shows
FIT_MARGIN = 0.06  # and this share of their span on each side, so they do not touch the edges


def fit_view(
    data: TimelineData, plot: Box, metrics: TextMetrics, *, visible_only: bool = False
) -> Viewport:
    """The viewport that shows every record, with room at the right for the last labels.

    With ``visible_only`` it fits the records the filters leave instead, with margins of
    time around them (every record when the filters leave none).
    """
    order = data.visible_order
    if visible_only and order and len(order) < len(data):
        lo, hi = data.units[order[0]], data.units[order[-1]]
        pad = max((hi - lo) * FIT_MARGIN, (FIT_MIN_DAYS - (hi - lo)) / 2)
        lo, hi = lo - pad, hi + pad
        lanes = [layer.indices for layer in data.shown]
    else:
        lo, hi = data.unit_range
        if hi - lo < 30:  # one day, or a few: show a month around them
            lo, hi = (lo + hi) / 2 - 15, (lo + hi) / 2 + 15
        lanes = data.lanes_all

    def fit(pad_right: float) -> Viewport:
        scale = max(plot.w - FIT_PAD_LEFT - pad_right, 10.0) / (hi - lo)
        return Viewport(lo - FIT_PAD_LEFT / scale, scale)

    view = fit(FIT_PAD_RIGHT)
    # The last record of each lane should keep its label on screen: widen the right margin
    # by what it lacks (once, which is close enough), up to a sixth of the plot. A record
    # that will be drawn in a cluster has no label to make room for.
    need = FIT_PAD_RIGHT
    if data.buckets:
        return view  # seen from afar: the last marks are counts, without labels
    for layer in lanes:
        if layer:
            last = layer[-1]
            if (
                len(layer) > 1
                and (data.units[last] - data.units[layer[-2]]) * view.scale < 2 * CLUSTER_PX
            ):
                continue
            room = (hi - data.units[last]) * view.scale + FIT_PAD_RIGHT
            text = label_texts(data.records[last])[0]
            need = max(need, metrics.width(text) + MARKER / 2 + 8 - room + FIT_PAD_RIGHT)
    view = fit(min(need, plot.w / 6)) if need > FIT_PAD_RIGHT else view
    return view if view.scale <= MAX_PX_PER_DAY else Viewport(view.u0, MAX_PX_PER_DAY)


def clamp_view(data: TimelineData, plot: Box, view: Viewport, metrics: TextMetrics) -> Viewport:
    """Keep the zoom between "fit all" and a day a few dozen pixels wide, and the data in reach."""
    fit = fit_view(data, plot, metrics)
    scale = min(max(view.scale, fit.scale), MAX_PX_PER_DAY)
    if scale == fit.scale:
        return fit
    lo, hi = data.unit_range
    width = plot.w / scale
    first = lo - FIT_PAD_LEFT / scale
    last = hi - width + (plot.right - fit.x(hi, plot.x)) / scale
    return Viewport(min(max(view.u0, first), max(last, first)), scale)


def _mark_box(x: float, y: float, count: int, metrics: TextMetrics) -> Box:
    if count == 1:
        return Box(x - MARKER / 2, y - MARKER / 2, MARKER, MARKER)
    width = MARKER + 10 + metrics.width(str(count))
    height = MARKER + 4
    return Box(x - width / 2, y - height / 2, width, height)


def group_lane(
    layer: Layer,
    lane: int,
    faded: bool,
    y: float,
    view: Viewport,
    plot: Box,
    metrics: TextMetrics,
) -> list[Mark]:
    """Markers and clusters of one layer of a lane, for what is on screen only.

    Each step jumps with bisect over every record within CLUSTER_PX of the first one
    of a group, so the cost grows with the number of marks drawn, not of records.
    """
    units = layer.units
    lo = bisect_left(units, view.unit_at(plot.x - 2 * MARKER, plot.x))
    hi = bisect_right(units, view.unit_at(plot.right + 2 * MARKER, plot.x))
    reach = CLUSTER_PX / view.scale
    marks: list[Mark] = []
    i = lo
    while i < hi:
        j = bisect_right(units, units[i] + reach, i, hi)
        x = (view.x(units[i], plot.x) + view.x(units[j - 1], plot.x)) / 2
        n = layer.weight(i, j)
        mark = Mark(lane, faded, i, j, x, y, _mark_box(x, y, n, metrics), n)
        # A cluster's badge is wider than a marker: merge whatever it would overlap.
        while marks and marks[-1].box.right + 2 > mark.box.x:
            prev = marks.pop()
            x = (view.x(units[prev.lo], plot.x) + view.x(units[j - 1], plot.x)) / 2
            n = layer.weight(prev.lo, j)
            mark = Mark(lane, faded, prev.lo, j, x, y, _mark_box(x, y, n, metrics), n)
        marks.append(mark)
        i = j
    return marks


def place_labels(
    marks: Sequence[Mark],
    texts: Callable[[int], tuple[str, ...]],
    band: LaneBand,
    plot: Box,
    metrics: TextMetrics,
    obstacles: Sequence[Box],
    layer: Layer,
) -> list[Label]:
    """Greedy labels for single visible markers of one lane, in date order.

    Each marker tries its long text, then its short one: right of the marker, then on
    the second row below it; left of it only where the right side runs out of room.
    A label that fits nowhere is left out (the tooltip still tells).
    """
    placed: list[Box] = []
    labels: list[Label] = []
    h = metrics.height
    for mark in marks:
        if mark.faded or mark.count != 1 or layer.indices[mark.lo] < 0:
            continue  # a cluster, or a bucket of one record not fetched: no label
        index = layer.indices[mark.lo]
        for text in dict.fromkeys(texts(index)):
            w = metrics.width(text)
            box = _fit_label(mark, w, h, band, plot, placed, obstacles)
            if box is not None:
                placed.append(box)
                labels.append(Label(index, text, box))
                break
    return labels


def _fit_label(
    mark: Mark,
    w: float,
    h: float,
    band: LaneBand,
    plot: Box,
    placed: Sequence[Box],
    obstacles: Sequence[Box],
) -> Box | None:
    for row, y in enumerate(band.rows):
        right = mark.box.right + 7 if row == 0 else mark.box.x - 1
        candidates = [Box(right, y - h / 2, w, h)]
        if right + w > plot.right:
            left = mark.box.x - 7 - w if row == 0 else mark.box.right + 1 - w
            candidates.append(Box(left, y - h / 2, w, h))
        for box in candidates:
            if not box.within_x(plot.x, plot.right) or box.bottom > band.box.bottom + 0.5:
                continue
            if any(box.intersects(p, LABEL_GAP) for p in placed):
                continue
            if any(box.intersects(o, 3) for o in obstacles):
                continue
            return box
    return None


def layout_frame(
    data: TimelineData,
    bounds: Box,
    metrics: TextMetrics,
    view: Viewport | None = None,
) -> Frame:
    """What to draw for ``data`` in ``bounds``; ``view`` None means "fit all"."""
    plot, axis_y, bands = frame_geometry(bounds, metrics)
    view = fit_view(data, plot, metrics) if view is None else view
    frame = Frame(bounds, plot, axis_y, bands, view)
    if data.empty:
        frame.message = tr(NO_RECORDS_MESSAGE)
        return frame
    if not data.shown_count:
        frame.message = tr(EMPTY_MESSAGE)
    scale = data.scale
    for gap in scale.gaps:
        x0 = view.x(scale.to_units(gap.start), plot.x)
        x1 = view.x(scale.to_units(gap.end), plot.x)
        if x1 > plot.x and x0 < plot.right:
            frame.gaps.append((Box(x0, plot.y, x1 - x0, axis_y - plot.y), gap))
    # Labels do not run across a break: the two sides are years apart.
    breaks = [Box(box.cx - 4, plot.y, 8, plot.h) for box, _gap in frame.gaps]
    per_lane: list[list[Mark]] = []
    for lane, band in enumerate(bands):
        shown = group_lane(data.shown[lane], lane, False, band.marker_y, view, plot, metrics)
        faded = group_lane(data.faded[lane], lane, True, band.marker_y, view, plot, metrics)
        shown, faded, labels = _label_lane(
            data, lane, band, shown, faded, view, plot, metrics, breaks
        )
        frame.marks.extend(faded)
        frame.labels.extend(labels)
        per_lane.append(shown)
    for shown in per_lane:
        frame.marks.extend(shown)
    frame.ticks = axis_ticks(scale, view, plot, bounds.right - 2, metrics, axis_y + 8)
    frame.range_text = range_text(scale, view, plot, data)
    return frame


def _label_lane(
    data: TimelineData,
    lane: int,
    band: LaneBand,
    shown: list[Mark],
    faded: list[Mark],
    view: Viewport,
    plot: Box,
    metrics: TextMetrics,
    breaks: list[Box],
) -> tuple[list[Mark], list[Mark], list[Label]]:
    """Labels for a lane's visible marks, such that every mark has a label or a count.

    A marker whose label fits nowhere joins its nearer neighbour in a cluster (which
    shows a count), and the lane is labelled again; a marker alone in its lane always
    keeps its short label. Each round merges, so it ends.
    """
    layer = data.shown[lane]

    def texts(index: int) -> tuple[str, ...]:
        return label_texts(data.records[index])

    while True:
        kept = _uncovered(faded, shown)
        obstacles = [m.box for m in kept + shown] + breaks
        labels = place_labels(shown, texts, band, plot, metrics, obstacles, layer)
        labelled = {label.index for label in labels}
        orphans = [
            k
            for k, m in enumerate(shown)
            if m.count == 1
            and layer.indices[m.lo] >= 0  # a record on hand, not one counted from afar
            and plot.x <= m.x <= plot.right  # half off screen, it is labelled once scrolled in
            and layer.indices[m.lo] not in labelled
        ]
        if not orphans:
            return shown, kept, labels
        if len(shown) == 1:
            mark = shown[0]
            text = texts(layer.indices[mark.lo])[-1]
            box = Box(mark.box.right + 7, band.marker_y - metrics.height / 2,
                      metrics.width(text), metrics.height)  # fmt: skip
            if box.right > plot.right:
                box = box._replace(x=max(plot.x, mark.box.x - 7 - box.w))
            return shown, kept, [*labels, Label(layer.indices[mark.lo], text, box)]
        shown = _merge_orphans(shown, orphans, layer, view, plot, metrics)


def _merge_orphans(
    marks: list[Mark],
    orphans: list[int],
    layer: Layer,
    view: Viewport,
    plot: Box,
    metrics: TextMetrics,
) -> list[Mark]:
    """``marks`` with each orphan joined to its nearer neighbour, badges that touch merged."""
    spans = [(m.lo, m.hi) for m in marks]
    for k in orphans:
        left = marks[k].x - marks[k - 1].x if k > 0 else float("inf")
        right = marks[k + 1].x - marks[k].x if k + 1 < len(marks) else float("inf")
        target = k - 1 if left <= right else k + 1
        joined = (min(spans[k][0], spans[target][0]), max(spans[k][1], spans[target][1]))
        spans[k] = spans[target] = joined
    units, lane, y = layer.units, marks[0].lane, marks[0].y

    def mark(lo: int, hi: int) -> Mark:
        x = (view.x(units[lo], plot.x) + view.x(units[hi - 1], plot.x)) / 2
        n = layer.weight(lo, hi)
        return Mark(lane, False, lo, hi, x, y, _mark_box(x, y, n, metrics), n)

    out: list[Mark] = []
    for lo, hi in dict.fromkeys(spans):
        if out and lo < out[-1].hi:  # a span overlapping the last: one cluster of both
            last = out.pop()
            lo, hi = last.lo, max(hi, last.hi)
        new = mark(lo, hi)
        while out and out[-1].box.right + 2 > new.box.x:
            new = mark(out.pop().lo, new.hi)
        out.append(new)
    return out


def _uncovered(faded: list[Mark], shown: list[Mark]) -> list[Mark]:
    """The faded marks that no visible mark touches: the visible one stands for the place."""
    lefts = [m.box.x for m in shown]
    kept = []
    for mark in faded:
        k = bisect_right(lefts, mark.box.right + 2)
        # Shown marks do not overlap each other, so only the nearest two can touch this one.
        near = shown[max(k - 2, 0) : k]
        if not any(mark.box.intersects(m.box, 2) for m in near):
            kept.append(mark)
    return kept


def mark_of(frame: Frame, data: TimelineData, index: int) -> Mark | None:
    """The mark that draws record ``index`` in this frame, if it is on screen."""
    lane = data.lanes[index]
    faded = not data.visible[index]
    layer = (data.faded if faded else data.shown)[lane]
    pos = bisect_left(layer.units, data.units[index])
    while pos < len(layer.indices) and layer.indices[pos] != index:
        pos += 1
    for mark in frame.marks:
        if mark.lane == lane and mark.faded == faded and mark.lo <= pos < mark.hi:
            return mark
    return None


# ---------------------------------------------------------------------- what is where


def mark_at(frame: Frame, x: float, y: float) -> Mark | None:
    """The marker or cluster drawn at a point of the plot, if any."""
    if not frame.plot.contains(x, y):
        return None
    # Visible marks are drawn last, over the faded ones: look at them first.
    for mark in reversed(frame.marks):
        if mark.box.contains(x, y, slop=3):
            return mark
    return None


def members_of(data: TimelineData, mark: Mark) -> list[int]:
    """The global indices of the records on hand that a marker or cluster stands for."""
    layer = (data.faded if mark.faded else data.shown)[mark.lane]
    return [i for i in layer.indices[mark.lo : mark.hi] if i >= 0]


def units_of(data: TimelineData, mark: Mark) -> tuple[float, float]:
    """The first and last unit of the records a mark stands for, counted ones included."""
    layer = (data.faded if mark.faded else data.shown)[mark.lane]
    refs = layer.indices[mark.lo : mark.hi]
    spans = [data.span(ref) for ref in refs]
    return min(a for a, _ in spans), max(b for _, b in spans)


def kind_in_lane(record: DatedRecord) -> str:
    """The record's kind as its lane names it: 'Expert meetings: expert consultations'
    where the kind is not the lane's own, so a tooltip never seems to contradict its lane."""
    info = KIND_BY_ID.get(record.kind)
    kind = kind_name(record.kind)
    if info is None or not info.lane or info.plural == info.lane:
        return kind
    return f"{tr(info.lane)}: {kind[:1].lower()}{kind[1:]}"


def lane_count(lane: int, n: int) -> str:
    """'3 summits', '1 expert meeting': so many records of a lane."""
    name = LANES[lane]
    if name == "Instruments":
        return Timeline.tr("%n instrument(s)", "", n)
    if name == "Summits":
        return Timeline.tr("%n summit(s)", "", n)
    if name == "High-level talks":
        return Timeline.tr("%n high-level talks", "", n)
    return Timeline.tr("%n expert meeting(s)", "", n)


def describe_mark(data: TimelineData, mark: Mark) -> str:
    """A marker's or cluster's tooltip: rich text with every piece of data escaped."""
    records = [data.records[i] for i in members_of(data, mark)]
    outside = translate("Timeline", "Outside the current filters")
    hint = translate("Timeline", "Click to zoom in")
    if len(records) < mark.count:  # counted, not fetched: say how many, and when
        d0, d1 = (data.scale.to_day(u) for u in units_of(data, mark))
        title = _outside(lane_count(mark.lane, mark.count), mark.faded)
        return (
            f"<p><b>{html.escape(title)}</b><br>"
            f"{html.escape(_day_span(d0, d1))}</p><p><i>{html.escape(hint)}</i></p>"
        )
    if len(records) == 1:
        r = records[0]
        facts = " · ".join(x for x in (kind_in_lane(r), human_date(r.date), r.place) if x)
        note = f"<br><i>{html.escape(outside)}</i>" if mark.faded else ""
        return f"<p><b>{html.escape(r.title)}</b><br>{html.escape(facts)}{note}</p>"
    first, last = human_date(records[0].date), human_date(records[-1].date)
    span = first if first == last else f"{first} – {last}"
    lines = [
        f"{html.escape(short_date(r.date))} · {html.escape(first_words(r.title, 60))}"
        for r in records[:8]
    ]
    if len(records) > 8:
        lines.append(html.escape(Timeline.tr("… and %n more", "", len(records) - 8)))
    title = _outside(lane_count(mark.lane, len(records)), mark.faded)
    if first == last:
        hint = translate("Timeline", "Click to show the first; → for the next")
    return (
        f"<p><b>{html.escape(title)}</b><br>"
        f"{html.escape(span)}</p><p>{'<br>'.join(lines)}</p><p><i>{html.escape(hint)}</i></p>"
    )


def _outside(title: str, faded: bool) -> str:
    """'3 summits', or '3 summits outside the current filters' for faded marks."""
    if not faded:
        return title
    return translate("Timeline", "{records} outside the current filters").format(records=title)


def _day_span(first: float, last: float) -> str:
    a, b = dt.date.fromordinal(round(first)), dt.date.fromordinal(round(last))
    if a == b:
        return human_date(a.isoformat())
    if (a.year, a.month) == (b.year, b.month) or (b - a).days < 62:
        return f"{human_date(a.isoformat())} – {human_date(b.isoformat())}"
    return f"{month_year(a)} – {month_year(b)}"


def describe_gap_at(frame: Frame, x: float, y: float) -> str:
    """The tooltip of a compressed gap's break mark at a point, or ''."""
    for box, gap in frame.gaps:
        if box.contains(x, y):
            return f"<p>{html.escape(gap.describe())}</p>"
    return ""
