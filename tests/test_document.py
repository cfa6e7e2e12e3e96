"""The database read beside the document: each test rests on the document's own words,
quoted in it, not on what the curation happens to say today."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.browse import snapshot
from coopdesk.build import split_paragraphs
from coopdesk.build.text import date_forms, normalise
from coopdesk.model import Filters, RecordDetail
from coopdesk.store import Store

NAME = "fight-against-transnational-crime-and-terrorism"
TEXT = (paths.source_dir() / f"{NAME}.txt").read_text(encoding="utf-8")
PARAGRAPHS = split_paragraphs(TEXT)[1]
# ¶7: "[1] 1) against life and health of persons; 2) terrorism and its financing; …"
FOOTNOTE = {
    int(n): item.strip()
    for n, item in re.findall(r"(\d)\) (.+?)(?=; \d\)|\.$)", normalise(PARAGRAPHS[-1]))
}
AGREEMENT = "instrument/2003-11-06-europol-cooperation-agreement"
TITLE_SENTENCE = (
    "Cooperation Agreement between the Russian Federation and the European Police Office (Europol)"
)
ROUND = {n: f"event/{d}-ct-talks-round-{n}" for n, d in ((1, "2016-04-01"), (2, "2017-02-08"),
                                                        (3, "2018-02-08"))}  # fmt: skip
TERRORISM = "offence/2-terrorism"


def quotes(items: object) -> list[str]:
    return [normalise(c.quote) for c in items]  # type: ignore[attr-defined]


def links(detail: RecordDetail, relation: str) -> dict[str, object]:
    return {lk.other.id: lk for lk in detail.links if lk.relation == relation}


def test_the_footnote_lists_eight_offence_types() -> None:
    assert sorted(FOOTNOTE) == list(range(1, 9))
    assert FOOTNOTE[8].endswith("by third persons")


def test_the_agreement_has_the_two_parties_its_title_names(store: Store) -> None:
    assert TITLE_SENTENCE in normalise(PARAGRAPHS[0])
    parties = links(store.record(AGREEMENT), "party")
    assert set(parties) == {"agency/ru-russian-federation", "agency/eu-europol"}
    for link in parties.values():
        assert link.basis == "stated"  # type: ignore[attr-defined]
        assert TITLE_SENTENCE in quotes(link.citations)  # type: ignore[attr-defined]
    russia = store.record("agency/ru-russian-federation")
    assert (russia.title, russia.side) == ("Russian Federation", "ru")


def test_oleg_syromolotov_is_russian_by_a_reading_the_eu_officials_by_their_titles(
    store: Store,
) -> None:
    # "between Deputy Foreign Minister Oleg Syromolotov and Pedro Serrano, …": no country.
    side = store.record("person/oleg-syromolotov").basis_of("side")
    assert (side.value, side.basis) == ("ru", "inferred") and side.reason
    # "Gilles De Kerchove, EU Counter-Terrorism Coordinator": the EU is in his title.
    assert store.record("person/gilles-de-kerchove").basis_of("side").basis == "stated"


def test_interpol_is_named_only_in_the_title_of_a_conference(store: Store) -> None:
    # "in the margins of the 5th Europol-Interpol Cybercrime Conference"
    interpol = store.record("agency/intl-interpol")
    assert [(lk.relation, lk.other.id, lk.role, lk.basis) for lk in interpol.links] == [
        ("context", "event/2017-09-27-the-hague", None, "stated")
    ]


def test_the_hague_meeting_is_not_filed_under_a_most_advanced_area(store: Store) -> None:
    # "During the meeting the parties considered possibilities to set cooperation in
    # investigating concrete cases." The conference is its context, not its subject.
    assert links(store.record("event/2017-09-27-the-hague"), "area") == {}
    tree = snapshot(store, Filters(year_from=2017, year_to=2017)).tree
    areas = next(n for n in tree.children if n.key == "group:area")
    assert [n.label for n in areas.children] == []


def test_like_cases_are_linked_alike(store: Store) -> None:
    summits = ("event/2001-10-03-russia-eu-summit", "event/2014-01-28-russia-eu-summit-brussels")
    assert [sorted(links(store.record(s), "concerns")) for s in summits] == [[], []]
    experts = ("event/2017-07-13-expert-consultations-brussels", "event/2017-09-27-the-hague")
    forms = [links(store.record(e), "form") for e in experts]
    assert [sorted(f) for f in forms] == [["form/expert-level-discussions"]] * 2
    assert {f["form/expert-level-discussions"].basis for f in forms} == {"inferred"}  # type: ignore[attr-defined]


def test_offence_titles_are_the_footnotes_words(store: Store) -> None:
    titles = {o.number: o.title for o in store.entities("offence")}
    assert titles == {n: item[0].upper() + item[1:] for n, item in FOOTNOTE.items()}


def test_each_offence_link_of_the_agreement_cites_its_own_footnote_item(store: Store) -> None:
    concerned = links(store.record(AGREEMENT), "concerns")
    assert len(concerned) == 8
    for link in concerned.values():
        number = link.other.number  # type: ignore[attr-defined]
        assert f"{number}) {FOOTNOTE[number]}" in quotes(link.citations)  # type: ignore[attr-defined]


def test_round_three_follows_round_two_by_the_parenthesis(store: Store) -> None:
    parenthesis = re.search(r"\((two previous rounds[^)]*)\)", normalise(PARAGRAPHS[5]))
    assert parenthesis is not None
    follows = links(store.record(ROUND[3]), "follows")[ROUND[2]]
    assert parenthesis.group(1) in quotes(follows.citations)  # type: ignore[attr-defined]


def test_each_round_cites_only_its_own_clause(store: Store) -> None:
    # "…took place on 1 April 2016 in Brussels and on 8 February 2017 in Moscow respectively"
    first = " ".join(quotes(store.record(ROUND[1]).citations))
    second = " ".join(quotes(store.record(ROUND[2]).citations))
    assert "1 April 2016 in Brussels" in first and "Moscow" not in first
    assert "8 February 2017 in Moscow" in second and "1 April 2016" not in second
    assert ROUND[1] not in {h.ref for h in store.search("Moscow")}


def test_the_2001_statement_concerns_terrorism_only_by_a_reading(store: Store) -> None:
    # "…of 3 October 2001 and the Joint Statement on Combating Terrorism of 11 November 2002
    # which laid down the principles…": the clause may belong to the 2002 statement alone.
    first = links(store.record("instrument/2001-10-03-joint-statement-summit"), "concerns")
    assert first[TERRORISM].basis == "inferred"  # type: ignore[attr-defined]
    second = links(store.record("instrument/2002-11-11-joint-statement-terrorism"), "concerns")
    assert second[TERRORISM].basis == "stated"  # type: ignore[attr-defined]


def test_13_july_concerns_terrorism_by_the_sentence_on_regular_consultations(
    store: Store,
) -> None:
    link = links(store.record("event/2017-07-13-expert-consultations-brussels"), "concerns")
    sentence = "Regular consultations on counterterrorism are held within the framework of the "
    assert any(q.startswith(sentence) for q in quotes(link[TERRORISM].citations))  # type: ignore[attr-defined]
    assert link[TERRORISM].basis == "inferred"  # type: ignore[attr-defined]


def test_every_stated_date_stands_in_its_quotes_as_the_document_writes_it(store: Store) -> None:
    for record in store.dated():
        detail = store.record(record.id)
        date = detail.basis_of("date", record.date)
        if date.basis != "stated":
            continue
        said = " ".join(quotes(detail.citations) + quotes(date.citations))
        assert date_forms(record.date or "")[0] in said, record.id


def test_every_quote_of_the_curation_is_kept(built_db: Path) -> None:
    """A quote that the build cannot place must stop it, never vanish."""
    import sqlite3

    curation = tomllib.loads((paths.source_dir() / f"{NAME}.toml").read_text(encoding="utf-8"))
    conn = sqlite3.connect(built_db)
    for link in curation["link"]:
        expected = [link["quote"]] if "quote" in link else []
        expected += link.get("quotes", [])
        rows = conn.execute(
            "SELECT c.quote FROM citations c JOIN links l ON l.id = c.link_id "
            "WHERE l.from_id = ? AND l.to_id = ? AND l.relation = ? AND l.derived_from IS NULL "
            "ORDER BY c.id",
            (link["from"], link["to"], link["relation"]),
        ).fetchall()
        assert [normalise(r[0]) for r in rows] == [normalise(q) for q in expected], link
    for record in curation["record"]:
        expected = [record["quote"]] if "quote" in record else []
        expected += record.get("quotes", [])
        rows = conn.execute(
            "SELECT quote FROM citations WHERE record_id = ? ORDER BY id", (record["id"],)
        ).fetchall()
        assert [normalise(r[0]) for r in rows] == [normalise(q) for q in expected], record["id"]


def test_several_offence_types_must_all_apply(store: Store) -> None:
    # Only the Agreement covers both terrorism and narcotic drugs (footnote items 2 and 3).
    both = Filters(offences=(TERRORISM, "offence/3-narcotic-drugs"))
    assert [r.id for r in store.dated(both)] == [AGREEMENT]
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "query", "--offence", "2", "--offence", "3", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert [r["id"] for r in json.loads(result.stdout)] == [AGREEMENT]


@pytest.mark.parametrize(
    "record_id", [ROUND[3], AGREEMENT, "event/2017-09-27-the-hague", "agency/eu-europol"]
)
def test_a_printed_record_keeps_every_quote_as_a_numbered_source(
    store: Store, record_id: str
) -> None:
    """What paper prints of a record: every quote of the record, of its links and of its
    values is one of its numbered sources, and each link and fact cites its own."""
    from coopdesk.paper.chrome import chrome
    from coopdesk.paper.content import record_section

    detail = store.record(record_id)
    section = record_section(detail, chrome())
    numbered = {n["n"]: normalise(n["quote"]) for n in section["sources"]}
    cited = quotes(detail.citations) + [q for lk in detail.links for q in quotes(lk.citations)]
    cited += [q for v in detail.values for q in quotes(v.citations)]
    assert set(cited) == set(numbered.values())
    items = [item for group in section["groups"] for item in group["items"]]
    assert len(items) == len(detail.links)
    for item in items:
        assert item["notes"] and all(n in numbered for n in item["notes"])
