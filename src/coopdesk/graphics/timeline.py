"""Painting a laid-out timeline frame with QPainter, for the pane.

QtGui only, no widgets. Paper draws the same layout with Typst (coopdesk.paper.figure).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from coopdesk.graphics.shapes import shape_polygon
from coopdesk.i18n import tr
from coopdesk.render import LANE_STYLE
from coopdesk.schema import LANES
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.layout import Frame, Mark, mark_of
from coopdesk.timeline.scale import LEGEND_X, MARKER, NAME_X, Box, TextMetrics

# ---------------------------------------------------------------------- painting


@dataclass(frozen=True)
class Colours:
    background: QColor
    band: QColor  # every other lane
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    faded: QColor
    highlight: QColor
    dark: bool = False  # marker outlines go lighter, not darker, on a dark background

    @staticmethod
    def mix(a: QColor, b: QColor, t: float) -> QColor:
        """``a`` moved a fraction ``t`` of the way to ``b``."""
        return QColor.fromRgbF(
            a.redF() + (b.redF() - a.redF()) * t,
            a.greenF() + (b.greenF() - a.greenF()) * t,
            a.blueF() + (b.blueF() - a.blueF()) * t,
        )

    def outline(self, fill: QColor) -> QColor:
        """A marker's edge: darker than its fill on a light background, lighter on a dark."""
        return fill.lighter(140) if self.dark else fill.darker(135)

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        return cls(
            background=base,
            band=cls.mix(base, text, 0.03),
            text=text,
            muted=cls.mix(text, base, 0.3),
            grid=cls.mix(base, text, 0.12),
            axis=cls.mix(base, text, 0.55),  # the axis carries the time: 3:1 or more
            faded=cls.mix(text, base, 0.45),
            highlight=palette.color(role.Highlight),
            dark=base.lightness() < 128,
        )


