"""The rows of the full-text index, made from a curation (no SQL, no Qt).

The build writes what this module yields; the data layer searches it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from coopdesk.schema import FTS_TABLE


# What the index reads of a curation: the build's dataclasses have these fields. Declared
# here so that the index does not import the build (which calls it).
class _Citation(Protocol):
    @property
    def quote(self) -> str: ...


class _Record(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def short(self) -> str | None: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def place(self) -> str | None: ...
    @property
    def parent(self) -> str | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def context(self) -> str | None: ...
    @property
    def citations(self) -> Sequence[_Citation]: ...


class _Link(Protocol):
    @property
    def from_id(self) -> str: ...
    @property
    def to_id(self) -> str: ...


class _Document(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def paragraphs(self) -> Sequence[str]: ...


class Curation(Protocol):
    @property
    def records(self) -> Sequence[_Record]: ...
    @property
    def links(self) -> Sequence[_Link]: ...
    @property
    def documents(self) -> Sequence[_Document]: ...


def search_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    """One row per record (its names, roles, linked names and quotes) and per paragraph."""
    by_id = {r.id: r for r in curation.records}
    linked: dict[str, list[str]] = {}
    for link in curation.links:
        for a, b in ((link.from_id, link.to_id), (link.to_id, link.from_id)):
            target = by_id[b]
            linked.setdefault(a, []).extend([target.title, target.short or "", *target.aliases])
    for r in curation.records:
        names = [c.quote for c in r.citations]
        names += [r.short or "", *r.aliases, r.role or "", r.context or ""]
        if r.place:
            names.append(by_id[r.place].title)
        if r.parent:
            names.append(by_id[r.parent].title)
        names += linked.get(r.id, [])
        body = " · ".join(dict.fromkeys(n for n in names if n))
        yield (
            FTS_TABLE,
            {"ref": r.id, "kind": r.kind, "paragraph": None, "title": r.title, "body": body},
        )
    for doc in curation.documents:
        for number, text in enumerate(doc.paragraphs, 1):
            yield (
                FTS_TABLE,
                {
                    "ref": doc.id,
                    "kind": "paragraph",
                    "paragraph": number,
                    "title": doc.title,
                    "body": text,
                },
            )
