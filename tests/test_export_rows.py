"""The CSV export from rows SQLite assembles (or the build wrote) is the export from the
records in full, byte for byte: every basis marked as before, nothing stated that is not,
every cell guarded against formula injection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import doctored_copy
from coopdesk.export import export_file, export_text, row_words, to_csv
from coopdesk.jobs import Cancelled, Progress
from coopdesk.marks import mark_short
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.store.rows import CHUNK, FINGERPRINT_KEY, fill
from coopdesk.synth import synthesize


def full_records_csv(store: Store, filters: Filters, notes: dict[str, str] | None) -> str:
    """The export as it was made before: every record read in full, then formatted."""
    records = store.dated(filters)
    details = store.details([r.id for r in records])
    if filters.stated_only:
        details = [d.stated_links_only() for d in details]
    return to_csv(details, notes, {r.id: r.basis for r in records})


def filters_of(store: Store) -> list[Filters]:
    agencies = [v.id for v in store.facets(Filters()).agencies if v.count][:3]
    offences = [v.id for v in store.facets(Filters()).offences if v.count][:2]
    out = [Filters(), Filters(stated_only=True)]
    for agency in agencies:
        out += [Filters(agencies=(agency,)), Filters(agencies=(agency,), stated_only=True)]
    out += [Filters(offences=(offence,)) for offence in offences]
    return out


def assert_same_exports(db: Path) -> str:
    notes = None
    with Store(db) as store:
        for filters in filters_of(store):
            ids = [r.id for r in store.dated(filters)]
            notes = {ids[0]: '=SUM(A1) "quoted"', ids[-1]: "line one\nline two"} if ids else {}
            for asked in (None, notes):
                fast, count = export_text(store, filters, "csv", asked)
                assert count == len(ids)
                assert fast == full_records_csv(store, filters, asked), filters
        return export_text(store, Filters(), "csv")[0]


def remake_rows(db: Path, *, stored: bool) -> None:
    """Rows for ``db`` as it is now: written as the build writes them, or none (the export
    assembles them in SQL)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("DELETE FROM export_rows")
        conn.execute("DELETE FROM meta WHERE key = ?", (FINGERPRINT_KEY,))
        if stored:
            fill(conn, row_words())
        conn.commit()
    finally:
        conn.close()


def without_stored_rows(db: Path, target: Path) -> Path:
    """A copy whose stored rows say they were made another way: the export assembles its
    rows in SQL instead."""
    return doctored_copy(
        db, target, f"UPDATE meta SET value = 'other' WHERE key = '{FINGERPRINT_KEY}'"
    )


def test_the_bundled_data_exports_as_its_full_records_with_every_basis(
    built_db: Path, tmp_path: Path
) -> None:
    text = assert_same_exports(built_db)
    # Every basis is there to be compared: titles of ours and readings, inferred links.
    assert "(title not in the source)" in text
    assert "(title inferred)" in text or "inferred: " in text
    assert "(inferred)" in text
    assert assert_same_exports(without_stored_rows(built_db, tmp_path / "assembled.db")) == text


def test_a_synthetic_database_exports_as_its_full_records(tmp_path: Path) -> None:
    db = tmp_path / "synth.db"
    synthesize(db, events=400, seed=3)
    text = assert_same_exports(db)
    assert "(inferred)" in text
    assert assert_same_exports(without_stored_rows(db, tmp_path / "assembled.db")) == text


def test_the_stored_rows_are_used_only_when_made_as_this_export_makes_them(
    built_db: Path, tmp_path: Path
) -> None:
    with Store(built_db) as store:
        first = store.dated(Filters())[0].id
    marked = doctored_copy(
        built_db,
        tmp_path / "marked.db",
        f"UPDATE export_rows SET tail = '\"from the build\"' WHERE record_id = '{first}'",
    )
    with Store(marked) as store:
        assert f'"{first}",' in export_text(store, Filters(), "csv")[0]
        assert '"stated","from the build"' in export_text(store, Filters(), "csv")[0]
    missing = doctored_copy(
        built_db, tmp_path / "missing.db", f"DELETE FROM export_rows WHERE record_id = '{first}'"
    )
    with Store(missing) as store:  # a record without stored cells is made in full
        assert export_text(store, Filters(), "csv")[0] == full_records_csv(store, Filters(), None)
    with Store(without_stored_rows(marked, tmp_path / "other.db")) as store:
        assert "from the build" not in export_text(store, Filters(), "csv")[0]
        assert export_text(store, Filters(), "csv")[0] == full_records_csv(store, Filters(), None)


