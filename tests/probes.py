"""What the panes show, read from their public state: for tests, not the app.

The pane exposes ``frame()`` (the laid-out markers, labels, ticks and message) and
``data`` (its records); these helpers turn them into the rectangles and texts a test
looks for, so the widget carries no methods that exist only for tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.graphics.timeline import qrect
from coopdesk.schema import LANES
from coopdesk.timeline.layout import describe_gap_at, describe_mark, mark_at, mark_of
from coopdesk.ui.detail import DetailView
from coopdesk.ui.timeline import TimelineView


def highlighted_text(detail: DetailView) -> str:
    """The text of the highlighted passage in the detail pane's source view."""
    block = detail.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                return fragment.text()
            it += 1
        block = block.next()
    return ""


def marker_rect(view: TimelineView, record_id: str) -> QRectF | None:
    """Where the record's own marker is painted; None off screen or inside a cluster."""
    index = view.data.index.get(record_id)
    if index is None:
        return None
    frame = view.frame()
    mark = mark_of(frame, view.data, index)
    if mark is None or mark.count != 1 or not frame.plot.x <= mark.x <= frame.plot.right:
        return None
    return qrect(mark.box)


def record_x(view: TimelineView, record_id: str) -> float:
    """Where on the axis a record's date lies, whether it has a marker of its own or not."""
    frame = view.frame()
    return frame.view.x(view.data.units[view.data.index[record_id]], frame.plot.x)


def label_rects(view: TimelineView) -> dict[str, QRectF]:
    return {view.data.records[lb.index].id: qrect(lb.box) for lb in view.frame().labels}


def label_texts(view: TimelineView) -> dict[str, str]:
    return {view.data.records[lb.index].id: lb.text for lb in view.frame().labels}


def clusters(view: TimelineView) -> list[tuple[QRectF, int]]:
    return [(qrect(m.box), m.count) for m in view.frame().marks if m.count > 1]


def break_marks(view: TimelineView) -> list[QRectF]:
    return [qrect(box) for box, _gap in view.frame().gaps]


def tick_labels(view: TimelineView) -> list[tuple[str, QRectF]]:
    return [(t.text, qrect(t.box)) for t in view.frame().ticks if t.box is not None]


def message(view: TimelineView) -> str:
    return view.frame().message


def tooltip_at(view: TimelineView, pos: QPointF) -> str:
    frame = view.frame()
    mark = mark_at(frame, pos.x(), pos.y())
    if mark is not None:
        return describe_mark(view.data, mark)
    return describe_gap_at(frame, pos.x(), pos.y())


def visible_count(view: TimelineView) -> int:
    return len(view.data.visible_order)


def lane_of(view: TimelineView, record_id: str) -> str | None:
    index = view.data.index.get(record_id)
    return None if index is None else LANES[view.data.lanes[index]]


def is_faded(view: TimelineView, record_id: str) -> bool:
    index = view.data.index.get(record_id)
    return index is not None and not view.data.visible[index]


class _ShowWatcher(QObject):
    def __init__(self, kind: type[QWidget], name: str, then: Callable[[QWidget], None]) -> None:
        super().__init__()
        self.kind, self.name, self.then = kind, name, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, self.kind)
            and (not self.name or watched.objectName() == self.name)
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.then(watched))  # once it is on screen
        return False


def when_shown(kind: type[QWidget], then: Callable[[QWidget], None], name: str = "") -> QObject:
    """Call ``then(widget)`` as soon as a widget of ``kind`` (named ``name``) is shown.

    For modal dialogs: their ``exec()`` runs its own event loop, so a test cannot wait
    beside it; this acts inside that loop when the dialog appears, not after a delay.
    Keep the returned object alive until then.
    """
    watcher = _ShowWatcher(kind, name, then)
    QApplication.instance().installEventFilter(watcher)
    return watcher
