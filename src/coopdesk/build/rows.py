"""Every row of the database, table by table, in a fixed order (the build's content)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from coopdesk import __version__
from coopdesk.build.search_rows import _search_rows
from coopdesk.build.specs import Curation
from coopdesk.schema import AGENCY_RELATIONS, KIND_BY_ID, KINDS, RELATIONS, SCHEMA_VERSION, SIDES


def database_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every row of the database, table by table, in a fixed order."""
    for sort, kind in enumerate(KINDS):
        yield "kinds", {**kind._asdict(), "sort": sort}
    for side_id, name in SIDES.items():
        yield "sides", {"id": side_id, "name": name}
    for relation in RELATIONS:
        yield "relations", relation._asdict()
    for doc in curation.documents:
        yield (
            "documents",
            {
                "id": doc.id,
                "title": doc.title,
                "filename": doc.filename,
                "sha256": doc.sha256,
                "curated": doc.curated,
                "text": doc.text,
            },
        )
        for number, text in enumerate(doc.paragraphs, 1):
            yield "paragraphs", {"document_id": doc.id, "number": number, "text": text}
    citation_id = 0
    for r in curation.records:
        yield (
            "records",
            {
                "id": r.id,
                "kind": r.kind,
                "title": r.title,
                "short_name": r.short,
                "date": r.date,
                "year": int(r.date[:4]) if r.date else None,
                "place_id": r.place,
                "number": r.number,
                "side": r.side,
                "parent_id": r.parent,
                "role": r.role,
                "context": r.context,
                "document_id": r.document_id,
                "sort": r.sort,
            },
        )
        for alias in r.aliases:
            yield "aliases", {"record_id": r.id, "alias": alias}
        for c in r.citations:
            citation_id += 1
            yield (
                "citations",
                {
                    "id": citation_id,
                    "record_id": r.id,
                    "link_id": None,
                    "document_id": r.document_id,
                    "paragraph": c.paragraph,
                    "quote": c.quote,
                },
            )
    for link_id, link in enumerate(curation.links, 1):
        yield (
            "links",
            {
                "id": link_id,
                "from_id": link.from_id,
                "to_id": link.to_id,
                "relation": link.relation,
                "role": link.role,
                "basis": link.basis,
                "reason": link.reason,
                "derived_from": None if link.derived_from is None else link.derived_from + 1,
            },
        )
        for c in link.citations:
            citation_id += 1
            yield (
                "citations",
                {
                    "id": citation_id,
                    "record_id": None,
                    "link_id": link_id,
                    "document_id": link.document_id,
                    "paragraph": c.paragraph,
                    "quote": c.quote,
                },
            )
    yield from _facet_rows(curation)
    yield from _search_rows(curation)


def _facet_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    kinds = {r.id: r.kind for r in curation.records}
    agencies: set[tuple[str, str]] = set()
    offences: set[tuple[str, str]] = set()
    for link in curation.links:
        ends = (kinds[link.from_id], kinds[link.to_id])
        if not KIND_BY_ID[ends[0]].lane:
            continue
        if link.relation in AGENCY_RELATIONS and ends[1] == "agency":
            agencies.add((link.from_id, link.to_id))
        if link.relation == "concerns" and ends[1] == "offence":
            offences.add((link.from_id, link.to_id))
    for record_id, agency_id in sorted(agencies):
        yield "record_agencies", {"record_id": record_id, "agency_id": agency_id}
    for record_id, offence_id in sorted(offences):
        yield "record_offences", {"record_id": record_id, "offence_id": offence_id}


def meta_rows(curation: Curation) -> dict[str, str]:
    shas = [d.sha256 for d in curation.documents]
    combined = shas[0] if len(shas) == 1 else hashlib.sha256("".join(shas).encode()).hexdigest()
    curated = sorted(d.curated for d in curation.documents if d.curated)
    return {
        "schema_version": str(SCHEMA_VERSION),
        "builder_version": __version__,
        "source_sha256": combined,
        "documents": str(len(curation.documents)),
        "data_as_of": curated[-1] if curated else "",
        "sqlite_version": sqlite3.sqlite_version,
    }
