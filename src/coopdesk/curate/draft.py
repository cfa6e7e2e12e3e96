"""A new record from a selection or a proposal: fields proposed, the curator confirms.

``draft`` reads a selection as the Suggest pass reads a paragraph: its date and place in
the document's own forms, its kind and title from the words that name what happened,
its side, and the agencies and people it names that the curation already holds.
``create_record`` turns the confirmed fields into one undoable command: the record, a
new place record if its place is new, and a stated participant link to each agency or
person, all quoting the selection.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from coopdesk.build.support import missing_words, unsupported
from coopdesk.curate.commands import AddLink, AddRecord, Command, Compound
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.dated import dated_records
from coopdesk.curate.entities import agencies, people, places, side_of
from coopdesk.curate.known import Known, mentions
from coopdesk.curate.suggest import Proposal
from coopdesk.dates import dates_in, find_dates
from coopdesk.errors import CurationError
from coopdesk.i18n import translate
from coopdesk.schema import KIND_BY_ID, kind_name


@dataclass(frozen=True)
class Draft:
    """Proposed fields of a new record; ``participants`` are known records' ids."""

    quote: str
    kind: str | None = None
    title: str = ""
    date: str | None = None
    place: str | None = None  # a place's name, or a place record's id
    side: str | None = None
    number: int | None = None
    role: str | None = None
    short: str | None = None
    participants: tuple[str, ...] = field(default=())
    date_text: str | None = None  # the date as the document writes it
    # The curator's reason for each value the quote does not state: (field, reason).
    reasons: tuple[tuple[str, str], ...] = ()


def _place_id(known: Sequence[Known], name: str | None) -> str | None:
    if name is None:
        return None
    for record in known:
        if record.kind == "place" and name in record.names:
            return record.id
    return name


def draft(curation: CurationFile, paragraph: int, start: int, stop: int) -> Draft:
    """What a selection proposes (its quote is exactly the document's characters)."""
    quote = curation.quote(paragraph, start, stop)
    text = curation.paragraphs[paragraph - 1]
    start = text.index(quote, max(0, start - len(quote)))
    stop = start + len(quote)
    known = curation.known()
    participants = tuple(
        dict.fromkeys(m.record.id for m in mentions(quote, known, ("agency", "person")))
    )
    dated = [f for f in dated_records(text) if start <= text.find(f.date_text, f.start) < stop]
    if dated:
        f = dated[0]
        return Draft(
            quote, f.kind, f.title, f.date, _place_id(known, f.place), None, f.number,
            participants=participants, date_text=f.date_text,
        )  # fmt: skip
    dates = find_dates(quote)
    if dates:
        return Draft(
            quote, None, "", dates[0].iso, participants=participants, date_text=dates[0].text
        )
    for finder in (people, agencies, places):
        found = [f for f in finder(text) if f.start <= start < f.stop or start <= f.start < stop]
        if found:
            entity = found[0]
            return Draft(quote, entity.kind, entity.title, side=entity.side or side_of(quote),
                         role=entity.role, short=entity.short)  # fmt: skip
    return Draft(quote, None, quote if len(quote) < 80 else "", side=side_of(quote))


def from_proposal(curation: CurationFile, proposal: Proposal) -> Draft:
    """The draft of an accepted proposal, with the known participants it names."""
    known = curation.known()
    by_title = {k.title: k.id for k in known if k.kind in ("agency", "person")}
    names = mentions(proposal.quote, known, ("agency", "person"))
    participants = [by_title[n] for n in proposal.participants if n in by_title]
    participants += [m.record.id for m in names]
    return Draft(
        proposal.quote, proposal.kind, proposal.title, proposal.date,
        _place_id(known, proposal.place), proposal.side, proposal.number, proposal.role,
        proposal.short, tuple(dict.fromkeys(participants)), proposal.date_text,
    )  # fmt: skip


def _is_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


PROPOSED = "Proposed by CoopDesk from the selected words, which do not state it: check it."


def _place_title(curation: CurationFile, place: str | None) -> str | None:
    if not place:
        return None
    try:
        title = curation.record(place).get("title")
    except CurationError:
        return None
    return title if isinstance(title, str) else None


