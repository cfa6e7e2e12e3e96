"""The database schema and its controlled vocabularies (kinds, sides, relations).

The vocabularies live here, not in the curation files, so that every document is
described in the same terms and the GUI can rely on them.
"""

from __future__ import annotations

from typing import NamedTuple

from coopdesk.i18n import QT_TRANSLATE_NOOP, tr

SCHEMA_VERSION = 7
# 2: facet_cube; 3: records_fts, paragraphs_fts, facet_bitmaps, kinds.name;
# 4: record_values (the basis of every value), the bases of the facets; 5: an index on
# records(document_id) and a bitmap of each document's dated records (the document filter);
# 6: facet_months; 7: export_rows

# Where a value or a link comes from. "stated": the document's words, with the quote;
# "inferred": a reading of them, with the reason; "editorial": added by the curators
# (an abbreviation, a name in common use, a title of our own), with the reason.
BASES: tuple[str, ...] = ("stated", "inferred", "editorial")
LINK_BASES: tuple[str, ...] = ("stated", "inferred")
# The values a record may have, as ``record_values.field`` names them: the columns of
# ``records`` that hold claims, and "alias" for each other name of the record.
VALUE_FIELDS: tuple[str, ...] = (
    "title", "short_name", "alias", "date", "place_id", "number", "side", "parent_id", "role",
    "context",
)  # fmt: skip


class Kind(NamedTuple):
    id: str
    label: str
    plural: str
    category: str  # "instrument", "event" or a kind of its own for undated records
    lane: str | None  # timeline lane of dated kinds


# Labels are English in the database and translated where they are shown (``kind_name``).
KINDS: tuple[Kind, ...] = (
    Kind(
        "instrument",
        QT_TRANSLATE_NOOP("Kind", "Instrument"),
        QT_TRANSLATE_NOOP("Kind", "Instruments"),
        "instrument",
        QT_TRANSLATE_NOOP("Lane", "Instruments"),
    ),
    Kind(
        "summit",
        QT_TRANSLATE_NOOP("Kind", "Summit"),
        QT_TRANSLATE_NOOP("Kind", "Summits"),
        "event",
        QT_TRANSLATE_NOOP("Lane", "Summits"),
    ),
    Kind(
        "talks",
        QT_TRANSLATE_NOOP("Kind", "High-level talks"),
        QT_TRANSLATE_NOOP("Kind", "High-level talks", "plural"),
        "event",
        QT_TRANSLATE_NOOP("Lane", "High-level talks"),
    ),
    Kind(
        "consultation",
        QT_TRANSLATE_NOOP("Kind", "Expert consultations"),
        QT_TRANSLATE_NOOP("Kind", "Expert consultations", "plural"),
        "event",
        QT_TRANSLATE_NOOP("Lane", "Expert meetings"),
    ),
    Kind(
        "meeting",
        QT_TRANSLATE_NOOP("Kind", "Expert meeting"),
        QT_TRANSLATE_NOOP("Kind", "Expert meetings"),
        "event",
        QT_TRANSLATE_NOOP("Lane", "Expert meetings"),
    ),
    Kind(
        "agency",
        QT_TRANSLATE_NOOP("Kind", "Agency or body"),
        QT_TRANSLATE_NOOP("Kind", "Agencies and bodies"),
        "agency",
        None,
    ),
    Kind(
        "person",
        QT_TRANSLATE_NOOP("Kind", "Person"),
        QT_TRANSLATE_NOOP("Kind", "People"),
        "person",
        None,
    ),
    Kind(
        "place",
        QT_TRANSLATE_NOOP("Kind", "Place"),
        QT_TRANSLATE_NOOP("Kind", "Places"),
        "place",
        None,
    ),
    Kind(
        "offence",
        QT_TRANSLATE_NOOP("Kind", "Offence type"),
        QT_TRANSLATE_NOOP("Kind", "Offence types"),
        "offence",
        None,
    ),
    Kind(
        "form",
        QT_TRANSLATE_NOOP("Kind", "Form of cooperation"),
        QT_TRANSLATE_NOOP("Kind", "Forms of cooperation"),
        "form",
        None,
    ),
    Kind(
        "area",
        QT_TRANSLATE_NOOP("Kind", "Most advanced area"),
        QT_TRANSLATE_NOOP("Kind", "Most advanced areas"),
        "area",
        None,
    ),
    Kind(
        "principle",
        QT_TRANSLATE_NOOP("Kind", "Principle"),
        QT_TRANSLATE_NOOP("Kind", "Principles"),
        "principle",
        None,
    ),
)
KIND_BY_ID = {k.id: k for k in KINDS}
DATED_KINDS = tuple(k.id for k in KINDS if k.lane)
LANES: tuple[str, ...] = tuple(dict.fromkeys(k.lane for k in KINDS if k.lane))

