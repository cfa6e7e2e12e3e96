"""Pane sizes from the keyboard: a splitter's handle takes no focus, so ``PaneSizes``
gives every splitter a name and View menu commands that widen or narrow its panes.
(The Tab order is ``ui.focus.TabChain``.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts
from coopdesk.ui.actions import make_action

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "menu": QT_TRANSLATE_NOOP("PaneSizes", "Pane &Sizes"),
        "contents_divider": QT_TRANSLATE_NOOP(
            "PaneSizes", "Divider between the contents and the reading panes"
        ),
        "contents": QT_TRANSLATE_NOOP("PaneSizes", "Contents"),
        "wider": QT_TRANSLATE_NOOP("PaneSizes", "&Wider Contents"),
        "narrower": QT_TRANSLATE_NOOP("PaneSizes", "&Narrower Contents"),
        "timeline_divider": QT_TRANSLATE_NOOP(
            "PaneSizes", "Divider between the timeline and the detail"
        ),
        "timeline": QT_TRANSLATE_NOOP("PaneSizes", "Timeline"),
        "taller": QT_TRANSLATE_NOOP("PaneSizes", "&Taller Timeline"),
        "shorter": QT_TRANSLATE_NOOP("PaneSizes", "&Shorter Timeline"),
        "note_divider": QT_TRANSLATE_NOOP("PaneSizes", "Divider between the detail and your note"),
        "note": QT_TRANSLATE_NOOP("PaneSizes", "Your note"),
        "taller_note": QT_TRANSLATE_NOOP("PaneSizes", "Taller &Note"),
        "shorter_note": QT_TRANSLATE_NOOP("PaneSizes", "Shorter N&ote"),
        "width": QT_TRANSLATE_NOOP("PaneSizes", "width"),
        "height": QT_TRANSLATE_NOOP("PaneSizes", "height"),
        "share": QT_TRANSLATE_NOOP("PaneSizes", "{pane}: {share}% of the {across}"),
        "largest": QT_TRANSLATE_NOOP("PaneSizes", "{share}, the largest it can be."),
        "smallest": QT_TRANSLATE_NOOP("PaneSizes", "{share}, the smallest it can be."),
    }
)


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
        t = TEXT
        return PaneSizes(
            [
                Split(contents, t["contents_divider"], 0, t["contents"], t["wider"],
                      t["narrower"]),
                Split(timeline, t["timeline_divider"], 0, t["timeline"], t["taller"],
                      t["shorter"]),
                Split(note, t["note_divider"], 1, t["note"], t["taller_note"],
                      t["shorter_note"]),
            ],
            parent,
        )  # fmt: skip

    status = Signal(str)
    STEP = 0.08  # of the splitter's length per command

    def __init__(self, splits: Sequence[Split], parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu(TEXT["menu"], parent)
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
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        across = TEXT["width"] if horizontal else TEXT["height"]
        share = TEXT["share"].format(
            pane=split.pane_name, share=round(100 * after / total), across=across
        )
        if after == before:
            self.status.emit(TEXT["largest" if direction > 0 else "smallest"].format(share=share))
        else:
            self.status.emit(f"{share}.")
