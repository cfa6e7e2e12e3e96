"""The timeline's time scale and geometry, in plain Python (no Qt).

``TimeScale`` maps dates to *time units* (days, with long empty stretches compressed);
``Viewport`` says which units are on screen and how wide; ``Box`` and ``TextMetrics``
are the little geometry the layout needs. The widget and paper output both use them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, translate
from coopdesk.render import human_date

EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "Timeline", "No records match these filters. Clear a filter or widen the years."
)
NO_RECORDS_MESSAGE = QT_TRANSLATE_NOOP("Timeline", "No dated records in this database.")
Timeline = Context("Timeline")

GAP_MIN_DAYS = 3 * 365 + 1  # an empty stretch longer than about three years is compressed
GAP_KEEP_DAYS = 180  # kept at full scale on each side, so the records next to a gap breathe
GAP_UNITS = 110.0  # the width of a compressed stretch, in days of the linear scale

MARKER = 12.0  # marker size in pixels
CLUSTER_PX = MARKER + 1  # markers closer than this in one lane are drawn as one cluster
FIT_PAD_LEFT = 14.0  # room between the label column and the first marker at "fit all"
FIT_PAD_RIGHT = 20.0
MAX_PX_PER_DAY = 60.0
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
        years = round((self.after - self.before) / 365.25)
        return translate(
            "Timeline",
            "No records between {first} and {last} ({years}): this stretch is drawn compressed.",
        ).format(
            first=human_date(first),
            last=human_date(last),
            years=Timeline.tr("about %n year(s)", "", years),
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
        self._memo: dict[float, float] = {}  # days already mapped (a scale is reused)
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
        unit = self._memo.get(day)
        if unit is None:
            unit = self._memo[day] = self._map(day, self._days, self._units)
        return unit

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
