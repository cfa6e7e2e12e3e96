"""The filter bar: agency, offence type, years and search, each choice with its count,
and a row of the active filters, each removable on its own."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from coopdesk.marks import editorial_note
from coopdesk.model import Entity, Facets, FacetValue, Filters
from coopdesk.render import name_with_short
from coopdesk.schema import SIDES
from coopdesk.ui.plain import tooltip
from coopdesk.ui.style import kind_icon

SEARCH_DELAY_MS = 250
SEARCH_TIP = (
    "<p>Search the records, the source and your notes (Ctrl+F; Esc clears).</p>"
    "<table cellspacing='0' cellpadding='2'>"
    "<tr><td><tt>europol hague</tt></td><td>every word, in any order</td></tr>"
    '<tr><td><tt>"joint statement"</tt></td><td>the words side by side</td></tr>'
    "<tr><td><tt>cyber*</tt></td><td>words beginning so (the last word too)</td></tr>"
    "<tr><td><tt>rome OR moscow</tt></td><td>either word</td></tr>"
    "<tr><td><tt>europol -interpol</tt></td><td>not that word</td></tr>"
    "</table><p>Case, accents and hyphens do not matter: <tt>counter-terrorism</tt> "
    "finds “counterterrorism”.</p>"
)


def _combo(name: str, accessible: str, width: int) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width)
    combo.setMaxVisibleItems(20)
    return combo


def _counted(label: str, value: FacetValue | None) -> str:
    """'Europol – European Police Office (3)', or '(8, 3 inferred)' when some of those
    records rest on an inferred link (Stated only would leave them out)."""
    if value is None:
        return f"{label} (0)"
    inferred = f", {value.inferred} inferred" if value.inferred else ""
    return f"{label} ({value.count}{inferred})"


def _names_tooltip(entity: Entity) -> str:
    """The full name, and which of the names shown are ours, not in the source."""
    names = [entity.basis_of("title", entity.title)]
    if entity.short_name:
        names.append(entity.basis_of("short_name", entity.short_name))
    note = editorial_note(names)
    return tooltip(f"{entity.title}\n{note}" if note else entity.title)


def _set_enabled(combo: QComboBox, row: int, enabled: bool) -> None:
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(row)
    if item is not None:
        item.setEnabled(enabled)


class FilterBar(QWidget):
    """The combo boxes and search box. Emits ``filtersChanged`` with the new filters."""

    filtersChanged = Signal(object)  # Filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters = Filters()
        self._agencies: list[Entity] = []
        self._offences: list[Entity] = []
        self._updating = False

        self.agency = _combo("agencyFilter", "Agency filter", 16)
        self.offence = _combo("offenceFilter", "Offence type filter", 16)
        self.year = _combo("yearFilter", "Year filter", 9)
        self.year_to = _combo("yearToFilter", "Last year of the range", 7)
        self.year_to.setToolTip("Last year of a range; “only” keeps the one year on the left")
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName("Search")
        self.search.setPlaceholderText("Search records and source  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(SEARCH_TIP)
        self.search.setMinimumWidth(180)
        clear = QAction("Clear the search", self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.stated_only = QCheckBox("&Stated only")
        self.stated_only.setObjectName("statedOnlyFilter")
        self.stated_only.setToolTip(
            "Only what the document states: leave out the records that an agency or offence "
            "filter keeps only through an inferred link (a reading of the text). The counts "
            "follow."
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        for text, widget in (
            ("&Agency", self.agency),
            ("&Offence", self.offence),
            ("&Year", self.year),
            ("to", self.year_to),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.stated_only)
        layout.addSpacing(8)
        layout.addWidget(self.search, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._commit_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._commit_search)
        # The clear button does not emit textEdited.
        self.search.textChanged.connect(lambda text: text or self._commit_search())
        self.agency.activated.connect(lambda _i: self._from_combos())
        self.offence.activated.connect(lambda _i: self._from_combos())
        self.year.activated.connect(lambda _i: self._from_combos())
        self.year_to.activated.connect(lambda _i: self._from_combos())
        self.stated_only.toggled.connect(
            lambda on: self._emit(replace(self._filters, stated_only=on))
        )
        # The closed box says what its item's tooltip says (a short name of ours, say).
        for combo in (self.agency, self.offence):
            combo.currentIndexChanged.connect(
                lambda _i, c=combo: c.setToolTip(c.currentData(Qt.ItemDataRole.ToolTipRole) or "")
            )

    # ------------------------------------------------------------------ state

    def filters(self) -> Filters:
        return self._filters

    def set_choices(self, agencies: list[Entity], offences: list[Entity]) -> None:
        self._agencies, self._offences = agencies, offences

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` without emitting (the counts arrive with ``show_counts``)."""
        self._filters = filters
        if self.search.text().strip() != filters.text:  # keep a space typed after a word
            self.search.setText(filters.text)
        if self.stated_only.isChecked() != filters.stated_only:
            blocked = self.stated_only.blockSignals(True)
            self.stated_only.setChecked(filters.stated_only)
            self.stated_only.blockSignals(blocked)

    def flush_search(self) -> None:
        """Apply typed text at once instead of after the short typing pause."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._commit_search()

    def _emit(self, filters: Filters) -> None:
        if filters != self._filters:
            self._filters = filters
            self.filtersChanged.emit(filters)

    def _commit_search(self) -> None:
        self._search_timer.stop()
        self._emit(replace(self._filters, text=self.search.text().strip()))

    def _from_combos(self) -> None:
        if self._updating:
            return
        agency = self.agency.currentData()
        offence = self.offence.currentData()
        year = self.year.currentData()
        year_to = self.year_to.currentData()
        if year is None:
            year_from = year_to = None
        else:
            year_from = year
            year_to = year if year_to is None or year_to < year else year_to
        self._emit(
            replace(
                self._filters,
                agencies=() if agency is None else (agency,),
                offences=() if offence is None else (offence,),
                year_from=year_from,
                year_to=year_to,
            )
        )

    # ------------------------------------------------------------------ counts

    def show_counts(self, facets: Facets, total: int) -> None:
        """Refill the combo boxes with the counts each choice would leave."""
        self._updating = True
        try:
            self._fill_agencies(facets.agencies, total)
            self._fill_offences(facets.offences, total)
            self._fill_years(facets.years, total)
        finally:
            self._updating = False

    def _fill_agencies(self, values: list[FacetValue], total: int) -> None:
        counts = {v.id: v.count for v in values}
        by_id = {v.id: v for v in values}
        combo = self.agency
        combo.clear()
        combo.addItem(f"All agencies ({len(self._agencies)})", None)
        selected = self._filters.agencies[0] if self._filters.agencies else None
        for side, name in SIDES.items():
            members = [a for a in self._agencies if a.side == side]
            if not members:
                continue
            combo.addItem(name, "__header__")
            _set_enabled(combo, combo.count() - 1, False)
            for agency in sorted(members, key=lambda a: (-counts.get(a.id, 0), a.title)):
                label = name_with_short(agency.title, agency.short_name)
                combo.addItem(
                    kind_icon("agency"), f"   {_counted(label, by_id.get(agency.id))}", agency.id
                )
                combo.setItemData(
                    combo.count() - 1, _names_tooltip(agency), Qt.ItemDataRole.ToolTipRole
                )
                if not counts.get(agency.id) and agency.id != selected:
                    _set_enabled(combo, combo.count() - 1, False)
        combo.setCurrentIndex(max(0, combo.findData(selected)) if selected else 0)

    def _fill_offences(self, values: list[FacetValue], total: int) -> None:
        combo = self.offence
        combo.clear()
        combo.addItem(f"All offence types ({len(values)})", None)
        selected = self._filters.offences[0] if self._filters.offences else None
        for v in values:
            combo.addItem(kind_icon("offence"), f"{v.number}. {_counted(v.label, v)}", v.id)
            tip = _names_tooltip(v.entity) if v.entity is not None else tooltip(v.label)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            if not v.count and v.id != selected:
                _set_enabled(combo, combo.count() - 1, False)
        combo.setCurrentIndex(max(0, combo.findData(selected)) if selected else 0)

    def _fill_years(self, values: list[FacetValue], total: int) -> None:
        f = self._filters
        self.year.clear()
        self.year.addItem("All years", None)
        for v in values:
            self.year.addItem(_counted(v.label, v), v.number)
            if not v.count and v.number != f.year_from:
                _set_enabled(self.year, self.year.count() - 1, False)
        self.year.setCurrentIndex(
            max(0, self.year.findData(f.year_from)) if f.year_from is not None else 0
        )
        self.year_to.clear()
        self.year_to.addItem("only", None)
        for v in values:
            if f.year_from is not None and v.number > f.year_from:
                self.year_to.addItem(v.label, v.number)
        self.year_to.setEnabled(f.year_from is not None and self.year_to.count() > 1)
        if f.year_to is not None and f.year_to != f.year_from:
            self.year_to.setCurrentIndex(max(0, self.year_to.findData(f.year_to)))


class ChipsBar(QWidget):
    """The active filters, each with a button to remove it, and "Clear all"."""

    filtersChanged = Signal(object)  # Filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeFilters")
        self.setAccessibleName("Active filters")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self._layout.setSpacing(6)
        self._filters = Filters()
        self._names: dict[str, str] = {}

    def set_names(self, names: dict[str, str]) -> None:
        self._names = names

    def chips(self) -> list[QToolButton]:
        return [b for b in self.findChildren(QToolButton) if b.property("chip")]

    def show_filters(self, filters: Filters) -> None:
        self._filters = filters
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        if filters.is_empty:
            self.hide()
            return
        self._layout.addWidget(QLabel("Filters:"))
        for agency in filters.agencies:
            self._chip(
                f"Agency: {self._names.get(agency, agency)}",
                replace(filters, agencies=tuple(a for a in filters.agencies if a != agency)),
            )
        for offence in filters.offences:
            self._chip(
                f"Offence: {self._names.get(offence, offence)}",
                replace(filters, offences=tuple(o for o in filters.offences if o != offence)),
            )
        if filters.year_from is not None or filters.year_to is not None:
            if filters.year_from == filters.year_to:
                years = str(filters.year_from)
            else:
                years = f"{filters.year_from or '…'}–{filters.year_to or '…'}"
            self._chip(f"Year: {years}", filters.without("years"))
        if filters.text:
            self._chip(f"Search: “{filters.text}”", filters.without("text"))
        if filters.stated_only:
            self._chip("Stated only", filters.without("stated_only"))
        clear = QToolButton()
        clear.setObjectName("clearAllFilters")
        clear.setText("Clear all")
        clear.setAutoRaise(True)
        clear.clicked.connect(lambda: self.filtersChanged.emit(Filters()))
        self._layout.addWidget(clear)
        self._layout.addStretch(1)
        self.show()

    def _chip(self, text: str, without: Filters) -> None:
        button = QToolButton()
        button.setProperty("chip", True)
        button.setText(f"{text}  ✕")
        button.setToolTip(tooltip(f"Remove this filter: {text}"))
        button.setAccessibleName(f"Remove filter {text}")
        button.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 1px 8px; }"
        )
        button.clicked.connect(lambda: self.filtersChanged.emit(without))
        self._layout.addWidget(button)
