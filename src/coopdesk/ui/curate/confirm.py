"""Proposed values a curator must confirm one by one, and the frame of the curation forms.

A field the workbench filled in (a date read from the selection, a participant named in
it) shows a "Confirm" box beside it, unticked. Changing the value ticks it: the curator
has then chosen it. The form's button stays disabled while any proposed value is
unconfirmed, so nothing the workbench guessed enters the curation unchecked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.curate.commands import Command
from coopdesk.errors import CurationError
from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate

CONFIRM_TIP = QT_TRANSLATE_NOOP(
    "CurateConfirm", "Tick when you have checked this proposed value against the document."
)


class Confirmable(QWidget):
    """A field and, when its value was proposed, a box the curator ticks to confirm it."""

    changed = Signal()

    def __init__(
        self, field: QWidget, name: str, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.name = name
        self.label = label  # as the form's messages (and a screen reader) name it
        self.box = QCheckBox(translate("CurateConfirm", "Confirm"))
        self.box.setObjectName(f"confirm-{name}")
        self.box.setToolTip(tr(CONFIRM_TIP))
        self.box.setAccessibleName(
            translate("CurateConfirm", "Confirm {field}").format(field=label)
        )
        self.box.hide()
        self.box.toggled.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(self.box)
        self._quiet = False
        self.proposed = False  # the value shown was proposed, not typed or chosen
        self.shown = True  # a field the record's kind does not take is hidden and ignored

    def propose(self, set_value: Callable[[], None], proposed: bool) -> None:
        """Fill the field without counting it as the curator's choice."""
        self._quiet = True
        try:
            set_value()
        finally:
            self._quiet = False
        self.proposed = proposed
        self.box.setChecked(False)
        self.box.setVisible(proposed)

    def edited(self) -> None:
        """The curator changed the value: it is theirs now, nothing left to confirm."""
        if not self._quiet and self.proposed:
            self.box.setChecked(True)
        self.changed.emit()

    @property
    def unconfirmed(self) -> bool:
        return self.shown and self.proposed and not self.box.isChecked()


class CurationForm(QDialog):
    """A form that makes one undoable command; its errors are shown in it, never raised.

    ``make`` turns the form's values into a command or raises CurationError with a
    sentence for the curator; ``command`` holds the result once the form is accepted.
    """

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.command: Command | None = None
        self.fields: list[Confirmable] = []
        self.rows: dict[str, Confirmable] = {}  # by name
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("formQuote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Set as a quotation, as the detail view sets the source's words.
        self.quote_label.setStyleSheet(
            "#formQuote { background: palette(alternate-base); border-left: 3px solid #0072B2;"
            " padding: 6px 8px; font-family: serif; }"
        )
        self.pending = QLabel()
        self.pending.setObjectName("formPending")
        self.pending.setWordWrap(True)
        self.pending.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.note = QLabel()  # something to know that does not stop the form
        self.note.setObjectName("formNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.pending)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def set_quote(self, paragraph: int, quote: str) -> None:
        self.quote_label.setText(f"¶{paragraph}  “{quote}”")

    def add_row(self, label: str, field: QWidget, name: str) -> Confirmable:
        row = Confirmable(field, name, label.replace("&", "").rstrip(":").lower())
        row.changed.connect(self.refresh)
        self.fields.append(row)
        self.rows[name] = row
        self.form.addRow(label, row)
        return row

    def ready(self) -> str:
        """What still stops the form, in words; empty when it may be accepted."""
        return ""

    def notice(self) -> str:
        """Something the curator should know before accepting (empty: nothing)."""
        return ""

    def refresh(self) -> None:
        waiting = [f.label for f in self.fields if f.unconfirmed]
        reason = self.ready()
        if waiting:
            reason = translate(
                "CurateConfirm", "Confirm each proposed value, or change it: {fields}."
            ).format(fields=", ".join(waiting))
        self.pending.setText(reason)
        self.pending.setVisible(bool(reason))
        self.ok.setEnabled(not reason)
        note = self.notice()
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def make(self) -> Command:
        raise NotImplementedError

    def _try_accept(self) -> None:
        try:
            self.command = self.make()
        except CurationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
