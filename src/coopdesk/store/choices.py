"""What each filter choice would leave when several values of a dimension can be chosen.

The facets count each dimension under the other filters only: what choosing a value
*instead* would show. Once an agency (or offence type) is chosen, a further one narrows
the records to those involving both, so the window counts it among the records the
filters leave: what choosing it *as well* would show. Under no agency filter the two
are the same, so these run only when a value of the dimension is chosen.
"""

from __future__ import annotations

from coopdesk.model import Filters
from coopdesk.store.connection import Connection
from coopdesk.store.where import where

Counts = dict[str, int]


def counts_within(conn: Connection, filters: Filters, dimension: str) -> Counts:
    """For each agency (``dimension`` "agencies") or offence type ("offences"), how many
    of the records ``filters`` leave involve it."""
    table, column = {
        "agencies": ("record_agencies", "agency_id"),
        "offences": ("record_offences", "offence_id"),
    }[dimension]
    sql, params = where(filters)
    rows = conn.query(
        f"SELECT t.{column}, count(*) FROM {table} t "
        f"WHERE t.record_id IN (SELECT r.id FROM records r WHERE {sql}) GROUP BY t.{column}",
        params,
        search=bool(filters.text.strip()),
    )
    return {str(key): int(n) for key, n in rows}
