"""Editing a curation file: comments and order kept, every change undoable, checked."""

from __future__ import annotations

import difflib
import shutil
import tomllib
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.build import load_curation
from coopdesk.curate.commands import (
    AddLink,
    AddRecord,
    EditLink,
    EditRecord,
    RemoveRecord,
    add_alias,
    add_quote,
    remove_alias,
    remove_link,
)
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.draft import Draft, create_record, draft, from_proposal
from coopdesk.curate.session import Session
from coopdesk.curate.suggest import suggest
from coopdesk.errors import CurationError

NAME = "fight-against-transnational-crime-and-terrorism"


@pytest.fixture
def session(source_copy: Path) -> Session:
    return Session(CurationFile.open(source_copy / f"{NAME}.toml"))


def _diff(before: str, after: str) -> list[str]:
    """The changed lines, each with its + or -."""
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]


def _select(curation: CurationFile, paragraph: int, words: str) -> tuple[int, int, int]:
    start = curation.paragraphs[paragraph - 1].index(words)
    return paragraph, start, start + len(words)


def test_opening_and_saving_untouched_gives_the_file_back_byte_for_byte(session: Session) -> None:
    curation = session.curation
    original = curation.path.read_bytes()
    assert session.problems == []
    assert not curation.modified
    curation.save()
    assert curation.path.read_bytes() == original


def test_a_new_record_goes_among_its_kind_and_only_its_lines_change(session: Session) -> None:
    curation = session.curation
    before = curation.text
    quote = curation.quote(*_select(curation, 5, "During the meeting the parties considered"))
    session.push(
        AddRecord(
            curation,
            # A date and a place this quote does not state: read off it, as marked.
            {"id": "event/2017-09-28-test", "kind": "meeting", "title": "Meeting",
             "date": "2017-09-28", "date_basis": "inferred", "date_reason": "A test.",
             "place": "place/the-hague", "place_basis": "inferred", "place_reason": "A test."},
            [quote],
        )
    )  # fmt: skip
    assert _diff(before, curation.text) == [
        "+[[record]]",
        '+id = "event/2017-09-28-test"',
        '+kind = "meeting"',
        '+title = "Meeting"',
        '+date = "2017-09-28"',
        '+date_basis = "inferred"',
        '+date_reason = "A test."',
        '+place = "place/the-hague"',
        '+place_basis = "inferred"',
        '+place_reason = "A test."',
        '+quote = "During the meeting the parties considered"',
        "+",
    ]
    # It is the last event: the section comment after it still opens the agencies.
    text = curation.text
    assert (
        text.index('id = "event/2017-09-27-the-hague"')
        < text.index('id = "event/2017-09-28-test"')
        < text.index("# --------------------------------------------------------------- agencies")
        < text.index('id = "agency/ru-ministry-of-interior"')
    )
    assert session.problems == []


def test_every_change_undone_gives_the_file_back_exactly_and_redo_repeats_it(
    session: Session,
) -> None:
    curation = session.curation
    original = curation.text
    commands = [
        lambda: RemoveRecord(curation, "instrument/2003-11-06-europol-cooperation-agreement"),
        lambda: RemoveRecord(curation, "instrument/2014-01-28-joint-statement-terrorism"),
        lambda: EditRecord(
            curation,
            "place/rome",
            {
                "title": "Roma",
                "title_basis": "editorial",
                "title_reason": "A test.",
                "role": "capital",
                "role_basis": "editorial",
                "role_reason": "A test.",
            },
        ),
        lambda: add_alias(curation, "agency/eu-europol", "Europol", "Europol"),
        lambda: remove_alias(curation, "agency/eu-eeas", "EU diplomatic service"),
        lambda: add_quote(curation, "place/moscow", "in Moscow respectively"),
        lambda: remove_link(curation, len(curation.links()) - 1),
        lambda: EditLink(curation, 0, {"basis": "inferred", "reason": "A test reason."}),
    ]
    states = [original]
    for make in commands:
        session.push(make())
        assert session.problems == [], session.undo_text
        states.append(curation.text)
    assert len(set(states)) == len(states)  # each command changed something
    for state in reversed(states[:-1]):
        assert session.undo()
        assert curation.text == state
    assert not session.undo()
    for state in states[1:]:
        assert session.redo()
        assert curation.text == state


def test_removing_the_last_record_of_a_section_keeps_the_next_sections_comment(
    session: Session,
) -> None:
    curation = session.curation
    session.push(RemoveRecord(curation, "event/2017-09-27-the-hague"))
    text = curation.text
    assert "# --------------------------------------------------------------- agencies" in text
    assert 'id = "event/2017-09-27-the-hague"' not in text
    assert "the-hague" in text  # the place stays; only the event and its links went
    assert not any(
        "event/2017-09-27-the-hague" in (link["from"], link["to"]) for link in curation.links()
    )
    assert session.problems == []


def test_a_record_still_used_as_a_place_cannot_be_removed(session: Session) -> None:
    with pytest.raises(CurationError, match="is the place or parent of"):
        RemoveRecord(session.curation, "place/brussels")


def test_a_quote_is_the_selection_and_an_ambiguous_one_is_refused(session: Session) -> None:
    curation = session.curation
    # ¶2 writes "Point ‑ special" with U+2011: the quote keeps the document's character.
    selection = _select(curation, 2, "National Contact Point \u2011 special unit")
    assert curation.quote(*selection) == "National Contact Point \u2011 special unit"
    paragraph, start, stop = _select(curation, 6, "Brussels")
    with pytest.raises(CurationError, match=r"also appears earlier \(¶4\)"):
        curation.quote(paragraph, start, stop)
    with pytest.raises(CurationError, match="not in the document"):
        AddRecord(curation, {"id": "place/x", "kind": "place", "title": "X"}, ["Paris, France"])


