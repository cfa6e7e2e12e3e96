"""Export rows assembled by SQLite: one finished CSV line per record.

The CSV export used to read every record in full (values, links, citations, each made a
Python object) and format it cell by cell. Here SQLite does the joining: each link of the
records becomes its text once ("Europol (title not in the source) (inferred)"), the
texts are concatenated per record and column in link order, and every cell is guarded
against formula injection and quoted as the csv module quotes with QUOTE_ALL. Python
then handles one string per record.

The words of the marks and the characters that start a formula are not written here:
the caller binds them (``RowWords``), so the wording stays in coopdesk.marks and
coopdesk.safetext. Concatenation order is fixed by window functions (group_concat over
an ordered window), not by the arbitrary order of a plain group_concat.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from coopdesk.model import Filters
from coopdesk.schema import AGENCY_RELATIONS, RELATIONS
from coopdesk.store.connection import Connection, add_functions
from coopdesk.store.records import STATED_SHORT, THROUGH_NAME
from coopdesk.store.where import DATED, stated_match, where

# Ids per query: each is one statement whatever its size.
CHUNK = 2000
FINGERPRINT_KEY = "export_rows"  # meta: what made the stored rows (``fingerprint``)


@dataclass(frozen=True)
class RowWords:
    """What the caller's formatting says, bound into the SQL as parameters."""

    basis_words: dict[str, str]  # basis → "inferred", "not in the source", "" for stated
    title_marks: dict[str, str]  # basis → " (title inferred)", … ("" for stated)
    link_marks: dict[str, str]  # basis → " (inferred)", … ("" for stated)
    formula_starts: str  # the characters a cell must not start with unguarded
    through: str  # a derived link's role, "{name}" standing for the person's name


# A derived link's role in the caller's words ("through {name}"), as records._role.
_ROLE = (
    f"CASE WHEN l.derived_from IS NULL THEN l.role "
    f"ELSE replace(:through, '{{name}}', coalesce({THROUGH_NAME}, '')) END"
)


def _case(column: str, prefix: str) -> str:
    """``CASE column WHEN 'inferred' THEN :prefix_inferred …`` over the bases a column may
    hold (the schema's CHECKs allow no others); NULL reads as stated."""
    whens = " ".join(
        f"WHEN '{basis}' THEN :{prefix}_{basis}" for basis in ("stated", "inferred", "editorial")
    )
    return f"coalesce(CASE {column} {whens} END, :{prefix}_stated)"


def _quoted(cell: str) -> str:
    """A cell guarded (a leading apostrophe before a formula start) and quoted; the year
    is a number, which csv_cell leaves as it is."""
    guarded = (
        cell
        if cell == "year"
        else f"CASE WHEN {cell} <> '' AND instr(:formula, substr({cell}, 1, 1)) > 0 "
        f"THEN '''' || {cell} ELSE {cell} END"
    )
    return f"""'"' || replace({guarded}, '"', '""') || '"'"""


def _relations(what: str) -> str:
    """A link's relation's place in schema.RELATIONS ("pos"), or its label as seen from
    the link's start ("label") or end ("inverse"); an unknown one comes last, by its id."""
    whens = " ".join(f"WHEN '{r.id}' THEN :rel_{what}_{i}" for i, r in enumerate(RELATIONS))
    other = len(RELATIONS) if what == "pos" else "e.relation"
    return f"CASE e.relation {whens} ELSE {other} END"


def _joined(col: int, separator: str) -> str:
    """The texts of column ``col`` of a record, concatenated in their order (window ``w``)."""
    return f"group_concat(text, '{separator}') FILTER (WHERE col = {col}) OVER w"


# The cells of a row, in CSV_COLUMNS order (coopdesk.export), before and after the one
# that depends on the filters (filter_basis).
_HEAD = ("id", "kind", "title", "title_basis")
_TAIL = ("date", "year", "place", "document", "agencies", "people", "offences", "related",
         "citations")  # fmt: skip
