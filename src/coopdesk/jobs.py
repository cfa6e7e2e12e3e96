"""Progress and cancellation for work that grows with the data (no Qt).

A long job (an export, a briefing pack) takes a ``Progress`` and calls ``step`` as it
goes. The window's operations hand it one that reports to a progress dialog and raises
``Cancelled`` once the person has pressed Cancel; the command line hands it ``QUIET``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

REPORT_EVERY_S = 0.05  # at most twenty reports a second reach the window


class Cancelled(Exception):
    """The person cancelled the job; whatever it was making is thrown away."""


class Progress:
    """Reports how far a job has come and stops it when it is cancelled."""

    def __init__(
        self,
        report: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._report = report
        self._cancelled = cancelled
        self._last = 0.0

    def check(self) -> None:
        """Raise ``Cancelled`` if the person has cancelled."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def step(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` units so far; raises ``Cancelled`` when cancelled."""
        self.check()
        if self._report is None:
            return
        now = time.monotonic()
        if done >= total or now - self._last >= REPORT_EVERY_S:
            self._last = now
            self._report(done, total, text)


QUIET = Progress()
