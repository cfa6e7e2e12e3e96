"""The timeline pane: dated records in one lane per kind, along a time axis.

Two layers. The first is plain Python with no widget state, so it can be tested and
reused for print: ``TimeScale`` maps dates to *time units* (days, with long empty
stretches compressed), ``TimelineData`` keeps the records in date order with their
units precomputed, and ``layout_frame`` turns a viewport and a rectangle into what is
to be drawn (markers, clusters, labels, ticks, break marks). The second is
``TimelineView``, a custom-painted widget that keeps a viewport, turns mouse and keys
into changes of it, and paints a frame.

Painting walks only what is on screen: the records of each lane are searched with
bisect, and neighbours within a few pixels are counted, not visited, so the cost is
bounded by the width of the widget, not by the number of records.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from coopdesk.model import DatedRecord
from coopdesk.render import LANE_STYLE, human_date, short_date
from coopdesk.schema import KINDS, LANES
from coopdesk.ui.style import shape_polygon

EMPTY_MESSAGE = "No records match these filters. Clear a filter or widen the years."
NO_RECORDS_MESSAGE = "No dated records in this database."

GAP_MIN_DAYS = 3 * 365 + 1  # an empty stretch longer than about three years is compressed
GAP_KEEP_DAYS = 180  # kept at full scale on each side, so the records next to a gap breathe
GAP_UNITS = 110.0  # the width of a compressed stretch, in days of the linear scale

MARKER = 12.0  # marker size in pixels
CLUSTER_PX = MARKER + 1  # markers closer than this in one lane are drawn as one cluster
FIT_PAD_LEFT = 14.0  # room between the label column and the first marker at "fit all"
FIT_PAD_RIGHT = 20.0
MAX_PX_PER_DAY = 60.0
PRINT_FONT_PX = 10
ZOOM_STEP = 1.5
LABEL_GAP = 8.0  # least room between two labels, so that each reads as its own
LEGEND_X = 12.0  # the lane's shape in the label column, then its name
NAME_X = LEGEND_X + MARKER + 8


# ---------------------------------------------------------------------- plain geometry


class Box(NamedTuple):
    """An axis-aligned rectangle in pixels (x, y: top left)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def intersects(self, other: Box, gap: float = 0.0) -> bool:
        """True if the boxes overlap or come closer than ``gap`` horizontally."""
        return (
            self.x < other.right + gap
            and other.x < self.right + gap
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, x: float, y: float, slop: float = 0.0) -> bool:
        return self.x - slop <= x <= self.right + slop and self.y - slop <= y <= self.bottom + slop

    def within_x(self, left: float, right: float) -> bool:
        return self.x >= left - 0.01 and self.right <= right + 0.01


class TextMetrics:
    """Text widths for the layout; the widget backs it with QFontMetricsF, tests with a stub."""

    def __init__(self, width: Callable[[str], float], height: float) -> None:
        self._width = width
        self._cache: dict[str, float] = {}
        self.height = height

    def width(self, text: str) -> float:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._width(text)
        return found


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def day_number(iso: str | None) -> int | None:
    """The proleptic ordinal of an ISO date; an unknown month or day ('2017-00-00') counts as 1."""
    match = _ISO.match(iso or "")
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if year < 1:
        return None
    month = min(max(month, 1), 12)
    try:
        return dt.date(year, month, max(day, 1)).toordinal()
    except ValueError:  # 31 April and the like: the last day of the month is close enough
        return dt.date(year, month, 28).toordinal()


@dataclass(frozen=True)
class Gap:
    """A compressed empty stretch: from ``start`` to ``end`` (ordinal days) drawn narrow."""

    start: float
    end: float
    before: int  # the day of the last record before it
    after: int  # the day of the first record after it

    def describe(self) -> str:
        first = dt.date.fromordinal(self.before).isoformat()
        last = dt.date.fromordinal(self.after).isoformat()
        years = (self.after - self.before) / 365.25
        return (
            f"No records between {human_date(first)} and {human_date(last)} "
            f"(about {years:.0f} years): this stretch is drawn compressed."
        )