def proposed_bases(
    fields: dict[str, object], quote: str, place_title: str | None
) -> dict[str, str]:
    """The basis keys of the proposed values that the quote does not state, as the build
    checks them: a title or short name of ours is editorial, a side, number, date or
    place read off the sentence is inferred. The curator sees them marked and confirms."""
    out: dict[str, str] = {}

    def mark(key: str, basis: str) -> None:
        out[f"{key}_basis"], out[f"{key}_reason"] = basis, PROPOSED

    for key in ("title", "short", "side", "number", "role"):
        value = fields.get(key)
        if value is not None and unsupported(key, str(value), [quote]):
            mark(key, "editorial" if key in ("title", "short") else "inferred")
    date = fields.get("date")
    if isinstance(date, str) and not dates_in(quote, date):
        mark("date", "inferred")
    if fields.get("place") and place_title and missing_words(place_title, [quote]):
        mark("place", "inferred")
    return out


def unstated(curation: CurationFile, confirmed: Draft) -> dict[str, str]:
    """The fields of a draft that its quote does not state, each with the basis it will
    be written with ("editorial" or "inferred"): the curator gives each one a reason."""
    place = confirmed.place
    place_title = place if place and "/" not in place else _place_title(curation, place)
    fields: dict[str, object] = {
        "side": confirmed.side, "title": confirmed.title.strip() or None,
        "short": confirmed.short, "number": confirmed.number, "date": confirmed.date,
        "place": place, "role": confirmed.role,
    }  # fmt: skip
    bases = proposed_bases(fields, confirmed.quote, place_title)
    return {k.removesuffix("_basis"): v for k, v in bases.items() if k.endswith("_basis")}


def create_record(
    curation: CurationFile, confirmed: Draft, record_id: str | None = None
) -> Command:
    """One command for a confirmed draft: the record, its new place, its participants."""
    if confirmed.kind not in KIND_BY_ID:
        raise CurationError(f"choose a kind: one of {', '.join(KIND_BY_ID)}.")
    if not confirmed.title.strip():
        raise CurationError(translate("Curate", "give the record a title."))
    if KIND_BY_ID[confirmed.kind].lane and not confirmed.date:
        raise CurationError(
            translate("Curate", "a record of kind “{kind}” needs a date.").format(
                kind=kind_name(confirmed.kind)
            )
        )
    if confirmed.date is not None and not _is_date(confirmed.date):
        raise CurationError(
            translate(
                "Curate", "write the date as YYYY-MM-DD, like 2017-07-13 (not “{date}”)."
            ).format(date=confirmed.date)
        )
    parts: list[Command] = []
    place = confirmed.place
    place_title = place if place and "/" not in place else _place_title(curation, place)
    if place and "/" not in place:
        if curation.locate(place) is None:
            raise CurationError(f'the place "{place}" is not named in the document.')
        place_record = AddRecord(
            curation,
            {"id": curation.new_id("place", place), "kind": "place", "title": place},
            [place],
        )
        parts.append(place_record)
        place = place_record.record_id
    rid = record_id or curation.new_id(
        confirmed.kind, confirmed.title, confirmed.date, confirmed.side
    )
    fields: dict[str, object] = {
        "id": rid, "kind": confirmed.kind, "side": confirmed.side,
        "title": confirmed.title.strip(), "short": confirmed.short,
        "number": confirmed.number, "date": confirmed.date, "place": place,
        "role": confirmed.role,
    }  # fmt: skip
    bases = proposed_bases(fields, confirmed.quote, place_title)
    for key, why in confirmed.reasons:
        if f"{key}_reason" in bases and why.strip():
            bases[f"{key}_reason"] = why.strip()
    fields.update(bases)
    record = AddRecord(curation, fields, [confirmed.quote])
    parts.append(record)
    ids = {r.get("id") for r in curation.records()} | {rid}
    for participant in confirmed.participants:
        if participant not in ids:
            raise CurationError(f"{participant} is not a record of this curation.")
        link = {"from": rid, "to": participant, "relation": "participant", "basis": "stated"}
        parts.append(AddLink(curation, link, [confirmed.quote], new_ids={rid}))
    return Compound(record.text, parts)
