"""The palettes the window is checked in: for tests, not the app.

CoopDesk's own themes (light, dark, high contrast), and what the System theme gives on
a Linux desktop that sets none: Qt's Fusion palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleFactory

from coopdesk.ui.theme import DARK, HIGH_CONTRAST, LIGHT, palette_for


def _fusion() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return QPalette(style.standardPalette())


PALETTES: dict[str, Callable[[], QPalette]] = {
    "system (Fusion)": _fusion,
    "light": lambda: palette_for(LIGHT),
    "dark": lambda: palette_for(DARK),
    "high contrast": lambda: palette_for(HIGH_CONTRAST),
}
