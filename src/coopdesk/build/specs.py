"""The curation as the build reads it: documents, records, links and problems, no I/O."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a curation, at the line of the key that is wrong.

    ``str(problem)`` is the one line a curator reads: ``file:line: subject: what is wrong``
    (the line is left out when unknown, the subject when the problem concerns no record).
    """

    file: str
    line: int  # 1-based; 0 when the problem has no line of its own
    subject: str  # a record id, "link FROM → TO", or "" for the file itself
    message: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        return ": ".join(p for p in (place, self.subject, self.message) if p)


@dataclass
class Citation:
    paragraph: int
    quote: str  # the document's own characters


@dataclass
class ValueSpec:
    """The basis of one value of a record.

    ``stated`` values rest on their own quotes, or on the record's when they have none;
    ``inferred`` and ``editorial`` values give a reason.
    """

    field: str  # a column of ``records`` ("title", "side", …) or "alias"
    value: str
    basis: str  # "stated", "inferred" or "editorial"
    reason: str | None = None
    citations: list[Citation] = dataclasses.field(default_factory=list)


@dataclass
class Where:
    """Where an entry stands in its curation file: its header's line and its keys' lines."""

    file: str = ""
    line: int = 0  # of the entry's [[record]] or [[link]] header; 0 for derived entries
    key_lines: dict[str, int] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        """'file.toml:LINE', for messages."""
        return f"{self.file}:{self.line}" if self.line else self.file

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class RecordSpec:
    id: str
    kind: str
    title: str
    document_id: str
    sort: int
    short: str | None = None
    aliases: list[str] = dataclasses.field(default_factory=list)
    date: str | None = None
    place: str | None = None
    number: int | None = None
    side: str | None = None
    parent: str | None = None
    role: str | None = None
    context: str | None = None
    citations: list[Citation] = dataclasses.field(default_factory=list)
    values: list[ValueSpec] = dataclasses.field(default_factory=list)
    at: Where = dataclasses.field(default_factory=Where)


@dataclass
class LinkSpec:
    from_id: str
    to_id: str
    relation: str
    basis: str
    document_id: str
    role: str | None = None
    reason: str | None = None
    citations: list[Citation] = dataclasses.field(default_factory=list)
    derived_from: int | None = None  # index into the link list, for derived links
    at: Where = dataclasses.field(default_factory=Where)

    @property
    def subject(self) -> str:
        return f"link {self.from_id} → {self.to_id}"


@dataclass
class Document:
    id: str
    title: str
    filename: str
    sha256: str
    curated: str | None
    text: str
    paragraphs: list[str]


@dataclass
class Curation:
    documents: list[Document] = dataclasses.field(default_factory=list)
    records: list[RecordSpec] = dataclasses.field(default_factory=list)
    links: list[LinkSpec] = dataclasses.field(default_factory=list)
