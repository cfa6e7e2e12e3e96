"""Facet counts: for each choice of each filter, how many records it would leave.

One implementation with three sources of counts: the pre-counted ``facet_cube`` under at
most one agency and one offence type and no text; the bitmaps of ``store.bitmaps`` for
any other filters (search text included), given as ``counted``; else the records
themselves (``scan_counts``, the reference the other two are tested against).
"""

from __future__ import annotations

from coopdesk.model import Entity, Facets, FacetValue, Filters
from coopdesk.store.connection import Connection
from coopdesk.store.where import cube_keys, where

Counts = dict[str, int]


def facets(
    conn: Connection,
    filters: Filters,
    agencies: list[Entity],
    offences: list[Entity],
    counted: tuple[Counts, Counts, Counts] | None = None,
) -> Facets:
    """The three facets under ``filters``; each dimension counts under the others only."""
    keys = cube_keys(filters)
    if keys is not None:
        by_agency, by_offence, by_year = cube_counts(conn, *keys)
    elif counted is not None:
        by_agency, by_offence, by_year = counted
    else:
        by_agency, by_offence, by_year = scan_counts(conn, filters)
    years = [
        int(r[0])
        for r in conn.query(
            "SELECT DISTINCT year FROM facet_cube WHERE agency_id = '' AND offence_id = '' "
            "ORDER BY year"
        )
    ]
    return Facets(
        agencies=sorted(
            (
                FacetValue(a.id, a.title, by_agency.get(a.id, 0), short=a.short_name)
                for a in agencies
            ),
            key=lambda v: (-v.count, v.label),
        ),
        offences=[FacetValue(o.id, o.title, by_offence.get(o.id, 0), o.number) for o in offences],
        years=[FacetValue(str(y), str(y), by_year.get(str(y), 0), y) for y in years],
    )


def cube_counts(
    conn: Connection, agency: str, offence: str, low: int, high: int
) -> tuple[Counts, Counts, Counts]:
    """Counts from facet_cube ('' meaning any agency or any offence type)."""
    by_agency = conn.query(
        "SELECT agency_id, sum(n) FROM facet_cube WHERE agency_id != '' AND offence_id = ? "
        "AND year BETWEEN ? AND ? GROUP BY agency_id",
        (offence, low, high),
    )
    by_offence = conn.query(
        "SELECT offence_id, sum(n) FROM facet_cube WHERE offence_id != '' AND agency_id = ? "
        "AND year BETWEEN ? AND ? GROUP BY offence_id",
        (agency, low, high),
    )
    by_year = conn.query(
        "SELECT year, sum(n) FROM facet_cube WHERE agency_id = ? AND offence_id = ? GROUP BY year",
        (agency, offence),
    )
    return _counts(by_agency), _counts(by_offence), _counts(by_year)


def scan_counts(conn: Connection, filters: Filters) -> tuple[Counts, Counts, Counts]:
    """Counts from the records themselves (any filters, search text included)."""
    sql, params = where(filters, skip="agencies")
    by_agency = conn.query(
        f"SELECT ra.agency_id, count(*) FROM record_agencies ra "
        f"JOIN records r ON r.id = ra.record_id WHERE {sql} GROUP BY ra.agency_id",
        params,
    )
    sql, params = where(filters, skip="offences")
    by_offence = conn.query(
        f"SELECT ro.offence_id, count(*) FROM record_offences ro "
        f"JOIN records r ON r.id = ro.record_id WHERE {sql} GROUP BY ro.offence_id",
        params,
    )
    sql, params = where(filters, skip="years")
    by_year = conn.query(
        f"SELECT r.year, count(*) FROM records r WHERE {sql} GROUP BY r.year", params
    )
    return _counts(by_agency), _counts(by_offence), _counts(by_year)


def _counts(rows: list[tuple[object, int]]) -> Counts:
    return {str(key): int(n) for key, n in rows}
