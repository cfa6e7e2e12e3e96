"""``coopdesk check-db``: is a database file sound, of our schema, and true to its source?

The checks, in order: SQLite's integrity check, the schema, the quotes (each found in its
paragraph), the paragraphs (equal to the stored documents), the source (each document's
SHA-256), the content (every table's digest against the one stored at build time), the
values (each claim column of a record against its basis row), the dates (real days) and
the full-text index (FTS5's own integrity check, run on a copy so the file is never
written). A failure says what and where: the table, the record, the paragraph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coopdesk.build import normalise, split_paragraphs
from coopdesk.build.digest import CONTENT_KEY, TABLES_KEY, combined, content_digests, source_sha256
from coopdesk.schema import (
    DDL,
    KINDS,
    RELATIONS,
    SCHEMA_VERSION,
    SIDES,
    VALUE_FIELDS,
)
from coopdesk.store.connection import fts_damage

CHECKS = (
    "integrity", "schema", "quotes", "paragraphs", "source", "content", "values", "dates",
    "search",
)  # fmt: skip
SHOWN = 5  # problems listed per check; the rest are counted
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits: "２０１７" is not a date


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


def sound(checks: list[Check]) -> bool:
    """True when every check ran and passed."""
    return [c.name for c in checks] == list(CHECKS) and all(c.ok for c in checks)


def _expected_tables() -> set[str]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(DDL)
        return {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        conn.close()


def _listed(what: str, problems: list[str]) -> str:
    shown = "; ".join(problems[:SHOWN])
    more = f"; and {len(problems) - SHOWN} more" if len(problems) > SHOWN else ""
    return f"{len(problems)} {what}: {shown}{more}"


def check_database(path: Path) -> list[Check]:
    """Every check, each reported; the later checks only run on a readable file of our
    schema."""
    if not path.is_file():
        return [Check("file", False, f"{path}: no database file there.")]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [Check("file", False, f"{path}: cannot be opened ({exc}).")]
    # Damaged text must show up as a failed check, not as a decoding error.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    checks: list[Check] = []
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            ok = rows == ["ok"]
            checks.append(Check("integrity", ok, "ok" if ok else "; ".join(rows[:5])))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            checks.append(Check("integrity", False, f"not a readable SQLite database ({exc})"))
            return checks
        checks.append(_run("schema", _schema_check, conn))
        if not checks[-1].ok:
            return checks
        named: dict[str, Callable[[sqlite3.Connection], Check]] = {
            "quotes": _quote_check,
            "paragraphs": _paragraph_check,
            "source": _source_check,
            "content": _content_check,
            "values": _value_check,
            "dates": _date_check,
            "search": lambda c: _search_check(c, path),
        }
        checks += [_run(name, named[name], conn) for name in CHECKS[2:]]
    finally:
        conn.close()
    return checks


def _run(
    name: str, check: Callable[[sqlite3.Connection], Check], conn: sqlite3.Connection
) -> Check:
    try:
        return check(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as exc:
        return Check(name, False, str(exc))


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}


def _schema_check(conn: sqlite3.Connection) -> Check:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = sorted(_expected_tables() - tables)
    if missing:
        return Check("schema", False, f"missing tables: {', '.join(missing)}")
    version = _meta(conn).get("schema_version")
    if version != str(SCHEMA_VERSION):
        return Check("schema", False, f"schema version {version}, expected {SCHEMA_VERSION}")
    return Check("schema", True, f"version {SCHEMA_VERSION}")


def _quote_check(conn: sqlite3.Connection) -> Check:
    docs = {
        doc_id: split_paragraphs(text)[1]
        for doc_id, text in conn.execute("SELECT id, text FROM documents")
    }
    bad = []
    count = 0
    for cid, doc_id, paragraph, quote in conn.execute(
        "SELECT id, document_id, paragraph, quote FROM citations"
    ):
        count += 1
        paragraphs = docs.get(doc_id, [])
        if not (0 < paragraph <= len(paragraphs)) or normalise(quote) not in normalise(
            paragraphs[paragraph - 1]
        ):
            bad.append(f"citation {cid} (¶{paragraph})")
    if bad:
        return Check("quotes", False, _listed("quote(s) not in the stored source", bad))
    return Check("quotes", True, f"all {count} quotes found in the stored source text")


def _paragraph_check(conn: sqlite3.Connection) -> Check:
    """The stored paragraphs and title are the stored document's, split as the build does."""
    bad = []
    for doc_id, title, text in conn.execute("SELECT id, title, text FROM documents"):
        want_title, want = split_paragraphs(text)
        if title != want_title:
            bad.append(f"the title of {doc_id} is not the document's first line")
        have = dict(
            conn.execute(
                "SELECT number, text FROM paragraphs WHERE document_id = ? ORDER BY number",
                (doc_id,),
            ).fetchall()
        )
        for number in sorted(set(have) | set(range(1, len(want) + 1))):
            if number > len(want):
                bad.append(f"¶{number} of {doc_id} is not in the document")
            elif have.get(number) != want[number - 1]:
                bad.append(f"¶{number} of {doc_id} differs from the document's text")
    orphans = conn.execute(
        "SELECT count(*) FROM paragraphs WHERE document_id NOT IN (SELECT id FROM documents)"
    ).fetchone()[0]
    if orphans:
        bad.append(f"{orphans} paragraph(s) of no document")
    if bad:
        return Check("paragraphs", False, _listed("problem(s)", bad))
    return Check("paragraphs", True, "every paragraph is the stored document's")