SIDES: dict[str, str] = {
    "ru": QT_TRANSLATE_NOOP("Side", "Russian Federation"),
    "eu": QT_TRANSLATE_NOOP("Side", "European Union"),
    "intl": QT_TRANSLATE_NOOP("Side", "International"),
}


class Relation(NamedTuple):
    id: str
    label: str  # as seen from the "from" record
    inverse: str  # as seen from the "to" record


RELATIONS: tuple[Relation, ...] = (
    Relation("participant", QT_TRANSLATE_NOOP("Relation", "Participants"),
             QT_TRANSLATE_NOOP("Relation", "Took part in", "inverse")),
    Relation("party", QT_TRANSLATE_NOOP("Relation", "Parties"),
             QT_TRANSLATE_NOOP("Relation", "Party to", "inverse")),
    Relation("implemented_by", QT_TRANSLATE_NOOP("Relation", "Implemented by"),
             QT_TRANSLATE_NOOP("Relation", "Implements", "inverse")),
    Relation("concerns", QT_TRANSLATE_NOOP("Relation", "Offence types"),
             QT_TRANSLATE_NOOP("Relation", "Concerned by", "inverse")),
    Relation("form", QT_TRANSLATE_NOOP("Relation", "Forms of cooperation"),
             QT_TRANSLATE_NOOP("Relation", "Form of", "inverse")),
    Relation("area", QT_TRANSLATE_NOOP("Relation", "Areas of cooperation"),
             QT_TRANSLATE_NOOP("Relation", "Area of", "inverse")),
    Relation("principle", QT_TRANSLATE_NOOP("Relation", "Principles"),
             QT_TRANSLATE_NOOP("Relation", "Principle of", "inverse")),
    Relation("adopted_at", QT_TRANSLATE_NOOP("Relation", "Adopted at"),
             QT_TRANSLATE_NOOP("Relation", "Adopted here", "inverse")),
    Relation("follows_up", QT_TRANSLATE_NOOP("Relation", "Follows up"),
             QT_TRANSLATE_NOOP("Relation", "Followed up by", "inverse")),
    Relation("follows", QT_TRANSLATE_NOOP("Relation", "Previous round"),
             QT_TRANSLATE_NOOP("Relation", "Next round", "inverse")),
    Relation("member_of", QT_TRANSLATE_NOOP("Relation", "Agency"),
             QT_TRANSLATE_NOOP("Relation", "People", "inverse")),
    Relation("counterpart", QT_TRANSLATE_NOOP("Relation", "Counterpart"),
             QT_TRANSLATE_NOOP("Relation", "Counterpart of", "inverse")),
    Relation("concerns_body", QT_TRANSLATE_NOOP("Relation", "Body"),
             QT_TRANSLATE_NOOP("Relation", "Named in", "inverse")),
    Relation("context", QT_TRANSLATE_NOOP("Relation", "Context"),
             QT_TRANSLATE_NOOP("Relation", "Named in the context of", "inverse")),
)  # fmt: skip
RELATION_BY_ID = {r.id: r for r in RELATIONS}


def kind_name(kind: str) -> str:
    """A kind of record as the reader's language names it ("Summit", "Саммит")."""
    return tr(KIND_BY_ID[kind].label) if kind in KIND_BY_ID else kind


