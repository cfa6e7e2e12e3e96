"""Reading a paragraph: sentences, parenthesised asides, words and capitalised names.

Everything here works on spans (start, stop) into the paragraph's own text, so that
whatever is proposed from it can be quoted character for character.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:['’\-\u2010\u2011]\w+)*|[(),;:.!?\[\]]")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\u00a0]+[\"“(\[]?[A-Z0-9\u0400-\u042f])")


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` as a set: word lists read best as one string."""
    return frozenset(text.split())


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof st no nos vol art para e.g i.e etc cf vs gen col lt sen rep jan feb "
    "mar apr jun jul aug sep sept oct nov dec"
)
# Words that join the capitalised words of one name: "Ministry of Interior".
CONNECTORS = frozenset({"of", "for", "on", "de", "van", "von", "der", "du", "da", "di", "la", "le"})
MONTH_WORDS = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


@dataclass(frozen=True)
class Word:
    start: int
    stop: int
    text: str

    @property
    def capitalised(self) -> bool:
        first = self.text[0]
        return first.isupper() or (first.isdigit() and self.text[-2:] in ("st", "nd", "rd", "th"))

    @property
    def lower(self) -> str:
        return self.text.lower()


def words(text: str, start: int = 0, stop: int | None = None) -> list[Word]:
    """The words and punctuation marks of ``text[start:stop]``, with their spans in ``text``."""
    stop = len(text) if stop is None else stop
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, stop)]


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of a paragraph, trailing white space left out."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(None, 1)
        last = before[-1].lower() if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def paren_groups(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The spans of the parenthesised asides in ``text[start:stop]``, brackets included."""
    groups = []
    opened: list[int] = []
    for index in range(start, stop):
        if text[index] == "(":
            opened.append(index)
        elif text[index] == ")" and opened:
            groups.append((opened.pop(), index + 1))
    return sorted(groups)


def name_runs(text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """Spans of runs of capitalised words, joined by single connectors ("Ministry of Interior").

    A run never starts or ends on a connector, and never crosses punctuation.
    """
    found = []
    run: list[Word] = []
    pending: list[Word] = []
    for word in words(text, start, stop):
        if word.capitalised and word.lower not in MONTH_WORDS:
            if run and not _adjacent(text, run[-1], *pending, word):
                found.append((run[0].start, run[-1].stop))
                run = []
            run.extend(pending if run else [])
            run.append(word)
            pending = []
        elif run and word.lower in CONNECTORS and not pending:
            pending = [word]
        else:
            if run:
                found.append((run[0].start, run[-1].stop))
            run, pending = [], []
    if run:
        found.append((run[0].start, run[-1].stop))
    return found


def _adjacent(text: str, *chain: Word) -> bool:
    """True when each word follows the one before it after a single space."""
    return all(text[a.stop : b.start] in (" ", "\u00a0") for a, b in itertools.pairwise(chain))


def strip_determiner(text: str) -> str:
    """A phrase without its leading article: "the Federal Security Service" → "Federal…"."""
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
