"""Read one curation file: its document, records and links, and every problem of its own.

Problems that need the records of every file (references, ids used twice) are found by
``references.check_references``; ``validate.validate`` puts the two together.
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
    Where,
)
from coopdesk.build.support import missing_words, unsupported
from coopdesk.build.text import (
    QuoteFinder,
    date_forms,
    dates_in,
    normalise,
    split_paragraphs,
)
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
    # Stated places and parents: the words of that record's title must be in the quotes.
    stated_references: list[StatedReference] = field(default_factory=list)


@dataclass(frozen=True)
class StatedReference:
    file: str
    line: int
    subject: str
    field: str  # "place" or "parent"
    target: str
    evidence: tuple[str, ...]


def read_curation(
    text: str, filename: str, document: DocumentSource, *, with_lines: bool = True
) -> ParsedFile:
    """Read one curation file: its document, records and links, and its own problems.

    ``with_lines=False`` skips finding the line of every key: problems then carry no
    line, so a reader that finds some reads the file again with lines (``load`` does).
    """
    out = ParsedFile(filename)

    def problem(line: int, subject: str, message: str) -> None:
        out.problems.append(Problem(filename, line, subject, message))

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        problem(int(found.group(1)) if found else 0, "", f"not valid TOML: {exc}")
        return out
    lines = scan(text) if with_lines else {}
    root = (lines.get("") or [TableLines("", 0)])[0]
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
            problem(root.key(key), "", f"unknown key '{key}' outside any table")
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
            line = table_lines[0].line if table_lines else root.key(name)
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


Report = Callable[[int, str], None]


def _checked(
    out: ParsedFile, entry: Mapping[str, Any], table: F.Table, where: TableLines, subject: str
) -> tuple[Report, set[str]]:
    """Check an entry's fields against its table: a function that reports a problem of
    this entry at a line, and the keys that failed."""

    def report(line: int, message: str) -> None:
        out.problems.append(Problem(out.name, line, subject, message))

    problems = F.check_entry(entry, table)
    for key, message in problems:
        report(where.key(key), message)
    return report, {key for key, _ in problems}


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
    report, bad = _checked(out, entry, F.RECORD, where, _subject(entry.get("id"), F.RECORD.header))
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
    if isinstance(entry.get("aliases"), list) and "aliases" not in bad:
        names += [F.alias_name(a) for a in entry["aliases"]]
    citations = _cite(quotes, finder, names, report)
    # A quote that is not found is reported once; the values it would support are not.
    support = finder is not None and len(citations) == len(quotes)
    values = _field_values(out, entry, where, finder, bad, citations, support, report)
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
            aliases=[v.value for v in values if v.field == "alias"],
            date=entry.get("date") if "date" not in bad else None,
            place=entry.get("place") if "place" not in bad else None,
            number=entry.get("number") if "number" not in bad else None,
            side=entry.get("side") if "side" not in bad else None,
            parent=entry.get("parent") if "parent" not in bad else None,
            role=entry.get("role"),
            context=entry.get("context"),
            citations=citations,
            values=values,
            at=Where(out.name, where.line, dict(where.keys)),
        )
    )


def _field_values(
    out: ParsedFile,
    entry: Mapping[str, Any],
    where: TableLines,
    finder: QuoteFinder | None,
    bad: set[str],
    citations: list[Citation],
    support: bool,
    report: Callable[[int, str], None],
) -> list[ValueSpec]:
    """Every value of the record with its basis: stated unless ``<field>_basis`` says
    otherwise, and then found in its quotes (its own ``<field>_quote`` or the record's)."""
    subject = _subject(entry.get("id"), F.RECORD.header)
    record_quotes = [c.quote for c in citations]
    values = []
    for f in F.RECORD.fields:
        if not f.basis or f.name not in entry or f.name in bad:
            continue
        if bad & {f"{f.name}_basis", f"{f.name}_reason", f"{f.name}_quote"}:
            continue
        value = str(entry[f.name])
        basis = entry.get(f"{f.name}_basis", "stated")
        quote_key = f"{f.name}_quote"
        own: list[Citation] = []
        if isinstance(entry.get(quote_key), str):
            own = _cite([(where.key(quote_key), entry[quote_key])], finder, (), report)
            if not own:
                continue  # the quote is not found: said already
        values.append(ValueSpec(f.column, value, basis, entry.get(f"{f.name}_reason"), own))
        if basis != "stated" or not support or f.name == "date":
            continue  # the date has its own rule
        evidence = [c.quote for c in own] + record_quotes
        if f.name in ("place", "parent"):
            out.stated_references.append(
                StatedReference(
                    out.name, where.key(f.name), subject, f.name, value, tuple(evidence)
                )
            )
            continue
        why = unsupported(f.name, value, evidence)
        if why:
            report(
                where.key(f.name),
                f"the {f.name} {value!r} is stated, but {why}: quote the words that state it "
                f'({quote_key} = "…"), or say {f.name}_basis = "inferred" or "editorial" '
                f"with a {f.name}_reason",
            )
    if "aliases" in bad or not isinstance(entry.get("aliases"), list):
        return values
    for index, item in enumerate(entry["aliases"]):
        line = where.item("aliases", index)
        name = F.alias_name(item)
        details = item if isinstance(item, dict) else {}
        basis = details.get("basis", "stated")
        own = []
        if "quote" in details:
            own = _cite([(line, details["quote"])], finder, (name,), report)
            if not own:
                continue
        values.append(ValueSpec("alias", name, basis, details.get("reason"), own))
        if basis != "stated" or not support:
            continue
        why = unsupported("alias", name, [c.quote for c in own] + record_quotes)
        if why:
            report(
                line,
                f"the alias {name!r} is stated, but {why}: give it a quote, or write it "
                f'{{ name = "{name}", basis = "editorial", reason = "…" }}',
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
    if any(dates_in(c.quote, entry["date"]) for c in [*citations, *own]):
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
    report, bad = _checked(out, entry, F.LINK, where, f"link {ends[0]} → {ends[1]}")
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
    role = entry.get("role")
    complete = citations and len(citations) == len(long_quotes)
    if basis == "stated" and isinstance(role, str) and "role" not in bad and complete:
        missing = missing_words(role, [c.quote for c in citations])
        if missing:
            report(
                where.key("role"),
                f"the role {role!r} of a stated link has words that are not in its quotes "
                f"({', '.join(repr(w) for w in missing)}): use the document's words, or say "
                'basis = "inferred" with a reason',
            )
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
        at=Where(out.name, where.line, dict(where.keys)),
    )
    out.links.append(link)
    for line, quote in short:
        found = finder.find(quote) if finder is not None else None
        if found is None and finder is not None:
            report(line, f"quote not found in the document: {shown(quote)}")
        elif found is not None:
            link.citations.append(found)
            out.short_link_quotes.append((link, line, quote))
