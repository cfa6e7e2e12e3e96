"""Records: the dated ones under filters, the undated ones by kind, one in full."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from coopdesk.errors import NotFound
from coopdesk.model import (
    Citation,
    DatedRecord,
    DocumentText,
    Entity,
    Filters,
    FlatRecord,
    Link,
    LinkEnd,
    RecordDetail,
    RecordRef,
)
from coopdesk.schema import RELATION_BY_ID, RELATIONS
from coopdesk.store.connection import Connection
from coopdesk.store.where import cube_keys, where


def documents(conn: Connection) -> list[DocumentText]:
    docs = conn.query("SELECT id, title, filename, sha256 FROM documents ORDER BY id")
    out = []
    for d in docs:
        paras = conn.query(
            "SELECT text FROM paragraphs WHERE document_id = ? ORDER BY number", (d["id"],)
        )
        out.append(
            DocumentText(
                d["id"], d["title"], d["filename"], d["sha256"], tuple(p[0] for p in paras)
            )
        )
    return out


def latest_dates(conn: Connection) -> dict[str, str]:
    """The latest date each document reports, by document id (undated ones left out)."""
    rows = conn.query(
        "SELECT document_id, max(date) AS latest FROM records "
        "WHERE date IS NOT NULL AND document_id IS NOT NULL GROUP BY document_id"
    )
    return {r["document_id"]: r["latest"] for r in rows if r["latest"]}


def count_dated(conn: Connection, filters: Filters) -> int:
    keys = cube_keys(filters)
    if keys is not None:
        agency, offence, low, high = keys
        return int(
            conn.query(
                "SELECT coalesce(sum(n), 0) FROM facet_cube WHERE agency_id = ? AND offence_id = ? "
                "AND year BETWEEN ? AND ?",
                (agency, offence, low, high),
            )[0][0]
        )
    sql, params = where(filters)
    return int(conn.query(f"SELECT count(*) FROM records r WHERE {sql}", params)[0][0])


def dated(
    conn: Connection, filters: Filters, limit: int | None, *, probe: bool
) -> list[DatedRecord]:
    """The dated records the filters leave in date order (the first ``limit``)."""
    sql, params = where(filters, probe=probe)
    rows = conn.query(
        f"""SELECT r.id, r.kind, r.title, r.date, r.year, r.place_id, p.title AS place
            FROM records r LEFT JOIN records p ON p.id = r.place_id
            WHERE {sql} ORDER BY r.date, r.sort LIMIT ?""",
        [*params, -1 if limit is None else limit],
    )
    return [
        DatedRecord(
            id=r["id"],
            kind=r["kind"],
            title=r["title"],
            date=r["date"],
            year=r["year"],
            place=r["place"],
            place_id=r["place_id"],
        )
        for r in rows
    ]


def entities(conn: Connection, kind: str) -> list[Entity]:
    """Every undated record of one kind, in curation order."""
    rows = conn.query(
        """SELECT r.*, (SELECT group_concat(alias, char(31)) FROM aliases a
                        WHERE a.record_id = r.id) AS alias_list
           FROM records r WHERE r.kind = ? ORDER BY r.number, r.sort""",
        (kind,),
    )
    return [
        Entity(
            id=r["id"],
            kind=r["kind"],
            title=r["title"],
            date=r["date"],
            short_name=r["short_name"],
            side=r["side"],
            parent_id=r["parent_id"],
            number=r["number"],
            role=r["role"],
            aliases=tuple(r["alias_list"].split("\x1f")) if r["alias_list"] else (),
        )
        for r in rows
    ]


def involved(conn: Connection, filters: Filters) -> set[str]:
    """Ids of the undated records linked to the dated records the filters leave."""
    sql, params = where(filters)
    rows = conn.query(
        f"""WITH kept AS (SELECT r.id FROM records r WHERE {sql})
            SELECT to_id FROM links WHERE from_id IN kept
            UNION SELECT from_id FROM links WHERE to_id IN kept
            UNION SELECT place_id FROM records WHERE id IN kept AND place_id IS NOT NULL""",
        params,
    )
    return {r[0] for r in rows}


def record(conn: Connection, record_id: str) -> RecordDetail:
    found = details(conn, [record_id])
    if not found:
        raise NotFound(f"no record '{record_id}'.")
    return found[0]


# Ids per batch: each batch is six queries, whatever its size.
BATCH = 1000


def details(conn: Connection, record_ids: Sequence[str]) -> list[RecordDetail]:
    """The records of ``record_ids`` in full, in that order (ids not found left out).

    Six queries per batch of ids, not six per record: the ids go in as one JSON array.
    """
    out: list[RecordDetail] = []
    for start in range(0, len(record_ids), BATCH):
        chunk = list(record_ids[start : start + BATCH])
        by_id = _batch(conn, chunk)
        out.extend(by_id[i] for i in chunk if i in by_id)
    return out


def _batch(conn: Connection, ids: list[str]) -> dict[str, RecordDetail]:
    wanted = json.dumps(ids)
    rows = conn.query(
        """SELECT r.id, r.kind, r.title, r.date, r.number, r.short_name, r.year, r.side,
                  r.role, r.context, s.name AS side_name,
                  r.place_id, p.title AS place_title, p.kind AS place_kind,
                  r.parent_id, pa.title AS parent_title, pa.kind AS parent_kind
           FROM records r LEFT JOIN sides s ON s.id = r.side
           LEFT JOIN records p ON p.id = r.place_id
           LEFT JOIN records pa ON pa.id = r.parent_id
           WHERE r.id IN (SELECT value FROM json_each(?))""",
        (wanted,),
    )
    if not rows:
        return {}
    aliases: dict[str, list[str]] = {}
    for owner, alias in conn.query(
        "SELECT record_id, alias FROM aliases WHERE record_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY rowid",
        (wanted,),
    ):
        aliases.setdefault(owner, []).append(alias)
    children: dict[str, list[RecordRef]] = {}
    for owner, *ref in conn.query(
        # INDEXED BY: with parent_id NULL almost everywhere, ANALYZE makes the
        # planner expect every row to match and scan the whole table instead.
        "SELECT parent_id, id, kind, title, date, number FROM records "
        "INDEXED BY idx_records_parent_id "
        "WHERE parent_id IN (SELECT value FROM json_each(?)) ORDER BY sort",
        (wanted,),
    ):
        children.setdefault(owner, []).append(RecordRef(*ref))
    citations = _citations(conn, "record_id", wanted)
    links = _links(conn, wanted)
    out = {}
    for r in rows:
        rid = r["id"]
        out[rid] = RecordDetail(
            ref=RecordRef(rid, r["kind"], r["title"], r["date"], r["number"]),
            short_name=r["short_name"],
            aliases=tuple(aliases.get(rid, ())),
            year=r["year"],
            place=_ref(r["place_id"], r["place_kind"], r["place_title"]),
            number=r["number"],
            side=r["side"],
            side_name=r["side_name"],
            parent=_ref(r["parent_id"], r["parent_kind"], r["parent_title"]),
            children=tuple(children.get(rid, ())),
            role=r["role"],
            context=r["context"],
            citations=tuple(citations.get(rid, ())),
            links=links.get(rid, ()),
        )
    return out


def _ref(record_id: str | None, kind: str | None, title: str | None) -> RecordRef | None:
    return RecordRef(record_id, kind or "", title or "") if record_id else None


def _citations(conn: Connection, column: str, wanted: str) -> dict[Any, list[Citation]]:
    """The citations of each record (or link) of the JSON array ``wanted``, by owner."""
    out: dict[Any, list[Citation]] = {}
    titles: dict[str, str] = {}
    for owner, document_id, paragraph, quote in conn.query(
        f"""SELECT c.{column}, c.document_id, c.paragraph, c.quote FROM citations c
            WHERE c.{column} IN (SELECT value FROM json_each(?)) ORDER BY c.id""",
        (wanted,),
    ):
        if document_id not in titles:
            titles[document_id] = str(
                conn.scalar("SELECT title FROM documents WHERE id = ?", (document_id,))
            )
        out.setdefault(owner, []).append(
            Citation(document_id, titles[document_id], paragraph, quote)
        )
    return out


def _links(conn: Connection, wanted: str) -> dict[str, tuple[Link, ...]]:
    """Every record's links, both ways, in the order the detail view lists them."""
    rows = conn.query(
        """SELECT l.from_id AS owner, l.id AS link_id, l.relation, l.role, l.basis, l.reason,
                  o.id AS oid, o.kind AS okind, o.title AS otitle, o.date AS odate,
                  o.number AS onumber, 1 AS outgoing
           FROM links l JOIN records o ON o.id = l.to_id
           WHERE l.from_id IN (SELECT value FROM json_each(?1))
           UNION ALL
           SELECT l.to_id, l.id, l.relation, l.role, l.basis, l.reason,
                  o.id, o.kind, o.title, o.date, o.number, 0
           FROM links l JOIN records o ON o.id = l.from_id
           WHERE l.to_id IN (SELECT value FROM json_each(?1))
           ORDER BY owner, outgoing DESC, link_id""",
        (wanted,),
    )
    cited = _citations(conn, "link_id", json.dumps(sorted({row["link_id"] for row in rows})))
    others: dict[str, RecordRef] = {}  # the same agency or person is linked to many records
    grouped: dict[str, list[Link]] = {}
    for row in rows:
        oid = row["oid"]
        other = others.get(oid)
        if other is None:
            other = others[oid] = RecordRef(
                oid, row["okind"], row["otitle"], row["odate"], row["onumber"]
            )
        label = _label(row["relation"], row["outgoing"])
        grouped.setdefault(row["owner"], []).append(
            Link(
                relation=row["relation"],
                label=label,
                other=other,
                role=row["role"],
                basis=row["basis"],
                reason=row["reason"],
                citations=tuple(cited.get(row["link_id"], ())),
                outgoing=bool(row["outgoing"]),
            )
        )
    order = {relation.id: index for index, relation in enumerate(RELATIONS)}
    return {
        owner: tuple(
            sorted(
                links,
                key=lambda link: (not link.outgoing, order.get(link.relation, len(order))),
            )
        )
        for owner, links in grouped.items()
    }


