"""Digests of a database's content: what the build vouches for and check-db recomputes.

Every table but ``meta`` and SQLite's own is read in the order of its primary key, or of
all its columns when it has none, and each row is hashed (a text by its ``repr``, a blob
by its bytes): one SHA-256 per table and one over them all. The full-text indexes are
read through their shadow tables (the virtual tables read their words from ``records``
and ``paragraphs``), so a changed index shows as well. The order does not depend on
rowids, so a VACUUM does not change a digest; one changed byte in any value changes its
table's.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable

CONTENT_KEY = "content_sha256"  # meta: the digest over every table
TABLES_KEY = "table_sha256"  # meta: a JSON object, table name → its digest


def content_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables whose rows are the content: all but meta and the virtual tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [
        name
        for name, sql in rows
        if name != "meta" and not str(sql).upper().startswith("CREATE VIRTUAL TABLE")
    ]


def _select(conn: sqlite3.Connection, table: str) -> str:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    order = keys or [row[1] for row in info]
    return f'SELECT * FROM "{table}" ORDER BY ' + ", ".join(f'"{c}"' for c in order)


def table_digest(conn: sqlite3.Connection, table: str) -> str:
    digest = hashlib.sha256()
    for row in conn.execute(_select(conn, table)):
        for value in row:
            if isinstance(value, bytes):
                digest.update(b"b%d:" % len(value))
                digest.update(value)
            else:
                digest.update(repr(value).encode("utf-8", "surrogatepass"))
            digest.update(b"\x1f")
        digest.update(b"\n")
    return digest.hexdigest()


def content_digests(conn: sqlite3.Connection) -> dict[str, str]:
    """Each content table's digest."""
    return {table: table_digest(conn, table) for table in content_tables(conn)}


def combined(digests: dict[str, str]) -> str:
    """One digest over the tables' digests (in name order)."""
    lines = "".join(f"{table} {digests[table]}\n" for table in sorted(digests))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def meta_values(digests: dict[str, str]) -> dict[str, str]:
    """The meta rows that record the digests."""
    return {CONTENT_KEY: combined(digests), TABLES_KEY: json.dumps(digests, sort_keys=True)}


def source_sha256(document_shas: Iterable[str]) -> str:
    """The source's SHA-256: the document's own, or one over all the documents' in order."""
    shas = list(document_shas)
    if len(shas) == 1:
        return shas[0]
    return hashlib.sha256("".join(shas).encode()).hexdigest()