_AGENCY_RELATIONS = ", ".join(f"'{r}'" for r in AGENCY_RELATIONS)
# The basis of the title of the record aliased o: its first title value's (NULL, read as
# stated, when it has none).
_FIRST_TITLE_BASIS = (
    "(SELECT v.basis FROM record_values v WHERE v.record_id = o.id AND v.field = 'title' "
    "ORDER BY v.id LIMIT 1)"
)
# The SQL's own punctuation ("2. ", "Adopted at: ", " (chair)", "¶4: “…”", "; ", " | ")
# is export._csv_row's and dataout.entries_text's: tests/test_export_rows.py holds the
# two ways to the same bytes.
_SQL = f"""
WITH wanted(n, id) AS MATERIALIZED (SELECT key, value FROM json_each(:ids)),
-- Links of the wanted records both ways.
ends(n, link_id, relation, role, basis, outgoing, other) AS MATERIALIZED (
    SELECT w.n, l.id, l.relation, {_ROLE}, l.basis, 1, l.to_id
    FROM wanted w JOIN links l ON l.from_id = w.id WHERE {{stated}}
    UNION ALL
    SELECT w.n, l.id, l.relation, {_ROLE}, l.basis, 0, l.from_id
    FROM wanted w JOIN links l ON l.to_id = w.id WHERE {{stated}}),
-- The records at the other end are few (agencies, people, offence types): each is named
-- once, by its one name (display_name: "European Police Office (Europol)"), marked by
-- the basis of its first title value (records._batch's rule).
others(id, kind, number, name) AS MATERIALIZED (
    SELECT o.id, o.kind, o.number,
           display_name(o.title, {STATED_SHORT.format(r="o")})
               || {_case(_FIRST_TITLE_BASIS, "title")}
    FROM records o WHERE o.id IN (SELECT other FROM ends)),
-- Each link with its column (1 agencies, 2 people, 3 offence types, 4 related) and its
-- place in the record's link order, k: outgoing first, then by relation as
-- schema.RELATIONS orders them, then as stored (records._links; link ids stay far below
-- the 10^12 that separates the relations).
named AS (
    SELECT e.n, e.basis, e.role, e.other, o.number, o.name,
           (1 - e.outgoing) * 1000000000000000 + {_relations("pos")} * 1000000000000
               + e.link_id AS k,
           CASE WHEN e.outgoing THEN {_relations("label")} ELSE {_relations("inverse")}
           END AS label,
           CASE WHEN o.kind = 'agency' AND e.relation IN ({_AGENCY_RELATIONS}) THEN 1
                WHEN o.kind = 'person' AND e.relation = 'participant' THEN 2
                WHEN o.kind = 'offence' AND e.relation = 'concerns' THEN 3
                ELSE 4 END AS col
    FROM ends e JOIN others o ON o.id = e.other),
-- The texts of a record's lists, and its citations (5), in order. An agency linked more
-- than once is listed once, where it first comes, marked only when no link to it is
-- stated (dataout.record_json keeps the first stated link); the one min() makes the
-- bare columns those of its first link (SQLite's rule for bare columns).
pieces(n, col, k, text) AS (
    SELECT n, 0, -1, NULL FROM wanted  -- a row for every record, first in its order
    UNION ALL
    SELECT n, 1, min(k),
           name || CASE WHEN sum(basis = 'stated') > 0 THEN '' ELSE {_case("basis", "link")}
                   END
    FROM named WHERE col = 1 GROUP BY n, other
    UNION ALL
    SELECT n, col, k,
           CASE WHEN col = 3 AND number IS NOT NULL THEN number || '. ' ELSE '' END
           || CASE WHEN col = 4 THEN label || ': ' ELSE '' END
           || name
           || CASE WHEN col = 2 AND role IS NOT NULL AND role <> '' THEN ' (' || role || ')'
                   ELSE '' END
           || {_case("basis", "link")}
    FROM named WHERE col > 1
    UNION ALL
    SELECT w.n, 5, c.id, '¶' || c.paragraph || ': “' || c.quote || '”'
    FROM wanted w JOIN citations c INDEXED BY idx_citations_record_id ON c.record_id = w.id
    JOIN documents cd ON cd.id = c.document_id),
lists AS (
    SELECT n, row_number() OVER w AS first,
           {_joined(1, "; ")} AS agencies, {_joined(2, "; ")} AS people,
           {_joined(3, "; ")} AS offences, {_joined(4, "; ")} AS related,
           {_joined(5, " | ")} AS citations
    FROM pieces
    WINDOW w AS (PARTITION BY n ORDER BY k
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)),
-- The cells of a row in CSV_COLUMNS order (coopdesk.export), before quoting.
cells AS MATERIALIZED (
    SELECT ls.n, r.id, r.kind, r.title,
           CASE WHEN coalesce(tv.basis, 'stated') = 'stated' THEN 'stated'
                ELSE {_case("tv.basis", "words")} || ': ' || coalesce(tv.reason, 'None')
           END AS title_basis,
           coalesce(r.date, '') AS date,
           coalesce(CAST(r.year AS TEXT), '') AS year,
           CASE WHEN coalesce(r.place_id, '') = '' THEN '' ELSE coalesce(p.title, '') END
               AS place,
           coalesce(d.title, '') AS document,
           coalesce(ls.agencies, '') AS agencies, coalesce(ls.people, '') AS people,
           coalesce(ls.offences, '') AS offences, coalesce(ls.related, '') AS related,
           coalesce(ls.citations, '') AS citations
    FROM lists ls JOIN wanted w ON w.n = ls.n JOIN records r ON r.id = w.id
    LEFT JOIN record_values tv ON tv.id = (
        SELECT v.id FROM record_values v WHERE v.record_id = r.id AND v.field = 'title'
        ORDER BY v.id LIMIT 1)
    LEFT JOIN records p ON p.id = r.place_id
    LEFT JOIN documents d ON d.id = r.document_id
    WHERE ls.first = 1)
SELECT n, {" || ',' || ".join(_quoted(cell) for cell in _HEAD)},
       {" || ',' || ".join(_quoted(cell) for cell in _TAIL)}
FROM cells ORDER BY n"""


