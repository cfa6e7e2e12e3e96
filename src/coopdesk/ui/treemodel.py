"""The tree pane's model: a thin QAbstractItemModel over plain ``browse.Node`` objects.

A filter change does not reset the model: the new tree is merged into the one on screen
with exact remove/insert signals, so the selection and the expanded groups survive.
Dated groups list their records a page at a time: ``canFetchMore``/``fetchMore`` ask the
``Pager`` for the next page (keyset paging in the data layer), so a group of a hundred
thousand records costs a page, not a hundred thousand nodes.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from coopdesk.browse import Node
from coopdesk.ui.plain import tooltip
from coopdesk.ui.style import kind_icon

RecordIdRole = Qt.ItemDataRole.UserRole + 1
NodeKeyRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
REVEAL_UP_TO = 2_000  # records listed at most to bring one record into view


class Pager(Protocol):
    """Reads the next page of a dated group, and which group lists a record."""

    def more(self, node: Node) -> list[Node]: ...

    def group_of(self, record_id: str) -> str | None: ...


_TOP = QModelIndex()  # the invisible root, as a default argument


def _adopt(node: Node, parent: Node | None) -> Node:
    node.parent = parent
    for child in node.children:
        _adopt(child, node)
    return node


class TreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node(key="root", label="")
        self._by_key: dict[str, Node] = {}
        self._by_record: dict[str, list[Node]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.pager: Pager | None = None

    # ------------------------------------------------------------------ structure

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        children = self.node(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root or parent.parent is None:
            return QModelIndex()
        return self.createIndex(parent.parent.children.index(parent), 0, parent)

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 1

    def hasChildren(self, parent: Index = _TOP) -> bool:
        # A dated group not listed yet has children all the same: the view shows it can
        # be opened, and opening it lists them.
        node = self.node(parent)
        return bool(node.children) or (node.page is not None and node.remaining > 0)

    def canFetchMore(self, parent: Index) -> bool:
        node = self.node(parent)
        return self.pager is not None and node.page is not None and node.remaining > 0

    def fetchMore(self, parent: Index) -> None:
        """Qt asks as a group opens (and as it lays it out): list its first page if it
        lists nothing yet. The next pages come with ``fetch_next``, which the view calls
        when a group's last listed row comes on screen."""
        if not self.node(parent).children:
            self.fetch_next(parent)

    def fetch_next(self, parent: Index) -> None:
        """List the next page of a dated group."""
        node = self.node(parent)
        if not self.canFetchMore(parent):
            return
        assert self.pager is not None
        nodes = self.pager.more(node)
        if not nodes:
            return
        first = len(node.children)
        self.beginInsertRows(self._index_of_node(node) if parent.isValid() else QModelIndex(),
                             first, first + len(nodes) - 1)  # fmt: skip
        node.children.extend(_adopt(n, node) for n in nodes)
        self._remember(nodes)
        self.endInsertRows()

    def reveal(self, record_id: str) -> list[QModelIndex]:
        """The record's rows, listing its group's records up to it if need be (and if it
        is not too far down the group)."""
        found = self.indexes_of_record(record_id)
        if found or self.pager is None:
            return found
        group = self._by_key.get(self.pager.group_of(record_id) or "")
        if group is None or group.page is None:
            return []
        index = self._index_of_node(group)
        while (
            not self._by_record.get(record_id)
            and self.canFetchMore(index)
            and len(group.children) < REVEAL_UP_TO
        ):
            self.fetch_next(index)
        return self.indexes_of_record(record_id)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if node.count is None else f"{node.label} ({node.count})"
        if role == Qt.ItemDataRole.DecorationRole and node.kind != "group":
            return kind_icon(node.kind, node.side)
        if role == Qt.ItemDataRole.ToolTipRole and node.tooltip:
            return tooltip(node.tooltip)  # any markup in the data shows literally
        if role == Qt.ItemDataRole.FontRole and node.kind == "group" and node.parent is self._root:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return node.label if node.count is None else f"{node.label}, {node.count}"
        if role == RecordIdRole:
            return node.record_id
        if role == NodeKeyRole:
            return node.key
        return None

    # ------------------------------------------------------------------ lookups

    def index_of_key(self, key: str) -> QModelIndex:
        node = self._by_key.get(key)
        return QModelIndex() if node is None else self._index_of_node(node)

    def indexes_of_record(self, record_id: str) -> list[QModelIndex]:
        return [self._index_of_node(n) for n in self._by_record.get(record_id, [])]

    def _index_of_node(self, node: Node) -> QModelIndex:
        parent = node.parent
        if parent is None:
            return QModelIndex()
        return self.createIndex(parent.children.index(node), 0, node)

    # ------------------------------------------------------------------ updates

    def set_tree(self, root: Node) -> None:
        """Show ``root``: merge it into the current tree with minimal, exact signals."""
        self._merge(self._root, root, QModelIndex())
        # Lookups by key and by record, rebuilt once per change rather than walked per call.
        self._by_key = {}
        self._by_record = {}
        self._remember(self._root.walk()[1:])

    def _remember(self, nodes: list[Node]) -> None:
        for node in nodes:
            self._by_key[node.key] = node
            if node.record_id is not None:
                self._by_record.setdefault(node.record_id, []).append(node)

    def _merge(self, old: Node, new: Node, index: QModelIndex) -> None:
        if old is new:
            return  # the very nodes on screen (groups the data layer builds once)
        if index.isValid() and (old.label, old.count, old.tooltip) != (
            new.label,
            new.count,
            new.tooltip,
        ):
            old.label, old.count, old.tooltip = new.label, new.count, new.tooltip
            old.record_id, old.kind = new.record_id, new.kind
            old.document_id, old.paragraph = new.document_id, new.paragraph
            self.dataChanged.emit(index, index)
        if new.page is not None and new.page == old.page and old is not new:
            return  # the same records listed the same way: what was fetched stays
        wanted = [c.key for c in new.children]
        wanted_set = set(wanted)
        position_of = {key: i for i, key in enumerate(wanted)}
        # 1. Remove the children that are gone, in contiguous runs from the end.
        row = len(old.children) - 1
        while row >= 0:
            if old.children[row].key in wanted_set:
                row -= 1
                continue
            last = row
            while row > 0 and old.children[row - 1].key not in wanted_set:
                row -= 1
            self.beginRemoveRows(index, row, last)
            del old.children[row : last + 1]
            self.endRemoveRows()
            row -= 1
        # 2. If the survivors are out of order (search results re-ranked), drop them too.
        survivors = [c.key for c in old.children]
        kept = set(survivors)
        if survivors != [k for k in wanted if k in kept] and old.children:
            self.beginRemoveRows(index, 0, len(old.children) - 1)
            old.children.clear()
            self.endRemoveRows()
        # 3. Insert the new children in contiguous runs, and merge the ones kept.
        position = 0
        while position < len(new.children):
            existing = old.children[position] if position < len(old.children) else None
            if existing is not None and existing.key == new.children[position].key:
                self._merge(existing, new.children[position], self.index(position, 0, index))
                position += 1
                continue
            # Survivors are in order, so everything before the next survivor is new.
            end = len(new.children) if existing is None else position_of[existing.key]
            self.beginInsertRows(index, position, end - 1)
            old.children[position:position] = [_adopt(n, old) for n in new.children[position:end]]
            self.endInsertRows()
            position = end
        old.page, old.cursor, old.remaining = new.page, new.cursor, new.remaining
