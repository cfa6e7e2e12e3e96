"""A link between two records, or another name for a record, from a selection.

A link quotes the selection and says its basis: *stated* (the selection says it) or
*inferred* (a reading of it, with the reason). A name is the document's own (the
selection is its quote) or *editorial*: added by the curator, not in the document,
with the reason. The records the selection anchors are proposed; the curator confirms.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from coopdesk.curate.commands import AddLink, Command, add_alias
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.known import Known
from coopdesk.graphics.shapes import kind_icon
from coopdesk.i18n import tr, translate
from coopdesk.render import human_date
from coopdesk.schema import KIND_BY_ID, RELATIONS
from coopdesk.ui.curate.confirm import Confirmable, CurationForm


def record_combo(known: Sequence[Known], name: str) -> QComboBox:
    """A choice of the curation's records, by kind, each with its kind's icon."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setPlaceholderText(translate("CurateLinks", "Choose a record…"))
    order = {kind: index for index, kind in enumerate(KIND_BY_ID)}
    for record in sorted(known, key=lambda k: (order.get(k.kind, 99), k.date or "", k.title)):
        text = record.title
        if record.date:
            text = f"{record.title} — {human_date(record.date)}"
        combo.addItem(kind_icon(record.kind), text, record.id)
    combo.setMaxVisibleItems(20)
    return combo


def _choose(row: Confirmable, combo: QComboBox, record_id: str | None) -> None:
    index = combo.findData(record_id) if record_id else -1
    row.propose(lambda: combo.setCurrentIndex(index), index >= 0)


class _Basis(QWidget):
    """Two or more mutually exclusive bases, none chosen until the curator chooses."""

    def __init__(self, choices: Sequence[tuple[str, str]], name: str) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QRadioButton] = {}
        for value, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"{name}-{value}")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> str | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None


