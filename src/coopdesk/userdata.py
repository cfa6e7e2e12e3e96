"""The user's own data: bookmarks, notes, saved views and the last view, in one SQLite file.

The bundled database stays read-only; everything the user writes lives here, keyed by
the stable record ids, so it follows the records through a rebuild. No Qt here.

Durability: WAL mode with ``synchronous=FULL`` and one transaction per change. In WAL mode
NORMAL already survives a killed process, but may lose the last commits on a power cut;
notes are written seldom (after a pause in typing), so the extra fsync per commit costs
nothing a user notices and a confirmed note is never lost.

A file this CoopDesk cannot read (damaged, of a newer schema, or not ours) is renamed
aside, never deleted, and a fresh file is started; ``UserData.notice`` says so.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote

from coopdesk.errors import CoopDeskError
from coopdesk.fileio import write_output
from coopdesk.model import Filters
from coopdesk.textsearch import parse

SCHEMA_VERSION = 1
FILE_NAME = "user.db"
MEMORY = ":memory:"
XBEL_RECORD_PREFIX = "coopdesk:record/"
XBEL_VIEW_PREFIX = "coopdesk:view?"
MAX_NOTE_CHARS = 1_000_000  # a sanity bound: a pasted book still fits

_SCHEMA = """
CREATE TABLE bookmarks (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('record', 'view')),
    name      TEXT NOT NULL,
    record_id TEXT,
    view      TEXT,
    position  INTEGER NOT NULL
);
CREATE TABLE notes (
    record_id TEXT PRIMARY KEY,
    text      TEXT NOT NULL,
    updated   TEXT NOT NULL
);
CREATE TABLE views (
    name TEXT PRIMARY KEY,
    view TEXT NOT NULL
);
CREATE TABLE state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class UserDataError(CoopDeskError):
    """The user file cannot be written (full disk, read-only folder…)."""


