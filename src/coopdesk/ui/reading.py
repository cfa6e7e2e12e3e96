"""A column of readable width: on a wide window the detail view's text stays at about a
hundred and twenty characters a line, centred, instead of running across the whole screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTextEdit

LINE_CHARACTERS = 120  # a long line for a reference work; past this the eye loses its place
MARGIN = 18  # the least room at each side, in pixels


class ReadingColumn(QObject):
    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)
        # New text starts with a fresh root frame: give it the column again.
        view.document().contentsChanged.connect(self.fit)

    def margin(self) -> float:
        width = self.view.viewport().width()
        column = self.view.fontMetrics().averageCharWidth() * LINE_CHARACTERS
        return max(MARGIN, (width - column) / 2)

    def fit(self) -> None:
        frame = self.view.document().rootFrame()
        look = frame.frameFormat()
        margin = self.margin()
        if abs(look.leftMargin() - margin) < 0.5 and abs(look.rightMargin() - margin) < 0.5:
            return  # already so: setting it again would change the contents once more
        look.setLeftMargin(margin)
        look.setRightMargin(margin)
        frame.setFrameFormat(look)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
