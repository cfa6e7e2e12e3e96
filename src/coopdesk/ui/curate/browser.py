"""The preview: the curation as it stands, built and shown in the browser's own panes.

The tree, the timeline and the detail view are the main window's (ContentsView,
TimelineView, DetailView), fed by a Controller opened on each new preview database, so
the curator sees exactly what a reader will. The record shown stays shown across
rebuilds while it exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from coopdesk.browse import Snapshot
from coopdesk.errors import CoopDeskError
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate
from coopdesk.model import DocumentText, RecordDetail
from coopdesk.ui.contents import ContentsView
from coopdesk.ui.controller import Controller
from coopdesk.ui.detail import DetailView
from coopdesk.ui.timeline import TimelineView

WAITING = QT_TRANSLATE_NOOP("CurateBrowser", "The preview appears here once the curation builds.")


class Banner(QLabel):
    """A line that says what the preview shows: on the base colour, an accent bar at its
    left. Painted from the palette at each paint, so it follows a change of theme."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.fillRect(0, 0, 3, self.height(), palette.color(QPalette.ColorRole.Highlight))
        painter.fillRect(
            0, self.height() - 1, self.width(), 1, palette.color(QPalette.ColorRole.Mid)
        )
        painter.end()
        super().paintEvent(event)


class PreviewBrowser(QWidget):
    """The preview database in a tree, a timeline and a detail view."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curatePreview")
        self.controller = Controller(self)
        self.tree = ContentsView()
        self.timeline = TimelineView()
        self.timeline.setMinimumSize(300, 150)
        self.detail = DetailView()
        self.detail.show_message(translate("CurateBrowser", "No preview yet"), tr(WAITING))
        self.banner = Banner()
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setContentsMargins(10, 5, 8, 5)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.timeline)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("previewSplitter")
        self.split.addWidget(self.tree)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([270, 500])
        self.tree.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.split, 1)
        self.set_banner(tr(WAITING))
        self._connect()

    def _connect(self) -> None:
        c = self.controller
        # As in the main window: the tree lists pages through the controller, the timeline
        # is given what a query read and asks for the days it looks at closely.
        self.tree.tree_model.pager = c
        c.databaseChanged.connect(self.timeline.set_loading)
        c.snapshotChanged.connect(self._on_snapshot)
        c.timelineChanged.connect(self.timeline.set_data)
        self.timeline.windowWanted.connect(c.look_closer)
        self.timeline.stepWanted.connect(c.step)
        c.recordShown.connect(self._on_record)
        c.sourceShown.connect(self._on_source)
        c.problem.connect(self.status)
        self.tree.recordChosen.connect(c.show_record)
        self.tree.passageChosen.connect(c.show_source)
        self.timeline.currentChanged.connect(c.show_record)
        self.detail.recordLinkActivated.connect(c.show_record)
        self.detail.sourceLinkActivated.connect(c.show_citation)

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)

    def show_database(self, path: Path) -> None:
        """Show a new preview build, keeping the record shown when it is still there."""
        c = self.controller
        current = c.current.id if c.current is not None else None
        try:
            c.open_database(path)
        except CoopDeskError as exc:
            self.status.emit(str(exc))
            return
        if current is not None and c.ref(current) is not None:
            c.show_record(current)
        elif c.snapshot is not None and not any(n.record_id for n in c.snapshot.tree.walk()):
            self.detail.show_message(
                translate("CurateBrowser", "No records yet"),
                translate(
                    "CurateBrowser",
                    "Select words in the document and choose New Record from Selection (Ctrl+R), "
                    "or accept one of the Suggest pass's proposals.",
                ),
            )
        else:
            self.detail.show_message(
                translate("CurateBrowser", "Preview"),
                translate(
                    "CurateBrowser",
                    "Choose a record in the tree or on the timeline to see it as a reader will.",
                ),
            )
        events = self.tree.tree_model.index_of_key("group:events")
        self.tree.expand(events)

    def _on_snapshot(self, snap: Snapshot) -> None:
        self.tree.show_tree(snap.tree)
        if snap.timeline is not None:
            self.timeline.set_data(snap.timeline)
        current = self.controller.current
        if current is not None:
            self.tree.select_record(current.id)

    def _on_record(self, detail: RecordDetail) -> None:
        self.detail.show_record(detail)
        self.tree.select_record(detail.id)
        self.timeline.set_current(detail.id, self.controller.dated(detail))

    def _on_source(self, doc: DocumentText, paragraph: int, quote: str) -> None:
        self.detail.show_source(doc, paragraph, quote)

    def shutdown(self) -> None:
        self.controller.shutdown()
        if self.controller.store is not None:
            self.controller.store.close()
            self.controller.store = None
