"""Record pages and briefing packs as data for the template (no Qt, no Typst here).

``record_document`` and ``pack_document`` gather everything a page shows from the data
layer, in words fit to print (dates, filters, labels from ``chrome``), cleaned by
``text.clean_tree`` and ready to go to ``engine.compile_document`` as one JSON value.
"""

from __future__ import annotations

import datetime as dt
import locale
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coopdesk import __version__
from coopdesk.errors import NothingToPrint, TooManyRecords
from coopdesk.i18n import number, translate
from coopdesk.jobs import QUIET, Progress
from coopdesk.marks import heading
from coopdesk.model import Filters, Meta, RecordDetail
from coopdesk.paper.chrome import Paper, chrome, document_language
from coopdesk.paper.content import IndexRef, index_refs, record_section
from coopdesk.paper.figure import figure_data
from coopdesk.paper.text import cap, clean_tree
from coopdesk.render import describe_filters, human_date, names_map
from coopdesk.store import Store

# Typst's paper name and the width of the text block (the page less 2 cm each side), in pt.
PAPERS: dict[str, tuple[str, float]] = {
    "a4": ("a4", (210 - 40) * 72 / 25.4),
    "letter": ("us-letter", (215.9 - 40) * 72 / 25.4),
}
# Territories that use Letter (ISO 3166 codes, as locale names end: en_US, es_MX…).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR"})
# Typst's memory grows with the pack: bench/bench_paper.py measured 502 MB for 753
# synthetic records (274 pages). 600 keeps a compile near 400 MB, under the 500 MB a pack
# may take (docs/PRINT_ENGINE.md).
MAX_PACK_RECORDS = 600
INDEX_GROUPS = ("agency", "offence", "person", "place")
MAX_RUNNING_TITLE = 90


