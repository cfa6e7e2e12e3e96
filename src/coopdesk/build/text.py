"""The document's text: its paragraphs, the two characters quotes may fold, its words,
and a quote finder that does not re-read the text per quote. Dates as the document
writes them are ``coopdesk.dates``, which the curation workbench shares."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from coopdesk.build.specs import Citation
from coopdesk.dates import date_forms, dates_in

__all__ = ["date_forms", "dates_in"]  # read here by the validator and older callers

_WORD_RE = re.compile(r"\w+(?:-\w+)*")


def normalise(text: str) -> str:
    """Fold the two look-alike characters the quote check forgives: U+00A0 and U+2011.

    Each is replaced by one character, so positions in the folded text are positions in
    the original.
    """
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


@functools.lru_cache(maxsize=8192)
def words(text: str) -> frozenset[str]:
    """The words of ``text``, case and dashes folded: hyphenated words whole and in parts.

    "Russia–EU high-level talks" gives russia-eu, russia, eu, high-level, high, level, talks.
    """
    folded = normalise(text).replace("\u2013", "-").replace("\u2010", "-").casefold()
    out: set[str] = set()
    for word in _WORD_RE.findall(folded):
        out.add(word)
        if "-" in word:
            out.update(word.split("-"))
    return frozenset(out)


def title_words(text: str) -> list[str]:
    """The words of a title or role as written: hyphenated words kept whole."""
    folded = normalise(text).replace("\u2013", "-").replace("\u2010", "-").casefold()
    return _WORD_RE.findall(folded)


class QuoteFinder:
    """Finds verbatim quotes in a document's paragraphs.

    A quote of three or more words holds at least one word that stands whole between
    spaces; an index of those words leads straight to the few paragraphs that can hold
    the quote, so finding every quote of a large curation stays linear in its size.
    """

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = list(paragraphs)
        self._folded = [normalise(p) for p in self.paragraphs]
        self._postings: dict[str, list[int]] = {}
        for index, text in enumerate(self._folded):
            for token in set(text.split()):
                self._postings.setdefault(token, []).append(index)

    def find(self, quote: str) -> Citation | None:
        """The first paragraph holding ``quote`` (U+00A0 and U+2011 folded), with the
        document's own characters; None when no paragraph holds it."""
        needle = normalise(quote)
        interior = needle.split()[1:-1]  # the first and last may be parts of words
        candidates: Sequence[int]
        if interior:
            candidates = min((self._postings.get(t, []) for t in interior), key=len)
        else:
            candidates = range(len(self._folded))
        for index in candidates:
            start = self._folded[index].find(needle)
            if start >= 0:
                original = self.paragraphs[index][start : start + len(needle)]
                return Citation(index + 1, original)
        return None
