"""Preview databases, Publish, and a second (fictitious) document beside the real one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.build import build
from coopdesk.curate.commands import EditRecord
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.preview import Preview, publish
from coopdesk.curate.session import Session
from coopdesk.errors import CurationError
from coopdesk.store import Store

NAME = "fight-against-transnational-crime-and-terrorism"
FICTITIOUS = Path(__file__).resolve().parent.parent / "data" / "fictitious"
LANTERN = "fictitious-lantern-cooperation"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def edited(source_copy: Path) -> Session:
    """The bundled curation, copied, with the meeting in The Hague renamed (unsaved)."""
    session = Session(CurationFile.open(source_copy / f"{NAME}.toml"))
    session.push(
        EditRecord(
            session.curation,
            "event/2017-09-27-the-hague",
            {"title": "Renamed meeting", "title_basis": "editorial", "title_reason": "A test."},
        )
    )
    return session


def test_preview_shows_unsaved_edits_and_touches_neither_file_nor_bundled_db(
    edited: Session,
) -> None:
    bundled = _digest(paths.bundled_db())
    saved = _digest(edited.curation.path)
    with Preview() as preview:
        first = preview.build(edited.curation)
        with Store(first) as store:
            assert store.record("event/2017-09-27-the-hague").title == "Renamed meeting"
        edited.undo()
        second = preview.build(edited.curation)
        assert second != first and not first.exists()  # each build a new file
        with Store(second) as store:
            assert store.record("event/2017-09-27-the-hague").title.startswith("Meeting of")
        folder = preview.folder
    assert not folder.exists()
    assert _digest(paths.bundled_db()) == bundled
    assert _digest(edited.curation.path) == saved


def test_publish_writes_a_chosen_database_and_saves_the_curation(
    edited: Session, tmp_path: Path
) -> None:
    target = tmp_path / "published.db"
    output, built = publish(edited.curation, target)
    assert output == target and len(built.documents) == 1
    with Store(target) as store:
        assert store.record("event/2017-09-27-the-hague").title == "Renamed meeting"
    assert not edited.curation.modified
    assert 'title = "Renamed meeting"' in edited.curation.path.read_text(encoding="utf-8")


def test_publish_refuses_an_invalid_curation_and_writes_nothing(
    edited: Session, tmp_path: Path
) -> None:
    edited.push(
        EditRecord(edited.curation, "event/2017-09-27-the-hague", {"place": "place/atlantis"})
    )
    saved = edited.curation.path.read_bytes()
    with pytest.raises(CurationError, match=r"not published: .*place/atlantis"):
        publish(edited.curation, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()
    assert edited.curation.path.read_bytes() == saved


def test_publish_without_a_target_needs_the_checkouts_own_source(
    edited: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Away from the checkout's data/source, a target must be chosen.
    with pytest.raises(CurationError, match="choose a database to publish to"):
        publish(edited.curation)
    # An installed CoopDesk (no checkout) never writes its bundled database.
    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    with pytest.raises(CurationError, match="never written"):
        publish(edited.curation)
    # In a checkout whose data/source holds the curation, data/coop.db is written.
    checkout = edited.curation.path.parent.parent
    monkeypatch.setattr(paths, "checkout_root", lambda: checkout)
    monkeypatch.setattr(paths, "source_dir", lambda: edited.curation.path.parent)
    monkeypatch.setattr(paths, "bundled_db", lambda: checkout / "coop.db")
    output, _ = publish(edited.curation)
    assert output == checkout / "coop.db"
    with Store(output) as store:
        assert store.record("event/2017-09-27-the-hague").title == "Renamed meeting"


@pytest.fixture
def two_documents(tmp_path: Path) -> Path:
    """The real document and the fictitious one in one source folder."""
    source = tmp_path / "source"
    shutil.copytree(paths.source_dir(), source)
    for path in FICTITIOUS.iterdir():
        shutil.copy(path, source / path.name)
    return source


def test_a_second_document_builds_beside_the_real_one_and_its_records_cite_it(
    two_documents: Path, tmp_path: Path
) -> None:
    db = tmp_path / "two.db"
    build(two_documents, db)
    with Store(db) as store:
        titles = {d.id: d.title for d in store.meta().documents}
        assert set(titles) == {NAME, LANTERN}
        assert titles[LANTERN].startswith("FICTITIOUS TEST DOCUMENT")
        accord = store.record("instrument/2019-03-12-lantern-accord")
        assert {(c.document_id, c.document_title) for c in accord.citations} == {
            (LANTERN, titles[LANTERN])
        }
        hague = store.record("event/2017-09-27-the-hague")
        assert {c.document_id for c in hague.citations} == {NAME}
        talks = store.record("event/2022-01-20-lantern-talks-round-2")
        assert {c.document_id for link in talks.links for c in link.citations} == {LANTERN}
        assert [r.id for r in store.dated(store.resolve_filters(year=2022))] == [
            "event/2022-01-20-lantern-talks-round-2"
        ]
    conn = sqlite3.connect(db)
    try:
        # Every record and every citation names its own document; no mixing.
        mixed = conn.execute(
            """SELECT count(*) FROM citations c JOIN records r ON r.id = c.record_id
               WHERE c.document_id != r.document_id"""
        ).fetchone()[0]
        assert mixed == 0
    finally:
        conn.close()


def test_the_fictitious_curation_is_edited_and_previewed_beside_the_real_one(
    two_documents: Path,
) -> None:
    session = Session(CurationFile.open(two_documents / "lantern-cooperation.toml"))
    assert session.problems == []
    session.push(
        EditRecord(
            session.curation,
            "place/zenda",
            {"title": "Zenda (fictitious)", "title_basis": "editorial", "title_reason": "A test."},
        )
    )
    with Preview() as preview, Store(preview.build(session.curation)) as store:
        assert store.record("place/zenda").title == "Zenda (fictitious)"
        assert store.record("event/2017-09-27-the-hague").title.startswith("Meeting of")
