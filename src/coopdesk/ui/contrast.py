"""Readable colours whatever palette the desktop gives: text at 4.5:1 or more.

A palette from the system may put placeholder text, links or selected text below the
4.5:1 that WCAG asks of text (Qt's own Fusion palette draws placeholders at half the
text's strength: 4.0:1 on white). ``readable`` moves such a colour towards black or
white just far enough; ``KeepReadable`` applies it to the application's palette at start
and again whenever the desktop changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from coopdesk.ui.style import blend, contrast

TEXT_CONTRAST = 4.5
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (text, what it is drawn on): the pairs a window of CoopDesk shows text in.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
)


def seen(colour: QColor, background: QColor) -> QColor:
    """What a colour with transparency looks like on ``background``."""
    return blend(colour, background, colour.alphaF())


def contrast_on(fg: QColor, bg: QColor) -> float:
    """The contrast of ``fg`` drawn on ``bg``, its transparency included."""
    return contrast(seen(fg, bg), bg)


def toward_contrast(colour: QColor, background: QColor, least: float) -> QColor:
    """``colour`` moved towards black or white, whichever ``background`` is not, until it
    stands ``least`` against it; unchanged (but opaque) if it already does."""
    start = seen(colour, background)
    if contrast(start, background) >= least:
        return colour
    black, white = QColor("#000000"), QColor("#ffffff")
    extreme = black if contrast(black, background) > contrast(white, background) else white
    for step in range(1, 21):
        moved = blend(extreme, start, step / 20)
        if contrast(moved, background) >= least:
            return moved
    return extreme


def readable(palette: QPalette) -> QPalette:
    """``palette`` with every text pair at 4.5:1 or more in its active and inactive groups,
    selected text included (there the selection colour moves, not the text)."""
    fixed = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        for text, ground in TEXT_PAIRS:
            fg, bg = fixed.color(group, text), fixed.color(group, ground)
            if contrast_on(fg, bg) < TEXT_CONTRAST:
                fixed.setColor(group, text, toward_contrast(fg, bg, TEXT_CONTRAST))
        fg, bg = fixed.color(group, Role.HighlightedText), fixed.color(group, Role.Highlight)
        if contrast_on(fg, bg) < TEXT_CONTRAST:
            fixed.setColor(group, Role.Highlight, toward_contrast(bg, fg, TEXT_CONTRAST))
    return fixed


def is_readable(palette: QPalette) -> bool:
    return all(
        palette.color(group, role) == readable(palette).color(group, role)
        for group in (Group.Active, Group.Inactive)
        for role in (*{r for pair in TEXT_PAIRS for r in pair}, Role.Highlight)
    )


class KeepReadable(QObject):
    """Keeps the application's palette readable, now and after every change to it."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self.apply()
        app.installEventFilter(self)

    def apply(self) -> None:
        palette = self._app.palette()
        if not is_readable(palette):
            self._app.setPalette(readable(palette))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()  # setting a readable palette changes nothing more: no loop
        return False
