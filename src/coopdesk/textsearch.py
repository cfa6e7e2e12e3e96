"""What a person types in a search box, read forgivingly, and where it matches a text.

No SQL and no Qt. ``parse`` reads any text without failing: quotes close themselves,
operators count only where they make sense, other punctuation separates words. The
result renders as an FTS5 expression built only of quoted strings, so the full-text
engine never sees a syntax error, and it finds its own matches in a text (for
highlighting and for the user's notes) by the same rules.

The syntax (see README.md):
    word word        every word (in any order)
    "exact phrase"   the words side by side
    prefix*          any word beginning so; the last word typed is also read as a prefix
    a OR b           either
    -word            not this word (also -"a phrase")

Folding: case, diacritics, full-width forms, no-break spaces and hyphens;
``counter-terrorism``, ``counter terrorism`` and ``counterterrorism`` find each other; a
plural finds its singular and back, and ``terrorist`` finds ``terrorism``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from coopdesk.i18n import translate
from coopdesk.model import HIT_END, HIT_START

MAX_QUERY_CHARS = 1000  # past this, the rest of the text is not read
MAX_TERMS = 16  # past a few words a search only gets slower, not better
MAX_TOKEN_CHARS = 64
MIN_PREFIX = 3  # the last word is read as a prefix from this many letters on
MIN_PART = 3  # a joined word is tried as two words when each part has this many letters
MIN_SPLIT = 8  # … and the word this many (shorter ones split into unrelated pairs)

QUOTES = frozenset('"“”„‟«»〝〞')
DASHES = frozenset("-‐‑‒–—―−﹣")  # a leading one excludes the word
# Inside a word these join its parts (counter-terrorism, U.N., Russia's); any other
# punctuation or symbol separates words.
JOINERS = DASHES | frozenset("'’ʼ._")
KEEP = JOINERS | QUOTES
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# Pairs a plural rule would join wrongly: the plural means something else.
_NOT_PLURALS = frozenset({"new", "mean", "custom", "good", "arm", "damage", "premise"})
_NOT_ISM = frozenset({"organ"})


def fold(word: str) -> str:
    """A word as the index sees it: compatibility forms, lower case, no diacritics."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def tokens(text: str) -> list[str]:
    """The folded words of ``text``, split where the index splits them."""
    return [t for t in (fold(m.group(0)) for m in _WORD.finditer(text)) for t in _WORD.findall(t)]


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word of ``text`` folded, with where it stands in ``text``."""
    if text.isascii():  # lower case keeps every position: fold the whole text at once
        for m in _WORD.finditer(text.lower()):
            yield m.group(0), m.start(), m.end()
        return
    for m in _WORD.finditer(text):
        folded = fold(m.group(0))
        if folded:
            yield folded, m.start(), m.end()


@dataclass(frozen=True)
class Form:
    """One spelling to look for: words side by side, the last one perhaps a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Term:
    """Something the reader typed: a word, a hyphenated word or a quoted phrase."""

    words: tuple[str, ...]
    quoted: bool = False
    prefix: bool = False  # typed with a star, or the last word being typed
    star: bool = False  # the star was typed: no exact form besides the prefix

    @property
    def plain(self) -> bool:
        """A single word typed as it is, the kind that may join its neighbour."""
        return len(self.words) == 1 and not self.quoted and not self.star

    def forms(self) -> list[Form]:
        """Every spelling this term finds, the one typed first."""
        if self.quoted:
            return [Form(self.words, self.prefix)]
        out: list[Form] = []
        if not self.star:
            out.append(Form(self.words))
        if self.prefix:
            out.append(Form(self.words, True))
        if len(self.words) > 1:
            out.append(Form(("".join(self.words),), self.prefix))
        elif not self.star:
            word = self.words[0]
            out += [Form((w,)) for w in inflections(word)]
            out += [Form(pair) for pair in splits(word)]
        return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Group:
    """Terms of which any one will do (``a OR b``), with joins to the neighbours."""

    terms: tuple[Term, ...]
    joins: tuple[Form, ...] = ()

    def forms(self) -> list[Form]:
        return list(dict.fromkeys([f for t in self.terms for f in t.forms()] + list(self.joins)))


@dataclass(frozen=True)
class Query:
    """A parsed search: every group must match, no excluded term may."""

    groups: tuple[Group, ...] = ()
    excluded: tuple[Term, ...] = ()
    phrase: Form | None = None  # the words typed, side by side: ranks such matches first

    @property
    def empty(self) -> bool:
        """True when there is nothing to look for (only exclusions, or no words)."""
        return not self.groups

    def fts(self) -> str | None:
        """The FTS5 expression, or None when there is nothing to look for."""
        if self.empty:
            return None
        expr = " AND ".join(_any(g.forms()) for g in self.groups)
        if self.phrase is not None:
            expr = f"({expr}) OR {self.phrase.fts()}"
        if self.excluded:
            expr = f"({expr}) NOT {_any([f for t in self.excluded for f in t.forms()])}"
        return expr

    @functools.cached_property
    def _finder(self) -> _Finder:
        return _Finder([f for g in self.groups for f in g.forms()])

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the query's words stand in ``text``: sorted, not overlapping."""
        if self.empty or not text or not self._finder.may_occur(text):
            return []
        return _merge(self._finder.find(list(token_spans(text))))

    @functools.cached_property
    def _group_finders(self) -> list[_Finder]:
        return [_Finder(g.forms()) for g in self.groups]

    def found_in(self, text: str) -> bool:
        """Is every word sought in ``text`` (exclusions aside)?"""
        if self.empty or not self._finder.may_occur(text):
            return False
        words = list(token_spans(text))
        return all(finder.find(words) for finder in self._group_finders)

    def matches(self, text: str) -> bool:
        """Would the index find ``text`` for this query (for texts outside the index)?"""
        if self.empty:
            return False
        words = list(token_spans(text))
        if any(_Finder(t.forms()).find(words) for t in self.excluded):
            return False
        return all(finder.find(words) for finder in self._group_finders)


