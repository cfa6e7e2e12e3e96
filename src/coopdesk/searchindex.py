"""What the full-text index holds of a record, field by field (no SQL, no Qt).

One ``RecordText`` per record: the build writes its ``columns()`` into ``records_fts``
(see schema.py), and the search reads the same fields back to show where a record
matched (``pieces()``), so the index and the snippets cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.render import human_date

# Pieces of different fields are joined with a line break: a separator to the index.
_JOIN = "\n"


@dataclass(frozen=True)
class RecordText:
    """The words of one record that search looks at."""

    id: str
    title: str
    short_name: str | None = None
    aliases: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()  # the record's own citations, as the document words them
    role: str | None = None
    context: str | None = None
    date: str | None = None  # ISO; indexed as people write it ("27 September 2017")
    place: str | None = None  # the title of its place
    # Names of the records it links to (its participants, offence types, …) and of its
    # parent; not of the records linking to it, which would put "Europol" in everything
    # the Agreement touches.
    linked: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Its other names, and its date as people write it: what it is known by."""
        return _unique([self.short_name or "", *self.aliases, human_date(self.date)])

    @property
    def facts(self) -> tuple[str, ...]:
        return _unique([self.role or "", self.context or "", self.place or ""])

    def columns(self) -> tuple[str, str, str, str]:
        """The four indexed columns: title, names, text, linked (schema.RECORDS_FTS)."""
        return (
            self.title,
            _JOIN.join(self.names),
            _JOIN.join((*self.quotes, *self.facts)),
            _JOIN.join(_unique(self.linked)),
        )

    def pieces(self) -> list[tuple[str, str]]:
        """(label, text) of every field, in the order a snippet looks for a match: the
        record's own words first, the names of linked records last."""
        out = [("quote", q) for q in self.quotes]
        when = human_date(self.date)
        others = [n for n in self.names if n != when]
        if others:
            out.append(("names", "Also called " + ", ".join(others)))
        if when:
            out.append(("date", when))
        out += [("fact", f) for f in self.facts]
        out.append(("title", self.title))
        linked = _unique(self.linked)
        if linked:
            out.append(("linked", "Linked to " + " · ".join(linked)))
        return out


def _unique(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
