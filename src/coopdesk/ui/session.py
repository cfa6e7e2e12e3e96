"""The window's state across runs, the reader's place in each page, and how a run ends.

``WindowState`` restores and saves the geometry, the splitters, the timeline's options
and the last filters in QSettings. ``end_gracefully`` makes a SIGTERM, SIGINT or SIGHUP
and the end of the desktop session save everything as a normal quit does: the note
being typed, the last view, the window's state.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QObject, QSettings, QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollBar, QSplitter

from coopdesk.browse import Place
from coopdesk.model import Filters

# 2: the timeline as tall as its lanes and the note folded; older splitter states are
# left behind so that the new layout shows.
SETTINGS_VERSION = 2


class WindowState:
    """The window's layout and last filters in QSettings (nothing when there are none)."""

    def __init__(self, settings: QSettings | None, window: QMainWindow,
                 splitters: dict[str, QSplitter]) -> None:  # fmt: skip
        self.settings = settings
        self.window = window
        self.splitters = splitters  # by settings key

    def first_size(self) -> None:
        """A first start fills most of the screen (later starts restore the last size)."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            space = screen.availableGeometry()
            self.window.resize(
                min(1440, int(space.width() * 0.9)), min(900, int(space.height() * 0.9))
            )

    def restore(self) -> bool:
        """Bring back the geometry and the splitters; False on a first start."""
        s = self.settings
        if s is None:
            return False
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        try:
            version = int(str(s.value("version", 0)))
        except ValueError:
            version = 0
        if version < SETTINGS_VERSION:
            return False
        for key, splitter in self.splitters.items():
            value = s.value(f"window/{key}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        return isinstance(geometry, QByteArray)

    def flag(self, key: str, default: bool) -> bool:
        if self.settings is None:
            return default
        return self.settings.value(key, default) not in (False, "false")

    def filters(self) -> Filters:
        if self.settings is None:
            return Filters()
        return Filters.from_json(str(self.settings.value("filters/last", "{}")))

    def save(self, filters: Filters, flags: dict[str, bool]) -> None:
        s = self.settings
        if s is None:
            return
        s.setValue("version", SETTINGS_VERSION)
        s.setValue("window/geometry", self.window.saveGeometry())
        s.setValue("window/state", self.window.saveState())
        for key, splitter in self.splitters.items():
            s.setValue(f"window/{key}", splitter.saveState())
        for key, value in flags.items():
            s.setValue(key, value)
        s.setValue("filters/last", filters.to_json())
        s.sync()


class ReadingPlaces:
    """Where the reader was in each place (record or passage), by the detail view's
    scroll position: going back or forward returns there, a new visit starts afresh."""

    def __init__(self, bar: QScrollBar) -> None:
        self._bar = bar
        self._positions: dict[Place, int] = {}
        self._place: Place | None = None
        self._returning = False

    @contextmanager
    def returning(self) -> Iterator[None]:
        """Around going back or forward."""
        self._returning = True
        try:
            yield
        finally:
            self._returning = False

    def leave_for(self, place: Place) -> None:
        if self._place is not None:
            self._positions[self._place] = self._bar.value()
        self._place = place

    def arrived(self) -> None:
        """Once the new place is shown: back where the reader was, when returning."""
        if self._returning and self._place in self._positions:
            self._bar.setValue(self._positions[self._place])


class _Ending(QObject):
    """Wakes Qt's event loop when a signal arrives, so its Python handler runs at once."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        self.notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            while self._read.recv(64):
                pass
        except OSError:
            pass


def end_gracefully(app: QApplication, save: Callable[[], None]) -> None:
    """On SIGTERM, SIGINT or SIGHUP save and quit; at the end of the session, save."""
    if getattr(app, "_coopdesk_ending", None) is not None:
        return
    app._coopdesk_ending = _Ending(app)  # type: ignore[attr-defined]

    def on_signal(_number: int, _frame: object) -> None:
        save()
        app.quit()

    for number in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
        if number is not None:
            signal.signal(number, on_signal)
    app.commitDataRequest.connect(lambda _manager: save())
