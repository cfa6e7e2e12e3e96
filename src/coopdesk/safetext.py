"""Text from the data and from the user, made safe for where it goes. No Qt here.

Text stays text: whatever a title, a quote or a note holds, it must not become a command
(a terminal escape, a spreadsheet formula), reorder the application's own words (a
right-to-left override turning "¶10" into "01¶") or break a file format.

- ``valid``: lone surrogates (bytes that were not UTF-8 on the command line) become U+FFFD,
  so the text can be bound to SQL, encoded and printed.
- ``isolate``: text holding right-to-left letters or bidi controls is wrapped in FIRST
  STRONG ISOLATE … POP DIRECTIONAL ISOLATE, balanced, so it cannot reorder what is around
  it. Left-to-right text is returned unchanged.
- ``for_terminal``: control characters (C0 but newline and tab, DEL, C1) removed, then
  isolated: nothing the data holds is interpreted by a terminal.
- ``csv_cell``: a cell a spreadsheet would read as a formula is neutralised (OWASP).
- ``without_controls``: control characters removed, for file formats that forbid them.
"""

from __future__ import annotations

import re
import unicodedata

FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE, POP DIRECTIONAL ISOLATE
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
# Bidi classes that can reorder text: right-to-left letters and numbers, and the controls.
_BIDI_ACTIVE = frozenset(
    {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
)
# C0 controls but tab and newline, DEL and the C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ALL_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def valid(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (so it is valid Unicode)."""
    return _SURROGATE.sub("\ufffd", text)


def needs_isolation(text: str) -> bool:
    """True when ``text`` could reorder the text around it when shown."""
    return any(ord(c) >= 0x0590 and unicodedata.bidirectional(c) in _BIDI_ACTIVE for c in text)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it holds right-to-left letters or bidi controls.

    A stray PDI inside would close the wrapper early, so it is dropped; isolates left
    open inside are closed before the wrapper's own PDI.
    """
    if not needs_isolation(text):
        return text
    out: list[str] = []
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue
            depth -= 1
        out.append(char)
    return FSI + "".join(out) + PDI * depth + PDI


def strip_controls(text: str, *, keep_lines: bool = True) -> str:
    """``text`` without control characters (keeping newline and tab when ``keep_lines``)."""
    return (_CONTROLS if keep_lines else _ALL_CONTROLS).sub("", text)


def for_terminal(text: str) -> str:
    """Data text fit to print on a terminal: no controls, bidi isolated, valid Unicode."""
    return isolate(strip_controls(valid(text)))


def csv_cell(value: object) -> object:
    """A cell no spreadsheet runs as a formula: one starting with = + - @, tab or a line
    break (or their full-width forms) gets a leading apostrophe, as OWASP recommends.
    Control characters but tab and newline go."""
    if not isinstance(value, str):
        return value
    value = strip_controls(valid(value))
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def single_line(text: str) -> str:
    """``text`` on one line: line breaks become spaces, other controls go."""
    return strip_controls(re.sub(r"[\r\n\u2028\u2029\x85]+", " ", text))


# Characters JSON allows raw in strings but a terminal or a viewer may act on: DEL and
# the C1 controls, the bidi controls, and the line and paragraph separators.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON text (from ``json.dumps``) with those characters written as \\uXXXX escapes:
    the same JSON value, nothing a terminal interprets."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
