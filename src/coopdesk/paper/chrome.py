"""Every word paper prints that is not data: headings, labels, "page x of y", dates.

One table per language, so that a translation supplies all of them in one place; the
template receives the table in its JSON and never spells a word of its own. Dates are
formatted here too (Typst's own date display is English only).
"""

from __future__ import annotations

import datetime as dt

DEFAULT_LANG = "en"

CHROME: dict[str, dict[str, str]] = {
    "en": {
        "pack-title": "Briefing pack",
        "pack-subtitle": "Russia–EU cooperation against transnational crime and terrorism",
        "author": "CoopDesk",
        "subject-record": "A record of {source}, with its quotes",
        "subject-pack": "{count} records of {source}: {filters}",
        "subject-pack-all": "Every dated record of {source} ({count})",
        "keywords": "Russia; European Union; Europol; transnational crime; terrorism",
        "filters": "Filters",
        "no-filters": "none: every dated record",
        "records-count": "Records",
        "document": "Document",
        "document-date": "undated; the latest date it reports is {date}",
        "document-undated": "undated",
        "data-version": "Data version",
        "data-version-text": "curated {curated} · source SHA-256 {sha} · CoopDesk {version}",
        "marking": "Handling",
        "figure-caption": "The dated records of this pack, by kind and date.",
        "figure-alt": (
            "Timeline of {count} dated records from {first} to {last} in four lanes: "
            "{lanes}. {labelled} markers are labelled with their date; every record is in "
            "the contents, and those without a label are listed under the figure."
        ),
        "figure-unlabelled": "Not labelled in the figure",
        "figure-gap": "no records",
        "reading-title": "How to read this pack",
        "reading-sources": (
            "Every record rests on the source document's own words: its numbered sources "
            "quote them with their paragraph (¶), and its facts and links cite them by number."
        ),
        "reading-basis": (
            "Stated: the source says it. Inferred: a reading of the source, in italics, with "
            "the reason. Editorial: added by CoopDesk (a common abbreviation, for instance), "
            "not in the source."
        ),
        "reading-index": (
            "The index lists agencies, offence types, people and places with the pages of "
            "their records."
        ),
        "reading-notes": "Boxes headed “Your note” hold your own notes, not the source's words.",
        "contents": "Contents",
        "records": "Records",
        "record-of": "Record {n} of {total}",
        "sources": "Sources",
        "source-cite": "{document}, ¶{paragraph}",
        "stated": "stated",
        "inferred": "inferred",
        "editorial": "editorial",
        "editorial-reason": "not in the source",
        "your-note": "Your note",
        "your-note-disclaimer": "your own words, not part of the source",
        "index": "Index",
        "index-intro": (
            "Page numbers lead to the records. A page number in italics: the record's link "
            "to the entry is inferred, not stated."
        ),
        "index-agency": "Agencies",
        "index-offence": "Offence types",
        "index-person": "People",
        "index-place": "Places",
        "source-footer": "Source: {source}",
        "page-of": "page {page} of {total}",
        "printed": "printed {date}",
        "not-stated": "not stated in the source",
        "fact-kind": "Kind",
        "fact-date": "Date",
        "fact-place": "Place",
        "fact-number": "Number",
        "fact-context": "Context",
        "fact-side": "Side",
        "fact-short-name": "Short name",
        "fact-title": "Title",
        "fact-aliases": "Also named",
        "fact-search-names": "Also searched as",
        "fact-role": "Role",
        "fact-part-of": "Part of",
        "fact-units": "Units",
    },
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def chrome(lang: str = DEFAULT_LANG) -> dict[str, str]:
    """The strings of ``lang``, English where a translation lacks one."""
    return {**CHROME[DEFAULT_LANG], **CHROME.get(lang, {})}


def date_text(iso: str | None, lang: str = DEFAULT_LANG) -> str:
    """'2017-09-27' → '27 September 2017'; what is not an ISO date comes back as it is."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    months = MONTHS.get(lang, MONTHS[DEFAULT_LANG])
    return f"{day.day} {months[day.month - 1]} {day.year}"
