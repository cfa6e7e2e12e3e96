"""The Curate window, used as a curator uses it: select words, fill the form, confirm,
undo and redo, accept or reject proposals, publish; and read what the panes show."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QImage, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolTip,
)

import probes
from coopdesk import paths
from coopdesk.app import create_curate_window
from coopdesk.curate.commands import RemoveRecord
from coopdesk.curate.curation import CurationFile
from coopdesk.store import Store
from coopdesk.ui.curate.window import CurateWindow
from coopdesk.ui.curate.worker import LatestWins

NAME = "fight-against-transnational-crime-and-terrorism"
JULY = "event/2017-07-13-expert-consultations-brussels"
JULY_WORDS = (
    "On 13 July 2017 expert consultations were held in Brussels between a Russian "
    "inter-agency delegation and representatives of the European External Action Service"
)
OUT = Path(__file__).resolve().parents[2] / "test-output"
NO_PROBLEMS = "No problems: the curation builds, and the preview shows it."


@pytest.fixture
def without_july(source_copy: Path) -> Path:
    """The bundled source, copied, with the 13 July 2017 consultations taken out (saved)."""
    curation = CurationFile.open(source_copy / f"{NAME}.toml")
    RemoveRecord(curation, JULY).redo(curation)
    curation.save()
    return source_copy


def open_window(qtbot, document: Path) -> CurateWindow:  # type: ignore[no-untyped-def]
    window = create_curate_window(document)
    qtbot.addWidget(window)
    # The fixture closes the window at the end; a test's unsaved edits are let go then.
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def press(qtbot, window: CurateWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A shortcut typed in the window (made active first, as a person's click would)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.document, key, Qt.KeyboardModifier.ControlModifier)


def settle(qtbot, window: CurateWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait for the check, the preview build and the Suggest pass of the last change."""
    qtbot.waitUntil(
        lambda: not window.builds.pending() and not window.suggester.pending(), timeout=60_000
    )


@pytest.fixture
def curate(qtbot, without_july: Path) -> CurateWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, without_july / f"{NAME}.txt")


def select_words(qtbot, window: CurateWindow, paragraph: int, words: str) -> None:  # type: ignore[no-untyped-def]
    """Click before the words and shift-click after them, as a person selects."""
    view = window.document
    block = view.document().findBlockByNumber(paragraph)
    start = block.position() + block.text().index(words)
    stop = start + len(words)

    def point(position: int) -> QPoint:
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        rect = view.cursorRect(cursor)
        bar = view.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > view.viewport().height():
            bar.setValue(bar.value() + rect.top() - view.viewport().height() // 3)
            rect = view.cursorRect(cursor)
        return rect.center() + QPoint(1, 0)

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, point(stop)
    )
    assert view.textCursor().selectedText() == words


def confirm_all(qtbot, window: CurateWindow) -> None:  # type: ignore[no-untyped-def]
    """Tick each proposed value's Confirm box, one by one, as the curator checks them."""
    form = window.form
    assert form is not None
    for row in form.fields:
        if row.unconfirmed:
            qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    assert form.ok.isEnabled(), form.pending.text()


def problem_lines(window: CurateWindow) -> list[str]:
    return [window.problems.item(r).text() for r in range(window.problems.count())]


def proposals(window: CurateWindow) -> list[tuple[str, str, str, str]]:
    """The proposals listed: kind, date, title and place as shown."""
    items = window.suggestions.list
    return [
        tuple(items.topLevelItem(r).text(c) for c in range(4))
        for r in range(items.topLevelItemCount())
    ]


def message_box(window: CurateWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "curateMessage")
    return box if box is not None and box.isVisible() else None


def tree_rows(window: CurateWindow, key: str) -> list[str]:
    model = window.browser.tree.tree_model
    parent = model.index_of_key(key)
    return [str(model.index(r, 0, parent).data()) for r in range(model.rowCount(parent))]


def detail_text(window: CurateWindow) -> str:
    return window.browser.detail.toPlainText()


