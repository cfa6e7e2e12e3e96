"""``coopdesk check-db``: is a database file sound, of our schema, and true to its source?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coopdesk.build import normalise, split_paragraphs
from coopdesk.schema import DDL, FTS_TABLES, SCHEMA_VERSION


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


def _expected_tables() -> set[str]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(DDL)
        return {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        conn.close()


def check_database(path: Path) -> list[Check]:
    """SQLite's integrity check, the schema check and the quote check, each reported."""
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
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            missing = sorted(_expected_tables() - tables)
            version = (
                conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                if "meta" in tables
                else None
            )
            if missing:
                checks.append(Check("schema", False, f"missing tables: {', '.join(missing)}"))
            elif version is None or str(version[0]) != str(SCHEMA_VERSION):
                found = None if version is None else version[0]
                checks.append(
                    Check("schema", False, f"schema version {found}, expected {SCHEMA_VERSION}")
                )
            else:
                checks.append(Check("schema", True, f"version {SCHEMA_VERSION}"))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            checks.append(Check("schema", False, str(exc)))
            return checks
        if not checks[-1].ok:
            return checks
        checks.append(_quote_check(conn))
    finally:
        conn.close()
    return checks


def _quote_check(conn: sqlite3.Connection) -> Check:
    try:
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
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return Check("quotes", False, str(exc))
    if bad:
        return Check(
            "quotes", False, f"{len(bad)} quote(s) not in the stored source: " + ", ".join(bad[:5])
        )
    return Check("quotes", True, f"all {count} quotes found in the stored source text")


def canonical_dump(path: Path) -> str:
    """Schema and rows in a stable text form, independent of SQLite's file layout.

    The FTS indexes' shadow tables are left out (their layout belongs to the SQLite
    version); each index is dumped as its words and where they stand instead.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: list[str] = []
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index') "
            "AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            if any(name.startswith(f"{fts}_") for fts in FTS_TABLES):
                continue
            out.append(" ".join(sql.split()))
            if sql.upper().startswith("CREATE INDEX"):
                continue
            if name in FTS_TABLES:
                conn.execute(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {name}, instance)")
                rows = conn.execute("SELECT * FROM temp.v ORDER BY 1, 2, 3, 4")
                out.extend(repr(tuple(row)) for row in rows)
                conn.execute("DROP TABLE temp.v")
                continue
            if name == "meta":
                rows = conn.execute("SELECT * FROM meta WHERE key != 'sqlite_version' ORDER BY 1")
            else:
                width = len(conn.execute(f'SELECT * FROM "{name}" LIMIT 0').description)
                order = ", ".join(str(i) for i in range(1, width + 1))
                rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY {order}')
            out.extend(repr(tuple(row)) for row in rows)
        return "\n".join(out) + "\n"
    finally:
        conn.close()