@pytest.mark.parametrize("stored", [True, False])
def test_formulas_quotes_and_control_characters_are_made_safe(
    built_db: Path, tmp_path: Path, stored: bool
) -> None:
    """Cells a spreadsheet would run, quotes, and control characters (which csv_cell
    removes before it looks for a formula) come out as the full records' export has them,
    from rows made by the build or assembled on the spot."""
    with Store(built_db) as store:
        dated = [r.id for r in store.dated(Filters())]
        first = dated[0]
        # The others are not linked to the first: its line stays plain, made in SQL.
        linked = {link.other.id for link in store.record(first).links}
        second, third = [i for i in dated[1:] if i not in linked][:2]
    db = doctored_copy(
        built_db,
        tmp_path / "doctored.db",
        f"""UPDATE records SET title = CASE id
                WHEN '{first}' THEN '=HYPERLINK("http://x")'
                WHEN '{second}' THEN char(1) || '+1 "quoted"'
                WHEN '{third}' THEN '－1' || char(13) || char(10) || 'two lines' END
            WHERE id IN ('{first}', '{second}', '{third}')""",
    )
    remake_rows(db, stored=stored)
    with Store(db) as store:
        text = export_text(store, Filters(), "csv")[0]
        assert text == full_records_csv(store, Filters(), None)
    assert '"\'=HYPERLINK(""http://x"")"' in text
    assert '"\'+1 ""quoted"""' in text
    assert "\x01" not in text and "'－1\ntwo lines" in text


@pytest.mark.parametrize("stored", [True, False])
def test_an_agency_linked_twice_is_marked_only_when_no_link_to_it_is_stated(
    built_db: Path, tmp_path: Path, stored: bool
) -> None:
    """An inferred link listed before a stated one to the same agency: the agency is named
    once, where it first comes, unmarked (the stated link outweighs the reading); with only
    inferred links it is marked."""
    conn = sqlite3.connect(built_db)
    try:
        source, agency = conn.execute(
            "SELECT l.from_id, l.to_id FROM links l JOIN records o ON o.id = l.to_id "
            "WHERE o.kind = 'agency' AND l.relation = 'implemented_by' AND l.basis = 'stated' "
            "ORDER BY l.id LIMIT 1"
        ).fetchone()
        other = conn.execute(
            "SELECT id FROM records WHERE kind = 'agency' AND id NOT IN "
            "(SELECT to_id FROM links WHERE from_id = ?) ORDER BY id LIMIT 1",
            (source,),
        ).fetchone()[0]
    finally:
        conn.close()
    db = doctored_copy(
        built_db,
        tmp_path / "twice.db",
        f"""INSERT INTO links (from_id, to_id, relation, basis, reason) VALUES
            ('{source}', '{agency}', 'party', 'inferred', 'a reading'),
            ('{source}', '{other}', 'party', 'inferred', 'a reading'),
            ('{source}', '{other}', 'participant', 'inferred', 'another reading')""",
    )
    remake_rows(db, stored=stored)
    with Store(db) as store:
        for filters in (Filters(), Filters(stated_only=True)):
            text = export_text(store, filters, "csv")[0]
            assert text == full_records_csv(store, filters, None)
        agencies = export_text(store, Filters(), "csv")[0]
        line = next(x for x in agencies.split("\r\n") if x.startswith(f'"{source}"'))
        names = {r.id: r.title for r in store.entities("agency")}
    assert f"{names[agency]} (inferred)" not in line and names[agency] in line
    assert f"{names[other]} (inferred)" in line


def test_a_csv_export_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    db = tmp_path / "synth.db"
    synthesize(db, events=5000, seed=4)
    steps: list[tuple[int, int]] = []
    out = tmp_path / "out.csv"
    with Store(db) as store:
        progress = Progress(lambda done, total, _text: steps.append((done, total)))
        count = export_file(store, Filters(), "csv", out, progress=progress)
        assert count == store.total_dated() > CHUNK
        assert steps[-1] == (count, count) and len(steps) >= 2
        assert [done for done, _ in steps] == sorted(done for done, _ in steps)
        stop = Progress(cancelled=lambda: True)
        with pytest.raises(Cancelled):
            export_file(store, Filters(), "csv", tmp_path / "no.csv", progress=stop)
    assert out.read_bytes().count(b"\r\n") == count + 1
    assert not (tmp_path / "no.csv").exists()


def test_a_russian_export_marks_in_russian_as_the_full_records_do(
    russian: None, built_db: Path
) -> None:
    """The stored rows are English: in another language the export assembles its rows
    with that language's marks, and says exactly what the records in full say."""
    texts = []
    with Store(built_db) as store:
        for filters in (Filters(), Filters(stated_only=True)):
            texts.append(export_text(store, filters, "csv")[0])
            assert texts[-1] == full_records_csv(store, filters, None)
    assert mark_short("inferred") != " (inferred)"
    assert mark_short("inferred") in texts[0] and "(inferred)" not in texts[0]