class TimeScale:
    """A monotonic, invertible map from days to time units.

    Linear (one unit a day) except across the compressed gaps, which take GAP_UNITS
    each. With compression off it is linear everywhere.
    """

    def __init__(self, days: Sequence[int], compress: bool = True) -> None:
        distinct = sorted(set(days))
        origin = distinct[0] if distinct else 0
        gaps: list[Gap] = []
        if compress:
            for before, after in pairwise(distinct):
                if after - before > GAP_MIN_DAYS:
                    gaps.append(Gap(before + GAP_KEEP_DAYS, after - GAP_KEEP_DAYS, before, after))
        self.gaps: tuple[Gap, ...] = tuple(gaps)
        # Knots of a piecewise-linear map; slope 1 outside the gaps and beyond both ends.
        self._days: list[float] = [float(origin)]
        self._units: list[float] = [0.0]
        for gap in gaps:
            self._add_knot(gap.start)
            self._days.append(gap.end)
            self._units.append(self._units[-1] + GAP_UNITS)

    def _add_knot(self, day: float) -> None:
        self._units.append(self._units[-1] + day - self._days[-1])
        self._days.append(day)

    @staticmethod
    def _map(x: float, xs: list[float], ys: list[float]) -> float:
        k = max(bisect_right(xs, x) - 1, 0)
        if k + 1 < len(xs) and x > xs[k]:
            span = xs[k + 1] - xs[k]
            return ys[k] + (x - xs[k]) * (ys[k + 1] - ys[k]) / span
        return ys[k] + (x - xs[k])

    def to_units(self, day: float) -> float:
        return self._map(day, self._days, self._units)

    def to_day(self, unit: float) -> float:
        return self._map(unit, self._units, self._days)

    def in_gap(self, day: float) -> bool:
        """True strictly inside a compressed stretch (where no tick belongs)."""
        return self.gap_end(day) is not None

    def gap_end(self, day: float) -> float | None:
        """Where the compressed stretch around ``day`` ends; None outside any."""
        k = bisect_right(self._days, day) - 1
        # Knots come in pairs per gap after the origin: (start, end) at odd, even indices.
        if k >= 1 and k % 2 == 1 and day > self._days[k] and k + 1 < len(self._days):
            return self._days[k + 1]
        return None


@dataclass(frozen=True)
class Viewport:
    """Which time units are on screen: ``u0`` at the plot's left edge, ``scale`` px per unit."""

    u0: float
    scale: float

    def x(self, unit: float, left: float) -> float:
        return left + (unit - self.u0) * self.scale

    def unit_at(self, x: float, left: float) -> float:
        return self.u0 + (x - left) / self.scale

    def zoomed(self, factor: float, anchor_x: float, left: float, lo: float, hi: float) -> Viewport:
        """Zoom by ``factor`` keeping the time under ``anchor_x`` where it is."""
        scale = min(max(self.scale * factor, lo), hi)
        anchor = self.unit_at(anchor_x, left)
        return Viewport(anchor - (anchor_x - left) / scale, scale)


# ---------------------------------------------------------------------- records


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "at", "between", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def _first_words(text: str, limit: int = 24) -> str:
    """The first words of ``text`` within ``limit`` characters, not ending on 'of the'."""
    if len(text) <= limit:
        return text
    words = text[: limit + 1].split()[:-1] or [text[:limit]]
    while len(words) > 1 and words[-1].lower() in _SMALL_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:–-") + "…"


def label_texts(record: DatedRecord) -> tuple[str, str]:
    """The long and short label of a marker: ('27 Sep · The Hague', '27 Sep')."""
    try:
        when = short_date(record.date)
    except ValueError:
        when = record.date or ""
    tail = record.place or _first_words(record.title)
    return (f"{when} · {tail}" if tail else when), when


class _Layer(NamedTuple):
    """One lane's visible (or faded) records: global indices and their units, in date order."""

    indices: list[int]
    units: list[float]


