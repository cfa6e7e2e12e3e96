"""What the timeline shows of a database under some filters, read with queries (no Qt).

A collection small enough to hold comes whole: every dated record, each marked inside or
outside the filters. A large one comes as counts per month and lane (from facet_months),
inside and outside the filters; and within the ``window`` of days the pane looks at
closely, as the records themselves where they are few enough to draw one by one, else as
counts per day. Nothing here grows with the collection, only with what is on screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections import Counter

from coopdesk.model import Filters
from coopdesk.schema import KIND_BY_ID, LANES
from coopdesk.store import Store
from coopdesk.store.dates import MonthCount
from coopdesk.timeline.data import Bucket, TimelineData
from coopdesk.timeline.scale import GAP_MIN_DAYS, TimeScale, day_number

CAP_RECORDS = 2_000  # at most this many records are fetched one by one
CAP_DAYS = 150_000  # a window holding more is counted per month, not per day
_LANE_OF = {k.id: LANES.index(k.lane) for k in KIND_BY_ID.values() if k.lane in LANES}
_GAP_MONTHS = GAP_MIN_DAYS // 31  # months this far apart may hold a compressed gap

Window = tuple[int, int]  # first and last day (proleptic ordinals)


@functools.lru_cache(maxsize=20_000)
def month_days(month: int) -> Window:
    """The first and last day of a month number (year * 12 + month - 1)."""
    year, index = divmod(month, 12)
    following = dt.date(year + (index == 11), (index + 1) % 12 + 1, 1)
    return dt.date(year, index + 1, 1).toordinal(), following.toordinal() - 1


def month_of(day: int) -> int:
    date = dt.date.fromordinal(day)
    return date.year * 12 + date.month - 1


def iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


def content(
    store: Store,
    filters: Filters,
    window: Window | None = None,
    compress: bool = True,
    *,
    months: list[MonthCount] | None = None,
    match_nothing: bool = False,
) -> TimelineData:
    """The timeline's data under ``filters``, with ``window`` in detail if it is large.
    ``months``: the filters' counts per month, when the caller has read them already;
    ``match_nothing``: every record outside (a search that cannot be made)."""
    if store.total_dated() <= CAP_RECORDS:
        pairs = store.dated_between(filters, "0001-01-01", "9999-12-31", CAP_RECORDS)
        data = TimelineData([r for r, _ in pairs], compress)
        if match_nothing or not filters.is_empty:
            data.set_visible(set() if match_nothing else {r.id for r, keep in pairs if keep})
        return data

    cells = store.cached("month_cells", lambda: _month_cells(store))
    kept = [] if match_nothing else months if months is not None else store.month_counts(filters)
    shown: Counter[tuple[int, int]] = Counter()
    for month, kind, n in kept:
        if kind in _LANE_OF:
            shown[month, _LANE_OF[kind]] += n
    scale_days, extent = store.cached(
        "scale_days", lambda: _scale_days(store, sorted({cell[0] for cell in cells}))
    )

    records = []
    buckets = []
    detail = None
    if window is not None:
        m0, m1 = month_of(window[0]), month_of(window[1])
        detail = (month_days(m0)[0], month_days(m1)[1])
        inside = sum(cell[4] for cell in cells if m0 <= cell[0] <= m1)
        first, last = iso(detail[0]), iso(detail[1])
        if inside <= CAP_RECORDS:
            pairs = store.dated_between(filters, first, last, CAP_RECORDS)
            records = [r for r, _ in pairs]
            visible = set() if match_nothing else {r.id for r, keep in pairs if keep}
        elif inside <= CAP_DAYS:
            visible = set()
            for date, kind, n, n_shown in store.day_counts(filters, first, last):
                day = day_number(date)
                if day is None or kind not in _LANE_OF:
                    continue
                lane = _LANE_OF[kind]
                n_shown = 0 if match_nothing else n_shown
                if n_shown:
                    buckets.append(Bucket(day, day, lane, n_shown))
                if n - n_shown:
                    buckets.append(Bucket(day, day, lane, n - n_shown, True))
        else:
            detail = None  # too many even to count per day: months it is
    for month, lane, first_day, last_day, n in cells:
        if detail is not None and detail[0] <= first_day <= detail[1]:
            continue
        inside_filters = shown.get((month, lane), 0)
        if inside_filters:
            buckets.append(Bucket(first_day, last_day, lane, inside_filters))
        if n - inside_filters:
            buckets.append(Bucket(first_day, last_day, lane, n - inside_filters, True))
    scale = store.cached(f"scale-{compress}", lambda: TimeScale(scale_days, compress))
    data = TimelineData(
        records,
        compress,
        buckets=buckets,
        extent=extent,
        scale_days=scale_days,
        detail=detail,
        scale=scale,
    )
    if records:
        data.set_visible(visible)
    data.window = window
    data.closest = (
        window is not None
        and detail is not None
        and not any(detail[0] <= b.first <= detail[1] for b in buckets)
    )
    return data


def _month_cells(store: Store) -> list[tuple[int, int, int, int, int]]:
    """(month, lane, first day, last day, records) of every month and lane with records,
    in date order: the same for every filter, read once."""
    total: Counter[tuple[int, int]] = Counter()
    for month, kind, n in store.month_counts(Filters()):
        if kind in _LANE_OF:
            total[month, _LANE_OF[kind]] += n
    return sorted((m, lane, *month_days(m), n) for (m, lane), n in total.items())


def _scale_days(store: Store, months: list[int]) -> tuple[list[int], Window | None]:
    """Days enough for the time scale: a day inside each month with records, and the exact
    days on both sides of every stretch long enough to be compressed."""
    found = store.extent()
    if found is None or not months:
        return [], None
    lo, hi = day_number(found[0]), day_number(found[1])
    if lo is None or hi is None:
        return [], None
    days = {lo, hi}
    exact = {months[0], months[-1]}
    for before, after in itertools.pairwise(months):
        if after - before >= _GAP_MONTHS:
            # The last record before the stretch and the first after it, to the day.
            last = store.nearest_dates(iso(month_days(after)[0]))[0]
            first = store.nearest_dates(iso(month_days(before)[1]))[1]
            for date in (last, first):
                day = day_number(date)
                if day is not None:
                    days.add(day)
            exact |= {before, after}
    days.update(month_days(m)[0] + 14 for m in months if m not in exact)
    return sorted(days), (lo, hi)