def kind_plural(kind: str) -> str:
    return tr(KIND_BY_ID[kind].plural) if kind in KIND_BY_ID else kind


def side_name(side: str | None, stored: str | None = None) -> str:
    """A side as the reader's language names it; ``stored`` (the database's name) for a
    side the schema does not know."""
    return tr(SIDES[side]) if side in SIDES else (stored or side or "")


# Relations that make an agency count as involved in a dated record (the agency facet).
AGENCY_RELATIONS = ("participant", "party", "implemented_by")

# Full-text search, declared as sqlite-utils' enable_fts declares it: each index is tied to
# its table by rowid (content=[table]), so `sqlite-utils search` and Datasette's ?_search=
# find records and paragraphs. records_fts indexes more than a record's row holds: its
# title; names (short name, other names); text (its quotes, role, context, date, place);
# linked (names of the records linked to it). Read a match through ``records``: only the
# title column can be read back from the index. Column weights: a record's own words
# count most, the names of linked records least.
RECORDS_FTS = "records_fts"
PARAGRAPHS_FTS = "paragraphs_fts"
RECORDS_FTS_COLUMNS = ("title", "names", "text", "linked")
RECORDS_FTS_WEIGHTS = (10.0, 8.0, 4.0, 1.0)
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"

DDL = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    curated TEXT,
    text TEXT NOT NULL
);
CREATE TABLE paragraphs (
    document_id TEXT NOT NULL REFERENCES documents(id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE kinds (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    plural TEXT NOT NULL,
    category TEXT NOT NULL,
    lane TEXT,
    sort INTEGER NOT NULL
);
CREATE TABLE sides (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    inverse TEXT NOT NULL
);
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL REFERENCES kinds(id),
    title TEXT NOT NULL,
    short_name TEXT,
    date TEXT,
    year INTEGER,
    place_id TEXT REFERENCES records(id),
    number INTEGER,
    side TEXT REFERENCES sides(id),
    parent_id TEXT REFERENCES records(id),
    role TEXT,
    context TEXT,
    document_id TEXT NOT NULL REFERENCES documents(id),
    sort INTEGER NOT NULL,
    CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
-- Every value of every record with its basis: the editorial layer. A stated value rests
-- on its own citations (value_id) or, when it has none, on the record's.
CREATE TABLE record_values (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id),
    field TEXT NOT NULL CHECK (field IN ({", ".join(f"'{f}'" for f in VALUE_FIELDS)})),
    value TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ({", ".join(f"'{b}'" for b in BASES)})),
    reason TEXT,
    CHECK (basis = 'stated' OR reason IS NOT NULL)
);
-- The other names of each record (short names are in records.short_name).
-- rowid: the value's id, so the names come in curation order.
CREATE VIEW aliases AS
    SELECT record_id, value AS alias, basis, reason, id AS rowid FROM record_values
    WHERE field = 'alias';
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    from_id TEXT NOT NULL REFERENCES records(id),
    to_id TEXT NOT NULL REFERENCES records(id),
    relation TEXT NOT NULL REFERENCES relations(id),
    role TEXT,
    basis TEXT NOT NULL CHECK (basis IN ({", ".join(f"'{b}'" for b in LINK_BASES)})),
    reason TEXT,
    derived_from INTEGER REFERENCES links(id),
    CHECK (basis = 'stated' OR reason IS NOT NULL)
);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    record_id TEXT REFERENCES records(id),
    link_id INTEGER REFERENCES links(id),
    value_id INTEGER REFERENCES record_values(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    paragraph INTEGER NOT NULL,
    quote TEXT NOT NULL,
    CHECK ((record_id IS NOT NULL) + (link_id IS NOT NULL) + (value_id IS NOT NULL) = 1)
);
-- Facet tables, derived at build time: which agencies and offence types each dated record
-- involves (an event's agencies include those of the people who took part), "stated" when
-- a stated link says so, else "inferred".
CREATE TABLE record_agencies (
    record_id TEXT NOT NULL REFERENCES records(id),
    agency_id TEXT NOT NULL REFERENCES records(id),
    basis TEXT NOT NULL CHECK (basis IN ({", ".join(f"'{b}'" for b in LINK_BASES)})),
    PRIMARY KEY (record_id, agency_id)
) WITHOUT ROWID;
CREATE TABLE record_offences (
    record_id TEXT NOT NULL REFERENCES records(id),
    offence_id TEXT NOT NULL REFERENCES records(id),
    basis TEXT NOT NULL CHECK (basis IN ({", ".join(f"'{b}'" for b in LINK_BASES)})),
    PRIMARY KEY (record_id, offence_id)
) WITHOUT ROWID;
-- Counts per (agency, offence type, year) of the dated records, '' meaning "any", so
-- the facets under one agency, one offence type and a year range never scan the records;
-- stated_only = 1 counts only records whose agency and offence type are stated.
CREATE TABLE facet_cube (
    agency_id TEXT NOT NULL,
    offence_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    stated_only INTEGER NOT NULL CHECK (stated_only IN (0, 1)),
    n INTEGER NOT NULL,
    PRIMARY KEY (agency_id, offence_id, year, stated_only)
) WITHOUT ROWID;
-- Counts per (agency, offence type, month, kind) of the dated records, '' meaning "any",
-- links of any basis: what the timeline draws at a distance and the tree's group counts,
-- without a scan (under "stated only" with an agency or offence type, the records are
-- counted instead). month is year * 12 + month - 1 of the record's date (an unknown month
-- counts as January).
CREATE TABLE facet_months (
    agency_id TEXT NOT NULL,
    offence_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (agency_id, offence_id, month, kind)
) WITHOUT ROWID;
-- The same facets as bitmaps over records.rowid, to count them for any set of records
-- (the matches of a search, several agencies): see coopdesk/store/bitmaps.py. dimension is
-- 'agency', 'offence', 'year' or 'dated' (every dated record; value '').
CREATE TABLE facet_bitmaps (
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    bits BLOB NOT NULL,
    PRIMARY KEY (dimension, value)
);
-- Each dated record's CSV export row as quoted cells, its values marked with their bases
-- (coopdesk/store/rows.py): the cells before the filters' basis, those after it, and those
-- after it under "stated only" (NULL when the record has no inferred link). pos is the
-- record's place in date order, so that an export reads the table in its own order.
-- Written by the build and synth; used when meta's export_rows says they were made as
-- the export would make them.
CREATE TABLE export_rows (
    pos INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE REFERENCES records(id),
    head TEXT NOT NULL,
    tail TEXT NOT NULL,
    stated_tail TEXT
);
CREATE VIRTUAL TABLE {RECORDS_FTS} USING fts5(
    {", ".join(RECORDS_FTS_COLUMNS)}, content=[records], {_TOKENIZE}
);
INSERT INTO {RECORDS_FTS} ({RECORDS_FTS}, rank)
    VALUES ('rank', 'bm25({", ".join(str(w) for w in RECORDS_FTS_WEIGHTS)})');
