"""Where output goes: files, links, pipes, devices, full disks, read-only disks, terminals.

Tries: every command that writes, with ``-`` (standard output), a symbolic link, a FIFO,
a device that is always full, a device where a database is asked for, standard output on
a full device, a terminal encoding without "–", a read-only file system and a folder
without write permission; a synthesis stopped by SIGTERM; temporary files left by killed
runs. Must hold: ``-`` is standard output everywhere; links are followed and stay links;
pipes and devices are written in place and never replaced; a failed write is exit 2 in
words, never a success; new files follow the umask; nothing half-written is left.
"""

from __future__ import annotations

import fcntl
import os
import resource
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk import fileio
from coopdesk.build import build
from coopdesk.cli import EXIT_TERMINATED

from .conftest import cli, one_error_line, run_on_read_only

HAGUE = "event/2017-09-27-the-hague"
# Each command that writes a file, with "OUT" where its output goes, and what it writes.
WRITERS = {
    "export": (["export", "--format", "csv", "--year", "2017", "-o", "OUT"], b'"id"'),
    "print": (["print", HAGUE, "-o", "OUT"], b"%PDF-"),
    "brief": (["brief", "--year", "2017", "-o", "OUT"], b"%PDF-"),
    "screenshot": (["gui", "--screenshot", "OUT", "--year", "2017"], b"\x89PNG"),
}
PRINTERS = {  # commands that print to standard output
    "query": ["query", "--year", "2017"],
    "query-json": ["query", "--year", "2017", "--json"],
    "show": ["show", HAGUE],
    "search": ["search", "europol"],
    "facets": ["facets"],
}


def writer(name: str, out: Path | str, built_db: Path) -> list[str]:
    args, _ = WRITERS[name]
    return [*args[:1], "--db", str(built_db), *(str(out) if a == "OUT" else a for a in args[1:])]


@dataclass
class Full:
    """Somewhere every write fails for want of space, and the words the error gives."""

    path: Path
    reason: str
    limit: Callable[[], None] | None = None  # to run in the writing process, if needed


def _one_byte_files() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, 1))


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Full]:
    """A device that is always full, like /dev/full, made in the test's own folder (tests
    never aim at the system's /dev/full or /dev/null). Without root, a regular file that
    the writing process may not grow past one byte stands in for it."""
    path = tmp_path / "full"
    if os.geteuid() != 0:
        path.touch()
        yield Full(path, "File too large", _one_byte_files)
        return
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    yield Full(path, "no space left on the device")
    assert stat.S_ISCHR(path.lstat().st_mode), "the device was replaced"


