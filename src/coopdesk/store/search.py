"""Full-text search over the records and the source paragraphs."""

from __future__ import annotations

from coopdesk.model import SearchHit
from coopdesk.schema import FTS_TABLE
from coopdesk.store.connection import Connection
from coopdesk.textsearch import fts_query, make_snippet, query_terms

# Ranking every match of a very common word costs a scan of all of them; past
# RANK_LIMIT matches the first ones in collection order are shown instead.
RANK_LIMIT = 10_000


def search(conn: Connection, text: str, limit: int = 100) -> list[SearchHit]:
    """Every record and source paragraph matching ``text``, best first."""
    query = fts_query(text)
    if query is None:
        return []
    found = conn.query(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?",
        (query, RANK_LIMIT + 1),
        search=True,
    )
    if len(found) <= RANK_LIMIT:
        found = conn.query(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
            search=True,
        )
    ids = [r[0] for r in found[:limit]]
    if not ids:
        return []
    by_id = {
        r["rowid"]: r
        for r in conn.query(
            f"SELECT rowid, ref, kind, paragraph, title, body FROM {FTS_TABLE} "
            f"WHERE rowid IN ({', '.join('?' * len(ids))})",
            ids,
        )
    }
    terms = query_terms(query)
    return [
        SearchHit(
            ref=by_id[i]["ref"],
            kind=by_id[i]["kind"],
            title=by_id[i]["title"],
            snippet=make_snippet(by_id[i]["body"], terms),
            paragraph=by_id[i]["paragraph"],
        )
        for i in ids
        if i in by_id
    ]