def test_invisible_characters_are_written_as_escapes_and_read_back_exactly(
    session: Session,
) -> None:
    curation = session.curation
    quote = curation.quote(*_select(curation, 2, "National Contact Point \u2011 special unit"))
    session.push(add_quote(curation, "agency/ru-national-contact-point", quote))
    assert r'"National Contact Point \u2011 special unit"' in curation.text
    records = {r["id"]: r for r in tomllib.loads(curation.text)["record"]}
    assert records["agency/ru-national-contact-point"]["quotes"][1] == quote
    assert session.problems == []


def test_the_builds_checks_run_on_every_change_and_undo(session: Session) -> None:
    curation = session.curation
    session.push(EditRecord(curation, "event/2017-09-27-the-hague", {"place": "place/nowhere"}))
    assert len(session.problems) == 1
    [problem] = session.problems
    assert (problem.file, problem.subject) == (f"{NAME}.toml", "event/2017-09-27-the-hague")
    assert problem.message == "place 'place/nowhere' is not a record"
    assert curation.text.splitlines()[problem.line - 1] == 'place = "place/nowhere"'
    session.undo()
    assert session.problems == []


def test_changes_that_cannot_be_made_are_refused_before_anything_changes(
    session: Session,
) -> None:
    curation = session.curation
    before = curation.text
    with pytest.raises(CurationError, match="never changed"):
        EditRecord(curation, "place/rome", {"id": "place/roma"})
    with pytest.raises(CurationError, match="needs its reason"):
        AddLink(
            curation,
            {"from": "place/rome", "to": "place/moscow", "relation": "context",
             "basis": "inferred"},
            ["Rome"],
        )  # fmt: skip
    with pytest.raises(CurationError, match="taken"):
        AddRecord(curation, {"id": "place/rome", "kind": "place", "title": "Rome"}, ["Rome"])
    assert curation.text == before


def test_a_record_from_a_selection_gets_its_date_place_and_known_participants(
    session: Session,
) -> None:
    curation = session.curation
    selection = _select(
        curation, 5, "On 27 September 2017 in The Hague a meeting between experts of the "
        "Russian Ministry of Interior and Europol took place",
    )  # fmt: skip
    proposed = draft(curation, *selection)
    assert (proposed.kind, proposed.date, proposed.place) == (
        "meeting",
        "2017-09-27",
        "place/the-hague",
    )
    assert proposed.participants == ("agency/ru-ministry-of-interior", "agency/eu-europol")
    before = curation.text
    session.push(create_record(curation, proposed))
    assert session.problems == []
    (new,) = [r for r in curation.records() if r["id"] not in before]
    assert (new["date"], new["place"]) == ("2017-09-27", "place/the-hague")
    assert [(lk["to"], lk["relation"], lk["basis"], lk["quote"]) for lk in curation.links()
            if lk["from"] == new["id"]] == [
        ("agency/ru-ministry-of-interior", "participant", "stated", proposed.quote),
        ("agency/eu-europol", "participant", "stated", proposed.quote),
    ]  # fmt: skip
    session.undo()
    assert curation.text == before


def test_from_a_new_document_to_a_valid_curation_by_accepting_proposals(tmp_path: Path) -> None:
    """No TOML typed by hand: a document, the Suggest pass, accepts, and the build."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(paths.source_dir() / f"{NAME}.txt", source / "statement.txt")
    session = Session(CurationFile.for_document(source / "statement.txt"))
    curation = session.curation
    assert curation.records() == []
    proposals = suggest(curation.document_text, curation.known())
    for proposal in [p for p in proposals if p.date is None]:
        session.push(create_record(curation, from_proposal(curation, proposal)))
    for proposal in [p for p in proposals if p.date is not None]:
        session.push(create_record(curation, from_proposal(curation, proposal)))
    assert session.problems == []
    curation.save()
    built = load_curation(source)
    dated = [r for r in built.records if r.date]
    assert len(dated) == 11
    round_3 = next(r for r in dated if r.date == "2018-02-08")
    participants = {lk.to_id for lk in built.links if lk.from_id == round_3.id}
    assert {"person/oleg-syromolotov", "person/gilles-de-kerchove"} <= participants
    assert round_3.place == "place/brussels"


def test_a_new_curation_starts_with_its_document_table_and_a_header(tmp_path: Path) -> None:
    document = tmp_path / "Note Verbale 12.txt"
    document.write_text("A title\n\nOn 5 May 2020 a meeting was held in Vienna.\n", "utf-8")
    curation = CurationFile.for_document(document)
    assert curation.path == tmp_path / "Note Verbale 12.toml"
    data = tomllib.loads(curation.text)
    assert data["document"]["id"] == "note-verbale-12"
    assert data["document"]["file"] == "Note Verbale 12.txt"
    assert curation.text.startswith('# Curation of "A title".')
    proposed = draft(curation, *_select(curation, 1, "On 5 May 2020 a meeting was held in Vienna"))
    assert proposed == Draft(
        "On 5 May 2020 a meeting was held in Vienna", "meeting", "Meeting", "2020-05-05", "Vienna",
        date_text="5 May 2020",
    )  # fmt: skip
    session = Session(curation)
    session.push(create_record(curation, proposed))
    assert [r["id"] for r in curation.records()] == [
        "event/2020-05-05-meeting",
        "place/vienna",
    ]
    assert session.problems == []
    session.undo()
    assert "record" not in tomllib.loads(curation.text) or not curation.records()
