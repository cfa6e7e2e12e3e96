"""The Suggest pass's proposals, for the curator to accept, edit or reject one by one.

Nothing here changes the curation: *Accept…* opens the record form with the proposal's
fields to confirm or change, and only that form's button adds a record. A rejected
proposal is set aside for this session (and can be brought back); a proposal the
curation already holds is hidden unless asked for.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.curate.suggest import Proposal
from coopdesk.graphics.shapes import kind_icon
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate
from coopdesk.render import human_date
from coopdesk.schema import KIND_BY_ID, kind_name
from coopdesk.ui.plain import tooltip

COLUMNS = (
    QT_TRANSLATE_NOOP("CurateSuggestions", "Kind"),
    QT_TRANSLATE_NOOP("CurateSuggestions", "Date"),
    QT_TRANSLATE_NOOP("CurateSuggestions", "Title"),
    QT_TRANSLATE_NOOP("CurateSuggestions", "Place"),
    "¶",
)


def proposal_key(p: Proposal) -> tuple[object, ...]:
    return (p.kind, p.title, p.paragraph, p.start, p.stop)


class _ProposalList(QTreeWidget):
    """The list, which says what to do when it is empty instead of showing a blank."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        box = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), self.placeholder
        )
        painter.end()


class SuggestPanel(QWidget):
    """The list of proposals with Accept…, Reject and Restore."""

    acceptRequested = Signal(object)  # Proposal
    proposalChosen = Signal(object)  # Proposal: show its quote in the document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestPanel")
        self._proposals: list[Proposal] = []
        self.rejected: set[tuple[object, ...]] = set()
        self.summary = QLabel()
        self.summary.setObjectName("suggestSummary")
        self.summary.setWordWrap(True)
        self.list = _ProposalList()
        self.list.setObjectName("suggestList")
        self.list.setAccessibleName(translate("CurateSuggestions", "Suggestions"))
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels([tr(c) for c in COLUMNS])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 130), (3, 110), (4, 36)):
            self.list.setColumnWidth(column, width)
        self.accept_button = QPushButton(translate("CurateSuggestions", "&Accept…"))
        self.accept_button.setObjectName("acceptProposal")
        self.accept_button.setToolTip(
            translate(
                "CurateSuggestions",
                "Open the proposal as a new record: confirm or change each field, then add it.",
            )
        )
        self.reject_button = QPushButton(translate("CurateSuggestions", "&Reject"))
        self.reject_button.setObjectName("rejectProposal")
        self.restore_button = QPushButton(translate("CurateSuggestions", "Re&store"))
        self.restore_button.setObjectName("restoreProposal")
        self.show_known = QCheckBox(translate("CurateSuggestions", "Show what the curation holds"))
        self.show_known.setObjectName("showKnown")
        self.show_rejected = QCheckBox(translate("CurateSuggestions", "Show rejected"))
        self.show_rejected.setObjectName("showRejected")

        buttons = QHBoxLayout()
        for widget in (self.accept_button, self.reject_button, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_known)
        buttons.addWidget(self.show_rejected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.accept_button.clicked.connect(self._accept)
        self.reject_button.clicked.connect(self._reject)
        self.restore_button.clicked.connect(self._restore)
        self.show_known.toggled.connect(self._fill)
        self.show_rejected.toggled.connect(self._fill)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item, _col: self._accept())
        self._fill()

    # ------------------------------------------------------------------ content

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        self._proposals = list(proposals)
        self._fill()

    def proposals(self) -> list[Proposal]:
        """The proposals listed now, in order."""
        return [
            self._proposal(self.list.topLevelItem(i)) for i in range(self.list.topLevelItemCount())
        ]

    def select(self, proposal: Proposal) -> None:
        key = proposal_key(proposal)
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if proposal_key(self._proposal(item)) == key:
                self.list.setCurrentItem(item)
                return

    def current(self) -> Proposal | None:
        item = self.list.currentItem()
        return None if item is None else self._proposal(item)

    def _proposal(self, item: QTreeWidgetItem) -> Proposal:
        return self._proposals[int(item.data(0, Qt.ItemDataRole.UserRole))]

    def _fill(self) -> None:
        current = self.current()
        self.list.clear()
        waiting = known = rejected = 0
        for index, p in enumerate(self._proposals):
            is_rejected = proposal_key(p) in self.rejected
            known += p.known is not None
            rejected += is_rejected and p.known is None
            waiting += p.known is None and not is_rejected
            if (p.known is not None and not self.show_known.isChecked()) or (
                is_rejected and not self.show_rejected.isChecked()
            ):
                continue
            item = QTreeWidgetItem(
                [
                    kind_name(p.kind)
                    if p.kind in KIND_BY_ID
                    else translate("CurateSuggestions", "Dated (kind?)"),
                    human_date(p.date) if p.date else "",
                    p.title or p.quote,
                    p.place or "",
                    str(p.paragraph),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            if p.kind:
                item.setIcon(0, kind_icon(p.kind))
            item.setToolTip(2, tooltip(f"¶{p.paragraph}: “{p.quote}”"))
            if p.known is not None or is_rejected:
                muted = self.palette().placeholderText()
                for column in range(len(COLUMNS)):
                    item.setForeground(column, muted)
                item.setToolTip(
                    0,
                    translate("CurateSuggestions", "Rejected")
                    if is_rejected
                    else tooltip(
                        translate("CurateSuggestions", "Already curated: {record}").format(
                            record=p.known
                        )
                    ),
                )
            self.list.addTopLevelItem(item)
        self.list.placeholder = (
            translate(
                "CurateSuggestions",
                "Nothing to review: what the Suggest pass proposes is in the curation or "
                "rejected. Tick “Show what the curation holds” or “Show rejected” to see it.",
            )
            if self._proposals
            else ""
        )
        self.list.viewport().update()
        self.summary.setText(
            translate(
                "CurateSuggestions",
                "{waiting} to review · {known} already in the curation · {rejected} rejected. "
                "Nothing is added until you accept a proposal and confirm its fields.",
            ).format(waiting=waiting, known=known, rejected=rejected)
            if self._proposals
            else translate(
                "CurateSuggestions",
                "No proposals: the Suggest pass found no dates, places, agencies or people.",
            )
        )
        if current is not None:
            self.select(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.current()
        open_ = p is not None and p.known is None and proposal_key(p) not in self.rejected
        self.accept_button.setEnabled(open_)
        self.reject_button.setEnabled(open_)
        self.restore_button.setEnabled(p is not None and proposal_key(p) in self.rejected)

    # ------------------------------------------------------------------ actions

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        if item is not None:
            self.proposalChosen.emit(self._proposal(item))

    def _accept(self) -> None:
        p = self.current()
        if p is not None and p.known is None and proposal_key(p) not in self.rejected:
            self.acceptRequested.emit(p)

    def _reject(self) -> None:
        p = self.current()
        if p is None:
            return
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        self.rejected.add(proposal_key(p))
        self._fill()
        # The next proposal is ready for the curator's next decision.
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(
                self.list.topLevelItem(min(row, self.list.topLevelItemCount() - 1))
            )

    def _restore(self) -> None:
        p = self.current()
        if p is not None:
            self.rejected.discard(proposal_key(p))
            self._fill()
