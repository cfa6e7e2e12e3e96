"""Is a stated value found in its quotes? The tests a stated value must pass.

They are necessary, not sufficient: a value that fails is not the document's words and
must be marked inferred or editorial with a reason; a value that passes may still need a
curator's eye (words can be found and still be rearranged into a claim).

- a title, role or context uses only words of its quotes (case and dashes aside);
- a short name or an alias stands whole in one of its quotes, as written;
- a number stands in its quotes as a numeral or as a word ("third", "two");
- a side is named in its quotes ("Russia"/"Russian", "EU", "international");
- a place or parent: the words of that record's title are in the quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coopdesk.build.text import normalise, title_words, words

_ORDINALS = ("first", "second", "third", "fourth", "fifth",
             "sixth", "seventh", "eighth", "ninth", "tenth")  # fmt: skip
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_SIDE_WORDS = {"ru": ("russia", "russian"), "eu": ("eu",), "intl": ("international",)}
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def said(evidence: Iterable[str]) -> set[str]:
    """Every word of the quotes ``evidence``."""
    out: set[str] = set()
    for quote in evidence:
        out |= words(quote)
    return out


def missing_words(value: str, evidence: Iterable[str]) -> list[str]:
    """The words of ``value`` that none of the quotes holds, in order."""
    known = said(evidence)
    return [w for w in dict.fromkeys(title_words(value)) if w not in known]


def unsupported(field: str, value: str, evidence: list[str]) -> str | None:
    """Why the stated ``value`` of ``field`` is not in its quotes, or None when it is.

    ``field`` is a curation key (title, short, number, side, role, context) or "alias".
    """
    if field in ("title", "role", "context"):
        missing = missing_words(value, evidence)
        if missing:
            return f"its words {', '.join(repr(w) for w in missing)} are not in its quotes"
    elif field in ("short", "alias"):
        pattern = re.compile(rf"(?<!\w){re.escape(normalise(value))}(?!\w)")
        if not any(pattern.search(normalise(quote)) for quote in evidence):
            return "it does not stand in its quotes as written"
    elif field == "number":
        n = int(value)
        names = {str(n), f"{n}{_SUFFIX.get(n % 10 if n % 100 not in (11, 12, 13) else 0, 'th')}"}
        if n <= len(_ORDINALS):
            names |= {_ORDINALS[n - 1], _CARDINALS[n - 1]}
        if not names & said(evidence):
            return f"neither {n} nor its name stands in its quotes"
    elif field == "side" and not set(_SIDE_WORDS.get(value, ())) & said(evidence):
        return f"its quotes do not say {' or '.join(_SIDE_WORDS.get(value, (value,)))}"
    return None
