"""The command line, run as a user runs it: a subprocess, its output and its exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_query_year_2017_json_lists_the_three_meetings_with_places() -> None:
    result = run("query", "--year", "2017", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["date"], r["place"]["name"]) for r in rows] == [
        ("2017-02-08", "Moscow"),
        ("2017-07-13", "Brussels"),
        ("2017-09-27", "The Hague"),
    ]
    hague = rows[2]
    assert set(hague) >= {
        "id",
        "kind",
        "title",
        "date",
        "year",
        "place",
        "agencies",
        "people",
        "offences",
        "citations",
    }
    # "a meeting between experts of the Russian Ministry of Interior and Europol"
    assert [(a["name"]["name"], a["basis"]) for a in hague["agencies"]] == [
        ("Ministry of Interior", "stated"),
        ("European Police Office", "stated"),
    ]
    assert hague["citations"][0]["paragraph"] == 5


def test_query_without_place_gives_null_and_people_with_roles() -> None:
    rows = json.loads(run("query", "--from", "2002", "--to", "2002", "--json").stdout)
    assert rows[0]["place"] is None
    rows = json.loads(run("query", "--year", "2018", "--json").stdout)
    assert {"name": "Oleg Syromolotov", "role": "Deputy Foreign Minister"} in [
        {"name": p["name"]["name"], "role": p["role"]} for p in rows[0]["people"]
    ]
    # "the third round of Russia-EU high-level counter-terrorism talks": stated.
    assert rows[0]["offences"][0]["basis"] == "stated"


def test_query_table_ends_with_the_count() -> None:
    result = run("query", "--agency", "europol", "--offence", "2")
    assert result.returncode == 0
    assert result.stdout.strip().endswith("2 of 11 records")
    assert "Expert consultations" in result.stdout


def test_facets_text_names_each_choice_as_the_window_does() -> None:
    """One name everywhere: agencies with the short name the document uses, offence
    types numbered "2." as in the window's box and on paper."""
    out = run("facets").stdout
    assert "European Police Office (Europol)" in out
    assert "  2. Terrorism and its financing" in out and "2) Terrorism" not in out


def test_facets_json_has_the_documented_shape() -> None:
    data = json.loads(run("facets", "--year", "2017", "--json").stdout)
    assert set(data) == {"agencies", "offences", "years"}
    europol = next(a for a in data["agencies"] if a["id"] == "agency/eu-europol")
    # "the European Police Office (Europol)": both names are the document's.
    assert europol["name"] == {"name": "European Police Office", "basis": "stated"}
    assert europol["short_name"] == {"name": "Europol", "basis": "stated"}
    assert (europol["count"], europol["inferred"]) == (2, 0)
    assert {"year": 2017, "count": 3, "inferred": 0} in data["years"]
    assert data["offences"][0]["number"] == 1


def test_search_and_show() -> None:
    result = run("search", "Kerchove", "--json")
    assert result.returncode == 0
    assert "person/gilles-de-kerchove" in [h["id"] for h in json.loads(result.stdout)]
    shown = run("show", "event/2017-09-27-the-hague")
    assert shown.returncode == 0
    assert "27 September 2017" in shown.stdout
    assert "¶5:" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "--agency", "Europoll"), "unknown agency 'Europoll'. Did you mean: europol"),
        (("query", "--year", "20x"), "bad year '20x'"),
        (
            ("query", "--from", "2018", "--to", "2001"),
            "the first year 2018 is after the last year 2001",
        ),
        (("query", "--offence", "12"), "no offence type numbered 12"),
        (("show", "event/none"), "no record 'event/none'"),
        (("show", "zzzz"), "'coopdesk search WORDS' finds them"),
        (("show", "europol"), "Did you mean: agency/eu-europol (European Police Office);"),
        (("show", "the hague"), "Did you mean: place/the-hague (The Hague);"),
        (("query", "--db", "/nonexistent/coop.db"), "no database file there"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_damaged_database_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\0" * 4096)
    result = run("facets", "--db", str(bad))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_build_db_with_a_wrong_quote_fails_naming_it(source_copy: Path, tmp_path: Path) -> None:
    toml = source_copy / "fight-against-transnational-crime-and-terrorism.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'quote = "was held in Brussels"', 'quote = "was held in Paris"'
        ),
        encoding="utf-8",
    )
    result = run("build-db", "--source", str(source_copy), "--output", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "place/brussels" in result.stderr and "was held in Paris" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_build_db_writes_a_database(tmp_path: Path) -> None:
    result = run("build-db", "--output", str(tmp_path / "x.db"))
    assert result.returncode == 0, result.stderr
    assert "56 records" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("CoopDesk ")


def test_a_bug_is_one_line_and_logged(monkeypatch, capsys, tmp_path: Path) -> None:
    from coopdesk import cli

    def broken(_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(cli, "cmd_facets", broken)
    assert cli.main(["facets"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coopdesk: unexpected error: ZeroDivisionError: a bug (details in ")
    assert len(err.strip().splitlines()) == 1
    log = tmp_path / "CoopDesk" / "CoopDesk" / "logs" / "crash.log"
    assert "Traceback" in log.read_text(encoding="utf-8")
