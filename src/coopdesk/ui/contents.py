"""The contents pane: the tree of records, groups and search results.

A thin view over ``TreeModel``: it shows a new tree without losing the selection or
the expanded groups, selects a record wherever it appears, and says what the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from coopdesk.browse import Node
from coopdesk.i18n import translate
from coopdesk.ui.treemodel import NodeKeyRole, RecordIdRole, TreeModel

EXPANDED_AT_FIRST = ("group:bookmarks", "group:search", "group:events", "group:instrument")


class ContentsView(QTreeView):
    recordChosen = Signal(str)  # record id
    passageChosen = Signal(str, int)  # document id, paragraph
    bookmarkChosen = Signal(int)  # a bookmarked view, by bookmark id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("treePane")
        self.setAccessibleName(translate("Contents", "Contents"))
        self.tree_model = TreeModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(220)
        self.selectionModel().currentChanged.connect(self._on_current)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_clicked)

    def show_tree(self, root: Node) -> None:
        """Show ``root``, merged into what is shown, with the main groups open."""
        model = self.tree_model
        model.set_tree(root)
        for key in EXPANDED_AT_FIRST:
            self.expand(model.index_of_key(key))
        events = model.index_of_key("group:events")
        for row in range(model.rowCount(events)):
            self.expand(model.index(row, 0, events))

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
        indexes = self.tree_model.indexes_of_record(record_id)
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
