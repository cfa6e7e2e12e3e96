"""The records a timeline shows, in date order, with lanes, units and visibility (no Qt)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
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
        self.shown = [Layer([], []) for _ in range(lanes)]
        self.faded = [Layer([], []) for _ in range(lanes)]
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
