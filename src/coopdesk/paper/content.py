"""One record as data for the template: facts, links in date order, numbered sources.

Every value keeps the basis the database gives it (``record_values``): links and facts
say *stated* or *inferred* (with the reason), a name or title of the curators' is
*editorial* with its reason, and a title that is not the document's words says so.
Citations become the record's numbered sources: each quote is printed once, and the
facts and links that rest on it carry its number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from coopdesk.marks import heading, named, titled
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
        side = detail.basis_of("side", detail.side).basis
        parts.append(detail.side_name + (f" ({ch[side]})" if side != "stated" else ""))
    return " · ".join(parts)


def _facts(
    detail: RecordDetail, ch: dict[str, str], lang: str, sources: _Sources
) -> list[dict[str, Any]]:
    facts: list[dict[str, Any]] = []

    def add(key: str, text: str, field: str = "", value: object = None) -> None:
        v = detail.basis_of(field, None if value is None else str(value)) if field else None
        basis = _basis(v.basis, v.reason, ch) if v else _basis("stated", None, ch)
        notes = sources.numbers(v.citations) if v else []
        facts.append({"label": ch[key], "value": text, "notes": notes, **basis})

    if detail.ref.title_basis != "stated":
        add("fact-title", detail.title, "title", detail.title)
    if detail.ref.date:
        add("fact-date", date_text(detail.ref.date, lang), "date", detail.ref.date)
    if detail.kind in KIND_BY_ID and KIND_BY_ID[detail.kind].lane:
        if detail.place:
            add("fact-place", detail.place.title, "place_id", detail.place.id)
        else:
            add("fact-place", ch["not-stated"])
    if detail.number is not None:
        add("fact-number", str(detail.number), "number", detail.number)
    if detail.context:
        add("fact-context", detail.context, "context", detail.context)
    if detail.side_name:
        add("fact-side", detail.side_name, "side", detail.side)
    if detail.short_name:
        add("fact-short-name", detail.short_name, "short_name", detail.short_name)
    if detail.role:
        add("fact-role", detail.role, "role", detail.role)
    if detail.parent:
        add("fact-part-of", named(detail.parent), "parent_id", detail.parent.id)
    for child in detail.children:
        add("fact-units", named(child), "unit", child.id)
    for alias in detail.aliases:
        stated = detail.basis_of("alias", alias).stated
        add("fact-aliases" if stated else "fact-search-names", alias, "alias", alias)
    return facts


def _in_date_order(links: list[Link]) -> list[Link]:
    """Dated links by date (undated ones after them, in the data's order)."""
    return sorted(links, key=lambda link: (link.other.date is None, link.other.date or ""))


def _link_item(link: Link, sources: _Sources, ch: dict[str, str], lang: str) -> dict[str, Any]:
    return {
        "date": date_text(link.other.date, lang),
        "text": named(link.other),  # one display name, as on screen
        "role": link.role or "",
        "notes": sources.numbers(link.citations),
        **_basis(link.basis, link.reason, ch),
    }


def record_section(
    detail: RecordDetail,
    ch: dict[str, str],
    lang: str,
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
    facts = _facts(detail, ch, lang, sources)
    return {
        "id": detail.id,
        "title": heading(detail.ref),
        "subtitle": subtitle(detail, ch, lang),
        "colour": colour,
        "facts": facts,
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
            add("agency", named(other), inferred)
        elif other.kind == "offence" and link.relation == "concerns":
            number = f"{other.number}. " if other.number is not None else ""
            add("offence", number + titled(other), inferred)
        elif other.kind == "person":
            add("person", titled(other), inferred)
        elif other.kind == "place":
            add("place", titled(other), inferred)
    return [IndexRef(group, name, inferred) for (group, name), inferred in refs.items()]
