"""The list of a drop-down box as assistive technology sees it: entries that say when
they cannot be chosen.

Qt's own interface for a list reports every entry as enabled, whatever the model says,
so a reader offers group headings and choices that would leave nothing as if they could
be picked. Here each entry of a box's list is a list item with the model's accessible
text ("Europol, European Union, 4 records"), disabled when the model disables it, and
checked when it is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractItemView, QAccessibleWidget, QComboBox

from coopdesk.ui.accessibility.items import SET_FOCUS, ChildItem, Registry, Role, Text, alive


def box_of(view: QObject) -> QComboBox | None:
    """The box whose drop-down list ``view`` is, if it is one."""
    if not isinstance(view, QAbstractItemView):
        return None
    container = view.parentWidget()
    box = container.parentWidget() if container is not None else None
    return box if isinstance(box, QComboBox) else None


class EntryItem(ChildItem):
    """One entry of a box's list (role ListItem), known by its row."""

    def __init__(self, view: QAbstractItemView, row: int) -> None:
        super().__init__(view, row)
        self.view = view

    def _index(self) -> QModelIndex:
        if not alive(self.view) or self.view.model() is None:
            return QModelIndex()
        box = box_of(self.view)
        column = box.modelColumn() if box is not None else 0
        return self.view.model().index(int(self.key), column, self.view.rootIndex())  # type: ignore[call-overload]

    def present(self) -> bool:
        return self._index().isValid()

    def role(self) -> QAccessible.Role:
        return Role.ListItem

    def text(self, t: QAccessible.Text) -> str:
        index = self._index()
        if not index.isValid():
            return ""
        if t == Text.Name:
            spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
            return str(spoken or index.data() or "").strip()
        if t == Text.Description:
            return str(index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        index = self._index()
        if not index.isValid():
            state.invalid = True
            return state
        flags = index.flags()
        if not flags & Qt.ItemFlag.ItemIsEnabled:
            state.disabled = True
        elif flags & Qt.ItemFlag.ItemIsSelectable:
            state.selectable = True
            state.focusable = True
        view = self.view
        state.selected = view.selectionModel().isSelected(index)
        state.focused = view.hasFocus() and view.currentIndex() == index
        check = index.data(Qt.ItemDataRole.CheckStateRole)
        if check is not None:
            state.checkable = True
            state.checked = check in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if not view.visualRect(index).intersects(view.viewport().rect()):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        index = self._index()
        if not index.isValid():
            return QRect()
        box = self.view.visualRect(index)
        return QRect(self.view.viewport().mapToGlobal(box.topLeft()), box.size())

    def actions(self) -> dict[str, Callable[[], None]]:
        index = self._index()
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return {}
        return {SET_FOCUS: lambda: self.view.setCurrentIndex(self._index())}


class BoxListAccessible(QAccessibleWidget):
    """A box's drop-down list: one child per entry, in the model's order."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view, Role.List, "")
        self._view = view
        self.registry = Registry(view, lambda row: EntryItem(view, int(row)))  # type: ignore[call-overload]

    def _rows(self) -> int:
        if not alive(self._view) or self._view.model() is None:
            return 0
        return int(self._view.model().rowCount(self._view.rootIndex()))

    def childCount(self) -> int:
        rows = self._rows()
        self.registry.prune(range(rows), announce=False)  # entries gone with a refill
        return rows

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.registry.get(index) if 0 <= index < self._rows() else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if not isinstance(child, EntryItem) or not child.present():
            return -1
        return int(child.key)  # type: ignore[call-overload]

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        if not alive(self._view):
            return None
        index = self._view.indexAt(self._view.viewport().mapFromGlobal(QPoint(x, y)))
        return self.child(index.row()) if index.isValid() else None

    def focusChild(self) -> QAccessibleInterface | None:
        if not alive(self._view) or not self._view.hasFocus():
            return None
        current = self._view.currentIndex()
        return self.child(current.row()) if current.isValid() else None


def make(obj: Any) -> BoxListAccessible | None:
    return BoxListAccessible(obj) if box_of(obj) is not None else None
