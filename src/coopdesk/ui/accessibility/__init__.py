"""How CoopDesk speaks to screen readers: accessible interfaces for the painted and
composite panes, and polite announcements of what changes out of the focus.

``install()`` puts CoopDesk's factory in front of Qt's (once per process): the timeline
becomes a list of its marks, the contents a tree whose rows keep their identity when a
group opens, the detail pane a document with links, and a drop-down box's list says
which entries cannot be chosen. ``announce()`` tells a screen
reader something that happened elsewhere ("3 of 11 records", "Citation copied.") without
moving the focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QStatusBar

_installed = False
# The interfaces this factory made, by object: Qt deletes an interface when its object
# goes, but Python must hold it until then or the wrapper would be freed under Qt.
_made: dict[int, QAccessibleInterface] = {}


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from coopdesk.ui.accessibility import combo, contents, detail, timeline

    for module in (timeline, contents, detail, combo):
        iface: Any = module.make(obj)
        if iface is not None:
            ident = id(obj)
            _made[ident] = iface
            obj.destroyed.connect(lambda _obj=None, ident=ident: _made.pop(ident, None))
            return iface  # type: ignore[no-any-return]
    return None


def install() -> None:
    """Install CoopDesk's accessible interfaces; safe to call more than once."""
    global _installed
    if _installed:
        return
    _installed = True
    QAccessible.installFactory(_factory)


def follow(*panes: QObject) -> None:
    """Send the events of these panes' items (focus, selection, state) from now on; the
    interfaces themselves are made when a reader first asks for them."""
    from coopdesk.ui.accessibility.contents import ContentsRows
    from coopdesk.ui.accessibility.detail import DetailLinks
    from coopdesk.ui.accessibility.timeline import TimelineMarks
    from coopdesk.ui.contents import ContentsView
    from coopdesk.ui.detail import DetailView
    from coopdesk.ui.timeline import TimelineView

    for pane in panes:
        if isinstance(pane, TimelineView):
            TimelineMarks.of(pane)
        elif isinstance(pane, ContentsView):
            ContentsRows.of(pane)
        elif isinstance(pane, DetailView):
            DetailLinks.of(pane)


def speak_status(bar: QStatusBar, quiet: set[str]) -> None:
    """Announce every message the status bar shows, except those in ``quiet``."""
    bar.messageChanged.connect(lambda text: text in quiet or announce(bar, text))


def show_and_say(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` and, when it is new, announce it."""
    if text != label.text():
        label.setText(text)
        announce(label, text)


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``message``, politely (after what it is saying) by default."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
