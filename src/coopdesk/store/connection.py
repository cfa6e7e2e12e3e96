"""One read-only connection to a CoopDesk database, with errors a person can read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coopdesk.errors import DatabaseError
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate
from coopdesk.model import display_name
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
            raise DatabaseError(
                _say(QT_TRANSLATE_NOOP("Database", "{path}: no database file there."), self.path)
            )
        try:
            self._conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise DatabaseError(
                _say(
                    QT_TRANSLATE_NOOP("Database", "{path}: cannot be opened ({error})."),
                    self.path,
                    exc,
                )
            ) from exc
        self._conn.row_factory = sqlite3.Row
        self._search_problem: str | None = None  # None: not checked yet
        add_functions(self._conn)
        try:
            self._conn.execute("PRAGMA query_only = ON")
            version = self.scalar("SELECT value FROM meta WHERE key = 'schema_version'")
        except UnicodeDecodeError as exc:
            self._conn.close()
            raise DatabaseError(
                _say(
                    QT_TRANSLATE_NOOP("Database", "{path}: the file is damaged ({error})."),
                    self.path,
                    exc.reason,
                )
            ) from exc
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise DatabaseError(describe(self.path, exc)) from exc
        if version is None:
            self._conn.close()
            raise DatabaseError(
                _say(
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "{path}: the database does not say its schema version; rebuild it with "
                        "'coopdesk build-db'.",
                    ),
                    self.path,
                )
            )
        if str(version) != str(SCHEMA_VERSION):
            self._conn.close()
            raise DatabaseError(
                translate(
                    "Database",
                    "{path}: schema version {version}, but this CoopDesk reads version "
                    "{expected}; rebuild it with 'coopdesk build-db'.",
                ).format(path=self.path, version=version, expected=SCHEMA_VERSION)
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
                translate(
                    "Database",
                    "{path}: {problem}, so searches cannot be trusted; 'coopdesk check-db' "
                    "checks the whole file, and a rebuild or a reinstall replaces it.",
                ).format(path=self.path, problem=self._search_problem)
            )

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
                _say(
                    QT_TRANSLATE_NOOP(
                        "Database", "{path}: the file is damaged (text that is not UTF-8: {error})."
                    ),
                    self.path,
                    exc.reason,
                )
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


def _say(sentence: str, path: Path, error: object = "") -> str:
    """A sentence marked for translation, translated, with the path and SQLite's words."""
    return tr(sentence).format(path=path, error=error)


def add_functions(conn: sqlite3.Connection) -> None:
    """The Python functions CoopDesk's own SQL calls: ``display_name(title, short)``,
    the one name a record goes by (``coopdesk.model.display_name``), so that a name
    SQLite assembles reads as the window shows it."""
    conn.create_function("display_name", 2, display_name, deterministic=True)


def fts_damage(source: sqlite3.Connection, copy: sqlite3.Connection) -> str | None:
    """FTS5's own integrity check of each full-text index of ``source``, run on ``copy``
    (the check is a write, and the file stays untouched): the first problem, or None."""
    try:
        source.backup(copy)
    except sqlite3.DatabaseError as exc:
        return translate("Database", "the file cannot be read whole ({error})").format(error=exc)
    for table in FTS_TABLES:
        try:
            copy.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
        except sqlite3.DatabaseError as exc:
            return translate("Database", "the full-text index {table} is damaged ({error})").format(
                table=table, error=exc
            )
    return None


def describe(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text or "decode to UTF-8" in text:
        return _say(
            QT_TRANSLATE_NOOP(
                "Database", "{path}: the file is damaged or not a CoopDesk database ({error})."
            ),
            path,
            text,
        )
    if "no such table" in text or "no such column" in text:
        return _say(
            QT_TRANSLATE_NOOP("Database", "{path}: not a CoopDesk database ({error})."), path, text
        )
    if "locked" in text or "busy" in text:
        return _say(
            QT_TRANSLATE_NOOP(
                "Database", "{path}: the database is locked by another program; try again."
            ),
            path,
        )
    return _say(
        QT_TRANSLATE_NOOP("Database", "{path}: the database cannot be read ({error})."), path, text
    )
