"""Odd arguments on the command line: each is one clear line and exit code 2, never a
traceback or exit 1 ("unexpected error"); what is meant is read as typed.

Tries: bytes that are not UTF-8, superscripts and full-width digits, limits out of range,
outputs that are folders, devices or standard output where a file is needed, absurd sizes,
dates in the curation that are not dates, a database without a schema version, build-db
from an installed copy. Must hold: exit 2 with one line naming the problem, nothing
written; full-width digits work like ASCII ones.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from conftest import doctored_copy
from coopdesk import paths, synth
from coopdesk.build import build
from coopdesk.cli import MAX_LIMIT, main
from coopdesk.errors import BuildError
from coopdesk.store import Store

NOT_UTF8 = b"\xff".decode("utf-8", "surrogateescape")  # what Python makes of $'\xff'
HAGUE = "event/2017-09-27-the-hague"
TOML = "fight-against-transnational-crime-and-terrorism.toml"


@pytest.fixture(autouse=True)
def _widgets_app(qapp: object) -> None:
    """print and brief start Qt's GUI application when none runs: let it be the tests'."""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``coopdesk ARGS`` in this process: (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse refuses with exit code 2
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 2, (code, out, err)
    assert "Traceback" not in err and "unexpected error" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# ---------------------------------------------------------------------- not UTF-8


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("show", NOT_UTF8), "no record '\ufffd'"),
        (("show", f"event/{NOT_UTF8}"), "no record 'event/\ufffd'"),
        (("show", "--json", NOT_UTF8), "no record"),
        (("print", NOT_UTF8, "-o", "{tmp}/x.pdf"), "no record"),
        (("gui", "--select", NOT_UTF8, "--screenshot", "{tmp}/x.png"), "no record"),
        (("query", "--agency", NOT_UTF8), "unknown agency '\ufffd'"),
        (("query", "--offence", NOT_UTF8), "no offence type matches"),
        (("export", "--format", "csv", "--agency", NOT_UTF8, "-o", "{tmp}/x.csv"), "unknown"),
    ],
)
def test_bytes_that_are_not_utf8_are_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    line = refused(capsys, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert words in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text", [NOT_UTF8, f"europol {NOT_UTF8}", f'"{NOT_UTF8}"'])
def test_searching_for_bytes_that_are_not_utf8_finds_nothing_calmly(
    capsys: pytest.CaptureFixture[str], text: str
) -> None:
    code, out, err = run(capsys, "search", text)
    assert code in (0, 2) and "unexpected error" not in err
    if code == 0:
        assert re.search(r"^\d+ results?\b", out.strip().splitlines()[-1])


# ---------------------------------------------------------------------- numbers as typed


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("query", "--year", "²⁰¹⁷"), "bad year '²⁰¹⁷'"),
        (("query", "--from", "¹⁹⁹⁹"), "bad year"),
        (("query", "--to", "2017²"), "bad year"),
        (("query", "--year", "①"), "bad year"),
        (("query", "--year", "99999"), "bad year"),
        (("query", "--year", "0999"), "bad year"),
        (("query", "--year", "-2017"), "bad year"),
        (("query", "--year", "20 17"), "bad year"),
        (("query", "--year", ""), "bad year"),
        (("query", "--offence", "²"), "'²' is not an offence type"),
        (("query", "--offence", "⁵"), "not an offence type"),
        (("query", "--offence", "½"), "not an offence type"),
        (("query", "--offence", "9"), "no offence type numbered 9"),
        (("query", "--offence", "０"), "no offence type numbered 0"),
        (("query", "--from", "2018", "--to", "2017"), "is after the last year"),
        (("query", "--year", "2017", "--from", "2016"), "not both"),
    ],
)
def test_numbers_that_are_not_numbers_are_refused(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    assert words in refused(capsys, *args)


@pytest.mark.parametrize(
    ("args", "same_as"),
    [
        (("query", "--year", "２０１７"), ("query", "--year", "2017")),
        (
            ("query", "--from", "２０１４", "--to", "2018"),
            ("query", "--from", "2014", "--to", "2018"),
        ),
        (("query", "--offence", "２"), ("query", "--offence", "2")),
        (("query", "--agency", "ＦＳＢ"), ("query", "--agency", "FSB")),
        (("query", "--year", " 2017 "), ("query", "--year", "2017")),
        (("search", "--limit", "５", "europol"), ("search", "--limit", "5", "europol")),
    ],
)
def test_full_width_digits_read_as_typed(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], same_as: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert (code, out) == run(capsys, *same_as)[:2]


@pytest.mark.parametrize(
    "limit",
    ["99999999999999999999", "-1", "0", str(MAX_LIMIT + 1), "1.5", "1e3", "ten", "²", " ", ""],
)
def test_search_limits_out_of_range_are_refused(
    capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    line = refused(capsys, "search", "--limit", limit, "europol")
    assert f"bad limit '{limit}'" in line and f"1 to {MAX_LIMIT:,}" in line


def test_search_limits_keep_every_hit_they_allow(
    capsys: pytest.CaptureFixture[str], built_db: Path
) -> None:
    with Store(built_db) as store:
        every = [h.ref for h in store.search("europol", limit=1_000_000)]
    assert len(every) > 5
    for limit, expected in ((1, every[:1]), (5, every[:5]), (MAX_LIMIT, every)):
        code, out, _ = run(capsys, "search", "--db", str(built_db), "--json", "--limit",
                           str(limit), "europol")  # fmt: skip
        assert code == 0
        assert [h["id"] for h in json.loads(out)] == expected  # the last hit is never dropped


# ---------------------------------------------------------------------- where output goes


def test_synth_into_a_folder_is_refused_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "existing"
    folder.mkdir()
    assert "is a folder" in refused(capsys, "synth", "--events", "2000", "-o", str(folder))
    assert list(folder.iterdir()) == [] and [p.name for p in tmp_path.iterdir()] == ["existing"]


@pytest.mark.parametrize(
    "args",
    [
        ("build-db", "--output", "-"),
        ("synth", "--events", "10", "-o", "-"),
    ],
)
def test_a_database_to_standard_output_is_refused(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert "cannot be written to standard output" in refused(capsys, *args)
    assert list(tmp_path.iterdir()) == []  # no file named '-'


@pytest.mark.parametrize("events", ["10000000000", "0", "-5", "²", "1e6", "many"])
def test_absurd_numbers_of_events_are_refused_before_anything_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, events: str
) -> None:
    line = refused(capsys, "synth", "--events", events, "-o", str(tmp_path / "big.db"))
    assert f"bad number of events '{events}'" in line
    assert list(tmp_path.iterdir()) == []


def test_a_synthesis_the_disk_cannot_hold_is_refused_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "free_space", lambda folder: 10_000_000)  # 10 MB free
    line = refused(capsys, "synth", "--events", "100000", "-o", str(tmp_path / "big.db"))
    assert "need about 0.3 GB of disk" in line and "0.0 GB free" in line
    assert "nothing was written" in line and list(tmp_path.iterdir()) == []


def test_a_synthesis_the_memory_cannot_hold_is_refused_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "physical_memory", lambda: 1_000_000_000)  # 1 GB
    line = refused(capsys, "synth", "--events", "1000000", "-o", str(tmp_path / "big.db"))
    assert "of memory" in line and list(tmp_path.iterdir()) == []


def test_build_db_from_an_installed_copy_needs_an_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = paths.bundled_db()
    before = bundled.stat().st_mtime_ns
    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    assert "give --output" in refused(capsys, "build-db")
    assert bundled.stat().st_mtime_ns == before


# ---------------------------------------------------------------------- the data itself


def test_a_database_without_a_schema_version_says_so(
    capsys: pytest.CaptureFixture[str], built_db: Path, tmp_path: Path
) -> None:
    path = doctored_copy(
        built_db, tmp_path / "nov.db", "DELETE FROM meta WHERE key = 'schema_version'"
    )
    line = refused(capsys, "query", "--db", str(path))
    assert "does not say its schema version" in line and "None" not in line


@pytest.mark.parametrize(
    "date",
    ["２０１７-09-27", "2017-０9-27", "2017-02-30", "2017-13-01", "17-09-27", "2017/09/27"],
)
def test_a_curated_date_that_is_not_a_date_stops_the_build(
    source_copy: Path, tmp_path: Path, date: str
) -> None:
    toml = source_copy / TOML
    text = toml.read_text(encoding="utf-8")
    assert 'date = "2017-09-27"' in text
    toml.write_text(text.replace('date = "2017-09-27"', f'date = "{date}"', 1), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(source_copy, tmp_path / "out.db")
    assert f"got '{date}'" in str(err.value) and "ASCII digits" in str(err.value)
    assert not (tmp_path / "out.db").exists()


def test_build_db_with_a_full_width_date_is_one_line(
    capsys: pytest.CaptureFixture[str], source_copy: Path, tmp_path: Path
) -> None:
    toml = source_copy / TOML
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('date = "2017-09-27"', 'date = "２０１７-09-27"', 1), "utf-8")
    line = refused(capsys, "build-db", "--source", str(source_copy), "--output",
                   str(tmp_path / "out.db"))  # fmt: skip
    assert "IntegrityError" not in line and "YYYY-MM-DD" in line
    assert [p.name for p in tmp_path.iterdir()] == ["source"]


def test_a_database_with_text_that_is_not_utf8_is_damaged_not_a_crash(
    capsys: pytest.CaptureFixture[str], built_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bad-text.db"
    doctored_copy(built_db, path, "SELECT 1")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE records SET title = CAST(X'FF41' AS TEXT) WHERE id = ?", (HAGUE,))
    conn.commit()
    conn.close()
    line = refused(capsys, "show", "--db", str(path), HAGUE)
    assert str(path) in line and "damaged" in line
