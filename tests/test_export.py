"""Exports of the filtered records: CSV, JSON, Markdown and iCalendar, by the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.export import ics_escape, ics_fold, to_markdown
from coopdesk.store import Store
from coopdesk.userdata import UserData

HAGUE = "event/2017-09-27-the-hague"
YEAR_2017 = [
    "event/2017-02-08-ct-talks-round-2",
    "event/2017-07-13-expert-consultations-brussels",
    HAGUE,
]


def export(built_db: Path, fmt: str, out: Path, *extra: str) -> int:
    args = ["--db", str(built_db), "--format", fmt, "--year", "2017", "-o", str(out)]
    return main(["export", *args, *extra])


def unfold(text: str) -> list[str]:
    """iCalendar content lines with folding undone (RFC 5545 3.1)."""
    return text.replace("\r\n ", "").split("\r\n")


def test_csv_has_the_query_fields_one_row_per_record(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "year.csv"
    assert export(built_db, "csv", out) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == YEAR_2017
    assert rows[2]["date"] == "2017-09-27"
    assert rows[2]["place"] == "The Hague"
    assert "European Police Office" in rows[2]["agencies"]
    assert rows[2]["citations"].startswith("¶5: “On 27 September 2017 in The Hague")
    assert "your_note" not in rows[0]


def test_an_agency_has_one_name_in_every_export_as_in_the_window(
    built_db: Path, tmp_path: Path
) -> None:
    """ "European Police Office (Europol)", as the document writes it and as the window,
    paper and the command line name it; an abbreviation of ours (FSB) is no part of it."""
    with Store(built_db) as store:
        shown = store.record(HAGUE)
    names = [link.other.name for link in shown.links if link.other.kind == "agency"]
    assert "European Police Office (Europol)" in names
    csv_out, md_out, json_out = tmp_path / "y.csv", tmp_path / "y.md", tmp_path / "y.json"
    for fmt, out in (("csv", csv_out), ("md", md_out), ("json", json_out)):
        assert export(built_db, fmt, out) == 0
    with csv_out.open(encoding="utf-8", newline="") as handle:
        agencies = list(csv.DictReader(handle))[2]["agencies"].split("; ")
    assert "European Police Office (Europol)" in agencies
    assert all("FSB" not in a for a in agencies)
    assert "European Police Office (Europol)" in md_out.read_text(encoding="utf-8")
    europol = next(
        a for a in json.loads(json_out.read_text())[2]["agencies"] if a["id"] == "agency/eu-europol"
    )
    assert europol["name"] == {"name": "European Police Office", "basis": "stated",
                               "short_name": "Europol"}  # fmt: skip


def test_json_is_what_query_json_prints(built_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "year.json"
    assert export(built_db, "json", out) == 0
    assert "Saved" in capsys.readouterr().out
    assert main(["query", "--db", str(built_db), "--year", "2017", "--json"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(capsys.readouterr().out)


def test_markdown_quotes_the_source_with_paragraph_numbers(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "year.md"
    assert export(built_db, "md", out) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# CoopDesk briefing")
    assert "- Filters: year 2017" in text
    assert "## Meeting of Ministry of Interior experts and Europol" in text
    assert "> “On 27 September 2017 in The Hague" in text
    assert "> — *Fight against transnational crime and terrorism*, ¶5" in text
    assert "Your note" not in text


def test_ics_has_one_all_day_event_per_record(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "year.ics"
    assert export(built_db, "ics", out) == 0
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert lines.count("BEGIN:VEVENT") == 3 == lines.count("END:VEVENT")
    starts = [line for line in lines if line.startswith("DTSTART")]
    assert starts == [
        "DTSTART;VALUE=DATE:20170208",
        "DTSTART;VALUE=DATE:20170713",
        "DTSTART;VALUE=DATE:20170927",
    ]
    assert f"UID:{HAGUE}@coopdesk" in lines
    assert "SUMMARY:Meeting of Ministry of Interior experts and Europol" in lines
    assert "LOCATION:The Hague" in lines
    # Deterministic: DTSTAMP is the data's as-of date, so a second export is identical.
    again = tmp_path / "again.ics"
    assert export(built_db, "ics", again) == 0
    assert again.read_bytes() == raw


def test_ics_escaping_and_folding_follow_rfc_5545() -> None:
    assert ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "é" * 100
    folded = ics_fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line  # never split inside a character


def test_notes_only_when_asked_and_marked_as_the_users(built_db: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.db"
    with UserData(user) as data:
        data.set_note(HAGUE, "Ask about *cases*;\n```\nfollow-up, soon")
    for fmt in ("csv", "json", "md", "ics"):
        plain = tmp_path / f"plain.{fmt}"
        assert export(built_db, fmt, plain, "--user-data", str(user)) == 0
        assert "follow-up" not in plain.read_text(encoding="utf-8")
        noted = tmp_path / f"noted.{fmt}"
        assert export(built_db, fmt, noted, "--notes", "--user-data", str(user)) == 0
        assert "follow" in noted.read_text(encoding="utf-8")
    md = (tmp_path / "noted.md").read_text(encoding="utf-8")
    assert "**Your note** (your own words, not part of the source):" in md
    assert "````text\nAsk about *cases*;\n```\nfollow-up, soon\n````" in md
    with (tmp_path / "noted.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[2]["your_note"].startswith("Ask about")
    assert rows[0]["your_note"] == ""
    ics = unfold((tmp_path / "noted.ics").read_bytes().decode("utf-8"))
    assert any("Your note (your own words" in line and "\\;" in line for line in ics)


def test_missing_user_file_means_no_notes_and_creates_nothing(
    built_db: Path, tmp_path: Path
) -> None:
    user = tmp_path / "nobody" / "user.db"
    assert export(built_db, "json", tmp_path / "x.json", "--notes", "--user-data", str(user)) == 0
    assert not user.parent.exists()


def test_unwritable_output_is_one_line_and_exit_2(built_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "missing" / "x.csv"
    assert export(built_db, "csv", out) == 2
    err = capsys.readouterr().err
    assert err == f"coopdesk: {out}: the folder does not exist.\n"
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_refused_by_the_parser(built_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        export(built_db, "xlsx", tmp_path / "x.xlsx")
    assert exit_info.value.code == 2


def test_markdown_keeps_markup_in_titles_literal(store: Store) -> None:
    detail = store.record(HAGUE)
    text = to_markdown([detail], {HAGUE: "<script>"})
    assert "<script>" in text.split("```text")[1]  # inside the fence: shown as typed
