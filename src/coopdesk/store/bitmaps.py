"""Facet counts of any set of records, such as the matches of a search, without a scan.

``facet_bitmaps`` holds, for every agency, offence type, year and source document, the
dated records it covers as a bitmap over ``records.rowid`` (bit r set: the record whose
rowid is r), the same for agencies and offence types by stated links only (Stated only),
and one bitmap of all dated records. Counting a facet under a search is then a few
big-integer ANDs and popcounts; only the search's own matches are read, as one string of
row ids. The build and synth write the table with ``fill``; the format is defined here
alone. Beside the bitmaps, one row ('year_of', '') holds each rowid's year (two bytes
each, little-endian; 0 for undated records): a few matches count their years from it.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from coopdesk.model import Filters
from coopdesk.schema import DATED_KINDS

DATED = ", ".join(f"'{k}'" for k in DATED_KINDS)
Counts = dict[str, int]

_SOURCES = (
    ("dated", f"SELECT rowid, '' FROM records WHERE kind IN ({DATED})"),
    ("year", f"SELECT rowid, year FROM records WHERE kind IN ({DATED})"),
    (
        "agency",
        "SELECT r.rowid, ra.agency_id FROM record_agencies ra "
        "JOIN records r ON r.id = ra.record_id",
    ),
    (
        "offence",
        "SELECT r.rowid, ro.offence_id FROM record_offences ro "
        "JOIN records r ON r.id = ro.record_id",
    ),
    ("document", f"SELECT rowid, document_id FROM records WHERE kind IN ({DATED})"),
    # The same, by stated links only: what Stated only counts.
    (
        "agency_stated",
        "SELECT r.rowid, ra.agency_id FROM record_agencies ra "
        "JOIN records r ON r.id = ra.record_id WHERE ra.basis = 'stated'",
    ),
    (
        "offence_stated",
        "SELECT r.rowid, ro.offence_id FROM record_offences ro "
        "JOIN records r ON r.id = ro.record_id WHERE ro.basis = 'stated'",
    ),
)


# Up to this many matches, their years are counted one by one from 'year_of' instead of
# by a pass over every year's bitmap (a hundred popcounts of 125 kB at a million records).
SPARSE = 20_000


def fill(conn: sqlite3.Connection) -> None:
    """Write facet_bitmaps from records and the facet tables (build and synth)."""
    top = conn.execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0]
    size = (top >> 3) + 1
    year_of = array("H", bytes(2 * (top + 1)))
    for rowid, year in conn.execute(_SOURCES[1][1]):
        year_of[rowid] = year
    if sys.byteorder == "big":
        year_of.byteswap()
    rows: list[tuple[str, str, bytes]] = [("year_of", "", year_of.tobytes())]
    for dimension, sql in _SOURCES:
        maps: dict[str, bytearray] = {}
        for rowid, value in conn.execute(sql):
            bits = maps.setdefault(str(value), bytearray(size))
            bits[rowid >> 3] |= 1 << (rowid & 7)
        rows += [(dimension, value, bytes(bits)) for value, bits in sorted(maps.items())]
    conn.executemany("INSERT INTO facet_bitmaps (dimension, value, bits) VALUES (?, ?, ?)", rows)


def ids_to_bits(ids: str, size: int) -> int:
    """A bitmap of the row ids in ``ids`` ("3,17,42": SQLite's group_concat of rowid).

    A few ids set their bits one by one; many set them through C loops (map over a
    bytearray of digits, read by int(…, 2)), whose cost is the bitmap's width.
    """
    if not ids:
        return 0
    numbers = ids.split(",")
    if len(numbers) * 16 < size:
        bits = bytearray((size >> 3) + 1)
        for rowid in map(int, numbers):
            bits[rowid >> 3] |= 1 << (rowid & 7)
        return int.from_bytes(bits, "little")
    digits = bytearray(b"0") * size
    for _ in map(digits.__setitem__, map(int, numbers), repeat(ord("1"))):
        pass
    digits.reverse()  # int(…, 2) reads the most significant bit first
    return int(digits, 2)


@dataclass(frozen=True)
class Bitmaps:
    """The bitmaps of one database, read once."""

    size: int  # bits: the largest rowid of records, plus one
    dated: int
    years: dict[int, int]
    agencies: dict[str, int]
    offences: dict[str, int]
    year_of: array[int]  # each rowid's year
    documents: dict[str, int] = field(default_factory=dict)
    stated_agencies: dict[str, int] = field(default_factory=dict)
    stated_offences: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]], size: int) -> Bitmaps:
        maps: dict[str, dict[str, int]] = {
            "dated": {}, "year": {}, "agency": {}, "offence": {},
            "agency_stated": {}, "offence_stated": {}, "document": {},
        }  # fmt: skip
        year_of = array("H")
        for dimension, value, bits in rows:
            if dimension == "year_of":
                year_of.frombytes(bits)
                if sys.byteorder == "big":
                    year_of.byteswap()
            else:
                maps.setdefault(dimension, {})[value] = int.from_bytes(bits, "little")
        return cls(
            size=size,
            dated=maps["dated"].get("", 0),
            years={int(y): b for y, b in maps["year"].items()},
            agencies=maps["agency"],
            offences=maps["offence"],
            year_of=year_of,
            documents=maps["document"],
            stated_agencies=maps["agency_stated"],
            stated_offences=maps["offence_stated"],
        )

    def _maps(self, filters: Filters) -> tuple[dict[str, int], dict[str, int]]:
        """The agencies' and offence types' bitmaps: by stated links only under Stated only."""
        if filters.stated_only:
            return self.stated_agencies, self.stated_offences
        return self.agencies, self.offences

    def _all(self, maps: dict[str, int], wanted: Sequence[str]) -> int:
        bits = self.dated
        for value in wanted:
            bits &= maps.get(value, 0)
        return bits

    def _documents(self, filters: Filters) -> int:
        """The dated records of any of the documents chosen (all without a choice)."""
        if not filters.documents:
            return self.dated
        bits = 0
        for document in filters.documents:
            bits |= self.documents.get(document, 0)
        return bits

    def _years(self, filters: Filters) -> int:
        if filters.year_from is None and filters.year_to is None:
            return self.dated
        low = filters.year_from if filters.year_from is not None else -(10**9)
        high = filters.year_to if filters.year_to is not None else 10**9
        bits = 0
        for year, each in self.years.items():
            if low <= year <= high:
                bits |= each
        return bits

    def mask(self, filters: Filters) -> int:
        """The dated records that the filters but the text leave."""
        agencies, offences = self._maps(filters)
        keep = self._all(agencies, filters.agencies) & self._documents(filters)
        return keep & self._all(offences, filters.offences) & self._years(filters)

    def count(self, matches: int, filters: Filters) -> int:
        """How many dated records among ``matches`` the other filters leave."""
        return (matches & self.mask(filters)).bit_count()

    def keeper(self, filters: Filters) -> Callable[[int], bool]:
        """Does the record with this rowid pass the filters but the text? Undated ones do."""
        width = (self.size >> 3) + 1
        dated = self.dated.to_bytes(width, "little")
        kept = self.mask(filters).to_bytes(width, "little")

        def keep(rowid: int) -> bool:
            byte, bit = rowid >> 3, 1 << (rowid & 7)
            return not dated[byte] & bit or bool(kept[byte] & bit)

        return keep

    def facets(
        self, matches: int, filters: Filters, ids: Sequence[int] | None = None
    ) -> tuple[Counts, Counts, Counts]:
        """Counts by agency, offence type and year among ``matches``; each dimension
        counted under the other filters only, as the facets are. ``ids``: the rowids of
        ``matches``, when the caller has them (a few are counted one by one)."""
        agency_maps, offence_maps = self._maps(filters)
        agencies = self._all(agency_maps, filters.agencies)
        offences = self._all(offence_maps, filters.offences)
        years = self._years(filters)
        base = matches & self.dated & self._documents(filters)
        under = base & agencies & offences
        if ids is not None and len(ids) <= SPARSE and self.year_of:
            by_year = self._years_of(under, ids)
        else:
            by_year = _counts(under, {str(y): b for y, b in self.years.items()})
        return (
            _counts(base & offences & years, agency_maps),
            _counts(base & agencies & years, offence_maps),
            by_year,
        )

    def _years_of(self, under: int, ids: Sequence[int]) -> Counts:
        kept = under.to_bytes((self.size >> 3) + 1, "little")
        year_of = self.year_of
        out: Counts = {}
        for rowid in ids:
            if kept[rowid >> 3] >> (rowid & 7) & 1:
                year = str(year_of[rowid])
                out[year] = out.get(year, 0) + 1
        return out


def _counts(under: int, maps: dict[str, int]) -> Counts:
    out = {}
    for value, bits in maps.items():
        both = under & bits  # cheap; counting its bits is not, so empty ones are skipped
        if both:
            out[value] = both.bit_count()
    return out
