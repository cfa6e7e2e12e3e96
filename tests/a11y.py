"""Reading the window as assistive technology does, in-process: for tests, not the app.

``QAccessible::installUpdateHandler`` is how Qt's own accessibility tests see every event
a platform bridge (AT-SPI on Linux) would receive. PySide6 does not wrap it, so it is
called here through ctypes on the QtGui library PySide6 loaded; each event is copied into
a plain ``Heard`` record while it is alive. While the handler is installed no platform
bridge receives events, which is what an offscreen test wants.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)

Event = QAccessible.Event
Role = QAccessible.Role
Text = QAccessible.Text

_STATES = (
    "disabled", "selected", "focusable", "focused", "checked", "readOnly", "expandable",
    "expanded", "collapsed", "invisible", "offscreen", "selectable", "linked", "multiLine",
    "editable", "selectableText", "active",
)  # fmt: skip


def states(state: QAccessible.State) -> set[str]:
    """The names of the states that are set, as a set: {'focusable', 'selected'}."""
    return {name for name in _STATES if getattr(state, name)}


@dataclass
class Heard:
    """One accessibility event as a bridge received it."""

    type: QAccessible.Event
    object: QObject | None
    child: int
    name: str = ""  # the name of the interface the event is about, when it has one
    role: QAccessible.Role | None = None
    message: str = ""  # announcements
    politeness: QAccessible.AnnouncementPoliteness | None = None
    changed: set[str] = field(default_factory=set)  # state changes


class Listener:
    """Every accessibility event from installation on, kept in ``events``."""

    def __init__(self) -> None:
        self.events: list[Heard] = []
        self._callback = _HANDLER(self._on_event)
        _install(self._callback)

    def _on_event(self, pointer: int) -> None:
        probe = shiboken6.wrapInstance(pointer, QAccessibleEvent)
        kind = probe.type()
        # Shiboken keeps one wrapper per address: forget this one to wrap it as its class.
        shiboken6.invalidate(probe)
        event = shiboken6.wrapInstance(pointer, _CLASSES.get(kind, QAccessibleEvent))
        heard = Heard(kind, None, event.child())
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.message = event.message()
            heard.politeness = event.politeness()
        elif isinstance(event, QAccessibleStateChangeEvent):
            heard.changed = states(event.changedStates())
        if kind in _ASKED:
            # Only events the window sends about finished objects: asking about an object
            # still being built would leave Python a wrapper of the wrong class.
            heard.object = event.object()
            iface = event.accessibleInterface()
            if iface is not None and iface.isValid():
                heard.name = iface.text(Text.Name)
                heard.role = iface.role()
        self.events.append(heard)
        shiboken6.invalidate(event)

    def clear(self) -> None:
        self.events.clear()

    def of(self, kind: QAccessible.Event) -> list[Heard]:
        return [e for e in self.events if e.type == kind]

    def announcements(self) -> list[str]:
        return [e.message for e in self.of(Event.Announcement)]


_CLASSES = {
    Event.Announcement: QAccessibleAnnouncementEvent,
    Event.StateChanged: QAccessibleStateChangeEvent,
}
_ASKED = {
    Event.Focus,
    Event.Announcement,
    Event.StateChanged,
    Event.Selection,
    Event.SelectionAdd,
    Event.ObjectReorder,
}
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


def _install(callback: object) -> None:
    library = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
    qtgui = ctypes.CDLL(str(library))
    install = qtgui._ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE
    install.restype = ctypes.c_void_p
    install.argtypes = [_HANDLER]
    install(callback)


_listener: Listener | None = None


def listen() -> Iterator[Listener]:
    """The session's listener, active and emptied for one test; inactive afterwards."""
    global _listener
    if _listener is None:
        _listener = Listener()
    _listener.clear()
    QAccessible.setActive(True)
    try:
        yield _listener
    finally:
        QAccessible.setActive(False)
        _listener.clear()


# ---------------------------------------------------------------------- walking interfaces


def iface(obj: QObject) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(obj)
    assert found is not None, f"no accessible interface for {obj!r}"
    return found


def children(parent: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [parent.child(i) for i in range(parent.childCount())]


def names(parent: QAccessibleInterface) -> list[str]:
    return [c.text(Text.Name) for c in children(parent)]


def walk(root: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield root
    for child in children(root):
        if child is not None:
            yield from walk(child)


def find(root: QAccessibleInterface, role: QAccessible.Role, name: str) -> QAccessibleInterface:
    for node in walk(root):
        if node.role() == role and node.text(Text.Name) == name:
            return node
    raise AssertionError(f"no {role.name} named {name!r}")
