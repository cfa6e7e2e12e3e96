"""The detail pane: one record, or the source document with a passage highlighted.

It renders HTML made by ``coopdesk.render`` (everything escaped there), never follows
a link by itself and never loads a resource: only the application's own links act.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from coopdesk.i18n import translate
from coopdesk.model import DocumentText, RecordDetail
from coopdesk.render import esc, parse_url, record_html, source_html
from coopdesk.ui.style import detail_css


def empty_html() -> str:
    """What the pane says with nothing chosen: what to do."""
    title = translate("Detail", "Nothing selected")
    text = translate(
        "Detail",
        "Choose a record in the tree or on the timeline, or type in the search box (Ctrl+F). "
        "Use Alt+Left and Alt+Right to go back and forward.",
    )
    return f'<h1 class="title">{esc(title)}</h1><p class="empty">{esc(text)}</p>'


class DetailView(QTextBrowser):
    """Shows HTML and reports clicks on the app's own links as signals."""

    recordLinkActivated = Signal(str)  # record id
    sourceLinkActivated = Signal(str, int, int)  # document id, paragraph, citation index
    foreignLinkRefused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(translate("Detail", "Detail"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # One Tab stop (ui.focus makes it so; Ctrl+Tab hops from link to link). Inside, a
        # caret moves with the arrow keys, so a screen reader can read by line and word,
        # and Enter follows the link at the caret.
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._on_anchor)
        self._search = ""  # the search text whose words are marked
        self._shown: tuple[object, ...] = ()  # what is shown, to show again marked anew
        self.show_empty()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Nothing is ever loaded: no images, no style sheets, local or remote.
        return None

    def _set_html(self, body: str) -> None:
        self._body = body
        self.document().setDefaultStyleSheet(detail_css(self.palette()))
        self.setHtml(f"<html><body>{body}</body></html>")

    def changeEvent(self, event: QEvent) -> None:
        # A switch between light and dark restyles what is shown, keeping the scroll place.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_body", None):
            position = self.verticalScrollBar().value()
            self._set_html(self._body)
            self.verticalScrollBar().setValue(position)
        super().changeEvent(event)

    def show_empty(self) -> None:
        self._shown = ()
        self._set_html(empty_html())

    def set_search(self, text: str) -> None:
        """Mark the words ``text`` finds in what is shown, and in what is shown next."""
        if text == self._search:
            return
        self._search = text
        if self._shown and self._shown[0] == "record":
            position = self.verticalScrollBar().value()
            self.show_record(*self._shown[1:])  # type: ignore[arg-type]
            self.verticalScrollBar().setValue(position)
        elif self._shown:
            self.show_source(*self._shown[1:])  # type: ignore[arg-type]

    def show_message(self, title: str, text: str) -> None:
        self._shown = ()
        self._set_html(f'<h1 class="title">{esc(title)}</h1><p class="empty">{esc(text)}</p>')

    def show_record(self, detail: RecordDetail, note_html: str = "") -> None:
        self._shown = ("record", detail, note_html)
        self._set_html(record_html(detail, note_html=note_html, search=self._search))

    def show_source(self, doc: DocumentText, paragraph: int, quote: str) -> None:
        self._shown = ("source", doc, paragraph, quote)
        self._set_html(source_html(doc, paragraph, quote, search=self._search))
        self.scrollToAnchor("cited")

    def link_at_caret(self) -> str:
        """The target of the link the caret is in (before one of its characters), or ''."""
        position = self.textCursor().position() + 1
        if position >= self.document().characterCount():
            return ""
        probe = QTextCursor(self.document())
        probe.setPosition(position)  # a cursor's format is that of the character before it
        fmt = probe.charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else ""

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        # Ctrl+Tab to a link moves the cursor without a word: say it, so that a screen
        # reader hears which link was reached.
        self.cursorPositionChanged.emit()
        return moved

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.link_at_caret()
            if href:
                event.accept()
                self._on_anchor(QUrl(href))
                return
        super().keyPressEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        parsed = parse_url(url.toString())
        if parsed is None:
            self.foreignLinkRefused.emit(url.toString())
            return
        what, parts = parsed
        if what == "record":
            self.recordLinkActivated.emit(parts[0])
        else:
            self.sourceLinkActivated.emit(parts[0], int(parts[1]), int(parts[2]))
