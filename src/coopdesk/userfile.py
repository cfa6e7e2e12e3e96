"""Opening the user's notes file without ever losing it. No Qt here.

``coopdesk.userdata`` opens its file through these helpers:

- ``problem_kind`` tells a file that is busy (another program holds a lock: wait, then
  say so; never move it) from one that is damaged (set it aside) and from a problem of
  the environment (a full disk, a missing permission: say so; never move it).
- ``read_only_reason`` tells when the file must be opened read-only, and why in words.
- ``wal_damage`` reads the file's write-ahead log the way SQLite will and tells when
  SQLite would silently drop committed changes because the log is damaged, so that the
  file and its log can be copied aside before SQLite opens them.
- ``move_aside`` and ``copy_aside`` keep a file under a name no other kept file has,
  never replacing anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import itertools
import os
import shutil
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from coopdesk.errors import UserDataError
from coopdesk.fileio import reason

WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"
COMPANIONS = (WAL_SUFFIX, SHM_SUFFIX)
BUSY = "busy"
DAMAGED = "damaged"
ENVIRONMENT = "environment"

# SQLite's primary result codes (the low byte of an extended code).
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_ENVIRONMENT_CODES = {3, 8, 10, 13, 14, 23}  # PERM, READONLY, IOERR, FULL, CANTOPEN, AUTH


def problem_kind(exc: sqlite3.Error) -> str:
    """BUSY, DAMAGED or ENVIRONMENT: what an error of SQLite says about the file."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in _BUSY_CODES:
            return BUSY
        if primary in _DAMAGE_CODES:
            return DAMAGED
        if primary in _ENVIRONMENT_CODES:
            return ENVIRONMENT
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return BUSY
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk" in text:
        return ENVIRONMENT
    return DAMAGED


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` (or a file to be made there) cannot be written; None when it can."""
    folder = path.parent
    with contextlib.suppress(OSError, AttributeError):  # no statvfs on Windows
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "the file system is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is not writable (permission denied)"
    if not os.access(folder, os.W_OK):
        return "its folder is not writable (permission denied)"
    return None


# ---------------------------------------------------------------------- the write-ahead log

_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum (a Fletcher-like sum over pairs of 32-bit words)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _scan_wal(data: bytes) -> str | None:
    if len(data) <= _WAL_HEADER:
        return None  # empty, or a header SQLite has not finished writing: nothing in it
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in _WAL_MAGIC or version != 3007000:
        return "its header is not a write-ahead log header"
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "its header names an impossible page size"
    big = magic & 1 == 1
    sums = _checksum(data[:24], big)
    if sums != (c1, c2):
        return "its header fails its checksum"
    frame = _FRAME_HEADER + page_size
    offset, broken = _WAL_HEADER, False
    while offset + frame <= len(data):
        page, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(
            ">6I", data[offset : offset + _FRAME_HEADER]
        )
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        if not broken:
            body = data[offset : offset + 8] + data[offset + _FRAME_HEADER : offset + frame]
            if ours and page > 0:
                new = _checksum(body, big, *sums)
                if new == (f1, f2):
                    sums = new
                    offset += frame
                    continue
            broken = True  # SQLite stops reading here: what follows is dropped
            offset += frame
            continue
        if ours and commit:
            # A committed transaction of this log after the break: SQLite would drop it.
            return "a saved change in it follows a damaged part"
        offset += frame
    return None


def wal_damage(path: Path) -> str | None:
    """Why the write-ahead log beside ``path`` would lose committed changes, or None.

    A log that ends in a half-written transaction (a killed process) is not damage: that
    transaction was never confirmed. The log is read twice and must not change in between
    (another window may be writing it), else it is read again.
    """
    wal = path.with_name(path.name + WAL_SUFFIX)
    verdict: str | None = None
    for _ in range(3):
        try:
            before = wal.read_bytes()
        except OSError:
            return None
        verdict = _scan_wal(before)
        if verdict is None:
            return None
        with contextlib.suppress(OSError):
            if wal.read_bytes()[:_WAL_HEADER] == before[:_WAL_HEADER]:
                return verdict
    return verdict


# ---------------------------------------------------------------------- keeping files aside


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _names(path: Path, tag: str) -> itertools.chain[Path]:
    stamp = _stamp()
    first = [path.with_name(f"{path.name}.{tag}-{stamp}")]
    more = (path.with_name(f"{path.name}.{tag}-{stamp}-{n}") for n in itertools.count(2))
    return itertools.chain(first, more)


def _free(candidate: Path) -> bool:
    return not any(
        os.path.lexists(candidate.with_name(candidate.name + s)) for s in ("", *COMPANIONS)
    )


_NO_HARD_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK)


def _move_no_replace(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``; FileExistsError if ``target`` exists (never replaced)."""
    try:
        os.link(source, target)  # fails when target exists: nothing is ever replaced
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        if os.path.lexists(target):  # a file system without hard links: check, then rename
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from exc
        os.rename(source, target)
        return
    os.unlink(source)


def move_aside(path: Path, tag: str) -> Path:
    """Rename ``path`` and its -wal and -shm to a new name made of ``tag`` and the time.

    Two set-asides in the same second get different names; no file is ever replaced.
    """
    for candidate in _names(path, tag):
        if not _free(candidate):
            continue
        try:
            _move_no_replace(path, candidate)
        except FileExistsError:
            continue
        for suffix in COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                _move_no_replace(companion, candidate.with_name(candidate.name + suffix))
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover - the names never run out


def copy_aside(path: Path, tag: str, suffixes: tuple[str, ...] = ("", WAL_SUFFIX)) -> Path:
    """Copy ``path`` (and its companions named by ``suffixes``) to a new name; return it."""
    for candidate in _names(path, tag):
        if not _free(candidate):
            continue
        try:
            for suffix in suffixes:
                source = path.with_name(path.name + suffix)
                if not source.exists():
                    continue
                with (
                    open(source, "rb") as src,
                    open(candidate.with_name(candidate.name + suffix), "xb") as dst,
                ):
                    shutil.copyfileobj(src, dst)
                    dst.flush()
                    os.fsync(dst.fileno())
        except FileExistsError:
            continue
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover - the names never run out


# ---------------------------------------------------------------------- opening

SCHEMA_VERSION = 1
MEMORY = ":memory:"
BUSY_TIMEOUT_S = 3.0  # how long another program's lock on the file is waited for
TABLES = frozenset({"bookmarks", "notes", "views", "state"})
SCHEMA = """
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


@dataclass
class Opened:
    """An open notes file and what happened on the way, to tell the user."""

    conn: sqlite3.Connection
    path: Path | None
    notice: str = ""
    set_aside: Path | None = None
    read_only_reason: str | None = None


def connect(
    path: Path | None, *, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A connection without implicit transactions that waits briefly for other's locks."""
    if path is None:
        target, uri = MEMORY, False
    elif read_only:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        target, uri = f"{path.resolve().as_uri()}?{flags}", True
    else:
        target, uri = str(path), False
    try:
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_S, uri=uri)
    except sqlite3.Error as exc:
        raise UserDataError(f"{path}: cannot open your notes file ({exc}).") from exc
    conn.create_function("casefold", 1, lambda s: str(s).casefold(), deterministic=True)
    return conn


def busy_message(path: Path | None) -> str:
    return (
        f"{path}: your notes file is in use by another program, which kept it locked for "
        f"{BUSY_TIMEOUT_S:g} seconds; close that program or try again. Nothing was changed."
    )


def open_user_file(path: Path | None) -> Opened:
    """Open (or start) the notes file at ``path`` (None: in memory); never lose a file.

    Raises UserDataError when it can be neither used nor safely set aside.
    """
    if path is None:
        conn = connect(None)
        _create_schema(conn)
        return Opened(conn, None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserDataError(
            f"{path.parent}: cannot create the folder for your notes ({reason(exc)})."
        ) from exc
    why = read_only_reason(path)
    if why is not None:
        return _open_read_only(path, why)
    log_notice, log_copy = _keep_damaged_log(path)
    notices, aside = [log_notice], log_copy
    # First a look through a read-only connection: SQLite may write into a file it calls
    # damaged (folding its log in) and deletes the log when a writer closes it; a file
    # set aside must stay byte for byte as it was, with its log.
    problem = _inspect(path)
    for attempt in range(2):
        if problem is not None:
            what, tag = problem
            try:
                aside = move_aside(path, tag)
            except OSError as exc:
                raise UserDataError(
                    f"{path}: your notes file {what}, and it cannot be moved aside "
                    f"({reason(exc)}); nothing was changed."
                ) from exc
            notices.append(
                f"Your notes file {path} {what}. It was kept as {aside.name} "
                "and a new, empty one was started."
            )
        conn = connect(path)
        problem = _check(conn, path, read_only=False)
        if problem is None:
            return Opened(conn, path, " ".join(filter(None, notices)), aside)
        conn.close()  # damage only a writer sees: set it aside as it is now
        if attempt:  # pragma: no cover - a new file is always usable
            break
    raise UserDataError(f"{path}: cannot start a new notes file.")


def _inspect(path: Path) -> tuple[str, str] | None:
    """What is wrong with an existing file, seen without writing to it; None when it looks
    usable (or when only a writer can tell)."""
    try:
        if path.stat().st_size == 0:
            return None
    except OSError:
        return None
    conn = connect(path, read_only=True)
    try:
        return _check(conn, path, read_only=True)
    except UserDataError as exc:
        if isinstance(exc.__cause__, sqlite3.Error) and problem_kind(exc.__cause__) == BUSY:
            raise
        return None  # a reader cannot tell (it may need to write to recover): a writer will
    finally:
        conn.close()


def _keep_damaged_log(path: Path) -> tuple[str, Path | None]:
    """Copy the file and its write-ahead log aside when SQLite would drop saved changes,
    before SQLite opens them; (the notice, the copy) or ("", None)."""
    damage = wal_damage(path)
    if damage is None:
        return "", None
    wal = path.name + WAL_SUFFIX
    try:
        aside = copy_aside(path, "damaged-log")
    except OSError as exc:
        raise UserDataError(
            f"{path}: the journal of your notes file ({wal}) is damaged ({damage}), and it "
            f"cannot be copied aside ({reason(exc)}); nothing was changed."
        ) from exc
    return (
        f"The journal of your notes file {path} ({wal}) is damaged: {damage}. The changes "
        "saved before the damage were kept; later ones may be missing here. The file and "
        f"its journal as they were are kept as {aside.name} and {aside.name}{WAL_SUFFIX}.",
        aside,
    )


def _has_log(path: Path) -> bool:
    try:
        return path.with_name(path.name + WAL_SUFFIX).stat().st_size > 0
    except OSError:
        return False


def _open_read_only(path: Path, why: str) -> Opened:
    if not path.exists():
        raise UserDataError(f"{path}: cannot create your notes file ({why}).")
    conn: sqlite3.Connection | None = None
    for immutable in (False, True):
        if immutable and _has_log(path):
            break  # an immutable open would ignore the log and the changes in it
        try:
            conn = connect(path, read_only=True, immutable=immutable)
            problem = _check(conn, path, read_only=True)
        except UserDataError:
            problem = ("cannot be opened", "")
        if problem is None:
            break
        if conn is not None:
            conn.close()
            conn = None
        if problem[1]:  # damaged: it cannot be set aside on read-only media
            raise UserDataError(
                f"{path}: your notes file {problem[0]}, and {why}, so it cannot be set aside; "
                "nothing was changed."
            )
    if conn is None:
        raise UserDataError(
            f"{path}: your notes file cannot be opened for reading ({why}, and its journal "
            "cannot be read there); copy it and its -wal file to a folder you can write to."
        )
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:  # an empty file: no notes to read, and none can be written
        conn.close()
        conn = connect(None)
        _create_schema(conn)
    notice = (
        f"Your notes file {path} is read-only ({why}): your notes, bookmarks and views can "
        "be read and exported, but changes will not be saved."
    )
    return Opened(conn, path, notice, read_only_reason=why)


def _check(conn: sqlite3.Connection, path: Path, *, read_only: bool) -> tuple[str, str] | None:
    """Set the file up; None when it is usable, else (what is wrong, set-aside tag).

    A lock held by another program, a read-only disk or a full one is not damage: those
    raise UserDataError and the file stays where it is, as it is.
    """
    try:
        return _check_schema(conn, read_only=read_only)
    except sqlite3.Error as exc:
        kind = problem_kind(exc)
        if kind == BUSY:
            raise UserDataError(busy_message(path)) from exc
        if kind == ENVIRONMENT:
            raise UserDataError(
                f"{path}: your notes file cannot be opened ({exc}); nothing was changed."
            ) from exc
        return "is damaged", "damaged"


def _check_schema(conn: sqlite3.Connection, *, read_only: bool) -> tuple[str, str] | None:
    # Read before writing anything: a file set aside must stay byte for byte as it was.
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version > SCHEMA_VERSION:
        return (
            f"was written by a newer CoopDesk (version {version}; this one reads {SCHEMA_VERSION})",
            "newer",
        )
    if version == 0 and tables:
        return "is not a CoopDesk notes file", "damaged"
    if version == 0 and read_only:
        return None  # an empty file on read-only media: no notes, and none can be made
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    if version == 0:
        _create_schema(conn)
        return None
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        return "is damaged", "damaged"
    if not TABLES.issubset(tables):
        return "is damaged (tables are missing)", "damaged"
    return None


def _create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Statement by statement: executescript would commit on its own.
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
