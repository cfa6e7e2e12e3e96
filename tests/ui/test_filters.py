"""The filter boxes, used as a user uses them: tick several, type, arrow, press Enter or Esc."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocumentFragment, QWheelEvent
from PySide6.QtWidgets import QApplication

from coopdesk.model import Filters
from coopdesk.ui.choices import HEADER, POPUP_MAX_WIDTH, KindRole
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.userdata import View
from driving import choose, click_entry, entry, open_list, tick, type_choice

EUROPOL = "agency/eu-europol"
MVD = "agency/ru-ministry-of-interior"
HAGUE = "event/2017-09-27-the-hague"


def status(window: MainWindow) -> str:
    return window.record_count.text()


def plain(tooltip: str) -> str:
    """What a tooltip shows."""
    return QTextDocumentFragment.fromHtml(tooltip).toPlainText()


def watch_rows(box) -> list[str]:  # type: ignore[no-untyped-def]
    """Records every time the box's list is torn down or rebuilt."""
    seen: list[str] = []
    model = box.model()
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsRemoved.connect(lambda *_: seen.append("removed"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    return seen


def test_several_agencies_are_kept_shown_as_chips_and_none_is_dropped(
    qtbot, window: MainWindow
) -> None:
    tick(qtbot, window.filter_bar.agency, "European Police Office", "Ministry of Interior")
    assert window.controller.filters.agencies == (EUROPOL, MVD)
    # Both are involved in the Agreement and in the meeting in The Hague.
    assert status(window) == "2 of 11 records"
    assert window.filter_bar.agency.summary() == "2 agencies"
    chips = [c.text() for c in window.chips.chips()]
    assert chips == [
        "Agency: European Police Office (Europol)  ✕",
        "Agency: Ministry of Interior  ✕",  # MVD is ours, not the document's: not its name
    ]
    # Another box's choice keeps both.
    choose(qtbot, window.filter_bar.year, "2017")
    assert window.controller.filters.agencies == (EUROPOL, MVD)
    # Removing one chip keeps the other.
    qtbot.mouseClick(window.chips.chips()[1], Qt.MouseButton.LeftButton)
    assert window.controller.filters.agencies == (EUROPOL,)
    assert window.filter_bar.agency.ticked() == (EUROPOL,)


def test_a_saved_view_with_two_agencies_comes_back_with_both(qtbot, window: MainWindow) -> None:
    window.apply_view(View(Filters(agencies=(EUROPOL, MVD)), HAGUE))
    assert window.filter_bar.agency.ticked() == (EUROPOL, MVD)
    assert len(window.chips.chips()) == 2
    assert status(window) == "2 of 11 records"


def test_ticks_apply_when_the_list_closes_and_esc_keeps_what_was_there(
    qtbot, window: MainWindow
) -> None:
    box = window.filter_bar.agency
    open_list(qtbot, box)
    click_entry(qtbot, box, "European Police Office")
    assert box.view().isVisible(), "the list stays open for more ticks"
    assert window.controller.filters.is_empty and status(window) == "11 of 11 records"
    qtbot.keyClick(box.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    assert box.ticked() == () and window.controller.filters.is_empty
    # Space ticks the highlighted entry; closing the list applies.
    open_list(qtbot, box)
    view = box.view()
    view.setCurrentIndex(box.model().index(box.findData(EUROPOL), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert box.ticked() == (EUROPOL,) and window.controller.filters.is_empty
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert window.controller.filters.agencies == (EUROPOL,)
    # "All agencies" clears the ticks.
    tick(qtbot, box, "All agencies")
    assert window.controller.filters.is_empty


def test_arrowing_through_a_box_neither_applies_nor_refills_it(qtbot, window: MainWindow) -> None:
    year = window.filter_bar.year
    year.setFocus()
    torn = watch_rows(year)
    qtbot.keyClick(year, Qt.Key.Key_Down)  # on a closed box: opens the list
    assert year.view().isVisible()
    for _ in range(4):
        qtbot.keyClick(year.view(), Qt.Key.Key_Down)
    assert window.controller.filters.is_empty and status(window) == "11 of 11 records"
    assert torn == []
    qtbot.keyClick(year.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not year.view().isVisible())
    assert window.controller.filters.year_from == 2014  # the fourth year down
    assert torn == [], "the same entries are updated in place, not torn down"
    assert year.currentText() == "2014"


def test_arrowing_through_the_agencies_changes_nothing_until_enter(
    qtbot, window: MainWindow
) -> None:
    box = window.filter_bar.agency
    box.setFocus()
    torn = watch_rows(box)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.view().isVisible()
    for _ in range(3):
        qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    assert window.controller.filters.is_empty and torn == []
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)  # Enter with nothing ticked: this one alone
    qtbot.waitUntil(lambda: not box.view().isVisible())
    assert len(window.controller.filters.agencies) == 1
    assert torn == []


def test_typing_on_a_closed_box_finds_without_applying(qtbot, window: MainWindow) -> None:
    year = window.filter_bar.year
    year.setFocus()
    qtbot.keyClicks(year, "2017")
    assert year.view().isVisible()
    assert window.controller.filters.is_empty
    assert year.view().currentIndex().data() == "2017"
    qtbot.keyClick(year, Qt.Key.Key_Return)
    assert status(window) == "3 of 11 records"


def test_the_mouse_wheel_over_a_box_changes_no_filter(qtbot, window: MainWindow) -> None:
    year = window.filter_bar.year
    centre = QPointF(year.rect().center())
    event = QWheelEvent(
        centre, QPointF(year.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(year, event)
    assert window.controller.filters.is_empty and year.currentText() == "All years"


def test_every_count_is_a_number_of_records(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    assert entry(bar.agency, "All agencies")[1] == 11
    assert entry(bar.offence, "All offence types")[1] == 11
    assert entry(bar.year, "All years")[1] == 11
    tick(qtbot, bar.agency, "European Police Office")
    assert status(window) == "3 of 11 records"
    assert entry(bar.agency, "All agencies")[1] == 11  # what no agency filter leaves
    # Each further agency counts what ticking it as well would leave.
    expected = entry(bar.agency, "Ministry of Interior")[1]
    tick(qtbot, bar.agency, "Ministry of Interior")
    assert status(window) == f"{expected} of 11 records"
    # The "to" box counts the whole range up to each year.
    tick(qtbot, bar.agency, "All agencies")
    choose(qtbot, bar.year, "2016")
    assert entry(bar.year_to, "only")[1] == 1
    assert entry(bar.year_to, "2017")[1] == 4
    assert entry(bar.year_to, "2018")[1] == 5
    choose(qtbot, bar.year_to, "2018")
    assert status(window) == "5 of 11 records"


def test_agencies_stand_under_their_side_sorted_by_the_name_shown(window: MainWindow) -> None:
    box = window.filter_bar.agency
    model = box.model()
    groups: dict[str, list[str]] = {}
    side = ""
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        text = box.itemText(row)
        assert text == text.strip(), "no indenting spaces"
        if index.data(KindRole) == HEADER:
            side = text
            groups[side] = []
            assert not model.flags(index) & Qt.ItemFlag.ItemIsSelectable
        elif side:
            groups[side].append(text)
            spoken = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
            assert spoken.startswith(f"{text}, {side}, "), spoken  # the side is spoken
    assert list(groups) == ["Russian Federation", "European Union", "International"]
    for names in groups.values():
        assert names == sorted(names, key=str.casefold)
    assert "Federal Security Service" in groups["Russian Federation"]  # FSB is ours


def test_long_names_elide_with_the_full_name_as_tooltip(qtbot, window: MainWindow) -> None:
    box = window.filter_bar.offence
    open_list(qtbot, box)
    row = box.findData("offence/5-firearms-and-materials")
    full = box.itemText(row)
    assert len(full) > 90
    view = box.view()
    assert view.width() <= max(box.width(), POPUP_MAX_WIDTH)
    assert view.fontMetrics().horizontalAdvance(full) > view.viewport().width()  # so: elided
    tip = str(box.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert plain(tip) == f"{full} — 1 record, 1 inferred"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    # The closed box draws its text elided too, and says it in full on hover.
    tick(qtbot, window.filter_bar.agency, "Federal Financial Monitoring")
    agency = window.filter_bar.agency
    tip = plain(agency.toolTip())
    assert tip.startswith("Federal Financial Monitoring Service — 1 record")
    assert "Rosfinmonitoring: not in the source" in tip  # the name of ours, said on hover
    assert agency.fontMetrics().horizontalAdvance(agency.summary()) > agency.width()


def test_an_agency_has_one_name_in_the_box_the_chip_the_tree_and_the_detail(
    qtbot, window: MainWindow
) -> None:
    name = "European Police Office (Europol)"
    assert entry(window.filter_bar.agency, "European Police")[0] == name
    tick(qtbot, window.filter_bar.agency, "European Police")
    assert window.chips.chips()[0].text() == f"Agency: {name}  ✕"
    model = window.tree_model
    assert model.index_of_key(f"rec:{EUROPOL}").data() == name
    window.select_record(HAGUE)
    assert name in window.detail.toPlainText()
    window.select_record(EUROPOL)
    assert window.detail.toPlainText().startswith(name)
    assert window.windowTitle() == name


def test_the_filter_boxes_say_what_they_hold_to_assistive_tools(qtbot, window: MainWindow) -> None:
    agency = window.filter_bar.agency
    assert agency.accessibleName() == "Agency filter"
    assert agency.accessibleDescription() == "All agencies"
    tick(qtbot, agency, "European Police Office", "Ministry of Interior")
    assert agency.accessibleDescription() == "2 agencies"
    unticked = agency.model().index(agency.findData("agency/intl-united-nations"), 0)
    assert not agency.model().flags(unticked) & Qt.ItemFlag.ItemIsEnabled  # nothing left
    ticked = agency.model().index(agency.findData(EUROPOL), 0)
    assert ticked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    type_choice(qtbot, window.filter_bar.year, "2017")
    assert window.controller.filters.agencies == (EUROPOL, MVD)


def test_markup_in_a_search_shows_literally_on_its_chip(qtbot, window: MainWindow) -> None:
    search = window.filter_bar.search
    qtbot.keyClicks(search, "<b>Europol</b>")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    chip = window.chips.chips()[0]
    assert chip.text() == "Search: “<b>Europol</b>”  ✕"
    assert plain(chip.toolTip()) == "Remove this filter: Search: “<b>Europol</b>”"


def test_a_year_stays_one_year_and_a_range_keeps_its_end(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    choose(qtbot, bar.year, "2017")
    choose(qtbot, bar.year, "2016")
    assert (window.controller.filters.year_from, window.controller.filters.year_to) == (2016, 2016)
    choose(qtbot, bar.year_to, "2018")
    choose(qtbot, bar.year, "2017")
    assert (window.controller.filters.year_from, window.controller.filters.year_to) == (2017, 2018)
    assert [c.text() for c in window.chips.chips()] == ["Year: 2017–2018  ✕"]


def test_the_click_that_opens_a_list_ticks_nothing(qtbot, window: MainWindow) -> None:
    box = window.filter_bar.agency
    tick(qtbot, box, "European Police Office")
    # Fusion lays the list over the box: the button comes up over its first entry.
    qtbot.mousePress(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.view().isVisible)
    view = box.view()
    first = view.visualRect(box.model().index(0, 0)).center()
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert box.view().isVisible() and box.ticked() == (EUROPOL,)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.controller.filters.agencies == (EUROPOL,)