@dataclass(frozen=True)
class View:
    """What the user was looking at: filters (with the search text) and a selected record."""

    filters: Filters = field(default_factory=Filters)
    record_id: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {**self.filters.to_dict(), "record": self.record_id}, ensure_ascii=False, sort_keys=True
        )

    @classmethod
    def from_json(cls, text: str) -> View:
        """Parse leniently: a field of the wrong type is dropped, not fatal."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        record = data.get("record")
        return cls(Filters.from_dict(data), record if isinstance(record, str) else None)


@dataclass(frozen=True)
class Bookmark:
    id: int
    kind: str  # "record" or "view"
    name: str
    position: int
    record_id: str | None = None
    view: View | None = None

    @property
    def href(self) -> str:
        """The bookmark as a ``coopdesk:`` URL, as written to XBEL."""
        if self.kind == "record" and self.record_id:
            return XBEL_RECORD_PREFIX + quote(self.record_id, safe="/")
        return XBEL_VIEW_PREFIX + quote((self.view or View()).to_json(), safe="")


@dataclass(frozen=True)
class Note:
    record_id: str
    text: str
    updated: str  # ISO 8601, UTC, to the second


@dataclass(frozen=True)
class SavedView:
    name: str
    view: View


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


class UserData:
    """One open user file. Every method that changes something commits before it returns."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if path != MEMORY else None
        self.notice = ""  # what happened to an unreadable file, to tell the user
        self.set_aside: Path | None = None
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserDataError(
                    f"{self.path.parent}: cannot create the folder for your notes ({exc.strerror})."
                ) from exc
        self._conn = self._open()

    # ------------------------------------------------------------------ opening

    def _connect(self) -> sqlite3.Connection:
        # isolation_level=None: no implicit transactions; each change opens its own.
        conn = sqlite3.connect(
            str(self.path) if self.path is not None else MEMORY, isolation_level=None
        )
        conn.create_function("casefold", 1, lambda s: str(s).casefold(), deterministic=True)
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            conn = self._connect()
        except sqlite3.Error as exc:
            raise UserDataError(f"{self.path}: cannot open your notes file ({exc}).") from exc
        problem = self._check(conn)
        if problem is None:
            return conn
        conn.close()
        assert self.path is not None  # a new in-memory database is never a problem
        reason, tag = problem
        aside = self.path.with_name(f"{self.path.name}.{tag}-{_stamp()}")
        try:
            self._rename_aside(aside)
        except OSError as exc:
            raise UserDataError(
                f"{self.path}: {reason}, and it cannot be moved aside ({exc.strerror})."
            ) from exc
        self.set_aside = aside
        self.notice = (
            f"Your notes file {self.path} {reason}. It was kept as {aside.name} "
            "and a new, empty one was started."
        )
        conn = self._connect()
        if self._check(conn) is not None:  # pragma: no cover - a fresh file is always readable
            raise UserDataError(f"{self.path}: cannot start a new notes file.")
        return conn

    def _check(self, conn: sqlite3.Connection) -> tuple[str, str] | None:
        """Set the file up; None when it is usable, else (reason, tag for the set-aside name)."""
        try:
            # Read before writing anything: a file set aside must stay byte for byte as it was.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if version > SCHEMA_VERSION:
                return (
                    f"was written by a newer CoopDesk (version {version}; this one reads "
                    f"{SCHEMA_VERSION})",
                    "newer",
                )
            if version == 0 and tables:
                return "is not a CoopDesk notes file", "damaged"
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if version == 0:
                with self._tx(conn):
                    # Statement by statement: executescript would commit on its own.
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                return None
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return "is damaged", "damaged"
            if not {"bookmarks", "notes", "views", "state"} <= tables:
                return "is damaged (tables are missing)", "damaged"
        except sqlite3.DatabaseError:
            return "is damaged", "damaged"
        return None

    def _rename_aside(self, aside: Path) -> None:
        assert self.path is not None
        # The WAL and shared-memory files belong to the file: they move with it.
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + suffix))
        self.path.replace(aside)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """One committed transaction; a failure of the disk becomes a UserDataError."""
        conn = conn or self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise UserDataError(f"{self.path}: your change could not be saved ({exc}).") from exc

    def integrity(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    # ------------------------------------------------------------------ notes

    def note(self, record_id: str) -> Note | None:
        row = self._conn.execute(
            "SELECT record_id, text, updated FROM notes WHERE record_id = ?", (record_id,)
        ).fetchone()
        return Note(*row) if row else None

    def notes(self) -> list[Note]:
        rows = self._conn.execute("SELECT record_id, text, updated FROM notes ORDER BY record_id")
        return [Note(*r) for r in rows]

    def set_note(self, record_id: str, text: str) -> Note | None:
        """Save the note on ``record_id``; blank text removes it. Returns what is stored."""
        text = text[:MAX_NOTE_CHARS]
        with self._tx() as conn:
            if not text.strip():
                conn.execute("DELETE FROM notes WHERE record_id = ?", (record_id,))
                return None
            note = Note(record_id, text, _now())
            conn.execute(
                "INSERT INTO notes (record_id, text, updated) VALUES (?, ?, ?) "
                "ON CONFLICT (record_id) DO UPDATE SET text = excluded.text, "
                "updated = excluded.updated",
                (note.record_id, note.text, note.updated),
            )
        return note

    def search_notes(self, text: str) -> list[Note]:
        """Notes that ``text`` finds, read as the search box reads it (coopdesk.textsearch:
        the same syntax and folding as the records and the source)."""
        query = parse(text)
        if query.empty:
            return []
        rows = self._conn.execute("SELECT record_id, text, updated FROM notes ORDER BY record_id")
        return [Note(*r) for r in rows if query.matches(r[1])]

    # ------------------------------------------------------------------ bookmarks

    def bookmarks(self) -> list[Bookmark]:
        rows = self._conn.execute(
            "SELECT id, kind, name, position, record_id, view FROM bookmarks ORDER BY position, id"
        )
        return [
            Bookmark(i, kind, name, pos, rid, View.from_json(view) if view else None)
            for i, kind, name, pos, rid, view in rows
        ]

    def bookmark_for(self, record_id: str) -> Bookmark | None:
        return next(
            (b for b in self.bookmarks() if b.kind == "record" and b.record_id == record_id), None
        )

    def _add(self, kind: str, name: str, record_id: str | None, view: View | None) -> Bookmark:
        with self._tx() as conn:
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM bookmarks")
            pos = int(position.fetchone()[0])
            cursor = conn.execute(
                "INSERT INTO bookmarks (kind, name, record_id, view, position) "
                "VALUES (?, ?, ?, ?, ?)",
                (kind, name, record_id, view.to_json() if view else None, pos),
            )
        return Bookmark(int(cursor.lastrowid or 0), kind, name, pos, record_id, view)

    def add_record_bookmark(self, record_id: str, name: str) -> Bookmark:
        """Bookmark a record; bookmarking it again returns the bookmark it already has."""
        existing = self.bookmark_for(record_id)
        return existing or self._add("record", name, record_id, None)

    def add_view_bookmark(self, name: str, view: View) -> Bookmark:
        return self._add("view", name, view.record_id, view)

    def rename_bookmark(self, bookmark_id: int, name: str) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE bookmarks SET name = ? WHERE id = ?", (name, bookmark_id))

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))

    def reorder_bookmarks(self, ids: list[int]) -> None:
        """Put the bookmarks in the order of ``ids``; ones not named keep their place after."""
        with self._tx() as conn:
            rest = [b.id for b in self.bookmarks() if b.id not in set(ids)]
            for position, bookmark_id in enumerate([*ids, *rest]):
                conn.execute(
                    "UPDATE bookmarks SET position = ? WHERE id = ?", (position, bookmark_id)
                )

    def move_bookmark(self, bookmark_id: int, step: int) -> None:
        """Move a bookmark ``step`` places up (negative) or down."""
        ids = [b.id for b in self.bookmarks()]
        if bookmark_id not in ids:
            return
        old = ids.index(bookmark_id)
        new = max(0, min(len(ids) - 1, old + step))
        ids.insert(new, ids.pop(old))
        self.reorder_bookmarks(ids)

    # ------------------------------------------------------------------ views

    def saved_views(self) -> list[SavedView]:
        rows = self._conn.execute("SELECT name, view FROM views ORDER BY casefold(name)")
        return [SavedView(name, View.from_json(view)) for name, view in rows]

    def save_view(self, name: str, view: View) -> None:
        """Save ``view`` under ``name``, replacing a view of that name."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO views (name, view) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET view = excluded.view",
                (name, view.to_json()),
            )

    def delete_view(self, name: str) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM views WHERE name = ?", (name,))

    def last_view(self) -> View | None:
        row = self._conn.execute("SELECT value FROM state WHERE key = 'last_view'").fetchone()
        return View.from_json(row[0]) if row else None

    def set_last_view(self, view: View) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO state (key, value) VALUES ('last_view', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (view.to_json(),),
            )

    # ------------------------------------------------------------------ XBEL

    def export_xbel(self, path: Path) -> int:
        """Write every bookmark to ``path`` as XBEL 1.0, atomically. Returns the count."""
        marks = self.bookmarks()
        write_output(path, xbel_text(marks).encode("utf-8"), what="bookmarks file")
        return len(marks)

    def import_xbel(self, path: Path) -> int:
        """Add the bookmarks of an XBEL file; ones already here are skipped. Returns the count."""
        try:
            entries = parse_xbel(path.read_bytes())
        except OSError as exc:
            raise UserDataError(f"{path}: cannot be read ({exc.strerror}).") from exc
        have = {b.href for b in self.bookmarks()}
        added = 0
        for name, href in entries:
            if href in have:
                continue
            if href.startswith(XBEL_RECORD_PREFIX):
                record_id = unquote(href[len(XBEL_RECORD_PREFIX) :])
                self._add("record", name or record_id, record_id, None)
            else:
                view = View.from_json(unquote(href[len(XBEL_VIEW_PREFIX) :]))
                self._add("view", name or "Saved view", view.record_id, view)
            have.add(href)
            added += 1
        return added


def xbel_text(bookmarks: list[Bookmark]) -> str:
    """Bookmarks as an XBEL 1.0 document (ElementTree escapes every name and URL)."""
    root = ET.Element("xbel", version="1.0")
    ET.SubElement(root, "title").text = "CoopDesk bookmarks"
    for bookmark in bookmarks:
        element = ET.SubElement(root, "bookmark", href=bookmark.href)
        ET.SubElement(element, "title").text = bookmark.name
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE xbel PUBLIC "+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML"'
        ' "http://www.python.org/topics/xml/dtds/xbel-1.0.dtd">\n'
        f"{body}\n"
    )


def parse_xbel(data: bytes) -> list[tuple[str, str]]:
    """(title, href) of every CoopDesk bookmark in an XBEL file, folders included.

    Links to anything but CoopDesk records and views are skipped: they are not ours.
    """
    if b"<!ENTITY" in data:
        # No entity definitions: they are the way to the "billion laughs".
        raise UserDataError("the bookmarks file declares XML entities; it was not imported.")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UserDataError(f"not a readable XBEL bookmarks file ({exc}).") from exc
    if root.tag != "xbel":
        raise UserDataError("not an XBEL bookmarks file (its root element is not <xbel>).")
    out = []
    for element in root.iter("bookmark"):
        href = element.get("href", "")
        if not href.startswith((XBEL_RECORD_PREFIX, XBEL_VIEW_PREFIX)):
            continue
        title = (element.findtext("title") or "").strip()
        out.append((title, href))
    return out
