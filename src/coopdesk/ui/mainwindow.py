"""The main window: wires the filter bar, tree, timeline and detail panes to the controller.

It holds no SQL and no formatting of its own: the controller answers, the panes show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__
from coopdesk.browse import Node, Snapshot, decorate_tree, search_status
from coopdesk.errors import CoopDeskError
from coopdesk.model import DocumentText, Filters, RecordDetail, RecordRef
from coopdesk.render import describe_filters, esc, human_date, names_map, user_note_html
from coopdesk.schema import DATED_KINDS
from coopdesk.ui import accessibility
from coopdesk.ui.actions import Shortcut, make_action
from coopdesk.ui.bookmarks import Bookmarks
from coopdesk.ui.contents import ContentsView
from coopdesk.ui.controller import Controller
from coopdesk.ui.detail import DetailView
from coopdesk.ui.exporting import ExportActions
from coopdesk.ui.filterbar import ChipsBar, FilterBar
from coopdesk.ui.keyboard import PaneSizes, TabOrder
from coopdesk.ui.notes import NotesPanel
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import as_text, message_box
from coopdesk.ui.printing import OutputOptions, PrintActions
from coopdesk.ui.timeline import TimelineView
from coopdesk.ui.userfile import BOOKMARKS, NOTES, STATE, UserFile
from coopdesk.ui.views import SavedViews
from coopdesk.userdata import MEMORY, Note, View

TITLE = "CoopDesk — Russia–EU cooperation against transnational crime and terrorism"
SETTINGS_VERSION = 1


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, user_data: Path | str = MEMORY) -> None:
        super().__init__()
        accessibility.install()  # before any pane: Qt keeps the first interface it makes
        self.setWindowTitle(TITLE)
        self.settings = settings
        self.controller = Controller(self)
        self.load_error = ""

        self.filter_bar = FilterBar()
        self.chips = ChipsBar()
        self.tree = ContentsView()
        self.tree_model = self.tree.tree_model
        self.timeline = TimelineView()
        self.detail = DetailView()
        self.record_count = QLabel()
        self.record_count.setObjectName("recordCount")
        self.record_count.setTextFormat(Qt.TextFormat.PlainText)  # it may quote an error
        self.data_label = QLabel()

        # The user's own data (notes, bookmarks, views), kept apart from the bundled data.
        self.user_file = UserFile(user_data, self)
        self.notes_panel = NotesPanel(self.user_file)
        self.operations = Operations(self)
        self.bookmarks = Bookmarks(
            self.user_file, self.controller, self.current_view, self.describe_view, self
        )
        self.saved_views = SavedViews(self.user_file, self.current_view, self.describe_view, self)
        self.output_options = OutputOptions(settings, self.user_file, self.notes_panel.save, self)
        self.printing = PrintActions(self.controller, self.output_options, self.operations, self)
        self.exporting = ExportActions(self.controller, self.output_options, self.operations, self)

        self._build_layout()
        self._build_actions()
        self._connect()
        self.tab_order = TabOrder([self.filter_row.parentWidget(), self.chips, self.tree,
                                   self.timeline, self.detail, self.notes_panel])  # fmt: skip
        accessibility.follow(self.timeline, self.tree, self.detail)
        accessibility.speak_status(self.status, quiet={NotesPanel.SAVED})  # not each autosave
        self._default_state = self.saveState()
        self._default_splits = (
            self.h_split.saveState(),
            self.v_split.saveState(),
            self.detail_split.saveState(),
        )
        self._default_size()
        self._restore_settings()

    # ------------------------------------------------------------------ layout

    def _default_size(self) -> None:
        """A first start fills most of the screen; later starts restore the last geometry."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        space = screen.availableGeometry()
        self.resize(min(1440, int(space.width() * 0.9)), min(900, int(space.height() * 0.9)))

    def _build_layout(self) -> None:
        self.detail_split = QSplitter(Qt.Orientation.Vertical)
        self.detail_split.setObjectName("detailNotesSplitter")
        self.detail_split.setChildrenCollapsible(False)
        self.detail_split.addWidget(self.detail)
        self.detail_split.addWidget(self.notes_panel)
        self.detail_split.setStretchFactor(0, 4)
        self.detail_split.setStretchFactor(1, 1)
        self.detail_split.setSizes([380, 120])
        self.v_split = QSplitter(Qt.Orientation.Vertical)
        self.v_split.setObjectName("rightSplitter")
        self.v_split.addWidget(self.timeline)
        self.v_split.addWidget(self.detail_split)
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

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None,
                tip: str = "") -> QAction:  # fmt: skip
        return make_action(self, text, slot, shortcut, tip)

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.open_action = self._action(
            "&Open Database…", self._open_database, sk.Open, "Open another CoopDesk database"
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
        self.pane_sizes = PaneSizes.of_window(self.h_split, self.v_split, self.detail_split, self)
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
        self._build_menus()

    def _build_menus(self) -> None:
        """Every menu in one place, in the order the user sees them."""
        bar = self.menuBar()
        printing, options = self.printing, self.output_options
        self.file_menu = self._menu(bar.addMenu("&File"), "fileMenu", [
            self.open_action, None,
            printing.print_action, printing.preview_action, printing.pdf_action,
            printing.brief_action, self.exporting.export_action, options.marking_action,
            options.include_notes_action, None,
            self.quit_action,
        ])  # fmt: skip
        self.edit_menu = self._menu(bar.addMenu("&Edit"), "editMenu", [
            self.find_action, self.copy_citation_action, None, self.clear_filters_action,
        ])  # fmt: skip
        self.view_menu = self._menu(bar.addMenu("&View"), "viewMenu", [
            self.saved_views.save_action, self.saved_views.menu, None,
            self.zoom_in_action, self.zoom_out_action, self.fit_action, self.compress_action,
            None,
            self.focus_tree_action, self.focus_timeline_action, self.focus_detail_action, None,
            self.pane_sizes.menu, self.reset_layout_action,
        ])  # fmt: skip
        self.go_menu = self._menu(bar.addMenu("&Go"), "goMenu", [
            self.back_action, self.forward_action,
        ])  # fmt: skip
        bar.addMenu(self.bookmarks.menu)
        self.help_menu = self._menu(bar.addMenu("&Help"), "helpMenu", [self.about_action])

        # Back, forward and the filters in a row of the window itself, not in a QToolBar:
        # a toolbar hides what does not fit behind its » button, filters included.
        for action in (self.forward_action, self.back_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            self.filter_row.insertWidget(0, button)

    @staticmethod
    def _menu(menu: QMenu, name: str, items: list[QAction | QMenu | None]) -> QMenu:
        menu.setObjectName(name)
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        return menu

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
        self.tree.recordChosen.connect(c.show_record)
        self.tree.passageChosen.connect(c.show_source)
        self.tree.bookmarkChosen.connect(self.bookmarks.open_by_id)
        self.timeline.currentChanged.connect(c.show_record)
        self.detail.recordLinkActivated.connect(c.show_record)
        self.detail.sourceLinkActivated.connect(c.show_citation)
        self.detail.foreignLinkRefused.connect(
            lambda url: self.status.showMessage(f"Not opened: {url} is not a CoopDesk link.", 8000)
        )
        for component in (
            self.user_file, self.notes_panel, self.bookmarks, self.saved_views,
            self.output_options, self.printing, self.exporting, self.pane_sizes,
        ):  # fmt: skip
            signal = getattr(component, "status", None) or getattr(component, "problem", None)
            signal.connect(self._show_status)
        self.user_file.changed.connect(self._on_user_data_changed)
        self.notes_panel.saved.connect(self._on_note_saved)
        self.bookmarks.viewRequested.connect(self.apply_view)
        self.saved_views.viewRequested.connect(self.apply_view)
        self.operations.crashed.connect(self._on_job_crashed)

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

    def show_load_error(self) -> QMessageBox:
        """Say in a box that the database could not be opened (in plain text: the path in
        the message may hold anything, markup included)."""
        box = message_box(
            self,
            QMessageBox.Icon.Critical,
            "Cannot open the database",
            self.load_error + "\n\nUse File > Open Database… to choose another file.",
            name="loadErrorDialog",
        )
        box.open()  # not exec(): the window stays usable behind it
        return box

    def _open_database(self) -> None:
        start = str(self.controller.store.path.parent) if self.controller.store else ""
        name, _ = QFileDialog.getOpenFileName(
            self, "Open CoopDesk database", start, "CoopDesk databases (*.db);;All files (*)"
        )
        if name and not self.open_database(Path(name)):
            QMessageBox.warning(self, "Cannot open the database", as_text(self.load_error))

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
        self.tab_order.update()
        notes = self._note_hits(snap)
        self.tree.show_tree(decorate_tree(snap.tree, self.bookmarks.entries(), notes))
        self.detail.set_search(snap.filters.text)
        on_timeline = snap.count
        if self.controller.large:
            # A large collection: the timeline draws what the filters leave (up to the cap).
            self.timeline.set_records(snap.records)
            self.timeline.set_visible(None)
        else:
            # What the search found is on the timeline, records of the notes found too.
            visible = {r.id for r in snap.records}
            visible |= {ref.id for _, ref in notes if ref.kind in DATED_KINDS}
            on_timeline = len(visible)
            self.timeline.set_visible(None if snap.filters.is_empty else visible)
        if snap.error:
            text = f"{snap.count:,} of {snap.total:,} records — {snap.error}".replace(",", " ")
        elif snap.filters.text.strip():
            text = search_status(snap, len(notes), on_timeline)
        else:
            text = f"{snap.count:,} of {snap.total:,} records".replace(",", " ")
        if snap.truncated:
            text += f" — the first {len(snap.records):,} are listed and drawn".replace(",", " ")
        accessibility.show_and_say(self.record_count, text)
        if self.controller.current is not None:
            self.tree.select_record(self.controller.current.id)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    # ------------------------------------------------------------------ selection

    def _on_record(self, detail: RecordDetail) -> None:
        self.notes_panel.set_record(detail.id)
        self.detail.show_record(detail, self.note_html(detail.id))
        self.tree.select_record(detail.id)
        self.timeline.set_current(detail.id)
        self.setWindowTitle(f"{detail.title} — CoopDesk")

    def _on_source(self, doc: DocumentText, paragraph: int, quote: str) -> None:
        self.notes_panel.set_record(None)
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

    def _toggle_compress(self) -> None:
        self.timeline.set_compress_gaps(self.compress_action.isChecked())

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        self.h_split.restoreState(self._default_splits[0])
        self.v_split.restoreState(self._default_splits[1])
        self.detail_split.restoreState(self._default_splits[2])
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

    # ------------------------------------------------------------------ the user's own

    def current_view(self) -> View:
        current = self.controller.current
        return View(self.controller.filters, current.id if current else None)

    def describe_view(self, view: View) -> str:
        """A default name for a view: its filters in words, and the record shown."""
        c = self.controller
        text = describe_filters(view.filters, names_map(c.agencies, c.offences))
        if view.filters.is_empty:
            text = "All records"
        if view.record_id and c.current is not None and c.current.id == view.record_id:
            text += f" — {c.current.title}"
        return text

    def apply_view(self, view: View) -> None:
        self._apply_filters(view.filters)
        if view.record_id and self.controller.store is not None:
            self.controller.show_record(view.record_id)

    def restore_last_view(self) -> None:
        view = self.user_file.data.last_view()
        if view is not None:
            self.apply_view(view)

    def save_last_view(self) -> None:
        if self.controller.store is not None:
            view = self.current_view()
            self.user_file.change(STATE, lambda d: d.set_last_view(view))

    def note_html(self, record_id: str) -> str:
        note = self.user_file.data.note(record_id)
        return user_note_html(note.text, note.updated) if note else ""

    def _note_hits(self, snap: Snapshot) -> list[tuple[Note, RecordRef]]:
        """The user's notes the search finds, with the records they are on."""
        hits = []
        if snap.filters.text.strip():
            for note in self.user_file.data.search_notes(snap.filters.text):
                ref = self.controller.ref(note.record_id)
                if ref is not None:
                    hits.append((note, ref))
        return hits

    def _decorated(self, snap: Snapshot) -> Node:
        """The snapshot's tree with the Bookmarks group and the notes the search finds."""
        return decorate_tree(snap.tree, self.bookmarks.entries(), self._note_hits(snap))

    def _refresh_tree(self) -> None:
        snap = self.controller.snapshot
        if snap is not None:
            self.tree.show_tree(self._decorated(snap))

    def _on_user_data_changed(self, what: str) -> None:
        # Only bookmarks change the tree's groups; a note only the search results.
        if what == BOOKMARKS or (what == NOTES and self.controller.filters.text.strip()):
            self._refresh_tree()

    def _on_note_saved(self, record_id: str, _note: object) -> None:
        current = self.controller.current
        if current is not None and current.id == record_id:
            # Show the saved note in the detail view without losing the reader's place.
            bar = self.detail.verticalScrollBar()
            position = bar.value()
            self.detail.show_record(current, self.note_html(record_id))
            bar.setValue(position)

    def _show_status(self, text: str) -> None:
        self.status.showMessage(text, 8000)

    def _on_job_crashed(self, details: str) -> None:
        # A bug in a job: raised here, on the window's thread, for the crash handler.
        raise RuntimeError(f"a background job failed:\n{details}")

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
        if self.operations.running():
            answer = QMessageBox.question(
                self,
                "A job is running",
                f"{self.operations.title()} is still running. Cancel it and close the window?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            event.ignore()
            if answer == QMessageBox.StandardButton.Yes:
                # Close as soon as the job has stopped; the window never waits for it.
                self.operations.finished.connect(lambda _ok: self.close())
                self.operations.cancel()
            return
        self.notes_panel.save()
        self.save_last_view()
        self.save_settings()
        self.controller.shutdown()
        super().closeEvent(event)
