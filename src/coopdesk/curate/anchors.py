"""What a curation anchors in its document: the span of every quote, and what it supports.

The workbench underlines each span by the kind of record it supports and, on hover, lists
the records and links a place in the text supports. Spans are found exactly as the build
finds quotes (``CurationFile.locate``: the first occurrence, with the two look-alike
characters forgiven), so what is underlined is what the build will cite.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coopdesk.curate.curation import CurationFile
from coopdesk.render import human_date
from coopdesk.schema import KIND_BY_ID, RELATION_BY_ID

LINK = "link"  # the kind of an anchor that supports a link, not a record


@dataclass(frozen=True)
class Anchor:
    """A quote's span in a paragraph and what it supports: a record, or a link."""

    paragraph: int
    start: int
    stop: int
    kind: str  # the record's kind, or LINK
    record_id: str  # the record, or the link's "from" record
    title: str  # the record's title, or the link's "from" record's title
    date: str | None = None
    link: int | None = None  # the link's index in the file
    relation: str = ""  # a link's relation, as its "from" record lists it
    other: str = ""  # a link's "to" record's title, "(inferred)" after it when inferred

    def covers(self, paragraph: int, offset: int) -> bool:
        return paragraph == self.paragraph and self.start <= offset < self.stop

    def describe(self) -> str:
        """One line for a person: "Expert meeting · 27 September 2017 · Meeting of …"."""
        if self.kind == LINK:
            return f"{self.title} → {self.other} ({self.relation.lower()})"
        label = KIND_BY_ID[self.kind].label if self.kind in KIND_BY_ID else self.kind
        parts = [label, human_date(self.date) if self.date else "", self.title]
        return " · ".join(p for p in parts if p)


def _quotes(entry: dict[str, object]) -> list[str]:
    quotes = [entry["quote"]] if isinstance(entry.get("quote"), str) else []
    more = entry.get("quotes")
    if isinstance(more, list):
        quotes += [q for q in more if isinstance(q, str)]
    return [q for q in quotes if isinstance(q, str)]


def anchors(curation: CurationFile) -> list[Anchor]:
    """Every located quote of every record and link, in the document's order.

    A quote the build would not find is left out (the problems list says so).
    """
    found: list[Anchor] = []
    titles: dict[str, str] = {}
    for record in curation.records():
        rid, kind, title = record.get("id"), record.get("kind"), record.get("title")
        if not (isinstance(rid, str) and isinstance(kind, str)):
            continue
        titles[rid] = title if isinstance(title, str) else rid
        date = record.get("date")
        for quote in _quotes(record):
            where = curation.locate(quote)
            if where is not None:
                found.append(
                    Anchor(
                        where.paragraph, where.start, where.stop, kind, rid, titles[rid],
                        date if isinstance(date, str) else None,
                    )
                )  # fmt: skip
    for index, link in enumerate(curation.links()):
        start, end, relation = link.get("from"), link.get("to"), link.get("relation")
        info = RELATION_BY_ID.get(str(relation))
        other = str(titles.get(str(end), end))
        if link.get("basis") == "inferred":
            other += " (inferred)"
        for quote in _quotes(link):
            where = curation.locate(quote)
            if where is not None:
                found.append(
                    Anchor(
                        where.paragraph, where.start, where.stop, LINK, str(start),
                        str(titles.get(str(start), start)), link=index,
                        relation=info.label if info else str(relation), other=other,
                    )
                )  # fmt: skip
    return sorted(found, key=lambda a: (a.paragraph, a.start, -a.stop, a.kind == LINK))


def at(found: Iterable[Anchor], paragraph: int, offset: int) -> list[Anchor]:
    """The anchors covering one character: records first, then links."""
    return sorted(
        (a for a in found if a.covers(paragraph, offset)),
        key=lambda a: (a.kind == LINK, a.stop - a.start),
    )


def records_in(found: Sequence[Anchor], paragraph: int, start: int, stop: int) -> list[str]:
    """Ids of the records anchored on a selection or inside it, the narrowest first."""
    hits = [
        a
        for a in found
        if a.kind != LINK and a.paragraph == paragraph and a.start < stop and start < a.stop
    ]
    hits.sort(key=lambda a: (a.stop - a.start, a.start))
    return list(dict.fromkeys(a.record_id for a in hits))
