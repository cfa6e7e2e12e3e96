"""The window's Stated only switch and its marks of what is not the document's words,
used as a person uses them: type, click, read the counts, the chips, the tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_mainwindow import choose_by_popup

from coopdesk.ui.mainwindow import MainWindow


def status(window: MainWindow) -> str:
    return window.record_count.text()


def item_text(combo, data: str) -> str:  # type: ignore[no-untyped-def]
    return combo.itemText(combo.findData(data)).strip()


def test_the_stated_only_switch_leaves_out_inferred_links_and_the_counts_follow(
    qtbot, window: MainWindow
) -> None:
    bar = window.filter_bar
    bar.offence.setFocus()
    qtbot.keyClicks(bar.offence, "2.")
    # Terrorism: eight records, three of them only by a reading (the 2001 Joint Statement,
    # the Agreement, the consultations of 13 July 2017).
    qtbot.waitUntil(lambda: status(window) == "8 of 11 records")
    assert item_text(bar.offence, "offence/2-terrorism") == (
        "2. Terrorism and its financing (8, 3 inferred)"
    )
    assert item_text(bar.agency, "agency/eu-europol").startswith("Europol – European Police")
    assert item_text(bar.agency, "agency/eu-europol").endswith("(2, 2 inferred)")

    qtbot.mouseClick(bar.stated_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window) == "5 of 11 records")
    assert bar.stated_only.isChecked()
    assert item_text(bar.offence, "offence/2-terrorism") == "2. Terrorism and its financing (5)"
    europol = bar.agency.findData("agency/eu-europol")
    assert bar.agency.itemText(europol).strip().endswith("(0)")
    assert not bar.agency.model().item(europol).isEnabled()
    chips = {c.text(): c for c in window.chips.chips()}
    assert "Stated only  ✕" in chips
    # The areas of cooperation rest on readings only: their group empties.
    areas = window.tree_model.index_of_key("group:area")
    assert not areas.isValid() or window.tree_model.rowCount(areas) == 0

    qtbot.mouseClick(chips["Stated only  ✕"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window) == "8 of 11 records")
    assert not bar.stated_only.isChecked()


def test_an_editorial_short_name_in_the_filter_box_says_so(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    fsb = bar.agency.findData("agency/ru-federal-security-service")
    tooltip = bar.agency.itemData(fsb, Qt.ItemDataRole.ToolTipRole)
    assert "FSB: not in the source — The usual abbreviation" in tooltip
    europol = bar.agency.findData("agency/eu-europol")
    assert "not in the source" not in bar.agency.itemData(europol, Qt.ItemDataRole.ToolTipRole)
    choose_by_popup(qtbot, bar.agency, "FSB")
    qtbot.waitUntil(lambda: status(window) == "1 of 11 records")
    assert "FSB: not in the source" in bar.agency.toolTip()


def test_the_detail_pane_shows_names_of_ours_as_not_in_the_source(
    qtbot, window: MainWindow
) -> None:
    window.select_record("agency/ru-ministry-of-interior")
    text = window.detail.toPlainText()
    assert "Also searched as" in text
    assert "MoI — not in the source: A common English abbreviation" in text
    assert "MVD — not in the source" in text
    assert text.split("Also named")[1].split()[:4] == ["Russian", "Ministry", "of", "Interior"]
    window.select_record("person/oleg-syromolotov")
    assert "Russian Federation — inferred: He faces three EU officials" in (
        window.detail.toPlainText()
    )
