"""The window without a mouse: Tab goes the way the eye does, and panes resize by command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QWidget

from a11y import Role, Text, iface
from coopdesk.model import Filters
from coopdesk.ui.mainwindow import MainWindow

HAGUE = "event/2017-09-27-the-hague"


def tab_walk(qtbot, window: MainWindow, start: QWidget, steps: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab reaches from ``start``, in order, until it comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            break
        seen.append(now)
    return seen


def test_tab_follows_the_screen_filters_then_chips_then_panes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.controller.set_filters(Filters(year_from=2017, year_to=2017))
    window.select_record(HAGUE)
    window.select_record("event/2017-02-08-ct-talks-round-2")  # Back is now enabled
    qtbot.waitUntil(window.back_action.isEnabled)
    qtbot.waitUntil(lambda: bool(window.chips.chips()))

    def reachable(container: QWidget) -> list[QWidget]:
        """What Tab should stop at in a row of the window, left to right as shown."""
        found = [
            w
            for w in container.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
        ]
        return sorted(found, key=lambda w: w.mapTo(window, w.rect().topLeft()).x())

    expected = [
        *reachable(window.filter_bar),  # the filters and the search box
        *reachable(window.chips),  # each chip and "Clear all"
        window.tree,
        window.timeline,
        window.detail,  # one stop, whatever links it holds
        window.notes_panel.toggle,  # the note, folded to its heading
    ]
    first = expected[0]
    assert first is window.filter_bar.agency
    assert window.filter_bar.search in expected
    assert tab_walk(qtbot, window, first, 40) == expected
    # The chips' row is below the filters' row.
    top = [w.mapTo(window, w.rect().topLeft()).y() for w in (first, window.chips.chips()[0])]
    assert top == sorted(top)


def test_chips_made_later_still_come_right_after_the_filters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.controller.set_filters(Filters(year_from=2017, year_to=2017))
    qtbot.waitUntil(lambda: bool(window.chips.chips()))
    window.controller.set_filters(Filters(year_from=2017, year_to=2017, text="Europol"))
    qtbot.waitUntil(lambda: len(window.chips.chips()) == 2)
    window.filter_bar.search.setFocus()
    qtbot.waitUntil(window.filter_bar.search.hasFocus)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in window.chips.chips()


def test_splitters_are_named_and_resize_from_the_view_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for splitter in window.findChildren(QSplitter):
        assert splitter.accessibleName().startswith("Divider between")
        assert iface(splitter.handle(1)).text(Text.Name) == splitter.accessibleName()
    menu = window.findChild(QMenu, "paneSizesMenu")
    assert menu is not None and menu.menuAction() in window.view_menu.actions()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts[:2] == ["Wider Contents", "Narrower Contents"]
    before = window.h_split.sizes()[0]
    with qtbot.waitSignal(window.status.messageChanged) as said:
        menu.actions()[0].trigger()
    assert window.h_split.sizes()[0] > before
    assert said.args[0].startswith("Contents: ") and "% of the width" in said.args[0]
    taller = next(a for a in menu.actions() if a.text().replace("&", "") == "Taller Timeline")
    height = window.v_split.sizes()[0]
    taller.trigger()
    assert window.v_split.sizes()[0] > height
    window.select_record(HAGUE)
    window.notes_panel.write()  # the note opens (it is one line until used)
    qtbot.waitUntil(window.notes_panel.editor.isVisible)
    note = window.detail_split.sizes()[1]
    actions = {a.text().replace("&", ""): a for a in menu.actions()}
    actions["Taller Note"].trigger()
    taller_note = window.detail_split.sizes()[1]
    assert taller_note > note
    for _ in range(20):
        actions["Shorter Note"].trigger()
    assert window.detail_split.sizes()[1] < taller_note
    assert window.status.currentMessage().endswith(", the smallest it can be.")


def test_view_menu_is_reachable_and_names_its_commands(window: MainWindow) -> None:
    menu = iface(window.view_menu)
    assert menu.role() == Role.PopupMenu
