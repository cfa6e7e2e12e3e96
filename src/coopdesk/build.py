"""Build the reference database from source documents and their curation files.

Each ``NAME.txt`` in the source folder has a ``NAME.toml`` beside it that declares the
records and links the document supports, each anchored by a verbatim quote. The build
checks every quote against the text, derives the facet tables and the full-text index,
and writes the database atomically: a temporary file renamed over the old one.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any

import sqlite_utils

from coopdesk import __version__
from coopdesk.errors import BuildError
from coopdesk.fileio import atomic_path, remove_leftovers
from coopdesk.schema import (
    AGENCY_RELATIONS,
    DDL,
    FACET_CUBE_SQL,
    FTS_TABLES,
    INDEXES,
    KIND_BY_ID,
    KINDS,
    PARAGRAPHS_FTS_FILL,
    RECORDS_FTS_INSERT,
    RELATION_BY_ID,
    RELATIONS,
    SCHEMA_VERSION,
    SIDES,
)
from coopdesk.store import bitmaps
from coopdesk.store.connection import Connection
from coopdesk.store.search import record_texts

_ID_RE = re.compile(r"^[a-z]+/[a-z0-9][a-z0-9-]*$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII digits: "２０１７" is not a date
_RECORD_KEYS = {
    "id",
    "kind",
    "title",
    "short",
    "aliases",
    "date",
    "place",
    "number",
    "side",
    "parent",
    "role",
    "context",
    "quote",
    "quotes",
}
_LINK_KEYS = {"from", "to", "relation", "role", "basis", "reason", "quote", "quotes"}


def is_date(value: object) -> bool:
    """True for a day of the calendar written YYYY-MM-DD in ASCII digits."""
    try:
        return (
            isinstance(value, str)
            and bool(_DATE_RE.match(value))
            and bool(_date.fromisoformat(value))
        )
    except ValueError:
        return False


def normalise(text: str) -> str:
    """Fold the two look-alike characters the quote check forgives: U+00A0 and U+2011."""
    return text.replace("\u00a0", " ").replace("\u2011", "-")


def split_paragraphs(text: str) -> tuple[str, list[str]]:
    """The document's title (its first block) and its numbered paragraphs (1, 2, …).

    Blocks are separated by blank lines; blocks holding only white space are not paragraphs.
    """
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    blocks = [b for b in blocks if b.strip(" \t\n\u00a0")]
    if not blocks:
        return "", []
    return blocks[0], blocks[1:]


@dataclass
class Citation:
    paragraph: int
    quote: str


@dataclass
class RecordSpec:
    id: str
    kind: str
    title: str
    document_id: str
    sort: int
    short: str | None = None
    aliases: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    number: int | None = None
    side: str | None = None
    parent: str | None = None
    role: str | None = None
    context: str | None = None
    citations: list[Citation] = field(default_factory=list)
    where: str = ""  # "file.toml:LINE", for messages


@dataclass
class LinkSpec:
    from_id: str
    to_id: str
    relation: str
    basis: str
    document_id: str
    role: str | None = None
    reason: str | None = None
    citations: list[Citation] = field(default_factory=list)
    derived_from: int | None = None  # index into the link list, for derived links
    where: str = ""  # "file.toml:LINE", for messages


@dataclass
class Document:
    id: str
    title: str
    filename: str
    sha256: str
    curated: str | None
    text: str
    paragraphs: list[str]


@dataclass
class Curation:
    documents: list[Document] = field(default_factory=list)
    records: list[RecordSpec] = field(default_factory=list)
    links: list[LinkSpec] = field(default_factory=list)


class _Locator:
    """Finds the line of a record or link in a curation file, for error messages."""

    def __init__(self, path: Path, raw: str) -> None:
        self.path = path
        self.lines = raw.splitlines()

    def record(self, record_id: object) -> str:
        needle = re.compile(r'^\s*id\s*=\s*"' + re.escape(str(record_id)) + '"')
        for number, line in enumerate(self.lines, 1):
            if needle.match(line):
                return f"{self.path.name}:{number}"
        return self.path.name

    def link(self, index: int) -> str:
        seen = -1
        for number, line in enumerate(self.lines, 1):
            if line.strip() == "[[link]]":
                seen += 1
                if seen == index:
                    return f"{self.path.name}:{number}"
        return self.path.name


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BuildError(f"{path}: cannot be read ({exc.strerror}).") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BuildError(f"{path.name}:{line}: not valid UTF-8 (byte {exc.start}).") from exc


def _cite(quotes: Iterable[object], paragraphs: list[str], where: str) -> list[Citation]:
    folded = [normalise(p) for p in paragraphs]
    citations = []
    for quote in quotes:
        if not isinstance(quote, str) or not quote.strip():
            raise BuildError(f"{where}: a quote must be non-empty text.")
        needle = normalise(quote)
        for number, text in enumerate(folded, 1):
            if needle in text:
                # Store the document's own characters, not the curation's spelling of them.
                start = text.index(needle)
                citations.append(
                    Citation(number, paragraphs[number - 1][start : start + len(quote)])
                )
                break
        else:
            raise BuildError(f'{where}: quote not found in the document: "{quote}"')
    if not citations:
        raise BuildError(f"{where}: needs at least one quote.")
    return citations


def _quotes(entry: dict[str, Any]) -> list[object]:
    quotes: list[object] = []
    if "quote" in entry:
        quotes.append(entry["quote"])
    value = entry.get("quotes", [])
    quotes.extend(value if isinstance(value, list) else [value])
    return quotes


def _optional_str(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise BuildError(f"{where}: '{key}' must be non-empty text.")
    return value


def load_curation(source: Path) -> Curation:
    """Read and check every document and curation file in ``source``."""
    if not source.is_dir():
        raise BuildError(f"{source}: no such source folder.")
    tomls = sorted(source.glob("*.toml"))
    if not tomls:
        raise BuildError(f"{source}: no curation files (*.toml) found.")
    curation = Curation()
    for toml_path in tomls:
        _load_one(toml_path, curation)
    _check_references(curation)
    _derive_links(curation)
    return curation


def _load_one(toml_path: Path, curation: Curation) -> None:
    raw = _read_text(toml_path)
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(f"{toml_path.name}: {exc}") from exc
    where = _Locator(toml_path, raw)
    doc = data.get("document")
    if not isinstance(doc, dict) or not all(isinstance(doc.get(k), str) for k in ("id", "file")):
        raise BuildError(f"{toml_path.name}: needs a [document] table with 'id' and 'file'.")
    if any(d.id == doc["id"] for d in curation.documents):
        raise BuildError(f"{toml_path.name}: document id '{doc['id']}' is used twice.")
    if doc.get("curated") is not None and not is_date(doc["curated"]):
        raise BuildError(
            f"{toml_path.name}: [document] curated must be a day written YYYY-MM-DD in ASCII "
            f"digits, got {doc['curated']!r}."
        )
    text_path = toml_path.parent / doc["file"]
    text = _read_text(text_path)
    title, paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise BuildError(f"{text_path.name}: the document is empty (it needs a title and text).")
    document = Document(
        id=doc["id"],
        title=title,
        filename=text_path.name,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        curated=doc.get("curated"),
        text=text,
        paragraphs=paragraphs,
    )
    curation.documents.append(document)

    known = {r.id for r in curation.records}
    records = data.get("record", [])
    if not isinstance(records, list):
        raise BuildError(f"{toml_path.name}: 'record' must be an array of tables ([[record]]).")
    for entry in records:
        rid = entry.get("id")
        loc = where.record(rid)
        label = f"{loc}: record '{rid}'"
        if not isinstance(rid, str) or not _ID_RE.match(rid):
            raise BuildError(f"{loc}: a record needs an id like 'kind/readable-name', got {rid!r}.")
        if rid in known:
            raise BuildError(f"{label}: the id is used twice.")
        known.add(rid)
        unknown_keys = set(entry) - _RECORD_KEYS
        if unknown_keys:
            raise BuildError(f"{label}: unknown field(s) {', '.join(sorted(unknown_keys))}.")
        kind = entry.get("kind")
        if kind not in KIND_BY_ID:
            raise BuildError(f"{label}: unknown kind {kind!r}; one of {', '.join(KIND_BY_ID)}.")
        title_value = _optional_str(entry, "title", label)
        if title_value is None:
            raise BuildError(f"{label}: needs a title.")
        date = entry.get("date")
        if date is not None and not is_date(date):
            raise BuildError(
                f"{label}: date must be a day of the calendar written YYYY-MM-DD in ASCII "
                f"digits, got {date!r}."
            )
        if KIND_BY_ID[kind].lane and date is None:
            raise BuildError(f"{label}: a record of kind '{kind}' needs a date.")
        side = entry.get("side")
        if side is not None and side not in SIDES:
            raise BuildError(f"{label}: unknown side {side!r}; one of {', '.join(SIDES)}.")
        number = entry.get("number")
        if number is not None and not isinstance(number, int):
            raise BuildError(f"{label}: number must be a whole number.")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise BuildError(f"{label}: aliases must be a list of text.")
        curation.records.append(
            RecordSpec(
                id=rid,
                kind=kind,
                title=title_value,
                document_id=document.id,
                sort=len(curation.records),
                short=_optional_str(entry, "short", label),
                aliases=list(dict.fromkeys(aliases)),
                date=date,
                place=_optional_str(entry, "place", label),
                number=number,
                side=side,
                parent=_optional_str(entry, "parent", label),
                role=_optional_str(entry, "role", label),
                context=_optional_str(entry, "context", label),
                citations=_cite(_quotes(entry), paragraphs, label),
                where=loc,
            )
        )

    links = data.get("link", [])
    if not isinstance(links, list):
        raise BuildError(f"{toml_path.name}: 'link' must be an array of tables ([[link]]).")
    for index, entry in enumerate(links):
        label = f"{where.link(index)}: link {entry.get('from')!r} → {entry.get('to')!r}"
        unknown_keys = set(entry) - _LINK_KEYS
        if unknown_keys:
            raise BuildError(f"{label}: unknown field(s) {', '.join(sorted(unknown_keys))}.")
        relation = entry.get("relation")
        if relation not in RELATION_BY_ID:
            raise BuildError(
                f"{label}: unknown relation {relation!r}; one of {', '.join(RELATION_BY_ID)}."
            )
        basis = entry.get("basis")
        if basis not in ("stated", "inferred"):
            raise BuildError(f"{label}: basis must be 'stated' or 'inferred'.")
        reason = _optional_str(entry, "reason", label)
        if basis == "inferred" and reason is None:
            raise BuildError(f"{label}: an inferred link needs a one-line reason.")
        for end in ("from", "to"):
            if not isinstance(entry.get(end), str):
                raise BuildError(f"{label}: needs '{end}', the id of a record.")
        curation.links.append(
            LinkSpec(
                from_id=entry["from"],
                to_id=entry["to"],
                relation=relation,
                basis=basis,
                document_id=document.id,
                role=_optional_str(entry, "role", label),
                reason=reason,
                citations=_cite(_quotes(entry), paragraphs, label),
                where=where.link(index),
            )
        )


def _check_references(curation: Curation) -> None:
    by_id = {r.id: r for r in curation.records}
    for record in curation.records:
        for key, want in (("place", "place"), ("parent", record.kind)):
            target = getattr(record, key)
            if target is None:
                continue
            label = f"{record.where}: record '{record.id}'"
            if target not in by_id:
                raise BuildError(f"{label}: {key} '{target}' is not a record.")
            if by_id[target].kind != want:
                raise BuildError(f"{label}: {key} '{target}' is not a {want}.")
    for link in curation.links:
        for end in (link.from_id, link.to_id):
            if end not in by_id:
                raise BuildError(
                    f"{link.where}: link {link.from_id} → {link.to_id} ({link.relation}): "
                    f"'{end}' is not a record."
                )


def _derive_links(curation: Curation) -> None:
    """An event's agencies include the agencies of the people who took part."""
    members: dict[str, list[int]] = {}
    for index, link in enumerate(curation.links):
        if link.relation == "member_of":
            members.setdefault(link.from_id, []).append(index)
    direct = {(lk.from_id, lk.to_id) for lk in curation.links if lk.relation == "participant"}
    titles = {r.id: r.title for r in curation.records}
    derived = []
    for link in curation.links:
        if link.relation != "participant" or link.to_id not in members:
            continue
        for member_index in members[link.to_id]:
            member = curation.links[member_index]
            if (link.from_id, member.to_id) in direct:
                continue
            direct.add((link.from_id, member.to_id))
            both_stated = link.basis == member.basis == "stated"
            derived.append(
                LinkSpec(
                    from_id=link.from_id,
                    to_id=member.to_id,
                    relation="participant",
                    basis="stated" if both_stated else "inferred",
                    document_id=link.document_id,
                    role=f"through {titles[link.to_id]}",
                    reason=f"Represented by {titles[link.to_id]}"
                    + ("" if member.reason is None else f"; {member.reason}"),
                    citations=link.citations + member.citations,
                    derived_from=member_index,
                )
            )
    curation.links.extend(derived)


