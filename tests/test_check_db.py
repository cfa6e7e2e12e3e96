"""``coopdesk check-db`` vouches for the content: one changed character anywhere fails it,
saying what and where; a sound database passes every check, a VACUUM changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import doctored_copy
from coopdesk.build.digest import content_tables
from coopdesk.checks import CHECKS, Check, check_database, sound
from coopdesk.schema import RECORDS_FTS


def failures(checks: list[Check]) -> dict[str, str]:
    return {c.name: c.message for c in checks if not c.ok}


def text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [row[1] for row in info if row[2].upper() == "TEXT"]


def change_one_character(path: Path, table: str, column: str) -> bool:
    """Change one character of one value of ``column``; False when the column is empty or
    the schema's own constraints refuse the change (a basis must be stated or inferred)."""
    conn = sqlite3.connect(path)
    try:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        keys = [r[1] for r in info if r[5]]
        address = ", ".join(keys) if keys and "WITHOUT ROWID" in _sql(conn, table) else "rowid"
        row = conn.execute(
            f'SELECT {address}, "{column}" FROM "{table}" WHERE length("{column}") > 0 LIMIT 1'
        ).fetchone()
        if row is None:
            return False
        *where, value = row
        middle = len(value) // 2
        changed = value[:middle] + ("b" if value[middle] == "a" else "a") + value[middle + 1 :]
        condition = " AND ".join(f"{k} = ?" for k in address.split(", "))
        try:
            conn.execute(
                f'UPDATE "{table}" SET "{column}" = ? WHERE {condition}', [changed, *where]
            )
        except sqlite3.IntegrityError:
            return False
        conn.commit()
        return True
    finally:
        conn.close()


def _sql(conn: sqlite3.Connection, table: str) -> str:
    return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])


def test_a_sound_database_passes_every_check(built_db: Path) -> None:
    checks = check_database(built_db)
    assert [c.name for c in checks] == list(CHECKS)
    assert sound(checks), failures(checks)


def test_one_changed_character_in_any_text_column_of_any_table_fails(
    built_db: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(built_db)
    cases = [(t, c) for t in content_tables(conn) for c in text_columns(conn, t)]
    conn.close()
    assert len(cases) > 40
    tried = 0
    for table, column in cases:
        path = tmp_path / f"{table}-{column}.db"
        shutil.copy(built_db, path)
        if not change_one_character(path, table, column):
            continue
        tried += 1
        found = failures(check_database(path))
        assert found, f"{table}.{column}: a changed character passed every check"
        assert table in found.get("content", ""), (table, column, found)
    assert tried > 40


@pytest.mark.parametrize(
    ("sql", "check", "where"),
    [
        (
            "UPDATE paragraphs SET text = replace(text, 'Rome', 'Rame') WHERE number = 1",
            "paragraphs",
            "¶1 of fight-against-transnational-crime-and-terrorism differs",
        ),
        (
            "UPDATE records SET title = 'Russia–EU Summit in Bruges' "
            "WHERE id = 'event/2014-01-28-russia-eu-summit-brussels'",
            "values",
            "record event/2014-01-28-russia-eu-summit-brussels: title differs",
        ),
        (
            "UPDATE records SET role = 'Lead agency' WHERE id = 'agency/ru-ministry-of-interior'",
            "values",
            "record agency/ru-ministry-of-interior: role differs",
        ),
        (
            "UPDATE records SET date = '2017-02-30' WHERE id = 'event/2017-09-27-the-hague'",
            "dates",
            "record event/2017-09-27-the-hague: '2017-02-30' is not a day of the calendar",
        ),
        (
            "UPDATE documents SET text = replace(text, 'Moscow', 'Moskva')",
            "source",
            "the text of fight-against-transnational-crime-and-terrorism no longer has its SHA-256",
        ),
        (
            "UPDATE kinds SET name = 'Summmit' WHERE id = 'summit'",
            "content",
            "kinds: row 'summit' is not this CoopDesk's vocabulary",
        ),
        (
            "UPDATE meta SET value = '0' || substr(value, 2) WHERE key = 'content_sha256'",
            "content",
            "meta: the recorded digests do not add up",
        ),
        (
            f"UPDATE {RECORDS_FTS}_data SET block = x'00' "
            f"WHERE id = (SELECT max(id) FROM {RECORDS_FTS}_data)",
            "search",
            "the full-text index records_fts is damaged",
        ),
    ],
)
def test_each_check_says_what_and_where(
    built_db: Path, tmp_path: Path, sql: str, check: str, where: str
) -> None:
    found = failures(check_database(doctored_copy(built_db, tmp_path / "d.db", sql)))
    assert where in found.get(check, ""), found


def test_check_db_on_the_command_line_fails_a_damaged_index(built_db: Path, tmp_path: Path) -> None:
    path = doctored_copy(
        built_db,
        tmp_path / "d.db",
        f"UPDATE {RECORDS_FTS}_data SET block = x'00' "
        f"WHERE id = (SELECT max(id) FROM {RECORDS_FTS}_data)",
    )
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "check-db", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert any(line.startswith("search     FAIL") for line in result.stdout.splitlines())
    assert path.read_bytes()  # the file is only read


def test_a_vacuum_changes_no_digest(built_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    shutil.copy(built_db, path)
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    assert sound(check_database(path))
