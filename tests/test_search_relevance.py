"""What a careful reader of the document expects a search to bring first.

Each row was written from reading data/source/*.txt, not from the database's answers:
the query, the records that must come first (in any order among themselves), and
records that must not come before them. Identifiers are stable across curation changes.
"""

from __future__ import annotations

import pytest

from coopdesk.model import SearchHit
from coopdesk.store import Store

AGREEMENT = "instrument/2003-11-06-europol-cooperation-agreement"
JS_2001 = "instrument/2001-10-03-joint-statement-summit"
JS_2002 = "instrument/2002-11-11-joint-statement-terrorism"
JS_2014 = "instrument/2014-01-28-joint-statement-terrorism"
SUMMIT_2001 = "event/2001-10-03-russia-eu-summit"
SUMMIT_2014 = "event/2014-01-28-russia-eu-summit-brussels"
ROUND_1 = "event/2016-04-01-ct-talks-round-1"
ROUND_2 = "event/2017-02-08-ct-talks-round-2"
ROUND_3 = "event/2018-02-08-ct-talks-round-3"
JULY_2017 = "event/2017-07-13-expert-consultations-brussels"
HAGUE_2017 = "event/2017-09-27-the-hague"
MOI = "agency/ru-ministry-of-interior"
NCP = "agency/ru-national-contact-point"
FSB = "agency/ru-federal-security-service"
FCS = "agency/ru-federal-customs-service"
FFMS = "agency/ru-federal-financial-monitoring-service"
DELEGATION = "agency/ru-inter-agency-delegation"
EUROPOL = "agency/eu-europol"
EEAS = "agency/eu-eeas"
COMMISSION = "agency/eu-european-commission"
CTC = "agency/eu-counter-terrorism-coordinator"
INTERPOL = "agency/intl-interpol"
UN = "agency/intl-united-nations"
SYROMOLOTOV = "person/oleg-syromolotov"
SERRANO = "person/pedro-serrano"
ONIDI = "person/olivier-onidi"
KERCHOVE = "person/gilles-de-kerchove"
ROME, BRUSSELS, MOSCOW, HAGUE = "place/rome", "place/brussels", "place/moscow", "place/the-hague"
TERRORISM = "offence/2-terrorism"
DRUGS = "offence/3-narcotic-drugs"
ART = "offence/4-works-of-art"
FIREARMS = "offence/5-firearms-and-materials"
PROPERTY = "offence/6-property-crimes"
LAUNDERING = "offence/7-money-laundering"
MIGRATION = "offence/8-migration-and-trafficking"
STUDY_VISITS = "form/study-visits"
WORKSHOPS = "form/joint-workshops"
CONSULTATIONS = "form/consultations"
CT_CONSULTATIONS = "form/counter-terrorism-consultations"
WITNESS = "area/witness-protection"
COUNTERFEITING = "area/counterfeiting"
CYBERCRIME = "area/cybercrime"
DRUG_TRAFFICKING = "area/drug-trafficking"
CRIMINAL_GAINS = "area/legalisation-of-criminal-gains"
LAW = "principle/international-law"
RIGHTS = "principle/human-rights"
UN_ROLE = "principle/leading-role-of-the-un"