def read_fifo(path: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def reader() -> None:
        with open(path, "rb") as fifo:
            got.append(fifo.read())

    thread = threading.Thread(target=reader)
    thread.start()
    return thread, got


# ---------------------------------------------------------------------- '-' and the kinds of file


@pytest.mark.parametrize("name", list(WRITERS))
def test_dash_is_standard_output(name: str, built_db: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", *writer(name, "-", built_db)],
        capture_output=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(WRITERS[name][1])
    assert b"Saved standard output" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no file named '-'


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_symbolic_link_is_followed_and_stays_a_link(
    name: str, built_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "real.out"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "link.out"
    link.symlink_to(target)
    result = cli(*writer(name, link, built_db))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes().startswith(WRITERS[name][1])
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # a replaced file keeps its mode


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_fifo_is_written_in_place(name: str, built_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    thread, got = read_fifo(fifo)
    result = cli(*writer(name, fifo, built_db))
    thread.join(timeout=120)
    assert result.returncode == 0, result.stderr
    assert got[0].startswith(WRITERS[name][1])
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("name", list(WRITERS))
def test_new_files_follow_the_umask(name: str, built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.out"
    result = subprocess.run(
        ["sh", "-c", 'umask 027 && exec "$@"', "sh", sys.executable, "-m", "coopdesk",
         *writer(name, out, built_db)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_full_device_is_an_error_never_a_success(name: str, built_db: Path, full: Full) -> None:
    line = one_error_line(cli(*writer(name, full.path, built_db), preexec_fn=full.limit))
    assert f"{full.path}: cannot be written ({full.reason})" in line


@pytest.mark.parametrize("name", [*WRITERS, *PRINTERS])
def test_standard_output_on_a_full_device_is_exit_2(name: str, built_db: Path, full: Full) -> None:
    args = writer(name, "-", built_db) if name in WRITERS else PRINTERS[name]
    with open(full.path, "wb") as out:
        result = subprocess.run(
            [sys.executable, "-m", "coopdesk", *args], stdout=out, stderr=subprocess.PIPE,
            text=True, timeout=300, preexec_fn=full.limit,
        )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert f"standard output cannot be written ({full.reason})" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["build-db", "--output", "DEVICE"],
        ["synth", "--events", "100", "-o", "DEVICE"],
    ],
)
@pytest.mark.parametrize("kind", ["fifo", "device", "link-to-fifo"])
def test_a_database_is_never_built_into_a_pipe_or_device(
    args: list[str], kind: str, tmp_path: Path
) -> None:
    device = tmp_path / "device"
    if kind == "device" and os.geteuid() == 0:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null
    elif kind == "device":  # without root, a socket is the file that is no file
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(device))
        server.close()
    else:
        os.mkfifo(device)
    given = device
    if kind == "link-to-fifo":
        given = tmp_path / "link"
        given.symlink_to(device)
    line = one_error_line(cli(*(str(given) if a == "DEVICE" else a for a in args)))
    assert "is not a regular file" in line
    mode = device.lstat().st_mode
    assert stat.S_ISCHR(mode) or stat.S_ISSOCK(mode) if kind == "device" else stat.S_ISFIFO(mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"device", given.name})


# ---------------------------------------------------------------------- the terminal's encoding


@pytest.mark.parametrize("name", list(PRINTERS))
def test_a_terminal_without_unicode_gets_replacements_not_an_error(
    name: str, built_db: Path
) -> None:
    args = PRINTERS[name]
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", args[0], "--db", str(built_db), *args[1:]],
        capture_output=True, timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert b"UnicodeEncodeError" not in result.stderr and result.stderr == b""
    text = result.stdout.decode("latin-1")
    assert len(text) > 100
    replaced = {"query": "Russia?EU", "query-json": "Russia?EU", "show": "?On 27 September"}
    if name in replaced:
        assert replaced[name] in text  # "–" and "“" are not in Latin-1


# ---------------------------------------------------------------------- read-only and permissions


@pytest.mark.parametrize(
    "args",
    [
        ["synth", "--events", "100", "-o", "OUT"],
        ["build-db", "--output", "OUT"],
        ["export", "--format", "json", "-o", "OUT"],
        ["print", HAGUE, "-o", "OUT"],
    ],
)
def test_a_read_only_file_system_is_named_as_such(args: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    out = folder / "out"
    command = [sys.executable, "-m", "coopdesk", *(str(out) if a == "OUT" else a for a in args)]
    line = one_error_line(run_on_read_only(folder, command))
    if os.geteuid() == 0:
        assert "the file system is read-only" in line and "permission" not in line.lower()
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["synth", "--events", "100", "-o", "OUT"],
        ["export", "--format", "json", "-o", "OUT"],
    ],
)
def test_a_folder_without_permission_is_named_as_such(args: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o755)
    out = folder / "out"
    command = [sys.executable, "-m", "coopdesk", *(str(out) if a == "OUT" else a for a in args)]
    folder.chmod(0o555)
    if os.geteuid() == 0:
        # Root may write anywhere: run without the capability that lets it.
        drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
        result = subprocess.run([*drop, *command], capture_output=True, text=True, timeout=300)
    else:
        result = cli(*command[3:])
    line = one_error_line(result)
    assert "permission denied" in line and "read-only" not in line
    assert list(folder.iterdir()) == []


# ---------------------------------------------------------------------- stopped runs


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    """Poll a state of the file system until it holds (a process's progress)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.01)


def temps(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f".{name}.*"))


def test_a_synthesis_stopped_by_sigterm_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "big.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "coopdesk", "synth", "--events", "300000", "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    wait_for(lambda: any(p.stat().st_size > 0 for p in temps(tmp_path, "big.db")), "a temp")
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=300)
    assert process.returncode == EXIT_TERMINATED, err
    assert "stopped" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_leftovers_of_killed_runs_are_removed_by_the_next_run(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "data" / "source"
    out = tmp_path / "coop.db"
    dead = [tmp_path / ".coop.db.dead1.tmp", tmp_path / ".coop.db.dead1.tmp-journal",
            tmp_path / ".coop.db.gone.tmp-journal"]  # fmt: skip
    for path in dead:
        path.write_bytes(b"left by a killed build")
    live = tmp_path / ".coop.db.live.tmp"  # another build writing right now holds its lock
    with open(live, "wb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        build(source, out)
        assert live.exists()
    assert not any(p.exists() for p in dead)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".coop.db.live.tmp", "coop.db"]
    fileio.remove_leftovers(out)  # nobody holds it any more: it goes too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coop.db"]


def test_a_killed_synthesis_leaves_nothing_the_next_run_keeps(tmp_path: Path) -> None:
    out = tmp_path / "big.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "coopdesk", "synth", "--events", "300000", "-o", str(out)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(lambda: any(p.stat().st_size > 0 for p in temps(tmp_path, "big.db")), "a temp")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert temps(tmp_path, "big.db")  # a kill cannot clean up…
    result = cli("synth", "--events", "50", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.db"]  # …the next run does


# ---------------------------------------------------------------------- your notes in outputs


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_brief_with_notes_prints_them_marked_as_yours(built_db: Path, tmp_path: Path) -> None:
    from coopdesk.userdata import UserData

    notes = tmp_path / "user.db"
    with UserData(notes) as data:
        data.set_note(HAGUE, "Ask Europol about the follow-up")
    common = ["brief", "--db", str(built_db), "--year", "2017"]
    with_notes = tmp_path / "with.pdf"
    result = cli(*common, "--notes", "--user-data", str(notes), "-o", str(with_notes))
    assert result.returncode == 0, result.stderr
    text = pdf_text(with_notes)
    assert "Ask Europol about the follow-up" in text and "Your note" in text
    without = tmp_path / "without.pdf"
    assert cli(*common, "--user-data", str(notes), "-o", str(without)).returncode == 0
    assert "Ask Europol" not in pdf_text(without)


def test_notes_asked_for_without_a_notes_file_are_none_and_none_is_made(
    built_db: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "none" / "user.db"
    out = tmp_path / "out.csv"
    result = cli("export", "--db", str(built_db), "--format", "csv", "--notes",
                 "--user-data", str(missing), "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"your_note"' in out.read_text(encoding="utf-8").splitlines()[0]
    assert not missing.parent.exists()


def test_notes_from_a_damaged_notes_file_are_set_aside_and_said(
    built_db: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "user.db"
    notes.write_bytes(b"not a notes file " * 100)
    out = tmp_path / "out.md"
    result = cli("export", "--db", str(built_db), "--format", "md", "--notes",
                 "--user-data", str(notes), "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "is damaged" in result.stderr and "kept as user.db.damaged-" in result.stderr
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("user.db.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a notes file " * 100
