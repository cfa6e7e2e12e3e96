"""The contents tree as assistive technology sees it: rows that keep their identity.

Qt's own tree interface treats every expand or collapse as a reset of the whole model:
it deletes every row's interface (a reader hears each row removed and added again),
exposes the hidden header as a column header "1" and gives no nesting level. Here the
rows on screen, in the view's order, are tree items with a level, an expanded or
collapsed state and actions to open, close and choose them; opening or closing a group
sends a state change for that group's row and nothing else. Event rows name their
year, which the tree shows only in the group above them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget

from coopdesk.ui.accessibility.items import (
    PRESS,
    SET_FOCUS,
    TOGGLE,
    ChildItem,
    Registry,
    Role,
    Text,
    alive,
)
from coopdesk.ui.contents import ContentsView
from coopdesk.ui.treemodel import NodeKeyRole

Index = QModelIndex | QPersistentModelIndex


class ContentsRows(QObject):
    """The rows of one contents view in view order, their items and their events."""

    def __init__(self, view: ContentsView) -> None:
        super().__init__(view)
        self.setObjectName("contentsAccessibility")
        self.view = view
        self.registry = Registry(view, lambda key: RowItem(self, str(key)))
        self._keys: list[str] | None = None
        self._position: dict[str, int] = {}
        model = view.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._structure_changed)
        view.expanded.connect(lambda index: self._toggled(index, True))
        view.collapsed.connect(lambda index: self._toggled(index, False))
        selection = view.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self._selection_changed)
        view.installEventFilter(self)
        self._prune = QTimer(self)
        self._prune.setSingleShot(True)
        self._prune.setInterval(0)
        self._prune.timeout.connect(self._drop_gone)

    @staticmethod
    def of(view: ContentsView) -> ContentsRows | None:
        """The rows of ``view``; None while the view is being made and has no model yet."""
        found = view.findChild(ContentsRows, "contentsAccessibility")
        if found is None and view.model() is not None:
            found = ContentsRows(view)
        return found

    # ------------------------------------------------------------------ rows

    def _rows(self) -> list[str]:
        if self._keys is None:
            keys: list[str] = []
            model = self.view.model()
            index = model.index(0, 0)
            while index.isValid():
                keys.append(str(index.data(NodeKeyRole)))
                index = self.view.indexBelow(index)
            self._keys = keys
            self._position = {k: i for i, k in enumerate(keys)}
        return self._keys

    def count(self) -> int:
        return len(self._rows())

    def item(self, row: int) -> RowItem | None:
        keys = self._rows()
        return self.registry.get(keys[row]) if 0 <= row < len(keys) else None  # type: ignore[return-value]

    def row_of(self, key: str) -> int:
        self._rows()
        return self._position.get(key, -1)

    def index(self, key: str) -> QModelIndex:
        return self.view.tree_model.index_of_key(key)

    def item_of(self, index: Index) -> RowItem | None:
        if not index.isValid():
            return None
        key = str(index.data(NodeKeyRole))
        return self.registry.get(key) if self.row_of(key) >= 0 else None  # type: ignore[return-value]

    # ------------------------------------------------------------------ events

    def _structure_changed(self, *_args: Any) -> None:
        self._keys = None
        self._prune.start()

    def _drop_gone(self) -> None:
        if alive(self.view):
            model = self.view.tree_model
            self.registry.prune(
                k for k in self.registry.live_keys() if model.index_of_key(str(k)).isValid()
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            # Qt says the tree has the focus; say which row too, as the timeline does.
            QTimer.singleShot(0, self, lambda: self._current_changed(self.view.currentIndex()))
        return False

    def _send(self, kind: QAccessible.Event, index: QModelIndex) -> None:
        row = self.row_of(str(index.data(NodeKeyRole))) if index.isValid() else -1
        if row >= 0:
            event = QAccessibleEvent(self.view, kind)
            event.setChild(row)
            QAccessible.updateAccessibility(event)

    def _current_changed(self, current: QModelIndex, *_previous: Any) -> None:
        if QAccessible.isActive() and alive(self.view) and self.view.hasFocus():
            self._send(QAccessible.Event.Focus, current)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if not QAccessible.isActive():
            return
        for index in deselected.indexes():
            self._send(QAccessible.Event.SelectionRemove, index)
        for index in selected.indexes():
            self._send(QAccessible.Event.SelectionAdd, index)

    def _toggled(self, index: QModelIndex, expanded: bool) -> None:
        self._keys = None
        if not QAccessible.isActive():
            return
        item = self.item_of(index)
        if item is None:
            return
        changed = QAccessible.State()
        changed.expanded = True
        changed.collapsed = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(item, changed))


def _spoken(index: QModelIndex) -> str:
    """The row's accessible text; an event row under a year group gets its year."""
    text = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or "")
    parent_key = str(index.parent().data(NodeKeyRole) or "")
    if parent_key.startswith("year:"):
        year = parent_key[5:]
        # The label starts with the short date ("8 Feb"), then the place or the title.
        for mark in (" · ", " — "):
            head, found, tail = text.partition(mark)
            if found:
                return f"{head} {year}{mark}{tail}"
        return f"{text}, {year}"
    return text


