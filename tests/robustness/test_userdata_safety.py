"""The user's notes file is never lost: locked, damaged, read-only, shared by two windows.

Tries: another program holding the file locked; two set-asides in the same second and a
set-aside name already taken; two windows saving one note at once; a damaged
write-ahead log, and one cut short by a kill; the file on a read-only file system; a
folder where the file should be; closing with a note just saved; any text as a note or a
search. Must hold: a healthy file is never moved or changed by a failure; nothing is ever
replaced or dropped without a copy kept and a notice; the user is told in words.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk import userfile
from coopdesk.userdata import CONFLICT_MARK, UserData, UserDataError

from .conftest import cli, one_error_line, run_on_read_only

HAGUE = "event/2017-09-27-the-hague"
PAGE = 4096  # the page size of a new notes file

# A program that holds the notes file locked until it reads a line on stdin.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE state SET value = value WHERE 0")
else:
    conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
"""


@pytest.fixture(autouse=True)
def _short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locks are waited for 3 s in use; a fraction of that shows the same behaviour."""
    monkeypatch.setattr(userfile, "BUSY_TIMEOUT_S", 0.3)


def notes_file(path: Path, count: int = 3) -> Path:
    with UserData(path) as data:
        for n in range(count):
            data.set_note(f"event/n{n}", f"note {n}")
    return path


class Holder:
    """Another program holding ``path`` locked (``exclusive``: not even readable)."""

    def __init__(self, path: Path, mode: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0
        assert self.process.stdout is not None
        self.process.stdout.close()


def aside_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".damaged" in p.name or ".newer" in p.name)


# ---------------------------------------------------------------------- locked is not damaged


def test_a_file_locked_by_another_program_is_reported_never_moved(tmp_path: Path) -> None:
    path = notes_file(tmp_path / "user.db")
    before = path.read_bytes()
    holder = Holder(path, "exclusive")
    try:
        with pytest.raises(UserDataError, match="in use by another program") as err:
            UserData(path)
    finally:
        holder.release()
    assert "Nothing was changed" in str(err.value)
    assert aside_files(tmp_path) == []
    assert path.read_bytes() == before
    with UserData(path) as data:  # and once the other program lets go, all is there
        assert data.notice == ""
        assert [n.text for n in data.notes()] == ["note 0", "note 1", "note 2"]


def test_a_file_another_program_is_writing_opens_reads_and_refuses_changes_clearly(
    tmp_path: Path,
) -> None:
    path = notes_file(tmp_path / "user.db")
    holder = Holder(path, "immediate")
    try:
        with UserData(path) as data:
            assert data.notice == ""
            assert len(data.notes()) == 3
            with pytest.raises(UserDataError, match="locked"):
                data.set_note(HAGUE, "while locked")
    finally:
        holder.release()
    assert aside_files(tmp_path) == []
    with UserData(path) as data:
        data.set_note(HAGUE, "after the lock")
        assert len(data.notes()) == 4


def test_a_lock_released_while_waiting_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(userfile, "BUSY_TIMEOUT_S", 60)  # far longer than the release takes
    path = notes_file(tmp_path / "user.db")
    holder = Holder(path, "exclusive")
    seen: list[object] = []

    def open_it() -> None:  # SQLite connections stay in the thread that made them
        try:
            with UserData(path) as data:
                seen.extend([data.notice, len(data.notes())])
        except BaseException as exc:  # reported to the test below
            seen.append(exc)

    thread = threading.Thread(target=open_it)
    thread.start()
    holder.release()
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert seen == ["", 3]


def test_the_command_line_says_a_locked_notes_file_is_in_use(
    tmp_path: Path, built_db: Path
) -> None:
    path = notes_file(tmp_path / "user.db")
    before = path.read_bytes()
    holder = Holder(path, "exclusive")
    try:
        result = cli(
            "export", "--db", str(built_db), "--format", "csv", "--notes",
            "--user-data", str(path), "-o", str(tmp_path / "out.csv"),
        )  # fmt: skip
    finally:
        holder.release()
    assert "in use by another program" in one_error_line(result)
    assert not (tmp_path / "out.csv").exists()
    assert path.read_bytes() == before and aside_files(tmp_path) == []


def test_a_folder_where_the_file_should_be_is_reported_not_moved(tmp_path: Path) -> None:
    (tmp_path / "user.db").mkdir()
    with pytest.raises(UserDataError, match="cannot"):
        UserData(tmp_path / "user.db")
    assert (tmp_path / "user.db").is_dir() and aside_files(tmp_path) == []


# ---------------------------------------------------------------------- set-aside names


def test_two_set_asides_in_the_same_second_keep_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(userfile, "_stamp", lambda: "20250101-120000")
    path = tmp_path / "user.db"
    kept = []
    for n in range(3):
        path.write_bytes(f"damaged file number {n} ".encode() * 200)
        with UserData(path) as data:
            assert data.set_aside is not None and data.set_aside.name in data.notice
            kept.append(data.set_aside)
    assert [p.name for p in kept] == [
        "user.db.damaged-20250101-120000",
        "user.db.damaged-20250101-120000-2",
        "user.db.damaged-20250101-120000-3",
    ]
    for n, aside in enumerate(kept):
        assert aside.read_bytes() == f"damaged file number {n} ".encode() * 200


@pytest.mark.parametrize("taken", ["", "-wal", "-shm"])
def test_a_set_aside_never_replaces_a_file_already_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: str
) -> None:
    monkeypatch.setattr(userfile, "_stamp", lambda: "20250101-120000")
    there = tmp_path / f"user.db.damaged-20250101-120000{taken}"
    there.write_bytes(b"precious")
    path = tmp_path / "user.db"
    path.write_bytes(b"garbage " * 500)
    (tmp_path / "user.db-wal").write_bytes(b"its log")
    with UserData(path) as data:
        assert data.set_aside == tmp_path / "user.db.damaged-20250101-120000-2"
    assert there.read_bytes() == b"precious"
    assert (tmp_path / "user.db.damaged-20250101-120000-2").read_bytes() == b"garbage " * 500
    assert (tmp_path / "user.db.damaged-20250101-120000-2-wal").read_bytes() == b"its log"


# ---------------------------------------------------------------------- two windows, one note


def two_windows(tmp_path: Path) -> tuple[UserData, UserData]:
    return UserData(tmp_path / "user.db"), UserData(tmp_path / "user.db")


def test_two_windows_saving_one_note_keep_both_versions(tmp_path: Path) -> None:
    first, second = two_windows(tmp_path)
    base_first, base_second = first.note(HAGUE), second.note(HAGUE)  # both editors: empty
    assert first.save_note(HAGUE, "Written in the first window.", base=base_first).conflict is False
    saved = second.save_note(HAGUE, "Written in the second window.", base=base_second)
    assert saved.conflict is True
    assert saved.other is not None and saved.other.text == "Written in the first window."
    assert saved.note is not None
    assert saved.note.text == (
        f"Written in the first window.\n\n{CONFLICT_MARK}\n\nWritten in the second window."
    )
    stored = first.note(HAGUE)  # what the first window reads now: both
    assert stored is not None and stored.text == saved.note.text
    first.close()
    second.close()


def test_a_save_from_the_stored_version_replaces_it(tmp_path: Path) -> None:
    first, second = two_windows(tmp_path)
    first.set_note(HAGUE, "old")
    base = second.note(HAGUE)
    saved = second.save_note(HAGUE, "new", base=base)
    assert saved.conflict is False and saved.note is not None and saved.note.text == "new"
    again = second.save_note(HAGUE, "newer", base=saved.note)
    assert again.conflict is False and first.note(HAGUE).text == "newer"  # type: ignore[union-attr]
    first.close()
    second.close()


def test_removing_a_note_another_window_changed_keeps_it(tmp_path: Path) -> None:
    first, second = two_windows(tmp_path)
    first.set_note(HAGUE, "old")
    base = second.note(HAGUE)
    first.set_note(HAGUE, "changed in the first window")
    saved = second.save_note(HAGUE, "", base=base)
    assert saved.conflict is True
    assert saved.note is not None and saved.note.text == "changed in the first window"
    assert first.note(HAGUE) is not None
    first.close()
    second.close()


def test_a_note_removed_in_another_window_is_saved_again_and_reported(tmp_path: Path) -> None:
    first, second = two_windows(tmp_path)
    first.set_note(HAGUE, "old")
    base = second.note(HAGUE)
    first.set_note(HAGUE, "")
    saved = second.save_note(HAGUE, "kept by the second window", base=base)
    assert saved.conflict is True and saved.other is None
    assert second.note(HAGUE).text == "kept by the second window"  # type: ignore[union-attr]
    first.close()
    second.close()


def test_the_same_text_from_two_windows_is_not_a_conflict(tmp_path: Path) -> None:
    first, second = two_windows(tmp_path)
    first.save_note(HAGUE, "same", base=None)
    saved = second.save_note(HAGUE, "same", base=None)
    assert saved.conflict is False and second.note(HAGUE).text == "same"  # type: ignore[union-attr]
    first.close()
    second.close()


# ---------------------------------------------------------------------- the write-ahead log


def crash_snapshot(tmp_path: Path, count: int = 50) -> Path:
    """A notes file and its log as a killed CoopDesk leaves them: notes only in the log."""
    live = tmp_path / "live"
    live.mkdir()
    data = UserData(live / "user.db")
    for n in range(count):
        data.set_note(f"event/n{n:02d}", f"note {n}")
    snapshot = tmp_path / "snapshot"
    snapshot.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(live / f"user.db{suffix}", snapshot / f"user.db{suffix}")
    data.close()
    return snapshot / "user.db"


def damage(wal: Path, where: str) -> bytes:
    data = bytearray(wal.read_bytes())
    if where == "header":
        data[16] ^= 0xFF  # a salt: the header's checksum fails
    else:
        data[32 + 10 * (24 + PAGE) + 24 + 100] ^= 0xFF  # inside the page of frame 10
    wal.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("where", ["header", "frame"])
def test_a_damaged_log_is_copied_aside_with_a_notice(tmp_path: Path, where: str) -> None:
    path = crash_snapshot(tmp_path)
    original = path.read_bytes()
    damaged = damage(path.with_name("user.db-wal"), where)
    with UserData(path) as data:
        assert "journal of your notes file" in data.notice and "damaged" in data.notice
        aside = data.set_aside
        assert aside is not None and aside.name.startswith("user.db.damaged-log-")
        assert aside.name in data.notice
        assert data.integrity() == "ok"
        kept = len(data.notes())
    assert aside.read_bytes() == original
    assert aside.with_name(aside.name + "-wal").read_bytes() == damaged  # as it was
    assert kept < 50  # SQLite dropped what follows the damage: the copy still holds it


def test_a_damaged_file_is_set_aside_with_its_log_intact(tmp_path: Path) -> None:
    """SQLite deletes the log of a file it cannot read when it closes it: the log, with
    the last change in it, must go aside with the file, byte for byte."""
    live = tmp_path / "live"
    live.mkdir()
    data = UserData(live / "user.db")
    for n in range(50):
        data.set_note(f"event/n{n:02d}", f"note {n}")
    data._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data.set_note("event/n03", "the last change, only in the log")
    path = tmp_path / "user.db"
    for suffix in ("", "-wal"):
        shutil.copy(live / f"user.db{suffix}", tmp_path / f"user.db{suffix}")
    data.close()
    log = path.with_name("user.db-wal").read_bytes()
    damaged = b"not a database, " + path.read_bytes()[16:]  # its header overwritten
    path.write_bytes(damaged)
    with UserData(path) as opened:
        aside = opened.set_aside
        assert aside is not None and "is damaged" in opened.notice
    assert aside.read_bytes() == damaged
    assert aside.with_name(aside.name + "-wal").read_bytes() == log
    assert b"the last change, only in the log" in log
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_log_cut_short_by_a_kill_is_not_damage(tmp_path: Path) -> None:
    path = crash_snapshot(tmp_path)
    wal = path.with_name("user.db-wal")
    wal.write_bytes(wal.read_bytes()[: -(PAGE // 2)])  # the last frame half written
    with UserData(path) as data:
        assert data.notice == "" and data.set_aside is None
        assert len(data.notes()) == 49  # the last, unconfirmed change is gone, no other


def test_a_healthy_log_left_by_a_kill_loses_nothing(tmp_path: Path) -> None:
    path = crash_snapshot(tmp_path)
    with UserData(path) as data:
        assert data.notice == "" and data.set_aside is None
        assert [n.text for n in data.notes()] == [f"note {n}" for n in range(50)]


def test_the_log_check_reads_what_sqlite_reads(tmp_path: Path) -> None:
    path = crash_snapshot(tmp_path, count=5)
    wal = path.with_name("user.db-wal")
    assert userfile.wal_damage(path) is None
    wal.write_bytes(b"")
    assert userfile.wal_damage(path) is None  # an empty log is a checkpointed one
    wal.write_bytes(b"\x00" * 20)
    assert userfile.wal_damage(path) is None  # a header never finished holds nothing
    wal.write_bytes(b"\x00" * 5000)
    assert userfile.wal_damage(path) == "its header is not a write-ahead log header"


# ---------------------------------------------------------------------- read-only media

READ_NOTES = """
import json, sys
from coopdesk.userdata import UserData, UserDataError
data = UserData(sys.argv[1])
out = {"notice": data.notice, "read_only": data.read_only,
       "notes": [n.text for n in data.notes()], "marks": len(data.bookmarks())}
