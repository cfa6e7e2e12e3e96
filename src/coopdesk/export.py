"""Exports of a selection of dated records: CSV, JSON, Markdown and iCalendar. No Qt.

CSV and JSON carry the fields of ``coopdesk query --json``; Markdown is a briefing text
with the source quoted; iCalendar has one all-day event per record. Every format marks
what is not the document's words: a link that is a reading "(inferred)", a name of ours
"(not in the source)", a title that is either with its reason. The output depends
only on the data (DTSTAMP is the data's as-of date), so the same selection gives the
same bytes. The user's notes are included only when the caller passes them, and are
always marked as the user's own words.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from coopdesk import __version__
from coopdesk.dataout import entries_text, record_json
from coopdesk.errors import OutputError
from coopdesk.fileio import write_output
from coopdesk.i18n import translate
from coopdesk.jobs import QUIET, Progress
from coopdesk.marks import LEGEND, THROUGH, basis_words, mark_short, title_mark
from coopdesk.model import Filters, RecordDetail
from coopdesk.render import (
    USER_NOTE_DISCLAIMER,
    USER_NOTE_LABEL,
    describe_filters,
    human_date,
    names_map,
    subtitle,
)
from coopdesk.safetext import FORMULA_STARTS, csv_cell, json_safe, single_line, strip_controls
from coopdesk.schema import BASES
from coopdesk.store import Store
from coopdesk.store.rows import RowWords

FORMATS: dict[str, str] = {
    "csv": "CSV (*.csv)",
    "json": "JSON (*.json)",
    "md": "Markdown (*.md)",
    "ics": "iCalendar (*.ics)",
}
NOTE_LABEL, NOTE_DISCLAIMER = USER_NOTE_LABEL, USER_NOTE_DISCLAIMER
CSV_COLUMNS = (
    "id",
    "kind",
    "title",
    "title_basis",
    "filter_basis",
    "date",
    "year",
    "place",
    "document",
    "agencies",
    "people",
    "offences",
    "related",
    "citations",
)


# ---------------------------------------------------------------------- CSV and JSON


def _title_note(detail: RecordDetail) -> str:
    """'inferred: reason' or 'not in the source: reason' for a title that is not quoted."""
    ref = detail.ref
    return (
        "" if ref.title_basis == "stated" else f"{basis_words(ref.title_basis)}: {ref.title_reason}"
    )


def _csv_row(detail: RecordDetail, note: str | None, filter_basis: str) -> dict[str, Any]:
    data = record_json(detail)
    row: dict[str, Any] = {key: data[key] for key in ("id", "kind", "date", "year")}
    row["filter_basis"] = filter_basis
    row["title"] = detail.title
    row["title_basis"] = _title_note(detail) or "stated"
    row["year"] = "" if row["year"] is None else row["year"]
    row["place"] = data["place"]["name"] if data["place"] else None
    row["document"] = data["document"]
    row["agencies"] = "; ".join(entries_text(data["agencies"]))
    row["people"] = "; ".join(entries_text(data["people"]))
    row["offences"] = "; ".join(entries_text(data["offences"], number=True))
    row["related"] = "; ".join(
        f"{r['relation']}: {text}"
        for r, text in zip(data["related"], entries_text(data["related"]), strict=True)
    )
    row["citations"] = " | ".join(f"¶{c['paragraph']}: “{c['quote']}”" for c in data["citations"])
    if note is not None:
        row["your_note"] = note
    return row


def row_words() -> RowWords:
    """What the rows SQLite assembles say (coopdesk/store/rows.py): the marks of this
    module's CSV, as they read when asked (tests/test_export_rows.py holds both ways to
    the same bytes). Stored rows made with other words are not used."""
    return RowWords(
        basis_words={b: basis_words(b) for b in BASES},
        title_marks={b: title_mark(b) for b in BASES},
        link_marks={b: mark_short(b) for b in BASES},
        formula_starts="".join(FORMULA_STARTS),
        through=translate("Links", THROUGH),
    )


# A line SQLite assembled holds one of these (a control character, or a lone surrogate):
# csv_cell would remove it and then guard what it uncovers, so that record is written the
# careful way, from its full record.
_NOT_PLAIN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _quoted(value: str) -> str:
    """A cell as csv.writer quotes it with QUOTE_ALL."""
    return '"' + value.replace('"', '""') + '"'


def _csv_fast(
    store: Store, filters: Filters, notes: Mapping[str, str] | None, progress: Progress
) -> tuple[str, int]:
    """``to_csv`` of the records in full, byte for byte, from lines SQLite assembles (or
    cells the build wrote): one string per record in Python, not a record of objects."""
    columns = [*CSV_COLUMNS, *(["your_note"] if notes is not None else [])]
    lines = [",".join(_quoted(c) for c in columns)]
    for batch in store.csv_lines(filters, row_words(), progress):
        for record_id, basis, line in batch:
            if line is None or _NOT_PLAIN.search(line):
                detail = store.record(record_id)
                detail = detail.stated_links_only() if filters.stated_only else detail
                line = to_csv([detail], None, {record_id: basis}).split("\r\n")[1]
            if notes is not None:
                line += "," + _quoted(str(csv_cell(notes.get(record_id, ""))))
            lines.append(line)
    return "\r\n".join(lines) + "\r\n", len(lines) - 1


def to_csv(
    details: list[RecordDetail],
    notes: Mapping[str, str] | None = None,
    filter_bases: Mapping[str, str] | None = None,
) -> str:
    """One row per record; lists are joined with "; " and citations with " | ".

    ``filter_bases``: by record id, "inferred" when the filters keep it only through an
    inferred link (as ``coopdesk query`` says).

    Against formula injection (OWASP): every cell is quoted, and a cell a spreadsheet
    would take for a formula (starting with = + - @, a tab or a line break) starts with
    an apostrophe, so it is shown as the text it is.
    """
    columns = [*CSV_COLUMNS, *(["your_note"] if notes is not None else [])]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for detail in details:
        note = None if notes is None else notes.get(detail.id, "")
        row = _csv_row(detail, note, (filter_bases or {}).get(detail.id, "stated"))
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return buffer.getvalue()


def to_json(
    details: list[RecordDetail],
    notes: Mapping[str, str] | None = None,
    filter_bases: Mapping[str, str] | None = None,
) -> str:
    """The list ``coopdesk query --json`` prints, with ``your_note`` when notes are asked."""
    out = []
    for detail in details:
        data = record_json(detail, filter_basis=(filter_bases or {}).get(detail.id, "stated"))
        if notes is not None:
            data["your_note"] = notes.get(detail.id) or None
        out.append(data)
    return json_safe(json.dumps(out, ensure_ascii=False, indent=2)) + "\n"


# ---------------------------------------------------------------------- Markdown

_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|&~"})


def md_escape(text: str) -> str:
    """Text that Markdown shows literally, on one line: no emphasis, links, HTML or
    entities (``&lt;``) from the data, no control characters, no line breaks."""
    return single_line(text).translate(_MD_SPECIAL)


def _fenced(text: str) -> str:
    """``text`` in a fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{strip_controls(text).rstrip()}\n{fence}"


