"""Several documents in one database: a document filter, and the document named in every
citation, listing and printout."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopdesk.cli import main
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.store.where import cube_keys

REAL = "fight-against-transnational-crime-and-terrorism"
LANTERN = "fictitious-lantern-cooperation"
LANTERN_TITLE = (
    "FICTITIOUS TEST DOCUMENT: Ruritania–Freedonia cooperation against lantern smuggling"
)
REAL_TITLE = "Fight against transnational crime and terrorism"


@pytest.fixture
def two(two_documents_db: Path):  # type: ignore[no-untyped-def]
    with Store(two_documents_db) as opened:
        yield opened


def test_the_document_filter_keeps_only_that_documents_records(two: Store) -> None:
    everything = two.dated()
    lantern = two.dated(Filters(documents=(LANTERN,)))
    real = two.dated(Filters(documents=(REAL,)))
    assert [r.id for r in lantern] == [
        "instrument/2019-03-12-lantern-accord",
        "event/2020-06-03-lantern-consultations-zenda",
        "event/2022-01-20-lantern-talks-round-2",
    ]
    assert len(real) == 11
    assert len(everything) == len(real) + len(lantern)
    assert two.count_dated(Filters(documents=(LANTERN,))) == 3
    assert two.count_dated(Filters(year_from=2017, year_to=2017, documents=(LANTERN,))) == 0
    both = Filters(documents=(REAL, LANTERN))
    assert two.count_dated(both) == len(everything)


def test_the_cube_cannot_answer_a_document_filter_so_the_counts_come_from_the_records(
    two: Store,
) -> None:
    assert cube_keys(Filters(documents=(LANTERN,))) is None
    facets = two.facets(Filters(documents=(LANTERN,)))
    years = {v.number: v.count for v in facets.years if v.count}
    assert years == {2019: 1, 2020: 1, 2022: 1}
    # Each document's count follows the other filters, not its own.
    assert [(v.id, v.count) for v in facets.documents] == [(LANTERN, 3), (REAL, 11)]
    in_2017 = two.facets(Filters(year_from=2017, year_to=2017))
    assert [(v.label, v.count) for v in in_2017.documents] == [(LANTERN_TITLE, 0), (REAL_TITLE, 3)]


def test_one_document_databases_have_no_document_facet(store: Store) -> None:
    assert store.facets().documents == []


def test_documents_are_stored_in_filters_and_read_back_leniently() -> None:
    filters = Filters(year_from=2017, documents=(LANTERN,))
    assert Filters.from_json(filters.to_json()) == filters
    assert Filters.from_dict({"documents": "not a list"}).documents == ()
    assert Filters.from_dict({"documents": [LANTERN, 3, "", LANTERN]}).documents == (LANTERN,)
    assert filters.without("documents") == Filters(year_from=2017)


def test_records_are_found_by_document_through_an_index(two_documents_db: Path) -> None:
    conn = sqlite3.connect(two_documents_db)
    try:
        plan = " ".join(
            str(row)
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM records WHERE document_id = ?", (LANTERN,)
            )
        )
    finally:
        conn.close()
    assert "idx_records_document_id" in plan


def test_unknown_documents_the_database_lacks_are_dropped_from_restored_filters(
    store: Store,
) -> None:
    assert store.known_filters(Filters(documents=(LANTERN, REAL))).documents == (REAL,)


# ---------------------------------------------------------------------- the command line


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_query_by_document_names_the_document_of_each_record(two_documents_db: Path) -> None:
    result = run("query", "--db", str(two_documents_db), "--document", "lantern", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["date"] for r in rows] == ["2019-03-12", "2020-06-03", "2022-01-20"]
    assert {(r["document"], r["document_id"]) for r in rows} == {(LANTERN_TITLE, LANTERN)}
    assert {c["document"] for r in rows for c in r["citations"]} == {LANTERN_TITLE}


def test_an_unknown_document_is_one_line_and_exit_2(
    two_documents_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "--db", str(two_documents_db), "--document", "atlantis"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("coopdesk: no document matches 'atlantis'; the documents are: ")


def test_show_names_the_source_document(
    two_documents_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--db", str(two_documents_db), "place/zenda"]) == 0
    out = capsys.readouterr().out
    assert f"Source: {LANTERN_TITLE}\n  ¶3: “held in Zenda”" in out


def test_csv_export_has_a_document_column(two_documents_db: Path, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "all.csv"
    assert main(["export", "--db", str(two_documents_db), "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows["event/2020-06-03-lantern-consultations-zenda"]["document"] == LANTERN_TITLE
    assert rows["event/2017-09-27-the-hague"]["document"] == REAL_TITLE


def test_a_printed_record_names_its_own_document_in_the_footer(
    two_documents_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "zenda.pdf"
    args = ["print", "--db", str(two_documents_db), "place/zenda", "-o", str(out)]
    assert main(args) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Source: FICTITIOUS TEST DOCUMENT" in " ".join(text.split())
    assert REAL_TITLE not in text


def test_a_briefing_pack_of_one_document_names_that_document(
    two_documents_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "brief.pdf"
    args = ["brief", "--db", str(two_documents_db), "--document", REAL, "-o", str(out)]
    assert main(args) == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert f"document {REAL_TITLE}" in pages[0]  # the filters in words, on the cover
    assert all(f"Source: {REAL_TITLE}" in page for page in pages[1:])
    assert "FICTITIOUS" not in " ".join(pages)


def test_counts_from_bitmaps_honour_the_document_filter_as_the_records_do(
    two: Store, two_documents_db: Path
) -> None:
    """Every way of counting (the cube, the bitmaps, the records) agrees under a document."""
    from coopdesk.store.connection import Connection
    from coopdesk.store.facets import scan_counts

    agencies = [a.id for a in two.entities("agency")]
    cases = [
        Filters(documents=(LANTERN,)),
        Filters(documents=(REAL,), text="Brussels"),
        Filters(documents=(LANTERN,), text="lantern"),
        Filters(documents=(REAL, LANTERN), text="talks"),
        Filters(documents=(REAL,), agencies=(agencies[0],), year_from=2017),
        Filters(documents=(LANTERN,), agencies=("agency/freedonian-customs-office",)),
    ]
    conn = Connection(two_documents_db)
    try:
        for filters in cases:
            facets = two.facets(filters)
            by_agency, by_offence, by_year = scan_counts(conn, filters)
            assert {v.id: v.count for v in facets.agencies if v.count} == by_agency, filters
            assert {v.id: v.count for v in facets.offences if v.count} == by_offence, filters
            assert {v.id: v.count for v in facets.years if v.count} == by_year, filters
            kept = two.dated(filters)
            assert two.count_dated(filters) == len(kept), filters
            assert all(two.record(r.id).document_id in filters.documents for r in kept)
            alone = {v.id: v.count for v in facets.documents}
            for document in (REAL, LANTERN):
                assert alone[document] == two.count_dated(replace(filters, documents=(document,)))
    finally:
        conn.close()


def test_a_search_within_one_document_lists_only_its_events(two: Store) -> None:
    hits = two.search("talks", filters=Filters(documents=(LANTERN,)))
    dated = [h.ref for h in hits if h.kind in ("talks", "meeting", "summit", "instrument")]
    assert dated == ["event/2022-01-20-lantern-talks-round-2"]
    assert two.search_counts(Filters(text="talks", documents=(LANTERN,)))[0] >= 1
