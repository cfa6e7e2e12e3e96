"""A new record from a selection or an accepted proposal, each proposed field confirmed.

The workbench proposes the kind, title, date, place, side and participants from the
selection in the document's own forms (``coopdesk.curate.draft``); the curator confirms
or changes each one. The record's quote is the selection, exactly the document's words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from coopdesk.curate.commands import Command
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.draft import Draft, create_record, unstated
from coopdesk.graphics.shapes import kind_icon
from coopdesk.i18n import translate
from coopdesk.marks import basis_words
from coopdesk.render import human_date
from coopdesk.schema import KINDS, SIDES, kind_name, side_name
from coopdesk.ui.curate.confirm import CurationForm

NEW_PLACE = "new"
EVENTS = tuple(k.id for k in KINDS if k.category == "event")
DATED = tuple(k.id for k in KINDS if k.lane)
# The fields each kind of record takes, beside its kind and title: the others are hidden.
FIELDS: dict[str, tuple[str, ...]] = {
    "date": DATED,
    "place": DATED,
    "participants": EVENTS,
    "number": ("talks", "offence"),
    "side": ("agency", "person"),
    "role": ("person",),
    "short": ("agency",),
}


class NewRecordForm(CurationForm):
    """The fields of a new record; ``make`` gives the command that adds it."""

    def __init__(
        self, curation: CurationFile, draft: Draft, paragraph: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("CurateForms", "New Record"), translate("CurateForms", "Add Record"), parent
        )
        self.setObjectName("newRecordForm")
        self.curation = curation
        self.draft = draft
        self.set_quote(paragraph, draft.quote)
        known = self.known = curation.known()

        self.kind = QComboBox()
        self.kind.setObjectName("kindField")
        self.kind.setPlaceholderText(translate("CurateForms", "Choose a kind…"))
        for kind in KINDS:
            self.kind.addItem(kind_icon(kind.id), kind_name(kind.id), kind.id)
        self.title = QLineEdit()
        self.title.setObjectName("titleField")
        self.date = QLineEdit()
        self.date.setObjectName("dateField")
        self.date.setPlaceholderText(translate("CurateForms", "YYYY-MM-DD"))
        self.place = QComboBox()
        self.place.setObjectName("placeField")
        self.place.addItem(translate("CurateForms", "No place"), None)
        for record in known:
            if record.kind == "place":
                self.place.addItem(record.title, record.id)
        self.side = QComboBox()
        self.side.setObjectName("sideField")
        self.side.addItem(translate("CurateForms", "No side"), None)
        for side_id in SIDES:
            self.side.addItem(side_name(side_id), side_id)
        self.number = QLineEdit()
        self.number.setObjectName("numberField")
        self.number.setPlaceholderText(
            translate("CurateForms", "the round's or the offence type's number")
        )
        self.role = QLineEdit()
        self.role.setObjectName("roleField")
        self.short = QLineEdit()
        self.short.setObjectName("shortField")
        self.participants = QListWidget()
        self.participants.setObjectName("participantsField")
        self.participants.setMaximumHeight(150)
        self.participants.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.participants.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The ones the selection names first, so the curator sees what to confirm.
        named = set(draft.participants)
        people = [k for k in known if k.kind in ("agency", "person")]
        people.sort(key=lambda k: k.id not in named)
        for record in people:
            if record.kind in ("agency", "person"):
                item = QListWidgetItem(kind_icon(record.kind), record.title)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.participants.addItem(item)

        self.add_row(translate("CurateForms", "&Kind:"), self.kind, "kind")
        self.add_row(translate("CurateForms", "&Title:"), self.title, "title")
        self.add_row(translate("CurateForms", "&Date:"), self.date, "date")
        self.add_row(translate("CurateForms", "&Place:"), self.place, "place")
        self.add_row(translate("CurateForms", "&Side:"), self.side, "side")
        self.add_row(translate("CurateForms", "&Number:"), self.number, "number")
        self.add_row(translate("CurateForms", "&Role:"), self.role, "role")
        self.add_row(translate("CurateForms", "S&hort name:"), self.short, "short")
        self.add_row(translate("CurateForms", "P&articipants:"), self.participants, "participants")
        # A reason for each value the quote does not state (a title of the curator's own,
        # a side read off the sentence): it is written as editorial or inferred with it.
        self.reasons = QWidget()
        self.reasons.setObjectName("reasonsBox")
        self.reasons_form = QFormLayout(self.reasons)
        self.reasons_form.setContentsMargins(0, 0, 0, 0)
        self.reason_fields: dict[str, QLineEdit] = {}
        self.unstated: dict[str, str] = {}
        self.form.addRow(self.reasons)
        rows = self.rows
        self._propose(draft)
        self.kind.currentIndexChanged.connect(rows["kind"].edited)
        self.title.textEdited.connect(rows["title"].edited)
        self.date.textEdited.connect(rows["date"].edited)
        self.place.currentIndexChanged.connect(rows["place"].edited)
        self.side.currentIndexChanged.connect(rows["side"].edited)
        self.number.textEdited.connect(rows["number"].edited)
        self.role.textEdited.connect(rows["role"].edited)
        self.short.textEdited.connect(rows["short"].edited)
        self.participants.itemChanged.connect(lambda _item: rows["participants"].edited())
        self.kind.currentIndexChanged.connect(lambda _index: self._show_fields())
        self._show_fields()

    def _propose(self, draft: Draft) -> None:
        rows = self.rows
        kind_index = self.kind.findData(draft.kind) if draft.kind else -1
        rows["kind"].propose(lambda: self.kind.setCurrentIndex(kind_index), kind_index >= 0)
        rows["title"].propose(lambda: self.title.setText(draft.title), bool(draft.title))
        rows["date"].propose(lambda: self.date.setText(draft.date or ""), bool(draft.date))
        if draft.date_text:
            written = translate("CurateForms", "As the document writes it: {date}")
            self.date.setToolTip(written.format(date=draft.date_text))
            confirm = translate("CurateForms", "Confirm ({date})")
            rows["date"].box.setText(confirm.format(date=draft.date_text))
        place_index = 0
        if draft.place:
            place_index = self.place.findData(draft.place)
            if place_index < 0:
                # A place the document names that the curation does not hold yet.
                new = translate("CurateForms", "{place} (new place record)")
                self.place.addItem(new.format(place=draft.place), f"{NEW_PLACE}:{draft.place}")
                place_index = self.place.count() - 1
        rows["place"].propose(lambda: self.place.setCurrentIndex(place_index), place_index > 0)
        side_index = self.side.findData(draft.side) if draft.side else 0
        rows["side"].propose(lambda: self.side.setCurrentIndex(max(0, side_index)), side_index > 0)
        number = "" if draft.number is None else str(draft.number)
        rows["number"].propose(lambda: self.number.setText(number), bool(number))
        rows["role"].propose(lambda: self.role.setText(draft.role or ""), bool(draft.role))
        rows["short"].propose(lambda: self.short.setText(draft.short or ""), bool(draft.short))
        wanted = set(draft.participants)

        def tick() -> None:
            for row in range(self.participants.count()):
                item = self.participants.item(row)
                chosen = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

        rows["participants"].propose(tick, bool(wanted))
        if draft.date:
            self.date.setStatusTip(human_date(draft.date))

    def _show_fields(self) -> None:
        """Only the fields the chosen kind takes (none but kind and title before a choice)."""
        kind = self.kind.currentData()
        for name, kinds in FIELDS.items():
            row = self.rows[name]
            row.shown = kind in kinds
            self.form.setRowVisible(row, row.shown)
        self.adjustSize()
        self.refresh()

    def refresh(self) -> None:
        if hasattr(self, "reasons"):
            self._update_reasons()
        super().refresh()

    def _update_reasons(self) -> None:
        """One reason to give for each value the quote does not state, kept as typed."""
        flagged = unstated(self.curation, self.confirmed(with_reasons=False))
        if flagged == self.unstated:
            return
        typed = {key: field.text() for key, field in self.reason_fields.items()}
        while self.reasons_form.rowCount():
            self.reasons_form.removeRow(0)
        self.reason_fields = {}
        for key, basis in flagged.items():
            field = QLineEdit(typed.get(key, ""))
            field.setObjectName(f"reason-{key}")
            field.setPlaceholderText(
                translate("CurateForms", "why it is right, in one line; shown with the value")
            )
            field.textEdited.connect(lambda _text: self.refresh())
            label = self.rows[key].label.capitalize() if key in self.rows else key
            words = basis_words(basis)
            row = translate("CurateForms", "{field} ({basis}) — reason:")
            self.reasons_form.addRow(row.format(field=label, basis=words), field)
            self.reason_fields[key] = field
        self.unstated = flagged
        self.reasons.setVisible(bool(flagged))

    def _text(self, name: str, field: QLineEdit) -> str | None:
        """A field's text, or None when empty or not taken by the kind chosen."""
        return (field.text().strip() or None) if self.rows[name].shown else None

    # ------------------------------------------------------------------ values

    def chosen_participants(self) -> tuple[str, ...]:
        return tuple(
            str(self.participants.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.participants.count())
            if self.participants.item(row).checkState() == Qt.CheckState.Checked
        )

    def place_value(self) -> str | None:
        value = self.place.currentData()
        if isinstance(value, str) and value.startswith(f"{NEW_PLACE}:"):
            return value[len(NEW_PLACE) + 1 :]
        return value if isinstance(value, str) else None

    def confirmed(self, *, with_reasons: bool = True) -> Draft:
        number = self._text("number", self.number)
        shown = {name: row.shown for name, row in self.rows.items()}
        return Draft(
            quote=self.draft.quote,
            kind=self.kind.currentData(),
            title=self.title.text().strip(),
            date=self._text("date", self.date),
            place=self.place_value() if shown["place"] else None,
            side=self.side.currentData() if shown["side"] else None,
            number=int(number) if number and number.isascii() and number.isdigit() else None,
            role=self._text("role", self.role),
            short=self._text("short", self.short),
            participants=self.chosen_participants() if shown["participants"] else (),
            reasons=tuple(
                (key, field.text().strip())
                for key, field in (self.reason_fields.items() if with_reasons else ())
                if key in self.unstated
            ),
        )

    def ready(self) -> str:
        if self.kind.currentIndex() < 0:
            return translate("CurateForms", "Choose the record's kind.")
        if not self.title.text().strip():
            return translate("CurateForms", "Give the record a title.")
        number = self.number.text().strip()
        if self.rows["number"].shown and number and not (number.isascii() and number.isdigit()):
            return translate("CurateForms", "A number is a whole number, like 3.")
        missing = [
            key for key, field in self.reason_fields.items() if not field.text().strip()
        ]  # fmt: skip
        if missing:
            names = ", ".join(self.rows[k].label if k in self.rows else k for k in missing)
            return translate(
                "CurateForms", "The quote does not state every value: give the reason for {fields}."
            ).format(fields=names)
        return ""

    def notice(self) -> str:
        kind, title = self.kind.currentData(), self.title.text().strip().casefold()
        for record in self.known:
            if record.kind == kind and title in {n.casefold() for n in record.names}:
                return translate(
                    "CurateForms",
                    "The curation already holds “{title}” ({id}); a second record of it would "
                    "split what the document says about it.",
                ).format(title=record.title, id=record.id)
        return ""

    def make(self) -> Command:
        return create_record(self.curation, self.confirmed())
