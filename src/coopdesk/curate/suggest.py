"""The Suggest pass: what a document seems to hold, proposed and never accepted.

Each proposal carries its quote, exactly the document's characters, and the number of
its paragraph (numbered as the build numbers them). Nothing here changes a curation: a
curator accepts, edits or rejects each proposal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from coopdesk.build import split_paragraphs
from coopdesk.curate.dated import dated_records
from coopdesk.curate.entities import Found, agencies, people, places, side_of
from coopdesk.curate.known import Known, Mention, mentions
from coopdesk.curate.text import sentences

ENTITY_KINDS = ("place", "agency", "person")


@dataclass(frozen=True)
class Proposal:
    """A candidate record: what it is, what the document says, and where.

    ``known`` is the id of a record the curation already holds that this one names; a
    dated proposal's ``participants`` are the agencies and people named in its clause.
    """

    kind: str | None
    title: str
    paragraph: int
    start: int  # the quote's span in the paragraph
    stop: int
    quote: str
    date: str | None = None
    date_text: str | None = None
    end_date: str | None = None
    place: str | None = None
    number: int | None = None
    side: str | None = None
    role: str | None = None
    short: str | None = None
    participants: tuple[str, ...] = ()
    known: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The public form: ``coopdesk curate suggest --json`` prints a list of these."""
        return {
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "place": self.place,
            "quote": self.quote,
            "paragraph": self.paragraph,
        }


def suggest(document_text: str, known: Sequence[Known] = ()) -> list[Proposal]:
    """Every proposal for a document, in the document's order."""
    _, paragraphs = split_paragraphs(document_text)
    proposals: list[Proposal] = []
    seen: dict[tuple[str, str], Proposal] = {}
    for number, text in enumerate(paragraphs, 1):
        entities = _entities(number, text, known)
        for proposal in entities:
            key = (proposal.kind or "", proposal.known or _fold(proposal.title))
            if key not in seen:
                seen[key] = proposal
                proposals.append(proposal)
        proposals.extend(_dated(number, text, entities, known))
    return sorted(proposals, key=lambda p: (p.paragraph, p.start, p.stop))


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("\u2011", "-")).casefold()


def _sentence_side(text: str, start: int) -> str | None:
    for s_start, s_stop in sentences(text):
        if s_start <= start < s_stop:
            return side_of(text[s_start:s_stop])
    return None


def _entities(number: int, text: str, known: Sequence[Known]) -> list[Proposal]:
    found: list[Found] = [*places(text), *agencies(text), *people(text)]
    named = mentions(text, known, ENTITY_KINDS)
    out: list[Proposal] = []
    for item in found:
        record = _known_for(item, named, known)
        side = item.side
        if side is None and item.kind in ("agency", "person"):
            side = _sentence_side(text, item.start)
        out.append(
            Proposal(
                kind=item.kind, title=item.title, paragraph=number, start=item.start,
                stop=item.stop, quote=text[item.start : item.stop], side=side,
                role=item.role, short=item.short,
                known=record.id if record else None,
            )
        )  # fmt: skip
    # Known records named where no pattern found them ("Europol", "Interpol").
    for m in named:
        if any(p.start <= m.start and m.stop <= p.stop for p in out):
            continue
        out.append(
            Proposal(
                kind=m.record.kind, title=m.record.title, paragraph=number, start=m.start,
                stop=m.stop, quote=text[m.start : m.stop], side=m.record.side,
                role=m.record.role, known=m.record.id,
            )
        )  # fmt: skip
    return out


def _known_for(item: Found, named: Iterable[Mention], known: Iterable[Known]) -> Known | None:
    """The known record a found name is: by one of its names, or named inside the quote."""
    title = _fold(item.title)
    for record in known:
        if record.kind == item.kind and title in {_fold(n) for n in record.names}:
            return record
    for m in named:
        if m.record.kind == item.kind and item.start <= m.start and m.stop <= item.stop:
            return m.record
    return None


def _dated(
    number: int, text: str, entities: Iterable[Proposal], known: Sequence[Known]
) -> list[Proposal]:
    out = []
    people_spans = [(p.start, p.stop) for p in entities if p.kind == "person"]

    def in_a_title(p: Proposal) -> bool:  # "…, Deputy Secretary General of the EEAS"
        return p.kind == "agency" and any(a <= p.start and p.stop <= b for a, b in people_spans)

    for find in dated_records(text):
        names = [
            p.title
            for p in entities
            if p.kind in ("agency", "person") and find.start <= p.start and p.stop <= find.stop
            and not in_a_title(p)
        ]  # fmt: skip
        match = next((k.id for k in known if k.kind == find.kind and k.date == find.date), None)
        out.append(
            Proposal(
                kind=find.kind, title=find.title, paragraph=number, start=find.start,
                stop=find.stop, quote=text[find.start : find.stop], date=find.date,
                date_text=find.date_text, end_date=find.end_date, place=find.place,
                number=find.number, participants=tuple(dict.fromkeys(names)), known=match,
            )
        )  # fmt: skip
    return out
