"""Where each table, key and array item of a TOML file stands: line numbers for messages.

``tomllib`` gives values without positions. One pass over the text finds the line of
every table header, of every key in it and of every item of a multi-line array, so that
a problem can point at the line of the offending key. Tables of the same name keep the
order in which they appear, which is the order of their entries in the parsed data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"""
    (?P<nl>\n)
  | (?P<ws>[ \t\r]+)
  | (?P<comment>\#[^\n]*)
  | (?P<mlstring>\"\"\"|''')
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'[^'\n]*')
  | (?P<open>[\[{])
  | (?P<close>[\]}])
  | (?P<comma>,)
  | (?P<eq>=)
  | (?P<bare>[A-Za-z0-9_.+:-]+)
  | (?P<other>.)
    """,
    re.VERBOSE,
)
_HEADER = re.compile(r"\[(\[?)\s*([^\]\n]*?)\s*\]\]?")
# Most lines are one key and one plain value: read those without the tokenizer.
_SIMPLE_LINE = re.compile(
    r"""[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_.+:-]+)"""
    r"[ \t]*(?:\#[^\n]*)?(?=\n|\Z)"
)


@dataclass
class TableLines:
    """The lines of one table: its header, each key and each item of a multi-line array."""

    name: str  # "record", "link", "document"; "" for the keys before any header
    line: int
    keys: dict[str, int] = field(default_factory=dict)
    items: dict[str, list[int]] = field(default_factory=dict)

    def key(self, name: str) -> int:
        """The line of key ``name``, or of the table's header when it has no such key."""
        return self.keys.get(name, self.line)

    def item(self, name: str, index: int) -> int:
        """The line of item ``index`` of array ``name`` (its key's line when on one line)."""
        lines = self.items.get(name, [])
        return lines[index] if index < len(lines) else self.key(name)


def _key_name(text: str) -> str:
    first = text.split(".", 1)[0].strip()
    return first[1:-1] if first[:1] in "\"'" and len(first) > 1 else first


def scan(text: str) -> dict[str, list[TableLines]]:
    """Tables by header name (dotted names as written), each list in file order."""
    root = TableLines("", 1)
    tables: dict[str, list[TableLines]] = {"": [root]}
    current = root
    line = 1
    depth: list[str] = []
    at_line_start = True
    key: str | None = None
    item_expected = False
    pos = 0
    while pos < len(text):
        if at_line_start and not depth:
            simple = _SIMPLE_LINE.match(text, pos)
            if simple is not None:
                key = simple.group(1)
                current.keys.setdefault(key, line)
                pos = simple.end()
                at_line_start = False
                continue
        match = _TOKEN.match(text, pos)
        assert match is not None  # "other" matches any character
        kind = match.lastgroup
        token = match.group()
        pos = match.end()
        if kind == "nl":
            line += 1
            if not depth:
                at_line_start = True
            continue
        if kind in ("ws", "comment"):
            continue
        if at_line_start and not depth:
            at_line_start = False
            if kind == "open" and token == "[":
                header = _HEADER.match(text, match.start())
                if header is not None:
                    name = ".".join(_key_name(part) for part in header.group(2).split("."))
                    current = TableLines(name, line)
                    tables.setdefault(name, []).append(current)
                    pos = header.end()
                    continue
            if kind in ("bare", "string"):
                key = _key_name(token)
                current.keys.setdefault(key, line)
                continue
        is_value = kind in ("mlstring", "string", "bare", "open", "other")
        if item_expected and depth == ["["] and is_value and key is not None:
            current.items.setdefault(key, []).append(line)
            item_expected = False
        if kind == "mlstring":
            end = _end_of_multiline(text, pos, token)
            line += text.count("\n", pos, end)
            pos = end
        elif kind == "open":
            depth.append(token)
            if depth == ["["] and key is not None:
                current.items[key] = []
                item_expected = True
        elif kind == "close":
            if depth:
                depth.pop()
        elif kind == "comma" and depth == ["["]:
            item_expected = True
    return tables


def _end_of_multiline(text: str, start: int, delimiter: str) -> int:
    """The position after the closing delimiter of a multi-line string opened at ``start``."""
    pos = start
    while True:
        end = text.find(delimiter, pos)
        if end < 0:
            return len(text)
        if delimiter == '"""':
            backslashes = 0
            while end - backslashes - 1 >= start and text[end - backslashes - 1] == "\\":
                backslashes += 1
            if backslashes % 2:
                pos = end + 1
                continue
        # Up to two more quote characters may end the string's text ("""a"""").
        extra = 0
        while extra < 2 and text.startswith(delimiter[0], end + 3 + extra):
            extra += 1
        return end + 3 + extra
