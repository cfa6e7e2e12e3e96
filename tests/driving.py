"""Driving the filter boxes as a user does: open the list, click or type, press Enter.

For tests, not the app: the boxes carry no methods that exist only for tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from coopdesk.ui.choices import CountRole, ExtraRole


def open_list(qtbot, box: QComboBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box open and wait until its list shows."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.view().isVisible)
    # The list ignores a release that comes too soon after it opened (Qt's own guard).
    qtbot.wait(QApplication.doubleClickInterval() + 50)


def row_of(box: QComboBox, text_start: str) -> int:
    model = box.model()
    for row in range(model.rowCount()):
        if box.itemText(row).startswith(text_start):
            return row
    raise AssertionError(f"no entry starting {text_start!r} in {box.objectName()}")


def click_entry(qtbot, box: QComboBox, text_start: str) -> None:  # type: ignore[no-untyped-def]
    view = box.view()
    index = box.model().index(row_of(box, text_start), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def choose(qtbot, box: QComboBox, text_start: str) -> None:  # type: ignore[no-untyped-def]
    """Open a one-value box and click the entry that starts with ``text_start``."""
    open_list(qtbot, box)
    click_entry(qtbot, box, text_start)
    qtbot.waitUntil(lambda: not box.view().isVisible())


def tick(qtbot, box: QComboBox, *text_starts: str) -> None:  # type: ignore[no-untyped-def]
    """Open a box of ticks, click each entry, and close the list with Enter."""
    open_list(qtbot, box)
    for text in text_starts:
        click_entry(qtbot, box, text)
        assert box.view().isVisible(), "a tick keeps the list open"
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())


def type_choice(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type the start of an entry on the box and press Enter, keyboard only."""
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())


def entry(box: QComboBox, text_start: str) -> tuple[str, int | None, bool]:
    """(text, count, enabled) of the entry that starts with ``text_start``."""
    row = row_of(box, text_start)
    item = box.model().index(row, 0)
    return (
        box.itemText(row),
        item.data(CountRole),
        bool(box.model().flags(item) & Qt.ItemFlag.ItemIsEnabled),
    )


def extra(box: QComboBox, text_start: str) -> str:
    """What an entry says after its count ("3 inferred"), or ''."""
    return str(box.model().index(row_of(box, text_start), 0).data(ExtraRole) or "")
