"""Full-text search over the records and the source paragraphs.

What was typed is read by ``coopdesk.textsearch`` (never an error); the matches come
from ``records_fts`` and ``paragraphs_fts``. Records named by every word (in their title,
other names or date) come first, then the others, each tier by bm25 with the column
weights of schema.py, ties in date order. Snippets are made in Python for the hits shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from coopdesk.model import SearchHit
from coopdesk.render import human_date
from coopdesk.schema import PARAGRAPHS_FTS, RECORDS_FTS, RECORDS_FTS_WEIGHTS
from coopdesk.searchindex import RecordText
from coopdesk.store.connection import Connection
from coopdesk.textsearch import Query, make_snippet, parse

# Ranking costs a bm25 score for every match (about 2 µs each at a million records): past
# RANK_LIMIT matches, the first ones in collection order are scored and shown instead.
RANK_LIMIT = 10_000
# Ranked candidates beyond the hits shown: named records ranked a little lower by bm25
# still come first, and ties with the last hit shown may still come first by date.
_MARGIN = 100
_BM25 = f"bm25({RECORDS_FTS}, {', '.join(str(w) for w in RECORDS_FTS_WEIGHTS)})"
# The same, counting the title and names only: it orders the records named by the words.
_NAMED_BM25 = f"bm25({RECORDS_FTS}, {RECORDS_FTS_WEIGHTS[0]}, {RECORDS_FTS_WEIGHTS[1]}, 0, 0)"


def search(
    conn: Connection,
    text: str,
    limit: int = 100,
    matches: int | None = None,
    keep: Callable[[int], bool] | None = None,
) -> list[SearchHit]:
    """Records matching ``text``, best first, then source paragraphs, best first: at most
    ``limit`` in all. ``matches``: how many records match, when the caller knows; ``keep``:
    which records (by rowid) may be listed."""
    query = parse(text)
    expr = query.fts()
    if expr is None:
        return []
    if matches is None:
        matches = int(conn.query(f"SELECT count(*) FROM {RECORDS_FTS}(?)", (expr,))[0][0])
    hits = _record_hits(conn, query, expr, limit, matches, keep) if matches else []
    if len(hits) < limit:
        hits += _paragraph_hits(conn, query, expr, limit - len(hits))
    return hits


def paragraph_count(conn: Connection, expr: str) -> int:
    return int(conn.query(f"SELECT count(*) FROM {PARAGRAPHS_FTS}(?)", (expr,))[0][0])


def match_ids(conn: Connection, expr: str) -> str:
    """The row ids of the records an FTS5 expression matches, as "3,17,42" (for bitmaps)."""
    return str(conn.query(f"SELECT group_concat(rowid) FROM {RECORDS_FTS}(?)", (expr,))[0][0] or "")


def _record_hits(
    conn: Connection,
    query: Query,
    expr: str,
    limit: int,
    matches: int,
    keep: Callable[[int], bool] | None,
) -> list[SearchHit]:
    want = limit + _MARGIN
    scores = f"SELECT rowid, {_BM25}, {_NAMED_BM25} FROM {RECORDS_FTS}(?)"
    if matches <= RANK_LIMIT:
        best = conn.query(f"{scores} ORDER BY 2 LIMIT ?", (expr, want))
    else:
        # The first matches in rowid order, scored: a rowid range is the one constraint
        # FTS5 narrows a match by without reading the rest of it.
        first = conn.query(f"SELECT rowid FROM {RECORDS_FTS}(?) LIMIT ?", (expr, want))
        best = conn.query(
            f"{scores} WHERE rowid BETWEEN ? AND ?", (expr, first[0][0], first[-1][0])
        )
    rank = {r[0]: (float(r[1]), float(r[2])) for r in best if keep is None or keep(r[0])}
    rows = _names(conn, list(rank))

    def order(rowid: int) -> tuple[float, float, bool, str, int]:
        row = rows[rowid]
        full, named = rank[rowid]
        if query.found_in("\n".join(n for n in row[1:4] if n)):
            first = (-1.0, round(named, 6))  # named by every word: by those names
        else:
            first = (0.0, round(full, 6))
        return (*first, row[4] is None, row[4] or "", row[5])

    chosen = sorted((rowid for rowid in rank if rowid in rows), key=order)[:limit]
    texts = record_texts(conn, [rows[rowid][0] for rowid in chosen])
    return [
        SearchHit(
            ref=rows[rowid][0],
            kind=rows[rowid][6],
            title=rows[rowid][1],
            snippet=_record_snippet(texts.get(rows[rowid][0]), query),
            paragraph=None,
            score=round(-rank[rowid][0], 4),
        )
        for rowid in chosen
    ]


def _names(conn: Connection, rowids: list[int]) -> dict[int, tuple[Any, ...]]:
    """rowid: (id, title, short name and other names, date as written, date, sort, kind)."""
    rows = conn.query(
        """SELECT r.rowid, r.id, r.title, r.short_name, r.date, r.sort, r.kind,
                  (SELECT group_concat(alias, char(10)) FROM aliases a WHERE a.record_id = r.id)
           FROM records r WHERE r.rowid IN (SELECT value FROM json_each(?))""",
        (json.dumps(rowids),),
    )
    return {
        r[0]: (
            r[1],
            r[2],
            "\n".join(n for n in (r[3], r[7]) if n),
            human_date(r[4]),
            r[4],
            r[5],
            r[6],
        )
        for r in rows
    }


def _record_snippet(text: RecordText | None, query: Query) -> str:
    """Where the record matched, as a snippet: in a quote, its names, date or facts;
    a match in its title shows its first quote (the title is shown anyway); the names of
    linked records come last."""
    if text is None:
        return ""
    pieces = text.pieces()
    quotes = [piece for label, piece in pieces if label == "quote"]
    for label, piece in pieces:
        if query.spans(piece):
            if label == "title" and quotes:
                return make_snippet(quotes[0], query)
            return make_snippet(piece, query)
    return make_snippet(quotes[0], query) if quotes else ""


def _paragraph_hits(conn: Connection, query: Query, expr: str, limit: int) -> list[SearchHit]:
    rows = conn.query(
        f"""SELECT p.document_id, p.number, p.text, d.title, f.rank
            FROM (SELECT rowid, bm25({PARAGRAPHS_FTS}) AS rank FROM {PARAGRAPHS_FTS}(?)
                  ORDER BY rank LIMIT ?) f
            JOIN paragraphs p ON p.rowid = f.rowid JOIN documents d ON d.id = p.document_id
            ORDER BY f.rank, p.document_id, p.number""",
        (expr, limit),
    )
    return [
        SearchHit(
            ref=r["document_id"],
            kind="paragraph",
            title=r["title"],
            snippet=make_snippet(r["text"], query),
            paragraph=r["number"],
            score=round(-float(r["rank"]), 4),
        )
        for r in rows
    ]


def record_texts(conn: Connection, ids: Iterable[str] | None = None) -> dict[str, RecordText]:
    """What the index holds of each record (of every record when ``ids`` is None).

    The build fills ``records_fts`` from this, and snippets are made from it.
    """
    params: tuple[str, ...] = ()
    if ids is None:
        where = ""
    else:
        where, params = "WHERE r.id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),)
    chosen = f"SELECT r.id FROM records r {where}"
    aliases: dict[str, list[str]] = {}
    for r in conn.query(
        f"SELECT record_id, alias FROM aliases WHERE record_id IN ({chosen}) ORDER BY rowid",
        params,
    ):
        aliases.setdefault(r[0], []).append(r[1])
    quotes: dict[str, list[str]] = {}
    for r in conn.query(
        f"SELECT record_id, quote FROM citations WHERE record_id IN ({chosen}) ORDER BY id",
        params,
    ):
        quotes.setdefault(r[0], []).append(r[1])
    linked: dict[str, list[str]] = {}
    for r in conn.query(
        f"""SELECT l.from_id, o.title, o.short_name FROM links l
            JOIN records o ON o.id = l.to_id WHERE l.from_id IN ({chosen})
            ORDER BY l.from_id, l.id""",
        params,
    ):
        linked.setdefault(r[0], []).extend(n for n in (r[1], r[2]) if n)
    out = {}
    for r in conn.query(
        f"""SELECT r.id, r.title, r.short_name, r.role, r.context, r.date,
                   p.title AS place, pa.title AS parent
            FROM records r LEFT JOIN records p ON p.id = r.place_id
            LEFT JOIN records pa ON pa.id = r.parent_id {where} ORDER BY r.sort""",
        params,
    ):
        rid = r["id"]
        out[rid] = RecordText(
            id=rid,
            title=r["title"],
            short_name=r["short_name"],
            aliases=tuple(aliases.get(rid, ())),
            quotes=tuple(quotes.get(rid, ())),
            role=r["role"],
            context=r["context"],
            date=r["date"],
            place=r["place"],
            linked=tuple(([r["parent"]] if r["parent"] else []) + linked.get(rid, [])),
        )
    return out
