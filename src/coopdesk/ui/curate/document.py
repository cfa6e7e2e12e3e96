"""The document as the curator reads it: its paragraphs, numbered as the build numbers them,
with every anchored quote underlined by the kind of record it supports.

The text shown is exactly the document's characters (only line breaks inside a paragraph
and invisible control characters are drawn differently), so a selection's offsets are
offsets into the paragraph and the quote taken from it is the document's own. Spans that
overlap are underlined on separate rows beneath the line; each kind keeps the colour and
shape it has everywhere (``coopdesk.render.marker``) and a line pattern of its own, so
no kind is told from another by colour alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from coopdesk.curate.anchors import LINK, Anchor, at
from coopdesk.errors import CurationError
from coopdesk.graphics.shapes import shape_polygon
from coopdesk.i18n import translate
from coopdesk.render import esc, marker
from coopdesk.schema import KIND_BY_ID, kind_name

# The line pattern of each kind's underline, beside its colour and shape. Dated kinds
# have shapes of their own (◆ ■ ● ▲); undated kinds share ▪ and differ by pattern.
PATTERNS: dict[str, Qt.PenStyle] = {
    "agency": Qt.PenStyle.DashLine,
    "person": Qt.PenStyle.DotLine,
    "place": Qt.PenStyle.DashDotLine,
    "offence": Qt.PenStyle.DashDotDotLine,
    LINK: Qt.PenStyle.DotLine,
}
LINK_COLOUR = "#8c8c8c"
ROW = 4.0  # pixels between stacked underlines
MAX_ROWS = 5  # deeper overlaps share the last row
LINE_GAP = 4  # pixels between lines with no underline
MARGIN = 46  # room for the paragraph numbers
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def style_of(kind: str) -> tuple[QColor, str, Qt.PenStyle]:
    """The colour, shape and line pattern of an underline for ``kind``."""
    if kind == LINK:
        return QColor(LINK_COLOUR), "", PATTERNS[LINK]
    colour, shape = marker(kind)
    return QColor(colour), shape, PATTERNS.get(kind, Qt.PenStyle.SolidLine)


def shown(text: str) -> str:
    """A paragraph as drawn: one character for one, line breaks kept inside the paragraph,
    control and direction-changing characters drawn as a visible replacement mark."""
    out = []
    for char in text:
        if char == "\n":
            out.append("\u2028")
        elif char in _BIDI_CONTROLS or (unicodedata.category(char) == "Cc" and char != "\t"):
            out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


def rows(found: Sequence[Anchor]) -> dict[Anchor, int]:
    """A row under the text for each span, so that spans that overlap never share one."""
    placed: dict[Anchor, int] = {}
    ends: dict[tuple[int, int], int] = {}  # (paragraph, row) → where its last span stops
    for anchor in sorted(found, key=lambda a: (a.paragraph, a.start, -a.stop)):
        row = 0
        while row < MAX_ROWS - 1 and ends.get((anchor.paragraph, row), -1) > anchor.start:
            row += 1
        placed[anchor] = row
        ends[(anchor.paragraph, row)] = max(ends.get((anchor.paragraph, row), -1), anchor.stop)
    return placed


class DocumentView(QTextEdit):
    """The document, read-only; selections are reported as (paragraph, start, stop)."""

    selectionMoved = Signal()  # the selection changed (it may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curateDocument")
        self.setAccessibleName(translate("CurateDocument", "Document"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._anchors: list[Anchor] = []
        self._rows: dict[Anchor, int] = {}
        self._gaps: list[int] = []  # the line gap set on each paragraph
        self._by_paragraph: dict[int, list[Anchor]] = {}
        self._paragraphs: list[str] = []
        self._menu_actions: list[object] = []
        self.selectionChanged.connect(self.selectionMoved)

    # ------------------------------------------------------------------ content

    def set_document(self, title: str, paragraphs: Sequence[str]) -> None:
        """Show the document: its title, then each paragraph as a block of its own."""
        self._paragraphs = list(paragraphs)
        doc = QTextDocument(self)
        doc.setDocumentMargin(14)
        cursor = QTextCursor(doc)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.DemiBold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.3)
        first = QTextBlockFormat()
        first.setLeftMargin(MARGIN)
        first.setBottomMargin(12)
        cursor.setBlockFormat(first)
        cursor.insertText(shown(title), heading)
        body = QTextBlockFormat()
        body.setLeftMargin(MARGIN)
        body.setBottomMargin(10)
        plain = QTextCharFormat()
        for text in paragraphs:
            cursor.insertBlock(body, plain)
            cursor.insertText(shown(text))
        self.setDocument(doc)
        self._gaps = [-1] * (len(paragraphs) + 1)
        self.set_anchors(self._anchors)

    def set_anchors(self, found: Sequence[Anchor]) -> None:
        """Underline these spans (links are listed on hover, not underlined)."""
        self._anchors = list(found)
        self._rows = rows([a for a in self._anchors if a.kind != LINK])
        self._by_paragraph: dict[int, list[Anchor]] = {}
        for anchor in self._rows:
            self._by_paragraph.setdefault(anchor.paragraph, []).append(anchor)
        deepest = [0] * len(self._gaps)
        for anchor, row in self._rows.items():
            if anchor.paragraph < len(deepest):
                deepest[anchor.paragraph] = max(deepest[anchor.paragraph], row + 1)
        # Room under each paragraph's lines for as many underlines as it stacks.
        for number in range(1, len(deepest)):
            gap = LINE_GAP + int(deepest[number] * ROW)
            if gap != self._gaps[number]:
                self._gaps[number] = gap
                block = self.document().findBlockByNumber(number)
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setLineHeight(gap, QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value)
                cursor.setBlockFormat(fmt)
        self.viewport().update()

    def anchors(self) -> list[Anchor]:
        return list(self._anchors)

    def set_menu_actions(self, actions: Sequence[object]) -> None:
        """The actions offered on a right click (None for a separator)."""
        self._menu_actions = list(actions)

    # ------------------------------------------------------------------ selection

    def selection(self) -> tuple[int, int, int]:
        """The selection as (paragraph, start, stop); CurationError when it is not one
        stretch of one paragraph."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            raise CurationError(
                translate("CurateDocument", "select some words of the document first.")
            )
        doc = self.document()
        begin, end = cursor.selectionStart(), cursor.selectionEnd()
        # A drag that starts after the end of a line of the block above, or ends before
        # the first character of the block below, has not chosen anything there.
        first = doc.findBlock(begin)
        if begin == first.position() + first.length() - 1 and first.next().isValid():
            begin = first.next().position()
        last = doc.findBlock(end)
        if end == last.position() and end > begin:
            end -= 1
        first, last = doc.findBlock(begin), doc.findBlock(max(begin, end - 1))
        if first.blockNumber() != last.blockNumber():
            raise CurationError(
                translate(
                    "CurateDocument", "select words within one paragraph: a quote never spans two."
                )
            )
        if first.blockNumber() == 0:
            raise CurationError(
                translate(
                    "CurateDocument", "the title is not a paragraph: select words of the text."
                )
            )
        return first.blockNumber(), begin - first.position(), end - first.position()

    def has_selection(self) -> bool:
        return self.textCursor().hasSelection()

    def select_span(self, paragraph: int, start: int, stop: int) -> None:
        """Select a span and scroll it into view (a proposal's quote, a problem's record)."""
        block = self.document().findBlockByNumber(paragraph)
        if not block.isValid() or paragraph < 1:
            return
        cursor = QTextCursor(block)
        length = block.length() - 1
        cursor.setPosition(block.position() + min(start, length))
        cursor.setPosition(block.position() + min(stop, length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def position_at(self, point: QPoint) -> tuple[int, int] | None:
        """(paragraph, offset) of the character under a point of the viewport."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        if block.blockNumber() < 1:
            return None
        offset = cursor.position() - block.position()
        # The cursor lands between characters: take the one the point is over.
        rect = self.cursorRect(cursor)
        if point.x() < rect.x() and offset > 0:
            offset -= 1
        if offset >= block.length() - 1:
            return None
        return block.blockNumber(), offset

    def anchors_at(self, point: QPoint) -> list[Anchor]:
        where = self.position_at(point)
        return [] if where is None else at(self._anchors, *where)

    # ------------------------------------------------------------------ events

    def event(self, event: QEvent) -> bool:
        # Read-only text has no undo of its own: Undo and Redo are the window's.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.anchors_at(event.pos())
            if found:
                QToolTip.showText(event.globalPos(), self.tooltip(found), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def tooltip(found: Sequence[Anchor]) -> str:
        """What hovering shows: the records the text under the pointer supports, then its
        links, those from one record by one relation on one line."""
        lines = []
        links: dict[tuple[str, str], list[str]] = {}
        for anchor in found:
            if anchor.kind == LINK:
                links.setdefault((anchor.title, anchor.relation), []).append(anchor.other)
                continue
            colour, shape, _pattern = style_of(anchor.kind)
            mark = f'<span style="color:{colour.name()}">{shape}</span> '
            lines.append(f"{mark}{esc(_short(anchor.describe()))}")
        for (start, relation), others in links.items():
            lines.append(
                f"→ {esc(_short(start, 50))} · {esc(relation)}: {esc(_short(', '.join(others)))}"
            )
        return "<p style='white-space:pre'>" + "<br>".join(lines) + "</p>"

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)  # type: ignore[call-overload]
        menu.addSeparator()
        menu.addAction(translate("CurateDocument", "&Copy"), self.copy).setEnabled(
            self.has_selection()
        )
        menu.exec(event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        for number in self._visible_blocks(top, bottom):
            self._paint_number(painter, number)
            for anchor in self._by_paragraph.get(number, ()):
                self._paint_anchor(painter, anchor, top, bottom)
        painter.end()

    def _visible_blocks(self, top: float, bottom: float) -> list[int]:
        """The numbers of the paragraphs on screen (a long document paints only these)."""
        first = self.cursorForPosition(QPoint(0, 0)).block()
        layout = self.document().documentLayout()
        numbers = []
        block = first if first.isValid() else self.document().begin()
        while block.isValid() and layout.blockBoundingRect(block).top() <= bottom:
            if block.blockNumber() >= 1 and layout.blockBoundingRect(block).bottom() >= top:
                numbers.append(block.blockNumber())
            block = block.next()
        return numbers

    def _paint_number(self, painter: QPainter, number: int) -> None:
        """The paragraph's number in the margin, beside its first line."""
        block = self.document().findBlockByNumber(number)
        rect = self.document().documentLayout().blockBoundingRect(block)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        line = block.layout().lineAt(0)
        box = QRectF(0, rect.top() + line.y(), MARGIN - 8, line.ascent() + line.descent())
        painter.drawText(
            box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"¶{number}"
        )

    def _paint_anchor(self, painter: QPainter, anchor: Anchor, top: float, bottom: float) -> None:
        block = self.document().findBlockByNumber(anchor.paragraph)
        if not block.isValid():
            return
        origin = self.document().documentLayout().blockBoundingRect(block).topLeft()
        layout = block.layout()
        colour, shape, pattern = style_of(anchor.kind)
        row = self._rows.get(anchor, 0)
        pen = QPen(colour, 1.2 if anchor.kind == LINK else 1.8, pattern)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        first = True
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            start = max(anchor.start, line.textStart())
            stop = min(anchor.stop, line.textStart() + line.textLength())
            if start >= stop:
                continue
            x1 = origin.x() + line.cursorToX(start)[0]
            x2 = origin.x() + line.cursorToX(stop)[0]
            y = origin.y() + line.y() + line.ascent() + line.descent() + 1.5 + row * ROW
            if y < top - 20 or y > bottom + 20:
                first = False
                continue
            painter.setPen(pen)
            painter.drawLine(QPointF(min(x1, x2), y), QPointF(max(x1, x2), y))
            if first and shape:
                painter.setPen(QPen(colour.darker(140), 0.8))
                painter.setBrush(colour)
                painter.drawPath(shape_polygon(shape, min(x1, x2), y, 5.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            first = False


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def legend_kinds(found: Sequence[Anchor]) -> list[str]:
    """The kinds underlined in the document, in the vocabulary's order."""
    present = {a.kind for a in found}
    return [k for k in KIND_BY_ID if k in present]


class Legend(QWidget):
    """What each underline means: the kinds in the document, each drawn as it is underlined."""

    GAP = 16  # between two entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curateLegend")
        self._kinds: list[str] = []
        self.setToolTip(
            translate(
                "CurateDocument", "How the document's quotes are underlined: by the kind of record."
            )
        )
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_kinds(self, kinds: Sequence[str]) -> None:
        if list(kinds) == self._kinds:
            return
        self._kinds = list(kinds)
        self.setVisible(bool(self._kinds))
        kinds = ", ".join(map(_label, self._kinds))
        self.setAccessibleDescription(
            translate("CurateDocument", "Underlines: {kinds}").format(kinds=kinds)
        )
        self.updateGeometry()
        self.update()

    def _places(self, width: int) -> list[tuple[str, float, int]]:
        """(kind, x, row) of each entry, wrapped to ``width``."""
        metrics = self.fontMetrics()
        out, x, row = [], 8.0, 0
        for kind in self._kinds:
            advance = metrics.horizontalAdvance(_label(kind))
            if x > 8 and x + advance > width - 8:
                x, row = 8.0, row + 1
            out.append((kind, x, row))
            x += advance + self.GAP
        return out

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(width)
        return (places[-1][2] + 1) * self._row_height() if places else self._row_height()

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        height = self._row_height()
        for kind, x, row in self._places(self.width()):
            colour, shape, pattern = style_of(kind)
            label = _label(kind)
            baseline = row * height + 3 + metrics.ascent()
            line_y = baseline + metrics.descent() + 1.5
            width = metrics.horizontalAdvance(label)
            painter.setPen(text_colour)
            painter.drawText(QPointF(x, baseline), label)
            # Underlined as in the document: the kind's pattern, its shape at the start.
            painter.setPen(QPen(colour, 1.8, pattern))
            painter.drawLine(QPointF(x, line_y), QPointF(x + width, line_y))
            if shape:
                painter.setPen(QPen(colour.darker(140), 0.8))
                painter.setBrush(colour)
                painter.drawPath(shape_polygon(shape, x, line_y, 5.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()


def _label(kind: str) -> str:
    return kind_name(kind) if kind in KIND_BY_ID else translate("CurateDocument", "Link")
