"""tomlkit tables made and changed without touching the originals.

A curation file's tables are never changed in place: an edit makes a new table from the
old one (its items, comments and layout copied) and the file swaps one for the other.
Undo swaps them back, so an undone change gives back the file byte for byte.

The comments and blank lines after a table's last key ("trivia") introduce whatever
follows it, often the next section ("# ---- events"); they move with the place in the
file, not with the table, when a table is added or removed.
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import tomlkit
from tomlkit.items import (
    AoT,
    Array,
    Item,
    Key,
    String,
    StringType,
    Table,
    Trivia,
    Whitespace,
)

_BASIS_KEYS = ("basis", "reason", "quote")
_NO_BASIS = ("id", "kind", "aliases", "quote", "quotes")
# A field's basis keys (side_basis, side_reason, side_quote) follow the field.
RECORD_KEYS = tuple(
    key
    for name in ("id", "kind", "side", "title", "short", "aliases", "number", "date", "place",
                 "parent", "role", "context", "quote", "quotes")
    for key in (name, *(() if name in _NO_BASIS else (f"{name}_{s}" for s in _BASIS_KEYS)))
)  # fmt: skip
LINK_KEYS = ("from", "to", "relation", "role", "basis", "reason", "quote", "quotes")
_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
}  # fmt: skip


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    # Invisible and look-alike characters are spelt out, so the file shows what is there.
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or char in "\u00a0\u2011\u202f":
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
    return char


def toml_string(value: str) -> String:
    """A basic string item, with quotes, backslashes and invisible characters escaped."""
    return String(StringType.SLB, value, "".join(map(_escape, value)), Trivia())


def value_item(value: object) -> Item:
    """A tomlkit item for a plain value; a list of several texts (or of any tables) goes
    one per line."""
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        entries = [v for v in value if isinstance(v, str | dict)]
        tables = any(isinstance(v, dict) for v in value)
        if len(entries) == len(value) and (len(value) > 1 or tables):
            # Laid out as the curation files are: two spaces, a trailing comma.
            lines = "".join(f"  {_entry_text(v)},\n" for v in entries)
            item: Item = tomlkit.parse(f"x = [\n{lines}]\n")["x"]
            return item
        array = tomlkit.array()
        for entry in value:
            array.append(toml_string(entry) if isinstance(entry, str) else entry)
        return array
    return tomlkit.item(value)


def _entry_text(value: str | dict[str, Any]) -> str:
    """One entry of a list as TOML: a string, or an inline table such as an alias with its
    basis ({ name = "…", basis = "editorial", reason = "…" })."""
    if isinstance(value, str):
        return toml_string(value).as_string()
    pairs = ", ".join(
        f"{key} = {(toml_string(v) if isinstance(v, str) else tomlkit.item(v)).as_string()}"
        for key, v in value.items()
    )
    return f"{{ {pairs} }}"


def plain(value: object) -> Any:
    """A tomlkit value as plain Python (str, int, list, dict)."""
    if isinstance(value, Item):
        return value.unwrap()
    return value


def keys(table: Table) -> list[str]:
    return [key.key for key, _ in table.value.body if key is not None]


def trivia(table: Table) -> list[Item]:
    """The comments and blank lines after the table's last key."""
    body = table.value.body
    index = len(body)
    while index > 0 and body[index - 1][0] is None:
        index -= 1
    return [item for _, item in body[index:]]


def is_blank(items: Sequence[Item]) -> bool:
    return all(isinstance(item, Whitespace) for item in items)


def make_table(fields: Mapping[str, object], order: Sequence[str], tail: Sequence[Item]) -> Table:
    """A new table of ``fields`` (None values left out) in ``order``, then ``tail``."""
    table = tomlkit.table()
    known = [k for k in order if k in fields]
    for key in [*known, *(k for k in fields if k not in order)]:
        if fields[key] is not None:
            table.add(key, value_item(fields[key]))
    return with_trivia(table, tail)


def with_trivia(table: Table, tail: Sequence[Item]) -> Table:
    """A copy of ``table`` whose trivia is ``tail``."""
    new = tomlkit.table()
    for key, item in table.value.body:
        if key is not None:
            new.add(key, copy.deepcopy(item))
    for item in tail:
        new.value.append(None, copy.deepcopy(item))
    return new


def with_fields(table: Table, changes: Mapping[str, object], order: Sequence[str]) -> Table:
    """A copy of ``table`` with ``changes`` made: a value sets a key, None removes it.

    Keys already there keep their place and their layout; a new key goes where ``order``
    puts it among the keys present.
    """
    entries: dict[str, tuple[Key | str, Item]] = {}
    for key, item in table.value.body:
        if key is not None:
            entries[key.key] = (key, copy.deepcopy(item))
    sequence = list(entries)

    def rank(name: str) -> int:
        return order.index(name) if name in order else len(order)

    for name, value in changes.items():
        if value is None:
            entries.pop(name, None)
            if name in sequence:
                sequence.remove(name)
            continue
        entries[name] = (entries[name][0] if name in entries else name, value_item(value))
        if name not in sequence:
            position = max(
                (i + 1 for i, present in enumerate(sequence) if rank(present) <= rank(name)),
                default=0,
            )
            sequence.insert(position, name)
    new = tomlkit.table()
    for name in sequence:
        new.add(*entries[name])
    return with_trivia(new, trivia(table))


def merged_trivia(first: Sequence[Item], second: Sequence[Item]) -> list[Item]:
    """The trivia of two neighbours made one, when the table between them goes.

    Blank lines give way to comments; two sets of comments are both kept.
    """
    if is_blank(first):
        return list(second)
    if is_blank(second):
        return list(first)
    head = list(first)
    while head and isinstance(head[-1], Whitespace):
        head.pop()
    return [*head, *second]


def blank_line() -> list[Item]:
    return [Whitespace("\n")]


def new_aot(tables: Sequence[Table]) -> AoT:
    return AoT(list(tables))


def array_of(value: object) -> list[str]:
    """The text entries of a list value (a plain list or a tomlkit array)."""
    if isinstance(value, Array | list):
        return [str(plain(v)) for v in value]
    return []
