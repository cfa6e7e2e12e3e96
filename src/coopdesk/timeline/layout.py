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

from coopdesk.render import human_date, short_date
from coopdesk.schema import LANES
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
    TimeScale,
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
class Tick:
    x: float
    level: int  # 0 labelled year, 1 other year, 2 month, 3 day
    text: str = ""
    box: Box | None = None  # where its label goes; None: no label shown


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
    return NAME_X + max(metrics.width(name) for name in LANES) + 18


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


def fit_view(data: TimelineData, plot: Box, metrics: TextMetrics) -> Viewport:
    """The viewport that shows every record, with room at the right for the last labels."""
    lo, hi = data.unit_range
    if hi - lo < 30:  # one day, or a few: show a month around them
        lo, hi = (lo + hi) / 2 - 15, (lo + hi) / 2 + 15

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
    for layer in data.lanes_all:
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
    return fit(min(need, plot.w / 6)) if need > FIT_PAD_RIGHT else view


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


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MIN_DAY = dt.date(2, 1, 1).toordinal()
_MAX_DAY = dt.date(9998, 12, 31).toordinal()


def axis_ticks(
    scale: TimeScale, view: Viewport, plot: Box, right: float, metrics: TextMetrics, label_y: float
) -> list[Tick]:
    """Year, month and day ticks for what is on screen, with labels that never collide.

    Years are labelled every 1, 2, 5, 10… years, whichever leaves room for the text;
    months and days appear as the zoom allows. Labels go in order of importance and a
    label that would touch one already placed, or leave the axis, is dropped.
    """
    first = scale.to_day(view.unit_at(plot.x, plot.x))
    last = scale.to_day(view.unit_at(plot.right, plot.x))
    first, last = max(first, _MIN_DAY), min(last, _MAX_DAY)
    if last <= first:
        return []
    px_day = view.scale
    ticks: list[Tick] = []

    def add(day: dt.date, level: int, text: str = "") -> None:
        ordinal = day.toordinal()
        if first <= ordinal <= last and not scale.in_gap(ordinal):
            ticks.append(Tick(view.x(scale.to_units(ordinal), plot.x), level, text))

    px_year = 365.25 * px_day
    room = metrics.width("0000") + 16
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if s * px_year >= room), 1000)
    y0, y1 = dt.date.fromordinal(int(first)).year, dt.date.fromordinal(int(last)).year
    for year in range(y0, y1 + 1):
        if year % step == 0:
            add(dt.date(year, 1, 1), 0, str(year))
        elif px_year >= 6:
            add(dt.date(year, 1, 1), 1)
    px_month = 30.44 * px_day
    if px_month >= 6:
        room = metrics.width("Sep") + 12
        every = next((s for s in (1, 3, 6) if s * px_month >= room), 0)
        month = dt.date.fromordinal(int(first)).replace(day=1)
        while month.toordinal() <= last:
            if month.month != 1:
                shown = every and (month.month - 1) % every == 0
                add(month, 2, _MONTHS[month.month - 1] if shown else "")
            month = _next_month(_past_gap(scale, month))
    if px_day >= 6:
        room = metrics.width("28") + 10
        every = next((s for s in (1, 2, 5, 10) if s * px_day >= room), 0)
        day = dt.date.fromordinal(int(first))
        while day.toordinal() <= last:
            if day.day != 1:
                shown = every and (day.day - 1) % every == 0
                add(day, 3, str(day.day) if shown else "")
            day = _past_gap(scale, day) + dt.timedelta(days=1)
    placed: list[Box] = []
    for tick in sorted(ticks, key=lambda t: t.level):
        if not tick.text:
            continue
        w = metrics.width(tick.text)
        box = Box(tick.x - w / 2, label_y, w, metrics.height)
        # A label may reach a little into the gutter left of the plot, not into the range text.
        fits = box.within_x(plot.x - 6, right)
        if fits and not any(box.intersects(p, 10) for p in placed):
            tick.box = box
            placed.append(box)
    ticks.sort(key=lambda t: t.x)
    return ticks


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def _past_gap(scale: TimeScale, day: dt.date) -> dt.date:
    """``day``, or the last day of the compressed stretch it falls in: the loops skip those."""
    end = scale.gap_end(day.toordinal())
    return day if end is None else dt.date.fromordinal(int(end))