def to_markdown(
    details: list[RecordDetail],
    notes: Mapping[str, str] | None = None,
    *,
    filters_text: str = "",
    as_of: str = "",
    source: str = "",
) -> str:
    """A briefing text: one section per record, source quotes as quotations with ¶."""
    lines = ["# CoopDesk briefing", ""]
    if filters_text:
        lines.append(f"- Filters: {md_escape(filters_text)}")
    lines.append(f"- Records: {len(details)}")
    if as_of:
        lines.append(f"- Data as of: {human_date(as_of)}")
    if source:
        lines.append(f"- Source: *{md_escape(source)}*")
    if notes:
        lines.append(f"- Notes marked “{NOTE_LABEL}” are {NOTE_DISCLAIMER}.")
    lines.append(f"- Marks: {md_escape(LEGEND)}")
    for detail in details:
        data = record_json(detail)
        lines += ["", f"## {md_escape(detail.title)}", "", f"*{md_escape(subtitle(detail))}*", ""]
        facts = [
            ("Title", _title_note(detail)),
            ("Agencies", ", ".join(entries_text(data["agencies"]))),
            ("People", ", ".join(entries_text(data["people"]))),
            ("Offence types", ", ".join(entries_text(data["offences"], number=True))),
        ]
        for label, value in facts:
            if value:
                lines.append(f"- **{label}:** {md_escape(value)}")
        for citation in detail.citations:
            lines += [
                "",
                f"> “{md_escape(citation.quote)}”",
                ">",
                f"> — *{md_escape(citation.document_title)}*, ¶{citation.paragraph}",
            ]
        note = (notes or {}).get(detail.id, "")
        if note.strip():
            lines += ["", f"**{NOTE_LABEL}** ({NOTE_DISCLAIMER}):", "", _fenced(note)]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------- iCalendar


