"""The curation validator: every problem of a curation file, each at its line.

``validate(text, document)`` checks a curation held in memory against the text of its
document and returns every problem found, for an editor that validates as the curator
types. The build reads files with ``read_curation`` and ``check_references`` and stops on
the first problem list that is not empty.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from coopdesk.build import fields as F
from coopdesk.build.specs import (
    Citation,
    Document,
    LinkSpec,
    Problem,
    RecordSpec,
    ValueSpec,
)
from coopdesk.build.text import QuoteFinder, date_forms, normalise, split_paragraphs
from coopdesk.build.tomllines import TableLines, scan
from coopdesk.schema import KIND_BY_ID

MIN_QUOTE_WORDS = 3
SHOWN_QUOTE = 120  # characters of a quote repeated in a message


def shown(quote: str) -> str:
    """A quote as a message repeats it: in double quotes, a long one cut short."""
    return f'"{quote}"' if len(quote) <= SHOWN_QUOTE else f'"{quote[:SHOWN_QUOTE]}…"'

# The document's text, or a function from the [document] file name to its text (or to
# the problem of reading it).
DocumentSource = str | Callable[[str], "str | Problem"]


@dataclass
class ParsedFile:
    """One curation file read and checked on its own."""

    name: str
    document: Document | None = None
    records: list[RecordSpec] = field(default_factory=list)
    links: list[LinkSpec] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Link quotes shorter than three words: fine only when they are a whole name of one
    # end of the link, which may be defined in another file.
    short_link_quotes: list[tuple[LinkSpec, int, str]] = field(default_factory=list)


def validate(
    text: str,
    document: str,
    *,
    filename: str = "curation.toml",
    known: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Every problem of the curation ``text`` read against the ``document`` text.

    ``known`` maps the ids of records defined elsewhere (other curation files) to their
    kinds, so that links and places may refer to them. The file's [document] table must
    still name a file, but ``document`` is the text used.
    """
    parsed = read_curation(text, filename, document)
    return sort_problems(parsed.problems + check_references([parsed], known or {}))


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    order: dict[str, int] = {}
    listed = list(problems)
    for p in listed:
        order.setdefault(p.file, len(order))
    return sorted(listed, key=lambda p: (order[p.file], p.line))


# ---------------------------------------------------------------------- one file


def read_curation(text: str, filename: str, document: DocumentSource) -> ParsedFile:
    """Read one curation file: its document, records and links, and its own problems."""
    out = ParsedFile(filename)

    def problem(line: int, subject: str, message: str) -> None:
        out.problems.append(Problem(filename, line, subject, message))

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        problem(int(found.group(1)) if found else 0, "", f"not valid TOML: {exc}")
        return out
    lines = scan(text)
    for key in data:
        if key in F.TABLES:
            continue
        tables = lines.get(key)
        if tables:
            problem(
                tables[0].line,
                "",
                f"unknown table [{key}] or [[{key}]]; the tables are "
                + ", ".join(t.header for t in F.TABLES.values()),
            )
        else:
            problem(lines[""][0].key(key), "", f"unknown key '{key}' outside any table")
    doc_table = data.get("document")
    doc_lines = (lines.get("document") or [TableLines("document", 0)])[0]
    if not isinstance(doc_table, dict):
        problem(doc_lines.line, "", "needs one [document] table with 'id' and 'file'")
        doc_table = {}
    doc_problems = F.check_entry(doc_table, F.DOCUMENT)
    for key, message in doc_problems:
        problem(doc_lines.key(key), "document", message)
    finder: QuoteFinder | None = None
    if not doc_problems:
        read = _document(doc_table, document)
        if isinstance(read, Problem):
            out.problems.append(read)
        else:
            out.document = read
            finder = QuoteFinder(read.paragraphs)
    document_id = str(doc_table.get("id", ""))
    for name, reader in (("record", _read_record), ("link", _read_link)):
        entries = data.get(name, [])
        table_lines = lines.get(name, [])
        if not isinstance(entries, list):
            line = table_lines[0].line if table_lines else lines[""][0].key(name)
            problem(line, "", f"'{name}' must be written as [[{name}]] tables")
            continue
        for index, entry in enumerate(entries):
            where = table_lines[index] if index < len(table_lines) else TableLines(name, 0)
            if not isinstance(entry, dict):
                problem(where.line, "", f"each {name} must be a [[{name}]] table")
                continue
            reader(out, entry, where, finder, document_id)
    return out


