"""The value types every layer shares: filters, records, facets, citations, search hits.

Plain frozen dataclasses with no Qt and no SQL. The data layer makes them, the command
line, the renderers, paper output and the window read them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from coopdesk.schema import KIND_BY_ID

YEAR_MIN, YEAR_MAX = 1, 9999


@dataclass(frozen=True)
class Filters:
    """What the user has narrowed the dated records to. Empty means everything."""

    agencies: tuple[str, ...] = ()  # agency record ids; a record must involve all of them
    offences: tuple[str, ...] = ()  # offence record ids; a record must concern all of them
    year_from: int | None = None
    year_to: int | None = None
    text: str = ""
    documents: tuple[str, ...] = ()  # document ids; a record must come from one of them
    # Only what stated links say: a record an agency or offence type filter keeps only
    # through an inferred link is left out, and the counts and lists follow.
    stated_only: bool = False

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def without(self, dimension: str) -> Filters:
        """The same filters with one dimension (agencies, offences, years, text, stated_only,
        documents) cleared."""
        if dimension == "stated_only":
            return replace(self, stated_only=False)
        if dimension == "years":
            return replace(self, year_from=None, year_to=None)
        if dimension == "agencies":
            return replace(self, agencies=())
        if dimension == "offences":
            return replace(self, offences=())
        if dimension == "text":
            return replace(self, text="")
        if dimension == "documents":
            return replace(self, documents=())
        raise ValueError(f"no filter dimension {dimension!r}")

    # ------------------------------------------------------------------ serialisation

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: the one way filters are stored (settings, views, bookmarks)."""
        return {
            "agencies": list(self.agencies),
            "offences": list(self.offences),
            "year_from": self.year_from,
            "year_to": self.year_to,
            "text": self.text,
            "documents": list(self.documents),
            "stated_only": self.stated_only,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: object) -> Filters:
        """Read stored filters leniently: a field of the wrong type is dropped, never fatal.

        Years stored as text ("2017") are read as numbers; anything else that is not a
        whole number in range is dropped.
        """
        if not isinstance(data, dict):
            return cls()

        def year(value: object) -> int | None:
            if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, int) and not isinstance(value, bool):
                return value if YEAR_MIN <= value <= YEAR_MAX else None
            return None

        def ids(value: object) -> tuple[str, ...]:
            if not isinstance(value, list | tuple):
                return ()
            return tuple(dict.fromkeys(v for v in value if isinstance(v, str) and v))

        text = data.get("text")
        year_from, year_to = year(data.get("year_from")), year(data.get("year_to"))
        if year_from is not None and year_to is not None and year_from > year_to:
            year_from, year_to = year_to, year_from
        return cls(
            agencies=ids(data.get("agencies")),
            offences=ids(data.get("offences")),
            year_from=year_from,
            year_to=year_to,
            text=text if isinstance(text, str) else "",
            documents=ids(data.get("documents")),
            stated_only=data.get("stated_only") is True,
        )

    @classmethod
    def from_json(cls, text: str) -> Filters:
        try:
            return cls.from_dict(json.loads(text))
        except (ValueError, RecursionError):
            return cls()


def display_name(title: str, short: str | None = None) -> str:
    """The one name a record goes by on screen and paper: 'European Police Office (Europol)'.

    The document's own way of naming a body ("the European Police Office (Europol)"): the
    full title, then the short name in brackets unless the title already holds it. Give
    only a short name the document uses: an abbreviation of the curators' (FSB) is no part
    of a name the source is quoted under; the record's facts show it, marked as theirs.
    """
    if not short or re.search(rf"\b{re.escape(short)}\b", title, re.IGNORECASE):
        return title
    return f"{title} ({short})"


@dataclass(frozen=True)
class Citation:
    document_id: str
    document_title: str
    paragraph: int
    quote: str


@dataclass(frozen=True)
class Value:
    """One value of a record (its title, a name, its side…) and where it comes from.

    ``basis`` is "stated" (the document's words: its own ``citations``, or the record's
    when it has none), "inferred" (a reading of them, with the ``reason``) or "editorial"
    (added by the curators, e.g. a common abbreviation, with the ``reason``).
    """

    field: str  # "title", "short_name", "alias", "date", "place_id", "number", "side", …
    value: str
    basis: str = "stated"
    reason: str | None = None
    citations: tuple[Citation, ...] = ()

    @property
    def stated(self) -> bool:
        return self.basis == "stated"

    def as_json(self, key: str = "name") -> dict[str, Any]:
        """``{"name": "FSB", "basis": "editorial", "reason": "…"}`` (no reason when stated)."""
        out: dict[str, Any] = {key: self.value, "basis": self.basis}
        if not self.stated:
            out["reason"] = self.reason
        return out


def basis_of(values: tuple[Value, ...], field: str, value: str | None = None) -> Value:
    """The first value of ``field`` (and of that text, when given) with its basis. A value
    the database gives no basis for (an older or hand-made file) counts as stated."""
    for v in values:
        if v.field == field and (value is None or v.value == value):
            return v
    return Value(field, value if value is not None else "")


