"""The main window, used as a user uses it: choose, type, click, and read what is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QLabel, QListView, QToolButton, QWidget

import probes
from coopdesk.app import create_main_window
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.treemodel import RecordIdRole
from driving import choose, entry, tick, type_choice

OUT = Path(__file__).resolve().parents[2] / "test-output"
HAGUE = "event/2017-09-27-the-hague"


def status(window: MainWindow) -> str:
    return window.record_count.text()


def group_label(window: MainWindow, key: str) -> str:
    return str(window.tree_model.index_of_key(key).data())


def save_shot(window: MainWindow, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / name))


def click_link(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the first link in the detail view whose text is ``text``."""
    detail = window.detail
    doc = detail.document()
    cursor = doc.find(text)
    while not cursor.isNull() and not cursor.charFormat().isAnchor():
        cursor = doc.find(text, cursor)
    assert not cursor.isNull(), f"no link '{text}' in the detail view"
    start = QTextCursor(doc)
    start.setPosition(cursor.selectionStart() + 1)
    detail.setTextCursor(start)
    detail.ensureCursorVisible()
    point = detail.cursorRect(start).center()
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_choosing_year_2017_leaves_the_three_meetings(qtbot, window: MainWindow) -> None:
    assert status(window) == "11 of 11 records"
    choose(qtbot, window.filter_bar.year, "2017")
    assert status(window) == "3 of 11 records"
    assert group_label(window, "group:events") == "Events (3)"
    assert group_label(window, "year:2017") == "2017 (3)"
    assert window.tree_model.index_of_key("year:2014").isValid() is False
    assert probes.visible_count(window.timeline) == 3
    chips = [c.text() for c in window.chips.chips()]
    assert chips == ["Year: 2017  ✕"]
    save_shot(window, "window-2017.png")


def test_filter_counts_follow_the_other_filters(qtbot, window: MainWindow) -> None:
    agency = window.filter_bar.agency
    assert entry(agency, "European Police Office") == ("European Police Office (Europol)", 3, True)
    assert entry(agency, "All agencies") == ("All agencies", 11, True)  # records, not choices
    type_choice(qtbot, window.filter_bar.year, "2017")
    assert status(window) == "3 of 11 records"
    assert entry(agency, "European Police Office")[1] == 2
    assert entry(agency, "All agencies")[1] == 3
    assert entry(window.filter_bar.year, "All years")[1] == 11


def test_agency_and_offence_filters_combine_and_clear_one_by_one(qtbot, window: MainWindow) -> None:
    tick(qtbot, window.filter_bar.agency, "European Police Office")
    assert status(window) == "3 of 11 records"
    tick(qtbot, window.filter_bar.offence, "2.")
    assert status(window) == "2 of 11 records"
    chips = {c.text(): c for c in window.chips.chips()}
    europol = "Agency: European Police Office (Europol)  ✕"
    assert set(chips) == {europol, "Offence: 2. Terrorism and its financing  ✕"}
    qtbot.mouseClick(chips[europol], Qt.MouseButton.LeftButton)
    # Terrorism: the Agreement, three joint statements, three rounds of talks, 13 July.
    assert status(window) == "8 of 11 records"
    assert window.filter_bar.agency.ticked() == ()
    assert window.filter_bar.agency.summary() == "All agencies"
    clear = window.chips.findChild(QToolButton, "clearAllFilters")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert status(window) == "11 of 11 records"
    assert window.chips.chips() == []
    assert (
        window.chips.findChild(QLabel, "noFilters").text() == "No filters: every record is shown."
    )


def test_typing_in_the_search_box_filters_and_lists_results(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "Hague")
    qtbot.waitUntil(lambda: status(window).endswith("; 1 of 11 on the timeline"))
    results = window.tree_model.index_of_key("group:search")
    assert results.isValid()
    assert window.tree_model.rowCount(results) >= 2  # the meeting, the place, ¶5
    labels = [
        str(window.tree_model.index(r, 0, results).data())
        for r in range(window.tree_model.rowCount(results))
    ]
    assert any(label.startswith("¶5 of") for label in labels)
    save_shot(window, "window-search.png")


