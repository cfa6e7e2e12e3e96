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

from coopdesk.i18n import tr
from coopdesk.marks import basis_words, heading, named, titled
from coopdesk.model import Citation, Link, RecordDetail
from coopdesk.render import LANE_STYLE, human_date, record_facts, subtitle_parts
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
    # The window's words ("inferred", "not in the source"): one wording on screen and paper.
    return {"basis": basis, "basis_text": basis_words(basis), "reason": reason or ""}


def _facts(detail: RecordDetail, ch: dict[str, str], sources: _Sources) -> list[dict[str, Any]]:
    """The record's facts as the window shows them (``render.record_facts``), each with
    the numbers of the sources it rests on."""
    return [
        {
            "label": fact.label,
            "value": fact.text,
            "notes": sources.numbers(fact.citations),
            **_basis(fact.basis, fact.reason, ch),
        }
        for fact in record_facts(detail)
    ]


def _in_date_order(links: list[Link]) -> list[Link]:
    """Dated links by date (undated ones after them, in the data's order)."""
    return sorted(links, key=lambda link: (link.other.date is None, link.other.date or ""))


def _link_item(link: Link, sources: _Sources, ch: dict[str, str]) -> dict[str, Any]:
    return {
        "date": human_date(link.other.date),
        "text": named(link.other),  # one display name, as on screen
        "role": link.role or "",
        "notes": sources.numbers(link.citations),
        **_basis(link.basis, link.reason, ch),
    }


def record_section(detail: RecordDetail, ch: dict[str, str], note: str = "") -> dict[str, Any]:
    """The template's data for one record; ``note`` is the user's own, printed as theirs."""
    sources = _Sources()
    own = sources.numbers(detail.citations)  # the record's own quotes come first
    groups = [
        {"label": tr(label), "items": [_link_item(x, sources, ch) for x in _in_date_order(links)]}
        for label, links in detail.link_groups()
    ]
    colour, _shape = LANE_STYLE.get(KIND_BY_ID[detail.kind].lane or "", ("#555555", ""))
    facts = _facts(detail, ch, sources)
    return {
        "id": detail.id,
        "title": heading(detail.ref),
        "subtitle": " · ".join(subtitle_parts(detail)),
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