class TimelineData:
    """The records in date order, with lanes, units and visibility; no Qt, no widget state."""

    def __init__(self, records: Iterable[DatedRecord] = (), compress: bool = True) -> None:
        lane_of = {k.id: LANES.index(k.lane) for k in KINDS if k.lane in LANES}
        days: dict[str | None, int | None] = {}  # many records share a date: parse it once
        kept = []
        for record in records:
            if record.date not in days:
                days[record.date] = day_number(record.date)
            day = days[record.date]
            # A record of a kind without a lane, or without a readable date, has no place here.
            if day is not None and record.kind in lane_of:
                kept.append((day, lane_of[record.kind], record))
        kept.sort(key=lambda row: row[0])  # stable: same-day records keep the store's order
        self.records: list[DatedRecord] = [r for _, _, r in kept]
        self.days: list[int] = [d for d, _, _ in kept]
        self.lanes: list[int] = [lane for _, lane, _ in kept]
        self.index: dict[str, int] = {r.id: i for i, r in enumerate(self.records)}
        self.lanes_all: list[list[int]] = [[] for _ in LANES]
        for i, lane in enumerate(self.lanes):
            self.lanes_all[lane].append(i)
        self.visible: list[bool] = [True] * len(self.records)
        self.visible_order: list[int] = list(range(len(self.records)))
        self.set_compress(compress)

    def __len__(self) -> int:
        return len(self.records)

    def set_compress(self, compress: bool) -> None:
        self.compress = compress
        self.scale = TimeScale(self.days, compress)
        self.units: list[float] = [self.scale.to_units(d) for d in self.days]
        self._build_layers()

    def set_visible(self, ids: set[str] | None) -> None:
        if ids is None:
            self.visible = [True] * len(self.records)
        else:
            self.visible = [r.id in ids for r in self.records]
        self.visible_order = [i for i, shown in enumerate(self.visible) if shown]
        self._build_layers()

    def _build_layers(self) -> None:
        lanes = len(LANES)
        self.shown = [_Layer([], []) for _ in range(lanes)]
        self.faded = [_Layer([], []) for _ in range(lanes)]
        for i, lane in enumerate(self.lanes):
            layer = (self.shown if self.visible[i] else self.faded)[lane]
            layer.indices.append(i)
            layer.units.append(self.units[i])

    @property
    def unit_range(self) -> tuple[float, float]:
        if not self.units:
            return 0.0, 365.0
        return self.units[0], self.units[-1]

    def step(self, current: int | None, direction: int) -> int | None:
        """The next (+1) or previous (-1) visible record in date order, or None at the end."""
        order = self.visible_order
        if not order:
            return None
        if current is None:
            return order[0] if direction > 0 else order[-1]
        if direction > 0:
            k = bisect_right(order, current)
            return order[k] if k < len(order) else None
        k = bisect_left(order, current)
        return order[k - 1] if k > 0 else None


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

    @property
    def count(self) -> int:
        return self.hi - self.lo


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
    layer: _Layer,
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
        mark = Mark(lane, faded, i, j, x, y, _mark_box(x, y, j - i, metrics))
        # A cluster's badge is wider than a marker: merge whatever it would overlap.
        while marks and marks[-1].box.right + 2 > mark.box.x:
            prev = marks.pop()
            x = (view.x(units[prev.lo], plot.x) + view.x(units[j - 1], plot.x)) / 2
            mark = Mark(lane, faded, prev.lo, j, x, y, _mark_box(x, y, j - prev.lo, metrics))
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
    layer: _Layer,
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
        if mark.faded or mark.count != 1:
            continue
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
    if not data.records:
        return ""
    lo, hi = data.days[0], data.days[-1]
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
    if not data.records:
        frame.message = NO_RECORDS_MESSAGE
        return frame
    if not data.visible_order:
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


# ---------------------------------------------------------------------- painting