def ics_escape(text: str) -> str:
    """A TEXT value of RFC 5545 (section 3.3.11): backslash, ; , and newlines escaped,
    control characters (which TEXT does not allow) removed."""
    return (
        strip_controls(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75  # a continuation starts with one space
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _ics_date(iso: str) -> str:
    return iso.replace("-", "")


def to_ics(
    details: list[RecordDetail], notes: Mapping[str, str] | None = None, *, as_of: str = ""
) -> str:
    """An iCalendar of all-day events, one per dated record, with a stable UID per record."""
    import datetime as dt

    stamp = f"{_ics_date(as_of or '1970-01-01')}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//CoopDesk//CoopDesk {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:CoopDesk",
    ]
    for detail in details:
        if not detail.ref.date:
            continue
        day = dt.date.fromisoformat(detail.ref.date)
        data = record_json(detail)
        description = [subtitle(detail)]
        if _title_note(detail):
            description.append(f"Title {_title_note(detail)}")
        for label, key in (("Agencies", "agencies"), ("Offence types", "offences")):
            if data[key]:
                listed = entries_text(data[key], number=key == "offences")
                description.append(f"{label}: {', '.join(listed)}")
        description += [
            f"“{c.quote}” — {c.document_title}, ¶{c.paragraph}" for c in detail.citations
        ]
        note = (notes or {}).get(detail.id, "")
        if note.strip():
            description.append(f"{NOTE_LABEL} ({NOTE_DISCLAIMER}): {note}")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ics_escape(detail.id)}@coopdesk",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{ics_escape(detail.title)}",
        ]
        if detail.place is not None:
            lines.append(f"LOCATION:{ics_escape(detail.place.title)}")
        lines += [
            f"DESCRIPTION:{ics_escape(chr(10).join(description))}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


# ---------------------------------------------------------------------- one entry point


def export_text(
    store: Store,
    filters: Filters,
    fmt: str,
    notes: Mapping[str, str] | None = None,
    progress: Progress = QUIET,
) -> tuple[str, int]:
    """The dated records ``filters`` leave, as ``fmt``; returns (text, number of records)."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown export format '{fmt}': use one of {', '.join(FORMATS)}.")
    if fmt == "csv":
        return _csv_fast(store, filters, notes, progress)
    records = store.dated(filters)
    bases = {r.id: r.basis for r in records}
    details = store.details([r.id for r in records], progress)
    if filters.stated_only:
        details = [d.stated_links_only() for d in details]
    meta = store.meta()
    writers: dict[str, Callable[[], str]] = {
        "csv": lambda: to_csv(details, notes, bases),
        "json": lambda: to_json(details, notes, bases),
        "md": lambda: to_markdown(
            details,
            notes,
            filters_text=describe_filters(
                filters,
                names_map(store.entities("agency"), store.entities("offence"), meta.documents),
            ),
            as_of=meta.data_as_of,
            # The documents the records come from (all of them when none is listed).
            source="; ".join(
                dict.fromkeys(d.document_title for d in details)
                or (d.title for d in meta.documents)
            ),
        ),
        "ics": lambda: to_ics(details, notes, as_of=meta.data_as_of),
    }
    return writers[fmt](), len(details)


def export_file(
    store: Store,
    filters: Filters,
    fmt: str,
    path: Path,
    notes: Mapping[str, str] | None = None,
    progress: Progress = QUIET,
) -> int:
    """Write the export to ``path`` atomically; returns the number of records."""
    text, count = export_text(store, filters, fmt, notes, progress)
    progress.check()
    # CSV keeps its own CRLF row ends (RFC 4180); newline="" semantics by writing bytes.
    write_output(path, text.encode("utf-8"), what="export")
    return count
