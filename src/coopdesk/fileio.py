"""Writing the files CoopDesk makes: one way, atomic, honest about failure.

Every output (exports, PDFs, screenshots, bookmarks, databases) goes through here:

- ``-`` means standard output.
- A symbolic link is followed: the file it points to is replaced, the link stays.
- A regular file (or a new name) is written to a temporary file in the same folder,
  flushed to disk and renamed over the target, so a reader never sees half a file and
  a failure leaves the old file as it was. New files follow the umask; a replaced file
  keeps its permissions.
- A FIFO, a terminal or another device is written in place (it cannot be renamed over),
  and a failed write (a full disk, ``/dev/full``) is an error, never a success.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from coopdesk.errors import OutputError
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STDOUT = "-"
TEMP_SUFFIX = ".tmp"
TEMP_COMPANIONS = ("-journal", "-wal", "-shm")  # what SQLite writes beside a database


def reason(exc: OSError) -> str:
    """The cause of an OSError in words, telling a read-only file system from permissions."""
    if exc.errno == errno.EROFS:
        return translate("Files", "the file system is read-only")
    if exc.errno == errno.ENOSPC:
        return translate("Files", "no space left on the device")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Files", "permission denied")
    return exc.strerror or str(exc)


def _say(sentence: str, path: Path | str, **values: object) -> str:
    """A sentence marked for translation, translated, with the path and its other values."""
    return tr(sentence).format(path=path, **values)


def _cannot_write(path: Path, exc: OSError) -> OutputError:
    """The one message for a file that could not be written, with the system's reason."""
    return OutputError(
        _say(QT_TRANSLATE_NOOP("Files", "{path}: cannot be written ({error})."), path,
             error=reason(exc))
    )  # fmt: skip


def _resolve(path: Path) -> Path:
    """The file a path names, symbolic links followed (the target need not exist)."""
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise OutputError(
            translate("Files", "{path}: cannot be resolved ({error}).").format(path=path, error=exc)
        ) from exc


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _lock(fd: int) -> None:
    """Hold an advisory lock on a temporary file while this run writes it (see
    ``remove_leftovers``); nothing where the platform has no ``flock``."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _new_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new file beside the target, created with 0o666 so that the umask applies, and
    locked for as long as its descriptor stays open."""
    for _ in range(100):
        tmp = folder / f".{name}.{os.urandom(4).hex()}{TEMP_SUFFIX}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        _lock(fd)
        return fd, tmp
    raise OutputError(
        translate("Files", "{folder}: cannot make a temporary file there.").format(folder=folder)
    )


@contextlib.contextmanager
def atomic_path(path: Path | str, *, what: str = "file") -> Iterator[Path]:
    """A temporary path to write in full; on success it replaces ``path`` atomically.

    For writers that need a file name (a database, a library's own writer). The file
    exists and is empty (SQLite takes an empty file as a new database). A target that is
    not a regular file is refused: a database cannot be built into a device or ``-``.
    """
    if str(path) == STDOUT:
        raise OutputError(f"a {what} cannot be written to standard output; give a file name.")
    given = Path(path)
    target = _resolve(given)
    if target.is_dir():
        raise OutputError(
            _say(QT_TRANSLATE_NOOP("Files", "{path}: is a folder, not a file name."), given)
        )
    if _is_special(target):
        raise OutputError(
            _say(
                QT_TRANSLATE_NOOP(
                    "Files", "{path}: is not a regular file; give a file name for the {what}."
                ),
                given,
                what=what,
            )
        )
    if not target.parent.is_dir():
        raise OutputError(
            _say(QT_TRANSLATE_NOOP("Files", "{path}: the folder does not exist."), given)
        )
    try:
        fd, tmp = _new_temp(target.parent, target.name)
    except OSError as exc:
        raise OutputError(
            _say(
                QT_TRANSLATE_NOOP("Files", "{path}: cannot write in {folder} ({error})."),
                given,
                folder=target.parent,
                error=reason(exc),
            )
        ) from exc
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # a replaced file keeps its mode
        os.replace(tmp, target)
    except OSError as exc:
        raise _cannot_write(given, exc) from exc
    finally:
        _remove_temp(tmp)
        os.close(fd)  # the lock goes with it