def _any(forms: list[Form]) -> str:
    return forms[0].fts() if len(forms) == 1 else "(" + " OR ".join(f.fts() for f in forms) + ")"


class _Finder:
    """Finds forms in a text's words: looked up by their first word, not tried one by one."""

    def __init__(self, forms: Iterable[Form]) -> None:
        self.by_first: dict[str, list[Form]] = {}
        prefixes = []  # one-word forms that are prefixes
        for form in forms:
            if form.prefix and len(form.words) == 1:
                prefixes.append(form.words[0])
            else:
                self.by_first.setdefault(form.words[0], []).append(form)
        self.prefixes = tuple(prefixes)
        self.needles = tuple(set(self.prefixes) | set(self.by_first))

    def may_occur(self, text: str) -> bool:
        """False when no word sought can be in ``text`` (a quick test before ``find``)."""
        folded = text.lower() if text.isascii() else fold(text)
        return any(needle in folded for needle in self.needles)

    def find(self, words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
        found = []
        count = len(words)
        for i, (word, start, end) in enumerate(words):
            for form in self.by_first.get(word, ()):
                n = len(form.words)
                if i + n > count:
                    continue
                last = words[i + n - 1][0]
                if all(words[i + k][0] == form.words[k] for k in range(1, n - 1)) and (
                    last.startswith(form.words[-1]) if form.prefix else last == form.words[-1]
                ):
                    found.append((start, words[i + n - 1][2]))
            if self.prefixes and word.startswith(self.prefixes):
                found.append((start, end))
        return found


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


# ---------------------------------------------------------------------- word forms


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4 and word[-4] not in "aeiou":
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _plural(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def inflections(word: str) -> list[str]:
    """Other forms of an English word that mean the same thing: the singular or plural,
    and between -ism and -ist (terrorism, terrorist, terrorists). Kept to rules that add
    no false hits; short words and numbers have none."""
    if len(word) < 4 or not word.isalpha():
        return []
    singular = _singular(word)
    if singular in _NOT_PLURALS:
        return []
    out = {singular, _plural(singular)}
    for suffix, others in (("ism", ("ist", "ists")), ("ist", ("ism", "ists"))):
        stem = singular[: -len(suffix)]
        if singular.endswith(suffix) and len(stem) >= 4 and stem not in _NOT_ISM:
            out.update(stem + o for o in others)
    out.discard(word)
    return sorted(out)


def splits(word: str) -> list[tuple[str, str]]:
    """A long joined word read as two (counterterrorism: counter terrorism). Only words
    side by side match a pair, so most of the pairs find nothing."""
    if len(word) < MIN_SPLIT or not word.isalpha():
        return []
    return [(word[:i], word[i:]) for i in range(MIN_PART, len(word) - MIN_PART + 1)]


# ---------------------------------------------------------------------- reading the input


@dataclass
class _Item:
    term: Term | None = None
    operator: str = ""  # "OR", "AND" or "NOT"
    excluded: bool = False
    spelled: str = ""  # the operator as typed, to search for it when it is alone


@dataclass
class _Reader:
    items: list[_Item] = field(default_factory=list)

    def chunk(self, text: str, *, last: bool) -> None:
        if text in ("OR", "AND", "NOT"):
            self.items.append(_Item(operator=text, spelled=text))
            return
        excluded = False
        while text and text[0] in DASHES:
            excluded, text = True, text[1:]
        star = text.endswith("*")
        words = tuple(w[:MAX_TOKEN_CHARS] for w in tokens(text.rstrip("*")))
        if not words:
            return
        star = star and len(words[-1]) >= 2  # a one-letter prefix would find half the index
        prefix = star or (last and not excluded and len(words[-1]) >= MIN_PREFIX)
        term = Term(words, prefix=prefix, star=star)
        self.items.append(_Item(term=term, excluded=excluded))

    def phrase(self, text: str, *, excluded: bool, star: bool) -> None:
        words = tuple(w[:MAX_TOKEN_CHARS] for w in tokens(text))[:MAX_TERMS]
        if words:
            term = Term(words, quoted=True, prefix=star and len(words[-1]) >= 2)
            self.items.append(_Item(term=term, excluded=excluded))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[:MAX_QUERY_CHARS])
    out = []
    for c in text:
        category = unicodedata.category(c)
        if category == "Cf":  # soft hyphens, zero-width and direction marks join
            continue
        if c == "*":  # a prefix mark ends its word
            out.append("* ")
        elif c.isspace() or category[0] in "CZ" or (category[0] in "PS" and c not in KEEP):
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


def _read(text: str) -> list[_Item]:
    reader = _Reader()
    text = _clean(text)
    typing = not text.endswith(" ")  # a space after the last word ends it
    i, n, pending = 0, len(text), ""
    while i < n:
        c = text[i]
        if c in QUOTES:
            excluded = bool(pending) and all(d in DASHES for d in pending)
            if pending and not excluded:
                reader.chunk(pending, last=False)
            pending = ""
            end = next((j for j in range(i + 1, n) if text[j] in QUOTES), n)
            star = end + 1 < n and text[end + 1] == "*"
            reader.phrase(text[i + 1 : end], excluded=excluded, star=star)
            i = end + 1 + star
        elif c == " ":
            if pending:
                reader.chunk(pending, last=False)
            pending = ""
            i += 1
        else:
            pending += c
            i += 1
    if pending:
        reader.chunk(pending, last=typing)
    return reader.items


@functools.lru_cache(maxsize=256)
def parse(text: str) -> Query:
    """Read what was typed as a search; never fails. See the module's docstring."""
    items = _read(text)
    # NOT before a term excludes it; other operators are kept only between two terms.
    resolved: list[_Item] = []
    for index, item in enumerate(items):
        if item.operator == "NOT":
            following = items[index + 1] if index + 1 < len(items) else None
            if following is not None and following.term is not None:
                following.excluded = True
            continue
        resolved.append(item)
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    joinable = True  # the previous item allows an OR to join the next term to it
    for index, item in enumerate(resolved):
        if item.term is None:
            continue
        if item.excluded:
            excluded.append(item.term)
            joinable = False
            continue
        before = resolved[index - 1] if index else None
        if before is not None and before.operator == "OR" and joinable and groups:
            groups[-1].append(item.term)
        else:
            groups.append([item.term])
        joinable = True
    if not groups and not excluded:
        # Only operator words were typed: look for them as words.
        words = [fold(i.spelled) for i in items if i.spelled]
        groups = [[Term((w,))] for w in words]
    groups, excluded = groups[:MAX_TERMS], excluded[: max(0, MAX_TERMS - len(groups))]
    return Query(
        groups=tuple(_with_joins(groups)),
        excluded=tuple(excluded),
        phrase=_phrase(groups),
    )


def nothing_sought(text: str) -> str:
    """A sentence saying why ``text`` looks for nothing, or "" when it looks for words."""
    query = parse(text)
    if not query.empty or not text.strip():
        return ""
    if query.excluded:
        return translate(
            "Search", "a search with only -words leaves words out but finds nothing: add a word"
        )
    return translate("Search", "there is no word to look for: type letters or digits")


def _with_joins(groups: list[list[Term]]) -> Iterator[Group]:
    """Two words typed side by side also find the two written as one (counter terrorism:
    counterterrorism)."""
    plain = [len(g) == 1 and g[0].plain for g in groups]
    for i, terms in enumerate(groups):
        joins = []
        if plain[i]:
            word = terms[0].words[0]
            if i > 0 and plain[i - 1]:
                joins.append(Form((groups[i - 1][0].words[0] + word,), terms[0].prefix))
            if i + 1 < len(groups) and plain[i + 1]:
                after = groups[i + 1][0]
                joins.append(Form((word + after.words[0],), after.prefix))
        yield Group(tuple(terms), tuple(joins))


def _phrase(groups: list[list[Term]]) -> Form | None:
    if len(groups) < 2 or not all(len(g) == 1 and not g[0].quoted for g in groups):
        return None
    words = tuple(w for g in groups for w in g[0].words)
    return Form(words, groups[-1][0].prefix)


# ---------------------------------------------------------------------- snippets


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span between HIT_START and HIT_END."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], HIT_START, text[start:end], HIT_END]
        at = end
    out.append(text[at:])
    return "".join(out)


def make_snippet(text: str, query: Query, width: int = 160) -> str:
    """About ``width`` characters of ``text`` around its first match, cut between words
    with "…", the matches between HIT_START and HIT_END."""
    text = " ".join(text.split())
    spans = query.spans(text)
    if len(text) <= width:
        return mark(text, spans)
    first = spans[0][0] if spans else 0
    start = 0
    if first > width // 4:
        # Begin at a word a little before the match (at the match when no space is near).
        space = text.find(" ", first - width // 4, first)
        start = first if space < 0 else space + 1
    end = min(len(text), start + width)
    if spans and spans[0][1] > end:  # a very long match: show it whole
        end = spans[0][1]
    if end < len(text) and text[end] != " ":
        # End at the last space before the cut, unless that would lose the first match.
        space = text.rfind(" ", start, end)
        if space > max(start, spans[0][1] if spans else start):
            end = space
    inside = [
        (max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start
    ]
    return ("…" if start else "") + mark(text[start:end], inside) + ("…" if end < len(text) else "")


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
