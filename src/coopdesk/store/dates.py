"""The dated records over time: counts per month and per day, records between two days,
and pages of a tree group in date order (keyset paging: each page starts after the last).

Counts per month come from facet_months when it can answer the filters (at most one
agency and one offence type, no search text), else from the records themselves.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from coopdesk.model import DatedRecord, Filters
from coopdesk.schema import KIND_BY_ID, MONTH_OF
from coopdesk.store.connection import Connection
from coopdesk.store.where import DATED, cube_keys, where

EVENT_KINDS = tuple(k for k, kind in KIND_BY_ID.items() if kind.category == "event")


# (month, kind, count): month is year * 12 + month - 1. Plain tuples: there are thousands.
MonthCount = tuple[int, str, int]


class DayCount(NamedTuple):
    date: str
    kind: str
    n: int  # every record of that kind on that day
    shown: int  # of which the filters keep


class Cursor(NamedTuple):
    """Where a page of a tree group ended: the last record's date and sort key."""

    date: str
    sort: int


_RECORD_COLUMNS = "r.id, r.kind, r.title, r.date, r.year, r.place_id, p.title AS place"


def _record(row: Any) -> DatedRecord:
    return DatedRecord(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        date=row["date"],
        year=row["year"],
        place=row["place"],
        place_id=row["place_id"],
    )


def month_counts(conn: Connection, filters: Filters) -> list[MonthCount]:
    """How many dated records of each kind each month holds under ``filters``."""
    keys = cube_keys(filters)
    if keys is not None and (keys[4] == 0 or not (keys[0] or keys[1])):
        # facet_months counts links of any basis: "stated only" matters only under an
        # agency or offence type, and then the records are counted instead.
        agency, offence, low, high, _stated = keys
        rows = conn.tuples(
            "SELECT month, kind, n FROM facet_months WHERE agency_id = ? AND offence_id = ? "
            "AND month BETWEEN ? AND ?",
            (agency, offence, low * 12, high * 12 + 11),
        )
    else:
        sql, params = where(filters)
        rows = conn.tuples(
            f"SELECT {MONTH_OF}, r.kind, count(*) FROM records r "
            f"WHERE {sql} AND r.date IS NOT NULL GROUP BY 1, 2",
            params,
        )
    return rows


def _shown(filters: Filters) -> tuple[str, list[Any]]:
    """A 0/1 expression on ``r``: does the record pass the filters (checked row by row)."""
    if filters.is_empty:
        return "1", []
    sql, params = where(filters, probe=True)
    return f"({sql})", params


def day_counts(conn: Connection, filters: Filters, first: str, last: str) -> list[DayCount]:
    """Per day and kind from ``first`` to ``last`` (ISO dates): all records, and those shown."""
    shown, params = _shown(filters)
    rows = conn.tuples(
        f"SELECT r.date, r.kind, count(*), sum({shown}) FROM records r "
        f"WHERE r.kind IN ({DATED}) AND r.date BETWEEN ? AND ? GROUP BY 1, 2",
        [*params, first, last],
    )
    return [DayCount(*row) for row in rows]


def dated_between(
    conn: Connection, filters: Filters, first: str, last: str, limit: int
) -> list[tuple[DatedRecord, bool]]:
    """Every dated record from ``first`` to ``last`` in date order (at most ``limit``), each
    with whether the filters keep it."""
    shown, params = _shown(filters)
    rows = conn.query(
        f"""SELECT {_RECORD_COLUMNS}, {shown} AS shown
            FROM records r LEFT JOIN records p ON p.id = r.place_id
            WHERE r.kind IN ({DATED}) AND r.date BETWEEN ? AND ?
            ORDER BY r.date, r.sort LIMIT ?""",
        [*params, first, last, limit],
    )
    return [(_record(row), bool(row["shown"])) for row in rows]


def page(
    conn: Connection,
    filters: Filters,
    kinds: tuple[str, ...],
    year: int | None,
    after: Cursor | None,
    limit: int,
    *,
    probe: bool,
    backwards: bool = False,
) -> list[tuple[DatedRecord, Cursor]]:
    """The next ``limit`` records of some kinds (and one year) in date order, after
    ``after`` (``backwards``: the ones before it, latest first)."""
    sql, params = where(filters, probe=probe)
    clauses = [sql, f"r.kind IN ({', '.join('?' * len(kinds))})"]
    params = [*params, *kinds]
    if year is not None:
        clauses.append("r.year = ?")
        params.append(year)
    # The years as a range of dates too (a record's year is its date's), so that walking
    # the dates in order starts at the first year, not at the first record.
    low = year if year is not None else filters.year_from
    high = year if year is not None else filters.year_to
    if low is not None:
        clauses.append("r.date >= ?")
        params.append(f"{low:04d}")
    if high is not None:
        clauses.append("r.date < ?")
        params.append(f"{high + 1:04d}")
    if after is not None:
        clauses.append(f"(r.date, r.sort) {'<' if backwards else '>'} (?, ?)")
        params += [after.date, after.sort]
    order = "r.date DESC, r.sort DESC" if backwards else "r.date, r.sort"
    rows = conn.query(
        f"""SELECT {_RECORD_COLUMNS}, r.sort FROM records r
            LEFT JOIN records p ON p.id = r.place_id
            WHERE {" AND ".join(clauses)} ORDER BY {order} LIMIT ?""",
        [*params, limit],
    )
    return [(_record(row), Cursor(row["date"] or "", row["sort"])) for row in rows]


def position(conn: Connection, record_id: str) -> tuple[DatedRecord, Cursor] | None:
    """A dated record and its place in date order; None for an undated or unknown one."""
    rows = conn.query(
        f"""SELECT {_RECORD_COLUMNS}, r.sort FROM records r
            LEFT JOIN records p ON p.id = r.place_id
            WHERE r.id = ? AND r.kind IN ({DATED})""",
        (record_id,),
    )
    if not rows:
        return None
    return _record(rows[0]), Cursor(rows[0]["date"] or "", rows[0]["sort"])


def extent(conn: Connection) -> tuple[str, str] | None:
    """The first and last date of any dated record (read from both ends of the date index)."""
    ends = []
    for direction in ("", " DESC"):
        rows = conn.tuples(
            f"SELECT r.date FROM records r INDEXED BY idx_records_date_sort "
            f"WHERE r.date IS NOT NULL AND r.kind IN ({DATED}) ORDER BY r.date{direction} LIMIT 1"
        )
        if not rows:
            return None
        ends.append(rows[0][0])
    return ends[0], ends[1]


def last_before(conn: Connection, date: str) -> str | None:
    """The last date of a dated record before ``date``."""
    row = conn.tuples(
        f"SELECT max(r.date) FROM records r WHERE r.kind IN ({DATED}) AND r.date < ?", (date,)
    )
    return row[0][0] if row else None


def first_after(conn: Connection, date: str) -> str | None:
    """The first date of a dated record after ``date``."""
    row = conn.tuples(
        f"SELECT min(r.date) FROM records r WHERE r.kind IN ({DATED}) AND r.date > ?", (date,)
    )
    return row[0][0] if row else None
