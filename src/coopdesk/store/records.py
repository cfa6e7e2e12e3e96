"""Records: the dated ones under filters, the undated ones by kind, one in full."""

from __future__ import annotations

from typing import Any

from coopdesk.errors import NotFound
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
_TITLE_REASON = _TITLE_BASIS.replace("v.basis", "v.reason")
# The short name of the record aliased {r} when the document uses it: not when the
# curators added it (basis editorial or inferred).
_STATED_SHORT = (
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
    rows = conn.query(
        f"""SELECT r.*, s.name AS side_name, p.title AS place_title, p.kind AS place_kind,
                  pa.title AS parent_title, pa.kind AS parent_kind, d.title AS document_title,
                  {_TITLE_BASIS.format(r="pa")} AS parent_title_basis,
                  {_STATED_SHORT.format(r="pa")} AS parent_short
           FROM records r LEFT JOIN sides s ON s.id = r.side
           LEFT JOIN documents d ON d.id = r.document_id
           LEFT JOIN records p ON p.id = r.place_id
           LEFT JOIN records pa ON pa.id = r.parent_id
           WHERE r.id = ?""",
        (record_id,),
    )
    if not rows:
        raise NotFound(f"no record '{record_id}'.")
    r = rows[0]
    values = _values(conn, record_id)
    children = conn.query(
        # INDEXED BY: with parent_id NULL almost everywhere, ANALYZE makes the
        # planner expect every row to match and scan the whole table instead.
        f"SELECT id, kind, title, date, number, {_TITLE_BASIS.format(r='c')}, "
        f"{_STATED_SHORT.format(r='c')} "
        "FROM records c INDEXED BY idx_records_parent_id WHERE parent_id = ? ORDER BY sort",
        (record_id,),
    )
    title = next((v for v in values if v.field == "title"), None)
    return RecordDetail(
        ref=RecordRef(
            r["id"],
            r["kind"],
            r["title"],
            r["date"],
            r["number"],
            title.basis if title else "stated",
            title.reason if title else None,
            _stated_short(r["short_name"], values),
        ),
        short_name=r["short_name"],
        aliases=tuple(v.value for v in values if v.field == "alias"),
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
        children=tuple(
            RecordRef(c[0], c[1], c[2], c[3], c[4], c[5] or "stated", stated_short=c[6])
            for c in children
        ),
        role=r["role"],
        context=r["context"],
        citations=_citations(conn, "record_id", record_id),
        links=_links(conn, record_id),
        document_id=r["document_id"],
        document_title=r["document_title"] or "",
        values=values,
    )


def _values(conn: Connection, record_id: str) -> tuple[Value, ...]:
    """The record's values with their bases and the citations of their own."""
    rows = conn.query(
        "SELECT id, field, value, basis, reason FROM record_values WHERE record_id = ? ORDER BY id",
        (record_id,),
    )
    cited: dict[int, list[Citation]] = {}
    if rows:
        for c in conn.query(
            f"""SELECT c.value_id, c.document_id, d.title, c.paragraph, c.quote
                FROM citations c JOIN documents d ON d.id = c.document_id
                WHERE c.value_id IN ({", ".join("?" * len(rows))}) ORDER BY c.id""",
            [r[0] for r in rows],
        ):
            cited.setdefault(c[0], []).append(Citation(*c[1:]))
    return tuple(Value(r[1], r[2], r[3], r[4], tuple(cited.get(r[0], ()))) for r in rows)


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


def _citations(conn: Connection, column: str, value: object) -> tuple[Citation, ...]:
    rows = conn.query(
        f"""SELECT c.document_id, d.title, c.paragraph, c.quote FROM citations c
            JOIN documents d ON d.id = c.document_id
            WHERE c.{column} = ? ORDER BY c.id""",
        (value,),
    )
    return tuple(Citation(*row) for row in rows)


def _links(conn: Connection, record_id: str) -> tuple[Link, ...]:
    rows = conn.query(
        f"""SELECT l.*, o.id AS oid, o.kind AS okind, o.title AS otitle, o.date AS odate,
                  o.number AS onumber, {_TITLE_BASIS.format(r="o")} AS obasis,
                  {_TITLE_REASON.format(r="o")} AS oreason,
                  {_STATED_SHORT.format(r="o")} AS oshort, 1 AS outgoing
           FROM links l JOIN records o ON o.id = l.to_id WHERE l.from_id = ?
           UNION ALL
           SELECT l.*, o.id, o.kind, o.title, o.date, o.number, {_TITLE_BASIS.format(r="o")},
                  {_TITLE_REASON.format(r="o")}, {_STATED_SHORT.format(r="o")}, 0
           FROM links l JOIN records o ON o.id = l.from_id WHERE l.to_id = ?
           ORDER BY outgoing DESC, id""",
        (record_id, record_id),
    )
    links = [_link(conn, row) for row in rows]
    order = {relation.id: index for index, relation in enumerate(RELATIONS)}
    links.sort(key=lambda link: (not link.outgoing, order.get(link.relation, len(order))))
    return tuple(links)


def _link(conn: Connection, row: Any) -> Link:
    relation = RELATION_BY_ID.get(row["relation"])
    label = row["relation"]
    if relation is not None:
        label = relation.label if row["outgoing"] else relation.inverse
    return Link(
        relation=row["relation"],
        label=label,
        other=RecordRef(
            row["oid"],
            row["okind"],
            row["otitle"],
            row["odate"],
            row["onumber"],
            row["obasis"] or "stated",
            row["oreason"],
            stated_short=row["oshort"],
        ),
        role=row["role"],
        basis=row["basis"],
        reason=row["reason"],
        citations=_citations(conn, "link_id", row["id"]),
        outgoing=bool(row["outgoing"]),
    )
