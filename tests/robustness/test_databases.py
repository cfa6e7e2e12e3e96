"""Bad database files: each gives one clear line and exit code 2, never a traceback.

Tries: missing, empty, not SQLite, truncated, bit-flipped, another schema version, another
program's schema, locked by another process, on read-only media. Must hold: the command
line prints one line naming the file and exits 2; check-db reports each check.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import doctored_copy
from coopdesk.checks import check_database
from coopdesk.errors import DatabaseError
from coopdesk.model import Filters
from coopdesk.store import Store

CASES = ["empty", "not-sqlite", "truncated", "bit-flipped", "other-version", "foreign-schema"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("case", CASES)
def test_bad_database_is_one_line_and_exit_2(case: str, damaged_copies: dict[str, Path]) -> None:
    path = damaged_copies[case]
    result = cli("query", "--db", str(path))
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert str(path) in lines[0]


@pytest.mark.parametrize("case", CASES)
def test_bad_database_is_a_database_error_in_the_data_layer(
    case: str, damaged_copies: dict[str, Path]
) -> None:
    try:
        with Store(damaged_copies[case]) as store:
            # A bit flip may spare the pages read at opening: use the database.
            store.dated(Filters())
            store.facets(Filters())
            store.search("Europol")
            for record in store.dated(Filters()):
                store.record(record.id)
    except DatabaseError as exc:
        assert str(damaged_copies[case]) in str(exc)
    else:
        assert case == "bit-flipped", f"{case} was accepted"


# The last block of each full-text index zeroed: the file is sound to SQLite, and the
# index answers with part of what it holds, or nothing, and no error.
ZEROED_INDEX = """
    UPDATE records_fts_data SET block = zeroblob(length(block))
        WHERE id = (SELECT max(id) FROM records_fts_data);
    UPDATE paragraphs_fts_data SET block = zeroblob(length(block))
        WHERE id = (SELECT max(id) FROM paragraphs_fts_data);
"""


@pytest.mark.parametrize("words", ["terrorism", "europol", "hague"])
def test_a_search_index_that_answers_wrongly_is_refused_not_believed(
    built_db: Path, tmp_path: Path, words: str
) -> None:
    """Before this check, "terrorism" found 0 of its 18 results and "europol" 7 of 9,
    with exit 0: the zeroed block is read as an index with less in it."""
    path = doctored_copy(built_db, tmp_path / "zeroed-index.db", ZEROED_INDEX)
    result = cli("search", words, "--db", str(path))
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert "full-text index" in lines[0] and "check-db" in lines[0]
    assert result.stdout == ""
    assert cli("query", "--db", str(path)).returncode == 0  # browsing needs no index
    sound = cli("search", words)
    assert sound.returncode == 0 and "results" in sound.stdout


@pytest.mark.parametrize("case", CASES)
def test_check_db_reports_what_fails(case: str, damaged_copies: dict[str, Path]) -> None:
    checks = check_database(damaged_copies[case])
    assert not all(c.ok for c in checks) or len(checks) < 3
    result = cli("check-db", str(damaged_copies[case]))
    assert result.returncode == 2
    assert "FAIL" in result.stdout


def test_check_db_passes_a_sound_database(built_db: Path) -> None:
    result = cli("check-db", str(built_db))
    assert result.returncode == 0, result.stdout
    assert [line.split()[0] for line in result.stdout.splitlines()[:3]] == [
        "integrity",
        "schema",
        "quotes",
    ]


def test_check_db_finds_a_quote_no_longer_in_the_source(built_db: Path, tmp_path: Path) -> None:
    doctored = doctored_copy(
        built_db,
        tmp_path / "doctored.db",
        "UPDATE citations SET quote = 'signed in Paris' WHERE id = 1",
    )
    checks = {c.name: c for c in check_database(doctored)}
    assert checks["integrity"].ok and checks["schema"].ok
    assert not checks["quotes"].ok and "citation 1" in checks["quotes"].message


def test_database_locked_by_another_process_is_read_or_explained(
    built_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "locked.db"
    shutil.copy(built_db, path)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE')\n"
         "print('locked', flush=True)\n"
         "sys.stdin.readline()\n"],  # holds the lock until told to let go
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = cli("query", "--db", str(path))
    finally:
        holder.communicate("go\n", timeout=60)
    assert result.returncode == 2
    assert "locked by another program" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_read_only_media_is_read(read_only_db: Path) -> None:
    result = cli("query", "--db", str(read_only_db), "--year", "2017")
    assert result.returncode == 0, result.stderr
    assert "3 of 11 records" in result.stdout
    assert sorted(p.name for p in read_only_db.parent.iterdir()) == ["coop.db"]


def test_opening_a_bad_database_from_the_menu_explains_and_keeps_the_old_one(
    qtbot, window, damaged_copies: dict[str, Path], monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    for case in ("truncated", "other-version", "foreign-schema"):
        path = damaged_copies[case]
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        window.open_action.trigger()
        assert shown[-1].startswith(str(path)), case
        # The database that was open stays open and usable.
        assert window.record_count.text() == "11 of 11 records"
        window.select_record("event/2017-09-27-the-hague")
        assert "27 September 2017" in window.detail.toPlainText()
    assert len(shown) == 3
