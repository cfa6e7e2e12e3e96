"""The build from document to database: quote check, determinism, atomicity, generality."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.build import build, canonical_dump, load_curation, normalise, split_paragraphs
from coopdesk.errors import BuildError

TOML = "fight-against-transnational-crime-and-terrorism.toml"


def _edit(source: Path, old: str, new: str) -> None:
    path = source / TOML
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_committed_database_matches_a_fresh_build(built_db: Path) -> None:
    assert canonical_dump(paths.bundled_db()) == canonical_dump(built_db), (
        "data/coop.db is stale: run 'coopdesk build-db' and commit it"
    )


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    build(paths.source_dir(), tmp_path / "a.db")
    build(paths.source_dir(), tmp_path / "b.db")
    assert (tmp_path / "a.db").read_bytes() == (tmp_path / "b.db").read_bytes()


def test_source_copy_is_byte_for_byte_the_shared_document() -> None:
    shared = paths.source_dir().parent.parent.parent / "shared" / "source"
    ours = paths.source_dir() / "fight-against-transnational-crime-and-terrorism.txt"
    if shared.is_dir():
        assert ours.read_bytes() == (shared / ours.name).read_bytes()
    digest = hashlib.sha256(ours.read_bytes()).hexdigest()
    assert digest == "2b0d0e280a945294935eebb561bc385cab8380f1b019f536ac80c44994518663"


def test_database_records_the_source_sha256(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["source_sha256"] == (
        "2b0d0e280a945294935eebb561bc385cab8380f1b019f536ac80c44994518663"
    )
    assert meta["schema_version"] == "7"


def test_doctored_quote_is_refused_naming_record_and_quote(source_copy: Path) -> None:
    _edit(source_copy, '"the Federal Security Service"', '"the Federal Secret Service"')
    with pytest.raises(BuildError) as err:
        build(source_copy, source_copy / "out.db")
    message = str(err.value)
    assert "agency/ru-federal-security-service" in message
    assert "the Federal Secret Service" in message
    assert f"{TOML}:" in message  # the file and the line
    assert not (source_copy / "out.db").exists()


def test_failed_build_leaves_previous_database_untouched(source_copy: Path) -> None:
    out = source_copy / "coop.db"
    build(source_copy, out)
    before = out.read_bytes()
    _edit(source_copy, 'title = "Rome"', 'title = "Rome"\nbogus = 1')
    with pytest.raises(BuildError, match="unknown field"):
        build(source_copy, out)
    assert out.read_bytes() == before
    assert [p.name for p in source_copy.iterdir() if p.suffix == ".tmp"] == []


def test_no_break_space_and_non_breaking_hyphen_are_forgiven_nothing_else() -> None:
    assert normalise("Point \u2011 special\u00a0unit") == "Point - special unit"
    curation = load_curation(paths.source_dir())
    ncp = next(r for r in curation.records if r.id == "agency/ru-national-contact-point")
    # The stored quote keeps the document's own character.
    assert "\u2011" in ncp.citations[0].quote


def test_quote_differing_in_case_is_refused(source_copy: Path) -> None:
    _edit(source_copy, '"the Federal Customs Service"', '"the federal customs service"')
    with pytest.raises(BuildError, match="quote not found"):
        load_curation(source_copy)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('id = "place/moscow"', 'id = "place/rome"', "used twice"),
        (
            'to = "agency/eu-europol"\nrelation = "party"',
            'to = "agency/nowhere"\nrelation = "party"',
            "'agency/nowhere' is not a record",
        ),
        ('reason = "Drug trafficking is read as offence type 3', 'comment = "x', "unknown field"),
        ('date = "2016-04-01"', 'date = "1 April 2016"', "YYYY-MM-DD"),
        ('relation = "adopted_at"', 'relation = "liked"', "unknown relation"),
    ],
)
def test_curation_mistakes_stop_the_build_with_a_named_message(
    source_copy: Path, old: str, new: str, expected: str
) -> None:
    _edit(source_copy, old, new)
    with pytest.raises(BuildError, match=expected):
        load_curation(source_copy)


def test_inferred_link_without_reason_is_refused(source_copy: Path) -> None:
    _edit(
        source_copy,
        'reason = "Drug trafficking is read as offence type 3, illicit trafficking in narcotic '
        'drugs."\n',
        "",
    )
    with pytest.raises(BuildError, match="needs a one-line reason"):
        load_curation(source_copy)


def test_invalid_utf8_document_names_the_file_and_line(source_copy: Path) -> None:
    doc = source_copy / "fight-against-transnational-crime-and-terrorism.txt"
    doc.write_bytes(doc.read_bytes().replace(b"Rome", b"R\xffme"))
    with pytest.raises(BuildError, match=r"terrorism\.txt:3: not valid UTF-8"):
        load_curation(source_copy)


def test_empty_document_is_refused(source_copy: Path) -> None:
    (source_copy / "fight-against-transnational-crime-and-terrorism.txt").write_text("")
    with pytest.raises(BuildError, match="empty"):
        load_curation(source_copy)


def test_several_documents_build_one_database(source_copy: Path, tmp_path: Path) -> None:
    (source_copy / "second.txt").write_text(
        "A second note\n\nOn 2 March 2020 experts met in Vienna.\n", encoding="utf-8"
    )
    (source_copy / "second.toml").write_text(
        '[document]\nid = "second"\nfile = "second.txt"\n\n'
        '[[record]]\nid = "event/2020-03-02-vienna"\nkind = "meeting"\n'
        'title = "Experts in Vienna"\ndate = "2020-03-02"\nplace = "place/vienna"\n'
        'quote = "On 2 March 2020 experts met in Vienna."\n\n'
        '[[record]]\nid = "place/vienna"\nkind = "place"\ntitle = "Vienna"\n'
        'quote = "experts met in Vienna"\n'
        '\n[[link]]\nfrom = "event/2020-03-02-vienna"\nto = "agency/eu-europol"\n'
        'relation = "participant"\nbasis = "inferred"\nreason = "Test of a cross-document link."\n'
        'quote = "On 2 March 2020 experts met"\n',
        encoding="utf-8",
    )
    out = tmp_path / "two.db"
    curation = build(source_copy, out)
    assert [d.id for d in curation.documents] == [
        "fight-against-transnational-crime-and-terrorism",
        "second",
    ]
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert conn.execute(
        "SELECT c.document_id, c.paragraph FROM citations c JOIN records r ON r.id = c.record_id "
        "WHERE r.id = 'event/2020-03-02-vienna'"
    ).fetchall() == [("second", 1)]


def test_paragraphs_skip_the_title_and_blank_blocks() -> None:
    text = (paths.source_dir() / "fight-against-transnational-crime-and-terrorism.txt").read_text(
        encoding="utf-8"
    )
    title, paragraphs = split_paragraphs(text)
    assert title == "Fight against transnational crime and terrorism"
    assert len(paragraphs) == 7
    assert paragraphs[4].startswith("Regular consultations on counterterrorism")
    assert paragraphs[6].startswith("[1] 1) against life and health")


def test_schema_declares_foreign_keys_for_generic_browsers(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    fks = {
        (table, row[2], row[3])
        for table in ("records", "links", "citations", "record_agencies", "paragraphs")
        for row in conn.execute(f"PRAGMA foreign_key_list({table})")
    }
    assert ("links", "records", "from_id") in fks
    assert ("links", "records", "to_id") in fks
    assert ("records", "records", "place_id") in fks
    assert ("citations", "links", "link_id") in fks
    assert ("record_agencies", "records", "agency_id") in fks
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_record_and_link_has_a_citation_found_in_its_paragraph(built_db: Path) -> None:
    conn = sqlite3.connect(built_db)
    uncited = conn.execute(
        "SELECT id FROM records WHERE id NOT IN (SELECT record_id FROM citations "
        "WHERE record_id IS NOT NULL)"
    ).fetchall()
    assert uncited == []
    assert (
        conn.execute(
            "SELECT id FROM links WHERE id NOT IN (SELECT link_id FROM citations "
            "WHERE link_id IS NOT NULL)"
        ).fetchall()
        == []
    )
    for quote, text in conn.execute(
        "SELECT c.quote, p.text FROM citations c JOIN paragraphs p "
        "ON p.document_id = c.document_id AND p.number = c.paragraph"
    ):
        assert quote in text
