"""The visual language in Qt terms: the palette's lightness and the detail view's style sheet."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.graphics.shapes import kind_icon, shape_polygon

__all__ = ["detail_css", "is_dark", "kind_icon", "shape_polygon"]


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def detail_css(palette: QPalette | None = None) -> str:
    """The detail view's style sheet, following the light or dark palette."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    dark = is_dark(palette)
    quote_bg = "#2b2f36" if dark else "#f4f6f8"
    quote_bar = "#56B4E9" if dark else "#0072B2"
    hit_bg = "#6b5a00" if dark else "#fff1a8"
    # The words a search finds: a stronger tone, and bold, so colour is not the only sign.
    match_bg = "#8a4b00" if dark else "#ffc96b"
    # The user's note: a warm paper tone, unlike the cool grey of source quotes.
    note_bg = "#3a3324" if dark else "#fbf6e9"
    note_border = "#8a7444" if dark else "#d9c89a"
    # Names and values of ours ("not in the source"): a colour of their own, 4.5:1 or more.
    editorial = "#f0a860" if dark else "#a04000"
    return f"""
body {{ color: {text}; }}
h1.title {{ font-size: x-large; font-weight: 600; margin-bottom: 2px; }}
p.section {{ font-weight: 600; margin-top: 14px; margin-bottom: 4px; color: {muted};
      text-transform: uppercase; }}
p.subtitle {{ color: {muted}; margin-top: 0; }}
table.facts th {{ color: {muted}; font-weight: normal; padding-right: 12px; }}
a {{ color: {link}; text-decoration: underline; }}
span.stated {{ color: {muted}; }}
span.inferred {{ color: {muted}; }}
span.editorial {{ color: {editorial}; }}
span.para {{ color: {muted}; }}
blockquote.quote {{ background-color: {quote_bg}; border-left: 3px solid {quote_bar};
      margin: 6px 0 2px 0; padding: 6px 10px; font-family: serif; }}
p.cite {{ color: {muted}; margin-top: 0; }}
p.para {{ margin-bottom: 8px; }}
span.hit {{ background-color: {hit_bg}; }}
span.match {{ background-color: {match_bg}; font-weight: 600; }}
p.empty {{ color: {muted}; }}
table.usernote {{ background-color: {note_bg}; border: 1px solid {note_border};
      border-style: solid; margin-top: 8px; margin-bottom: 6px; }}
p.usernote-label {{ color: {muted}; margin: 0 0 4px 0; }}
p.usernote {{ margin: 0; }}
"""