def _rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every row of the database, table by table, in a fixed order."""
    for sort, kind in enumerate(KINDS):
        row = {"id": kind.id, "name": kind.label, "plural": kind.plural}
        yield "kinds", {**row, "category": kind.category, "lane": kind.lane, "sort": sort}
    for side_id, name in SIDES.items():
        yield "sides", {"id": side_id, "name": name}
    for relation in RELATIONS:
        yield "relations", {"id": relation.id, "name": relation.label, "inverse": relation.inverse}
    for doc in curation.documents:
        yield (
            "documents",
            {
                "id": doc.id,
                "title": doc.title,
                "filename": doc.filename,
                "sha256": doc.sha256,
                "curated": doc.curated,
                "text": doc.text,
            },
        )
        for number, text in enumerate(doc.paragraphs, 1):
            yield "paragraphs", {"document_id": doc.id, "number": number, "text": text}
    citation_id = 0
    for r in curation.records:
        yield (
            "records",
            {
                "id": r.id,
                "kind": r.kind,
                "title": r.title,
                "short_name": r.short,
                "date": r.date,
                "year": int(r.date[:4]) if r.date else None,
                "place_id": r.place,
                "number": r.number,
                "side": r.side,
                "parent_id": r.parent,
                "role": r.role,
                "context": r.context,
                "document_id": r.document_id,
                "sort": r.sort,
            },
        )
        for alias in r.aliases:
            yield "aliases", {"record_id": r.id, "alias": alias}
        for c in r.citations:
            citation_id += 1
            yield (
                "citations",
                {
                    "id": citation_id,
                    "record_id": r.id,
                    "link_id": None,
                    "document_id": r.document_id,
                    "paragraph": c.paragraph,
                    "quote": c.quote,
                },
            )
    for link_id, link in enumerate(curation.links, 1):
        yield (
            "links",
            {
                "id": link_id,
                "from_id": link.from_id,
                "to_id": link.to_id,
                "relation": link.relation,
                "role": link.role,
                "basis": link.basis,
                "reason": link.reason,
                "derived_from": None if link.derived_from is None else link.derived_from + 1,
            },
        )
        for c in link.citations:
            citation_id += 1
            yield (
                "citations",
                {
                    "id": citation_id,
                    "record_id": None,
                    "link_id": link_id,
                    "document_id": link.document_id,
                    "paragraph": c.paragraph,
                    "quote": c.quote,
                },
            )
    yield from _facet_rows(curation)


def _facet_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    kinds = {r.id: r.kind for r in curation.records}
    agencies: set[tuple[str, str]] = set()
    offences: set[tuple[str, str]] = set()
    for link in curation.links:
        ends = (kinds[link.from_id], kinds[link.to_id])
        if not KIND_BY_ID[ends[0]].lane:
            continue
        if link.relation in AGENCY_RELATIONS and ends[1] == "agency":
            agencies.add((link.from_id, link.to_id))
        if link.relation == "concerns" and ends[1] == "offence":
            offences.add((link.from_id, link.to_id))
    for record_id, agency_id in sorted(agencies):
        yield "record_agencies", {"record_id": record_id, "agency_id": agency_id}
    for record_id, offence_id in sorted(offences):
        yield "record_offences", {"record_id": record_id, "offence_id": offence_id}


def _meta(curation: Curation) -> dict[str, str]:
    shas = [d.sha256 for d in curation.documents]
    combined = shas[0] if len(shas) == 1 else hashlib.sha256("".join(shas).encode()).hexdigest()
    curated = sorted(d.curated for d in curation.documents if d.curated)
    return {
        "schema_version": str(SCHEMA_VERSION),
        "builder_version": __version__,
        "source_sha256": combined,
        "documents": str(len(curation.documents)),
        "data_as_of": curated[-1] if curated else "",
        "sqlite_version": sqlite3.sqlite_version,
    }


def write_database(curation: Curation, path: Path) -> None:
    """Write ``curation`` to a new database file at ``path`` (absent or empty)."""
    conn = sqlite3.connect(path)
    try:
        db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA page_size = 4096")
        conn.executescript(DDL)
        with conn:
            batches: dict[str, list[dict[str, Any]]] = {}
            for table, row in _rows(curation):
                batches.setdefault(table, []).append(row)
            for table, rows in batches.items():
                db.table(table).insert_all(rows)
            db.table("meta").insert_all({"key": k, "value": v} for k, v in _meta(curation).items())
            conn.execute(FACET_CUBE_SQL)
            bitmaps.fill(conn)
            for table, columns in INDEXES:
                db.table(table).create_index(columns)
        fill_search_index(conn, path)
        conn.execute("ANALYZE")
        conn.commit()
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise BuildError(f"the database breaks its own foreign keys: {problems[:3]}")
        conn.execute("VACUUM")
    finally:
        conn.close()


def fill_search_index(conn: sqlite3.Connection, path: Path) -> None:
    """Index every record as the search reads it back, and every paragraph."""
    reader = Connection(path)
    try:
        texts = record_texts(reader)
    finally:
        reader.close()
    with conn:
        conn.executemany(RECORDS_FTS_INSERT, [(t.id, *t.columns()) for t in texts.values()])
        conn.execute(PARAGRAPHS_FTS_FILL)
        for table in FTS_TABLES:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def build(source: Path, output: Path) -> Curation:
    """Build ``output`` from ``source``; on any failure the previous ``output`` is untouched."""
    curation = load_curation(source)
    remove_leftovers(output)
    with atomic_path(output, what="database") as tmp:
        write_database(curation, tmp)  # an empty file, which SQLite takes as a new database
    return curation