CREATE VIRTUAL TABLE {PARAGRAPHS_FTS} USING fts5(text, content=[paragraphs], {_TOKENIZE});
"""

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("records", ("kind", "year", "date")),
    ("records", ("year", "date")),
    ("records", ("date", "sort")),  # the first page in date order, without sorting
    ("records", ("kind", "date", "sort")),  # a page of one kind (the instruments) likewise
    ("records", ("place_id",)),
    ("records", ("parent_id",)),
    ("records", ("document_id",)),  # the document filter
    ("record_values", ("record_id", "field")),
    ("record_values", ("field", "value")),
    ("links", ("from_id", "relation")),
    ("links", ("to_id", "relation")),
    ("citations", ("record_id",)),
    ("citations", ("link_id",)),
    ("citations", ("value_id",)),
    ("record_agencies", ("agency_id", "basis", "record_id")),
    ("record_offences", ("offence_id", "basis", "record_id")),
    ("facet_cube", ("stated_only", "offence_id", "agency_id", "year", "n")),
)

_DATED_SQL = ", ".join(f"'{k}'" for k in DATED_KINDS)


def _cube_sql(stated_only: int) -> str:
    basis = " AND {t}.basis = 'stated'" if stated_only else ""
    ra, ro = basis.format(t="ra"), basis.format(t="ro")
    return f"""
