"""The status bar's two standing labels: how many records the filters leave, and where
the data comes from (how many documents, how recent their information, which text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from coopdesk.browse import Snapshot, search_status
from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, Texts, number
from coopdesk.model import Meta
from coopdesk.render import human_date
from coopdesk.ui import accessibility
from coopdesk.ui.plain import set_tip

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "data": QT_TRANSLATE_NOOP(
            "StatusLine", "{docs} · information as of {as_of} · sha256 {sha}…"
        ),
        "updating": QT_TRANSLATE_NOOP("StatusLine", "Updating…"),
        "data_tip": QT_TRANSLATE_NOOP(
            "StatusLine",
            "Data as of the latest date the source speaks of; Help > About CoopDesk says more",
        ),
    }
)


Status = Context("Status")  # the status bar's words with a number in them


def spaced(value: int) -> str:
    """12 345: thousands apart by a space, as in print (a no-break space in Russian)."""
    return number(value)


class ElidedLabel(QLabel):
    """A label that, short of room, ends its text with "…" (never cut mid-letter) and
    says it whole as its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._watching = False

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(Status.tr("%n document(s)", "", 1) + "…"),
            super().sizeHint().height(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        bar = self.parentWidget()
        if bar is not None and not self._watching:
            self._watching = True
            bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # half of a new width
        return False

    def sizeHint(self) -> QSize:
        # At most half the status bar: a message shown beside it (longer in Russian) keeps
        # the rest, and this text gives way with "…".
        hint = super().sizeHint()
        bar = self.parentWidget()
        if bar is not None and bar.width() > 0:
            room = max(bar.width() // 2, self.minimumSizeHint().width())
            return QSize(min(hint.width(), room), hint.height())
        return hint

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), flags, self.shown_text())


class StatusLine:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.count = QLabel()
        self.count.setObjectName("recordCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.data = ElidedLabel()
        self.data.setObjectName("dataLabel")
        bar.addWidget(self.count)
        bar.addPermanentWidget(self.data)

    def show_snapshot(self, snap: Snapshot, notes: int, on_timeline: int) -> None:
        """The count, or while searching one sentence on what the search found; a problem
        (a damaged search index) after the count instead."""
        count = Status.tr("{count} of %n record(s)", "", snap.total).format(
            count=spaced(snap.count)
        )
        if snap.error:
            text = f"{count} — {snap.error}"
        elif snap.filters.text.strip():
            text = search_status(snap, notes, on_timeline)
        else:
            text = count
        accessibility.show_and_say(self.count, text)  # a screen reader hears a new count

    def show_busy(self, busy: bool) -> None:
        """A filter change is being worked out off the window's thread (or is done)."""
        if busy:
            self.bar.showMessage(TEXT["updating"])
        else:
            self.bar.clearMessage()

    def show_meta(self, meta: Meta, as_of: str) -> None:
        """``as_of``: the latest date the documents report (they carry no date of their own)."""
        docs = len(meta.documents)
        self.data.setText(
            TEXT["data"].format(
                docs=Status.tr("%n document(s)", "", docs),
                as_of=human_date(as_of),
                sha=meta.source_sha256[:8],
            )
        )
        set_tip(self.data, f"{self.data.text()}\n{TEXT['data_tip']}")