def _document(table: Mapping[str, Any], source: DocumentSource) -> Document | Problem:
    text = source if isinstance(source, str) else source(table["file"])
    if isinstance(text, Problem):
        return text
    title, paragraphs = split_paragraphs(text)
    if not paragraphs:
        return Problem(table["file"], 0, "", "the document is empty (it needs a title and text).")
    return Document(
        id=table["id"],
        title=title,
        filename=table["file"],
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        curated=table.get("curated"),
        text=text,
        paragraphs=paragraphs,
    )


def _subject(value: Any, header: str) -> str:
    """The record's id, or the table's header when the id is missing or malformed."""
    return value if isinstance(value, str) and F.ID_RE.fullmatch(value) else header


def _quotes(entry: Mapping[str, Any], where: TableLines) -> list[tuple[int, str]]:
    """(line, text) of every quote of an entry: its ``quote`` and each of its ``quotes``."""
    out: list[tuple[int, str]] = []
    if isinstance(entry.get("quote"), str):
        out.append((where.key("quote"), entry["quote"]))
    items = entry.get("quotes")
    if isinstance(items, list):
        out += [(where.item("quotes", i), q) for i, q in enumerate(items) if isinstance(q, str)]
    return out


def _cite(
    quotes: list[tuple[int, str]],
    finder: QuoteFinder | None,
    names: Iterable[str],
    report: Callable[[int, str], None],
) -> list[Citation]:
    """Citations of the quotes that are found; a report for each that is not, or that is
    shorter than three words without being a whole name."""
    whole = {normalise(n).casefold() for n in names}
    citations = []
    for line, quote in quotes:
        if finder is None or not quote.strip():
            continue
        found = finder.find(quote)
        if found is None:
            report(line, f"quote not found in the document: {shown(quote)}")
            continue
        if len(quote.split()) < MIN_QUOTE_WORDS and normalise(quote).casefold() not in whole:
            report(
                line,
                f"the quote {shown(quote)} is shorter than {MIN_QUOTE_WORDS} words and is not a "
                "whole name of the record: quote enough words to say what it supports",
            )
            continue
        citations.append(found)
    return citations


