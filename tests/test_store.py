"""The read-only data layer: filters and their combinations, facets, search, records."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import doctored_copy
from coopdesk.errors import DatabaseError, NotFound, UnknownValue
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.store.connection import Connection
from coopdesk.textsearch import parse

EUROPOL = "agency/eu-europol"
MOI = "agency/ru-ministry-of-interior"
TERRORISM = "offence/2-terrorism"


def ids(records: list) -> list[str]:
    return [r.id for r in records]


def test_no_filters_lists_every_dated_record_in_date_order(store: Store) -> None:
    records = store.dated(Filters())
    assert len(records) == store.total_dated() == 11
    dates = [r.date for r in records]
    assert dates == sorted(dates)


def test_year_filter_leaves_the_three_2017_meetings(store: Store) -> None:
    records = store.dated(Filters(year_from=2017, year_to=2017))
    assert [(r.date, r.place) for r in records] == [
        ("2017-02-08", "Moscow"),
        ("2017-07-13", "Brussels"),
        ("2017-09-27", "The Hague"),
    ]


def test_year_range_is_inclusive(store: Store) -> None:
    years = {r.year for r in store.dated(Filters(year_from=2014, year_to=2016))}
    assert years == {2014, 2016}


def test_agency_filter_includes_agencies_of_people_who_took_part(store: Store) -> None:
    eeas = store.resolve_agency("EEAS")
    assert ids(store.dated(Filters(agencies=(eeas,)))) == [
        "event/2017-07-13-expert-consultations-brussels",
        "event/2018-02-08-ct-talks-round-3",
    ]


def test_several_agencies_must_all_be_involved(store: Store) -> None:
    assert ids(store.dated(Filters(agencies=(EUROPOL, MOI)))) == [
        "instrument/2003-11-06-europol-cooperation-agreement",
        "event/2017-09-27-the-hague",
    ]


def test_offence_agency_year_and_text_combine(store: Store) -> None:
    both = Filters(agencies=(EUROPOL,), offences=(TERRORISM,), year_from=2017, year_to=2017)
    assert ids(store.dated(both)) == ["event/2017-07-13-expert-consultations-brussels"]
    assert ids(store.dated(Filters(text="Hague", year_from=2017, year_to=2017))) == [
        "event/2017-09-27-the-hague"
    ]
    assert store.dated(Filters(text="Hague", year_from=2018)) == []


def test_text_filter_matches_prefixes_and_aliases(store: Store) -> None:
    assert "event/2017-09-27-the-hague" in ids(store.dated(Filters(text="cyber")))
    assert ids(store.dated(Filters(text="FSB"))) == [
        "instrument/2003-11-06-europol-cooperation-agreement"
    ]


def test_facet_counts_follow_the_other_filters_but_not_their_own(store: Store) -> None:
    facets = store.facets(Filters(year_from=2017, year_to=2017))
    agencies = {v.id: v.count for v in facets.agencies}
    assert agencies[EUROPOL] == 2
    assert agencies[MOI] == 1
    # The year facet ignores the year filter: each count is what choosing that year leaves.
    assert {v.number: v.count for v in facets.years} == {
        2001: 2,
        2002: 1,
        2003: 1,
        2014: 2,
        2016: 1,
        2017: 3,
        2018: 1,
    }
    europol_only = store.facets(Filters(agencies=(EUROPOL,)))
    assert {v.number: v.count for v in europol_only.years if v.count} == {2003: 1, 2017: 2}
    assert {v.id: v.count for v in europol_only.agencies}[EUROPOL] == 3


def test_facets_list_all_eight_offence_types_in_footnote_order(store: Store) -> None:
    offences = store.facets(Filters()).offences
    assert [v.number for v in offences] == list(range(1, 9))
    # Terrorism: the Agreement, three joint statements, three rounds of talks and 13 July;
    # not the 2014 summit, which only adopted a statement on it.
    assert offences[1].count == 8
    assert all(v.count >= 1 for v in offences)


def test_resolve_agency_by_name_short_name_alias_or_id(store: Store) -> None:
    for name in ("Europol", "european police office", "EUROPOL", EUROPOL):
        assert store.resolve_agency(name) == EUROPOL
    assert store.resolve_agency("FSB") == "agency/ru-federal-security-service"
    assert store.resolve_agency("DG HOME") == "agency/eu-dg-home"
    assert (
        store.resolve_agency("Rosfinmonitoring") == "agency/ru-federal-financial-monitoring-service"
    )


def test_unknown_agency_suggests_close_names(store: Store) -> None:
    with pytest.raises(UnknownValue, match="Did you mean: europol"):
        store.resolve_agency("Europoll")


def test_resolve_offence_by_number_or_words(store: Store) -> None:
    assert store.resolve_offence("2") == TERRORISM
    assert store.resolve_offence("money laundering") == "offence/7-money-laundering"
    assert store.resolve_offence("Narcotic") == "offence/3-narcotic-drugs"
    with pytest.raises(UnknownValue, match="no offence type numbered 9"):
        store.resolve_offence("9")
    with pytest.raises(UnknownValue, match="several"):
        store.resolve_offence("trafficking")


def test_search_finds_records_and_paragraphs_with_marked_snippets(store: Store) -> None:
    hits = store.search("Syromolotov")
    kinds = {h.kind for h in hits}
    assert {"person", "talks", "paragraph"} <= kinds
    paragraph = next(h for h in hits if h.kind == "paragraph")
    assert paragraph.paragraph == 6
    assert "\x02Syromolotov\x03" in paragraph.snippet


def test_search_with_fts_syntax_is_honoured(store: Store) -> None:
    assert {h.ref for h in store.search('"Joint Statement" AND 2002')} >= {
        "instrument/2002-11-11-joint-statement-terrorism"
    }


def test_unbalanced_quotes_and_stray_operators_are_searched_not_refused(store: Store) -> None:
    assert {h.ref for h in store.search('"joint statement')} >= {
        "instrument/2002-11-11-joint-statement-terrorism"
    }
    assert store.dated(Filters(text="europol AND")) == store.dated(Filters(text="europol"))
    assert store.dated(Filters(text="AND OR")) == []  # the words "and" and "or" together


def test_punctuation_only_search_finds_nothing_without_error(store: Store) -> None:
    assert store.search("!!! ???") == []
    assert parse("  ").fts() is None
    assert store.dated(Filters(text="…")) == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=60) | st.sampled_from(['"', "NEAR(", "a OR", "*", "^x", ":", "((("]))
def test_any_search_text_answers(store: Store, text: str) -> None:
    store.search(text)
    store.dated(Filters(text=text))
    store.facets(Filters(text=text))


def test_very_long_search_text_does_not_fail(store: Store) -> None:
    store.search("terror " * 15000)


def test_record_detail_has_participants_roles_and_citations(store: Store) -> None:
    detail = store.record("event/2018-02-08-ct-talks-round-3")
    assert detail.place is not None and detail.place.title == "Brussels"
    people = {lk.other.title: lk.role for lk in detail.links if lk.other.kind == "person"}
    assert (
        people["Pedro Serrano"]
        == "Deputy Secretary General of the European External Action Service"
    )
    assert len(people) == 4
    agencies = {lk.other.id: lk.basis for lk in detail.links if lk.other.kind == "agency"}
    assert agencies["agency/eu-eeas"] == "stated"
    assert agencies["agency/eu-counter-terrorism-coordinator"] == "inferred"
    assert detail.citations[0].paragraph == 6
    labels = [label for label, _ in detail.link_groups()]
    assert "Previous round" in labels and "Participants" in labels


def test_record_shows_incoming_links_under_the_inverse_label(store: Store) -> None:
    detail = store.record("event/2016-04-01-ct-talks-round-1")
    groups = dict(detail.link_groups())
    assert [lk.other.id for lk in groups["Next round"]] == ["event/2017-02-08-ct-talks-round-2"]
    moi = store.record(MOI)
    assert [c.title for c in moi.children] == ["National Contact Point"]


def test_unknown_record_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.record("event/nope")


def test_involved_lists_the_bodies_of_the_filtered_records(store: Store) -> None:
    involved = store.involved(Filters(year_from=2018, year_to=2018))
    assert {"person/pedro-serrano", "place/brussels", "agency/eu-eeas"} <= involved
    assert "place/the-hague" not in involved


def test_opens_from_a_read_only_directory(read_only_db: Path) -> None:
    with Store(read_only_db) as ro:
        assert ro.total_dated() == 11
    assert sorted(p.name for p in read_only_db.parent.iterdir()) == ["coop.db"]


def test_missing_file_is_a_database_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no database file"):
        Store(tmp_path / "missing.db")


def test_not_a_database_is_a_database_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="damaged or not a CoopDesk database"):
        Store(bad)


def test_other_schema_version_is_refused(built_db: Path, tmp_path: Path) -> None:
    other = doctored_copy(
        built_db, tmp_path / "other.db", "UPDATE meta SET value = '99' WHERE key = 'schema_version'"
    )
    with pytest.raises(DatabaseError, match="schema version 99"):
        Store(other)


def test_store_cannot_write(built_db: Path) -> None:
    conn = Connection(built_db)
    try:
        with pytest.raises(DatabaseError, match="readonly"):
            conn.query("DELETE FROM records")
    finally:
        conn.close()
    with Store(built_db) as store:
        assert store.total_dated() == 11


def test_long_text_keeps_only_the_first_words() -> None:
    assert len(parse("terror " * 15000).groups) == 16
    assert len(parse('"x" ' * 1000).groups) == 16


def test_counts_within_are_what_choosing_one_more_would_leave(store: Store) -> None:
    from coopdesk.model import Filters

    for chosen in (("agency/eu-europol",), ("agency/ru-ministry-of-interior",)):
        filters = Filters(agencies=chosen)
        within = store.counts_within(filters, "agencies")
        for agency in store.entities("agency"):
            both = Filters(agencies=tuple(dict.fromkeys((*chosen, agency.id))))
            assert within.get(agency.id, 0) == store.count_dated(both), agency.id
    filters = Filters(offences=("offence/2-terrorism",), year_from=2014, year_to=2018)
    within = store.counts_within(filters, "offences")
    for offence in store.entities("offence"):
        more = Filters(
            offences=tuple(dict.fromkeys(("offence/2-terrorism", offence.id))),
            year_from=2014,
            year_to=2018,
        )
        assert within.get(offence.id, 0) == store.count_dated(more), offence.id
