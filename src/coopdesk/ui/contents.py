"""The contents pane: the tree of records, groups and search results.

A thin view over ``TreeModel``: it shows a new tree without losing the selection or
the expanded groups, selects a record wherever it appears, and says what the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from coopdesk.browse import Node
from coopdesk.i18n import translate
from coopdesk.ui.treemodel import NodeKeyRole, Pager, RecordIdRole, TreeModel

EXPANDED_AT_FIRST = ("group:bookmarks", "group:search", "group:events", "group:instrument")


class ContentsView(QTreeView):
    recordChosen = Signal(str)  # record id
    passageChosen = Signal(str, int)  # document id, paragraph
    bookmarkChosen = Signal(int)  # a bookmarked view, by bookmark id

    def __init__(self, parent: QWidget | None = None, *, pager: Pager | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("treePane")
        self.setAccessibleName(translate("Contents", "Contents"))
        self.tree_model = TreeModel(self)
        self.tree_model.pager = pager  # who lists the next page of a dated group
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(220)
        self.selectionModel().currentChanged.connect(self._on_current)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_clicked)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.fetch_shown())
        self.expanded.connect(lambda _index: self.fetch_shown())
        self.collapsed.connect(lambda _index: self.fetch_shown())

    def show_tree(self, root: Node) -> None:
        """Show ``root``, merged into what is shown, with the main groups open (and the
        years whose records came listed)."""
        model = self.tree_model
        model.set_tree(root)
        for key in EXPANDED_AT_FIRST:
            self.expand(model.index_of_key(key))
        events = model.index_of_key("group:events")
        for row in range(model.rowCount(events)):
            year = model.index(row, 0, events)
            if model.rowCount(year) or not model.canFetchMore(year):
                self.expand(year)
        self.fetch_shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fetch_shown()

    def fetch_shown(self) -> None:
        """List the next page of every open group whose last listed row is on screen (Qt
        itself asks only at the very bottom of the view), and the first of every open group
        that lists nothing yet."""
        model = self.tree_model
        self.executeDelayedItemsLayout()  # where the rows are now, not before the last change
        index = self.indexAt(self.viewport().rect().topLeft())
        bottom = self.viewport().height()
        wanted: list[QModelIndex] = []
        while index.isValid() and self.visualRect(index).top() <= bottom:
            if self.isExpanded(index) and model.canFetchMore(index) and not model.rowCount(index):
                wanted.append(index)
            parent = index.parent()
            if index.row() == model.rowCount(parent) - 1 and model.canFetchMore(parent):
                wanted.append(parent)
            index = self.indexBelow(index)
        # Fetched after the walk: rows inserted during it are not laid out yet.
        for group in wanted:
            model.fetch_next(group)

    # QTreeView's versions of these two add accessibility events that count the hidden
    # header as a row, so a reader would name the row below; ui/accessibility/contents.py
    # sends the events instead. The item view's versions do the rest (scroll, repaint).
    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        QAbstractItemView.currentChanged(self, current, previous)

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        QAbstractItemView.selectionChanged(self, selected, deselected)

    def select_record(self, record_id: str) -> None:
        """Select the record's own row (not a search hit or bookmark of it), quietly."""
        current = self.currentIndex()
        if current.isValid() and current.data(RecordIdRole) == record_id:
            return
        indexes = self.tree_model.reveal(record_id)
        indexes.sort(key=lambda i: str(i.data(NodeKeyRole)).startswith(("hit:", "note:", "bm:")))
        selection = self.selectionModel()
        selection.blockSignals(True)
        try:
            if indexes:
                self.scrollTo(indexes[0])
                selection.setCurrentIndex(
                    indexes[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            selection.blockSignals(False)
        self.viewport().update()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        node = self.tree_model.node(current)
        if node.record_id is not None:
            self.recordChosen.emit(node.record_id)
        elif node.document_id is not None:
            self.passageChosen.emit(node.document_id, node.paragraph)

    def _on_activated(self, index: QModelIndex) -> None:
        if self.tree_model.hasChildren(index):
            self.setExpanded(index, not self.isExpanded(index))
        self._on_clicked(index)

    def _on_clicked(self, index: QModelIndex) -> None:
        node = self.tree_model.node(index)
        if node.kind == "view" and node.key.startswith("bm:"):
            self.bookmarkChosen.emit(int(node.key[3:]))