def _read_record(
    out: ParsedFile,
    entry: Mapping[str, Any],
    where: TableLines,
    finder: QuoteFinder | None,
    document_id: str,
) -> None:
    subject = _subject(entry.get("id"), F.RECORD.header)

    def report(line: int, message: str) -> None:
        out.problems.append(Problem(out.name, line, subject, message))

    problems = F.check_entry(entry, F.RECORD)
    for key, message in problems:
        report(where.key(key), message)
    bad = {key for key, _ in problems}
    rid, kind = str(entry.get("id")), str(entry.get("kind"))
    if "kind" not in bad and "id" not in bad:
        category = KIND_BY_ID[kind].category
        if not rid.startswith(f"{category}/"):
            report(where.key("id"), f"the id of a record of kind '{kind}' begins '{category}/'")
        if KIND_BY_ID[kind].lane and "date" not in entry:
            report(where.line, f"a record of kind '{kind}' needs a date")
        if kind == "offence" and "number" not in entry:
            report(where.line, "an offence type needs its number in the footnote")
    quotes = _quotes(entry, where)
    if not quotes and "quote" not in bad and "quotes" not in bad:
        report(where.line, 'needs a quote of the document (quote = "…" or quotes = [...])')
    names = [str(entry[k]) for k in ("title", "short") if isinstance(entry.get(k), str)]
    if isinstance(entry.get("aliases"), list):
        names += [a for a in entry["aliases"] if isinstance(a, str)]
    citations = _cite(quotes, finder, names, report)
    values = _field_values(entry, where, finder, bad, report)
    if "date" not in bad and "date" in entry and finder is not None:
        _check_date_quoted(entry, where, citations, values, report)
    if bad & {"id", "kind"}:
        return  # other records may still name it: a bad title is no reason to say it is gone
    out.records.append(
        RecordSpec(
            id=rid,
            kind=kind,
            title=str(entry.get("title", "")),
            document_id=document_id,
            sort=0,
            short=entry.get("short"),
            aliases=list(entry.get("aliases", [])) if "aliases" not in bad else [],
            date=entry.get("date") if "date" not in bad else None,
            place=entry.get("place") if "place" not in bad else None,
            number=entry.get("number") if "number" not in bad else None,
            side=entry.get("side") if "side" not in bad else None,
            parent=entry.get("parent") if "parent" not in bad else None,
            role=entry.get("role"),
            context=entry.get("context"),
            citations=citations,
            values=values,
            file=out.name,
            line=where.line,
            key_lines=dict(where.keys),
        )
    )


def _field_values(
    entry: Mapping[str, Any],
    where: TableLines,
    finder: QuoteFinder | None,
    bad: set[str],
    report: Callable[[int, str], None],
) -> list[ValueSpec]:
    """The basis of each field that declares one (``<field>_basis`` and friends)."""
    values = []
    for f in F.RECORD.fields:
        if not f.basis or f.name not in entry or bad & {f.name, f"{f.name}_basis"}:
            continue
        basis = entry.get(f"{f.name}_basis", "stated")
        citations: list[Citation] = []
        quote_key = f"{f.name}_quote"
        if isinstance(entry.get(quote_key), str):
            citations = _cite([(where.key(quote_key), entry[quote_key])], finder, (), report)
        values.append(
            ValueSpec(f.name, str(entry[f.name]), basis, entry.get(f"{f.name}_reason"), citations)
        )
    return values


def _check_date_quoted(
    entry: Mapping[str, Any],
    where: TableLines,
    citations: list[Citation],
    values: list[ValueSpec],
    report: Callable[[int, str], None],
) -> None:
    """A stated date must stand in one of the record's quotes, as the document writes it."""
    if entry.get("date_basis", "stated") != "stated":
        return
    date_value = next((v for v in values if v.field == "date"), None)
    own = date_value.citations if date_value else []
    forms = date_forms(entry["date"])
    if any(form in normalise(c.quote) for c in [*citations, *own] for form in forms):
        return
    report(
        where.key("date"),
        f"the date {entry['date']} is in none of the record's quotes (written "
        f"'{forms[0]}' or '{forms[3]}'); quote the words that date it, or say "
        'date_basis = "inferred" and give a date_reason',
    )


