"""Marker shapes and kind icons: one shape and one colour per kind of record, everywhere."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

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