def default_paper() -> str:
    """Letter where the locale's territory uses it, A4 elsewhere."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(name, "")
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    territory = value.split(".")[0].partition("_")[2].upper()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


@dataclass(frozen=True)
class PaperOptions:
    """What every printed output shares."""

    marking: str = ""  # handling marking, e.g. FOR OFFICIAL USE, top and bottom of each page
    paper: str = "a4"  # "a4" or "letter"
    notes: Mapping[str, str] | None = None  # the user's notes by record id; None: not asked
    lang: str = field(default_factory=document_language)  # the language of the words
    printed: dt.date = field(default_factory=dt.date.today)


def _source_title(meta: Meta, details: Sequence[RecordDetail] = ()) -> str:
    """The documents the records printed come from (all of the database's when none)."""
    titles = list(dict.fromkeys(d.document_title for d in details if d.document_title))
    titles = titles or [d.title for d in meta.documents]
    return "; ".join(titles) if len(titles) <= 2 else f"{len(titles)} documents"


def _frame(
    meta: Meta,
    options: PaperOptions,
    ch: dict[str, str],
    running: str,
    details: Sequence[RecordDetail] = (),
) -> dict[str, Any]:
    """What every page carries: paper, header, footer, marking, metadata."""
    if options.paper not in PAPERS:
        raise ValueError(f"unknown paper {options.paper!r}")
    source = _source_title(meta, details)
    return {
        "lang": options.lang,
        "paper": PAPERS[options.paper][0],
        "chrome": ch,
        "running": cap(running, MAX_RUNNING_TITLE),
        "marking": options.marking.strip(),
        "footer": ch["source-footer"].format(source=source),
        "printed": ch["printed"].format(date=human_date(options.printed.isoformat())),
        "author": ch["author"],
        "keywords": [k.strip() for k in ch["keywords"].split(";")],
        "timestamp": dt.datetime.combine(options.printed, dt.time(12), dt.UTC).isoformat(),
    }


def _finish(document: dict[str, Any]) -> dict[str, Any]:
    return dict(clean_tree(document))


def record_document(store: Store, record_id: str, options: PaperOptions) -> dict[str, Any]:
    """One record on its own pages, its title as the running header."""
    ch = chrome()
    detail = store.record(record_id)
    meta = store.meta()
    note = (options.notes or {}).get(record_id, "")
    section = record_section(detail, ch, note)
    section["title"] = cap(section["title"])
    return _finish(
        {
            **_frame(meta, options, ch, heading(detail.ref), [detail]),
            "kind": "record",
            "title": cap(heading(detail.ref)),
            "subject": ch["subject-record"].format(source=_source_title(meta, [detail])),
            "records": [section],
        }
    )


def check_pack_size(count: int) -> None:
    """Refuse an empty pack and one too large to be read, saying what to do instead."""
    if count == 0:
        raise NothingToPrint(
            translate(
                "Paper",
                "no records match these filters, so there is nothing to put in a briefing "
                "pack. Clear a filter or widen the years.",
            )
        )
    if count > MAX_PACK_RECORDS:
        leave = Paper.tr("the filters leave %n record(s);", "", count)
        most = Paper.tr(
            "a briefing pack holds at most %n. Narrow the filters, or use Export for all of them.",
            "",
            MAX_PACK_RECORDS,
        )
        raise TooManyRecords(f"{leave} {most}")


def pack_title(filters_text: str, ch: dict[str, str], filtered: bool) -> str:
    return f"{ch['pack-title']}: {filters_text}" if filtered else ch["pack-title"]


def pack_document(
    store: Store, filters: Filters, options: PaperOptions, progress: Progress = QUIET
) -> dict[str, Any]:
    """A briefing pack of the records ``filters`` leave: cover, contents, records, index."""
    ch = chrome()
    check_pack_size(store.count_dated(filters))
    records = store.dated(filters)
    check_pack_size(len(records))
    details = store.details([r.id for r in records], progress)
    if filters.stated_only:  # what only an inferred link says stays out of the pack
        details = [d.stated_links_only() for d in details]
    meta = store.meta()
    names = names_map(store.entities("agency"), store.entities("offence"), meta.documents)
    filters_text = describe_filters(filters, names) if not filters.is_empty else ch["no-filters"]
    title = pack_title(filters_text, ch, not filters.is_empty)
    notes = options.notes
    sections, refs = [], []
    for i, detail in enumerate(details):
        progress.step(i, len(details), translate("Paper", "Laying out the records…"))
        section = record_section(detail, ch, (notes or {}).get(detail.id, ""))
        section["title"] = cap(section["title"])
        sections.append(section)
        refs.append(index_refs(detail))
    latest = store.latest_dates()
    used = {detail.document_id for detail in details}
    documents = [
        {
            "title": d.title,
            "date": ch["document-date"].format(date=human_date(latest[d.id]))
            if d.id in latest
            else ch["document-undated"],
        }
        for d in meta.documents
        if d.id in used  # the documents the pack's records come from
    ]
    version = ch["data-version-text"].format(
        curated=human_date(meta.data_as_of) or "—",
        sha=meta.source_sha256[:12] + "…",
        version=__version__,
    )
    return _finish(
        {
            **_frame(meta, options, ch, title, details),
            "kind": "pack",
            "title": cap(title),
            "subject": _subject(
                len(details), _source_title(meta, details), filters, filters_text, ch
            ),
            "cover": {
                "title": ch["pack-title"],
                "subtitle": ch["pack-subtitle"],
                "rows": [
                    [ch["filters"], filters_text],
                    [ch["records-count"], number(len(details))],
                    *[[ch["document"], f"{d['title']} ({d['date']})"] for d in documents],
                    [ch["data-version"], version],
                ],
                "reading": [
                    ch["reading-sources"],
                    ch["reading-basis"],
                    ch["reading-index"],
                    *([ch["reading-notes"]] if notes is not None else []),
                ],
                "figure": figure_data(records, PAPERS[options.paper][1]),
            },
            "records": sections,
            "with_notes": notes is not None,
            "index": _index(refs, ch),
        }
    )


def _subject(
    count: int, source: str, filters: Filters, filters_text: str, ch: dict[str, str]
) -> str:
    """The PDF's subject: how many records of which document, and under which filters."""
    if filters.is_empty:
        return ch["subject-pack-all"].format(count=number(count), source=source)
    return Paper.tr("%n record(s) of {source}: {filters}", "", count).format(
        source=source, filters=filters_text
    )


def _index(refs: list[list[IndexRef]], ch: dict[str, str]) -> list[dict[str, Any]]:
    """Index groups: each term with the records that name it (pages come from Typst)."""
    groups: dict[str, dict[str, list[list[Any]]]] = {g: {} for g in INDEX_GROUPS}
    for i, record_refs in enumerate(refs):
        for ref in record_refs:
            groups[ref.group].setdefault(ref.name, []).append([i, ref.inferred])

    def order(name: str) -> tuple[int, str]:
        head = name.split(".", 1)[0]  # offence types sort by their number
        return (int(head), name) if head.isdigit() else (0, name.casefold())

    return [
        {
            "heading": ch[f"index-{group}"],
            "terms": [
                {"name": n, "refs": groups[group][n]} for n in sorted(groups[group], key=order)
            ],
        }
        for group in INDEX_GROUPS
        if groups[group]
    ]