class LinkForm(CurationForm):
    """A link between two records, quoting the selection, with its basis."""

    def __init__(
        self,
        curation: CurationFile,
        quote: str,
        paragraph: int,
        proposed: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("CurateLinks", "New Link"), translate("CurateLinks", "Add Link"), parent
        )
        self.setObjectName("newLinkForm")
        self.curation, self.quote = curation, quote
        self.set_quote(paragraph, quote)
        known = curation.known()
        self.start = record_combo(known, "fromField")
        self.relation = QComboBox()
        self.relation.setObjectName("relationField")
        self.relation.setPlaceholderText(translate("CurateLinks", "Choose a relation…"))
        for relation in RELATIONS:
            label, inverse = tr(relation.label), tr(relation.inverse)
            self.relation.addItem(f"{label}  /  {inverse}", relation.id)
            self.relation.setItemData(
                self.relation.count() - 1,
                translate(
                    "CurateLinks",
                    "The first record lists the second under “{label}”; the second lists the "
                    "first under “{inverse}”.",
                ).format(label=label, inverse=inverse),
                0x03,  # Qt.ItemDataRole.ToolTipRole
            )
        self.end = record_combo(known, "toField")
        self.role = QLineEdit()
        self.role.setObjectName("roleField")
        self.role.setPlaceholderText(translate("CurateLinks", "optional, e.g. representatives"))
        self.basis = _Basis(
            (
                ("stated", translate("CurateLinks", "Stated: the selection says it")),
                ("inferred", translate("CurateLinks", "Inferred: my reading")),
            ),
            "basis",
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(
            translate("CurateLinks", "why the selection supports this reading (one line)")
        )
        self.add_row(translate("CurateLinks", "&From:"), self.start, "from")
        self.add_row(translate("CurateLinks", "&Relation:"), self.relation, "relation")
        self.add_row(translate("CurateLinks", "&To:"), self.end, "to")
        self.add_row(translate("CurateLinks", "R&ole:"), self.role, "role")
        self.add_row(translate("CurateLinks", "&Basis:"), self.basis, "basis")
        self.add_row(translate("CurateLinks", "Rea&son:"), self.reason, "reason")
        rows = self.rows
        ids = list(proposed)
        _choose(rows["from"], self.start, ids[0] if ids else None)
        _choose(rows["to"], self.end, ids[1] if len(ids) > 1 else None)
        self.start.currentIndexChanged.connect(rows["from"].edited)
        self.end.currentIndexChanged.connect(rows["to"].edited)
        self.relation.currentIndexChanged.connect(rows["relation"].edited)
        self.basis.group.buttonToggled.connect(lambda *_: self._on_basis())
        self.reason.textEdited.connect(rows["reason"].edited)
        self._on_basis()

    def _on_basis(self) -> None:
        self.reason.setEnabled(self.basis.value() == "inferred")
        self.refresh()

    def ready(self) -> str:
        if self.start.currentIndex() < 0 or self.end.currentIndex() < 0:
            return translate("CurateLinks", "Choose the two records the link joins.")
        if self.start.currentData() == self.end.currentData():
            return translate("CurateLinks", "A link joins two different records.")
        if self.relation.currentIndex() < 0:
            return translate("CurateLinks", "Choose the relation.")
        basis = self.basis.value()
        if basis is None:
            return translate(
                "CurateLinks", "Say whether the selection states the link or you infer it."
            )
        if basis == "inferred" and not self.reason.text().strip():
            return translate("CurateLinks", "An inferred link needs its reason.")
        return ""

    def make(self) -> Command:
        basis = self.basis.value()
        fields = {
            "from": self.start.currentData(),
            "to": self.end.currentData(),
            "relation": self.relation.currentData(),
            "role": self.role.text().strip() or None,
            "basis": basis,
            "reason": self.reason.text().strip() if basis == "inferred" else None,
        }
        return AddLink(self.curation, fields, [self.quote])


class AliasForm(CurationForm):
    """Another name for a record: the document's words, or an editorial name with a reason."""

    def __init__(
        self,
        curation: CurationFile,
        quote: str,
        paragraph: int,
        proposed: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("CurateLinks", "New Name"), translate("CurateLinks", "Add Name"), parent
        )
        self.setObjectName("aliasForm")
        self.curation, self.quote = curation, quote
        self.set_quote(paragraph, quote)
        self.record = record_combo(curation.known(), "recordField")
        self.name = QLineEdit()
        self.name.setObjectName("nameField")
        self.basis = _Basis(
            (
                (
                    "stated",
                    translate("CurateLinks", "The document's words (the selection is its quote)"),
                ),
                ("editorial", translate("CurateLinks", "Editorial: not in the document")),
            ),
            "basis",
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(
            translate("CurateLinks", "e.g. a common abbreviation; the document does not use it")
        )
        self.add_row(translate("CurateLinks", "&Record:"), self.record, "record")
        self.add_row(translate("CurateLinks", "&Name:"), self.name, "name")
        self.add_row(translate("CurateLinks", "&Basis:"), self.basis, "basis")
        self.add_row(translate("CurateLinks", "Rea&son:"), self.reason, "reason")
        rows = self.rows
        _choose(rows["record"], self.record, proposed)
        self.record.currentIndexChanged.connect(rows["record"].edited)
        self.name.textEdited.connect(rows["name"].edited)
        self.reason.textEdited.connect(rows["reason"].edited)
        self.basis.group.buttonToggled.connect(lambda *_: self._on_basis())
        self._on_basis()

    def _on_basis(self) -> None:
        basis = self.basis.value()
        self.reason.setEnabled(basis == "editorial")
        if basis == "stated" and not self.name.text().strip():
            # The document's own name is the selection itself.
            self.name.setText(self.quote)
        self.refresh()

    def ready(self) -> str:
        if self.record.currentIndex() < 0:
            return translate("CurateLinks", "Choose the record the name belongs to.")
        if not self.name.text().strip():
            return translate("CurateLinks", "Type the name.")
        basis = self.basis.value()
        if basis is None:
            return translate(
                "CurateLinks", "Say whether the document uses this name or you add it."
            )
        if basis == "stated" and self.name.text().strip() not in self.quote:
            return translate(
                "CurateLinks", "A name from the document must be words of the selection."
            )
        if basis == "editorial" and not self.reason.text().strip():
            return translate("CurateLinks", "An editorial name needs its reason.")
        return ""

    def make(self) -> Command:
        name = self.name.text().strip()
        record = str(self.record.currentData())
        if self.basis.value() == "stated":
            return add_alias(self.curation, record, name, quote=self.quote)
        return add_alias(self.curation, record, name, reason=self.reason.text().strip())