SELECT ra.agency_id, ro.offence_id, r.year, {stated_only}, count(*) FROM records r
  JOIN record_agencies ra ON ra.record_id = r.id{ra}
  JOIN record_offences ro ON ro.record_id = r.id{ro}
  WHERE r.kind IN ({_DATED_SQL}) GROUP BY 1, 2, 3
UNION ALL
SELECT ra.agency_id, '', r.year, {stated_only}, count(*) FROM records r
  JOIN record_agencies ra ON ra.record_id = r.id{ra}
  WHERE r.kind IN ({_DATED_SQL}) GROUP BY 1, 3
UNION ALL
SELECT '', ro.offence_id, r.year, {stated_only}, count(*) FROM records r
  JOIN record_offences ro ON ro.record_id = r.id{ro}
  WHERE r.kind IN ({_DATED_SQL}) GROUP BY 2, 3
UNION ALL
SELECT '', '', r.year, {stated_only}, count(*) FROM records r
  WHERE r.kind IN ({_DATED_SQL}) GROUP BY 3"""


# Fills facet_cube from records, record_agencies and record_offences (build and synth).
FACET_CUBE_SQL = (
    "INSERT INTO facet_cube (agency_id, offence_id, year, stated_only, n)"
    + _cube_sql(0)
    + "\nUNION ALL"
    + _cube_sql(1)
)

# The month number of a record's date (``r``), as facet_months counts it.
MONTH_OF = (
    "(CAST(substr(r.date, 1, 4) AS INTEGER) * 12 "
    "+ max(CAST(substr(r.date, 6, 2) AS INTEGER), 1) - 1)"
)
_DATED_R = f"r.kind IN ({', '.join(repr(k) for k in DATED_KINDS)}) AND r.date IS NOT NULL"

# Fills facet_months (build and synth).
FACET_MONTHS_SQL = f"""
INSERT INTO facet_months (agency_id, offence_id, month, kind, n)
SELECT ra.agency_id, ro.offence_id, {MONTH_OF}, r.kind, count(*) FROM records r
  JOIN record_agencies ra ON ra.record_id = r.id
  JOIN record_offences ro ON ro.record_id = r.id
  WHERE {_DATED_R} GROUP BY 1, 2, 3, 4
UNION ALL
SELECT ra.agency_id, '', {MONTH_OF}, r.kind, count(*) FROM records r
  JOIN record_agencies ra ON ra.record_id = r.id WHERE {_DATED_R} GROUP BY 1, 3, 4
UNION ALL
SELECT '', ro.offence_id, {MONTH_OF}, r.kind, count(*) FROM records r
  JOIN record_offences ro ON ro.record_id = r.id WHERE {_DATED_R} GROUP BY 2, 3, 4
UNION ALL
SELECT '', '', {MONTH_OF}, r.kind, count(*) FROM records r WHERE {_DATED_R} GROUP BY 3, 4
"""

# The index of records, one row per record (rowid taken from records), and of paragraphs,
# read from the paragraphs table (build and synth).
RECORDS_FTS_INSERT = (
    f"INSERT INTO {RECORDS_FTS} (rowid, {', '.join(RECORDS_FTS_COLUMNS)}) "
    f"VALUES ((SELECT rowid FROM records WHERE id = ?), ?, ?, ?, ?)"
)
PARAGRAPHS_FTS_FILL = f"INSERT INTO {PARAGRAPHS_FTS} ({PARAGRAPHS_FTS}) VALUES ('rebuild')"
FTS_TABLES = (RECORDS_FTS, PARAGRAPHS_FTS)
