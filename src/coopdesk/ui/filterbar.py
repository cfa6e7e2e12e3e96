"""The filter bar: agencies and offence types (several at a time), years, the source
document (when there are several) and search, each choice with the records it would
leave; and the row of active filters under it.

On a narrow window the search box moves to a second row instead of being cut off.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, Texts
from coopdesk.marks import editorial_note, named
from coopdesk.model import Entity, Facets, FacetValue, Filters
from coopdesk.schema import SIDES
from coopdesk.schema import side_name as side_label
from coopdesk.ui.choices import ALL, HEADER, Choice, ChoiceBox, MultiChoiceBox
from coopdesk.ui.plain import set_tip
from coopdesk.ui.style import blend, kind_icon, muted_colour

FilterCounts = Context("FilterCounts")  # the filter bar's words with a number in them
SEARCH_DELAY_MS = 250
SEARCH_MIN_WIDTH = 200
CHIP_MAX_CHARS = 48  # a longer chip is elided, with the whole filter as its tooltip

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "agency": QT_TRANSLATE_NOOP("FilterBar", "&Agency"),
        "offence": QT_TRANSLATE_NOOP("FilterBar", "&Offence"),
        "year": QT_TRANSLATE_NOOP("FilterBar", "&Year"),
        "to": QT_TRANSLATE_NOOP("FilterBar", "to"),
        "document": QT_TRANSLATE_NOOP("FilterBar", "&Document"),
        "document_name": QT_TRANSLATE_NOOP("FilterBar", "Document filter"),
        "all_documents": QT_TRANSLATE_NOOP("FilterBar", "All documents"),
        "document_tip": QT_TRANSLATE_NOOP("FilterBar", "Only the records of one source document"),
        "agency_name": QT_TRANSLATE_NOOP("FilterBar", "Agency filter"),
        "offence_name": QT_TRANSLATE_NOOP("FilterBar", "Offence type filter"),
        "year_name": QT_TRANSLATE_NOOP("FilterBar", "Year filter"),
        "to_name": QT_TRANSLATE_NOOP("FilterBar", "Last year of the range"),
        "all_agencies": QT_TRANSLATE_NOOP("FilterBar", "All agencies"),
        "all_offences": QT_TRANSLATE_NOOP("FilterBar", "All offence types"),
        "all_years": QT_TRANSLATE_NOOP("FilterBar", "All years"),
        "only": QT_TRANSLATE_NOOP("FilterBar", "only"),
        "to_tip": QT_TRANSLATE_NOOP(
            "FilterBar", "Last year of a range; “only” keeps the one year on the left"
        ),
        "agency_tip": QT_TRANSLATE_NOOP(
            "FilterBar", "Tick one or more agencies: the records involving every one ticked remain"
        ),
        "offence_tip": QT_TRANSLATE_NOOP(
            "FilterBar", "Tick one or more offence types: the records concerning every one remain"
        ),
        "search": QT_TRANSLATE_NOOP("FilterBar", "Search records and source  (Ctrl+F)"),
        "search_name": QT_TRANSLATE_NOOP("FilterBar", "Search"),
        "search_tip": (
            QT_TRANSLATE_NOOP(
                "FilterBar",
                "<p>Search the records, the source and your notes (Ctrl+F; Esc clears).</p>"
                "<table cellspacing='0' cellpadding='2'>"
                "<tr><td><tt>europol hague</tt></td><td>every word, in any order</td></tr>"
                '<tr><td><tt>"joint statement"</tt></td><td>the words side by side</td></tr>'
                "<tr><td><tt>cyber*</tt></td><td>words beginning so (the last word too)</td></tr>"
                "<tr><td><tt>rome OR moscow</tt></td><td>either word</td></tr>"
                "<tr><td><tt>europol -interpol</tt></td><td>not that word</td></tr>"
                "</table><p>Case, accents and hyphens do not matter: <tt>counter-terrorism</tt> "
                "finds “counterterrorism”.</p>",
            )
        ),
        "clear_search": QT_TRANSLATE_NOOP("FilterBar", "Clear the search"),
        "stated_only": QT_TRANSLATE_NOOP("FilterBar", "&Stated only"),
        "stated_only_tip": (
            QT_TRANSLATE_NOOP(
                "FilterBar",
                "Only what the document states: leave out the records that an agency or offence "
                "filter keeps only through an inferred link (a reading of the text). The counts "
                "follow.",
            )
        ),
        "chip_stated_only": QT_TRANSLATE_NOOP("FilterBar", "Stated only"),
        "side_spoken": QT_TRANSLATE_NOOP("FilterBar", "{name}, {side}"),
        "filters": QT_TRANSLATE_NOOP("FilterBar", "Filters:"),
        "no_filters": QT_TRANSLATE_NOOP("FilterBar", "No filters: every record is shown."),
        "clear_all": QT_TRANSLATE_NOOP("FilterBar", "Clear all"),
        "chip_agency": QT_TRANSLATE_NOOP("FilterBar", "Agency: {name}"),
        "chip_offence": QT_TRANSLATE_NOOP("FilterBar", "Offence: {name}"),
        "chip_year": QT_TRANSLATE_NOOP("FilterBar", "Year: {years}"),
        "chip_search": QT_TRANSLATE_NOOP("FilterBar", "Search: “{text}”"),
        "chip_document": QT_TRANSLATE_NOOP("FilterBar", "Document: {name}"),
        "chip_tip": QT_TRANSLATE_NOOP("FilterBar", "Remove this filter: {text}"),
        "chip_name": QT_TRANSLATE_NOOP("FilterBar", "Remove filter {text}"),
        "chips_name": QT_TRANSLATE_NOOP("FilterBar", "Active filters"),
    }
)


def _notes_on_names(entity: Entity) -> str:
    """Which of its names are not the document's words, and why ('' if none): the title,
    and a short name of ours the display name leaves out (FSB), said so people know it."""
    names = [entity.basis_of("title", entity.title)]
    if entity.short_name:
        names.append(entity.basis_of("short_name", entity.short_name))
    return editorial_note(names)


class FilterBar(QWidget):
    """The filter boxes and the search box. Emits ``filtersChanged`` with new filters."""

    filtersChanged = Signal(object)  # Filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filters = Filters()
        self._agencies: list[Entity] = []
        self._offences: list[Entity] = []
        self._year_counts: dict[int, int] = {}

        self.agency = MultiChoiceBox(
            "agencyFilter", TEXT["agency_name"], 12,
            TEXT["all_agencies"], lambda n: FilterCounts.tr("%n (agency|agencies)", "", n),
        )  # fmt: skip
        self.offence = MultiChoiceBox(
            "offenceFilter", TEXT["offence_name"], 12,
            TEXT["all_offences"], lambda n: FilterCounts.tr("%n offence type(s)", "", n),
        )  # fmt: skip
        self.agency.setWhatsThis(TEXT["agency_tip"])
        self.offence.setWhatsThis(TEXT["offence_tip"])
        self.year = ChoiceBox("yearFilter", TEXT["year_name"], 6)
        self.year_to = ChoiceBox("yearToFilter", TEXT["to_name"], 4)
        self.year_to.setToolTip(TEXT["to_tip"])
        self.document = ChoiceBox("documentFilter", TEXT["document_name"], 12)
        self.document.setToolTip(TEXT["document_tip"])
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(TEXT["search_name"])
        self.search.setPlaceholderText(TEXT["search"])
        set_tip(self.search, TEXT["search_tip"], rich=True)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        clear = QAction(TEXT["clear_search"], self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.stated_only = QCheckBox(TEXT["stated_only"])
        self.stated_only.setObjectName("statedOnlyFilter")
        self.stated_only.setToolTip(TEXT["stated_only_tip"])

        self._labelled: list[QWidget] = []
        for key, widget in (
            ("agency", self.agency),
            ("offence", self.offence),
            ("year", self.year),
            ("to", self.year_to),
            ("document", self.document),
        ):
            label = QLabel(TEXT[key])
            label.setBuddy(widget)
            self._labelled += [label, widget]
        # The document filter shows only when the data comes from more than one document.
        self.document_label = self._labelled[-2]
        self.document_label.hide()
        self.document.hide()
        self._labelled.append(self.stated_only)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 2, 6, 2)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._mode: str | None = None
        self._arrange("one")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._commit_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._commit_search)
        # The clear button does not emit textEdited.
        self.search.textChanged.connect(lambda text: text or self._commit_search())
        self.agency.chosenMany.connect(lambda ids: self._emit_replace(agencies=ids))
        self.offence.chosenMany.connect(lambda ids: self._emit_replace(offences=ids))
        self.year.chosen.connect(self._on_year)
        self.year_to.chosen.connect(self._on_year_to)
        self.document.chosen.connect(
            lambda doc: self._emit_replace(documents=() if doc is None else (doc,))
        )
        self.stated_only.toggled.connect(
            lambda on: self._emit(replace(self._filters, stated_only=on))
        )

    # ------------------------------------------------------------------ layout

    def boxes(self) -> list[QWidget]:
        """The filter widgets in the order they stand on screen (for the Tab order)."""
        shown = [self.document] if not self.document.isHidden() else []
        return [
            self.agency, self.offence, self.year, self.year_to, *shown, self.stated_only,
            self.search,
        ]  # fmt: skip

    def _width_of(self, widgets: list[QWidget], search: bool) -> int:
        widgets = [w for w in widgets if not w.isHidden()]  # the document filter, often
        spacing = self._grid.horizontalSpacing()
        margins = self._grid.contentsMargins()
        return (
            sum(w.sizeHint().width() for w in widgets) + spacing * (len(widgets) + 1)
            + (SEARCH_MIN_WIDTH + 8 if search else 0) + margins.left() + margins.right()
        )  # fmt: skip

    def _one_row_width(self) -> int:
        return self._width_of(self._labelled, search=True)

    def _rows(self, mode: str) -> list[list[QWidget]]:
        """The labelled boxes by row: all on one, or (with room for fewer) agency and
        offence type on one and the years and document on the next."""
        boxes = self._labelled[:-1]  # label, box, label, box…; Stated only comes last
        return [boxes[:4], boxes[4:]] if mode == "three" else [boxes]

    def _rows_width(self, rows: list[list[QWidget]]) -> int:
        """The width rows of the grid need: each column as wide as its widest cell."""
        shown = [[w for w in row if not w.isHidden()] for row in rows]
        widths = [
            max(w.sizeHint().width() for w in column if w is not None)
            for column in itertools.zip_longest(*shown)
        ]
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing()
        return sum(widths) + spacing * (len(widths) + 1) + margins.left() + margins.right()

    def _arrange(self, mode: str) -> None:
        """Everything on one row ("one"); short of room, the boxes on one and Stated only
        and the search box on a second ("two"); shorter still (long words, a narrow
        window), the boxes on two rows and those two on a third ("three")."""
        if mode == self._mode:
            return
        self._mode = mode
        for widget in [*self._labelled, self.search]:
            self._grid.removeWidget(widget)
        rows = self._rows(mode)
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                self._grid.addWidget(widget, row, column)
        columns = len(self._labelled)
        if mode == "one":
            self._grid.addWidget(self.stated_only, 0, columns - 1)
            self._grid.addWidget(self.search, 0, columns + 1)
            self._grid.setColumnMinimumWidth(columns, 8)
        else:
            self._grid.addWidget(self.stated_only, len(rows), 0, 1, 2)
            self._grid.addWidget(self.search, len(rows), 2, 1, columns)
            self._grid.setColumnMinimumWidth(columns, 0)
        self._grid.setColumnStretch(columns + 1, 1)

    def _mode_for(self, width: int) -> str:
        if width >= self._one_row_width():
            return "one"
        return "two" if width >= self._rows_width(self._rows("two")) else "three"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._mode_for(event.size().width()))

    def minimumSizeHint(self) -> QSize:
        # Narrower than one row the search box wraps, and then the boxes: only agency and
        # offence type, side by side, need to fit.
        hint = super().minimumSizeHint()
        return QSize(self._rows_width(self._rows("three")), hint.height())

    # ------------------------------------------------------------------ state

    def filters(self) -> Filters:
        return self._filters

    def set_choices(self, agencies: list[Entity], offences: list[Entity]) -> None:
        self._agencies, self._offences = agencies, offences

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` without emitting (the counts arrive with ``show_counts``)."""
        self._filters = filters
        self.agency.set_ticked(filters.agencies)
        self.offence.set_ticked(filters.offences)
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

    def _emit_replace(self, **changes: object) -> None:
        self._emit(replace(self._filters, **changes))  # type: ignore[arg-type]

    def _commit_search(self) -> None:
        self._search_timer.stop()
        self._emit(replace(self._filters, text=self.search.text().strip()))

    def _on_year(self, year: object) -> None:
        f = self._filters
        if not isinstance(year, int):
            self._emit(replace(f, year_from=None, year_to=None))
            return
        # A range keeps its end when the new start is before it; one year stays one year.
        ranged = f.year_from is not None and f.year_to is not None and f.year_to > f.year_from
        keep = ranged and f.year_to is not None and f.year_to > year
        self._emit(replace(f, year_from=year, year_to=f.year_to if keep else year))

    def _on_year_to(self, year: object) -> None:
        f = self._filters
        if f.year_from is not None:
            last = year if isinstance(year, int) and year > f.year_from else f.year_from
            self._emit(replace(f, year_to=last))

    # ------------------------------------------------------------------ counts

    def show_counts(self, facets: Facets, unfiltered: dict[str, int]) -> None:
        """Refill the boxes with the records each choice would leave."""
        self.agency.set_choices(self._agency_choices(facets.agencies, unfiltered))
        self.offence.set_choices(self._offence_choices(facets.offences, unfiltered))
        self._fill_years(facets.years, unfiltered)
        self._fill_documents(facets.documents)

    def _fill_documents(self, values: list[FacetValue]) -> None:
        several = len(values) > 1
        if several != self.document.isVisibleTo(self):
            self.document.setVisible(several)
            self.document_label.setVisible(several)
            self._mode = None  # arranged again for the width it takes or gives back
            self._arrange(self._mode_for(self.width()))
        chosen = self._filters.documents[0] if self._filters.documents else None
        # The documents share the records out, so together they count every one.
        choices = [Choice(None, TEXT["all_documents"], sum(v.count for v in values), kind=ALL)]
        choices += [
            Choice(v.id, v.label, v.count, enabled=bool(v.count) or v.id == chosen) for v in values
        ]
        self.document.set_choices(choices, chosen)

    def _agency_choices(self, values: list[FacetValue], unfiltered: dict[str, int]) -> list[Choice]:
        by_id = {v.id: v for v in values}
        choices = [Choice(None, TEXT["all_agencies"], unfiltered.get("agencies"), kind=ALL)]
        for side in SIDES:
            side_name = side_label(side)
            members = sorted(
                (a for a in self._agencies if a.side == side), key=lambda a: named(a).casefold()
            )
            if members:
                choices.append(Choice(None, side_name, kind=HEADER))
            for agency in members:
                choices.append(self._choice(agency, by_id.get(agency.id), self._filters.agencies,
                                            kind_icon("agency", side), side_name))  # fmt: skip
        return choices

    def _offence_choices(
        self, values: list[FacetValue], unfiltered: dict[str, int]
    ) -> list[Choice]:
        by_id = {v.id: v for v in values}
        choices = [Choice(None, TEXT["all_offences"], unfiltered.get("offences"), kind=ALL)]
        for offence in self._offences:
            choices.append(self._choice(offence, by_id.get(offence.id), self._filters.offences,
                                        kind_icon("offence")))  # fmt: skip
        return choices

    @staticmethod
    def _choice(
        entity: Entity, value: FacetValue | None, chosen: tuple[str, ...], icon: QIcon,
        side: str = "",
    ) -> Choice:  # fmt: skip
        """An agency or offence type: its one name (marked when not the document's words),
        its records, how many of them only an inferred link keeps, its side spoken."""
        name, count = named(entity), value.count if value is not None else 0
        inferred = value.inferred if value is not None else 0
        extra = FilterCounts.tr("%n inferred", "", inferred) if inferred else ""
        spoken = TEXT["side_spoken"].format(name=name, side=side) if side else name
        return Choice(
            entity.id, name, count, enabled=bool(count) or entity.id in chosen, icon=icon,
            indent=bool(side), spoken=spoken, extra=extra, notes=_notes_on_names(entity),
        )  # fmt: skip

    def _fill_years(self, values: list[FacetValue], unfiltered: dict[str, int]) -> None:
        f = self._filters
        counts = {v.number: v.count for v in values if v.number is not None}
        years = sorted(counts)
        choices = [Choice(None, TEXT["all_years"], unfiltered.get("years"), kind=ALL)]
        choices += [
            Choice(y, str(y), counts[y], enabled=bool(counts[y]) or y == f.year_from) for y in years
        ]
        self.year.set_choices(choices, f.year_from)
        later: list[Choice] = []
        if f.year_from is not None:
            running = counts.get(f.year_from, 0)
            later.append(Choice(None, TEXT["only"], running, kind=ALL))
            for y in years:
                if y > f.year_from:
                    running += counts[y]
                    later.append(Choice(y, str(y), running))
        else:
            later.append(Choice(None, TEXT["only"], kind=ALL))
        current = f.year_to if f.year_to != f.year_from else None
        self.year_to.set_choices(later, current)
        self.year_to.setEnabled(f.year_from is not None and len(later) > 1)