def flat(conn: Connection, record_ids: Sequence[str]) -> list[FlatRecord]:
    """The records of ``record_ids`` as the flat exports list them, in that order.

    Three queries per batch of ids (records, links both ways, citations) read as plain
    tuples; the records at the other end of the links are read once each.
    """
    order = {relation.id: index for index, relation in enumerate(RELATIONS)}
    others: dict[str, tuple[str, str, int | None]] = {}  # id: kind, title, number
    labels = _Labels()
    out: list[FlatRecord] = []
    for start in range(0, len(record_ids), BATCH):
        wanted = json.dumps(list(record_ids[start : start + BATCH]))
        rows = conn.tuples(
            "SELECT r.id, r.kind, r.title, r.date, r.year, p.title FROM records r "
            "LEFT JOIN records p ON p.id = r.place_id "
            "WHERE r.id IN (SELECT value FROM json_each(?))",
            (wanted,),
        )
        ends: dict[str, list[tuple[Any, ...]]] = {}
        for end in conn.tuples(
            """SELECT l.from_id, l.id, 1, l.to_id, l.relation, l.role, l.basis, l.reason
               FROM links l WHERE l.from_id IN (SELECT value FROM json_each(?1))
               UNION ALL
               SELECT l.to_id, l.id, 0, l.from_id, l.relation, l.role, l.basis, l.reason
               FROM links l WHERE l.to_id IN (SELECT value FROM json_each(?1))""",
            (wanted,),
        ):
            ends.setdefault(end[0], []).append(end)
        cited: dict[str, list[tuple[int, int, str]]] = {}
        for owner, cid, paragraph, quote in conn.tuples(
            "SELECT record_id, id, paragraph, quote FROM citations "
            "WHERE record_id IN (SELECT value FROM json_each(?))",
            (wanted,),
        ):
            cited.setdefault(owner, []).append((cid, paragraph, quote))
        # The records at the other end are few (agencies, people, offence types).
        unknown = {e[3] for found in ends.values() for e in found} - others.keys()
        if unknown:
            for oid, okind, otitle, onumber in conn.tuples(
                "SELECT id, kind, title, number FROM records "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(unknown)),),
            ):
                others[oid] = (okind, otitle, onumber)
        by_id: dict[str, FlatRecord] = {}
        for rid, kind, title, date, year, place in rows:
            found = [e for e in ends.get(rid, ()) if e[3] in others]  # none dangle, but…
            # The detail view's order: outgoing first, by relation, then by link id.
            found.sort(key=lambda e: (not e[2], order.get(e[4], len(order)), e[1]))
            links = tuple(
                LinkEnd(e[3], *others[e[3]], e[4], labels[e[4], e[2]], e[5], e[6], e[7])
                for e in found
            )
            citations = tuple((p, q) for _cid, p, q in sorted(cited.get(rid, ())))
            by_id[rid] = FlatRecord(rid, kind, title, date, year, place, links, citations)
        out.extend(by_id[i] for i in json.loads(wanted) if i in by_id)
    return out


class _Labels(dict[tuple[str, int], str]):
    """A relation's label seen from either end, worked out once per relation."""

    def __missing__(self, key: tuple[str, int]) -> str:
        self[key] = _label(*key)
        return self[key]


def _label(relation_id: str, outgoing: int) -> str:
    relation = RELATION_BY_ID.get(relation_id)
    if relation is None:
        return relation_id
    return relation.label if outgoing else relation.inverse
