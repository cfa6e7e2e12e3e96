"""The read-only data layer: typed queries over a CoopDesk database.

All SQL of the application lives here. User text reaches SQL only as bound parameters;
callers get dataclasses, never cursors.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coopdesk.errors import DatabaseError, InvalidSearch, NotFound, UnknownValue
from coopdesk.schema import (
    DATED_KINDS,
    FTS_TABLE,
    KIND_BY_ID,
    RELATION_BY_ID,
    RELATIONS,
    SCHEMA_VERSION,
)

_DATED = ", ".join(f"'{k}'" for k in DATED_KINDS)
_FTS_SYNTAX = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')


@dataclass(frozen=True)
class Filters:
    """What the user has narrowed the dated records to. Empty means everything."""

    agencies: tuple[str, ...] = ()  # agency record ids; a record must involve all of them
    offences: tuple[str, ...] = ()  # offence record ids; a record must concern all of them
    year_from: int | None = None
    year_to: int | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def without(self, dimension: str) -> Filters:
        """The same filters with one dimension (agencies, offences, years, text) cleared."""
        if dimension == "years":
            return replace(self, year_from=None, year_to=None)
        return replace(self, **{dimension: Filters.__dataclass_fields__[dimension].default})


@dataclass(frozen=True)
class RecordRef:
    """Enough of a record to list it and link to it."""

    id: str
    kind: str
    title: str
    date: str | None = None
    number: int | None = None  # the offence type's or the round's number

    @property
    def kind_label(self) -> str:
        return KIND_BY_ID[self.kind].label if self.kind in KIND_BY_ID else self.kind


@dataclass(frozen=True)
class DatedRecord(RecordRef):
    year: int = 0
    place: str | None = None
    place_id: str | None = None

    @property
    def lane(self) -> str:
        return KIND_BY_ID[self.kind].lane or ""


@dataclass(frozen=True)
class Entity(RecordRef):
    """An undated record: agency, person, place, offence type, form, area or principle."""

    short_name: str | None = None
    side: str | None = None
    parent_id: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FacetValue:
    id: str  # record id, or the year as text
    label: str
    count: int
    number: int | None = None  # offence number, or the year
    short: str | None = None  # an agency's short name


@dataclass(frozen=True)
class Facets:
    agencies: list[FacetValue]
    offences: list[FacetValue]
    years: list[FacetValue]


@dataclass(frozen=True)
class Citation:
    document_id: str
    document_title: str
    paragraph: int
    quote: str


@dataclass(frozen=True)
class Link:
    relation: str
    label: str  # the relation as read from the record being shown
    other: RecordRef
    role: str | None
    basis: str
    reason: str | None
    citations: tuple[Citation, ...]
    outgoing: bool


@dataclass(frozen=True)
class RecordDetail:
    ref: RecordRef
    short_name: str | None
    aliases: tuple[str, ...]
    year: int | None
    place: RecordRef | None
    number: int | None
    side: str | None
    side_name: str | None
    parent: RecordRef | None
    children: tuple[RecordRef, ...]
    role: str | None
    context: str | None
    citations: tuple[Citation, ...]
    links: tuple[Link, ...]

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def title(self) -> str:
        return self.ref.title

    @property
    def kind(self) -> str:
        return self.ref.kind

    def link_groups(self) -> list[tuple[str, list[Link]]]:
        """Links grouped under their label, in first-seen order."""
        groups: dict[str, list[Link]] = {}
        for link in self.links:
            groups.setdefault(link.label, []).append(link)
        return list(groups.items())


@dataclass(frozen=True)
class SearchHit:
    ref: str  # a record id, or a document id for a paragraph hit
    kind: str  # a record kind, or "paragraph"
    title: str
    snippet: str  # text with the matches between \x02 and \x03 markers
    paragraph: int | None


@dataclass(frozen=True)
class DocumentText:
    id: str
    title: str
    filename: str
    sha256: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Meta:
    schema_version: int
    builder_version: str
    source_sha256: str
    data_as_of: str
    documents: tuple[DocumentText, ...] = field(default=())


HIT_START, HIT_END = "\x02", "\x03"
RANK_LIMIT = 10_000
MAX_QUERY_WORDS = 16
MAX_QUERY_CHARS = 500


def fts_query(text: str) -> str | None:
    """Turn what the user typed into an FTS5 query.

    Plain words become prefix terms that must all match; text with FTS5 syntax
    (quotes, AND/OR/NOT, *, parentheses) is passed on as it is, up to MAX_QUERY_CHARS.
    None: nothing to search.
    """
    text = text.encode("utf-8", "replace").decode("utf-8")
    if len(text) <= MAX_QUERY_CHARS and _FTS_SYNTAX.search(text):
        return text
    # Past a few words a search only gets slower, not better: keep the first ones.
    words = re.findall(r"\w+", text)[:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def query_terms(query: str) -> list[str]:
    """The words of an FTS5 query, lower-cased, without operators (for snippets)."""
    words = re.findall(r"\w+", query)
    return [w.casefold() for w in words if w not in ("AND", "OR", "NOT", "NEAR")]


def make_snippet(body: str, terms: list[str], width: int = 180) -> str:
    """A window of ``body`` around the first matching word, matches between markers."""
    pattern = (
        re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
        if terms
        else None
    )
    first = pattern.search(body) if pattern else None
    start = max(0, (first.start() if first else 0) - width // 3)
    end = min(len(body), start + width)
    piece = body[start:end]
    marked = pattern.sub(lambda m: f"{HIT_START}{m.group(0)}{HIT_END}", piece) if pattern else piece
    return ("…" if start else "") + marked + ("…" if end < len(body) else "")


class Store:
    """A read-only connection to one CoopDesk database."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise DatabaseError(f"{self.path}: no database file there.")
        try:
            self._conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise DatabaseError(f"{self.path}: cannot be opened ({exc}).") from exc
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute("PRAGMA query_only = ON")
            version = self._scalar("SELECT value FROM meta WHERE key = 'schema_version'")
        except UnicodeDecodeError as exc:
            self._conn.close()
            raise DatabaseError(f"{self.path}: the file is damaged ({exc.reason}).") from exc
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise DatabaseError(_describe(self.path, exc)) from exc
        if version is None or str(version) != str(SCHEMA_VERSION):
            self._conn.close()
            raise DatabaseError(
                f"{self.path}: schema version {version}, but this CoopDesk reads version "
                f"{SCHEMA_VERSION}; rebuild it with 'coopdesk build-db'."
            )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    def _query(
        self, sql: str, params: Sequence[Any] = (), *, search: bool = False
    ) -> list[sqlite3.Row]:
        """Run one query. With ``search``, an error is the user's query the FTS parser refused."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if search and "locked" not in str(exc) and "disk" not in str(exc):
                raise InvalidSearch(f"invalid search ({exc}).") from exc
            raise DatabaseError(_describe(self.path, exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(_describe(self.path, exc)) from exc
        except UnicodeDecodeError as exc:
            raise DatabaseError(
                f"{self.path}: the file is damaged (text that is not UTF-8: {exc.reason})."
            ) from exc

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _where(
        self, filters: Filters, skip: str = "", *, probe: bool = False
    ) -> tuple[str, list[Any]]:
        """SQL conditions on ``r`` (records) for the filters, one dimension left out.

        With ``probe`` an agency or offence type is checked record by record (EXISTS),
        which suits walking the records in date order when most of them match; without,
        its records are gathered first (IN), which suits a rare one.
        """
        clauses = [f"r.kind IN ({_DATED})"]
        params: list[Any] = []
        if skip != "years":
            if filters.year_from is not None:
                clauses.append("r.year >= ?")
                params.append(filters.year_from)
            if filters.year_to is not None:
                clauses.append("r.year <= ?")
                params.append(filters.year_to)
        if skip != "agencies":
            for agency in filters.agencies:
                clauses.append(
                    "EXISTS (SELECT 1 FROM record_agencies"
                    " WHERE record_id = r.id AND agency_id = ?)"
                    if probe
                    else "r.id IN (SELECT record_id FROM record_agencies WHERE agency_id = ?)"
                )
                params.append(agency)
        if skip != "offences":
            for offence in filters.offences:
                clauses.append(
                    "EXISTS (SELECT 1 FROM record_offences"
                    " WHERE record_id = r.id AND offence_id = ?)"
                    if probe
                    else "r.id IN (SELECT record_id FROM record_offences WHERE offence_id = ?)"
                )
                params.append(offence)
        if skip != "text" and filters.text.strip():
            query = fts_query(filters.text)
            if query is None:
                clauses.append("0")
            else:
                clauses.append(f"r.id IN (SELECT ref FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
                params.append(query)
        return " AND ".join(clauses), params

    # ------------------------------------------------------------------ queries

    def meta(self) -> Meta:
        values = {r["key"]: r["value"] for r in self._query("SELECT key, value FROM meta")}
        return Meta(
            schema_version=int(values.get("schema_version", 0)),
            builder_version=values.get("builder_version", ""),
            source_sha256=values.get("source_sha256", ""),
            data_as_of=values.get("data_as_of", ""),
            documents=tuple(self.documents()),
        )

    def documents(self) -> list[DocumentText]:
        docs = self._query("SELECT id, title, filename, sha256 FROM documents ORDER BY id")
        out = []
        for d in docs:
            paras = self._query(
                "SELECT text FROM paragraphs WHERE document_id = ? ORDER BY number", (d["id"],)
            )
            out.append(
                DocumentText(
                    d["id"], d["title"], d["filename"], d["sha256"], tuple(p[0] for p in paras)
                )
            )
        return out

    def document(self, document_id: str) -> DocumentText:
        for doc in self.documents():
            if doc.id == document_id:
                return doc
        raise NotFound(f"no document '{document_id}' in {self.path.name}.")

    def total_dated(self) -> int:
        return self.count_dated(Filters())

    def count_dated(self, filters: Filters) -> int:
        cube = _cube_keys(filters)
        if cube is not None:
            agency, offence, low, high = cube
            return int(self._query(
                "SELECT coalesce(sum(n), 0) FROM facet_cube WHERE agency_id = ? AND offence_id = ? "
                "AND year BETWEEN ? AND ?", (agency, offence, low, high),
            )[0][0])  # fmt: skip
        where, params = self._where(filters)
        sql = f"SELECT count(*) FROM records r WHERE {where}"
        return int(self._query(sql, params, search=bool(filters.text))[0][0])

    def dated(self, filters: Filters = Filters(), limit: int | None = None) -> list[DatedRecord]:
        """The dated records (events and instruments) the filters leave, in date order;
        the first ``limit`` of them when a limit is given."""
        probe = False
        if limit is not None and _cube_keys(filters) is not None:
            # When the filters keep a large share, walking the date index and checking each
            # record finds the first page sooner than gathering all matches and sorting.
            probe = self.count_dated(filters) * 20 > self.total_dated()
        where, params = self._where(filters, probe=probe)
        rows = self._query(
            f"""SELECT r.id, r.kind, r.title, r.date, r.year, r.place_id, p.title AS place
                FROM records r LEFT JOIN records p ON p.id = r.place_id
                WHERE {where} ORDER BY r.date, r.sort LIMIT ?""",
            [*params, -1 if limit is None else limit],
            search=bool(filters.text),
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

    def facets(self, filters: Filters = Filters()) -> Facets:
        """For each choice of each filter, how many records it would leave.

        A dimension's counts take the other filters into account, not its own, so each
        count is what choosing that value instead would show. Under at most one agency and
        one offence type, and no text, the counts come from the pre-counted facet_cube.
        """
        cube = _cube_keys(filters)
        if cube is not None:
            return self._cube_facets(*cube)
        return self._scan_facets(filters)

    def _scan_facets(self, filters: Filters) -> Facets:
        """The facets counted from the records themselves (any filters)."""
        where, params = self._where(filters, skip="agencies")
        agencies = self._query(
            f"""SELECT a.id, a.title, a.short_name, count(r.id) AS n
                FROM records a
                LEFT JOIN record_agencies ra ON ra.agency_id = a.id
                LEFT JOIN records r ON r.id = ra.record_id AND {where}
                WHERE a.kind = 'agency'
                GROUP BY a.id ORDER BY n DESC, a.title""",
            params,
            search=bool(filters.text),
        )
        where, params = self._where(filters, skip="offences")
        offences = self._query(
            f"""SELECT o.id, o.title, o.number, count(r.id) AS n
                FROM records o
                LEFT JOIN record_offences ro ON ro.offence_id = o.id
                LEFT JOIN records r ON r.id = ro.record_id AND {where}
                WHERE o.kind = 'offence'
                GROUP BY o.id ORDER BY o.number, o.title""",
            params,
            search=bool(filters.text),
        )
        where, params = self._where(filters, skip="years")
        all_years = self._query(
            f"SELECT DISTINCT year FROM records WHERE kind IN ({_DATED}) ORDER BY year"
        )
        counted = {
            r["year"]: r["n"]
            for r in self._query(
                f"SELECT r.year, count(*) AS n FROM records r WHERE {where} GROUP BY r.year",
                params,
                search=bool(filters.text),
            )
        }
        return Facets(
            agencies=[
                FacetValue(r["id"], r["title"], r["n"], short=r["short_name"]) for r in agencies
            ],
            offences=[FacetValue(r["id"], r["title"], r["n"], r["number"]) for r in offences],
            years=[
                FacetValue(str(r["year"]), str(r["year"]), counted.get(r["year"], 0), r["year"])
                for r in all_years
            ],
        )

    def _cube_facets(self, agency: str, offence: str, low: int, high: int) -> Facets:
        agencies = self._query(
            """SELECT a.id, a.title, a.short_name, coalesce(c.n, 0) AS n FROM records a
               LEFT JOIN (SELECT agency_id, sum(n) AS n FROM facet_cube
                          WHERE agency_id != '' AND offence_id = ? AND year BETWEEN ? AND ?
                          GROUP BY agency_id) c ON c.agency_id = a.id
               WHERE a.kind = 'agency' ORDER BY n DESC, a.title""",
            (offence, low, high),
        )
        offences = self._query(
            """SELECT o.id, o.title, o.number, coalesce(c.n, 0) AS n FROM records o
               LEFT JOIN (SELECT offence_id, sum(n) AS n FROM facet_cube
                          WHERE offence_id != '' AND agency_id = ? AND year BETWEEN ? AND ?
                          GROUP BY offence_id) c ON c.offence_id = o.id
               WHERE o.kind = 'offence' ORDER BY o.number, o.title""",
            (agency, low, high),
        )
        counted = dict(self._query(
            "SELECT year, sum(n) FROM facet_cube WHERE agency_id = ? AND offence_id = ? "
            "GROUP BY year", (agency, offence),
        ))  # fmt: skip
        all_years = self._query(
            "SELECT DISTINCT year FROM facet_cube WHERE agency_id = '' AND offence_id = '' "
            "ORDER BY year"
        )
        return Facets(
            agencies=[FacetValue(r["id"], r["title"], r["n"], short=r["short_name"])
                      for r in agencies],
            offences=[FacetValue(r["id"], r["title"], r["n"], r["number"]) for r in offences],
            years=[FacetValue(str(r[0]), str(r[0]), counted.get(r[0], 0), r[0])
                   for r in all_years],
        )  # fmt: skip

    def entities(self, kind: str) -> list[Entity]:
        """Every undated record of one kind, in curation order."""
        rows = self._query(
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

    def involved(self, filters: Filters) -> set[str]:
        """Ids of the undated records linked to the dated records the filters leave."""
        where, params = self._where(filters)
        rows = self._query(
            f"""WITH kept AS (SELECT r.id FROM records r WHERE {where})
                SELECT to_id FROM links WHERE from_id IN kept
                UNION SELECT from_id FROM links WHERE to_id IN kept
                UNION SELECT place_id FROM records WHERE id IN kept AND place_id IS NOT NULL""",
            params,
            search=bool(filters.text),
        )
        return {r[0] for r in rows}

    def record(self, record_id: str) -> RecordDetail:
        rows = self._query(
            """SELECT r.*, s.name AS side_name, p.title AS place_title, p.kind AS place_kind,
                      pa.title AS parent_title, pa.kind AS parent_kind
               FROM records r LEFT JOIN sides s ON s.id = r.side
               LEFT JOIN records p ON p.id = r.place_id
               LEFT JOIN records pa ON pa.id = r.parent_id
               WHERE r.id = ?""",
            (record_id,),
        )
        if not rows:
            raise NotFound(f"no record '{record_id}'.")
        r = rows[0]
        aliases = self._query(
            "SELECT alias FROM aliases WHERE record_id = ? ORDER BY rowid", (record_id,)
        )
        children = self._query(
            # INDEXED BY: with parent_id NULL almost everywhere, ANALYZE makes the
            # planner expect every row to match and scan the whole table instead.
            "SELECT id, kind, title, date, number FROM records INDEXED BY idx_records_parent_id "
            "WHERE parent_id = ? ORDER BY sort",
            (record_id,),
        )
        return RecordDetail(
            ref=RecordRef(r["id"], r["kind"], r["title"], r["date"], r["number"]),
            short_name=r["short_name"],
            aliases=tuple(a[0] for a in aliases),
            year=r["year"],
            place=RecordRef(r["place_id"], r["place_kind"], r["place_title"])
            if r["place_id"]
            else None,
            number=r["number"],
            side=r["side"],
            side_name=r["side_name"],
            parent=RecordRef(r["parent_id"], r["parent_kind"], r["parent_title"])
            if r["parent_id"]
            else None,
            children=tuple(RecordRef(*c) for c in children),
            role=r["role"],
            context=r["context"],
            citations=self._citations("record_id", record_id),
            links=self._links(record_id),
        )

    def _citations(self, column: str, value: object) -> tuple[Citation, ...]:
        rows = self._query(
            f"""SELECT c.document_id, d.title, c.paragraph, c.quote FROM citations c
                JOIN documents d ON d.id = c.document_id
                WHERE c.{column} = ? ORDER BY c.id""",
            (value,),
        )
        return tuple(Citation(*row) for row in rows)

    def _links(self, record_id: str) -> tuple[Link, ...]:
        rows = self._query(
            """SELECT l.*, o.id AS oid, o.kind AS okind, o.title AS otitle, o.date AS odate,
                      o.number AS onumber, 1 AS outgoing
               FROM links l JOIN records o ON o.id = l.to_id WHERE l.from_id = ?
               UNION ALL
               SELECT l.*, o.id, o.kind, o.title, o.date, o.number, 0
               FROM links l JOIN records o ON o.id = l.from_id WHERE l.to_id = ?
               ORDER BY outgoing DESC, id""",
            (record_id, record_id),
        )
        links = []
        for row in rows:
            relation = RELATION_BY_ID.get(row["relation"])
            label = row["relation"]
            if relation is not None:
                label = relation.label if row["outgoing"] else relation.inverse
            links.append(
                Link(
                    relation=row["relation"],
                    label=label,
                    other=RecordRef(
                        row["oid"], row["okind"], row["otitle"], row["odate"], row["onumber"]
                    ),
                    role=row["role"],
                    basis=row["basis"],
                    reason=row["reason"],
                    citations=self._citations("link_id", row["id"]),
                    outgoing=bool(row["outgoing"]),
                )
            )
        order = {relation.id: index for index, relation in enumerate(RELATIONS)}
        links.sort(key=lambda link: (not link.outgoing, order.get(link.relation, len(order))))
        return tuple(links)

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Full-text search over every record and every source paragraph, best first."""
        query = fts_query(text)
        if query is None:
            return []
        # Ranking every match of a very common word costs a scan of all of them; past
        # RANK_LIMIT matches the first ones in collection order are shown instead.
        found = self._query(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?",
            (query, RANK_LIMIT + 1),
            search=True,
        )
        if len(found) <= RANK_LIMIT:
            found = self._query(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
                search=True,
            )
        ids = [r[0] for r in found[:limit]]
        if not ids:
            return []
        by_id = {
            r["rowid"]: r
            for r in self._query(
                f"SELECT rowid, ref, kind, paragraph, title, body FROM {FTS_TABLE} "
                f"WHERE rowid IN ({', '.join('?' * len(ids))})",
                ids,
            )
        }
        terms = query_terms(query)
        rows = [
            {**dict(by_id[i]), "snip": make_snippet(by_id[i]["body"], terms)}
            for i in ids
            if i in by_id
        ]
        return [
            SearchHit(
                ref=r["ref"],
                kind=r["kind"],
                title=r["title"],
                snippet=r["snip"],
                paragraph=r["paragraph"],
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ names users type

    def _names(self, kind: str) -> dict[str, str]:
        """Every name a user may type for a record of ``kind``, lower-cased, to its id."""
        rows = self._query(
            """SELECT id, title AS name FROM records WHERE kind = ?
               UNION ALL SELECT id, short_name FROM records
                         WHERE kind = ? AND short_name IS NOT NULL
               UNION ALL SELECT r.id, a.alias FROM aliases a JOIN records r ON r.id = a.record_id
                         WHERE r.kind = ?
               UNION ALL SELECT id, id FROM records WHERE kind = ?""",
            (kind, kind, kind, kind),
        )
        names: dict[str, str] = {}
        for row in rows:
            names.setdefault(row[1].casefold(), row[0])
        return names

    def resolve_agency(self, name: str) -> str:
        """The id of the agency called ``name`` (full name, short name, alias or id)."""
        names = self._names("agency")
        key = name.strip().casefold()
        if key in names:
            return names[key]
        close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.5)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise UnknownValue(f"unknown agency '{name}'.{hint}")

    def resolve_offence(self, value: str) -> str:
        """The id of the offence type numbered ``value`` (1–8) or named by its words."""
        value = value.strip()
        offences = self.entities("offence")
        if value.isdigit():
            for offence in offences:
                if offence.number == int(value):
                    return offence.id
            numbers = ", ".join(str(o.number) for o in offences)
            raise UnknownValue(f"no offence type numbered {value}; the numbers are {numbers}.")
        words = value.casefold().split()
        matches = [
            o
            for o in offences
            if words and all(w in " ".join((o.title, *o.aliases)).casefold() for w in words)
        ]
        if len(matches) == 1:
            return matches[0].id
        if not matches:
            raise UnknownValue(
                f"no offence type matches '{value}'; give a number 1–8 or words of its name."
            )
        listed = "; ".join(f"{o.number} {o.title}" for o in matches)
        raise UnknownValue(f"'{value}' matches several offence types: {listed}.")


def _cube_keys(filters: Filters) -> tuple[str, str, int, int] | None:
    """The facet_cube keys for these filters, or None when the cube cannot answer them."""
    if len(filters.agencies) > 1 or len(filters.offences) > 1 or filters.text.strip():
        return None
    return (
        filters.agencies[0] if filters.agencies else "",
        filters.offences[0] if filters.offences else "",
        filters.year_from if filters.year_from is not None else -(10**9),
        filters.year_to if filters.year_to is not None else 10**9,
    )


def _describe(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return f"{path}: the file is damaged or not a CoopDesk database ({text})."
    if "no such table" in text or "no such column" in text:
        return f"{path}: not a CoopDesk database ({text})."
    if "locked" in text or "busy" in text:
        return f"{path}: the database is locked by another program; try again."
    return f"{path}: the database cannot be read ({text})."