def test_an_unbalanced_quote_is_searched_not_refused(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.filter_bar.search, '"joint statement')
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert "invalid" not in status(window)
    assert status(window).endswith("; 4 of 11 on the timeline")  # three statements, a summit
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: status(window) == "11 of 11 records")


def test_clicking_a_timeline_record_selects_it_in_tree_and_detail(
    qtbot, window: MainWindow
) -> None:
    rect = probes.marker_rect(window.timeline, HAGUE)
    assert rect is not None
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.tree.currentIndex().data(RecordIdRole) == HAGUE
    text = window.detail.toPlainText()
    assert "Meeting of Ministry of Interior experts and Europol" in text
    assert "27 September 2017" in text and "The Hague" in text
    assert window.timeline.current_id() == HAGUE
    save_shot(window, "window-selected.png")


def test_selecting_in_the_tree_moves_the_timeline(qtbot, window: MainWindow) -> None:
    index = window.tree_model.indexes_of_record("event/2016-04-01-ct-talks-round-1")[0]
    window.tree.scrollTo(index)
    qtbot.mouseClick(
        window.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.tree.visualRect(index).center(),
    )
    assert window.timeline.current_id() == "event/2016-04-01-ct-talks-round-1"
    assert window.detail.toPlainText().startswith("First round of Russia–EU")


def test_links_back_and_forward(qtbot, window: MainWindow) -> None:
    window.select_record("event/2018-02-08-ct-talks-round-3")
    click_link(qtbot, window, "Second round of Russia–EU high-level counter-terrorism talks")
    assert window.controller.current.id == "event/2017-02-08-ct-talks-round-2"
    assert window.tree.currentIndex().data(RecordIdRole) == "event/2017-02-08-ct-talks-round-2"
    click_link(qtbot, window, "Moscow")
    assert window.detail.toPlainText().startswith("Moscow")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.toPlainText().startswith("Second round")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.toPlainText().startswith("Third round")
    assert not window.back_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.toPlainText().startswith("Second round")
    assert window.forward_action.isEnabled()


