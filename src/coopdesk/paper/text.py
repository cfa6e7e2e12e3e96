"""Text made safe to typeset: what PDF/A can hold and the bundled fonts can draw (no Qt).

Data never becomes Typst markup: it reaches the template as JSON strings, which Typst
places as plain text. This module only keeps the text *printable*:

- control and format characters (NUL, ESC, C1, bidi embeddings, overrides and isolates,
  LRM/RLM, ZWJ, BOM…) are dropped, so a value cannot reorder or hide the text around it;
  right-to-left letters themselves are kept and lie in their own run;
- a character the fonts cannot draw becomes ``[U+XXXX]``: PDF/A refuses the whole file
  for one glyph-less character;
- a "word" longer than 80 characters gets a zero-width space after every 80, so that it
  breaks at the margin and no PDF text string passes PDF/A's 32,767 characters;
- titles, which also become PDF strings (outline, /Title), are cut at 1,000 characters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from coopdesk.paper.fonts import covered

KEEP = frozenset("\n\u00ad\u200b")  # line breaks, soft hyphens and break opportunities
DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
LONG_WORD = re.compile(r"\S{80}(?=\S)")
MAX_TITLE = 1000


def clean(text: str) -> str:
    """``text`` with what cannot be printed dropped or spelled out (see the module)."""
    drawable = covered()
    out = []
    for ch in text.replace("\r\n", "\n").replace("\t", " "):
        if ch in KEEP:
            out.append(ch)
        elif unicodedata.category(ch) in DROPPED_CATEGORIES:
            continue
        elif ord(ch) in drawable or ch == " ":
            out.append(ch)
        else:
            out.append(f"[U+{ord(ch):04X}]")
    return LONG_WORD.sub(lambda m: m.group(0) + "\u200b", "".join(out))


def cap(text: str, limit: int = MAX_TITLE) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis where it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clean_tree(value: Any) -> Any:
    """Every string inside nested lists and dicts cleaned; keys are ours and stay."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list | tuple):
        return [clean_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: clean_tree(v) for k, v in value.items()}
    return value
