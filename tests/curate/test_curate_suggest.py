"""The Suggest pass, measured against the hand curation of the bundled document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from coopdesk import paths
from coopdesk.build import load_curation, split_paragraphs
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.suggest import Proposal, suggest
from coopdesk.dates import find_dates
from coopdesk.schema import KIND_BY_ID

DOCUMENT = paths.source_dir() / "fight-against-transnational-crime-and-terrorism.txt"
FICTITIOUS = Path(__file__).resolve().parent.parent / "data" / "fictitious"


@pytest.fixture
def empty(tmp_path: Path) -> CurationFile:
    """A new, empty curation of the bundled document (never saved)."""
    return CurationFile.new(DOCUMENT, tmp_path / "new.toml")


def _dated(proposals: list[Proposal]) -> list[Proposal]:
    return [p for p in proposals if p.date is not None]


def test_suggest_alone_finds_at_least_9_of_the_11_hand_curated_dated_records(
    empty: CurationFile,
) -> None:
    hand = load_curation(paths.source_dir())
    titles = {r.id: r.title for r in hand.records}
    dated = [r for r in hand.records if KIND_BY_ID[r.kind].lane]
    assert len(dated) == 11

    proposals = suggest(empty.document_text, empty.known())

    unmatched = _dated(proposals)
    found, missed = [], []
    for record in dated:
        place = titles[record.place] if record.place else None
        match = next(
            (
                p
                for p in unmatched
                if (p.kind, p.date, p.place) == (record.kind, record.date, place)
            ),
            None,
        )
        if match is None:
            missed.append(f"{record.id} ({record.kind}, {record.date}, {place})")
        else:
            unmatched.remove(match)  # one proposal answers for one record only
            found.append(record.id)
    assert len(found) >= 9, f"missed: {missed}"
    # Nothing was accepted: the curation is as empty as it was.
    assert empty.records() == [] and empty.links() == []
    assert not empty.modified or empty.text == CurationFile.new(DOCUMENT, empty.path).text


def test_each_date_of_a_shared_clause_gets_its_own_place() -> None:
    proposals = _dated(suggest(DOCUMENT.read_text(encoding="utf-8")))
    rounds = {p.date: p for p in proposals if p.kind == "talks"}
    assert (rounds["2016-04-01"].place, rounds["2017-02-08"].place) == ("Brussels", "Moscow")
    # Each cites its own clause, so a search for Moscow cannot find the Brussels round.
    assert "Moscow" not in rounds["2016-04-01"].quote
    assert rounds["2017-02-08"].quote == "on 8 February 2017 in Moscow"
    assert rounds["2018-02-08"].number == 3
    # The third round's clause stops where the aside about the earlier rounds begins.
    assert rounds["2018-02-08"].quote.endswith(
        "Gilles De Kerchove, EU Counter-Terrorism Coordinator"
    )


def test_every_quote_is_the_documents_own_characters_at_its_paragraph() -> None:
    text = DOCUMENT.read_text(encoding="utf-8")
    _, paragraphs = split_paragraphs(text)
    proposals = suggest(text)
    assert proposals
    for p in proposals:
        assert paragraphs[p.paragraph - 1][p.start : p.stop] == p.quote
        assert p.quote == p.quote.strip(" ,;")
    # The paragraph with a non-breaking hyphen is quoted with it, not with a plain one.
    ncp = next(p for p in proposals if p.title == "National Contact Point")
    assert ncp.paragraph == 2


def test_people_are_found_with_their_titles_as_roles() -> None:
    people = {
        p.title: p.role for p in suggest(DOCUMENT.read_text(encoding="utf-8")) if p.kind == "person"
    }
    assert people == {
        "Oleg Syromolotov": "Deputy Foreign Minister",
        "Pedro Serrano": "Deputy Secretary General of the European External Action Service",
        "Olivier Onidi": "Deputy Director-General for Migration and Home Affairs, "
        "European Commission",
        "Gilles De Kerchove": "EU Counter-Terrorism Coordinator",
    }


def test_places_and_agencies_are_proposed_once_each() -> None:
    proposals = suggest(DOCUMENT.read_text(encoding="utf-8"))
    places = [p.title for p in proposals if p.kind == "place"]
    assert places == ["Rome", "Brussels", "The Hague", "Moscow"]
    agencies = {p.title: p for p in proposals if p.kind == "agency"}
    assert agencies["European Police Office"].short == "Europol"
    assert agencies["European Police Office"].quote == "the European Police Office (Europol)"
    assert agencies["Federal Security Service"].side == "ru"
    assert {"European Commission", "Office of EU Counter-Terrorism Coordinator"} <= set(agencies)


def test_known_records_of_a_curation_are_recognised_and_marked() -> None:
    curation = CurationFile.open(DOCUMENT.with_suffix(".toml"))
    proposals = suggest(curation.document_text, curation.known())
    assert all(p.known for p in proposals)
    hague = next(p for p in proposals if p.date == "2017-09-27")
    assert hague.known == "event/2017-09-27-the-hague"
    # Europol has no pattern of its own; the curation's record names it.
    europol = [p for p in proposals if p.known == "agency/eu-europol"]
    assert europol and europol[0].kind == "agency"


@pytest.mark.parametrize(
    ("text", "iso", "end"),
    [
        ("signed in Rome on 6 November 2003 provides", "2003-11-06", None),
        ("on 6\u00a0November\u00a02003", "2003-11-06", None),
        ("held on 12–14 March 2019 in Zenda", "2019-03-12", "2019-03-14"),
        ("from 30 March to 1 April 2019", "2019-03-30", "2019-04-01"),
        ("on 12 and 13 March 2019", "2019-03-12", "2019-03-13"),
        ("on November 5, 2021 in Zenda", "2021-11-05", None),
        ("On 2022-01-20 the second round", "2022-01-20", None),
    ],
)
def test_dates_are_read_in_the_documents_own_forms(text: str, iso: str, end: str | None) -> None:
    (found,) = find_dates(text)
    assert (found.iso, found.end) == (iso, end)
    assert text[found.start : found.stop] == found.text


def test_impossible_dates_and_bare_numbers_are_not_dates() -> None:
    assert find_dates("on 30 February 2003, the 5th conference, 2017-02-30") == []
    # Two full dates joined by "and" are two dates, not a range.
    assert [d.iso for d in find_dates("on 1 April 2016 and on 8 February 2017")] == [
        "2016-04-01",
        "2017-02-08",
    ]


def test_other_date_forms_in_the_fictitious_document_give_records_with_places() -> None:
    text = (FICTITIOUS / "lantern-cooperation.txt").read_text(encoding="utf-8")
    dated = {p.date: p for p in _dated(suggest(text))}
    assert dated["2019-03-12"].kind == "instrument"
    assert dated["2019-03-12"].place == "Strelsau"
    assert (dated["2020-06-03"].kind, dated["2020-06-03"].place) == ("consultation", "Zenda")
    assert dated["2020-06-03"].end_date == "2020-06-04"
    assert (dated["2021-11-05"].kind, dated["2021-11-05"].title) == (
        "meeting",
        "Workshop on lantern marking",
    )
    assert (dated["2022-01-20"].kind, dated["2022-01-20"].number) == ("talks", 2)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_suggest_json_prints_the_proposals_from_an_empty_curation(tmp_path: Path) -> None:
    result = _run(
        "curate", "suggest", str(DOCUMENT), "--curation", str(tmp_path / "none.toml"), "--json"
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert all(set(r) == {"kind", "title", "date", "place", "quote", "paragraph"} for r in rows)
    assert {
        "kind": "meeting",
        "title": "Meeting between experts of the Russian Ministry of Interior and Europol",
        "date": "2017-09-27",
        "place": "The Hague",
        "quote": "On 27 September 2017 in The Hague a meeting between experts of the Russian "
        "Ministry of Interior and Europol took place in the margins of the 5th "
        "Europol-Interpol Cybercrime Conference.",
        "paragraph": 5,
    } in rows
    assert not (tmp_path / "none.toml").exists()  # suggesting writes nothing


def test_cli_suggest_with_the_documents_own_curation_lists_only_what_is_new() -> None:
    result = _run("curate", "suggest", str(DOCUMENT))
    assert result.returncode == 0, result.stderr
    # 32 with the Russian Federation, a party to the Agreement and a record of its own.
    assert result.stdout.strip().endswith(
        "0 proposal(s); 32 already in fight-against-transnational-crime-and-terrorism.toml"
    )


def test_cli_suggest_on_a_missing_document_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _run("curate", "suggest", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "missing.txt: cannot be read (No such file or directory)" in result.stderr


_PIECES = (
    "On", "on", "6 November 2003", "12–14 March 2019", "2022-01-20", "in", "Brussels",
    "The Hague", "the", "Joint Statement", "Summit", "talks", "meeting", "(", ")", ",", ".",
    "Deputy Minister", "Oleg Syromolotov", "Federal Security Service", "and", "\u2011",
    "\u00a0", "\u202e", "\n", "Ministry of Interior", "round", "respectively", "of",
    "(two rounds on 1 April 2016 in Brussels and on 8 February 2017 in Moscow)",
)  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=60))
@example(["On", "6 November 2003", "the", "talks", _PIECES[-1], "."])
@settings(max_examples=200, deadline=None)
def test_any_text_gives_proposals_quoting_it_exactly(pieces: list[str]) -> None:
    body = " ".join(pieces)
    text = f"Title\n\n{body}\n\n{body[::-1]}"
    _, paragraphs = split_paragraphs(text)
    for p in suggest(text):
        assert paragraphs[p.paragraph - 1][p.start : p.stop] == p.quote
        assert p.quote.strip() == p.quote and p.quote
        assert p.kind in (None, *KIND_BY_ID)
