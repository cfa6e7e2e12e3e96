"""The browser's state: the open database, the filters, the current place and history.

Widgets never query the database: they ask the controller, which asks the data layer
and announces results through signals. One current place is shared by every pane.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from coopdesk.browse import (
    History,
    Node,
    Place,
    Snapshot,
    fetch_more,
    group_of,
    snapshot,
    step,
)
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
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.source import Window, content


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (queued: it lives there)."""

    done = Signal(object, object)  # token, Snapshot
    timeline = Signal(object, object)  # token, TimelineData
    failed = Signal(object, str)  # token, message


class _Job(QRunnable):
    """One query on a large database, run off the GUI thread on the worker's connection."""

    def __init__(
        self,
        controller: Controller,
        work: Callable[[Store], object],
        signal: object,
        *,
        look: bool = False,
    ) -> None:
        super().__init__()
        self.controller, self.work, self.signal, self.look = controller, work, signal, look
        self.token = controller.token()

    def run(self) -> None:
        controller = self.controller
        # A newer request has been made while this one waited: the latest wins. A snapshot
        # is for its filters; a closer look for its filters and its days.
        if not controller.is_current(self.token, look=self.look):
            return
        try:
            store = controller.worker_store()
            controller.running_store = store
            result = self.work(store)
        except CoopDeskError as exc:
            self._send(controller.relay.failed, str(exc))
            return
        finally:
            controller.running_store = None
        self._send(self.signal, result)

    def _send(self, signal: object, value: object) -> None:
        # RuntimeError: the window closed while this ran, nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.token, value)  # type: ignore[attr-defined]


class Controller(QObject):
    """Above ``LARGE`` dated records the database counts as large: each filter change and
    each closer look at the timeline runs off the GUI thread, on a connection of its own
    that stays open (its cache stays warm). Nothing holds every record: the tree lists a
    page at a time and the timeline draws counts from afar."""

    LARGE = 20_000

    databaseChanged = Signal()  # a database was opened (or closed)
    snapshotChanged = Signal(object)  # Snapshot
    timelineChanged = Signal(object)  # TimelineData: a closer look at the same filters
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
        self.agencies: list[Entity] = []
        self.offences: list[Entity] = []
        self.meta: Meta | None = None
        self.current: RecordDetail | None = None
        self._refs: dict[str, RecordRef | None] = {}
        self.running_store: Store | None = None
        self._worker: Store | None = None  # used on the worker thread only
        self.large = False
        self.generation = 0  # of the filters asked for
        self.looks = 0  # of the timeline's closer looks
        self.window: Window | None = None  # the days the timeline looks at closely
        self.relay = _Relay(self)
        self.relay.done.connect(self._on_done)
        self.relay.timeline.connect(self._on_timeline)
        self.relay.failed.connect(self._on_failed)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # one thread kept: starting one per change costs

    # ------------------------------------------------------------------ database

    def open_database(self, path: Path) -> None:
        """Open ``path``; on failure raise DatabaseError and keep what was open."""
        store = Store(path)
        try:
            large = store.total_dated() > self.LARGE
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
        self.agencies, self.offences, self.meta = agencies, offences, meta
        self.window = None
        self.history = History()
        self.current = None
        self._refs.clear()
        self.historyChanged.emit(False, False)
        self.databaseChanged.emit()
        self.set_filters(self.filters, force=True)

    def worker_store(self) -> Store:
        """The worker thread's own connection to the open database (opened once)."""
        path = self.store_path()
        if self._worker is None or self._worker.path != path:
            if self._worker is not None:
                self._worker.close()
            self._worker = Store(path)
        return self._worker

    # ------------------------------------------------------------------ filters

    def set_filters(self, filters: Filters, *, force: bool = False) -> None:
        if self.store is None or (filters == self.filters and not force):
            return
        # Filters restored from settings may name records another database lacks.
        filters = self.store.known_filters(filters)
        self.filters = filters
        self.generation += 1
        window = self.window
        if self.large:
            self.busy.emit(True)
            self.pool.start(
                _Job(self, lambda store: snapshot(store, filters, window), self.relay.done)
            )
            return
        try:
            self.snapshot = snapshot(self.store, filters, window)
        except DatabaseError as exc:
            self.problem.emit(str(exc))
            return
        self._publish(self.snapshot)

    def look_closer(self, window: Window | None) -> None:
        """The timeline looks at these days closely (None: from afar): read them off the
        GUI thread and send them with ``timelineChanged``."""
        if window == self.window or self.store is None:
            return
        self.window = window
        if not self.large:
            return  # a small collection comes whole with each snapshot
        filters = self.filters
        self.looks += 1
        self.pool.start(
            _Job(
                self,
                lambda store: content(store, filters, window),
                self.relay.timeline,
                look=True,
            )
        )

    # The tree's pager: the next page of a dated group, and where a record is listed.

    def more(self, node: Node) -> list[Node]:
        if self.store is None:
            return []
        try:
            return fetch_more(self.store, node)
        except CoopDeskError as exc:
            self.problem.emit(str(exc))
            return []

    def step(self, record_id: str | None, direction: int) -> None:
        """Show the record after (+1) or before (-1) this one among those the filters
        leave (the timeline's arrow keys, beyond the records it has on hand)."""
        if self.store is None:
            return
        try:
            found = step(self.store, self.filters, record_id, direction)
        except CoopDeskError as exc:
            self.problem.emit(str(exc))
            return
        if found is not None:
            self.show_record(found)

    def group_of(self, record_id: str) -> str | None:
        if self.store is None:
            return None
        try:
            return group_of(self.store, record_id)
        except CoopDeskError:
            return None

    def token(self) -> tuple[int, int]:
        """What a job's answer must match to be shown: the same filters (and look)."""
        return self.generation, self.looks

    def is_current(self, token: tuple[int, int], *, look: bool) -> bool:
        return token == self.token() if look else token[0] == self.generation

    def dated(self, detail: RecordDetail) -> DatedRecord | None:
        """When and of which kind a record shown in full is (None for an undated one)."""
        if detail.ref.date is None:
            return None
        return DatedRecord(detail.id, detail.kind, detail.title, detail.ref.date, detail.year or 0)

    def shutdown(self) -> None:
        """Closing: forget the work in hand, without waiting for it."""
        self.generation += 1
        self.pool.clear()
        store = self.running_store
        if store is not None:
            store.interrupt()

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

    @Slot(object, object)
    def _on_done(self, token: tuple[int, int], result: Snapshot) -> None:
        if not self.is_current(token, look=False):
            return  # a newer request is on its way
        self.busy.emit(False)
        self.snapshot = result
        self._publish(result)

    @Slot(object, object)
    def _on_timeline(self, token: tuple[int, int], data: TimelineData) -> None:
        if self.is_current(token, look=True):
            self.timelineChanged.emit(data)

    @Slot(object, str)
    def _on_failed(self, token: tuple[int, int], message: str) -> None:
        if self.is_current(token, look=False):
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
