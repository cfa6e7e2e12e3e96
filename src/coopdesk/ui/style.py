"""The visual language in Qt terms: muted colours, contrast, the detail view's style sheet.

Secondary text (headings of sections, labels, "stated"/"inferred", citations) is the
palette's text laid over its background at partial strength: grey on a light palette,
lighter grey on a dark one, and always at least 4.5:1 against the background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.graphics.shapes import kind_icon, shape_polygon

__all__ = [
    "blend",
    "contrast",
    "detail_css",
    "is_dark",
    "kind_icon",
    "muted_colour",
    "shape_polygon",
]

MUTED_STRENGTH = 0.66  # secondary text: the text colour at this strength over the background
MIN_CONTRAST = 4.5


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def blend(over: QColor, under: QColor, alpha: float) -> QColor:
    """``over`` laid on ``under`` at strength ``alpha`` (what painting it with alpha gives)."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * alpha,
        under.greenF() + (over.greenF() - under.greenF()) * alpha,
        under.blueF() + (over.blueF() - under.blueF()) * alpha,
    )


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def muted_colour(
    palette: QPalette,
    role: QPalette.ColorRole = QPalette.ColorRole.Text,
    background: QPalette.ColorRole = QPalette.ColorRole.Base,
) -> QColor:
    """The ``role`` colour at partial strength over ``background``, never below 4.5:1."""
    over, under = palette.color(role), palette.color(background)
    alpha = MUTED_STRENGTH
    colour = blend(over, under, alpha)
    while contrast(colour, under) < MIN_CONTRAST and alpha < 1.0:
        alpha = min(alpha + 0.04, 1.0)
        colour = blend(over, under, alpha)
    return colour


def detail_css(palette: QPalette | None = None) -> str:
    """The detail view's style sheet, following the palette (light, dark, high contrast)."""
    palette = palette or QApplication.palette()
    role = QPalette.ColorRole
    base, text = palette.color(role.Base), palette.color(role.Text)
    muted = muted_colour(palette).name()
    link = palette.color(role.Link).name()
    accent = palette.color(role.Highlight)
    dark = is_dark(palette)
    # A quote: a bar in the accent colour and a faint tint of it behind the words.
    quote_bg = blend(accent, base, 0.10 if dark else 0.06).name()
    quote_bar = accent.name()
    hit_bg = "#6b5a00" if dark else "#fff1a8"
    # The words a search finds: a stronger tone, and bold, so colour is not the only sign.
    match_bg = "#8a4b00" if dark else "#ffc96b"
    # The user's note: a warm paper tone, unlike the cool tint of source quotes.
    note_bg = "#3a3324" if dark else "#fbf6e9"
    note_border = "#8a7444" if dark else "#d9c89a"
    rule = blend(text, base, 0.18).name()
    # Names and values of ours ("not in the source"): a colour of their own, 4.5:1 or more.
    editorial = "#f0a860" if dark else "#a04000"
    return f"""
body {{ color: {text.name()}; }}
h1.title {{ font-size: x-large; font-weight: 600; margin-bottom: 2px; }}
p.section {{ font-weight: 600; margin-top: 16px; margin-bottom: 4px; color: {muted};
      font-size: small; text-transform: uppercase; }}
p.subtitle {{ color: {muted}; margin-top: 0; margin-bottom: 10px; }}
table.facts th {{ color: {muted}; font-weight: normal; padding-right: 14px; }}
a {{ color: {link}; text-decoration: underline; }}
span.stated {{ color: {muted}; }}
span.inferred {{ color: {muted}; }}
span.editorial {{ color: {editorial}; }}
span.para {{ color: {muted}; }}
table.quote {{ margin-top: 6px; margin-bottom: 2px; }}
td.quote-bar {{ background-color: {quote_bar}; }}
td.quote {{ background-color: {quote_bg}; padding: 6px 12px 6px 12px; }}
p.cite {{ color: {muted}; margin-top: 2px; margin-left: 15px; }}
p.para {{ margin-bottom: 8px; }}
span.hit {{ background-color: {hit_bg}; }}
span.match {{ background-color: {match_bg}; font-weight: 600; }}
p.empty {{ color: {muted}; }}
hr {{ color: {rule}; }}
table.usernote {{ background-color: {note_bg}; border: 1px solid {note_border};
      border-style: solid; margin-top: 8px; margin-bottom: 6px; }}
p.usernote-label {{ color: {muted}; margin: 0 0 4px 0; }}
p.usernote {{ margin: 0; }}
"""
