"""The window's themes: the system's own look, or a light, dark or high-contrast palette.

The palettes are drawn with the Fusion style, which follows a palette fully, with the
fields and panes outlined; they keep every text at 4.5:1 or more against its background
(high contrast: 7:1) and the outlines of fields at 3:1.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
THEMES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Role colours of each palette: active and inactive share them; disabled ones follow.
_PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    LIGHT: {
        Role.Window: "#f3f4f6", Role.WindowText: "#1d2125", Role.Base: "#ffffff",
        Role.AlternateBase: "#f6f7f9", Role.Text: "#1d2125", Role.Button: "#eceef1",
        Role.ButtonText: "#1d2125", Role.BrightText: "#ffffff", Role.Highlight: "#0a64b4",
        Role.HighlightedText: "#ffffff", Role.Link: "#0a5aa3", Role.LinkVisited: "#5b3e9c",
        Role.ToolTipBase: "#fffdf2", Role.ToolTipText: "#1d2125",
        Role.PlaceholderText: "#5f6670", Role.Light: "#ffffff", Role.Midlight: "#e6e8eb",
        Role.Mid: "#868c94", Role.Dark: "#8f959c", Role.Shadow: "#5c6168",
        Role.Accent: "#0a64b4",
    },
    DARK: {
        Role.Window: "#1f2124", Role.WindowText: "#e6e8eb", Role.Base: "#17181b",
        Role.AlternateBase: "#1d1f22", Role.Text: "#e6e8eb", Role.Button: "#2a2d31",
        Role.ButtonText: "#e6e8eb", Role.BrightText: "#ffffff", Role.Highlight: "#2f78c4",
        Role.HighlightedText: "#ffffff", Role.Link: "#7cb8f5", Role.LinkVisited: "#b9a2ef",
        Role.ToolTipBase: "#2a2d31", Role.ToolTipText: "#e6e8eb",
        Role.PlaceholderText: "#9aa0a8", Role.Light: "#3b3f45", Role.Midlight: "#33363b",
        Role.Mid: "#737882", Role.Dark: "#101113", Role.Shadow: "#000000",
        Role.Accent: "#2f78c4",
    },
    HIGH_CONTRAST: {
        Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
        Role.AlternateBase: "#0d0d0d", Role.Text: "#ffffff", Role.Button: "#000000",
        Role.ButtonText: "#ffffff", Role.BrightText: "#ffffff", Role.Highlight: "#1aebff",
        Role.HighlightedText: "#000000", Role.Link: "#ffff00", Role.LinkVisited: "#ffb3ff",
        Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#d0d0d0", Role.Light: "#ffffff", Role.Midlight: "#ffffff",
        Role.Mid: "#ffffff", Role.Dark: "#ffffff", Role.Shadow: "#ffffff",
        Role.Accent: "#1aebff",
    },
}  # fmt: skip

# Disabled text: quieter, still readable (disabled controls are exempt from the 4.5:1 rule).
_DISABLED = {LIGHT: "#8a9098", DARK: "#7b8088", HIGH_CONTRAST: "#a0a0a0"}


class OutlinedStyle(QProxyStyle):
    """Fusion with fields and panes outlined in the palette's Mid colour, at least 3:1
    against the window (the focused one in the accent). Fusion's own frames are a shade
    darker than the window: faint on grey, and on the black of high contrast, black."""

    def drawPrimitive(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]
        super().drawPrimitive(element, option, painter, widget)
        if element in (
            QStyle.PrimitiveElement.PE_PanelLineEdit,
            QStyle.PrimitiveElement.PE_Frame,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        ):
            _outline(option, painter)

    def drawComplexControl(self, control, option, painter, widget=None):  # type: ignore[no-untyped-def]
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            _outline(option, painter)


def _outline(option: QStyleOption, painter: QPainter) -> None:
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    role = Role.Highlight if focused else Role.Mid
    painter.save()
    painter.setPen(QPen(option.palette.color(role), 2 if focused else 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


_style: QStyle | None = None  # the style in use, kept alive on the Python side
_system: tuple[QPalette, str] | None = None  # the palette and style the app started with


def palette_for(theme: str) -> QPalette:
    """The palette of ``theme`` (one of LIGHT, DARK, HIGH_CONTRAST)."""
    palette = QPalette()
    for role, colour in _PALETTES[theme].items():
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            palette.setColor(group, role, QColor(colour))
    disabled = QColor(_DISABLED[theme])
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, disabled)
    return palette


def apply_theme(theme: str) -> None:
    """Give the whole application ``theme``; SYSTEM brings back how it started."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (QPalette(app.palette()), app.style().name())
    global _style
    if theme not in _PALETTES:
        palette, style = _system
        if app.style().name() != style:
            app.setStyle(QStyleFactory.create(style))
        app.setPalette(palette)
        return
    if not isinstance(app.style(), OutlinedStyle):
        _style = OutlinedStyle(QStyleFactory.create("Fusion"))
        app.setStyle(_style)
    app.setPalette(palette_for(theme))
