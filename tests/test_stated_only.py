"""Stated only, and the bases visible everywhere: the data layer, the command line, JSON,
the exports and paper. The expected records are read off the document."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.build.text import normalise
from coopdesk.cli import build_parser
from coopdesk.export import export_text
from coopdesk.model import Filters
from coopdesk.render import record_html, record_text, subtitle
from coopdesk.store import Store

TERRORISM = "offence/2-terrorism"
# Terrorism and its financing, by stated links: the Joint Statements on Combating Terrorism
# of 2002 and 2014 (their titles say so) and the three rounds of "counter-terrorism talks".
STATED_TERRORISM = [
    "instrument/2002-11-11-joint-statement-terrorism",
    "instrument/2014-01-28-joint-statement-terrorism",
    "event/2016-04-01-ct-talks-round-1",
    "event/2017-02-08-ct-talks-round-2",
    "event/2018-02-08-ct-talks-round-3",
]
# …and by readings: the 2001 Joint Statement (an ambiguous clause), the Agreement (its
# 'cooperation' is read as the Agreement's) and the consultations of 13 July 2017.
INFERRED_TERRORISM = [
    "instrument/2001-10-03-joint-statement-summit",
    "instrument/2003-11-06-europol-cooperation-agreement",
    "event/2017-07-13-expert-consultations-brussels",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_stated_only_is_stored_with_the_filters() -> None:
    filters = Filters(offences=(TERRORISM,), stated_only=True)
    assert filters.to_dict()["stated_only"] is True
    assert Filters.from_dict(filters.to_dict()) == filters
    assert Filters.from_dict({"stated_only": "yes"}).stated_only is False  # lenient, never fatal
    assert not filters.is_empty and Filters(stated_only=True).without("stated_only").is_empty


def test_stated_only_leaves_out_what_an_inferred_link_keeps(store: Store) -> None:
    every = store.dated(Filters(offences=(TERRORISM,)))
    assert sorted(r.id for r in every) == sorted(STATED_TERRORISM + INFERRED_TERRORISM)
    assert {r.id for r in every if r.basis == "inferred"} == set(INFERRED_TERRORISM)
    stated = Filters(offences=(TERRORISM,), stated_only=True)
    assert sorted(r.id for r in store.dated(stated)) == sorted(STATED_TERRORISM)
    assert store.count_dated(stated) == len(STATED_TERRORISM)


def test_the_facet_counts_follow_stated_only(store: Store) -> None:
    terrorism = next(v for v in store.facets(Filters()).offences if v.id == TERRORISM)
    assert (terrorism.count, terrorism.inferred) == (8, 3)
    stated = next(v for v in store.facets(Filters(stated_only=True)).offences if v.id == TERRORISM)
    assert (stated.count, stated.inferred) == (5, 0)
    # Under a year and a search text (the scanning path) the counts follow as well.
    text = Filters(text="terrorism", year_from=2001, year_to=2003)
    counted = {v.id: (v.count, v.inferred) for v in store.facets(text).offences}
    assert counted[TERRORISM] == (3, 2)
    stated_text = store.facets(Filters(text="terrorism", year_from=2001, stated_only=True))
    assert {v.id: v.inferred for v in stated_text.offences}[TERRORISM] == 0


def test_stated_only_hides_what_only_inferred_links_involve(store: Store) -> None:
    # The most advanced areas are linked to the Agreement by a reading only.
    assert "area/cybercrime" in store.involved(Filters(year_from=2003, year_to=2003))
    assert "area/cybercrime" not in store.involved(
        Filters(year_from=2003, year_to=2003, stated_only=True)
    )


def test_every_command_that_takes_filters_takes_stated_only() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    with_filters = [
        name for name, sub in subparsers.items() if "--agency" in sub._option_string_actions
    ]
    assert set(with_filters) == {"query", "facets", "brief", "export", "gui"}
    for name in with_filters:
        assert "--stated-only" in subparsers[name]._option_string_actions


def test_query_and_facets_on_the_command_line() -> None:
    table = run("query", "--offence", "2").stdout
    agreement = next(line for line in table.splitlines() if "Cooperation Agreement" in line)
    assert "inferred link" in agreement
    stated = run("query", "--offence", "2", "--stated-only")
    assert stated.returncode == 0 and stated.stdout.strip().endswith("5 of 11 records")
    data = json.loads(run("facets", "--offence", "2", "--json").stdout)
    europol = next(a for a in data["agencies"] if a["id"] == "agency/eu-europol")
    # Europol: the Agreement (inferred offence types) and 13 July (inferred): 2, both inferred.
    assert (europol["count"], europol["inferred"]) == (2, 2)
    stated_data = json.loads(run("facets", "--offence", "2", "--stated-only", "--json").stdout)
    assert {a["id"]: a["count"] for a in stated_data["agencies"]}["agency/eu-europol"] == 0


def test_json_names_are_objects_with_their_basis() -> None:
    shown = json.loads(run("show", "agency/ru-federal-security-service", "--json").stdout)
    assert shown["short_name"]["name"] == "FSB"
    assert shown["short_name"]["basis"] == "editorial" and shown["short_name"]["reason"]
    assert shown["title"] == {"name": "Federal Security Service", "basis": "stated"}
    un = json.loads(run("show", "agency/intl-united-nations", "--json").stdout)
    assert un["short_name"] == {"name": "UN", "basis": "stated"}  # "the leading role of the UN"
    assert un["title"]["basis"] == "editorial"
    rows = json.loads(run("query", "--year", "2018", "--json").stdout)
    agencies = {a["id"]: a for a in rows[0]["agencies"]}
    assert agencies["agency/eu-dg-home"]["name"]["basis"] == "editorial"
    assert agencies["agency/eu-dg-home"]["basis"] == "inferred"


def test_show_marks_every_value_that_is_not_the_documents_words(store: Store) -> None:
    """Read beside the document, show prints quotes, values its quotes state, and values
    marked inferred or not in the source: nothing else."""
    kinds = ("agency", "person", "place", "offence", "form", "area", "principle")
    ids = [r.id for r in store.dated()] + [e.id for k in kinds for e in store.entities(k)]
    assert len(ids) == 56
    marked = 0
    for record_id in ids:
        detail = store.record(record_id)
        lines = record_text(detail).splitlines()
        for value in detail.values:
            if value.stated:
                continue
            marked += 1
            words = "inferred" if value.basis == "inferred" else "not in the source"
            assert any(f"[{words}: {value.reason}]" in line for line in lines), (record_id, value)
        for link in detail.links:
            if link.basis != "stated":
                assert any(f"[inferred: {link.reason}]" in line for line in lines)
    assert marked >= 60


def test_nothing_marked_not_in_the_source_stands_in_the_source(store: Store) -> None:
    """ "Not in the source" is said only of words the document does not hold: words it
    does hold, taken as a name it does not give ("firearms", "counter-terrorism",
    "Commission"), are a reading, marked inferred with the reason."""
    document = " ".join(
        normalise(text).lower() for d in store.documents() for text in (d.title, *d.paragraphs)
    )
    kinds = ("agency", "person", "place", "offence", "form", "area", "principle")
    ids = [r.id for r in store.dated()] + [e.id for k in kinds for e in store.entities(k)]
    editorial = [
        (record_id, v.field, v.value)
        for record_id in ids
        for v in store.record(record_id).values
        if v.basis == "editorial" and v.field in ("alias", "short_name")
    ]
    assert len(editorial) >= 20  # the abbreviations and names in common use
    standing = [e for e in editorial if re.search(rf"\b{re.escape(e[2].lower())}\b", document)]
    assert standing == []


def test_the_line_under_a_title_marks_a_side_that_is_a_reading(store: Store) -> None:
    """ "Agency or body · European Union (inferred)": under the title, on screen, in the
    terminal and on paper, as in the facts below it."""
    from coopdesk.paper.chrome import chrome
    from coopdesk.paper.content import record_section

    commission = store.record("agency/eu-european-commission")
    assert subtitle(commission).endswith("European Union (inferred)")
    assert record_text(commission).splitlines()[1].endswith("European Union (inferred)")
    assert record_section(commission, chrome())["subtitle"].endswith("European Union (inferred)")
    ministry = store.record("agency/ru-ministry-of-interior")
    assert subtitle(ministry).endswith("Russian Federation")  # stated: no mark


def test_a_unit_under_its_parent_carries_the_basis_of_its_part_of(store: Store) -> None:
    """The DG is part of the Commission only by a reading: listed under the Commission
    it says so, in the terminal, the detail pane and the JSON, as it does on its own."""
    reason = store.record("agency/eu-dg-home").basis_of("parent_id").reason
    assert reason
    commission = store.record("agency/eu-european-commission")
    units = next(line for line in record_text(commission).splitlines() if "Units:" in line)
    assert "Migration and Home Affairs" in units and f"[inferred: {reason}]" in units
    row = next(r for r in record_html(commission).split("<tr>") if "Units" in r)
    assert "Migration and Home Affairs" in row and "<i>inferred</i>" in row
    unit = commission.basis_of("unit", "agency/eu-dg-home")
    assert (unit.basis, unit.reason) == ("inferred", reason)
    ministry = store.record("agency/ru-ministry-of-interior")
    assert ministry.basis_of("unit", "agency/ru-national-contact-point").stated


def test_the_detail_pane_says_also_searched_as_not_in_the_source(store: Store) -> None:
    html = record_html(store.record("agency/ru-ministry-of-interior"))
    row = next(r for r in html.split("<tr>") if "Also searched as" in r)
    assert "MoI" in row and "<i>not in the source</i>" in row
    assert re.search(r"Also named</th><td>Russian Ministry of Interior", html)
    dg_home = record_html(store.record("agency/eu-dg-home"))
    assert "(title not in the source)" in dg_home.split("</h1>")[0]


@pytest.mark.parametrize("fmt", ["csv", "md", "ics", "json"])
def test_exports_mark_what_is_not_stated(store: Store, fmt: str) -> None:
    text, count = export_text(store, Filters(year_from=2017, year_to=2018), fmt)
    assert count == 4
    unfolded = text.replace("\r\n ", "")  # iCalendar folds long lines
    if fmt == "csv":
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
        july = rows["event/2017-07-13-expert-consultations-brussels"]
        assert "Terrorism and its financing (inferred)" in july["offences"]
        third = rows["event/2018-02-08-ct-talks-round-3"]["agencies"]
        assert "Directorate-General for Migration and Home Affairs (title not in the source) " \
            "(inferred)" in third  # fmt: skip
        assert rows["event/2017-02-08-ct-talks-round-2"]["title_basis"].startswith("inferred: ")
    elif fmt == "json":
        assert json.loads(text)[0]["title"]["basis"] == "inferred"  # "Second round …"
    else:
        assert "2. Terrorism and its financing (inferred)" in unfolded
        assert "(title not in the source) (inferred)" in unfolded


def test_exports_under_stated_only_leave_out_inferred_links(store: Store) -> None:
    text, count = export_text(store, Filters(year_from=2017, year_to=2018, stated_only=True), "md")
    assert count == 4
    assert "(inferred)" not in text.replace("title inferred", "")


def test_the_briefing_index_marks_what_only_inferred_links_give(store: Store) -> None:
    from coopdesk.paper.content import index_refs

    details = {r.id: store.record(r.id) for r in store.dated(Filters(offences=(TERRORISM,)))}
    terrorism = "2. Terrorism and its financing"
    marked = {
        rid: ref.inferred
        for rid, detail in details.items()
        for ref in index_refs(detail)
        if ref.name == terrorism
    }
    assert {rid for rid, inferred in marked.items() if inferred} == set(INFERRED_TERRORISM)
    dg_home = index_refs(details["event/2018-02-08-ct-talks-round-3"])
    assert any(
        r.name == "Directorate-General for Migration and Home Affairs — title not in the source"
        and r.inferred
        for r in dg_home
    )


def test_a_briefing_pack_names_agencies_by_the_documents_words(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "fsb.pdf"
    result = run("brief", "--agency", "FSB", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    # FSB is our abbreviation: the pack says Federal Security Service, and marks no name of
    # ours without saying so.
    assert "agency Federal Security Service" in text
    assert "FSB" not in text
    assert "not in the source" in text  # the legend on the cover
