"""Dated records from the sentences that carry dates.

Each date is read in its own clause. A date at the head of its clause ("On 13 July 2017
expert consultations were held in Brussels …") governs the words after it; a date at the
end ("… the Joint Statement of the Russia-EU Summit of 3 October 2001") belongs to the
words before it. A date that only repeats the pattern of the one before ("… on 1 April
2016 in Brussels and on 8 February 2017 in Moscow respectively") takes its kind and title
from that one, and its own place. Asides in brackets that hold dates of their own are read
on their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from coopdesk.curate.entities import is_place_name
from coopdesk.curate.text import (
    Word,
    capitalise,
    name_runs,
    paren_groups,
    sentences,
    strip_determiner,
    word_set,
    words,
)
from coopdesk.dates import DateMention, find_dates

# The word that names what happened on a date, and the kind of record it makes.
TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            "agreement agreements statement declaration treaty convention memorandum protocol "
            "roadmap plan strategy resolution charter arrangement accord communiqué communique "
            "programme"
        ),
        "instrument",
    ),
    "summit": "summit",
    **dict.fromkeys(word_set("talks round rounds"), "talks"),
    **dict.fromkeys(word_set("consultations consultation"), "consultation"),
    **dict.fromkeys(word_set("meeting meetings workshop seminar conference"), "meeting"),
}
# Words that end a name phrase going forward (verbs and clause openers).
_STOP_FORWARD = word_set(
    "is are was were be been took take takes held hold signed adopted adopts adopt "
    "reiterated reiterates provides provided laid defined which that who whose where when "
    "during while after before has have had will would shall could should may can "
    "respectively resumed considered followed follows began opened ended concluded met"
)
# Words that end a name phrase going backward (the article is kept in the quote).
_STOP_BACKWARD = word_set(
    "of on in at to for with by between from within under during and or but as "
    "is are was were took held signed adopted which that followup follow-up"
)
_ARTICLES = frozenset({"the", "a", "an"})
_DROPPED = word_set("new previous two three four five several both last latest recent next")
_ORDINALS = {
    w: n
    for n, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth"),
        1,
    )
}  # fmt: skip
_MAX_TITLE_WORDS = 14


@dataclass(frozen=True)
class DatedFind:
    """A dated record read from a paragraph; ``start``/``stop`` span its quote."""

    kind: str | None
    title: str
    date: str
    date_text: str
    start: int
    stop: int
    place: str | None = None
    place_span: tuple[int, int] | None = None
    number: int | None = None
    end_date: str | None = None


@dataclass
class _Clause:
    """One date in its region (a sentence, or an aside in brackets)."""

    mention: DateMention
    lo: int
    hi: int
    holes: list[tuple[int, int]] = field(default_factory=list)


def dated_records(text: str) -> list[DatedFind]:
    """Every dated record a paragraph proposes, in the order of its dates."""
    found: list[DatedFind] = []
    every = find_dates(text)
    for s_start, s_stop in sentences(text):
        mentions = [m for m in every if s_start <= m.start < s_stop]
        groups = paren_groups(text, s_start, s_stop)
        clauses = [_clause(m, s_start, s_stop, groups, mentions) for m in mentions]
        previous: DatedFind | None = None
        for clause in clauses:
            same_region = [c for c in clauses if (c.lo, c.hi) == (clause.lo, clause.hi)]
            position = same_region.index(clause)
            prior = same_region[position - 1] if position else None
            following = same_region[position + 1] if position + 1 < len(same_region) else None
            finds = _read_clause(text, clause, prior, following, previous if prior else None)
            found.extend(finds)
            if finds:
                previous = finds[-1]
    return found


def _clause(
    mention: DateMention,
    lo: int,
    hi: int,
    groups: list[tuple[int, int]],
    mentions: list[DateMention],
) -> _Clause:
    inside = [g for g in groups if g[0] < mention.start and mention.stop <= g[1]]
    if inside:
        g = min(inside, key=lambda g: g[1] - g[0])
        lo, hi = g[0] + 1, g[1] - 1
    holes = [
        g
        for g in groups
        if lo <= g[0] and g[1] <= hi and not (g[0] < mention.start < g[1])
        and any(g[0] < m.start < g[1] for m in mentions)
    ]  # fmt: skip
    return _Clause(mention, lo, hi, holes)


def _visible(clause: _Clause, start: int, stop: int) -> list[tuple[int, int]]:
    """The parts of ``start..stop`` that are not asides with dates of their own."""
    parts, cursor = [], start
    for a, b in clause.holes:
        if b <= cursor or a >= stop:
            continue
        if a > cursor:
            parts.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < stop:
        parts.append((cursor, stop))
    return parts


def _words_in(text: str, clause: _Clause, start: int, stop: int) -> list[Word]:
    return [w for a, b in _visible(clause, start, stop) for w in words(text, a, b)]


def _tail(text: str, stop: int, hi: int) -> tuple[int, tuple[int, int] | None]:
    """Where a date's own phrase ends: after " in Brussels", and the place's span."""
    match = re.match(r"[ \u00a0]in[ \u00a0]", text[stop:hi])
    if match:
        run = next(iter(name_runs(text, stop + match.end(), hi)), None)
        if run and run[0] == stop + match.end() and is_place_name(text[run[0] : run[1]]):
            return run[1], run
    return stop, None


def _read_clause(
    text: str,
    clause: _Clause,
    prior: _Clause | None,
    following: _Clause | None,
    previous: DatedFind | None,
) -> list[DatedFind]:
    m = clause.mention
    tail_stop, place_span = _tail(text, m.stop, clause.hi)
    back_from = clause.lo if prior is None else _tail(text, prior.mention.stop, clause.hi)[0]
    ahead_to = clause.hi if following is None else following.mention.start
    before = _words_in(text, clause, back_from, m.start)
    after = _words_in(text, clause, tail_stop, ahead_to)
    lead = [w.lower for w in before[-2:]]
    heads = not before or (
        lead[-1:] == ["on"] and (len(before) == 1 or lead[0] in ("and", "or", ","))
    )
    quote_start = before[-1].start if heads and before else m.start

    if heads:
        trigger = next((i for i, w in enumerate(after) if w.lower in TRIGGERS), None)
        if trigger is not None and not any(w.text in (";", ".") for w in after[:trigger]):
            stop = _quote_end(text, clause, after)
            title, number = _phrase(text, after, _phrase_start(after, trigger), trigger)
            place = place_span or _place_in(text, after)
            kind = TRIGGERS[after[trigger].lower]
            return [_find(kind, title, m, (quote_start, stop), text, place, number)]
    finds = []
    for kind, ws, first, trigger in _backward(before):
        title, number = _phrase(text, ws, first, trigger)
        # "… signed in Rome on 6 November 2003": the place nearest before the date.
        place = place_span or _place_in(text, ws[trigger:], last=True)
        finds.append(_find(kind, title, m, (ws[first].start, tail_stop), text, place, number))
    if finds:
        return finds
    if heads and previous is not None and previous.kind is not None:
        # "… on 1 April 2016 in Brussels and on 8 February 2017 in Moscow respectively"
        return [_find(previous.kind, previous.title, m, (quote_start, tail_stop), text,
                      place_span, None)]  # fmt: skip
    start = quote_start if heads else (before[0].start if before else m.start)
    stop = _quote_end(text, clause, after) if heads else tail_stop
    title = _shorten(capitalise(strip_determiner(text[start:stop].strip(" ,;"))))
    return [_find(None, title, m, (start, stop), text, place_span, None)]


def _find(
    kind: str | None,
    title: str,
    m: DateMention,
    span: tuple[int, int],
    text: str,
    place_span: tuple[int, int] | None,
    number: int | None,
) -> DatedFind:
    place = text[place_span[0] : place_span[1]] if place_span else None
    start, stop = span
    # A clause inside brackets ("( 6 November 2003 )") may start or end on a space.
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return DatedFind(kind, title, m.iso, m.text, start, stop, place, place_span, number, m.end)


def _quote_end(text: str, clause: _Clause, after: list[Word]) -> int:
    """The end of a leading date's clause: the region's end, or the first aside with dates."""
    if not after:
        return clause.hi
    parts = _visible(clause, after[0].start, clause.hi)
    return len(text[: parts[0][1]].rstrip()) if parts else clause.hi


def _place_in(text: str, ws: Sequence[Word], *, last: bool = False) -> tuple[int, int] | None:
    """The first (or last) "in Place" among ``ws``."""
    found = None
    for index, word in enumerate(ws[:-1]):
        if word.lower != "in":
            continue
        run = next(iter(name_runs(text, ws[index + 1].start, ws[-1].stop)), None)
        if run and run[0] == ws[index + 1].start and is_place_name(text[run[0] : run[1]]):
            if not last:
                return run
            found = run
    return found


def _backward(before: list[Word]) -> list[tuple[str, list[Word], int, int]]:
    """The names before a trailing date: "the Joint Statement of the Russia-EU Summit of".

    One instrument and one event at most, each as (kind, words, phrase start, trigger);
    the last clause before the date is read first.
    """
    cut = max((i + 1 for i, w in enumerate(before) if w.text in (",", ";")), default=0)
    for ws in (before[cut:], before):
        chosen: list[tuple[str, list[Word], int, int]] = []
        seen: set[str] = set()
        for index, word in enumerate(ws):
            kind = TRIGGERS.get(word.lower)
            if kind is None:
                continue
            category = "instrument" if kind == "instrument" else "event"
            if category not in seen:
                seen.add(category)
                chosen.append((kind, ws, _phrase_start(ws, index), index))
        if chosen:
            return chosen
    return []


def _phrase_start(ws: Sequence[Word], index: int) -> int:
    """Walk back from a trigger over its modifiers; the article is kept (for the quote)."""
    start = index
    while start > 0:
        word = ws[start - 1]
        if word.lower in _ARTICLES:
            return start - 1
        if not word.text[0].isalnum() or word.lower in _STOP_BACKWARD:
            break
        start -= 1
    return start


def _phrase(text: str, ws: Sequence[Word], first: int, trigger: int) -> tuple[str, int | None]:
    """The title of the name phrase ``ws[first:]`` around a trigger, and its ordinal.

    The phrase runs forward to the first verb, comma, date or "in Place"; a bracket is
    kept only around a short name: "European Police Office (Europol)".
    """
    stop = trigger
    while stop + 1 < len(ws) and stop + 1 - first < _MAX_TITLE_WORDS:
        word = ws[stop + 1]
        if word.lower in _STOP_FORWARD or word.text in (",", ";", ".", ")", ":"):
            break
        if word.text[0].isdigit() and not re.fullmatch(r"\d+(?:st|nd|rd|th)", word.lower):
            break
        if word.text == "(":
            closing = stop + 3
            if closing < len(ws) and ws[closing].text == ")" and ws[stop + 2].capitalised:
                stop = closing
                continue
            break
        if word.lower == "in" and stop + 2 < len(ws) and ws[stop + 2].capitalised:
            break  # "… held in Brussels": the place, not the name
        stop += 1
    while stop > trigger and ws[stop].lower in _STOP_BACKWARD:
        stop -= 1
    number = None
    for word in ws[first : trigger + 1]:
        ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word.lower)
        if word.lower in _ORDINALS or ordinal:
            number = _ORDINALS[word.lower] if ordinal is None else int(ordinal.group(1))
    return _title(text[ws[first].start : ws[stop].stop]), number


def _title(phrase: str) -> str:
    """A title from a name phrase: no article, no "new" or "two previous"."""
    parts = strip_determiner(phrase.strip()).split(" ")
    while len(parts) > 1 and parts[0].lower() in _DROPPED:
        parts.pop(0)
    if parts and parts[0].lower() == "rounds":
        parts[0] = "round"
    return _shorten(capitalise(" ".join(parts)))


def _shorten(title: str) -> str:
    cut = title.split(" ")
    return title if len(cut) <= _MAX_TITLE_WORDS else " ".join(cut[:_MAX_TITLE_WORDS]) + " …"