class Chip(QToolButton):
    """One active filter: its text (elided when long) and ✕; a click removes it. Drawn
    as a rounded tag in the palette's colours, so it follows a change of theme."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setProperty("chip", True)
        shown = text if len(text) <= CHIP_MAX_CHARS else text[: CHIP_MAX_CHARS - 1] + "…"
        self.setText(f"{shown}  ✕")
        set_tip(self, TEXT["chip_tip"].format(text=text))
        self.setAccessibleName(TEXT["chip_name"].format(text=text))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 22, metrics.height() + 6)

    def minimumSizeHint(self) -> QSize:
        # Squeezed by many filters on a narrow window, a chip shortens its words, not its ✕.
        # A short chip ("Year: 2017–2018") keeps all of it.
        metrics = self.fontMetrics()
        least = metrics.horizontalAdvance(TEXT["chip_year"].format(years="2017–2018") + "  ✕") + 22
        return QSize(min(self.sizeHint().width(), least), metrics.height() + 6)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette, role = self.palette(), QPalette.ColorRole
        window, text = palette.color(role.Window), palette.color(role.WindowText)
        accent = palette.color(role.Highlight)
        hovered = self.underMouse() or self.isDown()
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setBrush(blend(accent, window, 0.18 if hovered else 0.08))
        edge = accent if self.hasFocus() else blend(text, window, 0.45)
        painter.setPen(QPen(edge, 2 if self.hasFocus() else 1))
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.shown_text())

    def shown_text(self) -> str:
        """The text as drawn: whole when the chip has its room, else its words elided."""
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= self.width() - 22:
            return self.text()
        room = self.width() - 22 - metrics.horizontalAdvance("  ✕")
        words = self.text().removesuffix("  ✕")
        return f"{metrics.elidedText(words, Qt.TextElideMode.ElideRight, room)}  ✕"


class ChipsBar(QWidget):
    """The active filters, each removable, and "Clear all"; "No filters" when there are
    none. Its height never changes, so nothing below it moves when a filter is added."""

    filtersChanged = Signal(object)  # Filters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activeFilters")
        self.setAccessibleName(TEXT["chips_name"])
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 2, 8, 2)
        self._layout.setSpacing(6)
        # As tall as a chip from the start: rebuilt chips (each filter change) would
        # otherwise pass through a shorter bar, resizing and repainting every pane twice.
        self.setMinimumHeight(QToolButton().sizeHint().height() + 4)
        self._filters = Filters()
        self._names: dict[str, str] = {}
        self._buttons: list[QToolButton] = []
        sample = Chip(TEXT["chip_year"].format(years="2017"))
        self.setFixedHeight(sample.sizeHint().height() + 6)
        sample.deleteLater()
        self.show_filters(Filters())

    def set_names(self, names: dict[str, str]) -> None:
        self._names = names

    def chips(self) -> list[QToolButton]:
        return [b for b in self._buttons if b.property("chip")]

    def buttons(self) -> list[QToolButton]:
        """The chips and "Clear all", in order (for the Tab order)."""
        return list(self._buttons)

    def show_filters(self, filters: Filters) -> None:
        self._filters = filters
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the bar at once, deleted once idle
                widget.deleteLater()
        self._buttons = []
        if filters.is_empty:
            empty = QLabel(TEXT["no_filters"])
            empty.setObjectName("noFilters")
            palette = empty.palette()
            palette.setColor(
                QPalette.ColorRole.WindowText,
                muted_colour(palette, QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            )
            empty.setPalette(palette)
            self._layout.addWidget(empty)
            self._layout.addStretch(1)
            return
        self._layout.addWidget(QLabel(TEXT["filters"]))
        for agency in filters.agencies:
            name = self._names.get(agency, agency)
            self._chip(TEXT["chip_agency"].format(name=name), replace(
                filters, agencies=tuple(a for a in filters.agencies if a != agency)))  # fmt: skip
        for offence in filters.offences:
            name = self._names.get(offence, offence)
            self._chip(TEXT["chip_offence"].format(name=name), replace(
                filters, offences=tuple(o for o in filters.offences if o != offence)))  # fmt: skip
        if filters.year_from is not None or filters.year_to is not None:
            if filters.year_from == filters.year_to:
                years = str(filters.year_from)
            else:
                years = f"{filters.year_from or '…'}–{filters.year_to or '…'}"
            self._chip(TEXT["chip_year"].format(years=years), filters.without("years"))
        if filters.text:
            self._chip(TEXT["chip_search"].format(text=filters.text), filters.without("text"))
        for document in filters.documents:
            others = tuple(d for d in filters.documents if d != document)
            name = self._names.get(document, document)
            self._chip(TEXT["chip_document"].format(name=name), replace(filters, documents=others))
        if filters.stated_only:
            self._chip(TEXT["chip_stated_only"], filters.without("stated_only"))
        clear = QToolButton()
        clear.setObjectName("clearAllFilters")
        clear.setText(TEXT["clear_all"])
        clear.setAutoRaise(True)
        clear.clicked.connect(lambda: self.filtersChanged.emit(Filters()))
        self._layout.addWidget(clear)
        self._buttons.append(clear)
        self._layout.addStretch(1)
        for button in self._buttons:
            button.show()  # at once, not when the layout gets round to it: Tab reaches them

    def _chip(self, text: str, without: Filters) -> None:
        button = Chip(text)
        button.clicked.connect(lambda: self.filtersChanged.emit(without))
        self._layout.addWidget(button)
        self._buttons.append(button)