@dataclass(frozen=True)
class Colours:
    background: QColor
    band: QColor  # every other lane
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    faded: QColor
    highlight: QColor
    dark: bool = False  # marker outlines go lighter, not darker, on a dark background

    @staticmethod
    def mix(a: QColor, b: QColor, t: float) -> QColor:
        """``a`` moved a fraction ``t`` of the way to ``b``."""
        return QColor.fromRgbF(
            a.redF() + (b.redF() - a.redF()) * t,
            a.greenF() + (b.greenF() - a.greenF()) * t,
            a.blueF() + (b.blueF() - a.blueF()) * t,
        )

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        return cls(
            background=base,
            band=cls.mix(base, text, 0.03),
            text=text,
            muted=cls.mix(text, base, 0.3),
            grid=cls.mix(base, text, 0.12),
            axis=cls.mix(base, text, 0.45),
            faded=cls.mix(text, base, 0.45),
            highlight=palette.color(role.Highlight),
            dark=base.lightness() < 128,
        )

    @classmethod
    def for_print(cls) -> Colours:
        white, black = QColor("#ffffff"), QColor("#000000")
        return cls(
            background=white,
            band=QColor("#f6f6f6"),
            text=black,
            muted=QColor("#444444"),
            grid=QColor("#dddddd"),
            axis=QColor("#777777"),
            faded=QColor("#888888"),
            highlight=black,
        )