try:
    data.set_note("event/x", "cannot be saved")
except UserDataError as exc:
    out["refused"] = str(exc)
print(json.dumps(out))
"""


def test_a_read_only_notes_file_opens_read_only_with_a_notice(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "media"
    path = notes_file(folder / "user.db")
    with UserData(path) as data:
        data.add_record_bookmark(HAGUE, "The Hague")
    before = path.read_bytes()
    result = run_on_read_only(folder, [sys.executable, "-c", READ_NOTES, str(path)])
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["read_only"] is True
    assert "is read-only" in seen["notice"] and "can be read and exported" in seen["notice"]
    assert seen["notes"] == ["note 0", "note 1", "note 2"] and seen["marks"] == 1
    assert "read-only" in seen["refused"] and "not saved" in seen["refused"]
    assert "damaged" not in result.stdout
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["user.db"]


def test_notes_export_from_a_read_only_notes_file(tmp_path: Path, built_db: Path) -> None:
    folder = tmp_path / "media"
    with UserData(folder / "user.db") as data:
        data.set_note(HAGUE, "My read-only note")
    out = tmp_path / "out.csv"
    result = run_on_read_only(
        folder,
        [sys.executable, "-m", "coopdesk", "export", "--db", str(built_db), "--format", "csv",
         "--year", "2017", "--notes", "--user-data", str(folder / "user.db"), "-o", str(out)],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "My read-only note" in out.read_text(encoding="utf-8")
    assert "read-only" in result.stderr and "damaged" not in result.stderr


def test_a_new_notes_file_on_read_only_media_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    (folder / "keep").write_text("x")
    script = (
        "import sys\nfrom coopdesk.userdata import UserData\n"
        "try:\n    UserData(sys.argv[1])\nexcept Exception as exc:\n    print(exc)\n"
    )
    result = run_on_read_only(folder, [sys.executable, "-c", script, str(folder / "user.db")])
    assert "cannot create your notes file" in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["keep"]


# ---------------------------------------------------------------------- closing


def test_a_note_saved_then_closed_is_in_the_file_itself(tmp_path: Path) -> None:
    """What the window does on close: save the note being typed, then close the file.
    The note is then in user.db itself, not only in its log (copying user.db keeps it)."""
    path = tmp_path / "user.db"
    data = UserData(path)
    data.set_note(HAGUE, "typed just before closing")
    data.close()
    wal = path.with_name("user.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy" / "user.db"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT text FROM notes").fetchall() == [("typed just before closing",)]
    conn.close()


def test_a_change_after_closing_is_a_clear_error_and_closing_twice_is_harmless(
    tmp_path: Path,
) -> None:
    data = UserData(tmp_path / "user.db")
    data.close()
    data.close()
    with pytest.raises(UserDataError, match="closed"):
        data.set_note(HAGUE, "too late")
    with pytest.raises(UserDataError, match="closed"):
        data.notes()


# ---------------------------------------------------------------------- any text


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=60) | st.sampled_from(["\udcff", "a\x00b", "\ud800x", "%", "_"]))
def test_any_text_is_a_note_and_a_search(text: str) -> None:
    with UserData(":memory:") as data:
        stored = data.set_note(HAGUE, text)
        data.search_notes(text)
        data.search_notes(text[:3])
        if text.strip():
            assert stored is not None and data.note(HAGUE) == stored
            assert "\udcff" not in stored.text


def test_bytes_that_are_not_utf8_become_replacement_characters(tmp_path: Path) -> None:
    raw = b"caf\xff".decode("utf-8", "surrogateescape")
    with UserData(tmp_path / "user.db") as data:
        data.set_note(raw, raw)
        data.add_record_bookmark(raw, raw)
        assert data.note("caf\ufffd").text == "caf\ufffd"  # type: ignore[union-attr]
        assert data.search_notes(raw)[0].record_id == "caf\ufffd"
        assert data.bookmarks()[0].name == "caf\ufffd"
