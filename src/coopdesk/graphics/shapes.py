"""Marker shapes and kind icons: one shape and one colour per kind of record, everywhere."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
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
def kind_icon(kind: str, side: str | None = None) -> QIcon:
    """A small coloured shape standing for a kind of record; an agency's shows its side."""
    if kind == "agency" and side in SIDE_ICONS:
        return _side_icon(side)
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


# An agency's side as a small flag: stripes for Russia, a ring of stars for the EU, a
# globe for international bodies. They differ in pattern, not only in colour.
SIDE_ICONS = ("ru", "eu", "intl")


def _side_icon(side: str) -> QIcon:
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_side(painter, side, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _paint_side(p: QPainter, side: str, size: float) -> None:
    unit = size / 16
    outline = QPen(QColor("#5f6368"), unit * 0.75)
    if side == "intl":
        centre, r = QPointF(size / 2, size / 2), size * 0.36
        p.setPen(QPen(QColor("#1f5f8b"), unit))
        p.setBrush(QColor("#5b92e5"))
        p.drawEllipse(centre, r, r)
        p.setPen(QPen(QColor("#ffffff"), unit * 0.9))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, r * 0.45, r)
        p.drawLine(QPointF(centre.x() - r, centre.y()), QPointF(centre.x() + r, centre.y()))
        return
    left, top, w, h = unit * 1.5, unit * 3.5, size - unit * 3, size - unit * 7
    if side == "ru":
        for i, colour in enumerate(("#ffffff", "#0039a6", "#d52b1e")):
            p.fillRect(QRectF(left, top + i * h / 3, w, h / 3 + 0.5), QColor(colour))
    else:
        p.fillRect(QRectF(left, top, w, h), QColor("#003399"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#ffcc00"))
        cx, cy, ring = left + w / 2, top + h / 2, h * 0.3
        for k in range(12):
            angle = math.tau * k / 12
            star = QPointF(cx + ring * math.cos(angle), cy + ring * math.sin(angle))
            p.drawEllipse(star, unit * 0.55, unit * 0.55)
    p.setPen(outline)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(left, top, w, h))