def _read_link(
    out: ParsedFile,
    entry: Mapping[str, Any],
    where: TableLines,
    finder: QuoteFinder | None,
    document_id: str,
) -> None:
    ends = [entry.get(k) if isinstance(entry.get(k), str) else "?" for k in ("from", "to")]
    subject = f"link {ends[0]} → {ends[1]}"

    def report(line: int, message: str) -> None:
        out.problems.append(Problem(out.name, line, subject, message))

    problems = F.check_entry(entry, F.LINK)
    for key, message in problems:
        report(where.key(key), message)
    bad = {key for key, _ in problems}
    basis = entry.get("basis")
    if "basis" not in bad:
        if basis == "inferred" and "reason" not in entry:
            report(where.key("basis"), "an inferred link needs a one-line reason")
        if basis == "stated" and "reason" in entry:
            report(
                where.key("reason"),
                'a stated link needs no reason; say basis = "inferred" if it is a reading',
            )
    quotes = _quotes(entry, where)
    if not quotes and "quote" not in bad and "quotes" not in bad:
        report(where.line, 'needs a quote of the document (quote = "…" or quotes = [...])')
    short = [(line, q) for line, q in quotes if len(q.split()) < MIN_QUOTE_WORDS]
    long_quotes = [(line, q) for line, q in quotes if len(q.split()) >= MIN_QUOTE_WORDS]
    citations = _cite(long_quotes, finder, (), report)
    if bad & {"from", "to", "relation", "basis"}:
        return
    link = LinkSpec(
        from_id=entry["from"],
        to_id=entry["to"],
        relation=entry["relation"],
        basis=str(basis),
        document_id=document_id,
        role=entry.get("role"),
        reason=entry.get("reason"),
        citations=citations,
        file=out.name,
        line=where.line,
        key_lines=dict(where.keys),
    )
    out.links.append(link)
    for line, quote in short:
        found = finder.find(quote) if finder is not None else None
        if found is None and finder is not None:
            report(line, f"quote not found in the document: {shown(quote)}")
        elif found is not None:
            link.citations.append(found)
            out.short_link_quotes.append((link, line, quote))


# ---------------------------------------------------------------------- across files


def check_references(files: list[ParsedFile], known: Mapping[str, str]) -> list[Problem]:
    """Ids used twice, references to records that do not exist or are of the wrong kind,
    links given twice, and short link quotes that are no whole name of either end."""
    problems: list[Problem] = []
    by_id: dict[str, RecordSpec] = {}
    for parsed in files:
        for record in parsed.records:
            first = by_id.get(record.id)
            if first is not None or record.id in known:
                elsewhere = (
                    f" (also at {first.file}:{first.line_of('id')})"
                    if first
                    else " (also in another file)"
                )
                problems.append(
                    Problem(
                        record.file,
                        record.line_of("id"),
                        record.id,
                        f"the id is used twice{elsewhere}",
                    )
                )
                continue
            by_id[record.id] = record
    kinds = {**known, **{rid: r.kind for rid, r in by_id.items()}}
    for record in by_id.values():
        for key, want in (("place", "place"), ("parent", record.kind)):
            target = getattr(record, key)
            if target is None:
                continue
            if target not in kinds:
                message = f"{key} '{target}' is not a record"
            elif kinds[target] != want:
                message = f"{key} '{target}' is not a {want}"
            else:
                continue
            problems.append(Problem(record.file, record.line_of(key), record.id, message))
    seen: dict[tuple[str, str, str], LinkSpec] = {}
    for parsed in files:
        for link in parsed.links:
            for end, key in ((link.from_id, "from"), (link.to_id, "to")):
                if end not in kinds:
                    problems.append(
                        Problem(
                            link.file, link.line_of(key), link.subject, f"'{end}' is not a record"
                        )
                    )
            triple = (link.from_id, link.to_id, link.relation)
            if triple in seen:
                problems.append(
                    Problem(
                        link.file,
                        link.line,
                        link.subject,
                        f"the same {link.relation} link is given twice (also at "
                        f"{seen[triple].where})",
                    )
                )
            seen.setdefault(triple, link)
        for link, line, quote in parsed.short_link_quotes:
            names = [
                name
                for end in (link.from_id, link.to_id)
                if end in by_id
                for name in (by_id[end].title, by_id[end].short or "", *by_id[end].aliases)
            ]
            if normalise(quote).casefold() not in {normalise(n).casefold() for n in names}:
                problems.append(
                    Problem(
                        link.file,
                        line,
                        link.subject,
                        f"the quote {shown(quote)} is shorter than {MIN_QUOTE_WORDS} words and is "
                        "not a whole name of either end: quote enough words to say what it "
                        "supports",
                    )
                )
    return problems