def _level(index: QModelIndex) -> int:
    level = 0
    while index.isValid():
        level += 1
        index = index.parent()
    return level


class RowItem(ChildItem):
    """One row of the contents (role TreeItem), known by its node key."""

    def __init__(self, rows: ContentsRows, key: str) -> None:
        super().__init__(rows.view, key)
        self.rows = rows

    def _index(self) -> QModelIndex:
        return self.rows.index(self.key) if alive(self.rows) else QModelIndex()

    def present(self) -> bool:
        return self._index().isValid()

    def role(self) -> QAccessible.Role:
        return Role.TreeItem

    def text(self, t: QAccessible.Text) -> str:
        index = self._index()
        if not index.isValid():
            return ""
        if t == Text.Name:
            return _spoken(index)
        if t == Text.Description:
            node = self.rows.view.tree_model.node(index)
            tip = node.tooltip
            return "" if not tip or tip in node.label else tip
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        index = self._index()
        if not index.isValid():
            state.invalid = True
            return state
        view = self.rows.view
        state.selectable = True
        state.focusable = True
        state.selected = view.selectionModel().isSelected(index)
        state.focused = view.hasFocus() and view.currentIndex() == index
        if view.model().hasChildren(index):
            state.expandable = True
            state.expanded = view.isExpanded(index)
            state.collapsed = not state.expanded
        if self.rows.row_of(self.key) < 0:
            state.invisible = True  # inside a closed group
        elif not view.visualRect(index).intersects(view.viewport().rect()):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        index = self._index()
        if not index.isValid():
            return QRect()
        view = self.rows.view
        box = view.visualRect(index)
        return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size())

    def attributes(self) -> dict[QAccessible.Attribute, Any]:
        return {QAccessible.Attribute.Level: _level(self._index())}

    def actions(self) -> dict[str, Callable[[], None]]:
        index = self._index()
        acts = {PRESS: self._choose, SET_FOCUS: self._focus}
        if index.isValid() and self.rows.view.model().hasChildren(index):
            acts[TOGGLE] = self._toggle
        return acts

    def _choose(self) -> None:
        index = self._index()
        if index.isValid():
            self.rows.view.setCurrentIndex(index)
            self.rows.view.activated.emit(index)

    def _focus(self) -> None:
        index = self._index()
        if index.isValid():
            self.rows.view.setFocus()
            self.rows.view.setCurrentIndex(index)

    def _toggle(self) -> None:
        index = self._index()
        if index.isValid():
            self.rows.view.setExpanded(index, not self.rows.view.isExpanded(index))


class ContentsAccessible(QAccessibleWidget):
    """The contents pane: a tree whose children are the rows shown, in order."""

    def __init__(self, view: ContentsView) -> None:
        super().__init__(view, Role.Tree, "")
        self._view = view

    def _rows(self) -> ContentsRows | None:
        return ContentsRows.of(self._view) if alive(self._view) else None

    def childCount(self) -> int:
        rows = self._rows()
        return rows.count() if rows is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        rows = self._rows()
        return rows.item(index) if rows is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        rows = self._rows()
        if rows is None or not isinstance(child, RowItem):
            return -1
        return rows.row_of(child.key)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        rows = self._rows()
        if rows is None:
            return None
        viewport = self._view.viewport()
        return rows.item_of(self._view.indexAt(viewport.mapFromGlobal(QPoint(x, y))))

    def focusChild(self) -> QAccessibleInterface | None:
        rows = self._rows()
        if rows is None or not self._view.hasFocus():
            return None
        return rows.item_of(self._view.currentIndex())


def make(obj: Any) -> ContentsAccessible | None:
    return ContentsAccessible(obj) if isinstance(obj, ContentsView) else None
