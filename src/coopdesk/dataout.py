"""Records as data, with the basis of every name, value and link: the JSON of ``coopdesk
query``, ``show`` and ``facets``, the exports' fields and the plain table of ``query``.

Names are objects, ``{"name": "FSB", "basis": "editorial", "reason": "…"}`` (no reason
when stated); a link's own ``basis`` (and ``reason`` unless stated) sits beside the name
of the record it leads to.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coopdesk.marks import basis_words, mark_short, title_mark, value_json
from coopdesk.model import DatedRecord, Facets, FacetValue, RecordDetail, RecordRef, display_name
from coopdesk.safetext import for_terminal
from coopdesk.schema import AGENCY_RELATIONS


def ref_name(ref: RecordRef) -> dict[str, Any]:
    """The name of a record as an object with its basis."""
    out: dict[str, Any] = {"name": ref.title, "basis": ref.title_basis}
    if ref.title_basis != "stated":
        out["reason"] = ref.title_reason
    if ref.stated_short:  # the short name the document itself uses (Europol)
        out["short_name"] = ref.stated_short
    return out


def _entry(ref: RecordRef, basis: str, reason: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ref.id, "name": ref_name(ref), "basis": basis}
    if basis != "stated":
        out["reason"] = reason
    return out


def record_json(detail: RecordDetail, *, filter_basis: str | None = None) -> dict[str, Any]:
    """The fields of ``coopdesk query --json`` and ``show --json`` for one record.

    ``filter_basis`` ("stated" or "inferred"): how the filters of a query keep it.
    """
    agencies: dict[str, dict[str, Any]] = {}
    people: list[dict[str, Any]] = []
    offences: list[dict[str, Any]] = []
    related: list[dict[str, Any]] = []
    for link in detail.links:
        kind = link.other.kind
        entry = _entry(link.other, link.basis, link.reason)
        if kind == "agency" and link.relation in AGENCY_RELATIONS:
            known = agencies.setdefault(link.other.id, entry)
            if link.basis == "stated" and known["basis"] != "stated":
                agencies[link.other.id] = entry  # a stated link outweighs an inferred one
        elif kind == "person" and link.relation == "participant":
            people.append({**entry, "role": link.role})
        elif kind == "offence" and link.relation == "concerns":
            offences.append({**entry, "number": link.other.number})
        else:
            related.append({**entry, "relation": link.label})
    out: dict[str, Any] = {
        "id": detail.id,
        "kind": detail.kind,
        "title": ref_name(detail.ref),
        "date": detail.ref.date,
        "year": detail.year,
        "place": ref_name(detail.place) if detail.place else None,
        "document": detail.document_title,
        "document_id": detail.document_id,
        "agencies": list(agencies.values()),
        "people": people,
        "offences": offences,
        "related": related,
        "citations": [
            {"document": c.document_title, "paragraph": c.paragraph, "quote": c.quote}
            for c in detail.citations
        ],
    }
    if filter_basis is not None:
        out["filter_basis"] = filter_basis
    if detail.short_name:
        out["short_name"] = detail.basis_of("short_name", detail.short_name).as_json()
    if detail.aliases:
        out["aliases"] = [detail.basis_of("alias", a).as_json() for a in detail.aliases]
    if detail.side:
        side = detail.basis_of("side", detail.side)
        out["side"] = {**value_json(side), "name": detail.side_name}
    for field in ("role", "context"):
        if getattr(detail, field):
            out[field] = value_json(detail.basis_of(field, getattr(detail, field)))
    out["values"] = [
        {
            "field": v.field,
            **value_json(v),
            "citations": [{"paragraph": c.paragraph, "quote": c.quote} for c in v.citations],
        }
        for v in detail.values
    ]
    return out


def entries_text(entries: Iterable[dict[str, Any]], *, number: bool = False) -> list[str]:
    """Names of linked records as text, each marked: "(title not in the source)" for a
    name of ours, "(inferred)" for a link that is a reading."""
    out = []
    for e in entries:
        name = display_name(e["name"]["name"], e["name"].get("short_name"))
        name += title_mark(e["name"]["basis"])
        if number and e.get("number") is not None:
            name = f"{e['number']}. {name}"
        if e.get("role"):
            name += f" ({e['role']})"
        out.append(name + mark_short(e["basis"]))
    return out


def _facet_json(v: FacetValue) -> dict[str, Any]:
    out: dict[str, Any] = {"id": v.id}
    if v.entity is not None:
        out["name"] = v.entity.basis_of("title", v.entity.title).as_json()
        if v.entity.short_name:
            out["short_name"] = v.entity.basis_of("short_name", v.entity.short_name).as_json()
        elif v.entity.kind == "agency":
            out["short_name"] = None
    else:
        out["name"] = {"name": v.label, "basis": "stated"}
    if v.entity is not None and v.entity.kind == "offence":
        out["number"] = v.number
    return {**out, "count": v.count, "inferred": v.inferred}


def facets_json(facets: Facets) -> dict[str, Any]:
    """``coopdesk facets --json``: each choice with its count and how many of those records
    rest on an inferred link."""
    return {
        "agencies": [_facet_json(v) for v in facets.agencies],
        "offences": [_facet_json(v) for v in facets.offences],
        "years": [
            {"year": v.number, "count": v.count, "inferred": v.inferred} for v in facets.years
        ],
    }


def row_basis(record: DatedRecord) -> str:
    """The BASIS cell of a query row: how the filters keep it, and its title's basis."""
    parts = []
    if record.basis != "stated":
        parts.append(f"{record.basis} link")
    if record.title_basis != "stated":
        parts.append(f"title {basis_words(record.title_basis)}")
    return ", ".join(parts) or "stated"


def dated_table(records: Iterable[DatedRecord]) -> str:
    """Dated records as an aligned plain-text table for a terminal, each row with its
    basis (the data's text made safe by ``safetext.for_terminal``)."""
    rows = [("DATE", "KIND", "PLACE", "BASIS", "TITLE")]
    t = for_terminal
    rows += [
        (r.date or "", r.kind_label, t(r.place or "—"), row_basis(r), t(r.title)) for r in records
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True)) + "  " + row[4]
        for row in rows
    )
