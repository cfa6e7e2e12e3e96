"""The timeline's time axis: year, month and day ticks and their labels (no Qt).

Labels go in order of importance and never collide; whatever the zoom, one label on
screen names a year, so a reader always knows when "Sep" is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.i18n import month_year, short_date, short_month
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.scale import Box, TextMetrics, TimeScale, Viewport


@dataclass
class Tick:
    x: float
    level: int  # 0 labelled year, 1 other year, 2 month, 3 day
    text: str = ""
    box: Box | None = None  # where its label goes; None: no label shown
    day: int = 0  # the tick's date as a proleptic ordinal


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
            ticks.append(Tick(view.x(scale.to_units(ordinal), plot.x), level, text, day=ordinal))

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
        room = max(metrics.width(short_month(m)) for m in range(1, 13)) + 12
        every = next((s for s in (1, 3, 6) if s * px_month >= room), 0)
        month = dt.date.fromordinal(int(first)).replace(day=1)
        while month.toordinal() <= last:
            if month.month != 1:
                shown = every and (month.month - 1) % every == 0
                add(month, 2, short_month(month.month) if shown else "")
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
        box = _label_box(tick, metrics, label_y)
        # A label may reach a little into the gutter left of the plot, not into the range text.
        fits = box.within_x(plot.x - 6, right)
        if fits and not any(box.intersects(p, 10) for p in placed):
            tick.box = box
            placed.append(box)
    ticks.sort(key=lambda t: t.x)
    _name_a_year(ticks, metrics, label_y, plot.x - 6, right)
    return ticks


def _label_box(tick: Tick, metrics: TextMetrics, label_y: float) -> Box:
    w = metrics.width(tick.text)
    return Box(tick.x - w / 2, label_y, w, metrics.height)


def _name_a_year(
    ticks: list[Tick], metrics: TextMetrics, label_y: float, left: float, right: float
) -> None:
    """Zoomed in past the new years, the first labelled month or day gets its year
    ("Sep 2017", "27 Sep 2017"), and the labels it would now touch give way."""
    labelled = [t for t in ticks if t.box is not None]
    if not labelled or any(t.level <= 1 for t in labelled):
        return
    for tick in labelled:
        day = dt.date.fromordinal(tick.day)
        month = short_month(day.month)
        tick.text = f"{month} {day.year}" if tick.level == 2 else f"{short_date(day)} {day.year}"
        box = _label_box(tick, metrics, label_y)
        if box.x < left:  # at the left edge: start at the tick instead of centring on it
            box = box._replace(x=max(tick.x, left))
        if box.within_x(left, right):
            tick.box = box
            for other in ticks:
                if other is not tick and other.box is not None and other.box.intersects(box, 10):
                    other.box = None
            return
        tick.text = month if tick.level == 2 else str(day.day)


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
    return month_year(a)