def _params(words: RowWords) -> dict[str, object]:
    params: dict[str, object] = {"formula": words.formula_starts, "through": words.through}
    for i, relation in enumerate(RELATIONS):
        params[f"rel_pos_{i}"] = i
        params[f"rel_label_{i}"] = relation.label
        params[f"rel_inverse_{i}"] = relation.inverse
    for prefix, marks in (
        ("words", words.basis_words),
        ("title", words.title_marks),
        ("link", words.link_marks),
    ):
        for basis in ("stated", "inferred", "editorial"):
            params[f"{prefix}_{basis}"] = marks[basis]
    return params


def _sql(stated_only: bool) -> str:
    return _SQL.replace("{stated}", "l.basis = 'stated'" if stated_only else "1")


def fingerprint(words: RowWords) -> str:
    """What the stored rows were made by: this SQL and these words. Rows made by another
    version (or wording) are not used; the export assembles its rows itself instead."""
    made_by = json.dumps([_SQL, sorted(_params(words).items())], ensure_ascii=False)
    return hashlib.sha256(made_by.encode()).hexdigest()


Batch = list[tuple[int, str, str]]  # (index in the ids asked for, head cells, tail cells)


def assembled(conn: Connection, ids: Sequence[str], words: RowWords, *, stated_only: bool) -> Batch:
    """The quoted cells of each record of ``ids`` (at most CHUNK) before and after its
    filter_basis cell; ids not found are left out. ``stated_only``: inferred links are
    left out, as ``RecordDetail.stated_links_only`` does."""
    params = {**_params(words), "ids": json.dumps(list(ids))}
    return [(r[0], r[1], r[2]) for r in conn.named(_sql(stated_only), params)]


Line = tuple[str, str, str | None]  # (record id, filter basis, CSV line or None)


def stored(conn: Connection, filters: Filters, dated: int) -> Iterator[list[Line]]:
    """The CSV line of each dated record ``filters`` leave, in date order, as the build
    wrote its cells (``fill``) with the filters' basis between them: batches of (id,
    filter basis, line), the line None for a record without stored cells. ``dated``: how
    many dated records there are (the table is read in its own order when it holds them
    all and the filters keep them all)."""
    sql, params = where(filters)
    match, match_params = stated_match(filters)
    tail = "coalesce(e.stated_tail, e.tail)" if filters.stated_only else "e.tail"
    if (sql, params) == where(Filters()) and conn.scalar(
        "SELECT count(*) FROM export_rows"
    ) == dated:
        query = f"SELECT e.record_id, 'stated', e.head, {tail} FROM export_rows e ORDER BY e.pos"
    else:
        query = f"""SELECT r.id, {match}, e.head, {tail}
                    FROM records r LEFT JOIN export_rows e ON e.record_id = r.id
                    WHERE {sql} ORDER BY r.date, r.sort"""
    for batch in conn.batches(query, [*match_params, *params], CHUNK):
        yield [
            (rid, basis, None if head is None else f'{head},"{basis}",{tail}')
            for rid, basis, head, tail in batch
        ]


def fill(conn: sqlite3.Connection, words: RowWords) -> None:
    """Write export_rows for every dated record, and their fingerprint (build and synth)."""
    add_functions(conn)
    ids = [
        r[0]
        for r in conn.execute(f"SELECT id FROM records WHERE kind IN ({DATED}) ORDER BY date, sort")
    ]
    params = _params(words)
    for start in range(0, len(ids), CHUNK):
        params["ids"] = json.dumps(ids[start : start + CHUNK])
        every = conn.execute(_sql(False), params).fetchall()
        stated = {r[0]: r[2] for r in conn.execute(_sql(True), params)}
        conn.executemany(
            "INSERT INTO export_rows (pos, record_id, head, tail, stated_tail) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (start + n, ids[start + n], head, tail, None if stated[n] == tail else stated[n])
                for n, head, tail in every
            ],
        )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)", (FINGERPRINT_KEY, fingerprint(words))
    )
