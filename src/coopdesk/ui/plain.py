"""Text from the data, the user or the file system, shown by Qt as the text it is.

Qt shows a tooltip, a label or a message box's text as HTML whenever it looks like HTML
(``Qt.mightBeRichText``), and then loads the images it names: a title or a path holding
``<img src=…>`` would display an image, ``<b>`` would make bold. So every such text
passes through here:

- ``tooltip``: escaped rich text, always (a rich tooltip also wraps long lines).
- ``set_tip``: a widget's tooltip, and the same words as its accessible description.
- ``as_text``: for widgets that choose the format themselves (QMessageBox's static
  functions): the text as it is when Qt would show it so, else escaped HTML that shows
  the same characters.
- ``message_box``: a message box set to plain text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QMessageBox, QWidget


def _escaped(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, whatever it holds."""
    return _escaped(text)


def set_tip(widget: QWidget, text: str, *, rich: bool = False) -> None:
    """Give ``widget`` the tooltip ``text`` and, for screen readers, the same words as a
    plain description (Qt would otherwise read the tooltip's markup out). ``text`` is
    shown literally, whatever it holds, unless ``rich``: HTML of our own making."""
    if rich:
        widget.setToolTip(text)
        widget.setAccessibleDescription(QTextDocumentFragment.fromHtml(text).toPlainText())
    else:
        widget.setToolTip(_escaped(text))
        widget.setAccessibleDescription(text)


def as_text(text: str) -> str:
    """``text`` for a widget that guesses its format: shown literally either way."""
    return _escaped(text) if QtGui.mightBeRichText(text) else text


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    name: str = "",
) -> QMessageBox:
    """A message box with ``text`` in plain text; open it with ``open()`` or ``exec()``."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        box.setObjectName(name)
    return box
