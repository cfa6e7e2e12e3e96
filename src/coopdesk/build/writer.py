"""Write a checked curation to a database file, atomically; dump a database canonically."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from coopdesk.build.digest import content_digests, meta_values
from coopdesk.build.load import load_curation
from coopdesk.build.rows import database_rows, meta_rows
from coopdesk.build.specs import Curation
from coopdesk.errors import BuildError
from coopdesk.export import row_words
from coopdesk.fileio import atomic_path, remove_leftovers
from coopdesk.schema import (
    DDL,
    FACET_CUBE_SQL,
    FACET_MONTHS_SQL,
    FTS_TABLES,
    INDEXES,
    PARAGRAPHS_FTS_FILL,
    RECORDS_FTS_INSERT,
)
from coopdesk.store import bitmaps
from coopdesk.store.connection import Connection
from coopdesk.store.rows import fill as fill_export_rows
from coopdesk.store.search import record_texts


def write_derived(conn: sqlite3.Connection) -> None:
    """What is computed from the records, written as the build and ``synth`` both write
    it: the facet cube and months, the bitmaps, the indexes, and the export rows (last:
    they are read through the indexes)."""
    conn.execute(FACET_CUBE_SQL)
    conn.execute(FACET_MONTHS_SQL)
    bitmaps.fill(conn)
    for table, columns in INDEXES:
        name = f"idx_{table}_{'_'.join(columns)}"
        conn.execute(f"CREATE INDEX [{name}] ON [{table}] ({', '.join(columns)})")
    fill_export_rows(conn, row_words())


def write_database(curation: Curation, path: Path) -> None:
    """Write ``curation`` to a new database file at ``path`` (which must not exist).

    The file is a temporary one that is renamed into place only after it is complete and
    synced (``fileio.atomic_path``), so SQLite need not sync each step of its own.
    """
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA page_size = 4096")
        conn.executescript(DDL)
        batches: dict[str, list[dict[str, Any]]] = {}
        for table, row in database_rows(curation):
            batches.setdefault(table, []).append(row)
        with conn:
            for table, rows in batches.items():
                _insert(conn, table, rows)
            # The search index's reader checks the schema version: meta comes first.
            meta = meta_rows(curation)
            _insert(conn, "meta", [{"key": k, "value": v} for k, v in meta.items()])
            write_derived(conn)
        fill_search_index(conn, path)
        with conn:
            # What check-db will recompute: the content as written, beside the source's digest.
            digests = meta_values(content_digests(conn))
            _insert(conn, "meta", [{"key": k, "value": v} for k, v in digests.items()])
        conn.execute("ANALYZE")
        conn.commit()
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise BuildError(f"the database breaks its own foreign keys: {problems[:3]}")
        conn.execute("VACUUM")
    finally:
        conn.close()


def fill_search_index(conn: sqlite3.Connection, path: Path) -> None:
    """Index every record as the search reads it back, and every paragraph."""
    reader = Connection(path)
    try:
        texts = record_texts(reader)
    finally:
        reader.close()
    with conn:
        conn.executemany(RECORDS_FTS_INSERT, [(t.id, *t.columns()) for t in texts.values()])
        conn.execute(PARAGRAPHS_FTS_FILL)
        for table in FTS_TABLES:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    conn.executemany(
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        ([row[c] for c in columns] for row in rows),
    )


def build(source: Path, output: Path) -> Curation:
    """Build ``output`` from ``source``; on any failure the previous ``output`` is untouched."""
    curation = load_curation(source)
    remove_leftovers(output)
    with atomic_path(output, what="database") as tmp:
        write_database(curation, tmp)
    return curation


def canonical_dump(path: Path) -> str:
    """Schema and rows in a stable text form, independent of SQLite's file layout.

    The FTS indexes' shadow tables are left out (their layout belongs to the SQLite
    version); each index is dumped as its words and where they stand instead.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: list[str] = []
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'view') "
            "AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        for name, sql in tables:
            if any(name.startswith(f"{fts}_") for fts in FTS_TABLES):
                continue
            out.append(" ".join(sql.split()))
            if sql.upper().startswith(("CREATE INDEX", "CREATE VIEW")):
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
