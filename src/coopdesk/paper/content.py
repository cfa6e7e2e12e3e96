"""One record as data for the template: facts, links in date order, numbered sources.

Every value keeps its basis: links say *stated* or *inferred* (with the reason); a
short name or alias that the source document never writes is *editorial* and says so.
Citations become the record's numbered sources: each quote is printed once, and the
facts and links that rest on it carry its number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from coopdesk.model import Citation, Link, RecordDetail
from coopdesk.paper.chrome import date_text
from coopdesk.render import LANE_STYLE
from coopdesk.schema import AGENCY_RELATIONS, KIND_BY_ID


@dataclass(frozen=True)
class IndexRef:
    """One record's mention of an index term, and whether it rests on an inferred link."""

    group: str  # "agency", "offence", "person", "place"
    name: str
    inferred: bool


class SourceText:
    """The source documents' words, to tell a name they use from one we added."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        self._text = "\n".join(paragraphs)
        self._seen: dict[str, bool] = {}

    def says(self, name: str) -> bool:
        found = self._seen.get(name)
        if found is None:
            pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
            found = self._seen[name] = re.search(pattern, self._text) is not None
        return found


class _Sources:
    """The record's citations numbered in first-use order, each quote once."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int, str], int] = {}

    def number(self, citation: Citation) -> int:
        key = (citation.document_id, citation.paragraph, citation.quote)
        if key not in self._numbers:
            self.items.append(citation)
            self._numbers[key] = len(self.items)
        return self._numbers[key]

    def numbers(self, citations: Iterable[Citation]) -> list[int]:
        return sorted({self.number(c) for c in citations})


def _basis(basis: str, reason: str | None, ch: dict[str, str]) -> dict[str, str]:
    if basis == "stated":
        return {"basis": "stated", "basis_text": ch["stated"], "reason": ""}
    label = ch["inferred"] if basis == "inferred" else ch["editorial"]
    return {"basis": basis, "basis_text": label, "reason": reason or ""}


def subtitle(detail: RecordDetail, ch: dict[str, str], lang: str) -> str:
    parts = [KIND_BY_ID[detail.kind].label if detail.kind in KIND_BY_ID else detail.kind]
    if detail.ref.date:
        parts.append(date_text(detail.ref.date, lang))
    if detail.place:
        parts.append(detail.place.title)
    if detail.side_name:
        parts.append(detail.side_name)
    return " · ".join(parts)


def _facts(
    detail: RecordDetail, ch: dict[str, str], lang: str, source: SourceText
) -> list[dict[str, str]]:
    facts: list[dict[str, str]] = []

    def add(key: str, value: str, basis: str = "stated", reason: str = "") -> None:
        facts.append({"label": ch[key], "value": value, **_basis(basis, reason, ch)})

    def name(key: str, value: str) -> None:
        if source.says(value):
            add(key, value)
        else:
            add(key, value, "editorial", ch["editorial-reason"])

    if detail.ref.date:
        add("fact-date", date_text(detail.ref.date, lang))
    if detail.kind in KIND_BY_ID and KIND_BY_ID[detail.kind].lane:
        add("fact-place", detail.place.title if detail.place else ch["not-stated"])
    if detail.number is not None:
        add("fact-number", str(detail.number))
    if detail.context:
        add("fact-context", detail.context)
    if detail.side_name:
        add("fact-side", detail.side_name)
    if detail.short_name:
        name("fact-short-name", detail.short_name)
    if detail.role:
        add("fact-role", detail.role)
    if detail.parent:
        add("fact-part-of", detail.parent.title)
    if detail.children:
        add("fact-units", "; ".join(c.title for c in detail.children))
    for alias in detail.aliases:
        name("fact-aliases", alias)
    return facts


def _in_date_order(links: list[Link]) -> list[Link]:
    """Dated links by date (undated ones after them, in the data's order)."""
    return sorted(links, key=lambda link: (link.other.date is None, link.other.date or ""))


def _link_item(link: Link, sources: _Sources, ch: dict[str, str], lang: str) -> dict[str, Any]:
    return {
        "date": date_text(link.other.date, lang),
        "text": link.other.title,
        "role": link.role or "",
        "notes": sources.numbers(link.citations),
        **_basis(link.basis, link.reason, ch),
    }


def record_section(
    detail: RecordDetail,
    ch: dict[str, str],
    lang: str,
    source: SourceText,
    note: str = "",
) -> dict[str, Any]:
    """The template's data for one record; ``note`` is the user's own, printed as theirs."""
    sources = _Sources()
    own = sources.numbers(detail.citations)  # the record's own quotes come first
    groups = [
        {"label": label, "items": [_link_item(x, sources, ch, lang) for x in _in_date_order(links)]}
        for label, links in detail.link_groups()
    ]
    colour, _shape = LANE_STYLE.get(KIND_BY_ID[detail.kind].lane or "", ("#555555", ""))
    return {
        "id": detail.id,
        "title": detail.title,
        "subtitle": subtitle(detail, ch, lang),
        "colour": colour,
        "facts": _facts(detail, ch, lang, source),
        "own_notes": own,
        "groups": groups,
        "sources": [
            {
                "n": n,
                "quote": c.quote,
                "cite": ch["source-cite"].format(document=c.document_title, paragraph=c.paragraph),
            }
            for n, c in enumerate(sources.items, 1)
        ],
        "note": note.strip(),
    }


def index_refs(detail: RecordDetail) -> list[IndexRef]:
    """What the pack's index lists for this record: agencies, offences, people, places."""
    refs: dict[tuple[str, str], bool] = {}

    def add(group: str, name: str, inferred: bool) -> None:
        key = (group, name)
        refs[key] = refs.get(key, True) and inferred  # stated once is stated

    if detail.place:
        add("place", detail.place.title, False)
    for link in detail.links:
        other, inferred = link.other, link.basis != "stated"
        if other.kind == "agency" and link.relation in AGENCY_RELATIONS:
            add("agency", other.title, inferred)
        elif other.kind == "offence" and link.relation == "concerns":
            number = f"{other.number}. " if other.number is not None else ""
            add("offence", number + other.title, inferred)
        elif other.kind == "person":
            add("person", other.title, inferred)
        elif other.kind == "place":
            add("place", other.title, inferred)
    return [IndexRef(group, name, inferred) for (group, name), inferred in refs.items()]