@dataclass(frozen=True)
class RecordRef:
    """Enough of a record to list it and link to it."""

    id: str
    kind: str
    title: str
    date: str | None = None
    number: int | None = None  # the offence type's or the round's number
    title_basis: str = "stated"  # "inferred" or "editorial" when the title is not quoted
    title_reason: str | None = None
    # The short name as the document itself uses it (Europol), for the display name; None
    # when it uses none (FSB is ours: the facts show it, marked).
    stated_short: str | None = None

    @property
    def kind_label(self) -> str:
        return KIND_BY_ID[self.kind].label if self.kind in KIND_BY_ID else self.kind

    @property
    def name(self) -> str:
        """The display name: the title, with the short name the document uses for it."""
        if self.kind == "offence" and self.number is not None:
            return f"{self.number}. {self.title}"
        return display_name(self.title, self.stated_short)


@dataclass(frozen=True)
class DatedRecord(RecordRef):
    year: int = 0
    place: str | None = None
    place_id: str | None = None
    # "inferred" when the filters keep the record only through an inferred link.
    basis: str = "stated"

    @property
    def lane(self) -> str:
        return KIND_BY_ID[self.kind].lane or "" if self.kind in KIND_BY_ID else ""


@dataclass(frozen=True)
class Entity(RecordRef):
    """An undated record: agency, person, place, offence type, form, area or principle."""

    short_name: str | None = None
    side: str | None = None
    parent_id: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()  # every value with its basis

    def basis_of(self, field: str, value: str | None = None) -> Value:
        return basis_of(self.values, field, value)


@dataclass(frozen=True)
class FacetValue:
    id: str  # record id, or the year as text
    label: str
    count: int
    number: int | None = None  # offence number, or the year
    short: str | None = None  # an agency's short name
    inferred: int = 0  # of ``count``, the records kept only through an inferred link
    entity: Entity | None = None  # the agency or offence type, with the basis of its names


@dataclass(frozen=True)
class Facets:
    agencies: list[FacetValue]
    offences: list[FacetValue]
    years: list[FacetValue]
    # Each source document and its count, when the database holds more than one.
    documents: list[FacetValue] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    relation: str
    label: str  # the relation as read from the record being shown
    other: RecordRef
    role: str | None
    basis: str
    reason: str | None
    citations: tuple[Citation, ...]
    outgoing: bool


@dataclass(frozen=True)
class RecordDetail:
    ref: RecordRef
    short_name: str | None
    aliases: tuple[str, ...]
    year: int | None
    place: RecordRef | None
    number: int | None
    side: str | None
    side_name: str | None
    parent: RecordRef | None
    children: tuple[RecordRef, ...]
    role: str | None
    context: str | None
    citations: tuple[Citation, ...]
    links: tuple[Link, ...]
    document_id: str = ""  # the document whose curation holds the record
    document_title: str = ""
    values: tuple[Value, ...] = ()  # every value with its basis, in curation order

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def title(self) -> str:
        return self.ref.title

    @property
    def kind(self) -> str:
        return self.ref.kind

    @property
    def name(self) -> str:
        return self.ref.name

    def all_citations(self) -> list[Citation]:
        """The record's own citations, then those of its links and of its values: the
        numbering that links to a passage ("show citation 3") use."""
        return [
            *self.citations,
            *(c for link in self.links for c in link.citations),
            *(c for value in self.values for c in value.citations),
        ]

    def basis_of(self, field: str, value: str | None = None) -> Value:
        return basis_of(self.values, field, value)

    def names(self) -> list[Value]:
        """The short name and the aliases, each with its basis."""
        out = []
        if self.short_name:
            out.append(self.basis_of("short_name", self.short_name))
        out += [self.basis_of("alias", a) for a in self.aliases]
        return out

    def stated_links_only(self) -> RecordDetail:
        """The record without its inferred links: what Stated only shows of it."""
        return replace(self, links=tuple(lk for lk in self.links if lk.basis == "stated"))

    def link_groups(self) -> list[tuple[str, list[Link]]]:
        """Links grouped under their label, in first-seen order."""
        groups: dict[str, list[Link]] = {}
        for link in self.links:
            groups.setdefault(link.label, []).append(link)
        return list(groups.items())


HIT_START, HIT_END = "\x02", "\x03"  # around the matched words of a snippet


@dataclass(frozen=True)
class SearchHit:
    ref: str  # a record id, or a document id for a paragraph hit
    kind: str  # a record kind, or "paragraph"
    title: str
    snippet: str  # text with the matches between HIT_START and HIT_END
    paragraph: int | None
    score: float = 0.0  # relevance (bm25, higher is better); comparable within one kind


@dataclass(frozen=True)
class DocumentText:
    id: str
    title: str
    filename: str
    sha256: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Meta:
    schema_version: int
    builder_version: str
    source_sha256: str
    data_as_of: str
    documents: tuple[DocumentText, ...] = field(default=())
