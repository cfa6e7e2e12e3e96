"""The timeline as a screen reader hears it: marks in reading order, with names (no Qt).

The pane paints markers and clusters; assistive technology needs the same marks as a
list of items, each with a name, a description and an identity that survives a repaint.
These functions derive all three from a laid-out ``Frame`` and the ``TimelineData``.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts, month_year, tr
from coopdesk.model import DatedRecord
from coopdesk.render import human_date
from coopdesk.schema import LANES, kind_name
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.layout import Frame, Mark, lane_count, mark_of
from coopdesk.timeline.scale import day_number

# Every string a reader hears from the timeline, in one place.
TEXT = Texts(
    {
        "record": QT_TRANSLATE_NOOP("Spoken", "{date}, {kind}: {title}"),
        "cluster": QT_TRANSLATE_NOOP("Spoken", "{records}, {span}"),
        "span": QT_TRANSLATE_NOOP("Spoken", "{first} to {last}"),
        "selected": QT_TRANSLATE_NOOP("Spoken", "; selected: {record}"),
        "lane": QT_TRANSLATE_NOOP("Spoken", "{lane} lane"),
        "outside": QT_TRANSLATE_NOOP("Spoken", ", outside the current filters"),
        "zoom": QT_TRANSLATE_NOOP("Spoken", "; press to zoom in on these records"),
    }
)


class MarkKey(NamedTuple):
    """What a mark stands for, independent of where it is drawn: its lane, whether it is
    faded, and the first and last of its records with their number."""

    lane: int
    faded: bool
    first: str
    last: str
    size: int


def _ref_id(data: TimelineData, ref: int) -> str:
    """A layer item's identity: a record's id, or a bucket's days (its records unread)."""
    bucket = data.bucket(ref)
    return data.records[ref].id if bucket is None else f"days {bucket.first}-{bucket.last}"


def key_of(data: TimelineData, mark: Mark) -> MarkKey:
    layer = (data.faded if mark.faded else data.shown)[mark.lane]
    first, last = layer.indices[mark.lo], layer.indices[mark.hi - 1]
    return MarkKey(mark.lane, mark.faded, _ref_id(data, first), _ref_id(data, last), mark.count)


def reading_order(frame: Frame) -> list[Mark]:
    """The marks on screen from left to right, lanes top to bottom where they share an x.

    The frame lists faded marks first (they are painted below); a reader wants time order.
    Marks laid out just beyond the plot's edges (so that they can slide in) are left out.
    """
    plot = frame.plot
    shown = [m for m in frame.marks if plot.x <= m.x <= plot.right]
    return sorted(shown, key=lambda m: (round(m.x, 1), m.lane, m.faded))


def _kind(record: DatedRecord) -> str:
    label = kind_name(record.kind)
    # "Summit" → "summit", but an initialism ("EU…") keeps its capitals.
    if len(label) > 1 and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def record_name(record: DatedRecord) -> str:
    """'3 October 2001, summit: Russia–EU Summit'."""
    return TEXT["record"].format(
        date=human_date(record.date), kind=_kind(record), title=record.title
    )


def mark_name(
    data: TimelineData,
    mark: Mark,
    current: int | None = None,
    elsewhere: DatedRecord | None = None,
) -> str:
    """The spoken name of a marker or cluster; a cluster also names its selected record
    (``current`` on hand, or ``elsewhere``: the selected record not on hand)."""
    layer = (data.faded if mark.faded else data.shown)[mark.lane]
    members = layer.indices[mark.lo : mark.hi]
    if any(ref < 0 for ref in members):
        selected = data.records[current] if current is not None else elsewhere
        if selected is not None and not (
            holds(data, mark, current) if current is not None else counts(data, mark, selected)
        ):
            selected = None
        return _counted_name(data, mark, members, selected)
    if len(members) == 1:
        return record_name(data.records[members[0]])
    first, last = (
        human_date(data.records[members[0]].date),
        human_date(data.records[members[-1]].date),
    )
    span = first if first == last else TEXT["span"].format(first=first, last=last)
    name = TEXT["cluster"].format(records=lane_count(mark.lane, len(members)), span=span)
    if current is not None and holds(data, mark, current):
        name += TEXT["selected"].format(record=record_name(data.records[current]))
    return name


