"""One read-only connection to a CoopDesk database, with errors a person can read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coopdesk.errors import DatabaseError
from coopdesk.safetext import valid
from coopdesk.schema import SCHEMA_VERSION


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

    def interrupt(self) -> None:
        self._conn.interrupt()

    def query(self, sql: str, params: Sequence[Any] = (), *, plain: bool = False) -> list[Any]:
        """Run one query; rows are ``sqlite3.Row`` (plain tuples with ``plain``)."""
        # Text typed on a command line may hold bytes that are not UTF-8 (lone surrogates):
        # they cannot match anything, and must not stop the query.
        return self._run(sql, [valid(p) if isinstance(p, str) else p for p in params], plain)

    def named(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Like ``tuples``, with parameters by name (``:name``)."""
        return self._run(
            sql, {k: valid(p) if isinstance(p, str) else p for k, p in params.items()}, True
        )

    def _run(self, sql: str, params: Sequence[Any] | Mapping[str, Any], plain: bool) -> list[Any]:
        with self._readable():
            cursor = self._conn.cursor()
            if plain:
                cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()

    @contextmanager
    def _readable(self) -> Iterator[None]:
        """SQLite's errors and undecodable text as ``DatabaseError`` a person can read."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(describe(self.path, exc)) from exc
        except UnicodeDecodeError as exc:
            raise DatabaseError(
                f"{self.path}: the file is damaged (text that is not UTF-8: {exc.reason})."
            ) from exc

    def batches(
        self, sql: str, params: Sequence[Any], size: int
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Like ``tuples``, ``size`` rows at a time: a long read that can stop between."""
        cursor = self._conn.cursor()
        cursor.row_factory = None
        try:
            with self._readable():
                cursor.execute(sql, [valid(p) if isinstance(p, str) else p for p in params])
                while rows := cursor.fetchmany(size):
                    yield rows
        finally:
            cursor.close()

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Like ``query``, with rows as plain tuples: cheaper than rows by name in bulk."""
        return self.query(sql, params, plain=True)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]


def describe(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text or "decode to UTF-8" in text:
        return f"{path}: the file is damaged or not a CoopDesk database ({text})."
    if "no such table" in text or "no such column" in text:
        return f"{path}: not a CoopDesk database ({text})."
    if "locked" in text or "busy" in text:
        return f"{path}: the database is locked by another program; try again."
    return f"{path}: the database cannot be read ({text})."
