"""The curation file as it would be saved, read-only, with line numbers to go to."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from coopdesk.i18n import translate
from coopdesk.ui.style import is_dark


class CurationText(QPlainTextEdit):
    """The TOML text; ``go_to_line`` shows a line the way a problem names it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curationText")
        self.setAccessibleName(translate("CurateFiles", "Curation file"))
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    def set_text(self, text: str) -> None:
        """Show ``text``, keeping the scroll position when only part of it changed."""
        if text == self.toPlainText():
            return
        position = self.verticalScrollBar().value()
        self.setPlainText(text)
        self.verticalScrollBar().setValue(position)

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor  # type: ignore[attr-defined]
        mark.format.setBackground(QColor("#5a4a00" if is_dark(self.palette()) else "#fff1a8"))  # type: ignore[attr-defined]
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
        self.setExtraSelections([mark])
