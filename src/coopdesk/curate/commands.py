"""Undoable changes to a curation file, as plain command objects.

Each command checks at construction that it can be made (raising ``CurationError`` with
a sentence for the curator), plans its table swaps on its first ``redo`` and replays
them after: ``undo`` puts back the very tables it took out, so an undone change leaves
the file exactly as it was. The window's QUndoStack wraps these one for one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from tomlkit.items import Table

from coopdesk.build.fields import alias_name
from coopdesk.curate.curation import KIND_ORDER, CurationFile, Step
from coopdesk.curate.tables import (
    LINK_KEYS,
    RECORD_KEYS,
    blank_line,
    is_blank,
    make_table,
    merged_trivia,
    trivia,
    with_fields,
    with_trivia,
)
from coopdesk.errors import CurationError
from coopdesk.i18n import tr, translate
from coopdesk.schema import KIND_BY_ID, RELATION_BY_ID, SIDES, kind_name


class Command(ABC):
    """A change to a curation file that can be undone and redone."""

    text: str = ""

    @abstractmethod
    def redo(self, curation: CurationFile) -> None: ...

    @abstractmethod
    def undo(self, curation: CurationFile) -> None: ...


class Edit(Command):
    """A command made of table swaps, planned once on the state it first meets."""

    def __init__(self) -> None:
        self._steps: list[Step] | None = None

    @abstractmethod
    def plan(self, curation: CurationFile) -> list[Step]: ...

    def redo(self, curation: CurationFile) -> None:
        if self._steps is None:
            self._steps = self.plan(curation)
        curation.apply(self._steps)

    def undo(self, curation: CurationFile) -> None:
        assert self._steps is not None, "undo before redo"
        curation.revert(self._steps)


class Compound(Command):
    """Several commands as one, each planned on the state the ones before it leave."""

    def __init__(self, text: str, parts: Sequence[Command]) -> None:
        self.text = text
        self.parts = list(parts)

    def redo(self, curation: CurationFile) -> None:
        for part in self.parts:
            part.redo(curation)

    def undo(self, curation: CurationFile) -> None:
        for part in reversed(self.parts):
            part.undo(curation)


# ---------------------------------------------------------------------- placing tables


def _previous(curation: CurationFile, section: str, index: int) -> tuple[str, int] | None:
    """The table written just before ``section[index]`` in the file."""
    if index > 0:
        return section, index - 1
    if section == "link" and curation.tables("record"):
        return "record", len(curation.tables("record")) - 1
    return ("document", 0) if curation.tables("document") else None


def _insert(curation: CurationFile, section: str, index: int, table: Table) -> list[Step]:
    """Steps that put ``table`` at ``index``, taking over the trivia of the one before it."""
    tables = curation.tables(section)
    if index == 0 or not tables:
        return [Step(section, index, None, with_trivia(table, blank_line()))]
    before = tables[index - 1]
    return [
        Step(section, index - 1, before, with_trivia(before, blank_line())),
        Step(section, index, None, with_trivia(table, trivia(before))),
    ]


def _remove(curation: CurationFile, section: str, index: int) -> list[Step]:
    """Steps that take ``section[index]`` out, its trivia passed to the table before it."""
    table = curation.tables(section)[index]
    steps = []
    previous = _previous(curation, section, index)
    if previous is not None and not is_blank(trivia(table)):
        owner = curation.tables(previous[0])[previous[1]]
        merged = with_trivia(owner, merged_trivia(trivia(owner), trivia(table)))
        steps.append(Step(previous[0], previous[1], owner, merged))
    steps.append(Step(section, index, table, None))
    return steps


def _record_slot(curation: CurationFile, kind: str) -> int:
    """After the last record of the same kind, or of the nearest kind before it."""
    records = curation.records()
    rank = KIND_ORDER.get(kind, len(KIND_ORDER))
    slot = None
    for index, record in enumerate(records):
        if KIND_ORDER.get(str(record.get("kind")), len(KIND_ORDER)) <= rank:
            slot = index + 1
    return 0 if slot is None else slot


def _quotes_fields(quotes: Sequence[str]) -> dict[str, Any]:
    if not quotes:
        raise CurationError(
            translate("Curate", "a record or link needs at least one quote of the document.")
        )
    return {"quote": quotes[0]} if len(quotes) == 1 else {"quotes": list(quotes)}


def _check_quotes(curation: CurationFile, quotes: Sequence[str]) -> None:
    for quote in quotes:
        if curation.locate(quote) is None:
            raise CurationError(
                translate("Curate", "not in the document: “{quote}”").format(quote=quote)
            )


# ---------------------------------------------------------------------- records


class AddRecord(Edit):
    """A new record, placed among the records of its kind."""

    def __init__(self, curation: CurationFile, fields: Mapping[str, Any], quotes: Sequence[str]):
        super().__init__()
        rid, kind = fields.get("id"), fields.get("kind")
        if kind not in KIND_BY_ID:
            raise CurationError(f"choose a kind: one of {', '.join(KIND_BY_ID)}.")
        if not isinstance(rid, str) or any(r.get("id") == rid for r in curation.records()):
            raise CurationError(f"the id {rid!r} is taken or missing.")
        if fields.get("side") not in (None, *SIDES):
            raise CurationError(f"unknown side {fields.get('side')!r}.")
        _check_quotes(curation, quotes)
        self.fields = {**{k: v for k, v in fields.items() if v not in (None, "", [])}}
        self.fields.update(_quotes_fields(quotes))
        self.text = translate("Curate", "Add {kind} “{title}”").format(
            kind=kind_name(kind).lower(), title=fields.get("title", rid)
        )

    @property
    def record_id(self) -> str:
        return str(self.fields["id"])

    def plan(self, curation: CurationFile) -> list[Step]:
        table = make_table(self.fields, RECORD_KEYS, blank_line())
        slot = _record_slot(curation, str(self.fields["kind"]))
        return _insert(curation, "record", slot, table)


class EditRecord(Edit):
    """Fields of a record changed: a value sets one, None removes it. The id stays."""

    def __init__(self, curation: CurationFile, record_id: str, changes: Mapping[str, Any]):
        super().__init__()
        curation.record_index(record_id)
        if "id" in changes:
            raise CurationError("an id is never changed: links, bookmarks and notes rely on it.")
        if "kind" in changes and changes["kind"] not in KIND_BY_ID:
            raise CurationError(f"unknown kind {changes['kind']!r}.")
        quotes = [changes["quote"]] if isinstance(changes.get("quote"), str) else []
        quotes += list(changes.get("quotes") or [])
        _check_quotes(curation, quotes)
        self.record_id = record_id
        self.changes = {k: (None if v in ("", []) else v) for k, v in changes.items()}
        self.text = translate("Curate", "Edit {id}").format(id=record_id)

    def plan(self, curation: CurationFile) -> list[Step]:
        index = curation.record_index(self.record_id)
        table = curation.tables("record")[index]
        return [Step("record", index, table, with_fields(table, self.changes, RECORD_KEYS))]


class _RemoveTable(Edit):
    def __init__(self, section: str, find: Any, text: str) -> None:
        super().__init__()
        self.section, self.find, self.text = section, find, text

    def plan(self, curation: CurationFile) -> list[Step]:
        return _remove(curation, self.section, self.find(curation))


class RemoveRecord(Compound):
    """A record and every link to or from it. Refused while other records point at it."""

    def __init__(self, curation: CurationFile, record_id: str) -> None:
        curation.record_index(record_id)
        users = [
            str(r.get("id"))
            for r in curation.records()
            if record_id in (r.get("place"), r.get("parent"))
        ]
        if users:
            raise CurationError(
                f"{record_id} is the place or parent of {', '.join(users)}; change them first."
            )
        links = [
            i for i, link in enumerate(curation.links())
            if record_id in (link.get("from"), link.get("to"))
        ]  # fmt: skip
        parts: list[Command] = [
            _RemoveTable("link", lambda _c, i=i: i, f"Remove link {i}") for i in reversed(links)
        ]
        parts.append(
            _RemoveTable("record", lambda c: c.record_index(record_id), f"Remove {record_id}")
        )
        super().__init__(f"Remove {record_id}", parts)


# ---------------------------------------------------------------------- links


def _check_link(
    curation: CurationFile, fields: Mapping[str, Any], new_ids: Collection[str] = ()
) -> None:
    ids = {r.get("id") for r in curation.records()} | set(new_ids)
    for end in ("from", "to"):
        if fields.get(end) not in ids:
            raise CurationError(f"the link's '{end}' must be a record: {fields.get(end)!r}.")
    if fields.get("relation") not in RELATION_BY_ID:
        raise CurationError(f"choose a relation: one of {', '.join(RELATION_BY_ID)}.")
    if fields.get("basis") not in ("stated", "inferred"):
        raise CurationError("a link's basis is 'stated' or 'inferred'.")
    if fields.get("basis") == "inferred" and not str(fields.get("reason") or "").strip():
        raise CurationError(translate("Curate", "an inferred link needs its reason."))


class AddLink(Edit):
    """A new link, after the other links from the same record (or at the end).

    ``new_ids`` are records that do not exist yet but will when the link is made (the
    record a compound command adds before it).
    """

    def __init__(
        self,
        curation: CurationFile,
        fields: Mapping[str, Any],
        quotes: Sequence[str],
        *,
        new_ids: Collection[str] = (),
    ) -> None:
        super().__init__()
        _check_link(curation, fields, new_ids)
        _check_quotes(curation, quotes)
        self.fields = {k: v for k, v in fields.items() if v not in (None, "")}
        self.fields.update(_quotes_fields(quotes))
        relation = tr(RELATION_BY_ID[fields["relation"]].label).lower()
        self.text = translate("Curate", "Link {start} → {end} ({relation})").format(
            start=fields["from"], end=fields["to"], relation=relation
        )

    def plan(self, curation: CurationFile) -> list[Step]:
        links = curation.links()
        same = [i for i, link in enumerate(links) if link.get("from") == self.fields["from"]]
        slot = same[-1] + 1 if same else len(links)
        return _insert(curation, "link", slot, make_table(self.fields, LINK_KEYS, blank_line()))


class EditLink(Edit):
    def __init__(self, curation: CurationFile, index: int, changes: Mapping[str, Any]) -> None:
        super().__init__()
        links = curation.links()
        if not 0 <= index < len(links):
            raise CurationError(f"no link number {index + 1}.")
        merged = {**links[index], **changes}
        _check_link(curation, {k: v for k, v in merged.items() if v is not None})
        self.index, self.changes = index, dict(changes)
        self.text = translate("Curate", "Edit link {start} → {end}").format(
            start=links[index].get("from"), end=links[index].get("to")
        )

    def plan(self, curation: CurationFile) -> list[Step]:
        table = curation.tables("link")[self.index]
        return [Step("link", self.index, table, with_fields(table, self.changes, LINK_KEYS))]


def remove_link(curation: CurationFile, index: int) -> Command:
    links = curation.links()
    if not 0 <= index < len(links):
        raise CurationError(f"no link number {index + 1}.")
    link = links[index]
    return _RemoveTable(
        "link", lambda _c: index, f"Remove link {link.get('from')} → {link.get('to')}"
    )


# ---------------------------------------------------------------------- aliases and quotes

EDITORIAL_ALIAS = "A name the curator added for search; the document does not use it."


def _quotes_of(entry: Mapping[str, Any]) -> list[str]:
    quotes = [entry["quote"]] if isinstance(entry.get("quote"), str) else []
    return quotes + [q for q in entry.get("quotes") or [] if isinstance(q, str)]


def _quote_changes(quotes: Sequence[str]) -> dict[str, Any]:
    if len(quotes) == 1:
        return {"quote": quotes[0], "quotes": None}
    return {"quote": None, "quotes": list(quotes)}


def add_quote(curation: CurationFile, record_id: str, quote: str) -> EditRecord:
    """One more quote for a record (a passage that also supports it)."""
    record = curation.record(record_id)
    quotes = _quotes_of(record)
    if quote in quotes:
        raise CurationError(
            translate("Curate", "{id} already cites that passage.").format(id=record_id)
        )
    command = EditRecord(curation, record_id, _quote_changes([*quotes, quote]))
    command.text = translate("Curate", "Cite another passage for {id}").format(id=record_id)
    return command


def add_alias(
    curation: CurationFile,
    record_id: str,
    alias: str,
    quote: str | None = None,
    reason: str | None = None,
) -> EditRecord:
    """Another name for a record. With ``quote`` (the document's own words for the name)
    the passage is cited too. With ``reason`` instead, the name is the curator's, not the
    document's: an editorial alias, written ``{ name, basis = "editorial", reason }``."""
    alias = alias.strip()
    record = curation.record(record_id)
    aliases = list(record.get("aliases") or [])
    if not alias or alias in map(alias_name, aliases) or alias == record.get("title"):
        raise CurationError(
            translate("Curate", "“{name}” is already a name of {id}.").format(
                name=alias, id=record_id
            )
        )
    if quote is not None and reason is not None:
        raise CurationError("a name is the document's (with its quote) or editorial, not both.")
    # A name the document uses is stated (it must stand in the quotes); one of ours says so.
    entry: str | dict[str, str] = alias
    if quote is None:
        why = (reason or "").strip() or EDITORIAL_ALIAS
        entry = {"name": alias, "basis": "editorial", "reason": why}
    changes: dict[str, Any] = {"aliases": [*aliases, entry]}
    if quote is not None:
        if alias not in quote:
            raise CurationError(
                translate("Curate", "“{name}” is not in the quote “{quote}”.").format(
                    name=alias, quote=quote
                )
            )
        quotes = _quotes_of(record)
        if quote not in quotes:
            changes.update(_quote_changes([*quotes, quote]))
    command = EditRecord(curation, record_id, changes)
    if quote is None:
        text = translate("Curate", "Add the editorial name “{name}” to {id}")
    else:
        text = translate("Curate", "Add the name “{name}” to {id}")
    command.text = text.format(name=alias, id=record_id)
    return command


def remove_alias(curation: CurationFile, record_id: str, alias: str) -> EditRecord:
    record = curation.record(record_id)
    aliases = list(record.get("aliases") or [])
    if alias not in map(alias_name, aliases):
        raise CurationError(
            translate("Curate", "“{name}” is not a name of {id}.").format(name=alias, id=record_id)
        )
    kept = [a for a in aliases if alias_name(a) != alias]
    command = EditRecord(curation, record_id, {"aliases": kept or None})
    command.text = translate("Curate", "Remove the name “{name}” from {id}").format(
        name=alias, id=record_id
    )
    return command
