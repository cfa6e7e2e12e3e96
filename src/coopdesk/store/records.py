"""Records: the dated ones under filters, the undated ones by kind, one in full."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from coopdesk.errors import NotFound
from coopdesk.marks import through
from coopdesk.model import (
    Citation,
    DatedRecord,
    DocumentText,
    Entity,
    Filters,
    Link,
    RecordDetail,
    RecordRef,
    Value,
    basis_of,
)
from coopdesk.schema import RELATION_BY_ID, RELATIONS
from coopdesk.store.connection import Connection
from coopdesk.store.where import cube_keys, stated_match, where

# The basis of the title of the record aliased {r} (NULL, read as stated, in a database
# that gives none).
_TITLE_BASIS = (
    "(SELECT v.basis FROM record_values v WHERE v.record_id = {r}.id AND v.field = 'title')"
)
# The short name of the record aliased {r} when the document uses it: not when the
# curators added it (basis editorial or inferred).
STATED_SHORT = (
    "(CASE WHEN coalesce((SELECT v.basis FROM record_values v WHERE v.record_id = {r}.id "
    "AND v.field = 'short_name' AND v.value = {r}.short_name), 'stated') = 'stated' "
    "THEN {r}.short_name END)"
)


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


def document_titles(conn: Connection) -> list[tuple[str, str]]:
    """(id, title) of every document, without their text."""
    return [(r[0], r[1]) for r in conn.query("SELECT id, title FROM documents ORDER BY id")]


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
        agency, offence, low, high, stated = keys
        return int(
            conn.query(
                "SELECT coalesce(sum(n), 0) FROM facet_cube WHERE agency_id = ? AND offence_id = ? "
                "AND stated_only = ? AND year BETWEEN ? AND ?",
                (agency, offence, stated, low, high),
            )[0][0]
        )
    sql, params = where(filters)
    return int(conn.query(f"SELECT count(*) FROM records r WHERE {sql}", params)[0][0])


def dated(
    conn: Connection, filters: Filters, limit: int | None, *, probe: bool
) -> list[DatedRecord]:
    """The dated records the filters leave in date order (the first ``limit``), each
    saying whether the filters keep it through stated links and whether its title is the
    document's words."""
    sql, params = where(filters, probe=probe)
    match, match_params = stated_match(filters)
    rows = conn.query(
        f"""SELECT r.id, r.kind, r.title, r.date, r.year, r.place_id, p.title AS place,
                   {match} AS basis,
                   (SELECT v.basis FROM record_values v WHERE v.record_id = r.id
                    AND v.field = 'title') AS title_basis
            FROM records r LEFT JOIN records p ON p.id = r.place_id
            WHERE {sql} ORDER BY r.date, r.sort LIMIT ?""",
        [*match_params, *params, -1 if limit is None else limit],
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
            basis=r["basis"],
            title_basis=r["title_basis"] or "stated",
        )
        for r in rows
    ]


def entities(conn: Connection, kind: str) -> list[Entity]:
    """Every undated record of one kind, in curation order, each with its values."""
    rows = conn.query(
        "SELECT r.* FROM records r WHERE r.kind = ? ORDER BY r.number, r.sort", (kind,)
    )
    values: dict[str, list[Value]] = {}
    for v in conn.query(
        """SELECT v.record_id, v.field, v.value, v.basis, v.reason FROM record_values v
           JOIN records r ON r.id = v.record_id WHERE r.kind = ? ORDER BY v.id""",
        (kind,),
    ):
        values.setdefault(v[0], []).append(Value(v[1], v[2], v[3], v[4]))
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
            aliases=tuple(v.value for v in values.get(r["id"], ()) if v.field == "alias"),
            values=tuple(values.get(r["id"], ())),
            stated_short=_stated_short(r["short_name"], tuple(values.get(r["id"], ()))),
        )
        for r in rows
    ]


def involved(conn: Connection, filters: Filters) -> set[str]:
    """Ids of the undated records linked to the dated records the filters leave (by
    stated links only, under ``stated_only``)."""
    sql, params = where(filters)
    stated = " AND basis = 'stated'" if filters.stated_only else ""
    rows = conn.query(
        f"""WITH kept AS (SELECT r.id FROM records r WHERE {sql})
            SELECT to_id FROM links WHERE from_id IN kept{stated}
            UNION SELECT from_id FROM links WHERE to_id IN kept{stated}
            UNION SELECT place_id FROM records WHERE id IN kept AND place_id IS NOT NULL""",
        params,
    )
    return {r[0] for r in rows}


def record(conn: Connection, record_id: str) -> RecordDetail:
    """One record in full: what ``details`` reads, for one id (one way to read a record,
    whether for the detail pane or an export of a million)."""
    found = _batch(conn, [record_id])
    if record_id not in found:
        raise NotFound(f"no record '{record_id}'.")
    return found[record_id]


