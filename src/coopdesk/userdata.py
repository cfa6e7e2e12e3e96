"""The user's own data: bookmarks, notes, saved views and the last view, in one SQLite file.

The bundled database stays read-only; everything the user writes lives here, keyed by
the stable record ids, so it follows the records through a rebuild. No Qt here.

Durability: WAL mode with ``synchronous=FULL`` and one transaction per change. In WAL mode
NORMAL already survives a killed process, but may lose the last commits on a power cut;
notes are written seldom (after a pause in typing), so the extra fsync per commit costs
nothing a user notices and a confirmed note is never lost.

Nothing is ever lost (``coopdesk.userfile`` opens the file):

- A file this CoopDesk cannot read (damaged, of a newer schema, or not ours) is renamed
  aside under a name no other kept file has, never deleted, and a fresh file is started.
- A damaged write-ahead log is copied aside, with the file, before SQLite drops it.
- A file another program holds locked is waited for briefly, then reported: never moved.
- A file on read-only media opens read-only: readable and exportable, not writable.
- Two windows saving one note at once both keep their text (``save_note``).

``UserData.notice`` says what happened, in words for the user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from coopdesk import userfile
from coopdesk.errors import UserDataError
from coopdesk.fileio import reason, write_output
from coopdesk.model import Filters
from coopdesk.safetext import valid
from coopdesk.textsearch import parse
from coopdesk.userfile import BUSY_TIMEOUT_S, MEMORY, SCHEMA_VERSION

__all__ = [
    "MEMORY",
    "SCHEMA_VERSION",
    "Bookmark",
    "Note",
    "NoteSave",
    "SavedView",
    "UserData",
    "UserDataError",
    "View",
    "parse_xbel",
    "xbel_text",
]

FILE_NAME = "user.db"
XBEL_RECORD_PREFIX = "coopdesk:record/"
XBEL_VIEW_PREFIX = "coopdesk:view?"
MAX_NOTE_CHARS = 1_000_000  # a sanity bound: a pasted book still fits


@dataclass(frozen=True)
class View:
    """What the user was looking at: filters (with the search text) and a selected record."""

    filters: Filters = field(default_factory=Filters)
    record_id: str | None = None

    def to_json(self) -> str:
        return valid(
            json.dumps(
                {**self.filters.to_dict(), "record": self.record_id},
                ensure_ascii=False,
                sort_keys=True,
            )
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


CONFLICT_MARK = (
    "——— Two CoopDesk windows changed this note at the same time; both versions are kept. "
    "The other window's version is above, this one below. ———"
)


@dataclass(frozen=True)
class NoteSave:
    """What ``UserData.save_note`` did.

    ``note`` is what is stored now (None: no note). ``conflict`` is True when the note
    had been changed elsewhere (another window, another CoopDesk) since the version the
    save started from: then nothing was overwritten; ``note`` holds the other version and
    this one, separated by ``CONFLICT_MARK``, and ``other`` is the other version as found.
    """

    note: Note | None
    conflict: bool = False
    other: Note | None = None


def _text(note: Note | None) -> str:
    return note.text if note is not None else ""


class _Any:
    """The ``base`` of a save that does not check for a newer version."""


ANY = _Any()


class UserData:
    """One open user file. Every method that changes something commits before it returns.

    ``notice`` tells what happened to the file when it was opened (set aside, copied
    aside, read-only), in words for the user; empty when nothing did. ``read_only`` is
    True when the file could only be opened for reading: changes raise UserDataError.
    """

    def __init__(self, path: Path | str) -> None:
        opened = userfile.open_user_file(None if path == MEMORY else Path(path))
        self.path = opened.path
        self.notice = opened.notice  # what happened to the file at opening, to tell the user
        self.set_aside = opened.set_aside
        self.read_only = opened.read_only_reason is not None
        self._read_only_reason = opened.read_only_reason or ""
        self._conn = opened.conn
        self._closed = False

    def close(self) -> None:
        """Close the file, its write-ahead log folded in; closing twice is harmless."""
        if self._closed:
            return
        self._closed = True
        if not self.read_only and self.path is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """One committed transaction; a failure of the disk becomes a UserDataError."""
        if self.read_only:
            raise UserDataError(
                f"{self.path}: your notes file is read-only ({self._read_only_reason}); "
                "this change was not saved."
            )
        if self._closed:
            raise UserDataError(
                f"{self.path}: your notes file is closed; the change was not saved."
            )
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
            if userfile.problem_kind(exc) == userfile.BUSY:
                raise UserDataError(
                    f"{self.path}: your change could not be saved: another program kept your "
                    f"notes file locked for {BUSY_TIMEOUT_S:g} seconds. Try again."
                ) from exc
            raise UserDataError(f"{self.path}: your change could not be saved ({exc}).") from exc

    def _rows(self, sql: str, params: tuple[object, ...] | list[object] = ()) -> list[Any]:
        """The rows of one read; a lock held too long or a closed file is a UserDataError."""
        if self._closed:
            raise UserDataError(f"{self.path}: your notes file is closed.")
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            if userfile.problem_kind(exc) == userfile.BUSY:
                raise UserDataError(
                    f"{self.path}: your notes file is in use by another program, which kept it "
                    f"locked for {BUSY_TIMEOUT_S:g} seconds; try again."
                ) from exc
            raise UserDataError(f"{self.path}: your notes file cannot be read ({exc}).") from exc

    def integrity(self) -> str:
        return str(self._rows("PRAGMA integrity_check")[0][0])

    # ------------------------------------------------------------------ notes

    def note(self, record_id: str) -> Note | None:
        rows = self._rows(
            "SELECT record_id, text, updated FROM notes WHERE record_id = ?", (valid(record_id),)
        )
        return Note(*rows[0]) if rows else None

    def notes(self) -> list[Note]:
        rows = self._rows("SELECT record_id, text, updated FROM notes ORDER BY record_id")
        return [Note(*r) for r in rows]

    def set_note(self, record_id: str, text: str) -> Note | None:
        """Save the note on ``record_id`` whatever is stored; blank text removes it.

        Returns what is stored. An editor that may share the file with another window
        uses ``save_note`` with the version it started from, which never overwrites.
        """
        return self.save_note(record_id, text, base=ANY).note

    def save_note(self, record_id: str, text: str, *, base: Note | _Any | None) -> NoteSave:
        """Save the note on ``record_id`` unless it changed since ``base``; never lose one.

        ``base`` is the note as the editor loaded it (None: there was none). When the
        stored note is still ``base`` (or ``base`` is ANY), ``text`` is stored (blank text
        removes the note). When another window or program changed it meanwhile, both
        versions are kept in the stored note and the result says ``conflict``.
        """
        record_id, text = valid(record_id), valid(text)[:MAX_NOTE_CHARS]
        with self._tx() as conn:
            row = conn.execute(
                "SELECT record_id, text, updated FROM notes WHERE record_id = ?", (record_id,)
            ).fetchone()
            stored = Note(*row) if row else None
            changed = not isinstance(base, _Any) and _text(stored) != _text(base)
            if changed and text.strip() and _text(stored) != text:
                parts = [p for p in (_text(stored), text) if p.strip()]
                merged = f"\n\n{CONFLICT_MARK}\n\n".join(parts)[:MAX_NOTE_CHARS]
                note = self._write_note(conn, record_id, merged)
                return NoteSave(note, conflict=True, other=stored)
            if changed and not text.strip() and stored is not None:
                return NoteSave(stored, conflict=True, other=stored)  # not removed: it changed
            if not text.strip():
                conn.execute("DELETE FROM notes WHERE record_id = ?", (record_id,))
                return NoteSave(None)
            return NoteSave(self._write_note(conn, record_id, text))

    @staticmethod
    def _write_note(conn: sqlite3.Connection, record_id: str, text: str) -> Note:
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
        query = parse(valid(text))
        if query.empty:
            return []
        rows = self._rows("SELECT record_id, text, updated FROM notes ORDER BY record_id")
        return [Note(*r) for r in rows if query.matches(r[1])]

    # ------------------------------------------------------------------ bookmarks

    def bookmarks(self) -> list[Bookmark]:
        rows = self._rows(
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
                (
                    kind,
                    valid(name),
                    record_id and valid(record_id),
                    view.to_json() if view else None,
                    pos,
                ),
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
            conn.execute("UPDATE bookmarks SET name = ? WHERE id = ?", (valid(name), bookmark_id))

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
        rows = self._rows("SELECT name, view FROM views ORDER BY casefold(name)")
        return [SavedView(name, View.from_json(view)) for name, view in rows]

    def save_view(self, name: str, view: View) -> None:
        """Save ``view`` under ``name``, replacing a view of that name."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO views (name, view) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET view = excluded.view",
                (valid(name), view.to_json()),
            )

    def delete_view(self, name: str) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM views WHERE name = ?", (valid(name),))

    def last_view(self) -> View | None:
        rows = self._rows("SELECT value FROM state WHERE key = 'last_view'")
        return View.from_json(rows[0][0]) if rows else None

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
            raise UserDataError(f"{path}: cannot be read ({reason(exc)}).") from exc
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
    import xml.etree.ElementTree as ET  # only bookmarks exchanged as XBEL need it

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
    import xml.etree.ElementTree as ET  # only bookmarks exchanged as XBEL need it

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
