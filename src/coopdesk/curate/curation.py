"""A curation file open for editing, with its document beside it.

The file is held as a tomlkit document, so what is not edited is written back exactly
as it was read, comments and order included. Changes are made only through ``apply``
and ``revert`` of ``Step`` lists, which the command objects in ``commands`` plan; every
change tells the listeners (the session validates, the window repaints).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table
from tomlkit.toml_document import TOMLDocument

from coopdesk.build import normalise, split_paragraphs
from coopdesk.curate.known import Known
from coopdesk.curate.tables import new_aot, plain
from coopdesk.errors import CurationError
from coopdesk.fileio import write_output
from coopdesk.i18n import translate
from coopdesk.schema import KIND_BY_ID, KINDS

SECTIONS = ("document", "record", "link")
_ID_PART = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Step:
    """One table swapped: ``before`` None inserts, ``after`` None deletes."""

    section: str
    index: int
    before: Table | None
    after: Table | None


@dataclass(frozen=True)
class Frozen:
    """A curation as it stands, as plain values a worker thread may read while the
    window goes on editing: the file's path and text, and its document's name and text."""

    path: Path
    text: str
    document_file: str
    document_text: str


@dataclass(frozen=True)
class Located:
    """Where the build finds a quote: its paragraph and its span there."""

    paragraph: int
    start: int
    stop: int


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CurationError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    except UnicodeDecodeError as exc:
        raise CurationError(f"{path}: not valid UTF-8 text (byte {exc.start}).") from exc


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens: "Russia–EU Summit" → "russia-eu-summit"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _ID_PART.split(ascii_text.lower()) if w]
    out: list[str] = []
    for word in words:
        if out and len("-".join([*out, word])) > limit:
            break
        out.append(word)
    return "-".join(out) or "untitled"


class CurationFile:
    """A curation file and its document; ``text`` is always the file as it would be saved."""

    def __init__(self, doc: TOMLDocument, path: Path, document_path: Path, saved: str) -> None:
        self.doc = doc
        self.path = path
        self.document_path = document_path
        self.document_text = _read(document_path)
        self.title, self.paragraphs = split_paragraphs(self.document_text)
        self._folded = [normalise(p) for p in self.paragraphs]
        self._saved = saved
        self.listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ opening and saving

    @classmethod
    def open(cls, path: Path) -> CurationFile:
        raw = _read(path)
        try:
            doc = tomlkit.parse(raw)
        except TOMLKitError as exc:
            raise CurationError(f"{path.name}: {exc}") from exc
        document = doc.get("document")
        name = document.get("file") if isinstance(document, dict) else None
        if not isinstance(name, str):
            raise CurationError(f"{path.name}: needs a [document] table with 'file'.")
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            raise CurationError(
                f"{path.name}: the document's 'file' must be a file name beside it, not {name!r}."
            )
        return cls(doc, path, path.parent / name, raw)

    @classmethod
    def new(cls, document_path: Path, path: Path | None = None) -> CurationFile:
        """A new, empty curation of ``document_path`` (saved beside it unless told)."""
        path = path or document_path.with_suffix(".toml")
        title, _ = split_paragraphs(_read(document_path))
        doc = tomlkit.document()
        for line in (
            f'Curation of "{title}".',
            "",
            "Every record and every link below is anchored by a verbatim quote of the",
            "document. Made with CoopDesk's curation workbench, which keeps comments and",
            "order. Identifiers are stable: never reuse or rename one.",
        ):
            doc.add(tomlkit.comment(line) if line else tomlkit.comment(""))
        doc.add(tomlkit.nl())
        table = tomlkit.table()
        table.add("id", slug(document_path.stem, 80))
        table.add("file", document_path.name)
        table.add("curated", dt.date.today().isoformat())
        doc.add("document", table)
        return cls(doc, path, document_path, "")

    @classmethod
    def for_document(cls, document_path: Path, toml: Path | None = None) -> CurationFile:
        """The curation of a document (by default the one beside it): opened if it exists,
        new otherwise. An existing curation must be of that document."""
        toml = toml or document_path.with_suffix(".toml")
        if not toml.is_file():
            return cls.new(document_path, toml)
        curation = cls.open(toml)
        if curation.document_path.resolve() != document_path.resolve():
            raise CurationError(
                f"{toml.name} curates {curation.document_path.name}, not {document_path.name}."
            )
        return curation

    @property
    def text(self) -> str:
        return self.doc.as_string()

    def frozen(self) -> Frozen:
        return Frozen(
            self.path, self.text, str(plain(self.doc["document"])["file"]), self.document_text
        )

    @property
    def modified(self) -> bool:
        return self.text != self._saved

    def save(self, path: Path | None = None) -> Path:
        target = path or self.path
        data = self.text
        write_output(target, data.encode("utf-8"), what="curation")
        if target == self.path:
            self._saved = data
        return target

    def mark_saved(self, text: str) -> None:
        """``text`` was written to the file (by a worker, from a frozen copy)."""
        self._saved = text

    @property
    def document_id(self) -> str:
        return str(plain(self.doc["document"]).get("id", ""))

    # ------------------------------------------------------------------ reading

    def tables(self, section: str) -> list[Table]:
        if section == "document":
            return [self.doc["document"]] if "document" in self.doc else []
        value = self.doc.get(section)
        return list(value) if isinstance(value, AoT) else []

    def records(self) -> list[dict[str, Any]]:
        return [plain(t) for t in self.tables("record")]

    def links(self) -> list[dict[str, Any]]:
        return [plain(t) for t in self.tables("link")]

    def record_index(self, record_id: str) -> int:
        for index, table in enumerate(self.tables("record")):
            if table.get("id") == record_id:
                return index
        raise CurationError(f"no record '{record_id}' in {self.path.name}.")

    def record(self, record_id: str) -> dict[str, Any]:
        return self.records()[self.record_index(record_id)]

    def known(self) -> list[Known]:
        return [k for k in map(Known.from_entry, self.records()) if k is not None]

    def new_id(
        self, kind: str, title: str, date: str | None = None, side: str | None = None
    ) -> str:
        """An unused id in the house style: "event/2017-07-13-…", "agency/ru-…"."""
        category = KIND_BY_ID[kind].category if kind in KIND_BY_ID else kind
        prefix = "event" if category == "event" else kind
        body = slug(title)
        if date:
            body = f"{date}-{body}"
        elif side and kind == "agency":
            body = f"{side}-{body}"
        taken = {r.get("id") for r in self.records()}
        candidate, count = f"{prefix}/{body}", 1
        while candidate in taken:
            count += 1
            candidate = f"{prefix}/{body}-{count}"
        return candidate

    # ------------------------------------------------------------------ quotes

    def locate(self, quote: str) -> Located | None:
        """Where the build would anchor ``quote``: its first paragraph, first occurrence."""
        needle = normalise(quote)
        if not needle.strip():
            return None
        for number, folded in enumerate(self._folded, 1):
            start = folded.find(needle)
            if start >= 0:
                return Located(number, start, start + len(needle))
        return None

    def quote(self, paragraph: int, start: int, stop: int) -> str:
        """The document's own characters of a selection, white space at its ends left out.

        Refused when the build would anchor the same words in an earlier place, which
        would cite the wrong paragraph: a longer selection is needed then.
        """
        if not 1 <= paragraph <= len(self.paragraphs):
            raise CurationError(f"the document has no paragraph {paragraph}.")
        text = self.paragraphs[paragraph - 1]
        start, stop = max(0, start), min(len(text), stop)
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start >= stop:
            raise CurationError(translate("Curate", "select some words of the document first."))
        quote = text[start:stop]
        found = self.locate(quote)
        if found is None or (found.paragraph, found.start) != (paragraph, start):
            where = f"¶{found.paragraph}" if found else translate("Curate", "elsewhere")
            raise CurationError(
                translate(
                    "Curate", "“{quote}” also appears earlier ({where}); select a longer passage."
                ).format(quote=quote, where=where)
            )
        return quote

    # ------------------------------------------------------------------ changing

    def apply(self, steps: Sequence[Step]) -> None:
        for step in steps:
            self._swap(step.section, step.index, step.before, step.after)
        self._changed()

    def revert(self, steps: Sequence[Step]) -> None:
        for step in reversed(steps):
            self._swap(step.section, step.index, step.after, step.before)
        self._changed()

    def _swap(self, section: str, index: int, old: Table | None, new: Table | None) -> None:
        if section == "document":
            assert old is not None and new is not None, "the document table is never removed"
            self.doc["document"] = new
            return
        aot = self.doc.get(section)
        if not isinstance(aot, AoT):
            assert old is None and new is not None
            self._add_section(section, new)
            return
        if old is None:
            assert new is not None
            aot.insert(index, new)
        elif new is None:
            del aot[index]
        else:
            aot[index] = new

    def _add_section(self, section: str, first: Table) -> None:
        """The first table of a section; records go before any links."""
        links = self.doc.get("link") if section == "record" else None
        if isinstance(links, AoT):
            del self.doc["link"]
            self.doc.append(section, new_aot([first]))
            self.doc.append("link", links)
        else:
            self.doc.append(section, new_aot([first]))

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()


KIND_ORDER = {kind.id: index for index, kind in enumerate(KINDS)}
