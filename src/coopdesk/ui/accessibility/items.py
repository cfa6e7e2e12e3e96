"""Accessible children that have no widget of their own: a marker, a tree row, a link.

Qt identifies such a child by its interface object, so each must stay the same object
for as long as the thing it stands for exists ("stable between calls"), and must be
removed from Qt's cache when that thing goes. ``Registry`` keeps them by key, registers
each with Qt when it is made and deletes it through Qt when it is pruned, so Python and
Qt never disagree about who owns it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
Text = QAccessible.Text
PRESS = QAccessibleActionInterface.pressAction()
TOGGLE = QAccessibleActionInterface.toggleAction()
SET_FOCUS = QAccessibleActionInterface.setFocusAction()


def alive(obj: Any) -> bool:
    """Whether a Qt object (or interface) still has its C++ side."""
    return obj is not None and shiboken6.isValid(obj)


class ChildItem(QAccessibleInterface, QAccessibleActionInterface, QAccessibleAttributesInterface):
    """A child of a widget's accessible interface, drawn or laid out by that widget.

    Subclasses give the role, texts, state and rectangle; actions and attributes are
    optional. ``owner`` is the widget; ``key`` is what the item stands for.
    """

    def __init__(self, owner: QWidget, key: Hashable) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self.owner = owner
        self.key = key
        self.retiring = False  # being removed: valid only for the event that says so

    # ------------------------------------------------------------------ for subclasses

    def present(self) -> bool:
        """Whether what the item stands for is still there."""
        return True

    def actions(self) -> dict[str, Callable[[], None]]:
        return {}

    def attributes(self) -> dict[QAccessible.Attribute, Any]:
        return {}

    # ------------------------------------------------------------------ QAccessibleInterface

    def isValid(self) -> bool:
        return alive(self.owner) and (self.retiring or self.present())

    def object(self) -> QObject | None:
        return None

    def window(self) -> Any:
        return self.owner.window().windowHandle() if alive(self.owner) else None

    def parent(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.owner) if alive(self.owner) else None

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def rect(self) -> QRect:
        return QRect()

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        # Python multiple inheritance gives one C++ object per Qt base; hand Qt the one
        # it asks for, in the order of the bases above.
        pointers = shiboken6.getCppPointer(self)
        if kind == QAccessible.InterfaceType.ActionInterface and self.actions():
            return shiboken6.VoidPtr(pointers[1])
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return shiboken6.VoidPtr(pointers[2])
        return shiboken6.VoidPtr(0)

    # ------------------------------------------------------------------ actions

    def actionNames(self) -> list[str]:
        return list(self.actions()) if self.isValid() else []

    def doAction(self, name: str) -> None:
        action = self.actions().get(name) if self.isValid() else None
        if action is not None:
            action()

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []

    # ------------------------------------------------------------------ attributes

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return list(self.attributes()) if self.isValid() else []

    def attributeValue(self, key: QAccessible.Attribute) -> Any:
        return self.attributes().get(key) if self.isValid() else None


class Registry:
    """The live child items of one widget, by key; made on demand, deleted through Qt."""

    def __init__(self, owner: QWidget, make: Callable[[Hashable], ChildItem]) -> None:
        self._make = make
        self._items: dict[Hashable, tuple[ChildItem, int]] = {}
        # The items die with their widget: nothing may outlive it in Qt's cache.
        owner.destroyed.connect(self.clear)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> ChildItem:
        entry = self._items.get(key)
        if entry is None or not alive(entry[0]):
            item = self._make(key)
            entry = (item, QAccessible.registerAccessibleInterface(item))
            self._items[key] = entry
        return entry[0]

    def existing(self, key: Hashable) -> ChildItem | None:
        entry = self._items.get(key)
        return entry[0] if entry is not None and alive(entry[0]) else None

    def live_keys(self) -> list[Hashable]:
        return list(self._items)

    def prune(self, keep: Iterable[Hashable], *, announce: bool = True) -> list[Hashable]:
        """Delete every item whose key is not in ``keep``; says which keys went."""
        wanted = set(keep)
        gone = [key for key in self._items if key not in wanted]
        for key in gone:
            item, uid = self._items.pop(key)
            if alive(item):
                if announce and QAccessible.isActive():
                    item.retiring = True
                    QAccessible.updateAccessibility(
                        QAccessibleEvent(item, QAccessible.Event.ObjectDestroyed)
                    )
                QAccessible.deleteAccessibleInterface(uid)
        return gone

    def clear(self) -> None:
        self.prune((), announce=False)
