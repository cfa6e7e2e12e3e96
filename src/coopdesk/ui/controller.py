"""The browser's state: the open database, the filters, the current place and history.

Widgets never query the database: they ask the controller, which asks the data layer
and announces results through signals. One current place is shared by every pane.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from coopdesk.browse import History, Place, Snapshot, snapshot
from coopdesk.errors import CoopDeskError, DatabaseError
from coopdesk.i18n import translate
from coopdesk.model import (
    DatedRecord,
    DocumentText,
    Entity,
    Filters,
    Meta,
    RecordDetail,
    RecordRef,
)
from coopdesk.store import Store


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (queued: it lives there)."""

    done = Signal(int, object)  # generation, Snapshot
    failed = Signal(int, str)  # generation, message


class _SnapshotJob(QRunnable):
    """One filter change on a large database, run on its own read-only connection."""

    def __init__(
        self, controller: Controller, path: Path, filters: Filters, limit: int, generation: int
    ) -> None:
        super().__init__()
        self.controller, self.path, self.filters = controller, path, filters
        self.limit, self.generation = limit, generation
        self.store: Store | None = None

    def run(self) -> None:
        # A newer request has been made while this one waited: the latest wins.
        if self.generation != self.controller.generation:
            return
        try:
            with Store(self.path) as store:
                self.store = store
                self.controller.running_job = self
                result = snapshot(store, self.filters, self.limit)
        except CoopDeskError as exc:
            self._send(self.controller.relay.failed, str(exc))
            return
        finally:
            self.store = None
            self.controller.running_job = None
        self._send(self.controller.relay.done, result)

    def _send(self, signal: object, value: object) -> None:
        # RuntimeError: the window closed while this ran, nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.generation, value)  # type: ignore[attr-defined]


class Controller(QObject):
    """Above ``LARGE`` dated records the database counts as large: each filter change runs
    off the GUI thread, and only the first ``LIMIT`` records are listed and drawn."""

    LARGE = 20_000
    LIMIT = 2_000

    databaseChanged = Signal()  # a database was opened (or closed)
    snapshotChanged = Signal(object)  # Snapshot
    recordShown = Signal(object)  # RecordDetail
    sourceShown = Signal(object, int, str)  # DocumentText, paragraph, quote
    historyChanged = Signal(bool, bool)  # can go back, can go forward
    problem = Signal(str)  # a message for the status bar
    busy = Signal(bool)  # a filter change is being worked out off the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.filters = Filters()
        self.snapshot: Snapshot | None = None
        self.history = History()
        self.all_records: list[DatedRecord] = []
        self.agencies: list[Entity] = []
        self.offences: list[Entity] = []
        self.meta: Meta | None = None
        self.current: RecordDetail | None = None
        self._refs: dict[str, RecordRef | None] = {}
        self.running_job: _SnapshotJob | None = None
        self.large = False
        self.generation = 0
        self.relay = _Relay(self)
        self.relay.done.connect(self._on_done)
        self.relay.failed.connect(self._on_failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    # ------------------------------------------------------------------ database

    def open_database(self, path: Path) -> None:
        """Open ``path``; on failure raise DatabaseError and keep what was open."""
        store = Store(path)
        try:
            large = store.total_dated() > self.LARGE
            # A large collection is never loaded whole: the timeline draws each snapshot.
            all_records = [] if large else store.dated(Filters())
            agencies = store.entities("agency")
            offences = store.entities("offence")
            meta = store.meta()
        except CoopDeskError:
            store.close()
            raise
        if self.store is not None:
            self.store.close()
        self.store = store
        self.large = large
        self.all_records, self.agencies, self.offences, self.meta = (
            all_records,
            agencies,
            offences,
            meta,
        )
        self.history = History()
        self.current = None
        self._refs.clear()
        self.historyChanged.emit(False, False)
        self.databaseChanged.emit()
        self.set_filters(self.filters, force=True)

    # ------------------------------------------------------------------ filters

    def set_filters(self, filters: Filters, *, force: bool = False) -> None:
        if self.store is None or (filters == self.filters and not force):
            return
        # Filters restored from settings may name records another database lacks.
        filters = self.store.known_filters(filters)
        self.filters = filters
        self.generation += 1
        if self.large:
            self.busy.emit(True)
            job = _SnapshotJob(self, self.store.path, filters, self.LIMIT, self.generation)
            self.pool.start(job)
            return
        try:
            self.snapshot = snapshot(self.store, filters)
        except DatabaseError as exc:
            self.problem.emit(str(exc))
            return
        self._publish(self.snapshot)

    def shutdown(self) -> None:
        """Closing: forget the filter change being worked out, without waiting for it."""
        self.generation += 1
        self.pool.clear()
        job = self.running_job
        if job is not None and job.store is not None:
            job.store.interrupt()

    def store_path(self) -> Path:
        """The open database's file, for work that opens its own connection."""
        if self.store is None:
            raise DatabaseError(translate("Controller", "no database is open."))
        return self.store.path

    def ref(self, record_id: str) -> RecordRef | None:
        """Title and kind of a record, or None when the open database lacks it (cached)."""
        if self.store is None:
            return None
        if record_id not in self._refs:
            try:
                self._refs[record_id] = self.store.record(record_id).ref
            except CoopDeskError:
                self._refs[record_id] = None
        return self._refs[record_id]

    @Slot(int, object)
    def _on_done(self, generation: int, result: Snapshot) -> None:
        if generation != self.generation:
            return  # a newer request is on its way
        self.busy.emit(False)
        self.snapshot = result
        self._publish(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.busy.emit(False)
            self.problem.emit(message)

    def _publish(self, result: Snapshot) -> None:
        if result.error:
            self.problem.emit(result.error)
        self.snapshotChanged.emit(result)

    # ------------------------------------------------------------------ places

    def show_record(self, record_id: str) -> None:
        self._go(Place(record_id=record_id))

    def show_source(self, document_id: str, paragraph: int, quote: str = "") -> None:
        self._go(Place(document_id=document_id, paragraph=paragraph, quote=quote))

    def show_citation(self, document_id: str, paragraph: int, index: int) -> None:
        """Show the source at the current record's citation number ``index``."""
        quote = ""
        citations = self.current.all_citations() if self.current is not None else []
        if 0 <= index < len(citations):
            quote = citations[index].quote
        self.show_source(document_id, paragraph, quote)

    def back(self) -> None:
        place = self.history.back()
        if place is not None:
            self._show(place)

    def forward(self) -> None:
        place = self.history.forward()
        if place is not None:
            self._show(place)

    def _go(self, place: Place) -> None:
        if self.store is None or place == self.history.current:
            return
        if self._show(place):
            self.history.visit(place)
            self.historyChanged.emit(self.history.can_back(), self.history.can_forward())

    def _show(self, place: Place) -> bool:
        assert self.store is not None
        try:
            if place.record_id is not None:
                self.current = self.store.record(place.record_id)
                self.recordShown.emit(self.current)
            elif place.document_id is not None:
                doc: DocumentText = self.store.document(place.document_id)
                self.sourceShown.emit(doc, place.paragraph, place.quote)
        except CoopDeskError as exc:
            self.problem.emit(str(exc))
            return False
        self.historyChanged.emit(self.history.can_back(), self.history.can_forward())
        return True
