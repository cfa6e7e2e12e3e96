"""The read-only data layer: typed queries over a CoopDesk database.

All SQL of the application lives in this package. User text reaches SQL only as bound
parameters; callers get the value types of ``coopdesk.model``, never cursors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar, cast

from coopdesk.errors import NotFound
from coopdesk.jobs import QUIET, Progress
from coopdesk.model import (
    DatedRecord,
    DocumentText,
    Entity,
    Facets,
    Filters,
    Meta,
    RecordDetail,
    SearchHit,
)
from coopdesk.store import bitmaps as _bitmap_files
from coopdesk.store import dates as _dates
from coopdesk.store import facets as _facets
from coopdesk.store import names as _names
from coopdesk.store import records as _records
from coopdesk.store import rows as _rows
from coopdesk.store import search as _search
from coopdesk.store.bitmaps import Bitmaps, ids_to_bits
from coopdesk.store.connection import Connection
from coopdesk.store.where import cube_keys
from coopdesk.textsearch import parse

__all__ = ["Store"]

T = TypeVar("T")


class Store:
    """A read-only connection to one CoopDesk database."""

    def __init__(self, path: Path | str) -> None:
        self._conn = Connection(path)
        self.path = self._conn.path
        self._entities: dict[str, list[Entity]] = {}
        self._cache: dict[str, object] = {}
        self._titles: list[tuple[str, str]] | None = None
        self._bitmaps: Bitmaps | None = None
        self._size = 0  # the largest rowid of records, plus one: the width of a bitmap
        # The last search expression, its matches as bits, and their rowids when few.
        self._matches: tuple[str, int, list[int] | None] = ("", 0, None)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, worked out once per open store (the database never changes)."""
        if key not in self._cache:
            self._cache[key] = compute()
        return cast(T, self._cache[key])

    # ------------------------------------------------------------------ the collection

    def meta(self) -> Meta:
        values = {r["key"]: r["value"] for r in self._conn.query("SELECT key, value FROM meta")}
        return Meta(
            schema_version=int(values.get("schema_version", 0)),
            builder_version=values.get("builder_version", ""),
            source_sha256=values.get("source_sha256", ""),
            data_as_of=values.get("data_as_of", ""),
            documents=tuple(self.documents()),
        )

    def documents(self) -> list[DocumentText]:
        return _records.documents(self._conn)

    def document_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every document (read once per store)."""
        if self._titles is None:
            self._titles = _records.document_titles(self._conn)
        return list(self._titles)

    def document(self, document_id: str) -> DocumentText:
        for doc in self.documents():
            if doc.id == document_id:
                return doc
        raise NotFound(f"no document '{document_id}' in {self.path.name}.")

    def latest_dates(self) -> dict[str, str]:
        """The latest date each document reports (a document carries no date of its own)."""
        return _records.latest_dates(self._conn)

    # ------------------------------------------------------------------ records

    def total_dated(self) -> int:
        return self.count_dated(Filters())

    def count_dated(self, filters: Filters) -> int:
        if cube_keys(filters) is not None:
            return _records.count_dated(self._conn, filters)
        return self.bitmaps().count(self._candidates(filters), filters)

    def dated(self, filters: Filters | None = None, limit: int | None = None) -> list[DatedRecord]:
        """The dated records (events and instruments) the filters leave, in date order;
        the first ``limit`` of them when a limit is given."""
        filters = filters or Filters()
        probe = False
        if limit is not None and cube_keys(filters) is not None:
            # When the filters keep a large share, walking the date index and checking each
            # record finds the first page sooner than gathering all matches and sorting.
            probe = self.count_dated(filters) * 20 > self.total_dated()
        return _records.dated(self._conn, filters, limit, probe=probe)

    def month_counts(self, filters: Filters) -> list[_dates.MonthCount]:
        """How many dated records of each kind each month holds under ``filters``."""
        return _dates.month_counts(self._conn, filters)

    def day_counts(self, filters: Filters, first: str, last: str) -> list[_dates.DayCount]:
        """Per day and kind from ``first`` to ``last``: all records and those shown."""
        return _dates.day_counts(self._conn, filters, first, last)

    def dated_between(
        self, filters: Filters, first: str, last: str, limit: int
    ) -> list[tuple[DatedRecord, bool]]:
        """The dated records from ``first`` to ``last`` (ISO dates) in date order, at most
        ``limit``, each with whether ``filters`` keep it."""
        return _dates.dated_between(self._conn, filters, first, last, limit)

    def page(
        self,
        filters: Filters,
        kinds: tuple[str, ...],
        year: int | None,
        after: _dates.Cursor | None,
        limit: int,
        *,
        backwards: bool = False,
    ) -> list[tuple[DatedRecord, _dates.Cursor]]:
        """The next records of ``kinds`` (in ``year``) that the filters leave, in date
        order after ``after`` (or before it, latest first): keyset paging, so a page
        costs the same wherever it starts."""
        probe = False
        if cube_keys(filters) is not None and (filters.agencies or filters.offences):
            # Checking records in date order until a page is found reads about
            # limit × total / count of them; gathering the matches first reads count of
            # them and sorts them: the first wins once count² > limit × total.
            count = self.count_dated(filters)
            probe = count * count > limit * self.total_dated()
        return _dates.page(
            self._conn, filters, kinds, year, after, limit, probe=probe, backwards=backwards
        )

    def position(self, record_id: str) -> tuple[DatedRecord, _dates.Cursor] | None:
        """A dated record and its place in date order (None for an undated one)."""
        return _dates.position(self._conn, record_id)

    def extent(self) -> tuple[str, str] | None:
        """The first and last date of the dated records (None when there are none)."""
        return _dates.extent(self._conn)

    def nearest_dates(self, date: str) -> tuple[str | None, str | None]:
        """The last date of a record before ``date`` and the first after it."""
        return _dates.last_before(self._conn, date), _dates.first_after(self._conn, date)

    def entities(self, kind: str) -> list[Entity]:
        """Every undated record of one kind, in curation order (read once per store)."""
        if kind not in self._entities:
            self._entities[kind] = _records.entities(self._conn, kind)
        return list(self._entities[kind])

    def involved(self, filters: Filters) -> set[str]:
        """Ids of the undated records linked to the dated records the filters leave."""
        return _records.involved(self._conn, filters)

    def record(self, record_id: str) -> RecordDetail:
        return _records.record(self._conn, record_id)

    def details(self, record_ids: Sequence[str], progress: Progress = QUIET) -> list[RecordDetail]:
        """Every record of ``record_ids`` in full, in that order, reporting progress.

        Read in batches (a few queries per five hundred records, not per record); an id
        that is not in the database raises NotFound.
        """
        out: list[RecordDetail] = []
        total = len(record_ids)
        for start in range(0, total, _records.BATCH):
            progress.step(start, total)
            chunk = record_ids[start : start + _records.BATCH]
            found = _records.details(self._conn, chunk)
            if len(found) != len(chunk):
                missing = next(i for i in chunk if i not in {d.id for d in found})
                raise NotFound(f"no record '{missing}'.")
            out.extend(found)
        progress.step(total, total)
        return out

    def csv_lines(
        self, filters: Filters, words: _rows.RowWords, progress: Progress = QUIET
    ) -> Iterator[list[_rows.Line]]:
        """The CSV line (without its line end) of each dated record the filters leave, in
        date order, in batches of (id, filter basis, line), reporting progress: from the
        cells the build wrote when they were made with these words, else assembled now.
        A line is None when the record has none stored (to be made from it in full)."""
        made_by = self._conn.scalar(
            "SELECT value FROM meta WHERE key = ?", (_rows.FINGERPRINT_KEY,)
        )
        total, done = self.count_dated(filters), 0
        if made_by == _rows.fingerprint(words):
            batches = _rows.stored(self._conn, filters, self.total_dated())
        else:
            batches = self._assembled(filters, words)
        for batch in batches:
            progress.step(done, total)
            done += len(batch)
            yield batch
        progress.step(total, total)

    def _assembled(self, filters: Filters, words: _rows.RowWords) -> Iterator[list[_rows.Line]]:
        records = _records.dated(self._conn, filters, None, probe=False)
        for start in range(0, len(records), _rows.CHUNK):
            chunk = records[start : start + _rows.CHUNK]
            cells = {
                n: (head, tail)
                for n, head, tail in _rows.assembled(
                    self._conn, [r.id for r in chunk], words, stated_only=filters.stated_only
                )
            }
            yield [
                (r.id, r.basis, f'{cells[n][0]},"{r.basis}",{cells[n][1]}' if n in cells else None)
                for n, r in enumerate(chunk)
            ]

    def interrupt(self) -> None:
        """Stop a query running on another thread (it raises DatabaseError there)."""
        self._conn.interrupt()

    # ------------------------------------------------------------------ facets and search

    def facets(self, filters: Filters | None = None) -> Facets:
        """For each choice of each filter, how many records it would leave.

        A dimension's counts take the other filters into account, not its own, so each
        count is what choosing that value instead would show.
        """
        filters = filters or Filters()
        counted = stated = None
        if cube_keys(filters) is None:
            few = None
            if filters.text.strip():
                few = self._matched(parse(filters.text).fts() or "")[2]
            bitmaps, candidates = self.bitmaps(), self._candidates(filters)
            counted = bitmaps.facets(candidates, filters, few)
            if not filters.stated_only:  # how many of each count only inferred links give
                stated = bitmaps.facets(candidates, replace(filters, stated_only=True), few)
        return _facets.facets(
            self._conn, filters, self.entities("agency"), self.entities("offence"),
            counted, stated, self.document_titles(),
        )  # fmt: skip

    def counts_within(self, filters: Filters, dimension: str) -> dict[str, int]:
        """For each agency ("agencies") or offence type ("offences"), how many of the
        records the filters leave involve it: what choosing it as well would leave.

        The facets count a dimension under the other filters only (choosing a value
        instead); once a value is chosen, a further one narrows to records involving both.
        """
        bitmaps = self.bitmaps()
        kept = self._candidates(filters) & bitmaps.mask(filters)
        agencies, offences = bitmaps._maps(filters)  # by stated links only under Stated only
        values = agencies if dimension == "agencies" else offences
        return {value: (kept & bits).bit_count() for value, bits in values.items() if kept & bits}

    def bitmaps(self) -> Bitmaps:
        """The facet bitmaps, read at the first need (about 20 MB at a million records)."""
        if self._bitmaps is None:
            rows = self._conn.query("SELECT dimension, value, bits FROM facet_bitmaps")
            self._bitmaps = Bitmaps.from_rows(rows, self._width())
        return self._bitmaps

    def _width(self) -> int:
        if not self._size:
            self._size = int(
                self._conn.query("SELECT coalesce(max(rowid), 0) + 1 FROM records")[0][0]
            )
        return self._size

    def _matching(self, expr: str) -> int:
        """The records an FTS5 expression matches, as bits; the last one is kept, since
        one search asks for its count, its facets and its hits."""
        return self._matched(expr)[1]

    def _matched(self, expr: str) -> tuple[str, int, list[int] | None]:
        cached = self._matches  # read once: another thread may replace it
        if cached[0] != expr:
            if expr:
                self._conn.check_search_index()  # a damaged index finds less, silently
            ids = _search.match_ids(self._conn, expr) if expr else ""
            bits = ids_to_bits(ids, self._width())
            few = None
            if ids and bits.bit_count() <= _bitmap_files.SPARSE:
                few = [int(i) for i in ids.split(",")]
            cached = self._matches = (expr, bits, few)
        return cached

    def _candidates(self, filters: Filters) -> int:
        """The dated records the search text leaves (all of them without text), as bits."""
        bitmaps = self.bitmaps()
        if not filters.text.strip():
            return bitmaps.dated
        return self._matching(parse(filters.text).fts() or "") & bitmaps.dated

    def search(
        self, text: str, limit: int = 100, filters: Filters | None = None
    ) -> list[SearchHit]:
        """Full-text search over every record and every source paragraph, best first.

        With ``filters``, events and instruments outside them (agency, offence type,
        years) are left out; records of other kinds and paragraphs are not.
        """
        expr = parse(text).fts()
        if expr is None:
            return []
        keep = None
        if filters is not None and not filters.without("text").is_empty:
            keep = self.bitmaps().keeper(filters)
        return _search.search(self._conn, text, limit, self._matching(expr).bit_count(), keep)

    def search_counts(self, filters: Filters) -> tuple[int, int]:
        """How many records and how many source paragraphs the search text finds, the
        events and instruments among them within the other filters (as ``search``)."""
        expr = parse(filters.text).fts()
        if expr is None:
            return 0, 0
        bitmaps = self.bitmaps()
        matches = self._matching(expr)
        records = (matches & ~bitmaps.dated).bit_count() + bitmaps.count(matches, filters)
        return records, _search.paragraph_count(self._conn, expr)

    # ------------------------------------------------------------------ names users type

    def resolve_agency(self, name: str) -> str:
        """The id of the agency called ``name`` (full name, short name, alias or id)."""
        return _names.resolve_agency(self._conn, name)

    def resolve_offence(self, value: str) -> str:
        """The id of the offence type numbered ``value`` or named by its words."""
        return _names.resolve_offence(self.entities("offence"), value)

    def resolve_filters(
        self,
        *,
        agencies: Sequence[str] = (),
        offences: Sequence[str] = (),
        year: int | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        text: str = "",
        stated_only: bool = False,
        documents: Sequence[str] = (),
    ) -> Filters:
        """Filters from names, numbers and years as a person typed them, each checked."""
        filters = _names.resolve_filters(
            self._conn,
            self.entities("offence"),
            agencies=agencies,
            offence_names=offences,
            year=year,
            year_from=year_from,
            year_to=year_to,
            text=text,
            stated_only=stated_only,
        )
        if not documents:
            return filters
        ids = tuple(_names.resolve_document(self.document_titles(), d) for d in documents)
        return replace(filters, documents=tuple(dict.fromkeys(ids)))

    def known_filters(self, filters: Filters) -> Filters:
        """``filters`` without the agencies and offence types this database does not have
        (filters restored from settings may come from another database)."""
        agencies = {a.id for a in self.entities("agency")}
        offences = {o.id for o in self.entities("offence")}
        documents = {d for d, _title in self.document_titles()}
        # replace(), not Filters(…): every other field (stated_only…) is kept as it is.
        return replace(
            filters,
            agencies=tuple(a for a in filters.agencies if a in agencies),
            offences=tuple(o for o in filters.offences if o in offences),
            documents=tuple(d for d in filters.documents if d in documents),
        )