class _Painter:
    """Draws one Frame with one set of colours and one font; shared by screen and print."""

    def __init__(
        self, painter: QPainter, data: TimelineData, colours: Colours, font: QFont
    ) -> None:
        self.p = painter
        self.data = data
        self.c = colours
        self.font = font

    def paint(self, frame: Frame, current: int | None = None) -> None:
        p = self.p
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(self.font)
        p.fillRect(_q(frame.bounds), self.c.background)
        self._lanes(frame)
        self._axis(frame)
        p.save()
        p.setClipRect(_q(frame.plot._replace(y=frame.bounds.y, h=frame.axis_y - frame.bounds.y)))
        for mark in frame.marks:
            self._mark(mark)
        self._labels(frame)
        if current is not None:
            mark = mark_of(frame, self.data, current)
            if mark is not None:
                self._ring(mark)
        p.restore()
        if frame.message:
            self._message(frame)

    def _lanes(self, frame: Frame) -> None:
        p, c = self.p, self.c
        for i, band in enumerate(frame.lanes):
            if i % 2 == 1:
                p.fillRect(_q(band.box), c.band)
        # A compressed gap: two dashed lines across the lanes, over the axis's break mark.
        pen = QPen(c.axis, 1, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 3.0])
        for box, _gap in frame.gaps:
            if frame.plot.x < box.cx < frame.plot.right:
                p.setPen(pen)
                for dx in (-3.0, 3.0):
                    x = _crisp(box.cx + dx)
                    p.drawLine(QPointF(x, frame.plot.y), QPointF(x, frame.axis_y - 6))
        p.setPen(QPen(c.grid, 1))
        for tick in frame.ticks:
            if tick.level == 0:
                x = _crisp(tick.x)
                p.drawLine(QPointF(x, frame.plot.y), QPointF(x, frame.axis_y))
        column = frame.plot.x - 8
        p.drawLine(QPointF(_crisp(column), frame.plot.y), QPointF(_crisp(column), frame.axis_y))
        for band in frame.lanes:
            colour, shape = LANE_STYLE[band.name]
            x = frame.bounds.x + LEGEND_X + MARKER / 2
            self._shape(shape, x, band.marker_y, MARKER * 0.85, QColor(colour))
            p.setPen(c.text)
            x = frame.bounds.x + NAME_X
            text_box = QRectF(x, band.marker_y - 10, column - x, 20)
            p.drawText(
                text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, band.name
            )

    def _axis(self, frame: Frame) -> None:
        p, c = self.p, self.c
        y = _crisp(frame.axis_y)
        p.setPen(QPen(c.axis, 1))
        # The axis line, broken where a gap is compressed.
        start = frame.plot.x
        breaks = sorted((box.cx, box) for box, _gap in frame.gaps)
        for cx, _box in breaks:
            p.drawLine(QPointF(start, y), QPointF(max(start, cx - 3), y))
            start = cx + 3
        p.drawLine(QPointF(min(start, frame.plot.right), y), QPointF(frame.plot.right, y))
        for tick in frame.ticks:
            length = (7, 5, 4, 2)[tick.level]
            x = _crisp(tick.x)
            p.drawLine(QPointF(x, y), QPointF(x, y + length))
        pen = QPen(c.axis, 1.3)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        for cx, _box in breaks:
            if frame.plot.x < cx < frame.plot.right:
                for dx in (-3.0, 3.0):
                    p.drawLine(QPointF(cx + dx - 3, y + 5), QPointF(cx + dx + 3, y - 5))
        for tick in frame.ticks:
            if tick.box is None:
                continue
            p.setPen(c.text if tick.level == 0 else c.muted)
            p.drawText(
                _q(tick.box), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, tick.text
            )
        if frame.range_text:
            p.setPen(c.muted)
            box = QRectF(frame.bounds.x + LEGEND_X, frame.axis_y + 8, frame.plot.x - 26, 20)
            p.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, frame.range_text
            )

    def _shape(self, shape: str, x: float, y: float, size: float, fill: QColor) -> None:
        self.p.setPen(QPen(fill.lighter(140) if self.c.dark else fill.darker(135), 1))
        self.p.setBrush(fill)
        self.p.drawPath(shape_polygon(shape, x, y, size))

    def _mark(self, mark: Mark) -> None:
        p, c = self.p, self.c
        colour, shape = LANE_STYLE[LANES[mark.lane]]
        fill = c.faded if mark.faded else QColor(colour)
        p.save()
        if mark.faded:
            p.setOpacity(0.25)
        if mark.count == 1:
            self._shape(shape, mark.x, mark.y, MARKER, fill)
        else:
            box = _q(mark.box)
            p.setPen(QPen(fill, 1.5))
            p.setBrush(c.background)
            p.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 7, 7)
            self._shape(shape, box.left() + 4 + MARKER * 0.35, mark.y, MARKER * 0.7, fill)
            p.setPen(c.text)
            text_box = box.adjusted(MARKER * 0.7 + 6, 0, -3, 0)
            p.drawText(
                text_box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, str(mark.count)
            )
        p.restore()

    def _labels(self, frame: Frame) -> None:
        self.p.setPen(self.c.text)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for label in frame.labels:
            self.p.drawText(_q(label.box), flags | Qt.TextFlag.TextDontClip, label.text)

    def _ring(self, mark: Mark) -> None:
        p = self.p
        p.save()
        p.setPen(QPen(self.c.highlight, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        box = _q(mark.box).adjusted(-3, -3, 3, 3)
        if mark.count == 1:
            p.drawEllipse(box)
        else:
            p.drawRoundedRect(box, 10, 10)
        p.restore()

    def _message(self, frame: Frame) -> None:
        p, c = self.p, self.c
        metrics = QFontMetricsF(self.font)
        # Centred on the lanes; wrapped where the pane is too narrow for one line.
        width = min(metrics.horizontalAdvance(frame.message), frame.bounds.w - 48)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        text = metrics.boundingRect(QRectF(0, 0, width, 1000), flags, frame.message)
        w, h = text.width() + 32, text.height() + 18
        left = min(max(frame.plot.cx - w / 2, frame.bounds.x + 4), frame.bounds.right - 4 - w)
        box = QRectF(left, frame.plot.cy - h / 2, w, h)
        p.setPen(QPen(c.grid, 1))
        p.setBrush(c.background)
        p.drawRoundedRect(box, 6, 6)
        p.setPen(c.text)
        p.drawText(box, flags, frame.message)


def _q(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


def _crisp(x: float) -> float:
    """Put a one-pixel line on a pixel, not across two."""
    return round(x) + 0.5


# ---------------------------------------------------------------------- the widget


class TimelineView(QWidget):
    """The timeline pane. Emits ``currentChanged(id)`` when the user picks a record."""

    currentChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 150)
        self._data = TimelineData()
        self._visible_ids: set[str] | None = None
        self._view: Viewport | None = None  # None: fit all, also after resizing
        self._current: int | None = None
        self._frame: Frame | None = None
        self._metrics: TextMetrics | None = None
        self._press: QPointF | None = None
        self._press_view: Viewport | None = None
        self._dragging = False
        self._update_description()

    def sizeHint(self) -> QSize:
        return QSize(900, 260)

    # ------------------------------------------------------------------ public API

    def set_records(self, records: list[DatedRecord]) -> None:
        """Show these records (all dated records of the database); fits them all."""
        current = self.current_id()
        self._data = TimelineData(records, self._data.compress)
        self._data.set_visible(self._visible_ids)
        self._current = self._data.index.get(current) if current else None
        self._view = None
        self._update_description()
        self._changed()

    def set_visible(self, ids: set[str] | None) -> None:
        """Fade every record not in ``ids``; None shows them all."""
        self._visible_ids = None if ids is None else set(ids)
        self._data.set_visible(self._visible_ids)
        self._update_description()
        self._changed()

    def set_current(self, record_id: str | None) -> None:
        """Ring one record and bring it on screen, without emitting ``currentChanged``."""
        self._current = self._data.index.get(record_id) if record_id else None
        self._changed()
        if self._current is not None:
            self._scroll_to(self._current)

    def current_id(self) -> str | None:
        return None if self._current is None else self._data.records[self._current].id

    def visible_count(self) -> int:
        return len(self._data.visible_order)

    def lane_of(self, record_id: str) -> str | None:
        index = self._data.index.get(record_id)
        return None if index is None else LANES[self._data.lanes[index]]

    def is_faded(self, record_id: str) -> bool:
        index = self._data.index.get(record_id)
        return index is not None and not self._data.visible[index]

    def set_compress_gaps(self, on: bool) -> None:
        if on != self._data.compress:
            self._data.set_compress(on)
            self._view = None
            self._changed()

    def compress_gaps(self) -> bool:
        return self._data.compress

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP, self._zoom_anchor())

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP, self._zoom_anchor())

    def fit_all(self) -> None:
        self._view = None
        self._changed()

    def marker_rect(self, record_id: str) -> QRectF | None:
        """Where the record's own marker is painted; None off screen or inside a cluster."""
        index = self._data.index.get(record_id)
        if index is None:
            return None
        frame = self._layout()
        mark = mark_of(frame, self._data, index)
        if mark is None or mark.count != 1 or not frame.plot.x <= mark.x <= frame.plot.right:
            return None
        return _q(mark.box)

    def label_rects(self) -> dict[str, QRectF]:
        """The marker labels on screen now: record id → rectangle."""
        return {self._data.records[lb.index].id: _q(lb.box) for lb in self._layout().labels}

    def label_texts(self) -> dict[str, str]:
        return {self._data.records[lb.index].id: lb.text for lb in self._layout().labels}

    def clusters(self) -> list[tuple[QRectF, int]]:
        """The cluster badges on screen now, with their counts."""
        return [(_q(m.box), m.count) for m in self._layout().marks if m.count > 1]

    def break_marks(self) -> list[QRectF]:
        """The compressed gaps on screen now (each drawn with a break mark on the axis)."""
        return [_q(box) for box, _gap in self._layout().gaps]

    def tick_labels(self) -> list[tuple[str, QRectF]]:
        return [(t.text, _q(t.box)) for t in self._layout().ticks if t.box is not None]

    def message(self) -> str:
        """The empty-state message shown, or ''."""
        return self._layout().message

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for a point: rich text, every piece of data escaped."""
        frame = self._layout()
        mark = self._mark_at(pos)
        if mark is not None:
            return self._describe(mark)
        for box, gap in frame.gaps:
            if box.contains(pos.x(), pos.y()):
                return f"<p>{html.escape(gap.describe())}</p>"
        return ""

    def render_to(self, painter: QPainter, rect: QRectF, *, print_mode: bool = False) -> None:
        """Paint the whole timeline ("fit all") into ``rect`` of any painter.

        Sizes are in 96-dpi pixels scaled to the device, so a PDF or SVG gets the same
        picture as the screen; with ``print_mode`` the colours are black on white and
        nothing depends on the widget's palette or size.
        """
        device = painter.device()
        dpi = device.logicalDpiX() if device is not None else 96
        ratio = dpi / 96 if dpi > 0 else 1.0
        font = QFont(self.font())
        # Pixels, not points: the painter is scaled to 96 dpi, and points would scale twice.
        # Print gets a fixed small size (about 7.5 pt), for as many labels as the screen.
        font.setPixelSize(PRINT_FONT_PX if print_mode else QFontInfo(self.font()).pixelSize())
        metrics = _metrics_for(font)
        colours = Colours.for_print() if print_mode else Colours.from_palette(self.palette())
        painter.save()
        try:
            painter.translate(rect.topLeft())
            painter.scale(ratio, ratio)
            bounds = Box(0, 0, rect.width() / ratio, rect.height() / ratio)
            frame = layout_frame(self._data, bounds, metrics)
            current = None if print_mode else self._current
            _Painter(painter, self._data, colours, font).paint(frame, current)
        finally:
            painter.restore()

    # ------------------------------------------------------------------ layout and state

    def _changed(self) -> None:
        self._frame = None
        self.update()

    def _update_description(self) -> None:
        data = self._data
        if not data.records:
            self.setAccessibleDescription(NO_RECORDS_MESSAGE)
            return
        first, last = data.records[0].year, data.records[-1].year
        self.setAccessibleDescription(
            f"{len(data.visible_order)} of {len(data)} records, {first}–{last}. "
            "Left and right arrows step through the records; plus and minus zoom."
        )

    def _text_metrics(self) -> TextMetrics:
        if self._metrics is None:
            self._metrics = _metrics_for(self.font())
        return self._metrics

    def _bounds(self) -> Box:
        return Box(0, 0, float(self.width()), float(self.height()))

    def _layout(self) -> Frame:
        if self._frame is None:
            metrics = self._text_metrics()
            view = self._view
            if view is not None:
                plot = frame_geometry(self._bounds(), metrics)[0]
                view = self._view = clamp_view(self._data, plot, view, metrics)
            self._frame = layout_frame(self._data, self._bounds(), metrics, view)
        return self._frame

    def _set_view(self, view: Viewport) -> None:
        plot = self._layout().plot
        metrics = self._text_metrics()
        self._view = clamp_view(self._data, plot, view, metrics)
        if self._view == fit_view(self._data, plot, metrics):
            self._view = None  # stay fitted through resizes
        self._changed()

    def _zoom(self, factor: float, anchor_x: float) -> None:
        frame = self._layout()
        fit = fit_view(self._data, frame.plot, self._text_metrics())
        view = frame.view.zoomed(factor, anchor_x, frame.plot.x, fit.scale, MAX_PX_PER_DAY)
        self._set_view(view)

    def _zoom_anchor(self) -> float:
        """Zoom around the current record when it is on screen, else the middle."""
        frame = self._layout()
        if self._current is not None:
            mark = mark_of(frame, self._data, self._current)
            if mark is not None and frame.plot.x <= mark.x <= frame.plot.right:
                return mark.x
        return frame.plot.cx

    def _scroll_to(self, index: int) -> None:
        frame = self._layout()
        x = frame.view.x(self._data.units[index], frame.plot.x)
        margin = min(40.0, frame.plot.w / 4)
        if frame.plot.x + margin <= x <= frame.plot.right - margin:
            return
        view = frame.view
        self._set_view(
            Viewport(self._data.units[index] - frame.plot.w / 2 / view.scale, view.scale)
        )

    def _mark_at(self, pos: QPointF) -> Mark | None:
        frame = self._layout()
        if not frame.plot.contains(pos.x(), pos.y()):
            return None
        # Visible marks are drawn last, over the faded ones: look at them first.
        for mark in reversed(frame.marks):
            if mark.box.contains(pos.x(), pos.y(), slop=3):
                return mark
        return None

    def _members(self, mark: Mark) -> list[int]:
        layer = (self._data.faded if mark.faded else self._data.shown)[mark.lane]
        return layer.indices[mark.lo : mark.hi]

    def _describe(self, mark: Mark) -> str:
        members = self._members(mark)
        records = [self._data.records[i] for i in members]
        if len(records) == 1:
            r = records[0]
            facts = " · ".join(x for x in (r.kind_label, human_date(r.date), r.place) if x)
            note = "<br><i>Outside the current filters</i>" if mark.faded else ""
            return f"<p><b>{html.escape(r.title)}</b><br>{html.escape(facts)}{note}</p>"
        first, last = human_date(records[0].date), human_date(records[-1].date)
        span = first if first == last else f"{first} – {last}"
        lines = [
            f"{html.escape(short_date(r.date))} · {html.escape(_first_words(r.title, 60))}"
            for r in records[:8]
        ]
        if len(records) > 8:
            lines.append(f"… and {len(records) - 8} more")
        faded = " outside the current filters" if mark.faded else ""
        hint = "Click to zoom in" if first != last else "Click to show the first; → for the next"
        return (
            f"<p><b>{len(records)} {html.escape(LANES[mark.lane].lower())}{faded}</b><br>"
            f"{html.escape(span)}</p><p>{'<br>'.join(lines)}</p><p><i>{hint}</i></p>"
        )

    def _activate(self, mark: Mark) -> None:
        members = self._members(mark)
        units = [self._data.units[i] for i in members]
        if len(members) > 1 and units[-1] - units[0] > 0.5:
            # Records on different days: zoom until they come apart.
            frame = self._layout()
            scale = min(frame.plot.w * 0.6 / (units[-1] - units[0]), MAX_PX_PER_DAY)
            middle = (units[0] + units[-1]) / 2
            self._set_view(Viewport(middle - frame.plot.w / 2 / scale, scale))
            return
        # One record, or records of one day that no zoom can separate: pick the first.
        self._pick(members[0])

    def _pick(self, index: int) -> None:
        self._current = index
        self._changed()
        self._scroll_to(index)
        self.currentChanged.emit(self._data.records[index].id)

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._layout()
        painter = QPainter(self)
        try:
            colours = Colours.from_palette(self.palette())
            _Painter(painter, self._data, colours, self.font()).paint(frame, self._current)
            if self.hasFocus():
                pen = QPen(colours.highlight, 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._frame = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
            self._frame = None
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
        ):
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        keys = Qt.Key
        if key in (keys.Key_Right, keys.Key_Left):
            target = self._data.step(self._current, 1 if key == keys.Key_Right else -1)
            if target is not None:
                self._pick(target)
        elif key in (keys.Key_Plus, keys.Key_Equal):
            self.zoom_in()
        elif key in (keys.Key_Minus, keys.Key_Underscore):
            self.zoom_out()
        elif key in (keys.Key_0, keys.Key_Home):
            self.fit_all()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_view = self._layout().view
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and self._press_view is not None:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                start = self._press_view
                self._set_view(Viewport(start.u0 - dx / start.scale, start.scale))
            return
        over = self._mark_at(pos) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                mark = self._mark_at(event.position())
                if mark is not None:
                    self._activate(mark)
            self._press = self._press_view = None
            self._dragging = False
            self.setCursor(Qt.CursorShape.ArrowCursor)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        angle, pixels = event.angleDelta(), event.pixelDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = angle.y() / 120 if angle.y() else angle.x() / 120
            if steps:
                self._zoom(1.25**steps, event.position().x())
            event.accept()
            return
        frame = self._layout()
        if not pixels.isNull():
            dx = float(pixels.x() or pixels.y())
        else:
            dx = (angle.x() or angle.y()) / 120 * frame.plot.w * 0.12
        if dx:
            view = frame.view
            self._set_view(Viewport(view.u0 - dx / view.scale, view.scale))
        event.accept()


def _metrics_for(font: QFont) -> TextMetrics:
    qt = QFontMetricsF(font)
    return TextMetrics(qt.horizontalAdvance, qt.height())
