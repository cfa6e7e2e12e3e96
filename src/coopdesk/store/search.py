"""Full-text search over the records and the source paragraphs.

What was typed is read by ``coopdesk.textsearch`` (never an error); the matches come
from ``records_fts`` and ``paragraphs_fts``, ranked by bm25 with the column weights of
schema.py, ties in date order. Snippets are made in Python for the hits shown only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from coopdesk.model import SearchHit
from coopdesk.schema import PARAGRAPHS_FTS, RECORDS_FTS, RECORDS_FTS_NAME_COLUMNS
from coopdesk.searchindex import RecordText
from coopdesk.store.connection import Connection
from coopdesk.textsearch import Query, make_snippet, parse

# Ranking every match of a very common word costs a bm25 score for each of them; past
# RANK_LIMIT matches the first ones in collection order are shown instead.
RANK_LIMIT = 20_000
# Hits whose scores tie with the last one shown may still come first by date.
_TIE_MARGIN = 20


def search(conn: Connection, text: str, limit: int = 100) -> list[SearchHit]:
    """Records matching ``text``, best first, then source paragraphs, best first: at most
    ``limit`` in all."""
    query = parse(text)
    expr = query.fts()
    if expr is None:
        return []
    hits = _record_hits(conn, query, expr, limit)
    if len(hits) < limit:
        hits += _paragraph_hits(conn, query, expr, limit - len(hits))
    return hits


def count(conn: Connection, text: str) -> tuple[int, int]:
    """How many records and how many source paragraphs match ``text``."""
    expr = parse(text).fts()
    if expr is None:
        return 0, 0
    return (
        int(conn.query(f"SELECT count(*) FROM {RECORDS_FTS}(?)", (expr,))[0][0]),
        int(conn.query(f"SELECT count(*) FROM {PARAGRAPHS_FTS}(?)", (expr,))[0][0]),
    )


def _record_hits(conn: Connection, query: Query, expr: str, limit: int) -> list[SearchHit]:
    """The best ``limit`` records: those named by the words first (title, other names or
    date), then the others; by bm25 within each tier, ties in date order."""
    found = conn.query(f"SELECT rowid FROM {RECORDS_FTS}(?) LIMIT ?", (expr, RANK_LIMIT + 1))
    ranked: list[tuple[int, float, int]] = []  # tier, bm25 rank, rowid
    if len(found) > RANK_LIMIT:
        ranked = [(0, 0.0, r[0]) for r in found[:limit]]
    else:
        named = query.fts(RECORDS_FTS_NAME_COLUMNS) or expr
        for tier, each in enumerate((named, expr)):
            seen = {rowid for _, _, rowid in ranked}
            best = conn.query(
                f"SELECT rowid, rank FROM {RECORDS_FTS}(?) ORDER BY rank LIMIT ?",
                (each, limit + len(seen) + _TIE_MARGIN),
            )
            ranked += [(tier, float(r[1]), r[0]) for r in best if r[0] not in seen]
    if not ranked:
        return []
    rows = {
        r["rowid"]: r
        for r in conn.query(
            "SELECT rowid, id, kind, title, date, sort FROM records "
            "WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps([rowid for _, _, rowid in ranked]),),
        )
    }
    ranked = [hit for hit in ranked if hit[2] in rows]
    ranked.sort(
        key=lambda hit: (
            hit[0],
            round(hit[1], 6),
            rows[hit[2]]["date"] is None,
            rows[hit[2]]["date"] or "",
            rows[hit[2]]["sort"],
        )
    )
    ranked = ranked[:limit]
    texts = record_texts(conn, [rows[rowid]["id"] for _, _, rowid in ranked])
    hits = []
    for _, rank, rowid in ranked:
        row = rows[rowid]
        hits.append(
            SearchHit(
                ref=row["id"],
                kind=row["kind"],
                title=row["title"],
                snippet=_record_snippet(texts.get(row["id"]), query),
                paragraph=None,
                score=round(-rank, 4),
            )
        )
    return hits


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
            FROM (SELECT rowid, rank FROM {PARAGRAPHS_FTS}(?) ORDER BY rank LIMIT ?) f
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
