"""The main window: wires the filter bar, tree, timeline and detail panes to the controller.

It holds no SQL and no formatting of its own: the controller answers, the panes show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QMimeData, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__
from coopdesk.browse import Snapshot
from coopdesk.errors import CoopDeskError
from coopdesk.model import DocumentText, Filters, RecordDetail
from coopdesk.render import esc, human_date, names_map
from coopdesk.ui.controller import Controller
from coopdesk.ui.detail import DetailView
from coopdesk.ui.filterbar import ChipsBar, FilterBar
from coopdesk.ui.timeline import TimelineView
from coopdesk.ui.treemodel import NodeKeyRole, RecordIdRole, TreeModel
from coopdesk.ui.workbench import Workbench
from coopdesk.userdata import MEMORY

TITLE = "CoopDesk — Russia–EU cooperation against transnational crime and terrorism"
SETTINGS_VERSION = 1


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, user_data: Path | str = MEMORY) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.settings = settings
        self.controller = Controller(self)
        self.load_error = ""

        self.filter_bar = FilterBar()
        self.chips = ChipsBar()
        self.tree_model = TreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("treePane")
        self.tree.setAccessibleName("Contents")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumWidth(220)
        self.timeline = TimelineView()
        self.detail = DetailView()
        self.record_count = QLabel()
        self.record_count.setObjectName("recordCount")
        self.data_label = QLabel()

        self._build_layout()
        self._build_actions()
        self._connect()
        self._default_state = self.saveState()
        self._default_splits = (self.h_split.saveState(), self.v_split.saveState())
        self._default_size()
        self._restore_settings()
        # Bookmarks, notes, saved views and exports: the user's own data, kept apart.
        self.workbench = Workbench(self, user_data)

    # ------------------------------------------------------------------ layout

    def _default_size(self) -> None:
        """A first start fills most of the screen; later starts restore the last geometry."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        space = screen.availableGeometry()
        self.resize(min(1440, int(space.width() * 0.9)), min(900, int(space.height() * 0.9)))

    def _build_layout(self) -> None:
        self.v_split = QSplitter(Qt.Orientation.Vertical)
        self.v_split.setObjectName("rightSplitter")
        self.v_split.addWidget(self.timeline)
        self.v_split.addWidget(self.detail)
        self.v_split.setStretchFactor(0, 2)
        self.v_split.setStretchFactor(1, 3)
        self.v_split.setChildrenCollapsible(False)
        self.h_split = QSplitter(Qt.Orientation.Horizontal)
        self.h_split.setObjectName("mainSplitter")
        self.h_split.addWidget(self.tree)
        self.h_split.addWidget(self.v_split)
        self.h_split.setStretchFactor(0, 1)
        self.h_split.setStretchFactor(1, 3)
        self.h_split.setChildrenCollapsible(False)
        self.h_split.setSizes([340, 1000])
        self.v_split.setSizes([300, 460])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QWidget()
        row.setObjectName("filterRow")
        self.filter_row = QHBoxLayout(row)
        self.filter_row.setContentsMargins(4, 4, 4, 4)
        self.filter_row.setSpacing(2)
        self.filter_row.addWidget(self.filter_bar, 1)
        layout.addWidget(row)
        layout.addWidget(self.chips)
        layout.addWidget(self.h_split, 1)
        self.chips.hide()
        self.setCentralWidget(central)

        self.status = self.statusBar()
        self.status.addWidget(self.record_count)
        self.status.addPermanentWidget(self.data_label)

    def _action(self, text: str, slot: object, shortcut: object = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.open_action = self._action(
            "&Open Database…", self._open_database, sk.Open, "Open another CoopDesk database"
        )
        self.print_action = self._action(
            "&Print…", self.print_record, sk.Print, "Print the record in the detail view"
        )
        self.preview_action = self._action(
            "Print Pre&view…",
            self.preview_record,
            QKeySequence("Ctrl+Shift+P"),
            "Preview the printed record",
        )
        self.pdf_action = self._action(
            "&Export PDF…",
            self.export_pdf,
            QKeySequence("Ctrl+Shift+E"),
            "Save the record in the detail view as PDF",
        )
        self.brief_action = self._action(
            "&Briefing Pack…",
            self.export_brief,
            QKeySequence("Ctrl+Shift+B"),
            "A PDF of every record the filters leave",
        )
        self.marking_action = self._action(
            "Handling &Marking…",
            self.set_marking,
            tip="A line such as FOR OFFICIAL USE printed at the top and bottom of every page",
        )
        self.quit_action = self._action("&Quit", self.close, sk.Quit)
        self.find_action = self._action(
            "&Find…", self.focus_search, sk.Find, "Search records and the source"
        )
        self.copy_citation_action = self._action(
            "Copy &Citation",
            self.copy_citation,
            QKeySequence("Ctrl+Shift+C"),
            "Copy the record's quotes with paragraph numbers and the document title",
        )
        self.clear_filters_action = self._action(
            "C&lear All Filters",
            lambda: self._apply_filters(Filters()),
            QKeySequence("Ctrl+Shift+X"),
        )
        self.back_action = self._action(
            "&Back", self.controller.back, sk.Back, "Go back (Alt+Left)"
        )
        self.forward_action = self._action(
            "&Forward", self.controller.forward, sk.Forward, "Go forward (Alt+Right)"
        )
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.back_action.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_ArrowBack)
        )
        self.forward_action.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_ArrowForward)
        )
        self.zoom_in_action = self._action(
            "Zoom &In", self.timeline.zoom_in, [QKeySequence(sk.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = self._action("Zoom &Out", self.timeline.zoom_out, sk.ZoomOut)
        self.fit_action = self._action("&Fit All", self.timeline.fit_all, QKeySequence("Ctrl+0"))
        self.compress_action = self._action("&Compress Empty Years", self._toggle_compress)
        self.compress_action.setCheckable(True)
        self.compress_action.setChecked(True)
        self.reset_layout_action = self._action("&Reset Layout", self.reset_layout)
        self.focus_tree_action = self._action(
            "Go to &Contents", lambda: self.tree.setFocus(), QKeySequence("Ctrl+1")
        )
        self.focus_timeline_action = self._action(
            "Go to &Timeline", lambda: self.timeline.setFocus(), QKeySequence("Ctrl+2")
        )
        self.focus_detail_action = self._action(
            "Go to &Detail", lambda: self.detail.setFocus(), QKeySequence("Ctrl+3")
        )
        self.about_action = self._action("&About CoopDesk", self.show_about)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        for action in (
            self.print_action,
            self.preview_action,
            self.pdf_action,
            self.brief_action,
            self.marking_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.copy_citation_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.clear_filters_action)
        view_menu = menu.addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            view_menu.addAction(action)
        view_menu.addAction(self.compress_action)
        view_menu.addSeparator()
        for action in (
            self.focus_tree_action,
            self.focus_timeline_action,
            self.focus_detail_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.reset_layout_action)
        go_menu = menu.addMenu("&Go")
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.forward_action)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.about_action)

        # Back, forward and the filters in a row of the window itself, not in a QToolBar:
        # a toolbar hides what does not fit behind its » button, filters included.
        for action in (self.forward_action, self.back_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            self.filter_row.insertWidget(0, button)

    def _connect(self) -> None:
        c = self.controller
        c.databaseChanged.connect(self._on_database)
        c.snapshotChanged.connect(self._on_snapshot)
        c.recordShown.connect(self._on_record)
        c.sourceShown.connect(self._on_source)
        c.historyChanged.connect(self._on_history)
        c.problem.connect(lambda text: self.status.showMessage(text, 8000))
        c.busy.connect(
            lambda busy: (
                self.status.showMessage("Updating…") if busy else self.status.clearMessage()
            )
        )
        self.filter_bar.filtersChanged.connect(c.set_filters)
        self.chips.filtersChanged.connect(self._apply_filters)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(self._on_tree_activated)
        self.timeline.currentChanged.connect(c.show_record)
        self.detail.recordLinkActivated.connect(c.show_record)
        self.detail.sourceLinkActivated.connect(c.show_citation)
        self.detail.foreignLinkRefused.connect(
            lambda url: self.status.showMessage(f"Not opened: {url} is not a CoopDesk link.", 8000)
        )

    # ------------------------------------------------------------------ database

    def open_database(self, path: Path) -> bool:
        """Open ``path``; on failure show why in the window and keep what was open."""
        try:
            self.controller.open_database(path)
        except CoopDeskError as exc:
            self.load_error = str(exc)
            if self.controller.store is None:
                self.detail.show_message(
                    "No database open",
                    f"{exc} Use File > Open Database… to choose another file.",
                )
            return False
        self.load_error = ""
        return True

    def _open_database(self) -> None:
        start = str(self.controller.store.path.parent) if self.controller.store else ""
        name, _ = QFileDialog.getOpenFileName(
            self, "Open CoopDesk database", start, "CoopDesk databases (*.db);;All files (*)"
        )
        if name and not self.open_database(Path(name)):
            QMessageBox.warning(self, "Cannot open the database", self.load_error)

    def _on_database(self) -> None:
        c = self.controller
        self.filter_bar.set_choices(c.agencies, c.offences)
        self.chips.set_names(names_map(c.agencies, c.offences))
        self.timeline.set_records(c.all_records)
        if c.meta is not None:
            docs = len(c.meta.documents)
            self.data_label.setText(
                f"data built from {docs} document{'s' if docs != 1 else ''} · "
                f"as of {human_date(c.meta.data_as_of)} · sha256 {c.meta.source_sha256[:8]}…"
            )
        self.detail.show_empty()
        self.tree.expand(self.tree_model.index_of_key("group:events"))

    # ------------------------------------------------------------------ filters

    def _apply_filters(self, filters: Filters) -> None:
        self.filter_bar.set_filters(filters)
        self.controller.set_filters(filters)

    def _on_snapshot(self, snap: Snapshot) -> None:
        self.filter_bar.set_filters(snap.filters)
        self.filter_bar.show_counts(snap.facets, snap.total)
        self.chips.show_filters(snap.filters)
        self.tree_model.set_tree(self.workbench.decorate(snap.tree))
        for key in ("group:search", "group:events", "group:instrument"):
            self.tree.expand(self.tree_model.index_of_key(key))
        events = self.tree_model.index_of_key("group:events")
        for row in range(self.tree_model.rowCount(events)):
            self.tree.expand(self.tree_model.index(row, 0, events))
        if self.controller.large:
            # A large collection: the timeline draws what the filters leave (up to the cap).
            self.timeline.set_records(snap.records)
            self.timeline.set_visible(None)
        else:
            visible = None if snap.filters.is_empty else {r.id for r in snap.records}
            self.timeline.set_visible(visible)
        text = f"{snap.count:,} of {snap.total:,} records".replace(",", " ")
        if snap.truncated:
            text += f" — the first {len(snap.records):,} are listed and drawn".replace(",", " ")
        if snap.error:
            text += f" — {snap.error}"
        self.record_count.setText(text)
        if self.controller.current is not None:
            self._select_in_tree(self.controller.current.id)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    # ------------------------------------------------------------------ selection

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        node = self.tree_model.node(current)
        if node.record_id is not None:
            self.controller.show_record(node.record_id)
        elif node.document_id is not None:
            self.controller.show_source(node.document_id, node.paragraph)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if self.tree_model.hasChildren(index):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _select_in_tree(self, record_id: str) -> None:
        current = self.tree.currentIndex()
        if current.isValid() and current.data(RecordIdRole) == record_id:
            return
        indexes = self.tree_model.indexes_of_record(record_id)
        # Prefer the record's own place in the tree over a search hit or bookmark pointing at it.
        indexes.sort(key=lambda i: str(i.data(NodeKeyRole)).startswith(("hit:", "note:", "bm:")))
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            if indexes:
                self.tree.scrollTo(indexes[0])
                selection.setCurrentIndex(
                    indexes[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            selection.blockSignals(False)
        self.tree.viewport().update()

    def _on_record(self, detail: RecordDetail) -> None:
        self.detail.show_record(detail, self.workbench.note_html(detail.id))
        self._select_in_tree(detail.id)
        self.timeline.set_current(detail.id)
        self.setWindowTitle(f"{detail.title} — CoopDesk")

    def _on_source(self, doc: DocumentText, paragraph: int, quote: str) -> None:
        self.detail.show_source(doc, paragraph, quote)
        self.setWindowTitle(f"{doc.title} ¶{paragraph} — CoopDesk")

    def _on_history(self, can_back: bool, can_forward: bool) -> None:
        self.back_action.setEnabled(can_back)
        self.forward_action.setEnabled(can_forward)

    def select_record(self, record_id: str) -> None:
        self.controller.show_record(record_id)

    # ------------------------------------------------------------------ edit, view, help

    def copy_citation(self) -> None:
        detail = self.controller.current
        if detail is None:
            self.status.showMessage("Select a record to copy its citation.", 5000)
            return
        text = "\n".join(
            f"“{c.quote}” — {c.document_title}, ¶{c.paragraph}" for c in detail.citations
        )
        html = "".join(
            f"<p>“{esc(c.quote)}” — <i>{esc(c.document_title)}</i>, ¶{c.paragraph}</p>"
            for c in detail.citations
        )
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        self.status.showMessage("Citation copied.", 4000)

    def _toggle_compress(self, checked: bool) -> None:
        self.timeline.set_compress_gaps(checked)

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        self.h_split.restoreState(self._default_splits[0])
        self.v_split.restoreState(self._default_splits[1])
        self.timeline.fit_all()

    def show_about(self) -> None:
        meta = self.controller.meta
        rows = [
            f"<p><b>CoopDesk {esc(__version__)}</b><br>"
            "An offline reference on Russia–EU cooperation against transnational crime "
            "and terrorism.</p>"
        ]
        if meta is not None:
            for doc in meta.documents:
                rows.append(
                    f"<p>Source: <i>{esc(doc.title)}</i><br>"
                    f"SHA-256: <code>{esc(doc.sha256)}</code></p>"
                )
            rows.append(
                f"<p>Data as of {esc(human_date(meta.data_as_of))}; built by CoopDesk "
                f"{esc(meta.builder_version)}, schema {meta.schema_version}.</p>"
            )
        if self.controller.store is not None:
            rows.append(f"<p>Database: {esc(self.controller.store.path)}</p>")
        QMessageBox.about(self, "About CoopDesk", "".join(rows))

    # ------------------------------------------------------------------ printing hooks

    def print_record(self) -> None:
        self._printing().print_record()

    def preview_record(self) -> None:
        self._printing().preview_record()

    def export_pdf(self) -> None:
        self._printing().export_record_pdf()

    def export_brief(self) -> None:
        self._printing().export_brief()

    def set_marking(self) -> None:
        from coopdesk.ui.printing import MARKING_KEY

        settings = self.settings or QSettings()
        current = str(settings.value(MARKING_KEY, "") or "")
        text, ok = QInputDialog.getText(
            self,
            "Handling marking",
            "Printed at the top and bottom of every page (leave empty for none):",
            text=current,
        )
        if ok:
            settings.setValue(MARKING_KEY, text.strip())
            self.status.showMessage(
                f"Handling marking: {text.strip()}" if text.strip() else "No handling marking.",
                5000,
            )

    def _printing(self):  # type: ignore[no-untyped-def]
        from coopdesk.ui.printing import PrintActions

        return PrintActions(self)

    # ------------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        s = self.settings
        if s is None:
            return
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for key, widget in (
            ("window/state", self),
            ("window/mainSplitter", self.h_split),
            ("window/rightSplitter", self.v_split),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray):
                widget.restoreState(value)
        compress = s.value("timeline/compress", True)
        self.compress_action.setChecked(compress not in (False, "false"))
        self.timeline.set_compress_gaps(self.compress_action.isChecked())

    def saved_filters(self) -> Filters:
        if self.settings is None:
            return Filters()
        return Filters.from_json(str(self.settings.value("filters/last", "{}")))

    def save_settings(self) -> None:
        s = self.settings
        if s is None:
            return
        s.setValue("version", SETTINGS_VERSION)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/mainSplitter", self.h_split.saveState())
        s.setValue("window/rightSplitter", self.v_split.saveState())
        s.setValue("timeline/compress", self.compress_action.isChecked())
        s.setValue("filters/last", self.controller.filters.to_json())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.wait_idle()  # a running filter change finishes before the window goes
        self.save_settings()
        super().closeEvent(event)
