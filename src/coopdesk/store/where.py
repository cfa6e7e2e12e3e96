"""SQL conditions on the records for a set of filters (bound parameters only)."""

from __future__ import annotations

from typing import Any

from coopdesk.model import Filters
from coopdesk.schema import DATED_KINDS, RECORDS_FTS
from coopdesk.textsearch import parse

DATED = ", ".join(f"'{k}'" for k in DATED_KINDS)
ANY_YEAR = (-(10**9), 10**9)


def where(filters: Filters, skip: str = "", *, probe: bool = False) -> tuple[str, list[Any]]:
    """SQL conditions on ``r`` (records) for the filters, one dimension left out.

    With ``probe`` an agency or offence type is checked record by record (EXISTS),
    which suits walking the records in date order when most of them match; without,
    its records are gathered first (IN), which suits a rare one. Under ``stated_only``
    an agency or offence type counts only when a stated link puts the record there.
    """
    clauses = [f"r.kind IN ({DATED})"]
    params: list[Any] = []
    if skip != "years":
        if filters.year_from is not None:
            clauses.append("r.year >= ?")
            params.append(filters.year_from)
        if filters.year_to is not None:
            clauses.append("r.year <= ?")
            params.append(filters.year_to)
    for dimension, table, column, values in (
        ("agencies", "record_agencies", "agency_id", filters.agencies),
        ("offences", "record_offences", "offence_id", filters.offences),
    ):
        if skip == dimension:
            continue
        stated = " AND basis = 'stated'" if filters.stated_only else ""
        for value in values:
            clauses.append(
                f"EXISTS (SELECT 1 FROM {table} WHERE record_id = r.id AND {column} = ?{stated})"
                if probe
                else f"r.id IN (SELECT record_id FROM {table} WHERE {column} = ?{stated})"
            )
            params.append(value)
    if skip != "documents" and filters.documents:
        marks = ", ".join("?" * len(filters.documents))
        clauses.append(f"r.document_id IN ({marks})")
        params.extend(filters.documents)
    if skip != "text" and filters.text.strip():
        expr = parse(filters.text).fts()
        if expr is None:
            clauses.append("0")
        else:
            clauses.append(f"r.rowid IN (SELECT rowid FROM {RECORDS_FTS}(?))")
            params.append(expr)
    return " AND ".join(clauses), params


CubeKeys = tuple[str, str, int, int, int]


def cube_keys(filters: Filters) -> CubeKeys | None:
    """The facet_cube keys for these filters (agency, offence type, first and last year,
    stated only), or None when the cube cannot answer them (it has no dimension for the
    document)."""
    if len(filters.agencies) > 1 or len(filters.offences) > 1 or filters.text.strip():
        return None
    if filters.documents:
        return None
    return (
        filters.agencies[0] if filters.agencies else "",
        filters.offences[0] if filters.offences else "",
        filters.year_from if filters.year_from is not None else ANY_YEAR[0],
        filters.year_to if filters.year_to is not None else ANY_YEAR[1],
        int(filters.stated_only),
    )


def stated_match(filters: Filters) -> tuple[str, list[Any]]:
    """An SQL expression on ``r``: 'stated' when stated links put the record under every
    agency and offence type of the filters, else 'inferred'."""
    clauses: list[str] = []
    params: list[Any] = []
    for table, column, values in (
        ("record_agencies", "agency_id", filters.agencies),
        ("record_offences", "offence_id", filters.offences),
    ):
        for value in values:
            clauses.append(
                f"EXISTS (SELECT 1 FROM {table} WHERE record_id = r.id AND {column} = ? "
                "AND basis = 'stated')"
            )
            params.append(value)
    if not clauses:
        return "'stated'", []
    return f"CASE WHEN {' AND '.join(clauses)} THEN 'stated' ELSE 'inferred' END", params