def _value_citations(conn: Connection, value_ids: list[int]) -> dict[int, list[Citation]]:
    """The citations of each of the values ``value_ids``, in their order."""
    if not value_ids:
        return {}
    return _grouped(
        conn.query(
            # INDEXED BY: with value_id NULL on most citations, ANALYZE makes the planner
            # scan every citation instead (90 ms a record at 100,000 events).
            f"""SELECT c.value_id, c.document_id, d.title, c.paragraph, c.quote
                FROM citations c INDEXED BY idx_citations_value_id
                JOIN documents d ON d.id = c.document_id
                WHERE c.value_id {_IN} ORDER BY c.id""",
            (json.dumps(value_ids),),
        ),
        lambda c: Citation(*c[1:]),
    )


def _unit_values(conn: Connection, wanted: str) -> dict[str, list[Value]]:
    """For each record of ``wanted`` (ids as a JSON array), its units as values of the
    field "unit" (the unit's id) with the basis of the unit's own "part of" value: a unit
    listed under its parent is as stated, or as inferred, as the unit says it is part."""
    rows = conn.query(
        f"""SELECT c.parent_id, v.id, c.id, v.basis, v.reason
            FROM records c INDEXED BY idx_records_parent_id
            JOIN record_values v ON v.record_id = c.id AND v.field = 'parent_id'
            WHERE c.parent_id {_IN} ORDER BY c.sort""",
        (wanted,),
    )
    if not rows:
        return {}
    cited = _value_citations(conn, [row[1] for row in rows])
    return _grouped(rows, lambda v: Value("unit", v[2], v[3], v[4], tuple(cited.get(v[1], ()))))


def _ref(
    record_id: str | None,
    kind: str | None,
    title: str | None,
    basis: str | None = None,
    short: str | None = None,
) -> RecordRef | None:
    if not record_id:
        return None
    return RecordRef(
        record_id, kind or "", title or "", title_basis=basis or "stated", stated_short=short
    )


def _stated_short(short: str | None, values: tuple[Value, ...]) -> str | None:
    """The short name when the document uses it (its value is stated), else None."""
    return short if short and basis_of(values, "short_name", short).stated else None


# The person a derived link goes through (links.derived_from: their "member of" link).
THROUGH_NAME = (
    "(SELECT p.title FROM links m JOIN records p ON p.id = m.from_id WHERE m.id = l.derived_from)"
)


def _role(role: str | None, through_name: str | None) -> str | None:
    """A link's role; a derived link's in the reader's language ("through …")."""
    return through(through_name) if through_name else role


# Ids per batch of ``details``: each batch is seven queries, whatever its size.
BATCH = 500
_IN = "IN (SELECT value FROM json_each(?))"


def details(conn: Connection, record_ids: Sequence[str]) -> list[RecordDetail]:
    """The records of ``record_ids`` in full, in that order (ids not found left out): a
    handful of queries per batch of ids, not several per record."""
    out: list[RecordDetail] = []
    for start in range(0, len(record_ids), BATCH):
        chunk = list(record_ids[start : start + BATCH])
        found = _batch(conn, chunk)
        out.extend(found[i] for i in chunk if i in found)
    return out


