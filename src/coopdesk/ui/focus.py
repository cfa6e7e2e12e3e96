"""The Tab order: the screen's order, set explicitly, with one stop for a reading pane.

The window gives the widgets in the order they stand on screen (again whenever some
come or go, like the filter chips). A pane that is one stop (the detail view, whose
links would each be a stop) hands Tab and Shift+Tab on to its neighbours; Ctrl+Tab and
Ctrl+Shift+Tab walk its links instead.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP

# The keys of a one-stop pane, for the Keyboard Shortcuts list: (what, keys).
ONE_STOP_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Keys", "Next link"), "Ctrl+Tab"),
    (QT_TRANSLATE_NOOP("Keys", "Previous link"), "Ctrl+Shift+Tab"),
    (QT_TRANSLATE_NOOP("Keys", "Follow the link"), QT_TRANSLATE_NOOP("Keys", "Enter")),
    (QT_TRANSLATE_NOOP("Keys", "Leave the pane"), "Tab, Shift+Tab"),
)


class TabChain(QObject):
    def __init__(self, widgets: Callable[[], list[QWidget]], parent: QObject) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._chain: list[QWidget] = []

    def update(self) -> None:
        """Set the order again from the widgets as they stand now."""
        self._chain = self._widgets()
        for first, second in pairwise(self._chain):
            QWidget.setTabOrder(first, second)

    def chain(self) -> list[QWidget]:
        return list(self._chain)

    def one_stop(self, widget: QWidget) -> None:
        """Make ``widget`` a single Tab stop, whatever it holds."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and watched in self._chain
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                # Ctrl+Tab walks what the pane holds (the detail view's links; Enter
                # follows one), as Tab did before it became a single stop.
                watched.focusNextPrevChild(forward)
            else:
                self.move_from(watched, forward)
            return True
        return super().eventFilter(watched, event)

    def move_from(self, widget: QWidget, forward: bool) -> None:
        """Give the focus to the next (or previous) widget that can take it."""
        chain = self._chain if forward else self._chain[::-1]
        start = chain.index(widget) + 1
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        for candidate in [*chain[start:], *chain[:start]]:
            if candidate.isVisible() and candidate.isEnabled():
                candidate.setFocus(reason)
                return
