"""Every row of the database, table by table, in a fixed order (the build's content)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from coopdesk import __version__
from coopdesk.build.digest import source_sha256
from coopdesk.build.specs import Citation, Curation
from coopdesk.schema import AGENCY_RELATIONS, KIND_BY_ID, KINDS, RELATIONS, SCHEMA_VERSION, SIDES


def database_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every row of the database, table by table, in a fixed order."""
    for sort, kind in enumerate(KINDS):
        row = {"id": kind.id, "name": kind.label, "plural": kind.plural}
        yield "kinds", {**row, "category": kind.category, "lane": kind.lane, "sort": sort}
    for side_id, name in SIDES.items():
        yield "sides", {"id": side_id, "name": name}
    for relation in RELATIONS:
        yield "relations", {"id": relation.id, "name": relation.label, "inverse": relation.inverse}
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
    value_id = 0

    def citation(c: Citation, document_id: str, owner: str, owner_id: object) -> dict[str, Any]:
        nonlocal citation_id
        citation_id += 1
        row: dict[str, Any] = {"id": citation_id, "record_id": None, "link_id": None}
        row["value_id"] = None
        row.update({owner: owner_id, "document_id": document_id})
        row.update({"paragraph": c.paragraph, "quote": c.quote})
        return row

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
        for c in r.citations:
            yield "citations", citation(c, r.document_id, "record_id", r.id)
        for v in r.values:
            value_id += 1
            yield (
                "record_values",
                {
                    "id": value_id,
                    "record_id": r.id,
                    "field": v.field,
                    "value": v.value,
                    "basis": v.basis,
                    "reason": v.reason,
                },
            )
            for c in v.citations:
                yield "citations", citation(c, r.document_id, "value_id", value_id)
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
            yield "citations", citation(c, link.document_id, "link_id", link_id)
    yield from _facet_rows(curation)


def _facet_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    """Which agencies and offence types each dated record involves: "stated" when a stated
    link says so, "inferred" when only inferred links do."""
    kinds = {r.id: r.kind for r in curation.records}
    agencies: dict[tuple[str, str], str] = {}
    offences: dict[tuple[str, str], str] = {}
    for link in curation.links:
        ends = (kinds[link.from_id], kinds[link.to_id])
        if not KIND_BY_ID[ends[0]].lane:
            continue
        facet = None
        if link.relation in AGENCY_RELATIONS and ends[1] == "agency":
            facet = agencies
        elif link.relation == "concerns" and ends[1] == "offence":
            facet = offences
        if facet is not None:
            key = (link.from_id, link.to_id)
            facet[key] = "stated" if "stated" in (facet.get(key), link.basis) else "inferred"
    for (record_id, agency_id), basis in sorted(agencies.items()):
        yield "record_agencies", {"record_id": record_id, "agency_id": agency_id, "basis": basis}
    for (record_id, offence_id), basis in sorted(offences.items()):
        yield (
            "record_offences",
            {"record_id": record_id, "offence_id": offence_id, "basis": basis},
        )


def meta_rows(curation: Curation) -> dict[str, str]:
    curated = sorted(d.curated for d in curation.documents if d.curated)
    return {
        "schema_version": str(SCHEMA_VERSION),
        "builder_version": __version__,
        "source_sha256": source_sha256(d.sha256 for d in curation.documents),
        "documents": str(len(curation.documents)),
        "data_as_of": curated[-1] if curated else "",
        "sqlite_version": sqlite3.sqlite_version,
    }
