"""Pane sizes from the keyboard: a splitter's handle takes no focus, so ``PaneSizes``
gives every splitter a name and View menu commands that widen or narrow its panes.
(The Tab order is ``ui.focus.TabChain``.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from coopdesk.ui.actions import make_action


@dataclass(frozen=True)
class Split:
    """One splitter: its name, the pane the commands grow, and the words for them."""

    splitter: QSplitter
    name: str  # "Divider between the contents and the other panes"
    pane: int  # the index of the pane the commands grow and shrink
    pane_name: str  # "Contents"
    grow: str  # "&Wider Contents"
    shrink: str  # "&Narrower Contents"


class PaneSizes(QObject):
    """View > Pane Sizes: grow or shrink each pane from the keyboard, and name the dividers."""

    @staticmethod
    def of_window(
        contents: QSplitter, timeline: QSplitter, note: QSplitter, parent: QWidget
    ) -> PaneSizes:
        """The window's three dividers: contents | the rest, timeline / detail, detail / note."""
        return PaneSizes(
            [
                Split(contents, "Divider between the contents and the reading panes", 0,
                      "Contents", "&Wider Contents", "&Narrower Contents"),
                Split(timeline, "Divider between the timeline and the detail", 0,
                      "Timeline", "&Taller Timeline", "&Shorter Timeline"),
                Split(note, "Divider between the detail and your note", 1,
                      "Your note", "Taller &Note", "Shorter N&ote"),
            ],
            parent,
        )  # fmt: skip

    status = Signal(str)
    STEP = 0.08  # of the splitter's length per command

    def __init__(self, splits: Sequence[Split], parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu("Pane &Sizes", parent)
        self.menu.setObjectName("paneSizesMenu")
        self.actions: list[QAction] = []
        for split in splits:
            split.splitter.setAccessibleName(split.name)
            for i in range(1, split.splitter.count()):
                split.splitter.handle(i).setAccessibleName(split.name)
            for text, sign in ((split.grow, 1), (split.shrink, -1)):
                action = make_action(
                    parent,
                    text,
                    lambda s=split, d=sign: self.resize(s, d),  # type: ignore[misc]
                )
                self.menu.addAction(action)
                self.actions.append(action)

    def resize(self, split: Split, direction: int) -> None:
        splitter = split.splitter
        sizes = splitter.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) < 2:
            return
        step = max(int(total * self.STEP), 24) * direction
        other = split.pane + 1 if split.pane + 1 < len(sizes) else split.pane - 1
        before = sizes[split.pane]
        sizes[split.pane] += step
        sizes[other] -= step
        splitter.setSizes(sizes)
        after = splitter.sizes()[split.pane]
        across = "width" if splitter.orientation() == Qt.Orientation.Horizontal else "height"
        share = f"{split.pane_name}: {round(100 * after / total)}% of the {across}"
        if after == before:
            limit = "largest" if direction > 0 else "smallest"
            self.status.emit(f"{share}, the {limit} it can be.")
        else:
            self.status.emit(f"{share}.")
