"""The timeline pane: dated records in one lane per kind, along a time axis.

The time scale, the records and the layout of a frame are plain Python in
``coopdesk.timeline``; the painting is ``coopdesk.graphics.timeline``, shared with paper.
This widget keeps a viewport, turns mouse and keys into changes of it, and paints.

It is given its records either whole (``set_records``, ``set_visible``) or, from a
database, as ``TimelineData`` read by queries (``set_data``): a large collection comes as
counts from afar, and when the pane is zoomed in it asks for the days on screen in
detail with ``windowWanted`` (answered with ``set_data``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from coopdesk.graphics.timeline import Colours, TimelinePainter, metrics_for
from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, number, tr, translate
from coopdesk.model import DatedRecord
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.layout import (
    Frame,
    Mark,
    clamp_view,
    describe_gap_at,
    describe_mark,
    fit_view,
    frame_geometry,
    layout_frame,
    mark_at,
    mark_of,
    members_of,
    preferred_height,
    units_of,
)
from coopdesk.timeline.scale import (
    MAX_PX_PER_DAY,
    NO_RECORDS_MESSAGE,
    ZOOM_STEP,
    Box,
    TextMetrics,
    Viewport,
    day_number,
)

# Months wider than this on screen would show as lumps: the pane asks for days instead.
LOOK_CLOSER_PX_PER_MONTH = 6.0

# ---------------------------------------------------------------------- the widget

TimelinePane = Context("TimelinePane")  # the pane's words with a number in them


# The keys the pane answers while it has the focus: (keys, what they do). The Keyboard
# Shortcuts list is made from this table, and keyPressEvent acts on it.
PANE_KEYS: tuple[tuple[tuple[Qt.Key, ...], str, str], ...] = (
    (
        (Qt.Key.Key_Left,),
        QT_TRANSLATE_NOOP("Keys", "Left"),
        QT_TRANSLATE_NOOP("Keys", "Previous record"),
    ),
    (
        (Qt.Key.Key_Right,),
        QT_TRANSLATE_NOOP("Keys", "Right"),
        QT_TRANSLATE_NOOP("Keys", "Next record"),
    ),
    ((Qt.Key.Key_Plus, Qt.Key.Key_Equal), "+", QT_TRANSLATE_NOOP("Keys", "Zoom in")),
    ((Qt.Key.Key_Minus, Qt.Key.Key_Underscore), "−", QT_TRANSLATE_NOOP("Keys", "Zoom out")),
    (
        (Qt.Key.Key_0, Qt.Key.Key_Home),
        QT_TRANSLATE_NOOP("Keys", "0 or Home"),
        QT_TRANSLATE_NOOP("Keys", "Fit every record"),
    ),
)


class TimelineView(QWidget):
    """The timeline pane. Emits ``currentChanged(id)`` when the user picks a record, and
    ``frameChanged`` whenever what it draws may have changed (for accessibility).

    Until the user zooms or pans by hand it fits the records the filters leave (every
    record when there are no filters); Fit All (Ctrl+0) fits everything and lets it
    follow the filters again. ``visibleFrom`` and ``visibleTo`` are the dates at the
    plot's edges, as ISO dates.
    """

    currentChanged = Signal(str)
    visibleRangeChanged = Signal()
    frameChanged = Signal()
    windowWanted = Signal(object)  # (first day, last day): show these days in detail
    stepWanted = Signal(object, int)  # record id or None, +1 or -1: beyond what is on hand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.setAccessibleName(translate("TimelinePane", "Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 150)
        self._data = TimelineData()
        self._loading = False  # a database's data is on its way: no "no records" message
        self._visible_ids: set[str] | None = None
        self._view: Viewport | None = None  # used when neither fit is on
        self._fit: str | None = "all"  # "all", "visible" (the filtered records) or None
        self._by_hand = False  # zoomed or panned by the user since the last fit
        self._range = ("", "")
        self._current_id: str | None = None
        self._current_unit: float | None = None  # where the current record is, if not on hand
        self._current_where: DatedRecord | None = None  # and which record it is
        self._asked: tuple[int, int] | None = None
        self._frame: Frame | None = None
        self._metrics: TextMetrics | None = None
        self._press: QPointF | None = None
        self._press_view: Viewport | None = None
        self._dragging = False
        self._update_description()

    def sizeHint(self) -> QSize:
        return QSize(900, self.preferred_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 150)

    def preferred_height(self) -> int:
        """As tall as the lanes and their two rows of labels need."""
        return int(preferred_height(self._text_metrics()) + 0.5)

    # The dates at the plot's edges, for checks and assistive tools.
    def _visible_from(self) -> str:
        return self._visible_range()[0]

    def _visible_to(self) -> str:
        return self._visible_range()[1]

    visibleFrom = Property(str, _visible_from, notify=visibleRangeChanged)
    visibleTo = Property(str, _visible_to, notify=visibleRangeChanged)

    def _visible_range(self) -> tuple[str, str]:
        frame = self._layout()
        scale, view, plot = self._data.scale, frame.view, frame.plot
        days = [scale.to_day(view.unit_at(x, plot.x)) for x in (plot.x, plot.right)]
        low, high = dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 31).toordinal()
        first, last = (dt.date.fromordinal(int(min(max(d, low), high))) for d in days)
        return first.isoformat(), last.isoformat()

    # ------------------------------------------------------------------ public API

    @property
    def _current(self) -> int | None:
        """The current record's index in the data on hand."""
        return None if self._current_id is None else self._data.index.get(self._current_id)

    def set_loading(self) -> None:
        """Nothing to show yet, and nothing to say: a database's data is on its way."""
        self.set_records([])
        self._loading = True
        self._asked = None  # what was asked of another database
        self._changed()

    def set_records(self, records: list[DatedRecord]) -> None:
        """Show these records (all dated records of the database); fits them all."""
        self._loading = False
        self._data = TimelineData(records, self._data.compress)
        self._data.set_visible(self._visible_ids)
        self._fit, self._by_hand = "all", False
        self._update_description()
        self._changed()

    def set_data(self, data: TimelineData) -> None:
        """Show what a query read (records, or counts from afar); the view stays where
        it is. The data is the pane's from now on."""
        if data.compress != self._data.compress:
            data.set_compress(self._data.compress)
        self._loading = False
        self._data = data
        self._visible_ids = None
        if not self._by_hand:
            # As set_visible: fit what the filters leave, unless zoomed or panned by hand.
            self._fit = "all" if data.shown_count == data.total_count else "visible"
        self._update_description()
        self._changed()

    def set_visible(self, ids: set[str] | None) -> None:
        """Fade every record not in ``ids``; None shows them all. Unless the user has
        zoomed or panned by hand since the last fit, the view fits what is left."""
        self._visible_ids = None if ids is None else set(ids)
        self._data.set_visible(self._visible_ids)
        if not self._by_hand:
            self._fit = "all" if ids is None else "visible"
        self._update_description()
        self._changed()

    def set_current(self, record_id: str | None, where: DatedRecord | None = None) -> None:
        """Ring one record and bring it on screen, without emitting ``currentChanged``.

        ``where`` says when and in which lane it is, for a record not on hand (a large
        collection seen from afar): the pane then goes there and asks for those days.
        """
        self._current_id = record_id
        self._current_where = where
        self._current_unit = None
        day = day_number(where.date) if where is not None else None
        if self._current is None and day is not None:
            self._current_unit = self._data.scale.to_units(day)
        self._changed()
        if self._current is not None:
            self._scroll_to(self._data.units[self._current])
        elif self._current_unit is not None:
            self._scroll_to(self._current_unit)

    def current_id(self) -> str | None:
        return self._current_id

    def current_elsewhere(self) -> DatedRecord | None:
        """The current record when it is not on hand (counted from afar), else None."""
        where = self._current_where
        if self._current is not None or where is None or where.id != self._current_id:
            return None
        return where

    @property
    def data(self) -> TimelineData:
        """The records on the timeline, in date order (read them, do not change them)."""
        return self._data

    def frame(self) -> Frame:
        """What is drawn now: markers, clusters, labels, ticks and the message."""
        return self._layout()

    def set_compress_gaps(self, on: bool) -> None:
        if on != self._data.compress:
            self._data.set_compress(on)
            if self._fit is None:
                self._fit, self._by_hand = "all", False
            self._changed()

    def compress_gaps(self) -> bool:
        return self._data.compress

    def zoom_in(self) -> None:
        self._by_hand = True
        self._zoom(ZOOM_STEP, self._zoom_anchor())

    def zoom_out(self) -> None:
        self._by_hand = True
        self._zoom(1 / ZOOM_STEP, self._zoom_anchor())

    def fit_all(self) -> None:
        """Show every record, and follow the filters again from the next change."""
        self._fit, self._by_hand = "all", False
        self._changed()

    def activate_mark(self, mark: Mark) -> None:
        """What a click on ``mark`` does: pick its record, or zoom in on a cluster."""
        self._activate(mark)

    def _changed(self) -> None:
        self._frame = None
        self.update()
        self.frameChanged.emit()
        span = self._visible_range()
        if span != self._range:
            self._range = span
            self.visibleRangeChanged.emit()

    def _update_description(self) -> None:
        data = self._data
        if data.empty or data.extent is None:
            self.setAccessibleDescription(tr(NO_RECORDS_MESSAGE))
            return
        first, last = (dt.date.fromordinal(day).year for day in data.extent)
        shown = TimelinePane.tr("{shown} of %n record(s), {first}–{last}.", "", data.total_count)
        keys = translate(
            "TimelinePane", "Left and right arrows step through the records; plus and minus zoom."
        )
        self.setAccessibleDescription(
            shown.format(shown=number(data.shown_count), first=first, last=last) + " " + keys
        )

    def _text_metrics(self) -> TextMetrics:
        if self._metrics is None:
            self._metrics = metrics_for(self.font())
        return self._metrics

    def _bounds(self) -> Box:
        return Box(0, 0, float(self.width()), float(self.height()))

    def _layout(self) -> Frame:
        if self._frame is None:
            metrics = self._text_metrics()
            plot = frame_geometry(self._bounds(), metrics)[0]
            if self._fit == "visible":
                view = fit_view(self._data, plot, metrics, visible_only=True)
            elif self._fit == "all" or self._view is None:
                view = fit_view(self._data, plot, metrics)
            else:
                view = self._view = clamp_view(self._data, plot, self._view, metrics)
            self._frame = layout_frame(self._data, self._bounds(), metrics, view)
            if self._loading:
                self._frame.message = ""
            self._ask_for_detail(self._frame)
        return self._frame

    def _ask_for_detail(self, frame: Frame) -> None:
        """From close enough that months would show as lumps, ask for the days on screen
        (and a screen's width either side) in detail, unless they are on hand."""
        data = self._data
        if not data.buckets:
            return  # everything is on hand
        view, plot = frame.view, frame.plot
        if view.scale * 30.4 < LOOK_CLOSER_PX_PER_MONTH:
            return
        first = data.scale.to_day(view.unit_at(plot.x, plot.x))
        last = data.scale.to_day(view.unit_at(plot.right, plot.x))
        span = last - first
        for window, closest in ((data.window, data.closest), (self._asked, False)):
            # On hand (or asked for), and no closer look to take: record by record
            # already, or the days on screen are a good part of it.
            covered = window is not None and window[0] <= first and last <= window[1]
            if covered and window is not None and (closest or window[1] - window[0] < 4 * span):
                return
        self._asked = (int(first - span), int(last + span) + 1)
        self.windowWanted.emit(self._asked)

    def _set_view(self, view: Viewport) -> None:
        plot = self._layout().plot
        metrics = self._text_metrics()
        self._view = clamp_view(self._data, plot, view, metrics)
        if self._view == fit_view(self._data, plot, metrics):
            self._fit = "all"  # stay fitted through resizes
        else:
            self._fit = None
        self._changed()

    def _zoom(self, factor: float, anchor_x: float) -> None:
        frame = self._layout()
        fit = fit_view(self._data, frame.plot, self._text_metrics())
        view = frame.view.zoomed(factor, anchor_x, frame.plot.x, fit.scale, MAX_PX_PER_DAY)
        self._set_view(view)

    def _zoom_anchor(self) -> float:
        """Zoom around the current record when it is on screen, else the middle."""
        frame = self._layout()
        if self._current is not None:
            mark = mark_of(frame, self._data, self._current)
            if mark is not None and frame.plot.x <= mark.x <= frame.plot.right:
                return mark.x
        return frame.plot.cx

    def _scroll_to(self, unit: float) -> None:
        frame = self._layout()
        x = frame.view.x(unit, frame.plot.x)
        margin = min(40.0, frame.plot.w / 4)
        if frame.plot.x + margin <= x <= frame.plot.right - margin:
            return
        view = frame.view
        self._set_view(Viewport(unit - frame.plot.w / 2 / view.scale, view.scale))

    def _mark_at(self, pos: QPointF) -> Mark | None:
        return mark_at(self._layout(), pos.x(), pos.y())

    def _tooltip_at(self, pos: QPointF) -> str:
        frame = self._layout()
        mark = mark_at(frame, pos.x(), pos.y())
        if mark is not None:
            return describe_mark(self._data, mark)
        return describe_gap_at(frame, pos.x(), pos.y())

    def _activate(self, mark: Mark) -> None:
        members = members_of(self._data, mark)
        first, last = units_of(self._data, mark)
        if len(members) < mark.count or (len(members) > 1 and last - first > 0.5):
            # Records on different days, or counted from afar: zoom in until they part.
            self._by_hand = True
            frame = self._layout()
            scale = min(frame.plot.w * 0.6 / max(last - first, 0.5), MAX_PX_PER_DAY)
            middle = (first + last) / 2
            self._set_view(Viewport(middle - frame.plot.w / 2 / scale, scale))
            return
        # One record, or records of one day that no zoom can separate: pick the first.
        self._pick(members[0])

    def _pick(self, index: int) -> None:
        self._current_id = self._data.records[index].id
        self._changed()
        self._scroll_to(self._data.units[index])
        self.currentChanged.emit(self._current_id)

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._layout()
        painter = QPainter(self)
        try:
            colours = Colours.from_palette(self.palette())
            TimelinePainter(painter, self._data, colours, self.font()).paint(frame, self._current)
            if self.hasFocus():
                pen = QPen(colours.highlight, 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._metrics = None
            self._frame = None
            self.updateGeometry()
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
        ):
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = (self._previous, self._next, self.zoom_in, self.zoom_out, self.fit_all)
        for (keys, _name, _what), act in zip(PANE_KEYS, actions, strict=True):
            if event.key() in keys:
                act()
                return
        super().keyPressEvent(event)

    def _previous(self) -> None:
        self._step(-1)

    def _next(self) -> None:
        self._step(1)

    def _step(self, direction: int) -> None:
        target = self._data.step(self._current, direction)
        counted = bool(self._data.buckets)  # some records are counted, not on hand
        if target is not None and (self._current is not None or not counted):
            self._pick(target)
        elif counted:
            self.stepWanted.emit(self._current_id, direction)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_view = self._layout().view
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and self._press_view is not None:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) >= QApplication.startDragDistance():
                self._dragging = self._by_hand = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                start = self._press_view
                self._set_view(Viewport(start.u0 - dx / start.scale, start.scale))
            return
        over = self._mark_at(pos) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                mark = self._mark_at(event.position())
                if mark is not None:
                    self._activate(mark)
            self._press = self._press_view = None
            self._dragging = False
            self.setCursor(Qt.CursorShape.ArrowCursor)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        angle, pixels = event.angleDelta(), event.pixelDelta()
        self._by_hand = True
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = angle.y() / 120 if angle.y() else angle.x() / 120
            if steps:
                self._zoom(1.25**steps, event.position().x())
            event.accept()
            return
        frame = self._layout()
        if not pixels.isNull():
            dx = float(pixels.x() or pixels.y())
        else:
            dx = (angle.x() or angle.y()) / 120 * frame.plot.w * 0.12
        if dx:
            view = frame.view
            self._set_view(Viewport(view.u0 - dx / view.scale, view.scale))
        event.accept()