def range_text(scale: TimeScale, view: Viewport, plot: Box, data: TimelineData) -> str:
    """The span of years on screen ('2001–2018'), or the month when zoomed right in."""
    if data.extent is None:
        return ""
    lo, hi = data.extent
    first = max(scale.to_day(view.unit_at(plot.x, plot.x)), lo)
    last = min(scale.to_day(view.unit_at(plot.right, plot.x)), hi)
    if last < first:
        first = last = min(max(first, lo), hi)
    a, b = dt.date.fromordinal(int(first)), dt.date.fromordinal(int(last))
    if a.year != b.year:
        return f"{a.year}–{b.year}"
    if a.month != b.month or (b - a).days > 40:
        return str(a.year)
    return f"{a:%B} {a.year}"


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
        frame.message = NO_RECORDS_MESSAGE
        return frame
    if not data.shown_count:
        frame.message = EMPTY_MESSAGE
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
        faded = _uncovered(
            group_lane(data.faded[lane], lane, True, band.marker_y, view, plot, metrics), shown
        )
        frame.marks.extend(faded)
        per_lane.append(shown)
        obstacles = [m.box for m in faded + shown] + breaks
        frame.labels.extend(
            place_labels(
                shown,
                lambda i: label_texts(data.records[i]),
                band,
                plot,
                metrics,
                obstacles,
                data.shown[lane],
            )
        )
    for shown in per_lane:
        frame.marks.extend(shown)
    frame.ticks = axis_ticks(scale, view, plot, bounds.right - 2, metrics, axis_y + 8)
    frame.range_text = range_text(scale, view, plot, data)
    return frame


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


def describe_mark(data: TimelineData, mark: Mark) -> str:
    """A marker's or cluster's tooltip: rich text with every piece of data escaped."""
    records = [data.records[i] for i in members_of(data, mark)]
    faded = " outside the current filters" if mark.faded else ""
    if len(records) < mark.count:  # counted, not fetched: say how many, and when
        d0, d1 = (data.scale.to_day(u) for u in units_of(data, mark))
        what = LANES[mark.lane].lower() if mark.count > 1 else f"record in {LANES[mark.lane]}"
        count = f"{mark.count:,}".replace(",", " ")
        return (
            f"<p><b>{count} {html.escape(what)}{faded}</b><br>"
            f"{html.escape(_day_span(d0, d1))}</p><p><i>Click to zoom in</i></p>"
        )
    if len(records) == 1:
        r = records[0]
        facts = " · ".join(x for x in (r.kind_label, human_date(r.date), r.place) if x)
        note = "<br><i>Outside the current filters</i>" if mark.faded else ""
        return f"<p><b>{html.escape(r.title)}</b><br>{html.escape(facts)}{note}</p>"
    first, last = human_date(records[0].date), human_date(records[-1].date)
    span = first if first == last else f"{first} – {last}"
    lines = [
        f"{html.escape(short_date(r.date))} · {html.escape(first_words(r.title, 60))}"
        for r in records[:8]
    ]
    if len(records) > 8:
        lines.append(f"… and {len(records) - 8} more")
    hint = "Click to zoom in" if first != last else "Click to show the first; → for the next"
    return (
        f"<p><b>{len(records)} {html.escape(LANES[mark.lane].lower())}{faded}</b><br>"
        f"{html.escape(span)}</p><p>{'<br>'.join(lines)}</p><p><i>{hint}</i></p>"
    )


def _day_span(first: float, last: float) -> str:
    a, b = dt.date.fromordinal(round(first)), dt.date.fromordinal(round(last))
    if a == b:
        return human_date(a.isoformat())
    if (a.year, a.month) == (b.year, b.month) or (b - a).days < 62:
        return f"{human_date(a.isoformat())} – {human_date(b.isoformat())}"
    return f"{_MONTHS[a.month - 1]} {a.year} – {_MONTHS[b.month - 1]} {b.year}"


def describe_gap_at(frame: Frame, x: float, y: float) -> str:
    """The tooltip of a compressed gap's break mark at a point, or ''."""
    for box, gap in frame.gaps:
        if box.contains(x, y):
            return f"<p>{html.escape(gap.describe())}</p>"
    return ""