# (query, the records a reader expects first, records that must not come before them)
CASES: list[tuple[str, set[str], set[str]]] = [
    ("Europol", {EUROPOL}, set()),
    ("europol agreement", {AGREEMENT}, set()),
    ("Moscow", {MOSCOW, ROUND_2}, {ROUND_1}),
    ("Brussels", {BRUSSELS}, set()),
    ("The Hague", {HAGUE, HAGUE_2017}, set()),
    ("hague", {HAGUE, HAGUE_2017}, set()),
    ("Rome", {ROME, AGREEMENT}, set()),
    ("Syromolotov", {SYROMOLOTOV}, set()),
    ("Syromolotov talks", {ROUND_3}, set()),
    ("Deputy Foreign Minister", {SYROMOLOTOV}, set()),
    ("Kerchove", {KERCHOVE}, set()),
    ("Pedro Serrano", {SERRANO}, set()),
    ("Onidi", {ONIDI}, set()),
    ("terrorism", {TERRORISM}, set()),
    ("terrorist", {TERRORISM}, set()),
    ('"joint statement on combating terrorism"', {JS_2002, JS_2014}, set()),
    ("Joint Statement", {JS_2001, JS_2002, JS_2014}, set()),
    ("summit", {SUMMIT_2001, SUMMIT_2014}, set()),
    ("high-level talks", {ROUND_1, ROUND_2, ROUND_3}, set()),
    ("third round", {ROUND_3}, set()),
    ("8 February 2018", {ROUND_3}, {ROUND_2}),
    ("2017", {ROUND_2, JULY_2017, HAGUE_2017}, set()),
    ("Europol-Interpol", {HAGUE_2017, INTERPOL}, set()),  # the conference they cite
    ("Interpol", {INTERPOL}, set()),
    ("europol OR interpol", {EUROPOL, INTERPOL}, set()),
    ("Europol -Interpol", {EUROPOL}, set()),
    ("witness protection", {WITNESS}, set()),
    ("cybercrime", {CYBERCRIME}, set()),
    ("cyber crime", {CYBERCRIME}, set()),
    ("counterfeiting", {COUNTERFEITING}, set()),
    ("money laundering", {LAUNDERING}, set()),
    ("laundering", {LAUNDERING}, set()),
    ("legalisation of criminal gains", {CRIMINAL_GAINS}, set()),
    ("drug trafficking", {DRUG_TRAFFICKING, DRUGS}, set()),
    ("narcotic drugs", {DRUGS}, set()),
    ("firearms", {FIREARMS}, set()),
    ("explosives", {FIREARMS}, set()),
    ("motor vehicles", {PROPERTY}, set()),
    ("works of art", {ART}, set()),
    ("trafficking in human beings", {MIGRATION}, set()),
    ("illegal migration", {MIGRATION}, set()),
    ("Federal Security Service", {FSB}, set()),
    ("FSB", {FSB}, set()),
    ("customs", {FCS}, set()),
    ("Financial Monitoring", {FFMS}, set()),
    ("National Contact Point", {NCP}, set()),
    ("Ministry of Interior", {MOI}, set()),
    ("inter-agency delegation", {DELEGATION}, set()),
    ("interagency", {DELEGATION}, set()),
    ("External Action Service", {EEAS}, set()),
    ("European Commission", {COMMISSION}, set()),
    ("Counter-Terrorism Coordinator", {CTC, KERCHOVE}, set()),
    ("counterterrorism consultations", {CT_CONSULTATIONS}, set()),
    ("consultation", {CONSULTATIONS}, set()),
    ("study visits", {STUDY_VISITS}, set()),
    ("joint workshops", {WORKSHOPS}, set()),
    ("United Nations", {UN}, set()),
    ("leading role of the UN", {UN_ROLE}, set()),
    ("human rights", {RIGHTS}, set()),
    ("international law", {LAW}, set()),
    # while typing: the last word is a prefix
    ("syro", {SYROMOLOTOV}, set()),
    ("terror", {TERRORISM}, set()),
    ("witness prot", {WITNESS}, set()),
    # folding: case, diacritics, full-width letters, the document's non-breaking hyphen
    ("EUROPOL", {EUROPOL}, set()),
    ("Éuropol", {EUROPOL}, set()),
    ("ｅｕｒｏｐｏｌ", {EUROPOL}, set()),
    ("Counter\u2011Terrorism Coordinator", {CTC, KERCHOVE}, set()),
]


def records(hits: list[SearchHit]) -> list[str]:
    return [h.ref for h in hits if h.kind != "paragraph"]


@pytest.mark.parametrize(("query", "first", "not_before"), CASES, ids=[c[0] for c in CASES])
def test_a_reader_finds_first_what_the_document_says(
    store: Store, query: str, first: set[str], not_before: set[str]
) -> None:
    found = records(store.search(query))
    assert set(found[: len(first)]) == first, found[: len(first) + 3]
    for later in not_before:
        if later in found:
            assert found.index(later) >= len(first), (later, found)


def test_the_table_has_at_least_thirty_queries() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("spelling", ["counter terrorism", "counterterrorism"])
def test_hyphen_space_and_joined_spellings_find_the_same(store: Store, spelling: str) -> None:
    assert set(records(store.search(spelling))) == set(records(store.search("counter-terrorism")))
    assert CT_CONSULTATIONS in records(store.search(spelling))  # written "counterterrorism"


def paragraphs(hits: list[SearchHit]) -> list[int]:
    return sorted(h.paragraph or 0 for h in hits if h.kind == "paragraph")


def test_a_paragraph_matches_only_on_its_own_words(store: Store) -> None:
    # "transnational" is in ¶1 and ¶3 (and in the document's title, which is no paragraph).
    assert paragraphs(store.search("transnational")) == [1, 3]
    # ¶2 names agencies and the National Contact Point, never terrorism.
    assert 2 not in paragraphs(store.search("terrorism"))
    assert paragraphs(store.search("Syromolotov")) == [6]


def test_a_record_does_not_match_on_its_linked_names_before_its_own_words(store: Store) -> None:
    found = records(store.search("Syromolotov"))
    assert found[:2] == [SYROMOLOTOV, ROUND_3]  # he took part in round 3
    assert found.index(ROUND_3) < len(found)


@pytest.mark.parametrize("word", ["terrorism", "terrorist", "terrorists"])
def test_records_about_terrorism_come_before_those_that_only_mention_it(
    store: Store, word: str
) -> None:
    found = records(store.search(word))
    about = [TERRORISM, JS_2002, JS_2014, ROUND_1, ROUND_2, ROUND_3]
    # (The UN no longer mentions terrorism: its role was our summary, not the document's.)
    mention = [KERCHOVE, "form/information-exchange"]
    assert max(found.index(r) for r in about) < min(found.index(r) for r in mention), found