def save_shot(window: CurateWindow, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / name))


# ---------------------------------------------------------------------- the whole loop


def test_a_selection_becomes_a_dated_record_with_place_and_participants_then_a_link_and_undo(
    qtbot, curate: CurateWindow
) -> None:
    assert tree_rows(curate, "year:2017") == [
        "8 Feb · Moscow — Second round of Russia–EU high-level counter-terrorism talks",
        "27 Sep · The Hague — Meeting of Ministry of Interior experts and Europol",
    ]
    select_words(qtbot, curate, 5, JULY_WORDS)
    press(qtbot, curate, Qt.Key.Key_R)
    form = curate.form
    assert form is not None and form.isVisible()
    # Proposed from the selection in the document's own forms, each still to confirm.
    assert form.kind.currentText() == "Expert consultations"
    assert form.date.text() == "2017-07-13"
    assert form.rows["date"].box.text() == "Confirm (13 July 2017)"
    assert form.place.currentText() == "Brussels"
    assert form.chosen_participants() == ("agency/ru-inter-agency-delegation", "agency/eu-eeas")
    assert not form.ok.isEnabled()
    assert "kind, title, date, place, participants" in form.pending.text()
    # The curator gives a title of their own (which confirms it) and checks the rest.
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Expert consultations in Brussels")
    assert not form.rows["title"].unconfirmed
    confirm_all(qtbot, curate)
    with qtbot.waitSignal(curate.builds.done, timeout=60_000):
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, curate)
    new_id = "event/2017-07-13-expert-consultations-in-brussels"
    assert "13 Jul · Brussels — Expert consultations in Brussels" in tree_rows(curate, "year:2017")
    assert probes.lane_of(curate.browser.timeline, new_id) == "Expert meetings"
    assert curate.browser.controller.current.id == new_id
    shown = detail_text(curate)
    assert "Russian inter-agency delegation" in shown
    assert "European External Action Service" in shown
    assert "13 July 2017" in shown
    assert problem_lines(curate) == ["No problems: the curation builds, and the preview shows it."]

    # Link it: the sentence that says expert-level discussions resumed, as an inferred form.
    resumed = "Discussions at expert level on practical aspects of cooperation in this field"
    select_words(qtbot, curate, 5, f"{resumed} are resumed.")
    curate.link_action.trigger()
    link = curate.form
    assert link is not None
    assert link.start.currentData() == "form/expert-level-discussions"  # what the words anchor
    link.start.setCurrentIndex(link.start.findData(new_id))
    link.relation.setCurrentIndex(link.relation.findData("form"))
    link.end.setCurrentIndex(link.end.findData("form/expert-level-discussions"))
    assert not link.ok.isEnabled()  # the basis is the curator's to say
    qtbot.mouseClick(link.basis.buttons["inferred"], Qt.MouseButton.LeftButton)
    assert link.pending.text() == "An inferred link needs its reason."
    qtbot.keyClicks(link.reason, "Read as the expert-level discussions the paragraph says resumed.")
    with qtbot.waitSignal(curate.builds.done, timeout=60_000):
        qtbot.mouseClick(link.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, curate)
    assert problem_lines(curate) == [NO_PROBLEMS]
    curate.browser.controller.show_record(new_id)
    assert "inferred" in detail_text(curate)
    assert "Discussions at expert level on practical aspects" in detail_text(curate)
    save_shot(curate, "curate-new-record.png")

    # Undo the link, then the record: gone from the file, the tree and the timeline.
    press(qtbot, curate, Qt.Key.Key_Z)
    settle(qtbot, curate)
    assert "the paragraph says resumed" not in curate.curation.text
    assert new_id in curate.curation.text
    press(qtbot, curate, Qt.Key.Key_Z)
    settle(qtbot, curate)
    assert new_id not in curate.curation.text
    assert not any("Expert consultations in Brussels" in r for r in tree_rows(curate, "year:2017"))
    assert probes.lane_of(curate.browser.timeline, new_id) is None
    assert not curate.curation.modified  # back to the file as saved

    # Redo both: back in the tree, on the timeline, and shown.
    curate.redo_action.trigger()
    curate.redo_action.trigger()
    settle(qtbot, curate)
    assert "13 Jul · Brussels — Expert consultations in Brussels" in tree_rows(curate, "year:2017")
    assert probes.lane_of(curate.browser.timeline, new_id) == "Expert meetings"
    assert curate.browser.controller.current.id == new_id
    assert "the paragraph says resumed" in curate.curation.text
    assert curate.isWindowModified()


