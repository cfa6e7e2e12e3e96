"""The records a curation already holds, as the Suggest pass and the draft forms see them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from coopdesk.build.fields import alias_name


@dataclass(frozen=True)
class Known:
    """An existing record: its id, kind, title and every name it goes by."""

    id: str
    kind: str
    title: str
    names: tuple[str, ...]  # title, short name and aliases, longest first
    side: str | None = None
    role: str | None = None
    date: str | None = None

    @classmethod
    def from_entry(cls, entry: Mapping[str, object]) -> Known | None:
        """A known record from a curation file's ``[[record]]`` table (None if unusable)."""
        rid, kind, title = entry.get("id"), entry.get("kind"), entry.get("title")
        if not (isinstance(rid, str) and isinstance(kind, str) and isinstance(title, str)):
            return None
        names = [title]
        short = entry.get("short")
        if isinstance(short, str):
            names.append(short)
        aliases = entry.get("aliases")
        if isinstance(aliases, list):
            names.extend(alias_name(a) for a in aliases if isinstance(a, str | dict))
        side, role, date = entry.get("side"), entry.get("role"), entry.get("date")
        return cls(
            id=rid,
            kind=kind,
            title=title,
            names=tuple(sorted({n for n in names if n.strip()}, key=len, reverse=True)),
            side=side if isinstance(side, str) else None,
            role=role if isinstance(role, str) else None,
            date=date if isinstance(date, str) else None,
        )


@dataclass(frozen=True)
class Mention:
    """Where a known record's name occurs in a text."""

    record: Known
    start: int
    stop: int


def _fold(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u2011", "-").replace("\u2013", "-")


def mentions(text: str, known: Iterable[Known], kinds: Iterable[str] = ()) -> list[Mention]:
    """Every place ``text`` names a known record, longest names first, never overlapping.

    Names are matched as whole words and case-sensitively ("EC" is not "ec"); a no-break
    space, a non-breaking hyphen or an en dash matches its plain form.
    """
    wanted = set(kinds)
    folded = _fold(text)
    candidates: list[tuple[int, int, Known]] = []
    for record in known:
        if wanted and record.kind not in wanted:
            continue
        for name in record.names:
            pattern = r"(?<!\w)" + re.escape(_fold(name)) + r"(?!\w)"
            for match in re.finditer(pattern, folded):
                candidates.append((match.start(), match.end(), record))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    found: list[Mention] = []
    for start, stop, record in sorted(candidates, key=lambda c: -(c[1] - c[0])):
        if any(start < m.stop and m.start < stop for m in found):
            continue
        found.append(Mention(record, start, stop))
    return sorted(found, key=lambda m: m.start)
