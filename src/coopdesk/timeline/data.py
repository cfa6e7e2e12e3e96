"""The records a timeline shows, in date order, with lanes, units and visibility (no Qt)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from coopdesk.model import DatedRecord
from coopdesk.render import short_date
from coopdesk.schema import KINDS, LANES
from coopdesk.timeline.scale import TimeScale, day_number

# ---------------------------------------------------------------------- records


_SMALL_WORDS = frozenset(
    ["a", "an", "and", "at", "between", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def first_words(text: str, limit: int = 24) -> str:
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
    tail = record.place or first_words(record.title)
    return (f"{when} · {tail}" if tail else when), when


class Layer(NamedTuple):
    """One lane's visible (or faded) items in date order: records by their global index
    (``ref`` >= 0) and buckets (``ref`` = -1 - bucket index), their units, and the
    running total of the records they stand for (``totals[k]``: before position k)."""

    indices: list[int]
    units: list[float]
    totals: list[int]

    def weight(self, lo: int, hi: int) -> int:
        """How many records the items from position ``lo`` to ``hi`` stand for."""
        return self.totals[hi] - self.totals[lo]


class Bucket(NamedTuple):
    """Records counted, not fetched: ``n`` records of one lane from day ``first`` to day
    ``last``, inside the filters or (``faded``) outside them. (Fields in date order: a
    list of buckets sorts as plain tuples.)"""

    first: int
    last: int
    lane: int
    n: int
    faded: bool = False


class TimelineData:
    """The records in date order, with lanes, units and visibility; no Qt, no widget state.

    Records can also stand in buckets: counts per lane over a span of days, for a large
    collection seen from afar. ``detail`` is then the span of days (first, last) inside
    which everything is a record or a bucket of one day; outside it, buckets are months.
    ``extent`` and ``scale_days`` say where the collection begins and ends and which days
    have records, when the records on hand are not all of them.
    """

    def __init__(
        self,
        records: Iterable[DatedRecord] = (),
        compress: bool = True,
        *,
        buckets: Iterable[Bucket] = (),
        extent: tuple[int, int] | None = None,
        scale_days: Sequence[int] | None = None,
        detail: tuple[int, int] | None = None,
        scale: TimeScale | None = None,
    ) -> None:
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
        self.buckets: list[Bucket] = sorted(buckets)
        self._bucket_counts = (
            sum(b.n for b in self.buckets if not b.faded),
            sum(b.n for b in self.buckets),
        )
        self.detail = detail
        self.window: tuple[int, int] | None = None  # the days it was asked to show closely
        self.closest = False  # and shows them record by record (no closer look to take)
        if extent is None and (self.days or self.buckets):
            extent = (
                min([*self.days[:1], *(b.first for b in self.buckets[:1])]),
                max([*self.days[-1:], *(b.last for b in self.buckets)]),
            )
        self.extent = extent
        self._scale_days = (
            list(scale_days)
            if scale_days is not None
            else [*self.days, *(d for b in self.buckets for d in (b.first, b.last))]
        )
        self.visible: list[bool] = [True] * len(self.records)
        self.visible_order: list[int] = list(range(len(self.records)))
        self.set_compress(compress, scale)

    def __len__(self) -> int:
        return len(self.records)

    @property
    def empty(self) -> bool:
        """Nothing at all to draw: no records, no buckets."""
        return not self.records and not self.buckets

    @property
    def shown_count(self) -> int:
        """How many records the filters keep, counted or on hand."""
        return len(self.visible_order) + self._bucket_counts[0]

    @property
    def total_count(self) -> int:
        return len(self.records) + self._bucket_counts[1]

    def set_compress(self, compress: bool, scale: TimeScale | None = None) -> None:
        """Compress long empty stretches or not; ``scale``: one made already for the same
        days and setting (reused across filter changes)."""
        self.compress = compress
        self.scale = scale or TimeScale(self._scale_days, compress)
        self.units: list[float] = [self.scale.to_units(d) for d in self.days]
        self.bucket_units: list[float] = [
            self.scale.to_units((b.first + b.last) / 2) for b in self.buckets
        ]
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
        items: list[list[tuple[float, int, int]]] = [[] for _ in range(lanes * 2)]
        for i, lane in enumerate(self.lanes):
            items[lane * 2 + (not self.visible[i])].append((self.units[i], i, 1))
        for b, bucket in enumerate(self.buckets):
            items[bucket.lane * 2 + bucket.faded].append((self.bucket_units[b], -1 - b, bucket.n))
        layers = []
        for rows in items:
            if self.buckets and self.records:
                rows.sort()  # by unit; records of one day by index, which is their order
            totals = [0]
            for _unit, _ref, n in rows:
                totals.append(totals[-1] + n)
            layers.append(Layer([r for _, r, _ in rows], [u for u, _, _ in rows], totals))
        self.shown = layers[0::2]
        self.faded = layers[1::2]

    def bucket(self, ref: int) -> Bucket | None:
        """The bucket a layer's ``ref`` stands for; None when it is a record."""
        return self.buckets[-1 - ref] if ref < 0 else None

    def span(self, ref: int) -> tuple[float, float]:
        """The units a layer item covers: one day for a record, its span for a bucket."""
        bucket = self.bucket(ref)
        if bucket is None:
            return self.units[ref], self.units[ref]
        return self.scale.to_units(bucket.first), self.scale.to_units(bucket.last)

    @property
    def unit_range(self) -> tuple[float, float]:
        if self.extent is None:
            return 0.0, 365.0
        return self.scale.to_units(self.extent[0]), self.scale.to_units(self.extent[1])

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