def test_a_value_the_quote_does_not_state_needs_the_curators_reason(
    qtbot, curate: CurateWindow
) -> None:
    select_words(qtbot, curate, 5, "On 13 July 2017 expert consultations were held in Brussels")
    curate.record_action.trigger()
    form = curate.form
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Counter-terrorism consultations")
    for row in [row for row in form.fields if row.unconfirmed]:
        qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    reason = form.findChild(QLineEdit, "reason-title")
    assert reason is not None
    qtbot.waitUntil(reason.isVisible)
    assert form.pending.text() == (
        "The quote does not state every value: give the reason for title."
    )
    assert not form.ok.isEnabled()
    qtbot.keyClicks(reason, "The paragraph says these are talks on counterterrorism.")
    assert form.ok.isEnabled()
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, curate)
    assert problem_lines(curate) == [NO_PROBLEMS]
    record = curate.curation.record("event/2017-07-13-counter-terrorism-consultations")
    assert (record["title_basis"], record["title_reason"]) == (
        "editorial", "The paragraph says these are talks on counterterrorism.",
    )  # fmt: skip
    shown = " ".join(detail_text(curate).split())
    assert "not in the source" in shown


def test_hovering_a_quote_lists_the_records_it_supports(qtbot, curate: CurateWindow) -> None:
    view = curate.document
    block = view.document().findBlockByNumber(5)
    cursor = QTextCursor(view.document())
    cursor.setPosition(block.position() + block.text().index("The Hague") + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "Place · The Hague" in text
    assert "Expert meeting · 27 September 2017 · Meeting of Ministry of Interior experts" in text
    QToolTip.hideText()


def test_a_selection_across_paragraphs_or_in_the_title_is_refused_with_a_reason(
    qtbot, curate: CurateWindow
) -> None:
    view = curate.document
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().findBlockByNumber(1).position() + 5)
    cursor.setPosition(
        view.document().findBlockByNumber(2).position() + 5, QTextCursor.MoveMode.KeepAnchor
    )
    view.setTextCursor(cursor)
    curate.record_action.trigger()
    assert curate.form is None
    assert curate.status.currentMessage() == (
        "Select words within one paragraph: a quote never spans two."
    )
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    curate.record_action.trigger()
    assert curate.status.currentMessage().startswith("The title is not a paragraph")
    # A drag begun past the end of the title has chosen nothing there: ¶1's words count.
    title = view.document().findBlockByNumber(0)
    cursor.setPosition(title.position() + title.length() - 1)
    first = view.document().findBlockByNumber(1)
    cursor.setPosition(first.position() + 21, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    curate.record_action.trigger()
    assert curate.form is not None
    assert curate.form.quote_label.text() == "¶1  “Cooperation Agreement”"


def test_a_record_the_curation_already_holds_is_pointed_out_in_the_form(
    qtbot, curate: CurateWindow
) -> None:
    select_words(qtbot, curate, 2, "the Federal Security Service")
    curate.record_action.trigger()
    form = curate.form
    assert (form.kind.currentData(), form.title.text()) == ("agency", "Federal Security Service")
    assert form.note.text().startswith(
        "The curation already holds “Federal Security Service” (agency/ru-federal-security-service)"
    )
    form.title.end(False)
    qtbot.keyClicks(form.title, " of Russia")
    assert form.note.isHidden()


# ---------------------------------------------------------------------- suggestions


def test_suggestions_are_rejected_or_accepted_one_by_one_and_none_is_added_by_itself(
    qtbot, curate: CurateWindow
) -> None:
    panel = curate.suggestions
    before = curate.curation.text
    # The curation holds everything else the pass finds.
    assert proposals(curate) == [
        ("Expert consultations", "13 July 2017", "Expert consultations", "Brussels")
    ]
    assert panel.summary.text().startswith("1 to review · 31 already in the curation · 0 rejected")
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    # Choosing a proposal shows its quote in the document.
    assert curate.document.textCursor().selectedText() == JULY_WORDS + (
        ", the European Commission, the Office of EU Counter-Terrorism Coordinator as well as "
        "Europol."
    )
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert proposals(curate) == []
    assert panel.summary.text().startswith("0 to review · 31 already in the curation · 1 rejected")
    assert curate.curation.text == before

    qtbot.mouseClick(panel.show_rejected, Qt.MouseButton.LeftButton)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert not panel.accept_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert panel.summary.text().startswith("1 to review")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    form = curate.form
    assert form is not None
    assert curate.curation.text == before  # accepting opens the form; it adds nothing yet
    assert (form.kind.currentData(), form.date.text(), form.place.currentData()) == (
        "consultation", "2017-07-13", "place/brussels",
    )  # fmt: skip
    assert not form.ok.isEnabled()
    confirm_all(qtbot, curate)
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, curate)
    assert curate.curation.text != before
    assert panel.summary.text().startswith("0 to review · 32 already in the curation")
    assert curate.browser.controller.current.title == "Expert consultations"


