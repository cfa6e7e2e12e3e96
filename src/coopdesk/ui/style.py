"""The visual language in Qt terms: kind icons and the detail view's style sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from coopdesk.render import marker


def shape_polygon(shape: str, cx: float, cy: float, size: float) -> QPainterPath:
    """A lane's marker shape as a real outline (◆ ■ ● ▲), optically matched in size."""
    r = size / 2
    path = QPainterPath()
    if shape == "●":
        path.addEllipse(QPointF(cx, cy), r * 0.92, r * 0.92)
        return path
    points = {
        "◆": [(0, -1.12), (1.12, 0), (0, 1.12), (-1.12, 0)],
        "■": [(-0.8, -0.8), (0.8, -0.8), (0.8, 0.8), (-0.8, 0.8)],
        "▲": [(0, -1.08), (1.08, 0.84), (-1.08, 0.84)],
    }.get(shape, [(-0.6, -0.6), (0.6, -0.6), (0.6, 0.6), (-0.6, 0.6)])
    path.addPolygon(QPolygonF([QPointF(cx + dx * r, cy + dy * r) for dx, dy in points]))
    path.closeSubpath()
    return path


@cache
def kind_icon(kind: str) -> QIcon:
    """A small coloured shape standing for a kind of record."""
    colour, shape = marker(kind)
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour).darker(140), size / 16))
        painter.setBrush(QColor(colour))
        margin = size * 0.2
        painter.drawPath(shape_polygon(shape, size / 2, size / 2, size - 2 * margin))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
    # The user's note: a warm paper tone, unlike the cool grey of source quotes.
    note_bg = "#3a3324" if dark else "#fbf6e9"
    note_border = "#8a7444" if dark else "#d9c89a"
    return f"""
body {{ color: {text}; }}
h1.title {{ font-size: x-large; font-weight: 600; margin-bottom: 2px; }}
p.section {{ font-weight: 600; margin-top: 14px; margin-bottom: 4px; color: {muted};
      text-transform: uppercase; }}
p.subtitle {{ color: {muted}; margin-top: 0; }}
table.facts th {{ color: {muted}; font-weight: normal; padding-right: 12px; }}
a {{ color: {link}; text-decoration: none; }}
span.stated {{ color: {muted}; }}
span.inferred {{ color: {muted}; }}
span.para {{ color: {muted}; }}
blockquote.quote {{ background-color: {quote_bg}; border-left: 3px solid {quote_bar};
      margin: 6px 0 2px 0; padding: 6px 10px; font-family: serif; }}
p.cite {{ color: {muted}; margin-top: 0; }}
p.para {{ margin-bottom: 8px; }}
span.hit {{ background-color: {hit_bg}; }}
p.empty {{ color: {muted}; }}
table.usernote {{ background-color: {note_bg}; border: 1px solid {note_border};
      border-style: solid; margin-top: 8px; margin-bottom: 6px; }}
p.usernote-label {{ color: {muted}; margin: 0 0 4px 0; }}
p.usernote {{ margin: 0; }}
"""
