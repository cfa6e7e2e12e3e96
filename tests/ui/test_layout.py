"""Where things stand and how the keyboard moves among them: the window as it is seen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

import probes
from coopdesk.ui.mainwindow import MainWindow
from driving import choose, tick

HAGUE = "event/2017-09-27-the-hague"
MOSCOW = "event/2017-02-08-ct-talks-round-2"
DOCUMENT = "fight-against-transnational-crime-and-terrorism"


def on_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def click_link(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = window.detail.document()
    cursor = doc.find(text)
    while not cursor.isNull() and not cursor.charFormat().isAnchor():
        cursor = doc.find(text, cursor)
    assert not cursor.isNull(), f"no link {text!r}"
    at = QTextCursor(doc)
    at.setPosition(cursor.selectionStart() + 1)
    window.detail.setTextCursor(at)
    window.detail.ensureCursorVisible()
    point = window.detail.cursorRect(at).center()
    qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_timeline_keeps_its_lanes_height_and_the_detail_takes_the_rest(
    qtbot, window: MainWindow
) -> None:
    window.reset_layout()
    timeline = window.timeline
    assert abs(timeline.height() - timeline.preferred_height()) <= 4
    lanes = timeline.frame().lanes
    assert all(len(band.rows) == 2 for band in lanes), "two rows of labels in every lane"
    detail = window.detail.height()
    assert detail > 2 * timeline.height()
    before = timeline.height()
    window.resize(window.width(), window.height() + 200)
    qtbot.waitUntil(lambda: window.detail.height() >= detail + 150)
    assert timeline.height() == before  # a taller window is more room to read


def test_the_note_is_one_line_until_used(qtbot, window: MainWindow) -> None:
    panel = window.notes_panel
    assert panel.height() <= panel.toggle.sizeHint().height() + 12
    bottom = on_window(window, window.detail).bottom()
    assert on_window(window, panel).top() - bottom < 12
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.height() >= 100)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.height() <= panel.toggle.sizeHint().height() + 12)


def test_nothing_moves_when_the_first_filter_appears(qtbot, window: MainWindow) -> None:
    top = on_window(window, window.h_split).top()
    assert window.chips.isVisible()
    choose(qtbot, window.filter_bar.year, "2017")
    chip = window.chips.chips()[0]
    qtbot.waitUntil(lambda: chip.shown_text() == "Year: 2017  ✕")  # with room, drawn whole
    assert on_window(window, window.h_split).top() == top
    tick(qtbot, window.filter_bar.agency, "European Police Office", "Ministry of Interior")
    assert on_window(window, window.h_split).top() == top


def test_the_window_is_usable_at_800_by_600(qtbot, window: MainWindow) -> None:
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() <= 800 and window.height() <= 600)
    search, agency = window.filter_bar.search, window.filter_bar.agency
    # Stated only and the search box take a second row under the boxes.
    qtbot.waitUntil(lambda: search.y() > agency.y() + agency.height() // 2)
    assert window.filter_bar.stated_only.y() > agency.y() + agency.height() // 2
    area = window.rect()
    for widget in (*window.filter_bar.boxes(), window.tree, window.timeline, window.detail):
        assert widget.isVisible(), widget.objectName()
        assert area.contains(on_window(window, widget)), widget.objectName()
    assert search.width() >= 400, "the search box has a row of its own, not a sliver"
    assert window.detail.height() >= 150 and window.tree.width() >= 200
    assert window.timeline.frame().labels, "the timeline still labels its markers"
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: search.y() < agency.y() + agency.height() // 2)  # one row again


def test_tab_follows_the_screen_with_one_stop_for_the_detail(qtbot, window: MainWindow) -> None:
    choose(qtbot, window.filter_bar.year, "2017")
    window.select_record(HAGUE)  # a record with many links
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.filter_bar.agency.setFocus()
    seen = [QApplication.focusWidget().objectName()]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen[:10] == [
        "agencyFilter", "offenceFilter", "yearFilter", "yearToFilter", "statedOnlyFilter",
        "searchBox", "", "clearAllFilters",  # the chip "Year: 2017", then Clear all
        "treePane", "timelinePane",
    ]  # fmt: skip
    assert seen[10] == "detailPane"
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert window.notes_panel.toggle.hasFocus(), "one Tab stop for the detail, whatever its links"
    qtbot.keyClick(window.notes_panel.toggle, Qt.Key.Key_Backtab)
    assert window.detail.hasFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_Backtab)
    assert window.timeline.hasFocus()


def test_esc_clears_the_search(qtbot, window: MainWindow) -> None:
    search = window.filter_bar.search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "Hague")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.record_count.text().endswith("1 of 11 on the timeline")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and window.controller.filters.text == ""
    assert window.record_count.text() == "11 of 11 records"


def test_the_title_names_what_is_shown_and_leaves_the_app_name_to_the_platform(
    window: MainWindow,
) -> None:
    assert QGuiApplication.applicationDisplayName() == "CoopDesk"
    assert "CoopDesk" not in window.windowTitle()  # the platform adds " — CoopDesk"
    window.select_record(HAGUE)
    assert window.windowTitle() == "Meeting of Ministry of Interior experts and Europol"


def test_back_to_a_passage_returns_to_the_place_and_selects_no_record(
    qtbot, window: MainWindow
) -> None:
    window.resize(1000, 600)  # the document runs longer than the pane
    window.select_record(HAGUE)
    click_link(qtbot, window, "Show in source")
    bar = window.detail.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 3)
    place = bar.value()
    assert not window.tree.currentIndex().isValid(), "a passage is no record of the tree"
    window.select_record(MOSCOW)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.toPlainText().startswith("Fight against transnational crime")
    assert bar.value() == place
    assert not window.tree.currentIndex().isValid()
    assert window.timeline.current_id() is None
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.controller.current.id == MOSCOW


def test_paragraph_numbers_are_links_to_the_passage(qtbot, window: MainWindow) -> None:
    window.select_record(HAGUE)
    first = window.controller.current.links[0]  # the first participant, whose ¶5 comes first
    click_link(qtbot, window, "¶5")
    assert window.detail.toPlainText().startswith("Fight against transnational crime")
    assert probes.highlighted_text(window.detail) == first.citations[0].quote
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.controller.current.id == HAGUE


def test_agencies_of_each_side_have_their_own_icon(window: MainWindow) -> None:
    model = window.tree_model

    def icon(record_id: str) -> bytes:
        image = model.index_of_key(f"rec:{record_id}").data(Qt.ItemDataRole.DecorationRole)
        return bytes(image.pixmap(16, 16).toImage().constBits())

    ru, eu = icon("agency/ru-federal-security-service"), icon("agency/eu-europol")
    un = icon("agency/intl-united-nations")
    assert len({ru, eu, un}) == 3
    assert icon("agency/ru-federal-customs-service") == ru


def test_ctrl_tab_walks_the_detail_views_links_and_enter_follows_one(
    qtbot, window: MainWindow
) -> None:
    window.select_record(HAGUE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.hasFocus(), "Ctrl+Tab stays in the pane, on its first link"
    assert window.detail.textCursor().selectedText() == "The Hague"
    qtbot.keyClick(window.detail, Qt.Key.Key_Return)
    assert window.controller.current.id == "place/the-hague"


def test_many_filters_on_a_narrow_window_keep_every_chip_on_screen(
    qtbot, window: MainWindow
) -> None:
    window.resize(800, 600)
    tick(qtbot, window.filter_bar.agency, "European Police Office", "Ministry of Interior")
    choose(qtbot, window.filter_bar.year, "2017")
    qtbot.keyClicks(window.filter_bar.search, "meeting")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chips.chips()) == 4)
    qtbot.waitUntil(lambda: window.width() <= 800)
    area = window.rect()
    for button in window.chips.buttons():
        qtbot.waitUntil(button.isVisible)
        assert area.contains(on_window(window, button)), button.text()
    shown = [chip.shown_text() for chip in window.chips.chips()]
    assert shown[0].startswith("Agency: ") and shown[0].endswith("…  ✕"), "squeezed: elided"
    assert shown[2] == "Year: 2017  ✕", "a short one keeps all of it"
    # The status bar: the sentence whole, where the data come from shortened with "…".
    count = window.record_count
    qtbot.waitUntil(lambda: count.width() >= count.sizeHint().width())
    data = window.data_label
    assert data.shown_text().endswith("…") and data.shown_text().startswith("1 document")
    assert "information as of 8 February 2018" in data.toolTip()
