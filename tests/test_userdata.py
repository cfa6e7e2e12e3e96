"""The user's own data file: notes, bookmarks, views, XBEL, and files it cannot read."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.build import build
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.userdata import SCHEMA_VERSION, UserData, UserDataError, View, parse_xbel

HAGUE = "event/2017-09-27-the-hague"
MOSCOW = "event/2017-02-08-ct-talks-round-2"


@pytest.fixture
def data(tmp_path: Path):  # type: ignore[no-untyped-def]
    with UserData(tmp_path / "user.db") as opened:
        yield opened


def test_a_new_file_is_wal_with_a_schema_version(tmp_path: Path) -> None:
    UserData(tmp_path / "user.db").close()
    conn = sqlite3.connect(tmp_path / "user.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_note_is_saved_replaced_and_removed_when_blank(data: UserData) -> None:
    assert data.note(HAGUE) is None
    data.set_note(HAGUE, "Ask Europol about the follow-up.")
    assert data.note(HAGUE).text == "Ask Europol about the follow-up."
    data.set_note(HAGUE, "Second thoughts.")
    assert [n.text for n in data.notes()] == ["Second thoughts."]
    assert data.set_note(HAGUE, "   \n") is None
    assert data.note(HAGUE) is None


def test_notes_are_committed_at_once(tmp_path: Path) -> None:
    first = UserData(tmp_path / "user.db")
    first.set_note(HAGUE, "seen by another connection")
    other = sqlite3.connect(tmp_path / "user.db")
    assert other.execute("SELECT text FROM notes").fetchall() == [("seen by another connection",)]
    other.close()
    first.close()


def test_note_search_ignores_case_needs_every_word_and_binds_the_text(data: UserData) -> None:
    data.set_note(HAGUE, "Cybercrime contact: ÉTIENNE at Europol")
    data.set_note(MOSCOW, "Terrorism financing")
    assert [n.record_id for n in data.search_notes("étienne europol")] == [HAGUE]
    assert data.search_notes("étienne financing") == []
    assert data.search_notes("'; DROP TABLE notes; --") == []
    assert len(data.notes()) == 2


def test_bookmarks_keep_their_order_rename_move_and_delete(data: UserData) -> None:
    a = data.add_record_bookmark(HAGUE, "The Hague")
    b = data.add_record_bookmark(MOSCOW, "Moscow talks")
    view = View(Filters(year_from=2017, year_to=2017, text="europol"), HAGUE)
    c = data.add_view_bookmark("2017 and Europol", view)
    assert data.add_record_bookmark(HAGUE, "again") == a  # no duplicates
    assert [x.name for x in data.bookmarks()] == ["The Hague", "Moscow talks", "2017 and Europol"]
    data.move_bookmark(c.id, -2)
    data.rename_bookmark(b.id, "Moscow, 2nd round")
    data.delete_bookmark(a.id)
    marks = data.bookmarks()
    assert [x.name for x in marks] == ["2017 and Europol", "Moscow, 2nd round"]
    assert marks[0].view == view


def test_saved_views_and_the_last_view(data: UserData) -> None:
    view = View(Filters(agencies=("agency/europol",), year_from=2014), HAGUE)
    data.save_view("Europol since 2014", view)
    data.save_view("Europol since 2014", View(Filters(text="x")))
    assert [v.name for v in data.saved_views()] == ["Europol since 2014"]
    assert data.saved_views()[0].view.filters.text == "x"
    data.delete_view("Europol since 2014")
    assert data.saved_views() == []
    assert data.last_view() is None
    data.set_last_view(view)
    assert data.last_view() == view


def test_a_view_with_wrong_types_is_read_leniently() -> None:
    view = View.from_json('{"agencies": "x", "year_from": "soon", "text": 3, "record": 5}')
    assert view == View()
    assert View.from_json("not json") == View()
    assert View.from_json("[" * 100_000) == View()
    # A year stored as text (by hand, or by an older writer) is still a year.
    assert View.from_json('{"year_from": "2017"}').filters == Filters(year_from=2017)


def test_xbel_round_trip_escapes_hostile_names(data: UserData, tmp_path: Path) -> None:
    hostile = '<b>"Tom & Jerry"</b> ]]> \u202eevil'
    data.add_record_bookmark(HAGUE, hostile)
    data.add_view_bookmark("2017 view", View(Filters(year_from=2017, year_to=2017, text="a&b")))
    out = tmp_path / "marks.xbel"
    assert data.export_xbel(out) == 2
    root = ET.parse(out).getroot()
    assert root.tag == "xbel" and root.get("version") == "1.0"
    first = root.find("bookmark")
    assert first is not None
    assert first.get("href") == f"coopdesk:record/{HAGUE}"
    assert first.findtext("title") == hostile
    with UserData(tmp_path / "other.db") as other:
        assert other.import_xbel(out) == 2
        assert other.import_xbel(out) == 0  # nothing twice
        marks = other.bookmarks()
    assert marks[0].name == hostile and marks[0].record_id == HAGUE
    assert marks[1].view is not None and marks[1].view.filters.text == "a&b"


def test_xbel_import_skips_other_links_and_refuses_entities(tmp_path: Path) -> None:
    text = b"""<?xml version="1.0"?><xbel version="1.0"><folder><title>F</title>
        <bookmark href="https://example.org"><title>web</title></bookmark>
        <bookmark href="coopdesk:record/event/2017-09-27-the-hague"><title>H</title></bookmark>
        </folder></xbel>"""
    assert parse_xbel(text) == [("H", "coopdesk:record/event/2017-09-27-the-hague")]
    with pytest.raises(UserDataError, match="entities"):
        parse_xbel(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><xbel>&a;</xbel>')
    with pytest.raises(UserDataError, match="XBEL"):
        parse_xbel(b"<html></html>")


@pytest.mark.parametrize(
    ("content", "tag", "words"),
    [
        ("garbage", "damaged", "is damaged"),
        ("newer", "newer", "newer CoopDesk"),
        ("foreign", "damaged", "not a CoopDesk notes file"),
    ],
)
def test_an_unreadable_file_is_set_aside_and_a_fresh_one_started(
    tmp_path: Path, content: str, tag: str, words: str
) -> None:
    path = tmp_path / "user.db"
    if content == "garbage":
        path.write_bytes(b"this is not sqlite at all " * 200)
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE something (x)")
        if content == "newer":
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    original = path.read_bytes()
    with UserData(path) as data:
        assert words in data.notice
        assert data.set_aside is not None
        assert data.set_aside.name.startswith(f"user.db.{tag}-")
        assert data.set_aside.read_bytes() == original  # kept, byte for byte
        assert data.set_aside.name in data.notice
        data.set_note(HAGUE, "fresh start")
        assert data.integrity() == "ok"
    with UserData(path) as again:
        assert again.notice == ""
        assert again.note(HAGUE).text == "fresh start"


def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    data = UserData(tmp_path / "user.db")
    data._conn.execute("PRAGMA query_only = ON")  # stands in for a read-only disk
    with pytest.raises(UserDataError, match="could not be saved"):
        data.set_note(HAGUE, "lost?")
    data.close()


def test_notes_and_bookmarks_follow_their_records_through_a_rebuild(
    tmp_path: Path, source_copy: Path
) -> None:
    with UserData(tmp_path / "user.db") as data:
        data.set_note(HAGUE, "Follow up with the cybercrime centre.")
        data.add_record_bookmark(HAGUE, "The Hague")
    # Rebuild from an edited source: records are reordered and renamed, ids stay.
    toml = next(source_copy.glob("*.toml"))
    text = toml.read_text(encoding="utf-8")
    toml.write_text(
        text.replace(
            'title = "Meeting of Ministry of Interior experts and Europol"',
            'title = "Meeting between experts of the Russian Ministry of Interior and Europol"',
        ),
        encoding="utf-8",
    )
    rebuilt = tmp_path / "rebuilt.db"
    build(source_copy, rebuilt)
    with UserData(tmp_path / "user.db") as data, Store(rebuilt) as store:
        note = data.note(HAGUE)
        mark = data.bookmarks()[0]
        assert note is not None and mark.record_id is not None
        assert store.record(mark.record_id).title == (
            "Meeting between experts of the Russian Ministry of Interior and Europol"
        )
        assert store.record(note.record_id).id == HAGUE
        assert paths.bundled_db() != rebuilt


def test_note_search_reads_the_search_syntax_like_the_records(data: UserData) -> None:
    data.set_note(HAGUE, "Ask about counterterrorism and Europol")
    data.set_note(MOSCOW, "Counter-terrorism, not Europol")
    assert [n.record_id for n in data.search_notes("counter terrorism -europol")] == []
    assert {n.record_id for n in data.search_notes("counter-terrorism")} == {HAGUE, MOSCOW}
    assert [n.record_id for n in data.search_notes('"about counterterrorism"')] == [HAGUE]
    assert data.search_notes('"') == [] and data.search_notes("-europol") == []