def _counted_name(
    data: TimelineData, mark: Mark, refs: list[int], selected: DatedRecord | None
) -> str:
    """'412 summits, March 2017': a mark standing for records counted (some perhaps on
    hand), by their number and the days they fall in."""
    days = [
        (data.days[ref], data.days[ref]) if bucket is None else (bucket.first, bucket.last)
        for ref in refs
        for bucket in [data.bucket(ref)]
    ]
    span = _days_text(min(a for a, _ in days), max(b for _, b in days))
    name = TEXT["cluster"].format(records=lane_count(mark.lane, mark.count), span=span)
    if selected is not None:
        name += TEXT["selected"].format(record=record_name(selected))
    return name


def counts(data: TimelineData, mark: Mark, record: DatedRecord) -> bool:
    """Whether ``mark`` counts ``record`` (not on hand) in one of its buckets: its lane,
    and a bucket of the mark's holding its day."""
    day = day_number(record.date)
    if day is None or record.lane not in LANES or LANES.index(record.lane) != mark.lane:
        return False
    layer = (data.faded if mark.faded else data.shown)[mark.lane]
    return any(
        bucket is not None and bucket.first <= day <= bucket.last
        for bucket in map(data.bucket, layer.indices[mark.lo : mark.hi])
    )


def mark_counting(frame: Frame, data: TimelineData, record: DatedRecord) -> Mark | None:
    """The mark on screen that counts ``record`` (not on hand), if any: one inside the
    filters first (the pane cannot tell whether a record it has not read is inside them;
    the arrow keys step through the records the filters keep)."""
    marks = [m for m in reading_order(frame) if counts(data, m, record)]
    return min(marks, key=lambda m: m.faded, default=None)


def _days_text(first: int, last: int) -> str:
    """Days as a reader hears them: '3 March 2017', 'March 2017' for a whole month,
    'March 2017 to May 2017', '3 March 2017 to 9 March 2017'."""
    a, b = dt.date.fromordinal(first), dt.date.fromordinal(last)
    if a == b:
        return human_date(a.isoformat())
    if a.day == 1 and (b + dt.timedelta(days=1)).day == 1:
        months = [month_year(a), month_year(b)]
        if months[0] == months[1]:
            return months[0]
        return TEXT["span"].format(first=months[0], last=months[1])
    return TEXT["span"].format(first=human_date(a.isoformat()), last=human_date(b.isoformat()))


def holds(data: TimelineData, mark: Mark, index: int) -> bool:
    """Whether record ``index`` is one of the records ``mark`` stands for."""
    if data.lanes[index] != mark.lane or data.visible[index] == mark.faded:
        return False
    layer = (data.faded if mark.faded else data.shown)[mark.lane]
    if data.buckets:  # counted items (negative refs) among the records: look it up
        return index in layer.indices[mark.lo : mark.hi]
    # A layer's global indices rise with date, so its slice is a range of them.
    return layer.indices[mark.lo] <= index <= layer.indices[mark.hi - 1]


def mark_description(mark: Mark) -> str:
    """The lane, and whether the filters leave the mark out: "Summits lane, outside …"."""
    text = TEXT["lane"].format(lane=tr(LANES[mark.lane]))
    if mark.faded:
        text += TEXT["outside"]
    if mark.count > 1:
        text += TEXT["zoom"]
    return text


def mark_holding(frame: Frame, data: TimelineData, index: int) -> Mark | None:
    """The mark in reading order that stands for record ``index``, if it is on screen."""
    mark = mark_of(frame, data, index)
    if mark is None or not frame.plot.x <= mark.x <= frame.plot.right:
        return None
    return mark
