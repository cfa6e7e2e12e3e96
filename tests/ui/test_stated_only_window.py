"""The window's Stated only switch and its marks of what is not the document's words,
used as a person uses them: type, click, read the counts, the chips, the tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from coopdesk.ui.mainwindow import MainWindow
from driving import entry, extra, tick, type_choice


def status(window: MainWindow) -> str:
    return window.record_count.text()


def plain(html: object) -> str:
    return QTextDocumentFragment.fromHtml(str(html)).toPlainText()


def test_the_stated_only_switch_leaves_out_inferred_links_and_the_counts_follow(
    qtbot, window: MainWindow
) -> None:
    bar = window.filter_bar
    type_choice(qtbot, bar.offence, "2.")
    # Terrorism: eight records, three of them only by a reading (the 2001 Joint Statement,
    # the Agreement, the consultations of 13 July 2017).
    qtbot.waitUntil(lambda: status(window) == "8 of 11 records")
    assert entry(bar.offence, "2.") == ("2. Terrorism and its financing", 8, True)
    assert extra(bar.offence, "2.") == "3 inferred"
    assert entry(bar.agency, "European Police Office") == (
        "European Police Office (Europol)",
        2,
        True,
    )
    assert extra(bar.agency, "European Police Office") == "2 inferred"

    qtbot.mouseClick(bar.stated_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window) == "5 of 11 records")
    assert bar.stated_only.isChecked()
    assert entry(bar.offence, "2.")[1] == 5 and extra(bar.offence, "2.") == ""
    assert entry(bar.agency, "European Police Office")[1:] == (0, False)
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
    assert bar.agency.itemText(fsb) == "Federal Security Service", "FSB is ours: not its name"
    tip = plain(bar.agency.itemData(fsb, Qt.ItemDataRole.ToolTipRole))
    assert "FSB: not in the source — The usual abbreviation" in tip
    europol = bar.agency.findData("agency/eu-europol")
    assert "not in the source" not in plain(
        bar.agency.itemData(europol, Qt.ItemDataRole.ToolTipRole)
    )
    tick(qtbot, bar.agency, "Federal Security Service")
    qtbot.waitUntil(lambda: status(window) == "1 of 11 records")
    assert "FSB: not in the source" in plain(bar.agency.toolTip())


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
