"""The Curate window: a document, its curation and the preview of the build, side by side.

Left, the document with what is anchored underlined, the Suggest pass's proposals and
the curation file, and the problems the build finds; right, the preview database in the
browser's own panes. Every change goes through the undo stack; every change is checked
and built off the window's thread (the latest change winning), and the preview follows.
The window places its components and builds its menus; the components do the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.build import Problem
from coopdesk.curate.anchors import anchors, records_in
from coopdesk.curate.commands import AddRecord, Command, Compound
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.draft import Draft, draft, from_proposal
from coopdesk.curate.known import mentions
from coopdesk.curate.preview import Preview, publish, publish_target
from coopdesk.curate.suggest import Proposal, suggest
from coopdesk.errors import CoopDeskError
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate
from coopdesk.ui.actions import Shortcut, make_action
from coopdesk.ui.curate.browser import PreviewBrowser
from coopdesk.ui.curate.confirm import CurationForm
from coopdesk.ui.curate.document import DocumentView, Legend, legend_kinds
from coopdesk.ui.curate.filetext import CurationText
from coopdesk.ui.curate.forms import NewRecordForm
from coopdesk.ui.curate.linkforms import AliasForm, LinkForm
from coopdesk.ui.curate.problems import ProblemsList
from coopdesk.ui.curate.suggestions import SuggestPanel
from coopdesk.ui.curate.undo import CurationCommand, push
from coopdesk.ui.curate.worker import LatestWins
from coopdesk.ui.operations import Operations
from coopdesk.ui.plain import message_box, tooltip

BUILT = QT_TRANSLATE_NOOP(
    "CurateWindow",
    "Preview of the curation as it stands, unsaved changes included. Not published.",
)
STALE = QT_TRANSLATE_NOOP(
    "CurateWindow",
    "The preview shows the last version that built: fix the problems below to update it.",
)


def added_record(command: Command) -> str | None:
    """The id of the record a command adds (not a place added along with it)."""
    parts = command.parts if isinstance(command, Compound) else [command]
    ids = [p.record_id for p in parts if isinstance(p, AddRecord)]
    return ids[-1] if ids else None


class CurateWindow(QMainWindow):
    """One curation of one document, with its preview."""

    def __init__(self, curation: CurationFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curateWindow")
        self.curation = curation
        self.stack = QUndoStack(self)
        self.preview = Preview()
        self.builds = LatestWins(self)
        self.suggester = LatestWins(self)
        self.operations = Operations(self)
        self.document = DocumentView()
        self.legend = Legend()
        self.suggestions = SuggestPanel()
        self.file_text = CurationText()
        self.problems = ProblemsList()
        self.browser = PreviewBrowser()
        self.form: CurationForm | None = None  # the form open now
        self._show_after_build: str | None = None
        self._index = 0  # the undo stack's index, to tell a redo from an undo
        self.problem_count = QLabel()
        self.problem_count.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_count.setObjectName("problemCount")

        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.document.set_document(curation.title, curation.paragraphs)
        self._default_size()
        curation.listeners.append(self._on_changed)
        self._on_changed()

    # ------------------------------------------------------------------ layout

    def _default_size(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            space = screen.availableGeometry()
            self.resize(min(1440, int(space.width() * 0.9)), min(900, int(space.height() * 0.9)))

    def _build_layout(self) -> None:
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(4, 2, 4, 2)
        document_pane = QWidget()
        column = QVBoxLayout(document_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self.tools)
        column.addWidget(self.legend)
        column.addWidget(self.document, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("curateTabs")
        self.tabs.addTab(self.suggestions, translate("CurateWindow", "Suggestions"))
        self.tabs.addTab(self.file_text, translate("CurateWindow", "Curation file"))
        problems_pane = QWidget()
        box = QVBoxLayout(problems_pane)
        box.setContentsMargins(4, 2, 4, 2)
        box.setSpacing(2)
        box.addWidget(self.problem_count)
        box.addWidget(self.problems, 1)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("curateLeftSplitter")
        for widget in (document_pane, self.tabs, problems_pane):
            self.left.addWidget(widget)
        self.left.setStretchFactor(0, 5)
        self.left.setStretchFactor(1, 3)
        self.left.setStretchFactor(2, 0)
        self.left.setSizes([520, 250, 60])
        self.left.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("curateSplitter")
        self.split.addWidget(self.left)
        self.split.addWidget(self.browser)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([680, 760])
        self.split.setChildrenCollapsible(False)
        self.setCentralWidget(self.split)
        self.status = self.statusBar()
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status.addPermanentWidget(self.path_label)

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None,
                tip: str = "") -> QAction:  # fmt: skip
        return make_action(self, text, slot, shortcut, tip)

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.record_action = self._action(
            translate("CurateWindow", "New &Record from Selection…"),
            self.new_record,
            "Ctrl+R",
            translate(
                "CurateWindow",
                "A record quoting the selected words: kind, title, date, place, participants",
            ),
        )
        self.link_action = self._action(
            translate("CurateWindow", "New &Link from Selection…"),
            self.new_link,
            "Ctrl+L",
            translate("CurateWindow", "A link between two records, quoting the selected words"),
        )
        self.alias_action = self._action(
            translate("CurateWindow", "New &Name from Selection…"),
            self.new_alias,
            "Ctrl+Shift+N",
            translate(
                "CurateWindow",
                "Another name for a record: the document's words, or an editorial name",
            ),
        )
        self.undo_action = self.stack.createUndoAction(self, translate("CurateWindow", "&Undo"))
        self.undo_action.setShortcut(sk.Undo)
        self.redo_action = self.stack.createRedoAction(self, translate("CurateWindow", "&Redo"))
        self.redo_action.setShortcut(sk.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.save_action = self._action(
            translate("CurateWindow", "&Save"),
            self.save,
            sk.Save,
            translate("CurateWindow", "Save the curation file"),
        )
        self.publish_action = self._action(
            translate("CurateWindow", "&Publish"),
            lambda: self.publish(None),
            "Ctrl+Shift+P",
            translate("CurateWindow", "Save, check and build the checkout's data/coop.db"),
        )
        self.publish_to_action = self._action(
            translate("CurateWindow", "Publish &To…"),
            self.publish_to,
            tip=translate("CurateWindow", "Save, check and build a database you choose"),
        )
        self.open_action = self._action(
            translate("CurateWindow", "&Open Document…"),
            self.open_other,
            sk.Open,
            translate("CurateWindow", "Curate another document"),
        )
        self.close_action = self._action(translate("CurateWindow", "&Close"), self.close, sk.Close)
        go = [
            (translate("CurateWindow", "Go to &Document"), lambda: self.document.setFocus()),
            (translate("CurateWindow", "Go to &Suggestions"), self._focus_suggestions),
            (translate("CurateWindow", "Go to P&roblems"), lambda: self.problems.setFocus()),
            (translate("CurateWindow", "Go to Pre&view"), lambda: self.browser.tree.setFocus()),
        ]
        self.focus_actions = [
            self._action(text, slot, f"Ctrl+{n}") for n, (text, slot) in enumerate(go, 1)
        ]
        short = {
            self.record_action: translate("CurateWindow", "New Record…", "above the document"),
            self.link_action: translate("CurateWindow", "New Link…", "above the document"),
            self.alias_action: translate("CurateWindow", "New Name…", "above the document"),
        }
        for action in (self.record_action, self.link_action, self.alias_action):
            action.setEnabled(False)
            # The button says less than the menu: it stands above the document it acts on.
            action.setIconText(short[action])
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.tools.addWidget(button)
        self.tools.addStretch(1)
        self.document.set_menu_actions([self.record_action, self.link_action, self.alias_action])
        try:
            publish_target(self.curation, None)
        except CoopDeskError as exc:
            self.publish_action.setEnabled(False)
            self.publish_action.setStatusTip(str(exc))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file, edit = translate("CurateWindow", "&File"), translate("CurateWindow", "&Edit")
        self.file_menu = self._menu(bar.addMenu(file), "curateFileMenu", [
            self.open_action, None, self.save_action, None,
            self.publish_action, self.publish_to_action, None, self.close_action,
        ])  # fmt: skip
        self.edit_menu = self._menu(bar.addMenu(edit), "curateEditMenu", [
            self.undo_action, self.redo_action, None,
            self.record_action, self.link_action, self.alias_action,
        ])  # fmt: skip
        self.view_menu = self._menu(
            bar.addMenu(translate("CurateWindow", "&View")), "curateViewMenu", self.focus_actions
        )

    @staticmethod
    def _menu(menu: QMenu, name: str, items: list[QAction | None]) -> QMenu:
        menu.setObjectName(name)
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        return menu

    def _connect(self) -> None:
        self.document.selectionMoved.connect(self._on_selection)
        self.suggestions.acceptRequested.connect(self.accept_proposal)
        self.suggestions.proposalChosen.connect(
            lambda p: self.document.select_span(p.paragraph, p.start, p.stop)
        )
        self.problems.problemChosen.connect(self.go_to_problem)
        self.builds.done.connect(self._on_built)
        self.builds.busy.connect(self._on_busy)
        self.suggester.done.connect(self.suggestions.set_proposals)
        for worker in (self.builds, self.suggester):
            worker.failed.connect(lambda text: self.status.showMessage(text, 8000))
            worker.crashed.connect(self._on_job_crashed)
        self.operations.crashed.connect(self._on_job_crashed)
        self.browser.status.connect(lambda text: self.status.showMessage(text, 8000))
        self.stack.cleanChanged.connect(self._update_title)
        self.stack.indexChanged.connect(self._on_index)

    # ------------------------------------------------------------------ changes

    def _on_changed(self) -> None:
        """After every change, undo and redo: show it, check it, build it, suggest again."""
        found = anchors(self.curation)
        self.document.set_anchors(found)
        self.legend.set_kinds(legend_kinds(found))
        self.file_text.set_text(self.curation.text)
        self._update_title()
        frozen, preview = self.curation.frozen(), self.preview
        self.builds.request(lambda: preview.try_build(frozen))
        text, known = self.curation.document_text, tuple(self.curation.known())
        self.suggester.request(lambda: suggest(text, known))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.problem_count.setText(
                translate("CurateWindow", "Checking the curation and building the preview…")
            )

    def _on_built(self, result: tuple[list[Problem], Path | None]) -> None:
        problems, path = result
        self.problems.set_problems(problems, self.curation.path.name)
        self.problem_count.setText(
            translate("CurateWindow", "Problems ({count})").format(count=len(problems))
            if problems
            else translate("CurateWindow", "Problems: none")
        )
        if path is None:
            self.browser.set_banner(tr(STALE))
            return
        self.browser.set_banner(tr(BUILT))
        self.browser.show_database(path)
        if self._show_after_build is not None:
            self.browser.controller.show_record(self._show_after_build)
            self._show_after_build = None

    def _update_title(self, *_clean: object) -> None:
        if self.curation.path.is_file():
            title = translate("CurateWindow", "Curate — {title}[*] — CoopDesk")
        else:
            title = translate("CurateWindow", "Curate — {title} (new curation)[*] — CoopDesk")
        self.setWindowTitle(title.format(title=self.curation.title))
        self.setWindowModified(self.curation.modified)
        path = self.curation.path
        self.path_label.setText(
            translate("CurateWindow", "Curation file: {name}").format(name=path.name)
        )
        self.path_label.setToolTip(tooltip(str(path)))

    def apply(self, command: Command) -> None:
        """Make a change, undoably; the preview then shows what it added."""
        push(self.stack, self.curation, command)
        self.status.showMessage(command.text, 5000)

    def _on_index(self, index: int) -> None:
        # A change made or redone: the preview shows the record it adds, once built.
        if index > self._index:
            done = self.stack.command(index - 1)
            added = added_record(done.command) if isinstance(done, CurationCommand) else None
            self._show_after_build = added or self._show_after_build
        else:
            self._show_after_build = None
        self._index = index

    # ------------------------------------------------------------------ from a selection

    def _on_selection(self) -> None:
        selected = self.document.has_selection()
        for action in (self.record_action, self.link_action, self.alias_action):
            action.setEnabled(selected)

    def _selection(self) -> tuple[int, int, int, str] | None:
        """The selection and its quote; None (and a message) when it cannot be quoted."""
        try:
            paragraph, start, stop = self.document.selection()
            return paragraph, start, stop, self.curation.quote(paragraph, start, stop)
        except CoopDeskError as exc:
            self.status.showMessage(_sentence(str(exc)), 8000)
            return None

    def new_record(self) -> None:
        selected = self._selection()
        if selected is not None:
            paragraph, start, stop, _quote = selected
            self._open_record_form(draft(self.curation, paragraph, start, stop), paragraph)

    def accept_proposal(self, proposal: Proposal) -> None:
        self.document.select_span(proposal.paragraph, proposal.start, proposal.stop)
        self._open_record_form(from_proposal(self.curation, proposal), proposal.paragraph)

    def _open_record_form(self, proposed: Draft, paragraph: int) -> None:
        self._open(NewRecordForm(self.curation, proposed, paragraph, self))

    def _proposed_records(self, paragraph: int, start: int, stop: int, quote: str) -> list[str]:
        """The records the selection anchors, then those it names, narrowest first."""
        ids = records_in(self.document.anchors(), paragraph, start, stop)
        ids += [m.record.id for m in mentions(quote, self.curation.known())]
        return list(dict.fromkeys(ids))

    def new_link(self) -> None:
        selected = self._selection()
        if selected is not None:
            paragraph, start, stop, quote = selected
            proposed = self._proposed_records(paragraph, start, stop, quote)
            dated = [i for i in proposed if i.startswith(("event/", "instrument/"))]
            # A dated record first: links go from events and instruments to what they name.
            ordered = [*dated, *(i for i in proposed if i not in dated)]
            self._open(LinkForm(self.curation, quote, paragraph, ordered, self))

    def new_alias(self) -> None:
        selected = self._selection()
        if selected is not None:
            paragraph, start, stop, quote = selected
            proposed = self._proposed_records(paragraph, start, stop, quote)
            self._open(
                AliasForm(self.curation, quote, paragraph, proposed[0] if proposed else None, self)
            )

    def _open(self, form: CurationForm) -> None:
        """Show a form without blocking; its command is made when it is accepted."""
        if self.form is not None:
            self.form.reject()
        self.form = form
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self.apply(form.command) if form.command else None)
        form.finished.connect(lambda _result: self._forget(form))
        form.open()

    def _forget(self, form: CurationForm) -> None:
        if self.form is form:
            self.form = None

    # ------------------------------------------------------------------ going places

    def go_to_problem(self, problem: Problem) -> None:
        """Show where a problem is: its record's quote in the document, its line in the file."""
        subject = problem.subject.removeprefix("link ").split(" → ")[0]
        if subject:
            for anchor in self.document.anchors():
                if anchor.record_id == subject:
                    self.document.select_span(anchor.paragraph, anchor.start, anchor.stop)
                    break
        if problem.line and problem.file == self.curation.path.name:
            self.tabs.setCurrentWidget(self.file_text)
            self.file_text.go_to_line(problem.line)

    def show_record(self, record_id: str) -> None:
        """Show a record in the preview and its first quote in the document."""
        self.browser.controller.show_record(record_id)
        for anchor in self.document.anchors():
            if anchor.record_id == record_id and anchor.link is None:
                self.document.select_span(anchor.paragraph, anchor.start, anchor.stop)
                break

    def _focus_suggestions(self) -> None:
        self.tabs.setCurrentWidget(self.suggestions)
        self.suggestions.list.setFocus()

    # ------------------------------------------------------------------ saving, publishing

    def tell(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> None:
        """A message in the window that does not stop it (window-modal, not blocking)."""
        box = message_box(self, icon, title, text, name="curateMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save(self) -> bool:
        try:
            self.curation.save()
        except CoopDeskError as exc:
            self.tell(translate("CurateWindow", "Not saved"), _sentence(str(exc)))
            return False
        self.stack.setClean()
        self._update_title()
        saved = translate("CurateWindow", "Saved {path}.").format(path=self.curation.path)
        self.status.showMessage(saved, 5000)
        return True

    def publish_to(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("CurateWindow", "Publish to a database"),
            str(self.curation.path.with_suffix(".db")),
            translate("CurateWindow", "CoopDesk databases (*.db)"),
        )
        if name:
            self.publish(Path(name))

    def publish(self, target: Path | None) -> None:
        """Save, check and build into ``target`` (None: the checkout's data/coop.db)."""
        try:
            output = publish_target(self.curation, target)
        except CoopDeskError as exc:
            self.tell(translate("CurateWindow", "Not published"), _sentence(str(exc)))
            return
        frozen = self.curation.frozen()

        def done(result: object) -> None:
            self.curation.mark_saved(frozen.text)
            self.stack.setClean()
            self._update_title()
            published = translate("CurateWindow", "Published {path}; the curation is saved.")
            self.status.showMessage(published.format(path=output), 8000)

        self.operations.run(
            translate("CurateWindow", "Publishing…"),
            lambda _progress: publish(frozen, output),
            done,
            lambda text: self.tell(translate("CurateWindow", "Not published"), _sentence(text)),
        )

    def open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("CurateWindow", "Curate a document"),
            str(self.curation.document_path.parent),
            translate("CurateWindow", "Documents (*.txt);;All files (*)"),
        )
        if name:
            open_curate_window(Path(name), self.parentWidget(), self.tell)

    # ------------------------------------------------------------------ closing

    def _on_job_crashed(self, details: str) -> None:
        raise RuntimeError(f"a background job failed:\n{details}")

    def ask_to_save(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self,
            translate("CurateWindow", "Unsaved changes"),
            translate("CurateWindow", "Save the changes to {name} before closing?").format(
                name=self.curation.path.name
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The main window is closing: this window closes first, or stops it if cancelled.
        if (
            event.type() == QEvent.Type.Close
            and watched is self.parentWidget()
            and self.isVisible()
            and not self.close()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operations.running():
            self.status.showMessage(
                translate("CurateWindow", "Wait for Publish to finish, or cancel it."), 8000
            )
            event.ignore()
            return
        if self.curation.modified:
            answer = self.ask_to_save()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        if self._on_changed in self.curation.listeners:
            self.curation.listeners.remove(self._on_changed)
        self.builds.forget()
        self.suggester.forget()
        self.browser.shutdown()
        # The preview's folder goes once the last build has finished with it.
        self.builds.then(self.preview.close)
        super().closeEvent(event)


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def open_curate_window(
    document: Path, parent: QWidget | None, tell: Callable[[str, str], None]
) -> CurateWindow | None:
    """A Curate window on ``document`` and the curation beside it (new if there is none);
    the one already open on that curation is brought forward instead of a second one."""
    if parent is not None:
        wanted = document.with_suffix(".toml").resolve()
        for open_window in parent.findChildren(CurateWindow):
            if open_window.curation.path.resolve() == wanted and open_window.isVisible():
                open_window.raise_()
                open_window.activateWindow()
                return open_window
    try:
        curation = CurationFile.for_document(document)
    except CoopDeskError as exc:
        tell(translate("CurateWindow", "Cannot curate the document"), _sentence(str(exc)))
        return None
    window = CurateWindow(curation, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        # Closing the main window asks about unsaved curations first (and can be cancelled).
        parent.installEventFilter(window)
    window.show()
    return window
