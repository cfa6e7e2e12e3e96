"""One way to make the window's actions: text, what it does, shortcut and tip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | Sequence[QKeySequence] | None


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard command, or ``fallback`` where it has none
    (Linux names no key for Preferences; some platforms none for Quit)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


def make_action(
    parent: QWidget, text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = ""
) -> QAction:
    """An action on ``parent`` (so its shortcut works wherever the focus is in it)."""
    action = QAction(text, parent)
    if isinstance(shortcut, str):
        action.setShortcut(QKeySequence(shortcut))
    elif isinstance(shortcut, list | tuple):
        action.setShortcuts(list(shortcut))
    elif shortcut is not None:
        action.setShortcut(shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


def fill_menu(menu: QMenu, name: str, items: Sequence[QAction | QMenu | None]) -> QMenu:
    """Name ``menu`` and fill it with actions and submenus; None is a separator."""
    menu.setObjectName(name)
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)
    return menu
