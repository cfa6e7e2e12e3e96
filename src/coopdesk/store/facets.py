"""Facet counts: for each choice of each filter, how many records it would leave.

One implementation with three sources of counts: the pre-counted ``facet_cube`` under at
most one agency and one offence type and no text; the bitmaps of ``store.bitmaps`` for
any other filters (search text included), given as ``counted``; else the records
themselves (``scan_counts``, the reference the other two are tested against). Each count
also says how many of its records are kept only through an inferred link (the difference
between counting every link and counting stated links only, given as ``stated``); under
``stated_only`` the counts are of stated links and none is inferred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coopdesk.model import Entity, Facets, FacetValue, Filters
from coopdesk.store.connection import Connection
from coopdesk.store.where import cube_keys, where

Counts = dict[str, int]
Triple = tuple[Counts, Counts, Counts]


def facets(
    conn: Connection,
    filters: Filters,
    agencies: list[Entity],
    offences: list[Entity],
    counted: Triple | None = None,
    stated: Triple | None = None,
    documents: Sequence[tuple[str, str]] = (),
) -> Facets:
    """The facets under ``filters``; each dimension counts under the others only.

    ``documents`` are the database's (id, title); with more than one, each is counted.
    """
    if counted is None or cube_keys(filters) is not None:
        counted = counts(conn, filters)
    if filters.stated_only:
        stated = counted
    elif stated is None or cube_keys(filters) is not None:
        stated = counts(conn, replace(filters, stated_only=True))
    years = [
        int(r[0])
        for r in conn.query(
            "SELECT DISTINCT year FROM facet_cube WHERE agency_id = '' AND offence_id = '' "
            "AND stated_only = 0 ORDER BY year"
        )
    ]

    def entity(dimension: int, e: Entity) -> FacetValue:
        count = counted[dimension].get(e.id, 0)
        return FacetValue(
            e.id, e.title, count, e.number, e.short_name,
            inferred=count - stated[dimension].get(e.id, 0), entity=e,
        )  # fmt: skip

    def year(y: int) -> FacetValue:
        count = counted[2].get(str(y), 0)
        return FacetValue(str(y), str(y), count, y, inferred=count - stated[2].get(str(y), 0))

    return Facets(
        agencies=sorted((entity(0, a) for a in agencies), key=lambda v: (-v.count, v.label)),
        offences=[entity(1, o) for o in offences],
        years=[year(y) for y in years],
        documents=document_counts(conn, filters, documents) if len(documents) > 1 else [],
    )


def document_counts(
    conn: Connection, filters: Filters, documents: Sequence[tuple[str, str]]
) -> list[FacetValue]:
    """How many records each document would leave under the other filters."""
    sql, params = where(filters, skip="documents")
    rows = conn.query(
        f"SELECT r.document_id, count(*) FROM records r WHERE {sql} GROUP BY r.document_id",
        params,
    )
    counts = _counts(rows)
    return [FacetValue(doc_id, title, counts.get(doc_id, 0)) for doc_id, title in documents]


def counts(conn: Connection, filters: Filters) -> Triple:
    """Counts by agency, offence type and year, from the cube when it can answer."""
    keys = cube_keys(filters)
    return cube_counts(conn, *keys) if keys is not None else scan_counts(conn, filters)


def cube_counts(
    conn: Connection, agency: str, offence: str, low: int, high: int, stated: int = 0
) -> Triple:
    """Counts from facet_cube ('' meaning any agency or any offence type)."""
    by_agency = conn.query(
        "SELECT agency_id, sum(n) FROM facet_cube WHERE agency_id != '' AND offence_id = ? "
        "AND stated_only = ? AND year BETWEEN ? AND ? GROUP BY agency_id",
        (offence, stated, low, high),
    )
    by_offence = conn.query(
        "SELECT offence_id, sum(n) FROM facet_cube WHERE offence_id != '' AND agency_id = ? "
        "AND stated_only = ? AND year BETWEEN ? AND ? GROUP BY offence_id",
        (agency, stated, low, high),
    )
    by_year = conn.query(
        "SELECT year, sum(n) FROM facet_cube WHERE agency_id = ? AND offence_id = ? "
        "AND stated_only = ? GROUP BY year",
        (agency, offence, stated),
    )
    return _counts(by_agency), _counts(by_offence), _counts(by_year)


def scan_counts(conn: Connection, filters: Filters) -> Triple:
    """Counts from the records themselves (any filters, search text included)."""
    stated = " AND {t}.basis = 'stated'" if filters.stated_only else ""
    sql, params = where(filters, skip="agencies")
    by_agency = conn.query(
        f"SELECT ra.agency_id, count(*) FROM record_agencies ra "
        f"JOIN records r ON r.id = ra.record_id{stated.format(t='ra')} "
        f"WHERE {sql} GROUP BY ra.agency_id",
        params,
    )
    sql, params = where(filters, skip="offences")
    by_offence = conn.query(
        f"SELECT ro.offence_id, count(*) FROM record_offences ro "
        f"JOIN records r ON r.id = ro.record_id{stated.format(t='ro')} "
        f"WHERE {sql} GROUP BY ro.offence_id",
        params,
    )
    sql, params = where(filters, skip="years")
    by_year = conn.query(
        f"SELECT r.year, count(*) FROM records r WHERE {sql} GROUP BY r.year", params
    )
    return _counts(by_agency), _counts(by_offence), _counts(by_year)


def _counts(rows: list[tuple[object, int]]) -> Counts:
    return {str(key): int(n) for key, n in rows}