def _remove_temp(tmp: Path) -> None:
    for suffix in ("", *TEMP_COMPANIONS):
        with contextlib.suppress(OSError):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def write_output(path: Path | str, data: bytes, *, what: str = "file") -> None:
    """Write ``data`` to ``path`` (``-``: standard output) by the rules of this module."""
    if str(path) == STDOUT:
        _write_stdout(data)
        return
    given = Path(path)
    target = _resolve(given)
    if _is_special(target):
        try:
            with open(target, "wb") as out:
                out.write(data)
                out.flush()
        except OSError as exc:
            raise _cannot_write(given, exc) from exc
        return
    with atomic_path(given, what=what) as tmp, open(tmp, "wb") as out:
        out.write(data)


def report_saved(path: Path | str, what: str) -> None:
    """Tell the person what was written: on stdout, or on stderr when the data went there."""
    to_stdout = str(path) == STDOUT
    where = "standard output" if to_stdout else str(path)
    print(f"Saved {where} ({what}).", file=sys.stderr if to_stdout else sys.stdout)


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"standard output cannot be written ({reason(exc)}).") from exc


# ---------------------------------------------------------------------- standard output

_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")


def _replace_unencodable(exc: UnicodeError) -> tuple[str, int]:
    """'?' for a character the terminal's encoding lacks; bidi isolates just go."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    return "".join("" if c in _ISOLATES else "?" for c in chunk), exc.end


codecs.register_error("coopdesk-replace", _replace_unencodable)


class _StdoutDevice(io.RawIOBase):
    """File descriptor 1, whose write errors are the user's to know (a full disk), not
    bugs: the first one is an OutputError, later output is dropped (already reported)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, data: Any) -> int:
        size = memoryview(data).nbytes
        if self.failed:
            return size
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            self.failed = True
            raise
        except OSError as exc:
            self.failed = True
            raise OutputError(f"standard output cannot be written ({reason(exc)}).") from exc


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Standard output for one command: a failed write is an OutputError (exit 2), and a
    character the encoding lacks (PYTHONIOENCODING=latin-1) is replaced, never an error.

    Only the process's real standard output is wrapped (not a test's capture).
    """
    original = sys.stdout
    if not isinstance(original, io.TextIOWrapper) or original is not sys.__stdout__:
        yield
        return
    try:
        fd = original.fileno()
        original.flush()
    except (OSError, ValueError):
        yield
        return
    device = _StdoutDevice(fd)
    wrapped = io.TextIOWrapper(
        io.BufferedWriter(device),
        encoding=original.encoding,
        errors="coopdesk-replace",
        line_buffering=original.line_buffering,
    )
    sys.stdout = wrapped
    try:
        yield
    finally:
        with contextlib.suppress(Exception):  # an error here was reported, or is moot
            wrapped.flush()
        device.failed = True  # nothing more goes out through it
        sys.stdout = original


LEFTOVER_AGE_S = 15 * 60  # where no lock tells a live run's file: older than any run


def remove_leftovers(path: Path | str) -> list[Path]:
    """Delete the temporary files that killed runs left beside ``path``; return them.

    A run holds a lock on its temporary file while it writes; a file nobody holds is
    a leftover, and goes with its SQLite journal. So a run writing the same file right
    now keeps its own. Where there are no locks (Windows), only files older than
    LEFTOVER_AGE_S go.
    """
    import time

    target = _resolve(Path(path))
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        temps = sorted(target.parent.glob(f".{target.name}.*{TEMP_SUFFIX}"))
        companions = [
            p
            for s in TEMP_COMPANIONS
            for p in target.parent.glob(f".{target.name}.*{TEMP_SUFFIX}{s}")
        ]
    for leftover in temps:
        if _abandoned(leftover, time.time()):
            _remove_temp(leftover)
            removed.append(leftover)
    for companion in companions:
        base = companion.with_name(
            companion.name[: companion.name.rindex(TEMP_SUFFIX)] + TEMP_SUFFIX
        )
        if not base.exists():  # a journal whose database is gone
            with contextlib.suppress(OSError):
                companion.unlink()
                removed.append(companion)
    return removed


def _abandoned(temp: Path, now: float) -> bool:
    """True when no run holds ``temp`` (or, without locks, when it is old)."""
    if fcntl is None:
        try:
            return now - temp.stat().st_mtime > LEFTOVER_AGE_S
        except OSError:
            return False
    try:
        fd = os.open(temp, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a live run holds it
    finally:
        os.close(fd)
    return True


def free_space(folder: Path) -> int | None:
    """Bytes free for this user in ``folder``; None when it cannot be told."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
