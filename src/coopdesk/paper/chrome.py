"""Every word paper prints that is not data: headings, labels, "page x of y", dates.

One table, translated (``coopdesk.i18n``) in the process that asks for the pages: the
template receives the table in its JSON and never spells a word of its own, and the
child process that lays out the pages needs no translations. Dates are written in the
language's own way there too ("27 сентября 2017 г.": Typst's own date display is English
only). The labels of a record's facts are ``render.FACT_LABELS``, shared with the window.
"""

from __future__ import annotations

from coopdesk.i18n import (
    DEFAULT,
    PSEUDO,
    QT_TRANSLATE_NOOP,
    Context,
    Texts,
    language,
)

CHROME = Texts({
    "pack-title": QT_TRANSLATE_NOOP("Paper", "Briefing pack"),
    "pack-subtitle": QT_TRANSLATE_NOOP(
        "Paper", "Russia–EU cooperation against transnational crime and terrorism"
    ),
    "author": QT_TRANSLATE_NOOP("Paper", "CoopDesk"),
    "subject-record": QT_TRANSLATE_NOOP("Paper", "A record of {source}, with its quotes"),
    "subject-pack-all": QT_TRANSLATE_NOOP("Paper", "Every dated record of {source} ({count})"),
    "keywords": QT_TRANSLATE_NOOP(
        "Paper", "Russia; European Union; Europol; transnational crime; terrorism"
    ),
    "filters": QT_TRANSLATE_NOOP("Paper", "Filters"),
    "no-filters": QT_TRANSLATE_NOOP("Paper", "none: every dated record"),
    "records-count": QT_TRANSLATE_NOOP("Paper", "Records", "on the cover: how many"),
    "document": QT_TRANSLATE_NOOP("Paper", "Document"),
    "document-date": QT_TRANSLATE_NOOP("Paper", "undated; the latest date it reports is {date}"),
    "document-undated": QT_TRANSLATE_NOOP("Paper", "undated"),
    "data-version": QT_TRANSLATE_NOOP("Paper", "Data version"),
    "data-version-text": QT_TRANSLATE_NOOP(
        "Paper", "curated {curated} · source SHA-256 {sha} · CoopDesk {version}"
    ),
    "marking": QT_TRANSLATE_NOOP("Paper", "Handling"),
    "figure-caption": QT_TRANSLATE_NOOP(
        "Paper", "The dated records of this pack, by kind and date."
    ),
    "figure-unlabelled": QT_TRANSLATE_NOOP("Paper", "Not labelled in the figure"),
    "reading-title": QT_TRANSLATE_NOOP("Paper", "How to read this pack"),
    "reading-sources": QT_TRANSLATE_NOOP(
        "Paper",
        "Every record rests on the source document's own words: its numbered sources "
        "quote them with their paragraph (¶), and its facts and links cite them by number.",
    ),
    "reading-basis": QT_TRANSLATE_NOOP(
        "Paper",
        "Stated: the source says it. Inferred: a reading of the source, in italics, with "
        "the reason. Not in the source: added by CoopDesk (a common abbreviation, for "
        "instance), with the reason.",
    ),
    "reading-index": QT_TRANSLATE_NOOP(
        "Paper",
        "The index lists agencies, offence types, people and places with the pages of "
        "their records.",
    ),
    "reading-notes": QT_TRANSLATE_NOOP(
        "Paper", "Boxes headed “Your note” hold your own notes, not the source's words."
    ),
    "contents": QT_TRANSLATE_NOOP("Paper", "Contents"),
    "records": QT_TRANSLATE_NOOP("Paper", "Records", "the heading of the records' part"),
    "record-of": QT_TRANSLATE_NOOP("Paper", "Record {n} of {total}"),
    "sources": QT_TRANSLATE_NOOP("Paper", "Sources"),
    "source-cite": QT_TRANSLATE_NOOP("Paper", "{document}, ¶{paragraph}"),
    "stated": QT_TRANSLATE_NOOP("Paper", "stated"),
    "your-note": QT_TRANSLATE_NOOP("Paper", "Your note"),
    "your-note-disclaimer": QT_TRANSLATE_NOOP("Paper", "your own words, not part of the source"),
    "index": QT_TRANSLATE_NOOP("Paper", "Index"),
    "index-intro": QT_TRANSLATE_NOOP(
        "Paper",
        "Page numbers lead to the records. A page number in italics: the record's link "
        "to the entry is inferred, not stated.",
    ),
    "index-agency": QT_TRANSLATE_NOOP("Paper", "Agencies"),
    "index-offence": QT_TRANSLATE_NOOP("Paper", "Offence types"),
    "index-person": QT_TRANSLATE_NOOP("Paper", "People"),
    "index-place": QT_TRANSLATE_NOOP("Paper", "Places"),
    "source-footer": QT_TRANSLATE_NOOP("Paper", "Source: {source}"),
    "page-of": QT_TRANSLATE_NOOP("Paper", "page {page} of {total}"),
    "printed": QT_TRANSLATE_NOOP("Paper", "printed {date}"),
})  # fmt: skip
Paper = Context("Paper")  # the printed words with a number in them


def chrome() -> dict[str, str]:
    """Every string of the table, in the language installed."""
    return dict(CHROME)


def document_language() -> str:
    """The language of the pages (Typst hyphenates and quotes by it): the one installed;
    English for the pseudo-translation, which is English made longer."""
    current = language()
    return DEFAULT if current == PSEUDO else current
