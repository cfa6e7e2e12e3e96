"""Work off the window's thread where only the latest request matters.

Every edit asks for a new check and a new preview build; a build takes most of a second,
and the curator may make three edits in that time. ``LatestWins`` runs one job at a time
on a thread of its own; a job that a newer request has overtaken is skipped before it
starts, and the result of one overtaken while running is dropped on arrival. Only plain
values cross threads: the job gets frozen inputs and returns a frozen result, and the
result comes back through a queued signal, so widgets are touched only on their thread.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from coopdesk.errors import CoopDeskError


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
    crashed = Signal(str)


class _Job(QRunnable):
    def __init__(self, owner: LatestWins, generation: int | None, job: Callable[[], Any]) -> None:
        super().__init__()
        self.owner, self.generation, self.job = owner, generation, job

    def run(self) -> None:
        if self.generation is None:  # clean-up: nobody waits for its result
            self.job()
            return
        if self.generation != self.owner.generation:
            return  # overtaken while it waited: the newer request will run instead
        relay = self.owner.relay
        try:
            result = self.job()
        except CoopDeskError as exc:
            self._emit(relay.failed, self.generation, str(exc))
        except Exception:  # a bug: shown by the crash handler on the window's thread
            self._emit(relay.crashed, traceback.format_exc())
        else:
            self._emit(relay.done, self.generation, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        # RuntimeError: the window closed while this ran; nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class LatestWins(QObject):
    """Runs jobs one at a time off the GUI thread; only the latest request's result counts."""

    done = Signal(object)  # the latest job's result
    failed = Signal(str)  # the latest job's CoopDeskError, as a sentence
    crashed = Signal(str)  # a bug in a job: its traceback
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._running = False
        self.relay = _Relay(self)
        self.relay.done.connect(self._on_done)
        self.relay.failed.connect(self._on_failed)
        self.relay.crashed.connect(self._on_crashed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def request(self, job: Callable[[], Any]) -> None:
        """Run ``job`` (which must only read values no other thread changes)."""
        self.generation += 1
        if not self._running:
            self._running = True
            self.busy.emit(True)
        self._pool.start(_Job(self, self.generation, job))

    def pending(self) -> bool:
        return self._running

    def then(self, job: Callable[[], Any]) -> None:
        """Run ``job`` after whatever is queued, its result ignored (clean-up at close)."""
        self._pool.start(_Job(self, None, job))

    def forget(self) -> None:
        """Drop the result of whatever is queued or running (the window is closing)."""
        self.generation += 1
        if self._running:
            self._finish()

    @Slot(int, object)
    def _on_done(self, generation: int, result: object) -> None:
        if generation == self.generation:
            self._finish()
            self.done.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self._finish()
            self.failed.emit(message)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        self._finish()
        self.crashed.emit(details)

    def _finish(self) -> None:
        self._running = False
        self.busy.emit(False)
