"""The detail pane as assistive technology sees it: a document with links.

Qt reports a read-only text browser as a static label: a reader speaks it in one breath,
cannot move through it and hears no link. Here it is a document (role Document) with a
text interface that follows the caret, and one child per link (role Link) with a press
action. When the caret enters a link the focus moves to that link, so a reader says
"<text>, link"; when it leaves, the focus goes back to the document. The text is the
document's own, with Qt's frame and paragraph marks (U+FDD0, U+FDD1, U+2029) given as
line breaks, one character for one, so offsets match the caret.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAccessibleWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts
from coopdesk.render import parse_url
from coopdesk.ui.accessibility.items import PRESS, SET_FOCUS, ChildItem, Registry, Role, Text, alive
from coopdesk.ui.detail import DetailView

# Qt's marks in a document's raw text, and what a reader gets instead.
_PLAIN = str.maketrans(
    {"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\ufffc": " "}
)


def plain(raw: str) -> str:
    """A document's raw text as a reader should get it, one character for one."""
    return raw.translate(_PLAIN)


class Link(NamedTuple):
    start: int
    end: int
    href: str
    text: str


def links_of(document: QTextDocument) -> list[Link]:
    """Every link of ``document`` in order, with its position, target and text."""
    found: list[Link] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                start, text = fragment.position(), fragment.text()
                last = found[-1] if found else None
                if last is not None and last.href == fmt.anchorHref() and last.end == start:
                    found[-1] = Link(last.start, start + len(text), last.href, last.text + text)
                else:
                    found.append(Link(start, start + len(text), fmt.anchorHref(), text))
            it += 1
        block = block.next()
    return [link._replace(text=plain(link.text).strip()) for link in found]


# Every string a reader hears from this module, in one place.
TEXT = Texts(
    {
        "foreign": QT_TRANSLATE_NOOP("AccessibleDetail", "not a CoopDesk link; it is not opened"),
        "record": QT_TRANSLATE_NOOP("AccessibleDetail", "opens the record"),
        "source": QT_TRANSLATE_NOOP(
            "AccessibleDetail", "opens the source at paragraph {paragraph}"
        ),
    }
)


def link_description(href: str) -> str:
    parsed = parse_url(href)
    if parsed is None:
        return TEXT["foreign"]
    what, parts = parsed
    if what == "record":
        return TEXT["record"]
    return TEXT["source"].format(paragraph=parts[1])


class DetailLinks(QObject):
    """The links of one detail pane, their items, and the focus that follows the caret."""

    def __init__(self, view: DetailView) -> None:
        super().__init__(view)
        self.setObjectName("detailAccessibility")
        self.view = view
        self.registry = Registry(view, lambda key: LinkItem(self, key))  # type: ignore[arg-type]
        self._links: list[Link] | None = None
        self._text: str | None = None
        self._in_link: int | None = None
        view.document().contentsChanged.connect(self._changed)
        view.cursorPositionChanged.connect(self._caret_moved)

    @staticmethod
    def of(view: DetailView) -> DetailLinks:
        found = view.findChild(DetailLinks, "detailAccessibility")
        return found if found is not None else DetailLinks(view)

    def _changed(self) -> None:
        self._links = None
        self._text = None
        self._in_link = None
        self.registry.prune(())

    def links(self) -> list[Link]:
        if self._links is None:
            self._links = links_of(self.view.document())
        return self._links

    def text(self) -> str:
        if self._text is None:
            self._text = plain(self.view.document().toRawText())
        return self._text

    def item(self, index: int) -> LinkItem | None:
        links = self.links()
        if 0 <= index < len(links):
            return self.registry.get((links[index].start, links[index].href))  # type: ignore[return-value]
        return None

    def index_of(self, key: Any) -> int:
        for i, link in enumerate(self.links()):
            if (link.start, link.href) == key:
                return i
        return -1

    def link_at(self, position: int) -> int | None:
        """The link the caret at ``position`` is in (or just before), if any."""
        for i, link in enumerate(self.links()):
            if link.start <= position < link.end:
                return i
        return None

    def caret_link(self) -> int | None:
        """The link at the caret; Ctrl+Tab selects a whole link and leaves the caret at its end."""
        cursor = self.view.textCursor()
        return self.link_at(cursor.selectionStart() if cursor.hasSelection() else cursor.position())

    def _caret_moved(self) -> None:
        if not QAccessible.isActive() or not self.view.hasFocus():
            return
        now = self.caret_link()
        if now == self._in_link:
            return
        self._in_link = now
        event = QAccessibleEvent(self.view, QAccessible.Event.Focus)
        if now is not None:
            event.setChild(now)
        QAccessible.updateAccessibility(event)

    def follow(self, index: int) -> None:
        links = self.links()
        if 0 <= index < len(links):
            self.view.anchorClicked.emit(QUrl(links[index].href))

    def put_caret(self, index: int) -> None:
        links = self.links()
        if 0 <= index < len(links):
            cursor = self.view.textCursor()
            cursor.setPosition(links[index].start)
            self.view.setTextCursor(cursor)
            self.view.setFocus()