class TimelinePainter:
    """Draws one Frame with one set of colours and one font; shared by screen and print."""

    def __init__(
        self, painter: QPainter, data: TimelineData, colours: Colours, font: QFont
    ) -> None:
        self.p = painter
        self.data = data
        self.c = colours
        self.font = font

    def paint(self, frame: Frame, current: int | None = None) -> None:
        p = self.p
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(self.font)
        p.fillRect(qrect(frame.bounds), self.c.background)
        self._lanes(frame)
        self._axis(frame)
        p.save()
        p.setClipRect(qrect(frame.plot._replace(y=frame.bounds.y, h=frame.axis_y - frame.bounds.y)))
        for mark in frame.marks:
            self._mark(mark)
        self._labels(frame)
        if current is not None:
            ringed = mark_of(frame, self.data, current)
            if ringed is not None:
                self._ring(ringed)
        p.restore()
        if frame.message:
            self._message(frame)

    def _lanes(self, frame: Frame) -> None:
        p, c = self.p, self.c
        for i, band in enumerate(frame.lanes):
            if i % 2 == 1:
                p.fillRect(qrect(band.box), c.band)
        # A compressed gap: two dashed lines across the lanes, over the axis's break mark.
        pen = QPen(c.axis, 1, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 3.0])
        for box, _gap in frame.gaps:
            if frame.plot.x < box.cx < frame.plot.right:
                p.setPen(pen)
                for dx in (-3.0, 3.0):
                    x = _crisp(box.cx + dx)
                    p.drawLine(QPointF(x, frame.plot.y), QPointF(x, frame.axis_y - 6))
        p.setPen(QPen(c.grid, 1))
        for tick in frame.ticks:
            if tick.level == 0:
                x = _crisp(tick.x)
                p.drawLine(QPointF(x, frame.plot.y), QPointF(x, frame.axis_y))
        column = frame.plot.x - 8
        p.drawLine(QPointF(_crisp(column), frame.plot.y), QPointF(_crisp(column), frame.axis_y))
        for band in frame.lanes:
            colour, shape = LANE_STYLE[band.name]
            x = frame.bounds.x + LEGEND_X + MARKER / 2
            self._shape(shape, x, band.marker_y, MARKER * 0.85, QColor(colour))
            p.setPen(c.text)
            x = frame.bounds.x + NAME_X
            text_box = QRectF(x, band.marker_y - 10, column - x, 20)
            p.drawText(
                text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tr(band.name)
            )

    def _axis(self, frame: Frame) -> None:
        p, c = self.p, self.c
        y = _crisp(frame.axis_y)
        p.setPen(QPen(c.axis, 1))
        # The axis line, broken where a gap is compressed.
        start = frame.plot.x
        breaks = sorted((box.cx, box) for box, _gap in frame.gaps)
        for cx, _box in breaks:
            p.drawLine(QPointF(start, y), QPointF(max(start, cx - 3), y))
            start = cx + 3
        p.drawLine(QPointF(min(start, frame.plot.right), y), QPointF(frame.plot.right, y))
        for tick in frame.ticks:
            length = (7, 5, 4, 2)[tick.level]
            x = _crisp(tick.x)
            p.drawLine(QPointF(x, y), QPointF(x, y + length))
        pen = QPen(c.axis, 1.3)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        for cx, _box in breaks:
            if frame.plot.x < cx < frame.plot.right:
                for dx in (-3.0, 3.0):
                    p.drawLine(QPointF(cx + dx - 3, y + 5), QPointF(cx + dx + 3, y - 5))
        for tick in frame.ticks:
            if tick.box is None:
                continue
            p.setPen(c.text if tick.level == 0 else c.muted)
            p.drawText(
                qrect(tick.box), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, tick.text
            )
        if frame.range_text:
            p.setPen(c.muted)
            box = QRectF(frame.bounds.x + LEGEND_X, frame.axis_y + 8, frame.plot.x - 26, 20)
            p.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, frame.range_text
            )

    def _shape(self, shape: str, x: float, y: float, size: float, fill: QColor) -> None:
        self.p.setPen(QPen(self.c.outline(fill), 1))
        self.p.setBrush(fill)
        self.p.drawPath(shape_polygon(shape, x, y, size))

    def _mark(self, mark: Mark) -> None:
        p, c = self.p, self.c
        colour, shape = LANE_STYLE[LANES[mark.lane]]
        if mark.faded:
            # Outside the filters: the lane's shape, hollow and grey, at full strength so
            # that it still stands 3:1 against the lane (a faint marker would not), and
            # told apart from the filled markers by more than its colour.
            self._hollow(mark, shape)
            return
        fill = QColor(colour)
        if mark.count == 1:
            self._shape(shape, mark.x, mark.y, MARKER, fill)
            return
        box = qrect(mark.box)
        p.setPen(QPen(fill, 1.5))
        p.setBrush(c.background)
        p.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 7, 7)
        self._shape(shape, box.left() + 4 + MARKER * 0.35, mark.y, MARKER * 0.7, fill)
        self._count(box, mark.count, c.text)

    def _hollow(self, mark: Mark, shape: str) -> None:
        p, c = self.p, self.c
        pen = QPen(c.faded, 1.5)
        p.setPen(pen)
        p.setBrush(c.background)
        if mark.count == 1:
            p.drawPath(shape_polygon(shape, mark.x, mark.y, MARKER - 1.5))
            return
        box = qrect(mark.box)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 7, 7)
        p.setPen(QPen(c.faded, 1.5))
        p.drawPath(shape_polygon(shape, box.left() + 4 + MARKER * 0.35, mark.y, MARKER * 0.6))
        self._count(box, mark.count, c.muted)

    def _count(self, box: QRectF, count: int, colour: QColor) -> None:
        self.p.setPen(colour)
        text_box = box.adjusted(MARKER * 0.7 + 6, 0, -3, 0)
        self.p.drawText(
            text_box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, str(count)
        )

    def _labels(self, frame: Frame) -> None:
        self.p.setPen(self.c.text)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for label in frame.labels:
            self.p.drawText(qrect(label.box), flags | Qt.TextFlag.TextDontClip, label.text)

    def _ring(self, mark: Mark) -> None:
        p = self.p
        p.save()
        p.setPen(QPen(self.c.highlight, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        box = qrect(mark.box).adjusted(-3, -3, 3, 3)
        if mark.count == 1:
            p.drawEllipse(box)
        else:
            p.drawRoundedRect(box, 10, 10)
        p.restore()

    def _message(self, frame: Frame) -> None:
        p, c = self.p, self.c
        metrics = QFontMetricsF(self.font)
        # Centred on the lanes; wrapped where the pane is too narrow for one line.
        width = min(metrics.horizontalAdvance(frame.message), frame.bounds.w - 48)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        text = metrics.boundingRect(QRectF(0, 0, width, 1000), flags, frame.message)
        w, h = text.width() + 32, text.height() + 18
        left = min(max(frame.plot.cx - w / 2, frame.bounds.x + 4), frame.bounds.right - 4 - w)
        box = QRectF(left, frame.plot.cy - h / 2, w, h)
        p.setPen(QPen(c.grid, 1))
        p.setBrush(c.background)
        p.drawRoundedRect(box, 6, 6)
        p.setPen(c.text)
        p.drawText(box, flags, frame.message)


def qrect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


def _crisp(x: float) -> float:
    """Put a one-pixel line on a pixel, not across two."""
    return round(x) + 0.5


def metrics_for(font: QFont) -> TextMetrics:
    qt = QFontMetricsF(font)
    return TextMetrics(qt.horizontalAdvance, qt.height())
