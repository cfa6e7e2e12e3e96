"""What the build would refuse in the curation as it stands: one line each, click to go there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from coopdesk.build import Problem

NO_PROBLEMS = "No problems: the curation builds, and the preview shows it."
CHECKING = "Checking…"


class ProblemsList(QListWidget):
    """The problems of the last check; choosing one says where it is."""

    problemChosen = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setAccessibleName("Problems")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self._problems: list[Problem] = []
        self.setMinimumHeight(self.fontMetrics().height() * 2 + 10)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self._problems = list(problems)
        self.clear()
        style = self.style()
        if not problems:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), NO_PROBLEMS
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, problem in enumerate(problems):
            # One line each: a message never carries a line break into the list.
            item = QListWidgetItem(icon, " ".join(str(problem).split()))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip("Click to go to the record or the line it is about.")
            self.addItem(item)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def _chosen(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self._problems):
            self.problemChosen.emit(self._problems[index])
