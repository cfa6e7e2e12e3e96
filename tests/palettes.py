"""The palettes the window is checked in: for tests, not the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole


def _fusion() -> QPalette:
    """What Qt draws with on a Linux desktop that sets no theme of its own."""
    style = QStyleFactory.create("Fusion")
    return QPalette(style.standardPalette())


def _from(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _dark() -> QPalette:
    return _from(
        {
            Role.Window: "#202124", Role.WindowText: "#e8eaed", Role.Base: "#17181a",
            Role.AlternateBase: "#1d1f22", Role.Text: "#e8eaed", Role.Button: "#2a2d31",
            Role.ButtonText: "#e8eaed", Role.Highlight: "#2f78c4",
            Role.HighlightedText: "#ffffff", Role.Link: "#7cb8f5",
            Role.PlaceholderText: "#9aa0a8", Role.ToolTipBase: "#2a2d31",
            Role.ToolTipText: "#e8eaed",
        }
    )  # fmt: skip


def _high_contrast() -> QPalette:
    return _from(
        {
            Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
            Role.AlternateBase: "#0d0d0d", Role.Text: "#ffffff", Role.Button: "#000000",
            Role.ButtonText: "#ffffff", Role.Highlight: "#1aebff",
            Role.HighlightedText: "#000000", Role.Link: "#ffff00",
            Role.PlaceholderText: "#d0d0d0", Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff",
        }
    )  # fmt: skip


PALETTES: dict[str, Callable[[], QPalette]] = {
    "light (Fusion)": _fusion,
    "dark": _dark,
    "high contrast": _high_contrast,
}
