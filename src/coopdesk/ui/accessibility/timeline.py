"""The timeline as assistive technology sees it: a list with one item per marker or cluster.

The pane paints everything itself, so Qt alone would expose one opaque element. Here the
pane's public ``frame()`` and ``data`` become a list (role List) whose items (role
ListItem) are the marks on screen in reading order, named like "3 October 2001, summit:
Russia–EU Summit", described by their lane and whether the filters leave them out, with
the selected and focused states, their rectangle and a press action. Items keep their
identity while their mark is on screen; moving with ← and → moves the focus to the new
item, which is what a screen reader speaks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from coopdesk.graphics.timeline import qrect
from coopdesk.timeline.layout import Mark, mark_at
from coopdesk.timeline.spoken import (
    MarkKey,
    holds,
    key_of,
    mark_counting,
    mark_description,
    mark_holding,
    mark_name,
    reading_order,
)
from coopdesk.ui.accessibility.items import PRESS, ChildItem, Registry, Role, Text, alive
from coopdesk.ui.timeline import TimelineView


class TimelineMarks(QObject):
    """The marks of one timeline pane in reading order, their items, and their events.

    A child of the pane (found with ``of``), so it lives exactly as long as the pane.
    """

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.setObjectName("timelineAccessibility")
        self.view = view
        self.registry = Registry(view, lambda key: MarkItem(self, key))  # type: ignore[arg-type]
        self._frame: object = None
        self._marks: list[Mark] = []
        self._keys: list[MarkKey] = []
        self._position: dict[MarkKey, int] = {}
        self._said_current: str | None = None
        self._said_name = ""
        self._said_keys: list[MarkKey] = []
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._notify)
        view.frameChanged.connect(self._pending.start)
        view.installEventFilter(self)

    @staticmethod
    def of(view: TimelineView) -> TimelineMarks:
        found = view.findChild(TimelineMarks, "timelineAccessibility")
        return found if found is not None else TimelineMarks(view)

    # ------------------------------------------------------------------ reading the frame

    def _update(self) -> None:
        frame = self.view.frame()
        if frame is not self._frame:
            data = self.view.data
            self._frame = frame
            self._marks = reading_order(frame)
            self._keys = [key_of(data, m) for m in self._marks]
            self._position = {k: i for i, k in enumerate(self._keys)}

    def count(self) -> int:
        self._update()
        return len(self._marks)

    def item(self, index: int) -> MarkItem | None:
        self._update()
        if 0 <= index < len(self._keys):
            return self.registry.get(self._keys[index])  # type: ignore[return-value]
        return None

    def index_of(self, key: Hashable) -> int:
        self._update()
        return self._position.get(key, -1)  # type: ignore[arg-type]

    def mark(self, key: Hashable) -> Mark | None:
        index = self.index_of(key)
        return self._marks[index] if index >= 0 else None

    def current(self) -> int | None:
        record_id = self.view.current_id()
        return None if record_id is None else self.view.data.index.get(record_id)

    def current_key(self) -> MarkKey | None:
        current, elsewhere = self.current(), self.view.current_elsewhere()
        if current is not None:
            mark = mark_holding(self.view.frame(), self.view.data, current)
        elif elsewhere is not None:  # counted from afar, not on hand
            mark = mark_counting(self.view.frame(), self.view.data, elsewhere)
        else:
            return None
        return None if mark is None else key_of(self.view.data, mark)

    def item_at(self, local: QPoint) -> MarkItem | None:
        mark = mark_at(self.view.frame(), local.x(), local.y())
        if mark is None:
            return None
        index = self.index_of(key_of(self.view.data, mark))
        return self.item(index) if index >= 0 else None

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            self._said_current = None  # say where the focus landed, even if unchanged
            self._pending.start()
        return False

    def _notify(self) -> None:
        """After the pane changed: drop items that left, tell about the focus and selection."""
        if not alive(self.view) or not QAccessible.isActive():
            return
        self._update()
        if self._keys != self._said_keys:
            self._said_keys = list(self._keys)
            if self.registry.prune(self._keys):
                event = QAccessibleEvent(self.view, QAccessible.Event.ObjectReorder)
                QAccessible.updateAccessibility(event)
        current = self.view.current_id()
        key = self.current_key()
        if key is None:
            self._said_current = current
            return
        index = self._position[key]
        item = self.item(index)
        name = item.text(Text.Name) if item is not None else ""
        if current == self._said_current and name == self._said_name:
            return
        moved = current != self._said_current
        self._said_current, self._said_name = current, name
        if not moved:
            self._send(QAccessible.Event.NameChanged, index)
        self._send(QAccessible.Event.Selection, index)
        if self.view.hasFocus():
            self._send(QAccessible.Event.Focus, index)

    def _send(self, kind: QAccessible.Event, child: int) -> None:
        event = QAccessibleEvent(self.view, kind)
        event.setChild(child)
        QAccessible.updateAccessibility(event)


class MarkItem(ChildItem):
    """One marker or cluster of the timeline (role ListItem)."""

    def __init__(self, marks: TimelineMarks, key: MarkKey) -> None:
        super().__init__(marks.view, key)
        self.marks = marks

    def _mark(self) -> Mark | None:
        if not alive(self.marks):
            return None
        return self.marks.mark(self.key)

    def present(self) -> bool:
        return self._mark() is not None

    def role(self) -> QAccessible.Role:
        return Role.ListItem

    def text(self, t: QAccessible.Text) -> str:
        mark = self._mark()
        if mark is None:
            return ""
        if t == Text.Name:
            view = self.marks.view
            return mark_name(view.data, mark, self.marks.current(), view.current_elsewhere())
        if t == Text.Description:
            return mark_description(mark)
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        mark = self._mark()
        if mark is None:
            state.invalid = True
            return state
        current = self.marks.current()
        if (
            holds(self.marks.view.data, mark, current)
            if current is not None
            else self.key == self.marks.current_key()
        ):
            state.selected = True
            state.focused = self.marks.view.hasFocus()
        return state

    def rect(self) -> QRect:
        mark = self._mark()
        if mark is None:
            return QRect()
        box = qrect(mark.box).toAlignedRect()
        return QRect(self.marks.view.mapToGlobal(box.topLeft()), box.size())

    def actions(self) -> dict[str, Callable[[], None]]:
        return {PRESS: self._press}

    def _press(self) -> None:
        mark = self._mark()
        if mark is not None:
            self.marks.view.activate_mark(mark)


class TimelineAccessible(QAccessibleWidget):
    """The timeline pane: a list of its marks (name and description from the pane)."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view, Role.List, "")
        self._view = view

    @property
    def marks(self) -> TimelineMarks | None:
        # Made on first use: Qt may ask for this interface while the pane is being built.
        return TimelineMarks.of(self._view) if alive(self._view) else None

    def childCount(self) -> int:
        marks = self.marks
        return marks.count() if marks is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        marks = self.marks
        return marks.item(index) if marks is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        marks = self.marks
        if marks is None or not isinstance(child, MarkItem):
            return -1
        return marks.index_of(child.key)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        marks = self.marks
        return None if marks is None else marks.item_at(self._view.mapFromGlobal(QPoint(x, y)))

    def focusChild(self) -> QAccessibleInterface | None:
        marks = self.marks
        if marks is None or not self._view.hasFocus():
            return None
        key = marks.current_key()
        return None if key is None else marks.registry.get(key)  # type: ignore[return-value]

    def state(self) -> QAccessible.State:
        state = super().state()
        state.focusable = True
        return state


def make(obj: Any) -> TimelineAccessible | None:
    return TimelineAccessible(obj) if isinstance(obj, TimelineView) else None
