"""Dates as documents write them: "6 November 2003", "November 6, 2003", "12–14 March 2019".

Every date found keeps its span in the text, so a proposal quotes the document's own
characters and never a normalised spelling of them. One module for the curation
workbench (which proposes dates) and the build (which checks them), in the core.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({name[:3].lower(): n for name, n in zip(MONTHS, range(1, 13), strict=True)})
_MONTH_NUMBER["sept"] = 9

_SP = r"[ \u00a0\u202f]+"  # a space, a no-break space or a narrow one
_DASH = r"[ \u00a0\u202f]*[-\u2010\u2011\u2012\u2013\u2014][ \u00a0\u202f]*"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_MONTH = r"(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_TO = rf"(?:{_DASH}|{_SP}(?:to|until){_SP})"
_SPAN = rf"(?:{_TO}|{_SP}and{_SP})"  # "12 and 13 March": two days of one event

# Longest forms first: a range must not be read as its last day alone.
_PATTERNS = (
    # 30 March – 1 April 2019
    re.compile(
        rf"\b(?P<d1>{_DAY}){_SP}(?P<m1>{_MONTH}){_TO}(?P<d>{_DAY}){_SP}(?P<m>{_MONTH}),?{_SP}"
        rf"(?P<y>{_YEAR})\b"
    ),
    # 12–14 March 2019, 12 and 13 March 2019
    re.compile(rf"\b(?P<d1>{_DAY}){_SPAN}(?P<d>{_DAY}){_SP}(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})\b"),
    # 6 November 2003, 6th November 2003
    re.compile(rf"\b(?P<d>{_DAY}){_SP}(?P<m>{_MONTH}),?{_SP}(?P<y>{_YEAR})\b"),
    # March 12–14, 2019
    re.compile(rf"\b(?P<m>{_MONTH}){_SP}(?P<d1>{_DAY}){_SPAN}(?P<d>{_DAY}),?{_SP}(?P<y>{_YEAR})\b"),
    # November 6, 2003
    re.compile(rf"\b(?P<m>{_MONTH}){_SP}(?P<d>{_DAY}),?{_SP}(?P<y>{_YEAR})\b"),
    # 2003-11-06
    re.compile(r"\b(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})\b"),
    # 6.11.2003
    re.compile(rf"\b(?P<d>{_DAY})\.(?P<mn>0?[1-9]|1[0-2])\.(?P<y>{_YEAR})\b"),
)


@dataclass(frozen=True)
class DateMention:
    """A date in a text: its span, its characters and the ISO date it names.

    For a range ("12–14 March 2019") ``iso`` is the first day and ``end`` the last.
    """

    start: int
    stop: int
    text: str
    iso: str
    end: str | None = None


def _month(name: str) -> int:
    return _MONTH_NUMBER[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # 30 February: a number, not a date
        return None


def _read(match: re.Match[str]) -> tuple[str, str | None] | None:
    groups = match.groupdict()
    year = int(groups["y"])
    month = int(groups["mn"]) if groups.get("mn") else _month(groups["m"])
    last = _iso(year, month, _day(groups["d"]))
    if last is None:
        return None
    if not groups.get("d1"):
        return last, None
    first_month = _month(groups["m1"]) if groups.get("m1") else month
    first = _iso(year if first_month <= month else year - 1, first_month, _day(groups["d1"]))
    if first is None or first >= last:
        return None
    return first, last


def find_dates(text: str) -> list[DateMention]:
    """Every date in ``text`` in order, each read once, in any of the forms above."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, stop = match.span()
            if any(start < b and a < stop for a, b in taken):
                continue
            read = _read(match)
            if read is None:
                continue
            taken.append((start, stop))
            found.append(DateMention(start, stop, match.group(), read[0], read[1]))
    return sorted(found, key=lambda m: m.start)


def date_forms(iso: str) -> list[str]:
    """The usual ways a document writes the date ``iso`` (YYYY-MM-DD), for messages:
    6 November 2003, 06 November 2003, November 6, 2003, 2003-11-06, 06.11.2003 and
    6.11.2003."""
    day = dt.date.fromisoformat(iso)
    month = MONTHS[day.month - 1]
    return [
        f"{day.day} {month} {day.year}",
        f"{day.day:02d} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        day.isoformat(),
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}.{day.month}.{day.year}",
    ]


def dates_in(text: str, iso: str) -> bool:
    """Whether ``text`` writes the date ``iso`` in any form ``find_dates`` reads, a range
    counting for its first day ("3–4 June 2020" dates 2020-06-03)."""
    return any(found.iso == iso for found in find_dates(text))
