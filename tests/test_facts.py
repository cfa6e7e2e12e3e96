"""The facts in the bundled database, read off the document by hand."""

from __future__ import annotations

from collections import Counter

from coopdesk.store import Store


def test_counts_of_each_kind_of_record(store: Store) -> None:
    counts = Counter(r.kind for r in store.dated())
    assert counts == {"instrument": 4, "summit": 2, "talks": 3, "consultation": 1, "meeting": 1}
    assert len(store.entities("offence")) == 8
    assert len(store.entities("person")) == 4
    assert [p.title for p in store.entities("place")] == ["Rome", "Brussels", "Moscow", "The Hague"]
    assert len(store.entities("area")) == 5
    assert len(store.entities("principle")) == 3
    sides = Counter(a.side for a in store.entities("agency"))
    assert sides == {"ru": 7, "eu": 5, "intl": 2}  # the Russian Federation is a party


def test_the_agreement_was_signed_in_rome_on_6_november_2003(store: Store) -> None:
    agreement = store.record("instrument/2003-11-06-europol-cooperation-agreement")
    assert agreement.ref.date == "2003-11-06"
    assert agreement.place is not None and agreement.place.title == "Rome"
    offences = [lk.other.number for lk in agreement.links if lk.relation == "concerns"]
    assert offences == list(range(1, 9))
    implementers = [lk.other.title for lk in agreement.links if lk.relation == "implemented_by"]
    assert implementers[:4] == [
        "Ministry of Interior",
        "Federal Security Service",
        "Federal Customs Service",
        "Federal Financial Monitoring Service",
    ]


def test_where_the_document_names_no_place_there_is_none(store: Store) -> None:
    by_id = {r.id: r for r in store.dated()}
    assert by_id["instrument/2002-11-11-joint-statement-terrorism"].place is None
    assert by_id["event/2001-10-03-russia-eu-summit"].place is None
    # The document does not say Oleg Syromolotov's side: it is a reading, marked so.
    side = store.record("person/oleg-syromolotov").basis_of("side")
    assert (side.value, side.basis) == ("ru", "inferred")


def test_the_talks_form_a_numbered_series(store: Store) -> None:
    rounds = [r for r in store.dated() if r.kind == "talks"]
    assert [(r.date, r.place) for r in rounds] == [
        ("2016-04-01", "Brussels"),
        ("2017-02-08", "Moscow"),
        ("2018-02-08", "Brussels"),
    ]
    third = store.record(rounds[2].id)
    previous = [lk.other.id for lk in third.links if lk.label == "Previous round"]
    assert previous == [rounds[1].id]


def test_the_hague_meeting_of_27_september_2017(store: Store) -> None:
    meeting = store.record("event/2017-09-27-the-hague")
    assert meeting.context == "In the margins of the 5th Europol-Interpol Cybercrime Conference"
    participants = {lk.other.title for lk in meeting.links if lk.relation == "participant"}
    assert participants == {"Ministry of Interior", "European Police Office"}
    assert meeting.citations[0].paragraph == 5


def test_national_contact_point_sits_in_the_ministry_of_interior(store: Store) -> None:
    ncp = store.record("agency/ru-national-contact-point")
    assert ncp.parent is not None and ncp.parent.id == "agency/ru-ministry-of-interior"
    moi = store.record("agency/ru-ministry-of-interior")
    assert moi.role is not None and "Lead agency" in moi.role


def test_offence_types_are_numbered_as_in_the_footnote(store: Store) -> None:
    offences = store.entities("offence")
    assert [o.number for o in offences] == list(range(1, 9))
    assert offences[6].title == "Legalisation of gains (money laundering)"
    footnote = store.record(offences[0].id).citations[0]
    assert footnote.paragraph == 7
