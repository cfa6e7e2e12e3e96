"""What the build would refuse in the curation as it stands: one line each, click to go there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from coopdesk.build import Problem
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate
from coopdesk.ui.plain import tooltip

NO_PROBLEMS = QT_TRANSLATE_NOOP(
    "CurateProblems", "No problems: the curation builds, and the preview shows it."
)
CHECKING = QT_TRANSLATE_NOOP("CurateProblems", "Checking…")


class ProblemsList(QListWidget):
    """The problems of the last check; choosing one says where it is."""

    problemChosen = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setAccessibleName(translate("CurateProblems", "Problems"))
        # One line each, as build-db prints them: a long one is cut short, whole on hover.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._problems: list[Problem] = []
        self.setMinimumHeight(self.fontMetrics().height() * 3 + 16)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem], own: str = "") -> None:
        """Show ``problems``; those of the file ``own`` (the one being edited) say only
        their line, so the line's message has the room."""
        self._problems = list(problems)
        self.clear()
        style = self.style()
        if not problems:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), tr(NO_PROBLEMS)
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, problem in enumerate(problems):
            # One line each: a message never carries a line break into the list.
            line = " ".join(str(problem).split())
            shown = line
            if own and problem.file == own and problem.line:
                line_no = translate("CurateProblems", "Line {line}").format(line=problem.line)
                parts = (line_no, problem.subject, problem.message)
                shown = " ".join(": ".join(p for p in parts if p).split())
            item = QListWidgetItem(icon, shown)
            item.setData(Qt.ItemDataRole.UserRole, index)
            click = translate("CurateProblems", "Click to go to the record and the line.")
            item.setToolTip(tooltip(f"{line}\n\n{click}"))
            self.addItem(item)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def _chosen(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self._problems):
            self.problemChosen.emit(self._problems[index])