def test_an_unchanged_proposal_cannot_be_added_until_each_field_is_confirmed(
    qtbot, curate: CurateWindow
) -> None:
    panel = curate.suggestions
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.accept_button.click()
    form = curate.form
    boxes = [row.box for row in form.fields if row.unconfirmed]
    assert len(boxes) == 5
    for box in boxes[:-1]:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        assert not form.ok.isEnabled()
    qtbot.mouseClick(boxes[-1], Qt.MouseButton.LeftButton)
    assert form.ok.isEnabled()


# ---------------------------------------------------------------------- names


def test_an_editorial_name_is_written_with_its_reason_and_a_documents_name_with_its_quote(
    qtbot, curate: CurateWindow
) -> None:
    select_words(qtbot, curate, 2, "the Federal Customs Service")
    curate.alias_action.trigger()
    form = curate.form
    assert form.record.currentData() == "agency/ru-federal-customs-service"
    qtbot.mouseClick(form.rows["record"].box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name, "Customs Service of Russia")
    qtbot.mouseClick(form.basis.buttons["editorial"], Qt.MouseButton.LeftButton)
    assert form.pending.text() == "An editorial name needs its reason."
    qtbot.keyClicks(form.reason, "A plain name people search for; the document does not use it.")
    assert form.ok.isEnabled(), form.pending.text()
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    settle(qtbot, curate)
    assert (
        '{ name = "Customs Service of Russia", basis = "editorial", reason = "A plain name '
        'people search for; the document does not use it." }'
    ) in curate.curation.text
    assert problem_lines(curate) == [NO_PROBLEMS]
    # The preview says the name is ours, not the document's.
    curate.browser.controller.show_record("agency/ru-federal-customs-service")
    shown = " ".join(detail_text(curate).split())
    assert "Customs Service of Russia" in shown
    assert "not in the source" in shown[shown.index("Customs Service of Russia") :][:200]

    # A name the document uses is quoted from the selection, and stated.
    select_words(qtbot, curate, 1, "between Russia and the EU")
    curate.alias_action.trigger()
    form = curate.form
    form.record.setCurrentIndex(form.record.findData("agency/ru-russian-federation"))
    qtbot.mouseClick(form.basis.buttons["stated"], Qt.MouseButton.LeftButton)
    assert form.name.text() == "between Russia and the EU"  # the selection, to trim
    assert form.reason.isEnabled() is False
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Russia")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    settle(qtbot, curate)
    record = curate.curation.record("agency/ru-russian-federation")
    assert record["aliases"] == ["Russia"]
    assert "between Russia and the EU" in [record.get("quote"), *record.get("quotes", [])]
    assert problem_lines(curate) == [NO_PROBLEMS]