class LinkItem(ChildItem):
    """One link of the detail pane (role Link)."""

    def __init__(self, links: DetailLinks, key: tuple[int, str]) -> None:
        super().__init__(links.view, key)
        self.links = links

    def _index(self) -> int:
        return self.links.index_of(self.key) if alive(self.links) else -1

    def _link(self) -> Link | None:
        index = self._index()
        return self.links.links()[index] if index >= 0 else None

    def present(self) -> bool:
        return self._index() >= 0

    def role(self) -> QAccessible.Role:
        return Role.Link

    def text(self, t: QAccessible.Text) -> str:
        link = self._link()
        if link is None:
            return ""
        if t == Text.Name:
            return link.text
        if t == Text.Description:
            return link_description(link.href)
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.linked = True
        state.readOnly = True
        if not self.present():
            state.invalid = True
        elif self.links.view.hasFocus() and self.links.caret_link() == self._index():
            state.focused = True
        return state

    def rect(self) -> QRect:
        link = self._link()
        if link is None:
            return QRect()
        view = self.links.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(link.start)
        box = view.cursorRect(cursor)
        cursor.setPosition(link.end)
        box = box.united(view.cursorRect(cursor))
        return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size())

    def actions(self) -> dict[str, Callable[[], None]]:
        return {PRESS: self._press, SET_FOCUS: self._focus}

    def _press(self) -> None:
        self.links.follow(self._index())

    def _focus(self) -> None:
        self.links.put_caret(self._index())


class DetailAccessible(QAccessibleWidget, QAccessibleTextInterface):
    """The detail pane: a read-only document whose children are its links."""

    def __init__(self, view: DetailView) -> None:
        QAccessibleWidget.__init__(self, view, Role.Document, "")
        QAccessibleTextInterface.__init__(self)
        self._view = view

    def _links(self) -> DetailLinks | None:
        return DetailLinks.of(self._view) if alive(self._view) else None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        # The base returns None for "no such interface", which Qt cannot take back.
        base = QAccessibleWidget.interface_cast(self, kind)
        return base if base is not None else shiboken6.VoidPtr(0)

    def state(self) -> QAccessible.State:
        state = QAccessibleWidget.state(self)
        state.readOnly = True
        state.multiLine = True
        state.selectableText = True
        state.focusable = True
        return state

    def childCount(self) -> int:
        links = self._links()
        return len(links.links()) if links is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        links = self._links()
        return links.item(index) if links is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        links = self._links()
        if links is None or not isinstance(child, LinkItem):
            return -1
        return links.index_of(child.key)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        links = self._links()
        if links is None:
            return None
        point = self._view.viewport().mapFromGlobal(QPoint(x, y))
        index = links.link_at(self._view.cursorForPosition(point).position())
        return None if index is None else links.item(index)

    def focusChild(self) -> QAccessibleInterface | None:
        links = self._links()
        if links is None or not self._view.hasFocus():
            return None
        index = links.caret_link()
        return None if index is None else links.item(index)

    # ------------------------------------------------------------------ text

    def _text(self) -> str:
        links = self._links()
        return links.text() if links is not None else ""

    def characterCount(self) -> int:
        return len(self._text())

    def text(self, *args: Any) -> str:  # type: ignore[override]
        # One name, two interfaces: text(role) for the element, text(start, end) for its text.
        if len(args) == 2:
            start, end = args
            return self._text()[max(start, 0) : max(end, 0)]
        return QAccessibleWidget.text(self, args[0])  # type: ignore[no-any-return]

    def cursorPosition(self) -> int:
        return self._view.textCursor().position() if alive(self._view) else 0

    def setCursorPosition(self, position: int) -> None:
        cursor = self._view.textCursor()
        cursor.setPosition(min(max(position, 0), self.characterCount()))
        self._view.setTextCursor(cursor)

    def selectionCount(self) -> int:
        return 0  # PySide cannot give a selection's bounds back to Qt (see README)

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def removeSelection(self, index: int) -> None:
        cursor = self._view.textCursor()
        cursor.clearSelection()
        self._view.setTextCursor(cursor)

    def setSelection(self, index: int, start: int, end: int) -> None:
        cursor = self._view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(min(max(offset, 0), self.characterCount()))
        box = self._view.cursorRect(cursor)
        return QRect(self._view.viewport().mapToGlobal(box.topLeft()), box.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        local = self._view.viewport().mapFromGlobal(point)
        return self._view.cursorForPosition(local).position()

    def scrollToSubstring(self, start: int, end: int) -> None:
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(min(max(start, 0), self.characterCount()))
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()


def make(obj: Any) -> DetailAccessible | None:
    return DetailAccessible(obj) if isinstance(obj, DetailView) else None