def _grouped(rows: Iterable[Any], make: Callable[[Any], Any]) -> dict[Any, list[Any]]:
    """Rows whose first column is their owner, made into values by owner, in row order."""
    out: dict[Any, list[Any]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(make(row))
    return out


def _batch(conn: Connection, ids: list[str]) -> dict[str, RecordDetail]:
    wanted = json.dumps(ids)
    rows = conn.query(
        f"""SELECT r.*, s.name AS side_name, p.title AS place_title, p.kind AS place_kind,
                  pa.title AS parent_title, pa.kind AS parent_kind, d.title AS document_title,
                  {_TITLE_BASIS.format(r="pa")} AS parent_title_basis,
                  {STATED_SHORT.format(r="pa")} AS parent_short
           FROM records r LEFT JOIN sides s ON s.id = r.side
           LEFT JOIN records p ON p.id = r.place_id
           LEFT JOIN records pa ON pa.id = r.parent_id
           LEFT JOIN documents d ON d.id = r.document_id
           WHERE r.id {_IN}""",
        (wanted,),
    )
    if not rows:
        return {}
    value_rows = conn.query(
        f"SELECT record_id, id, field, value, basis, reason FROM record_values "
        f"WHERE record_id {_IN} ORDER BY id",
        (wanted,),
    )
    value_cited = _value_citations(conn, [v["id"] for v in value_rows])
    values = _grouped(
        value_rows,
        lambda v: Value(v[2], v[3], v[4], v[5], tuple(value_cited.get(v[1], ()))),
    )
    children = _grouped(
        conn.query(
            f"SELECT parent_id, id, kind, title, date, number, {_TITLE_BASIS.format(r='c')}, "
            f"{STATED_SHORT.format(r='c')} "
            f"FROM records c INDEXED BY idx_records_parent_id WHERE parent_id {_IN} "
            "ORDER BY sort",
            (wanted,),
        ),
        lambda c: RecordRef(c[1], c[2], c[3], c[4], c[5], c[6] or "stated", stated_short=c[7]),
    )
    cited = _grouped(
        conn.query(
            f"""SELECT c.record_id, c.document_id, d.title, c.paragraph, c.quote
                FROM citations c INDEXED BY idx_citations_record_id
                JOIN documents d ON d.id = c.document_id
                WHERE c.record_id {_IN} ORDER BY c.id""",
            (wanted,),
        ),
        lambda c: Citation(*c[1:]),
    )
    links = _batch_links(conn, wanted)
    units = _unit_values(conn, wanted)
    out = {}
    for r in rows:
        rid = r["id"]
        own = tuple(values.get(rid, ())) + tuple(units.get(rid, ()))
        title = next((v for v in own if v.field == "title"), None)
        out[rid] = RecordDetail(
            ref=RecordRef(
                rid,
                r["kind"],
                r["title"],
                r["date"],
                r["number"],
                title.basis if title else "stated",
                title.reason if title else None,
                _stated_short(r["short_name"], own),
            ),
            short_name=r["short_name"],
            aliases=tuple(v.value for v in own if v.field == "alias"),
            year=r["year"],
            place=_ref(r["place_id"], r["place_kind"], r["place_title"]),
            number=r["number"],
            side=r["side"],
            side_name=r["side_name"],
            parent=_ref(
                r["parent_id"],
                r["parent_kind"],
                r["parent_title"],
                r["parent_title_basis"],
                r["parent_short"],
            ),
            children=tuple(children.get(rid, ())),
            role=r["role"],
            context=r["context"],
            citations=tuple(cited.get(rid, ())),
            links=links.get(rid, ()),
            values=own,
            document_id=r["document_id"],
            document_title=r["document_title"] or "",
        )
    return out


def _batch_links(conn: Connection, wanted: str) -> dict[str, tuple[Link, ...]]:
    """Each record's links both ways: outgoing first, each way in the order of
    schema.RELATIONS, then as stored."""
    other = f"o.id, o.kind, o.title, o.date, o.number, {STATED_SHORT.format(r='o')}"
    rows = conn.query(
        f"""SELECT l.from_id AS owner, l.id AS link_id, l.relation, l.role, l.basis, l.reason,
                  {other}, 1 AS outgoing, {THROUGH_NAME}
           FROM links l JOIN records o ON o.id = l.to_id WHERE l.from_id {_IN}
           UNION ALL
           SELECT l.to_id, l.id, l.relation, l.role, l.basis, l.reason, {other}, 0,
                  {THROUGH_NAME}
           FROM links l JOIN records o ON o.id = l.from_id WHERE l.to_id {_IN}
           ORDER BY owner, outgoing DESC, link_id""",
        (wanted, wanted),
    )
    # The records at the other end are few (agencies, people, offence types): the bases
    # of their titles are read once each, not once a link.
    titles: dict[str, tuple[str, str | None]] = {}
    for rid, basis, reason in conn.query(
        f"SELECT record_id, basis, reason FROM record_values "
        f"WHERE field = 'title' AND record_id {_IN} ORDER BY id DESC",
        (json.dumps(sorted({row[6] for row in rows})),),
    ):
        titles[rid] = (basis, reason)  # the first of each record's, as _TITLE_BASIS reads
    link_cited = _grouped(
        conn.query(
            f"""SELECT c.link_id, c.document_id, d.title, c.paragraph, c.quote
                FROM citations c INDEXED BY idx_citations_link_id
                JOIN documents d ON d.id = c.document_id
                WHERE c.link_id {_IN} ORDER BY c.id""",
            (json.dumps(sorted({row[1] for row in rows})),),
        ),
        lambda c: Citation(*c[1:]),
    )
    order = {relation.id: index for index, relation in enumerate(RELATIONS)}
    others: dict[str, RecordRef] = {}
    grouped: dict[str, list[Link]] = {}
    for row in rows:
        relation = RELATION_BY_ID.get(row[2])
        label = row[2]
        if relation is not None:
            label = relation.label if row[12] else relation.inverse
        ref = others.get(row[6])
        if ref is None:
            basis, reason = titles.get(row[6], (None, None))
            ref = others[row[6]] = RecordRef(
                row[6], row[7], row[8], row[9], row[10], basis or "stated", reason, row[11]
            )
        grouped.setdefault(row[0], []).append(
            Link(
                relation=row[2],
                label=label,
                other=ref,
                role=_role(row[3], row[13]),
                basis=row[4],
                reason=row[5],
                citations=tuple(link_cited.get(row[1], ())),
                outgoing=bool(row[12]),
            )
        )
    return {
        owner: tuple(
            sorted(
                found, key=lambda link: (not link.outgoing, order.get(link.relation, len(order)))
            )
        )
        for owner, found in grouped.items()
    }
