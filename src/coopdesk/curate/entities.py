"""Places, agencies and people a paragraph names, found from its capitalised names.

- A place follows "in": "held in Brussels", "On 27 September 2017 in The Hague".
- An agency is a name with an organisation word in it ("Federal Security Service",
  "Office of EU Counter-Terrorism Coordinator"), with a short name in brackets after it
  ("European Police Office (Europol)").
- A person is a name after a title ("Deputy Foreign Minister Oleg Syromolotov") or before
  one ("Pedro Serrano, Deputy Secretary General of …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopdesk.curate.text import name_runs, word_set, words

ORGANISATION_WORDS = word_set(
    "service office commission ministry agency council parliament police directorate "
    "directorate-general department committee bureau unit delegation organisation "
    "organization secretariat court authority centre center institute force guard point "
    "network prosecutor's procuracy inspectorate administration"
)
ROLE_WORDS = word_set(
    "minister deputy director director-general secretary general coordinator commissioner "
    "president vice-president ambassador chairman chair chairperson head chief "
    "representative spokesperson prosecutor judge officer adviser advisor envoy mayor "
    "governor undersecretary under-secretary counsellor attaché"
)
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "du", "da", "di", "la", "le", "bin"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
_SIDE_WORDS = (
    ("ru", re.compile(r"\b(?:Russia|Russian|Russia's)\b")),
    ("eu", re.compile(r"\b(?:EU|European|Europol)\b")),
    ("intl", re.compile(r"\b(?:International|Interpol|United Nations|UN)\b")),
)


@dataclass(frozen=True)
class Found:
    """A place, agency or person found in a paragraph: what it is and where."""

    kind: str  # "place", "agency" or "person"
    title: str
    start: int  # the span of the quote
    stop: int
    short: str | None = None
    role: str | None = None
    side: str | None = None


def side_of(text: str) -> str | None:
    """The side a phrase names, when it names exactly one ("Russian Ministry…" → "ru")."""
    sides = {side for side, pattern in _SIDE_WORDS if pattern.search(text)}
    return sides.pop() if len(sides) == 1 else None


def _lowers(text: str) -> list[str]:
    return [w.lower for w in words(text)]


def is_place_name(name: str) -> bool:
    lowered = _lowers(name)
    return 0 < len(lowered) <= 3 and not (set(lowered) & (ORGANISATION_WORDS | ROLE_WORDS))


def places(text: str) -> list[Found]:
    """Places after "in": "in Brussels", "in The Hague"."""
    found = []
    for start, stop in name_runs(text):
        if not re.search(r"\b[Ii]n[ \u00a0]$", text[max(0, start - 3) : start]):
            continue
        name = text[start:stop]
        if is_place_name(name) and not name[0].isdigit():
            found.append(Found("place", name, start, stop))
    return found


def agencies(text: str) -> list[Found]:
    """Names with an organisation word, with the article before and a short name after."""
    found = []
    for start, stop in name_runs(text):
        name = text[start:stop]
        lowered = _lowers(name)
        if not set(lowered) & ORGANISATION_WORDS:
            continue
        if lowered[0] in ROLE_WORDS:  # a title ("Deputy Director-General for …"), not a body
            continue
        before = text[:start].split()
        if before and before[-1].lower() in _DEMONSTRATIVES:
            continue
        quote_start, quote_stop, short = start, stop, None
        article = re.search(r"\b(?:the|The)[ \u00a0]$", text[:start])
        if article:
            quote_start = article.start()
        bracket = re.match(r"[ \u00a0]\(([A-Z][\w\-]{1,15})\)", text[stop:])
        if bracket:
            short = bracket.group(1)
            quote_stop = stop + bracket.end()
        found.append(
            Found("agency", name, quote_start, quote_stop, short=short, side=side_of(name))
        )
    return found


def _is_name(words_: list[str]) -> bool:
    """Two to four words that read as a person's name: "Gilles De Kerchove"."""
    if not 2 <= len(words_) <= 4:
        return False
    for index, word in enumerate(words_):
        lowered = word.lower()
        if lowered in ORGANISATION_WORDS or lowered in ROLE_WORDS:
            return False
        particle = lowered in NAME_PARTICLES and 0 < index < len(words_) - 1
        if not particle and not (word[0].isupper() and word[1:].islower() and word.isalpha()):
            return False
    return True


def people(text: str) -> list[Found]:
    """People named after their title or before it, each with the title as the role."""
    found: list[Found] = []
    for start, stop in name_runs(text):
        run = words(text, start, stop)
        tokens = [w.text for w in run]
        # "Deputy Foreign Minister Oleg Syromolotov": the title, then the name.
        last_role = max((i for i, t in enumerate(tokens) if t.lower() in ROLE_WORDS), default=-1)
        if last_role >= 0 and _is_name(tokens[last_role + 1 :]):
            name_start = run[last_role + 1].start
            role = text[start : run[last_role].stop]
            found.append(
                Found("person", text[name_start:stop], start, stop, role=role, side=side_of(role))
            )
            continue
        # "Pedro Serrano, Deputy Secretary General of …": the name, then the title.
        if last_role < 0 and _is_name(tokens):
            role_span = _role_after(text, stop)
            if role_span is not None:
                role = text[role_span[0] : role_span[1]]
                found.append(
                    Found(
                        "person", text[start:stop], start, role_span[1], role=role,
                        side=side_of(role),
                    )
                )  # fmt: skip
    return found


def _title_follows(text: str, stop: int) -> bool:
    """True when a comma and a title follow ``stop``: ", Deputy Secretary General of"."""
    if not text.startswith(", ", stop):
        return False
    first_words = [w.lower for w in words(text, stop + 2, min(len(text), stop + 82))][:5]
    return bool(set(first_words) & ROLE_WORDS)


def _role_after(text: str, stop: int) -> tuple[int, int] | None:
    """The title after a name and a comma, up to the next person, bracket or sentence end."""
    if not _title_follows(text, stop):
        return None
    start = stop + 2
    end = len(text)
    for match in re.finditer(r"[(;]|\.(?:\s|$)|,? and |, (?=[A-Z])", text[start:]):
        cut = start + match.start()
        if match.group() in ("(", ";") or match.group().startswith("."):
            end = cut
            break
        # ", European Commission" continues a title; ", Olivier Onidi, Deputy …" and
        # " and Gilles De Kerchove, EU … Coordinator" start the next person.
        run = next(iter(name_runs(text, start + match.end(), len(text))), None)
        if run is None or run[0] != start + match.end():
            continue
        tokens = [w.text for w in words(text, run[0], run[1])]
        if _is_name(tokens) and _title_follows(text, run[1]):
            end = cut
            break
    end = len(text[:end].rstrip())
    return (start, end) if end > start else None