def test_show_in_source_highlights_the_quote(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    click_link(qtbot, window, "Show in source")
    assert window.detail.toPlainText().startswith("Fight against transnational crime")
    assert probes.highlighted_text(window.detail) == (
        "On 27 September 2017 in The Hague a meeting between experts of the Russian Ministry "
        "of Interior and Europol took place in the margins of the 5th Europol-Interpol "
        "Cybercrime Conference."
    )
    save_shot(window, "window-source.png")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.toPlainText().startswith("Meeting of Ministry of Interior")


def test_foreign_links_are_refused(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl

    window.detail.anchorClicked.emit(QUrl("https://example.org/"))
    assert "not a CoopDesk link" in window.status.currentMessage()
    assert window.controller.current is None


def test_copy_citation_puts_quote_paragraph_and_title_on_the_clipboard(
    qtbot, window: MainWindow
) -> None:
    window.select_record(HAGUE)
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text().startswith("“On 27 September 2017 in The Hague")
    assert "Fight against transnational crime and terrorism, ¶5" in mime.text()
    assert "<i>Fight against transnational crime and terrorism</i>" in mime.html()


def test_keyboard_reaches_every_pane(qtbot, window: MainWindow) -> None:
    for key, pane in (
        (Qt.Key.Key_1, window.tree),
        (Qt.Key.Key_2, window.timeline),
        (Qt.Key.Key_3, window.detail),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert pane.hasFocus()
    for name in (
        "treePane",
        "timelinePane",
        "detailPane",
        "agencyFilter",
        "offenceFilter",
        "yearFilter",
        "searchBox",
    ):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_timeline_arrow_keys_step_and_follow_filters(qtbot, window: MainWindow) -> None:
    type_choice(qtbot, window.filter_bar.year, "2017")
    window.select_record("event/2017-02-08-ct-talks-round-2")
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert window.controller.current.id == "event/2017-07-13-expert-consultations-brussels"
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert window.controller.current.id == HAGUE
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)  # 2018 is filtered out: stays
    assert window.controller.current.id == HAGUE


def test_filters_and_layout_survive_a_restart(qtbot, built_db: Path, settings_path: Path) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    first = create_main_window(built_db, settings)
    qtbot.addWidget(first)
    first.show()
    type_choice(qtbot, first.filter_bar.year, "2017")
    first.h_split.setSizes([300, 1100])
    sizes = first.h_split.sizes()
    first.close()
    again = create_main_window(built_db, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert again.record_count.text() == "3 of 11 records"
    assert again.filter_bar.year.currentText() == "2017"
    assert again.h_split.sizes() == sizes


def test_a_damaged_database_is_explained_in_the_window(qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    win = create_main_window(bad)
    qtbot.addWidget(win)
    assert "damaged or not a CoopDesk database" in win.load_error
    text = win.detail.toPlainText()
    assert "No database open" in text and "File > Open Database" in text


def test_tree_model_passes_the_model_tester_through_filter_changes(
    qtbot, qtmodeltester, window: MainWindow
) -> None:
    # The tester stays connected and checks every signal the changes below emit.
    qtmodeltester.check(window.tree_model, force_py=True)
    type_choice(qtbot, window.filter_bar.year, "2017")
    assert window.record_count.text() == "3 of 11 records"
    qtbot.keyClicks(window.filter_bar.search, "Europol")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.record_count.text().endswith("; 2 of 11 on the timeline"))
    window.filter_bar.search.clear()
    window.filter_bar.flush_search()
    choose(qtbot, window.filter_bar.year, "All years")
    assert window.record_count.text() == "11 of 11 records"
    assert window.tree_model.index_of_key("year:2014").isValid()


def test_filter_change_keeps_selection_and_expanded_groups(qtbot, window: MainWindow) -> None:
    agencies = window.tree_model.index_of_key("group:agency")
    window.tree.expand(agencies)
    window.select_record(HAGUE)
    type_choice(qtbot, window.filter_bar.year, "2017")
    assert window.tree.isExpanded(window.tree_model.index_of_key("group:agency"))
    assert window.tree.currentIndex().data(RecordIdRole) == HAGUE


def test_gui_without_a_display_says_so_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "gui"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("coopdesk: no display available")
    assert len(result.stderr.strip().splitlines()) == 1


def test_screenshot_command_writes_a_png_of_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coopdesk",
            "gui",
            "--screenshot",
            str(out),
            "--year",
            "2017",
            "--select",
            HAGUE,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)


def test_combo_list_is_a_list_view(window: MainWindow) -> None:
    # Entries that would leave no record stay in the list, greyed and not choosable.
    assert isinstance(window.filter_bar.agency.view(), QListView)
    un = ("United Nations (UN) — title not in the source", 0, False)
    assert entry(window.filter_bar.agency, "United Nations") == un


def test_every_filter_stays_on_screen_in_a_narrow_window(qtbot, window: MainWindow) -> None:
    window.resize(1000, 700)
    names = ("agencyFilter", "offenceFilter", "yearFilter", "yearToFilter", "searchBox")
    widgets = [window.findChild(QWidget, name) for name in names]

    def all_on_screen() -> bool:  # once the new size (or the window's least) is laid out
        return window.width() == max(1000, window.minimumWidth()) and all(
            w.isVisible() and window.rect().contains(w.mapTo(window, w.rect().bottomRight()))
            for w in widgets
        )

    qtbot.waitUntil(all_on_screen)


def test_switching_to_a_dark_palette_restyles_the_detail_view(window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette

    window.select_record(HAGUE)
    dark = QPalette(window.detail.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(colour))
    window.detail.setPalette(dark)
    assert "color: #e8eaed" in window.detail.document().defaultStyleSheet()
    assert window.detail.toPlainText().startswith("Meeting of Ministry of Interior")
