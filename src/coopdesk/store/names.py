"""Names users type for agencies and offence types, and filters built from them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from coopdesk.errors import UnknownValue
from coopdesk.model import YEAR_MAX, YEAR_MIN, Entity, Filters
from coopdesk.store.connection import Connection
from coopdesk.textsearch import typed_int


def _fold(text: str) -> str:
    """Case, width and compatibility forms folded, so 'ＦＳＢ' reads as typed."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def name_index(conn: Connection, kind: str) -> dict[str, str]:
    """Every name a user may type for a record of ``kind``, folded, to its id."""
    rows = conn.query(
        """SELECT id, title AS name FROM records WHERE kind = ?
           UNION ALL SELECT id, short_name FROM records WHERE kind = ? AND short_name IS NOT NULL
           UNION ALL SELECT r.id, a.alias FROM aliases a JOIN records r ON r.id = a.record_id
                     WHERE r.kind = ?
           UNION ALL SELECT id, id FROM records WHERE kind = ?""",
        (kind, kind, kind, kind),
    )
    names: dict[str, str] = {}
    for row in rows:
        names.setdefault(_fold(row[1]), row[0])
    return names


def resolve_agency(conn: Connection, name: str) -> str:
    """The id of the agency called ``name`` (full name, short name, alias or id)."""
    names = name_index(conn, "agency")
    key = _fold(name)
    if key in names:
        return names[key]
    import difflib  # only when a name is not found (start-up time)

    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise UnknownValue(f"unknown agency '{name}'.{hint}")


def resolve_offence(offences: list[Entity], value: str) -> str:
    """The id of the offence type numbered ``value`` (1–8) or named by its words."""
    numbers = ", ".join(str(o.number) for o in offences)
    number = typed_int(value)
    if number is not None:
        for offence in offences:
            if offence.number == number:
                return offence.id
        raise UnknownValue(f"no offence type numbered {number}; the numbers are {numbers}.")
    if any(unicodedata.category(c) == "No" for c in value):
        raise UnknownValue(
            f"'{value}' is not an offence type: give its number in plain digits ({numbers}) "
            "or words of its name."
        )
    value = _fold(value)
    words = value.split()
    matches = [
        o
        for o in offences
        if words and all(w in _fold(" ".join((o.title, *o.aliases))) for w in words)
    ]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise UnknownValue(
            f"no offence type matches '{value}'; give a number ({numbers}) or words of its name."
        )
    listed = "; ".join(f"{o.number} {o.title}" for o in matches)
    raise UnknownValue(f"'{value}' matches several offence types: {listed}.")


def check_year(value: int | None, what: str) -> int | None:
    if value is not None and not YEAR_MIN <= value <= YEAR_MAX:
        raise UnknownValue(f"{what} {value} is not a year.")
    return value


def resolve_filters(
    conn: Connection,
    offences: list[Entity],
    *,
    agencies: Sequence[str] = (),
    offence_names: Sequence[str] = (),
    year: int | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    text: str = "",
    stated_only: bool = False,
) -> Filters:
    """Filters from what a person typed: names, numbers and years, each checked."""
    if year is not None and (year_from is not None or year_to is not None):
        raise UnknownValue("give either one year or a range of years, not both.")
    if year is not None:
        year_from = year_to = year
    check_year(year_from, "the first year")
    check_year(year_to, "the last year")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise UnknownValue(f"the first year {year_from} is after the last year {year_to}.")
    return Filters(
        agencies=tuple(dict.fromkeys(resolve_agency(conn, a) for a in agencies)),
        offences=tuple(dict.fromkeys(resolve_offence(offences, o) for o in offence_names)),
        year_from=year_from,
        year_to=year_to,
        text=text,
        stated_only=stated_only,
    )


def resolve_document(documents: Sequence[tuple[str, str]], value: str) -> str:
    """The id of the document named by its id, its title or words of its title."""
    key = _fold(value)
    for doc_id, title in documents:
        if key in (_fold(doc_id), _fold(title)):
            return doc_id
    words = key.split()
    matches = [d for d, t in documents if words and all(w in _fold(t) for w in words)]
    if len(matches) == 1:
        return matches[0]
    listed = "; ".join(f"{d} ({t})" for d, t in documents)
    if not matches:
        raise UnknownValue(f"no document matches '{value}'; the documents are: {listed}.")
    raise UnknownValue(f"'{value}' matches several documents; the documents are: {listed}.")