# ---------------------------------------------------------------------- problems and publish


@pytest.fixture
def broken(without_july: Path) -> Path:
    """A curation whose last record quotes words the document does not hold."""
    toml = without_july / f"{NAME}.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('quote = "signed in Rome on', 'quote = "signed in Roma on', 1)
    assert "signed in Roma" in text
    toml.write_text(text, encoding="utf-8")
    return without_july


def test_a_problem_is_one_line_that_goes_to_its_record_and_publish_refuses(
    qtbot, broken: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = hashlib.sha256(paths.bundled_db().read_bytes()).hexdigest()
    window = open_window(qtbot, broken / f"{NAME}.txt")
    [line] = problem_lines(window)
    assert line.startswith("Line ")  # of the file being edited; the tooltip names it too
    assert f"{NAME}.toml:" in window.problems.item(0).toolTip()
    assert line.endswith(
        'place/rome: quote not found in the document: "signed in Roma on 6 November 2003"'
    )
    assert window.browser.banner.text().startswith("The preview shows the last version")
    window.problems.itemClicked.emit(window.problems.item(0))
    assert window.tabs.currentWidget() is window.file_text
    line_number = int(line.split(":")[0].removeprefix("Line "))
    assert window.file_text.textCursor().blockNumber() + 1 == line_number
    assert window.file_text.textCursor().block().text() == (
        'quote = "signed in Roma on 6 November 2003"'
    )

    target = tmp_path / "published.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.publish_to_action.trigger()
    qtbot.waitUntil(lambda: message_box(window) is not None)
    box = message_box(window)
    assert box.text().startswith("Not published: ")
    assert "signed in Roma" in box.text()
    box.close()
    assert not target.exists()
    assert hashlib.sha256(paths.bundled_db().read_bytes()).hexdigest() == bundled


def test_publish_to_a_chosen_database_saves_the_curation_and_builds_it(
    qtbot, curate: CurateWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = curate.suggestions
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.accept_button.click()
    confirm_all(qtbot, curate)
    curate.form.ok.click()
    settle(qtbot, curate)
    assert curate.isWindowModified()
    target = tmp_path / "published.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(curate.operations.finished, timeout=60_000) as finished:
        curate.publish_to_action.trigger()
    assert finished.args == [True]
    assert not curate.isWindowModified()
    assert curate.curation.path.read_text(encoding="utf-8") == curate.curation.text
    with Store(target) as store:
        assert store.record("event/2017-07-13-expert-consultations").title == (
            "Expert consultations"
        )


def test_publish_outside_the_checkouts_source_needs_a_chosen_database(
    curate: CurateWindow,
) -> None:
    assert not curate.publish_action.isEnabled()
    assert "choose a database to publish to" in curate.publish_action.statusTip()


# ---------------------------------------------------------------------- a new document


def test_a_new_document_starts_an_empty_curation_and_the_suggest_pass_proposes(
    qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    fictitious = Path(__file__).resolve().parents[1] / "data" / "fictitious"
    shutil.copy(fictitious / "lantern-cooperation.txt", folder / "lantern-cooperation.txt")
    window = open_window(qtbot, folder / "lantern-cooperation.txt")
    assert window.windowTitle().startswith("Curate — FICTITIOUS TEST DOCUMENT")
    assert "(new curation)" in window.windowTitle()
    dated = [(kind, date) for kind, date, _title, _place in proposals(window) if date]
    assert dated == [
        ("Instrument", "12 March 2019"), ("Expert consultations", "3 June 2020"),
        ("Expert meeting", "5 November 2021"), ("High-level talks", "20 January 2022"),
    ]  # fmt: skip
    assert window.document.anchors() == []
    assert not (folder / "lantern-cooperation.toml").exists()  # nothing written unasked
    window.save_action.trigger()
    assert (folder / "lantern-cooperation.toml").is_file()


# ---------------------------------------------------------------------- the worker


def test_latest_wins_runs_only_the_newest_of_the_requests_made_while_one_ran(qtbot) -> None:
    worker = LatestWins()
    started, gate = threading.Event(), threading.Event()
    ran: list[int] = []

    def job(n: int):  # type: ignore[no-untyped-def]
        def run() -> int:
            if n == 1:
                started.set()
                gate.wait(10)
            ran.append(n)
            return n

        return run

    results: list[object] = []
    worker.done.connect(results.append)
    worker.request(job(1))
    assert started.wait(10)
    for n in (2, 3, 4):
        worker.request(job(n))
    with qtbot.waitSignal(worker.done, timeout=10_000):
        gate.set()
    qtbot.waitUntil(lambda: not worker.pending())
    assert results == [4]  # the first ran, but its result arrived overtaken
    assert ran == [1, 4]  # 2 and 3 were overtaken before they started


# ---------------------------------------------------------------------- ways in


def test_file_curate_document_opens_a_curate_window_on_the_chosen_document(
    qtbot, window, without_july: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = without_july / f"{NAME}.txt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(document), ""))
    file_menu = window.findChild(QMenu, "fileMenu")
    [action] = [a for a in file_menu.actions() if a.text() == "C&urate Document…"]
    action.trigger()
    curate = window.findChild(CurateWindow)
    assert curate is not None and curate.isVisible()
    settle(qtbot, curate)
    assert curate.curation.path == without_july / f"{NAME}.toml"
    assert curate.windowTitle() == (
        "Curate — Fight against transnational crime and terrorism[*] — CoopDesk"
    )
    curate.close()


def test_closing_the_main_window_asks_about_an_unsaved_curation_first(
    qtbot, window, without_july: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = without_july / f"{NAME}.txt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(document), ""))
    file_menu = window.findChild(QMenu, "fileMenu")
    [action] = [a for a in file_menu.actions() if a.text() == "C&urate Document…"]
    action.trigger()
    curate = window.findChild(CurateWindow)
    settle(qtbot, curate)
    action.trigger()  # the same document again: the same window, not a second one
    assert window.findChildren(CurateWindow) == [curate]
    panel = curate.suggestions
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.accept_button.click()
    confirm_all(qtbot, curate)
    curate.form.ok.click()
    settle(qtbot, curate)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        return lambda: asked.append(button.name) or button

    curate.ask_to_save = answer(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked == ["Cancel"] and window.isVisible() and curate.isVisible()
    curate.ask_to_save = answer(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert asked == ["Cancel", "Discard"]
    assert "2017-07-13-expert-consultations" not in (without_july / f"{NAME}.toml").read_text(
        encoding="utf-8"
    )


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, text=True, timeout=300
    )


def test_coopdesk_curate_makes_a_screenshot_of_the_window(tmp_path: Path) -> None:
    out = tmp_path / "curate.png"
    document = paths.source_dir() / f"{NAME}.txt"
    result = run_cli(
        "curate", str(document), "--screenshot", str(out), "--select", "event/2017-09-27-the-hague"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Saved {out} (1440×900).\n"
    assert QImage(str(out)).size().width() == 1440


def test_coopdesk_curate_refuses_a_missing_document_or_record_in_one_line(
    tmp_path: Path,
) -> None:
    missing = run_cli("curate", str(tmp_path / "none.txt"))
    assert missing.returncode == 2
    assert missing.stderr == (
        f"coopdesk: {tmp_path / 'none.txt'}: cannot be read (No such file or directory).\n"
    )
    document = paths.source_dir() / f"{NAME}.txt"
    unknown = run_cli(
        "curate", str(document), "--screenshot", str(tmp_path / "x.png"), "--select", "event/x"
    )
    assert unknown.returncode == 2
    assert unknown.stderr == "coopdesk: no record 'event/x' in the curation.\n"
    assert not (tmp_path / "x.png").exists()
