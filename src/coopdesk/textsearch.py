"""What the user typed, turned into a full-text query, and snippets of what matched.

No SQL and no Qt: the data layer runs the query, the renderers show the snippets.
"""

from __future__ import annotations

import re
import unicodedata

from coopdesk.model import HIT_END, HIT_START

MAX_QUERY_WORDS = 16
MAX_QUERY_CHARS = 500
_FTS_SYNTAX = re.compile(r'["*():^]|\b(AND|OR|NOT|NEAR)\b')


def fts_query(text: str) -> str | None:
    """Turn what the user typed into an FTS5 query.

    Plain words become prefix terms that must all match; text with FTS5 syntax
    (quotes, AND/OR/NOT, *, parentheses) is passed on as it is, up to MAX_QUERY_CHARS.
    None: nothing to search.
    """
    text = text.encode("utf-8", "replace").decode("utf-8")
    if len(text) <= MAX_QUERY_CHARS and _FTS_SYNTAX.search(text):
        return text
    # Past a few words a search only gets slower, not better: keep the first ones.
    words = re.findall(r"\w+", text)[:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def query_terms(query: str) -> list[str]:
    """The words of an FTS5 query, lower-cased, without operators (for snippets)."""
    words = re.findall(r"\w+", query)
    return [w.casefold() for w in words if w not in ("AND", "OR", "NOT", "NEAR")]


def make_snippet(body: str, terms: list[str], width: int = 180) -> str:
    """A window of ``body`` around the first matching word, matches between markers."""
    pattern = (
        re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
        if terms
        else None
    )
    first = pattern.search(body) if pattern else None
    start = max(0, (first.start() if first else 0) - width // 3)
    end = min(len(body), start + width)
    piece = body[start:end]
    marked = pattern.sub(lambda m: f"{HIT_START}{m.group(0)}{HIT_END}", piece) if pattern else piece
    return ("…" if start else "") + marked + ("…" if end < len(body) else "")


def typed_int(text: str) -> int | None:
    """The whole number a person typed, or None.

    Decimal digits of any script count (full-width "２０１７" is 2017), and so does a
    leading minus sign; superscripts, fractions, circled numbers and the like do not
    ("²⁰¹⁷" is not a year), nor anything with other characters in it.
    """
    text = text.strip()
    sign, digits = (-1, text[1:]) if text[:1] in ("-", "\u2212", "\uff0d") else (1, text)
    if not digits or not all(unicodedata.category(c) == "Nd" for c in digits):
        return None
    return sign * int("".join(str(unicodedata.decimal(c)) for c in digits))
