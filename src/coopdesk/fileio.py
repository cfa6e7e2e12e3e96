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

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from coopdesk.errors import OutputError

STDOUT = "-"
TEMP_SUFFIX = ".tmp"


def reason(exc: OSError) -> str:
    """The cause of an OSError in words, telling a read-only file system from permissions."""
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def _resolve(path: Path) -> Path:
    """The file a path names, symbolic links followed (the target need not exist)."""
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise OutputError(f"{path}: cannot be resolved ({exc}).") from exc


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _new_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new file beside the target, created with 0o666 so that the umask applies."""
    for _ in range(100):
        tmp = folder / f".{name}.{os.urandom(4).hex()}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue
    raise OutputError(f"{folder}: cannot make a temporary file there.")


@contextlib.contextmanager
def atomic_path(path: Path | str, *, what: str = "file") -> Iterator[Path]:
    """A temporary path to write in full; on success it replaces ``path`` atomically.

    For writers that need a file name (a database, a library's own writer). A target
    that is not a regular file is refused: a database cannot be built into a device.
    """
    given = Path(path)
    target = _resolve(given)
    if target.is_dir():
        raise OutputError(f"{given}: is a folder, not a file name.")
    if _is_special(target):
        raise OutputError(f"{given}: is not a regular file; give a file name for the {what}.")
    if not target.parent.is_dir():
        raise OutputError(f"{given}: the folder does not exist.")
    try:
        fd, tmp = _new_temp(target.parent, target.name)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{given}: cannot write in {target.parent} ({reason(exc)}).") from exc
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # a replaced file keeps its mode
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{given}: cannot be written ({reason(exc)}).") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


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
            raise OutputError(f"{given}: cannot be written ({reason(exc)}).") from exc
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


LEFTOVER_AGE_S = 15 * 60  # older than any run still writing one


def remove_leftovers(path: Path | str) -> list[Path]:
    """Delete the temporary files that killed runs left beside ``path``; return them.

    Only files older than LEFTOVER_AGE_S go, so a run writing the same file right now
    keeps its own.
    """
    import time

    target = _resolve(Path(path))
    removed = []
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{target.name}.*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > LEFTOVER_AGE_S:
                    leftover.unlink()
                    removed.append(leftover)
    return removed
