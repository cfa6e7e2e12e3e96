"""The main window: creates every component, places it, builds every menu, and wires them.

It holds no SQL and no formatting of its own: the controller answers, the panes show.
Space follows reading: the timeline is as tall as its lanes, the detail view takes the
rest, and the note under it is one line until used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk import i18n
from coopdesk.browse import Place, Snapshot, decorate_tree, note_hits
from coopdesk.errors import CoopDeskError
from coopdesk.i18n import tr
from coopdesk.model import DocumentText, Filters, Meta, RecordDetail, RecordRef
from coopdesk.render import (
    citation_html,
    citation_text,
    describe_filters,
    names_map,
    user_note_html,
)
from coopdesk.schema import DATED_KINDS
from coopdesk.ui import accessibility
from coopdesk.ui.actions import Shortcut, fill_menu, make_action, standard_or
from coopdesk.ui.bookmarks import Bookmarks
from coopdesk.ui.contents import ContentsView
from coopdesk.ui.controller import Controller
from coopdesk.ui.curate.start import curate_action
from coopdesk.ui.detail import DetailView
from coopdesk.ui.exporting import ExportActions
from coopdesk.ui.filterbar import ChipsBar, FilterBar
from coopdesk.ui.focus import TabChain
from coopdesk.ui.help import HelpActions
from coopdesk.ui.keyboard import PaneSizes
from coopdesk.ui.notes import NotesPanel
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import as_text, message_box
from coopdesk.ui.preferences import DATABASES, Preferences
from coopdesk.ui.printing import OutputOptions, PrintActions
from coopdesk.ui.reading import ReadingColumn
from coopdesk.ui.session import ReadingPlaces, WindowState
from coopdesk.ui.statusline import StatusLine
from coopdesk.ui.timeline import TimelineView
from coopdesk.ui.userfile import BOOKMARKS, NOTES, STATE, UserFile
from coopdesk.ui.views import SavedViews
from coopdesk.ui.windowtext import TEXT, TITLE
from coopdesk.userdata import MEMORY, Note, View

COMPRESS_KEY = "timeline/compress"


class MainWindow(QMainWindow):
    def __init__(self, settings=None, user_data: Path | str = MEMORY) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        accessibility.install()  # before any pane: Qt keeps the first interface it makes
        self.setWindowTitle(tr(TITLE))
        self.settings = settings
        self.controller = Controller(self)
        self.load_error = ""
        self._latest: dict[str, str] = {}

        self.preferences = Preferences(settings, self)
        self.filter_bar = FilterBar()
        self.chips = ChipsBar()
        self.tree = ContentsView(pager=self.controller)
        self.tree_model = self.tree.tree_model
        self.timeline = TimelineView()
        self.detail = DetailView()
        self.places = ReadingPlaces(self.detail.verticalScrollBar())
        self.reading_column = ReadingColumn(self.detail)

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
        self.exporting = ExportActions(
            self.controller, self.user_file, self.notes_panel.save, self.preferences,
            self.operations, self.describe_filters, self,
        )  # fmt: skip
        self.help = HelpActions(self, self._menus, self._provenance, i18n.language)

        self.tab_chain = TabChain(self._tab_order, self)
        self._build_layout()
        self._build_actions()
        self._connect()
        accessibility.follow(self.timeline, self.tree, self.detail)
        accessibility.speak_status(self.status, quiet={tr(NotesPanel.SAVED)})  # not each autosave
        self.window_state = WindowState(settings, self, {
            "mainSplitter": self.h_split, "rightSplitter": self.v_split,
            "detailSplitter": self.detail_split,
        })  # fmt: skip
        self._default_state = self.saveState()
        self.window_state.first_size()
        # A first start lays the panes out for the size the window is shown at.
        self._lay_out_on_show = not self.window_state.restore()
        self.compress_action.setChecked(self.window_state.flag(COMPRESS_KEY, True))
        self.timeline.set_compress_gaps(self.compress_action.isChecked())
        self.preferences.apply()
        self.tab_chain.update()

    # ------------------------------------------------------------------ layout

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._lay_out_on_show:
            self._lay_out_on_show = False
            self._default_splits()

    def _default_splits(self) -> None:
        """The timeline as tall as its lanes, the detail view the rest, the tree a quarter
        of the width (within reason)."""
        width = max(self.width(), 800)
        tree = min(max(260, width // 4), 420)
        self.h_split.setSizes([tree, width - tree])
        height = max(self.v_split.height(), self.height() - 120)
        timeline = self.timeline.preferred_height()
        self.v_split.setSizes([timeline, max(height - timeline, 200)])
        self._fit_notes(self.notes_panel.is_open())

    def _build_layout(self) -> None:
        # A taller window gives its height to the detail view, where people read; the
        # timeline keeps the height of its lanes and the tree its width.
        self.detail_split = _splitter(
            "detailNotesSplitter", Qt.Orientation.Vertical, [self.detail, self.notes_panel]
        )
        self.v_split = _splitter(
            "rightSplitter", Qt.Orientation.Vertical, [self.timeline, self.detail_split]
        )
        self.h_split = _splitter(
            "mainSplitter", Qt.Orientation.Horizontal, [self.tree, self.v_split]
        )
        self._fit_notes(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QWidget()
        row.setObjectName("filterRow")
        self.filter_row = QHBoxLayout(row)
        self.filter_row.setContentsMargins(4, 4, 4, 2)
        self.filter_row.setSpacing(2)
        self.filter_row.addWidget(self.filter_bar, 1)
        layout.addWidget(row)
        layout.addWidget(self.chips)
        layout.addWidget(self.h_split, 1)
        self.setCentralWidget(central)

        self.status = self.statusBar()
        self.status_line = StatusLine(self.status)
        self.record_count, self.data_label = self.status_line.count, self.status_line.data

    def _fit_notes(self, open_: bool) -> None:
        self.notes_panel.fit_in(self.detail_split, open_)

    def _tab_order(self) -> list[QWidget]:
        """Tab follows the screen: filters, chips, contents, timeline, detail, note."""
        return [
            *self.filter_bar.boxes(), *self.chips.buttons(), self.tree, self.timeline,
            self.detail, self.notes_panel.toggle, self.notes_panel.editor,
        ]  # fmt: skip

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None,
                tip: str = "") -> QAction:  # fmt: skip
        return make_action(self, text, slot, shortcut, tip)

    def _build_actions(self) -> None:
        sk, t = QKeySequence.StandardKey, TEXT
        self.open_action = self._action(t["open"], self._open_database, sk.Open, t["open_tip"])
        self.quit_action = self._action(t["quit"], self.close, standard_or(sk.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(t["find"], self.focus_search, sk.Find, t["find_tip"])
        self.copy_citation_action = self._action(
            t["copy_citation"], self.copy_citation, "Ctrl+Shift+C", t["copy_citation_tip"]
        )
        self.clear_filters_action = self._action(
            t["clear_filters"], lambda: self._apply_filters(Filters()), "Ctrl+Shift+X"
        )
        self.write_note_action = self._action(
            t["write_note"], self.notes_panel.write, "Ctrl+Shift+N", t["write_note_tip"]
        )
        self.back_action = self._action(t["back"], self.go_back, sk.Back, t["back_tip"])
        self.forward_action = self._action(
            t["forward"], self.go_forward, sk.Forward, t["forward_tip"]
        )
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        pixmaps = self.style().StandardPixmap
        self.back_action.setIcon(self.style().standardIcon(pixmaps.SP_ArrowBack))
        self.forward_action.setIcon(self.style().standardIcon(pixmaps.SP_ArrowForward))
        # Ctrl++ and Ctrl+- size the text (Preferences' actions), as in every reader; the
        # timeline zooms with its own + and − while it has the focus, or Ctrl+Alt with them.
        self.zoom_in_action = self._action(
            t["zoom_in"], self.timeline.zoom_in,
            [QKeySequence("Ctrl+Alt+="), QKeySequence("Ctrl+Alt++")],
        )  # fmt: skip
        self.zoom_out_action = self._action(t["zoom_out"], self.timeline.zoom_out, "Ctrl+Alt+-")
        self.fit_action = self._action(t["fit"], self.timeline.fit_all, "Ctrl+0")
        self.compress_action = self._action(t["compress"], self._toggle_compress)
        self.compress_action.setCheckable(True)
        self.compress_action.setChecked(True)
        self.reset_layout_action = self._action(t["reset"], self.reset_layout)
        self.pane_sizes = PaneSizes.of_window(self.h_split, self.v_split, self.detail_split, self)
        self.focus_tree_action = self._action(t["go_tree"], self.tree.setFocus, "Ctrl+1")
        self.focus_timeline_action = self._action(
            t["go_timeline"], self.timeline.setFocus, "Ctrl+2"
        )
        self.focus_detail_action = self._action(t["go_detail"], self.detail.setFocus, "Ctrl+3")
        self._build_menus()

    def _build_menus(self) -> None:
        """Every menu in one place, in the order the user sees them."""
        bar, t = self.menuBar(), TEXT
        printing, options = self.printing, self.output_options
        self.curate_action = curate_action(self)
        self.file_menu = fill_menu(bar.addMenu(t["file"]), "fileMenu", [
            self.open_action, self.curate_action, None,
            printing.print_action, printing.preview_action, printing.pdf_action,
            printing.brief_action, self.exporting.export_action, options.marking_action,
            options.include_notes_action, None,
            self.quit_action,
        ])  # fmt: skip
        self.edit_menu = fill_menu(bar.addMenu(t["edit"]), "editMenu", [
            self.find_action, self.copy_citation_action, self.write_note_action, None,
            self.clear_filters_action, None, self.preferences.action,
        ])  # fmt: skip
        self.view_menu = fill_menu(bar.addMenu(t["view"]), "viewMenu", [
            self.saved_views.save_action, self.saved_views.menu, None,
            *self.preferences.text_actions(), None,
            self.zoom_in_action, self.zoom_out_action, self.fit_action, self.compress_action,
            None,
            self.focus_tree_action, self.focus_timeline_action, self.focus_detail_action, None,
            self.pane_sizes.menu, self.reset_layout_action,
        ])  # fmt: skip
        self.go_menu = fill_menu(bar.addMenu(t["go"]), "goMenu", [
            self.back_action, self.forward_action,
        ])  # fmt: skip
        bar.addMenu(self.bookmarks.menu)
        self.help_menu = fill_menu(bar.addMenu(t["help"]), "helpMenu", self.help.actions())

        # Back, forward and the filters in a row of the window itself, not in a QToolBar:
        # a toolbar hides what does not fit behind its » button, filters included.
        for action in (self.forward_action, self.back_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Left and Alt+Right reach them
            self.filter_row.insertWidget(0, button, 0, Qt.AlignmentFlag.AlignTop)

    def _menus(self) -> list[QMenu]:
        return [self.file_menu, self.edit_menu, self.view_menu, self.go_menu,
                self.bookmarks.menu, self.help_menu]  # fmt: skip

    def _connect(self) -> None:
        c = self.controller
        c.databaseChanged.connect(self._on_database)
        c.snapshotChanged.connect(self._on_snapshot)
        c.timelineChanged.connect(self.timeline.set_data)
        self.timeline.windowWanted.connect(c.look_closer)
        self.timeline.stepWanted.connect(c.step)
        c.recordShown.connect(self._on_record)
        c.sourceShown.connect(self._on_source)
        c.historyChanged.connect(self._on_history)
        c.problem.connect(self._show_status)
        c.busy.connect(self.status_line.show_busy)
        self.filter_bar.filtersChanged.connect(c.set_filters)
        self.chips.filtersChanged.connect(self._apply_filters)
        self.tree.recordChosen.connect(c.show_record)
        self.tree.passageChosen.connect(c.show_source)
        self.tree.bookmarkChosen.connect(self.bookmarks.open_by_id)
        self.timeline.currentChanged.connect(c.show_record)
        self.detail.recordLinkActivated.connect(c.show_record)
        self.detail.sourceLinkActivated.connect(c.show_citation)
        self.detail.foreignLinkRefused.connect(
            lambda url: self.status.showMessage(TEXT["foreign"].format(url=url), 8000)
        )
        self.tab_chain.one_stop(self.detail)
        for component in (
            self.user_file, self.notes_panel, self.bookmarks, self.saved_views,
            self.output_options, self.printing, self.exporting, self.preferences,
            self.pane_sizes,
        ):  # fmt: skip
            signal = getattr(component, "status", None) or getattr(component, "problem", None)
            signal.connect(self._show_status)
        self.user_file.changed.connect(self._on_user_data_changed)
        self.notes_panel.saved.connect(self._on_note_saved)
        self.notes_panel.openChanged.connect(self._fit_notes)
        self.bookmarks.viewRequested.connect(self.apply_view)
        self.saved_views.viewRequested.connect(self.apply_view)
        self.operations.crashed.connect(self._on_job_crashed)
        self.preferences.textSizeChanged.connect(self._set_text_size)

    # ------------------------------------------------------------------ database

    def open_database(self, path: Path) -> bool:
        """Open ``path``; on failure show why in the window and keep what was open."""
        try:
            self.controller.open_database(path)
        except CoopDeskError as exc:
            self.load_error = str(exc)
            if self.controller.store is None:
                self.detail.show_message(TEXT["no_db"], TEXT["no_db_text"].format(error=exc))
            return False
        self.load_error = ""
        return True

    def show_load_error(self) -> QMessageBox:
        """Say in a box that the database could not be opened (in plain text: the path in
        the message may hold anything, markup included)."""
        box = message_box(
            self,
            QMessageBox.Icon.Critical,
            TEXT["cannot_open"],
            self.load_error + "\n\n" + TEXT["choose_another"],
            name="loadErrorDialog",
        )
        box.open()  # not exec(): the window stays usable behind it
        return box

    def _open_database(self) -> None:
        start = str(self.preferences.folder(DATABASES))
        name, _ = QFileDialog.getOpenFileName(self, TEXT["open_title"], start, TEXT["open_types"])
        if not name:
            return
        self.preferences.remember_folder(DATABASES, Path(name).parent)
        if not self.open_database(Path(name)):
            QMessageBox.warning(self, TEXT["cannot_open"], as_text(self.load_error))

    def _on_database(self) -> None:
        c = self.controller
        self.filter_bar.set_choices(c.agencies, c.offences)
        self.chips.set_names(names_map(c.agencies, c.offences, c.meta.documents if c.meta else ()))
        self.timeline.set_loading()
        # How recent the information is: the latest date each document reports.
        self._latest = c.store.latest_dates() if c.store is not None else {}
        if c.meta is not None:
            self.status_line.show_meta(
                c.meta, max(self._latest.values(), default=c.meta.data_as_of)
            )
        self.detail.show_empty()
        self.tree.expand(self.tree_model.index_of_key("group:events"))

    def _provenance(self) -> tuple[Meta | None, Path | None, dict[str, str]]:
        store = self.controller.store
        return self.controller.meta, store.path if store is not None else None, self._latest

    # ------------------------------------------------------------------ filters

    def _apply_filters(self, filters: Filters) -> None:
        self.filter_bar.set_filters(filters)
        self.controller.set_filters(filters)

    def _on_snapshot(self, snap: Snapshot) -> None:
        self.filter_bar.set_filters(snap.filters)
        self.filter_bar.show_counts(snap.facets, snap.unfiltered)
        self.chips.show_filters(snap.filters)
        self.tab_chain.update()
        notes = self._note_hits(snap)
        self.tree.show_tree(decorate_tree(snap.tree, self.bookmarks.entries(), notes))
        self.detail.set_search(snap.filters.text)
        on_timeline = snap.count
        data = snap.timeline
        if data is not None and not (data.buckets or snap.filters.is_empty or snap.error):
            # Held whole: the records of the notes found are on the timeline too.
            notes_on_it = {ref.id for _, ref in notes if ref.kind in DATED_KINDS}
            data.set_visible({data.records[i].id for i in data.visible_order} | notes_on_it)
            on_timeline = len(data.visible_order)
        if data is not None:
            self.timeline.set_data(data)
        self.status_line.show_snapshot(snap, len(notes), on_timeline)
        if self.controller.current is not None:
            self.tree.select_record(self.controller.current.id)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def describe_filters(self, filters: Filters) -> str:
        c = self.controller
        return describe_filters(filters, names_map(c.agencies, c.offences))

    # ------------------------------------------------------------------ selection

    def go_back(self) -> None:
        with self.places.returning():
            self.controller.back()

    def go_forward(self) -> None:
        with self.places.returning():
            self.controller.forward()

    def _on_record(self, detail: RecordDetail) -> None:
        self.places.leave_for(Place(record_id=detail.id))
        self.notes_panel.set_record(detail.id)
        self.detail.show_record(detail, self.note_html(detail.id))
        self.places.arrived()
        self.tree.select_record(detail.id)
        self.timeline.set_current(detail.id, self.controller.dated(detail))
        self.setWindowTitle(detail.name)

    def _on_source(self, doc: DocumentText, paragraph: int, quote: str) -> None:
        self.places.leave_for(Place(document_id=doc.id, paragraph=paragraph, quote=quote))
        self.notes_panel.set_record(None)
        self.detail.show_source(doc, paragraph, quote)
        self.places.arrived()
        # The source is no record: nothing in the tree or on the timeline stays chosen.
        self.tree.select_record("")
        self.timeline.set_current(None)
        self.setWindowTitle(f"{doc.title} ¶{paragraph}")

    def _on_history(self, can_back: bool, can_forward: bool) -> None:
        self.back_action.setEnabled(can_back)
        self.forward_action.setEnabled(can_forward)

    def select_record(self, record_id: str) -> None:
        self.controller.show_record(record_id)

    # ------------------------------------------------------------------ edit, view

    def copy_citation(self) -> None:
        detail = self.controller.current
        if detail is None:
            self.status.showMessage(TEXT["no_citation"], 5000)
            return
        mime = QMimeData()
        mime.setText(citation_text(detail))
        mime.setHtml(citation_html(detail))
        QGuiApplication.clipboard().setMimeData(mime)
        self.status.showMessage(TEXT["copied"], 4000)

    def _set_text_size(self, points: int) -> None:
        font = QFont(self.detail.font())
        font.setPointSize(points)
        self.detail.setFont(font)

    def _toggle_compress(self) -> None:
        self.timeline.set_compress_gaps(self.compress_action.isChecked())

    def reset_layout(self) -> None:
        self.restoreState(self._default_state)
        self._default_splits()
        self.timeline.fit_all()

    # ------------------------------------------------------------------ the user's own

    def current_view(self) -> View:
        current = self.controller.current
        return View(self.controller.filters, current.id if current else None)

    def describe_view(self, view: View) -> str:
        """A default name for a view: its filters in words, and the record shown."""
        c = self.controller
        text = self.describe_filters(view.filters)
        if view.filters.is_empty:
            text = TEXT["all_records"]
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
        return note_hits(self.user_file.data, snap.filters.text, self.controller.ref)

    def _refresh_tree(self) -> None:
        snap = self.controller.snapshot
        if snap is not None:
            notes = self._note_hits(snap)
            self.tree.show_tree(decorate_tree(snap.tree, self.bookmarks.entries(), notes))

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

    # ------------------------------------------------------------------ state and closing

    def saved_filters(self) -> Filters:
        return self.window_state.filters()

    def save_settings(self) -> None:
        self.window_state.save(
            self.controller.filters, {COMPRESS_KEY: self.compress_action.isChecked()}
        )

    def save_state(self) -> None:
        """Everything a quit keeps: the note being typed, the last view, the window."""
        self.notes_panel.save()
        self.save_last_view()
        self.save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operations.running():
            event.ignore()
            # Asked whether to cancel the job; the window closes once it has stopped.
            self.operations.cancel_then(self, self.close)
            return
        self.save_state()
        self.controller.shutdown()
        super().closeEvent(event)


def _splitter(name: str, orientation: Qt.Orientation, widgets: list[QWidget]) -> QSplitter:
    """A named splitter whose first widget keeps its size and the last takes the rest."""
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(len(widgets) - 1, 1)
    return splitter
