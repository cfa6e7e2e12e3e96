"""One read-only connection to a CoopDesk database, with errors a person can read."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coopdesk.errors import DatabaseError
from coopdesk.safetext import valid
from coopdesk.schema import FTS_TABLES, SCHEMA_VERSION

# A damaged full-text index can answer a search with less than it holds, or nothing, and
# no error: up to this size (the bundled database is 0.3 MB: 1 ms; 20 MB: 60 ms), a
# database's indexes are checked, on a copy in memory, before its first search.
SEARCH_CHECK_LIMIT = 32 * 2**20


class Connection:
    """Opens ``path`` read-only, checks its schema version and runs queries.

    SQLite's errors become ``DatabaseError`` with a sentence fit to show a user. (Search
    text never reaches SQLite as syntax: coopdesk.textsearch quotes every word.)
    """

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
        self._search_problem: str | None = None  # None: not checked yet
        try:
            self._conn.execute("PRAGMA query_only = ON")
            version = self.scalar("SELECT value FROM meta WHERE key = 'schema_version'")
        except UnicodeDecodeError as exc:
            self._conn.close()
            raise DatabaseError(f"{self.path}: the file is damaged ({exc.reason}).") from exc
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise DatabaseError(describe(self.path, exc)) from exc
        if version is None:
            self._conn.close()
            raise DatabaseError(
                f"{self.path}: the database does not say its schema version; rebuild it "
                "with 'coopdesk build-db'."
            )
        if str(version) != str(SCHEMA_VERSION):
            self._conn.close()
            raise DatabaseError(
                f"{self.path}: schema version {version}, but this CoopDesk reads version "
                f"{SCHEMA_VERSION}; rebuild it with 'coopdesk build-db'."
            )

    def close(self) -> None:
        self._conn.close()

    def check_search_index(self) -> None:
        """Raise ``DatabaseError`` when FTS5's own integrity check finds a full-text index
        damaged. Checked once, on a copy in memory, for databases up to
        ``SEARCH_CHECK_LIMIT`` bytes; larger ones are left to ``coopdesk check-db``."""
        if self._search_problem is None:
            self._search_problem = ""
            if self.path.stat().st_size <= SEARCH_CHECK_LIMIT:
                copy = sqlite3.connect(":memory:")
                try:
                    self._search_problem = fts_damage(self._conn, copy) or ""
                finally:
                    copy.close()
        if self._search_problem:
            raise DatabaseError(
                f"{self.path}: {self._search_problem}, so searches cannot be trusted; "
                "'coopdesk check-db' checks the whole file, and a rebuild or a reinstall "
                "replaces it."
            )

    def interrupt(self) -> None:
        self._conn.interrupt()

    def query(self, sql: str, params: Sequence[Any] = (), *, plain: bool = False) -> list[Any]:
        """Run one query; rows are ``sqlite3.Row`` (plain tuples with ``plain``)."""
        # Text typed on a command line may hold bytes that are not UTF-8 (lone surrogates):
        # they cannot match anything, and must not stop the query.
        params = [valid(p) if isinstance(p, str) else p for p in params]
        try:
            cursor = self._conn.cursor()
            if plain:
                cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(describe(self.path, exc)) from exc
        except UnicodeDecodeError as exc:
            raise DatabaseError(
                f"{self.path}: the file is damaged (text that is not UTF-8: {exc.reason})."
            ) from exc

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Like ``query``, with rows as plain tuples: cheaper than rows by name in bulk."""
        return self.query(sql, params, plain=True)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]


def fts_damage(source: sqlite3.Connection, copy: sqlite3.Connection) -> str | None:
    """FTS5's own integrity check of each full-text index of ``source``, run on ``copy``
    (the check is a write, and the file stays untouched): the first problem, or None."""
    try:
        source.backup(copy)
    except sqlite3.DatabaseError as exc:
        return f"the file cannot be read whole ({exc})"
    for table in FTS_TABLES:
        try:
            copy.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
        except sqlite3.DatabaseError as exc:
            return f"the full-text index {table} is damaged ({exc})"
    return None


def describe(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text or "decode to UTF-8" in text:
        return f"{path}: the file is damaged or not a CoopDesk database ({text})."
    if "no such table" in text or "no such column" in text:
        return f"{path}: not a CoopDesk database ({text})."
    if "locked" in text or "busy" in text:
        return f"{path}: the database is locked by another program; try again."
    return f"{path}: the database cannot be read ({text})."