def _source_check(conn: sqlite3.Connection) -> Check:
    bad = []
    shas = []
    for doc_id, stored, text in conn.execute(
        "SELECT id, sha256, text FROM documents ORDER BY rowid"
    ):
        actual = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        shas.append(actual)
        if actual != stored:
            bad.append(f"the text of {doc_id} no longer has its SHA-256 {stored[:12]}…")
    recorded = _meta(conn).get("source_sha256", "")
    if shas and source_sha256(shas) != recorded:
        bad.append(f"the documents' SHA-256 is not the one recorded at build ({recorded[:12]}…)")
    if bad:
        return Check("source", False, "; ".join(bad))
    return Check("source", True, f"SHA-256 {recorded[:16]}… as recorded at build")


def _content_check(conn: sqlite3.Connection) -> Check:
    """Every table's digest against the build's; the vocabularies row by row."""
    meta = _meta(conn)
    if TABLES_KEY not in meta or CONTENT_KEY not in meta:
        return Check("content", False, "the build recorded no content digest: rebuild it")
    recorded: dict[str, str] = json.loads(meta[TABLES_KEY])
    actual = content_digests(conn)
    bad = [
        f"{table}: {'missing' if table not in actual else 'changed since the build'}"
        for table in sorted(recorded)
        if actual.get(table) != recorded[table]
    ]
    bad += [f"{table}: not made by the build" for table in sorted(set(actual) - set(recorded))]
    bad += _vocabulary_problems(conn)
    if combined(recorded) != meta[CONTENT_KEY]:
        bad.append("meta: the recorded digests do not add up")
    if bad:
        return Check("content", False, _listed("difference(s)", bad))
    return Check(
        "content", True, f"{len(actual)} tables as built, SHA-256 {meta[CONTENT_KEY][:16]}…"
    )


def _vocabulary_problems(conn: sqlite3.Connection) -> list[str]:
    """Rows of kinds, sides and relations that are not this CoopDesk's vocabulary."""
    want: dict[str, dict[str, tuple[object, ...]]] = {
        "kinds": {k.id: (k.label, k.plural, k.category, k.lane) for k in KINDS},
        "sides": {key: (name,) for key, name in SIDES.items()},
        "relations": {r.id: (r.label, r.inverse) for r in RELATIONS},
    }
    columns = {
        "kinds": "name, plural, category, lane",
        "sides": "name",
        "relations": "name, inverse",
    }
    bad = []
    for table, rows in want.items():
        have = {
            r[0]: tuple(r[1:]) for r in conn.execute(f"SELECT id, {columns[table]} FROM {table}")
        }
        for key in sorted(set(want[table]) | set(have)):
            if have.get(key) != rows.get(key):
                bad.append(f"{table}: row '{key}' is not this CoopDesk's vocabulary")
    return bad


def _value_check(conn: sqlite3.Connection) -> Check:
    """Each claim column of a record equals its basis row, and every value has one."""
    bad = []
    columns = [f for f in VALUE_FIELDS if f != "alias"]
    for column in columns:
        for rid, value, rows in conn.execute(
            f"""SELECT r.id, r.{column}, (SELECT group_concat(v.value, char(31))
                    FROM record_values v WHERE v.record_id = r.id AND v.field = ?)
                FROM records r WHERE r.{column} IS NOT NULL OR EXISTS (SELECT 1 FROM
                    record_values v WHERE v.record_id = r.id AND v.field = ?)""",
            (column, column),
        ):
            given = [] if rows is None else str(rows).split("\x1f")
            if value is None:
                bad.append(f"record {rid}: a {column} row for an empty {column}")
            elif given != [str(value)]:
                bad.append(f"record {rid}: {column} differs from its basis row")
    unexplained = conn.execute(
        "SELECT record_id, field FROM record_values WHERE basis != 'stated' "
        "AND (reason IS NULL OR trim(reason) = '')"
    ).fetchall()
    bad += [f"record {rid}: its {field} has no reason" for rid, field in unexplained]
    if bad:
        return Check("values", False, _listed("problem(s)", bad))
    count = conn.execute("SELECT count(*) FROM record_values").fetchone()[0]
    return Check("values", True, f"{count} values, each with its basis")


def _real_date(value: object) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    try:
        return 1900 <= dt.date.fromisoformat(value).year <= 2100
    except ValueError:
        return False


def _date_check(conn: sqlite3.Connection) -> Check:
    bad = []
    for rid, date, year in conn.execute(
        "SELECT id, date, year FROM records WHERE date IS NOT NULL OR year IS NOT NULL"
    ):
        if not _real_date(date):
            bad.append(f"record {rid}: {date!r} is not a day of the calendar")
        elif year != int(date[:4]):
            bad.append(f"record {rid}: year {year} is not the year of {date}")
    for doc_id, curated in conn.execute("SELECT id, curated FROM documents"):
        if curated is not None and not _real_date(curated):
            bad.append(f"document {doc_id}: curated {curated!r} is not a day of the calendar")
    curated = [c for (c,) in conn.execute("SELECT curated FROM documents") if c]
    as_of = _meta(conn).get("data_as_of", "")
    if as_of != (max(curated) if curated else ""):
        bad.append(f"meta: data_as_of {as_of!r} is not the documents' latest curation")
    if bad:
        return Check("dates", False, _listed("problem(s)", bad))
    return Check("dates", True, "every date is a real day")


def _search_check(conn: sqlite3.Connection, path: Path) -> Check:
    """FTS5's own integrity check of each full-text index, on a copy: it is a write, and
    the file stays untouched."""
    with tempfile.TemporaryDirectory(prefix="coopdesk-check-") as folder:
        copy = sqlite3.connect(Path(folder) / "copy.db")
        try:
            problem = fts_damage(conn, copy)
            if problem:
                return Check("search", False, problem)
        finally:
            copy.close()
    return Check("search", True, "the full-text indexes pass FTS5's integrity check")
