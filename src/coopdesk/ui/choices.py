"""The filter boxes: drop-down lists of choices, each with the records it would leave.

Two kinds share one look: ``ChoiceBox`` picks one value (a year), ``MultiChoiceBox`` ticks
several (agencies, offence types). Both are quiet while the user looks: arrows, Page
keys and typing open the list instead of changing the value, moving through the list
changes nothing, and the choice applies only when it is made (a click, Enter) or, for
ticks, when the list closes. Esc closes the list and keeps what was there.

Names are elided with "…" where they do not fit and carry the full name as a tooltip;
the count sits in a column of its own, so it is never the part cut off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

from coopdesk import i18n
from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, Texts
from coopdesk.ui.plain import tooltip
from coopdesk.ui.style import muted_colour

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "tip": QT_TRANSLATE_NOOP("Choices", "{name} — {count}"),
        "spoken": QT_TRANSLATE_NOOP("Choices", "{name}, {count}"),
    }
)

Choices = Context("Choices")  # the counts of the entries

IdRole = Qt.ItemDataRole.UserRole
CountRole = Qt.ItemDataRole.UserRole + 10
KindRole = Qt.ItemDataRole.UserRole + 11  # ALL, HEADER or VALUE
IndentRole = Qt.ItemDataRole.UserRole + 12
ExtraRole = Qt.ItemDataRole.UserRole + 13
ALL, HEADER, VALUE = "all", "header", "value"
INDENT = 14  # members of a group sit this far in from its heading
POPUP_MAX_WIDTH = 460  # a list wider than this elides its names

# Keys that, on a closed box, open its list rather than change the value.
_OPENING_KEYS = (
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
    Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space, Qt.Key.Key_F4,
)  # fmt: skip


@dataclass(frozen=True)
class Choice:
    """One entry of a box: a value, the "All" entry or a group's heading."""

    id: object  # a record id, a year, or None for "All" and headings
    text: str  # the full name, as shown when it fits
    count: int | None = None  # records it would leave; None shows no count
    kind: str = VALUE
    enabled: bool = True
    icon: QIcon | None = None
    indent: bool = False
    spoken: str = ""  # what a screen reader says, when more than the text (the group)
    tip: str = ""  # the tooltip, when more than the full name and the count
    extra: str = ""  # said after the count ("3 inferred": of those, kept by a reading)
    notes: str = ""  # more lines for the tooltip (which names are not the source's)


class ChoiceDelegate(QStyledItemDelegate):
    """Draws a name (elided, indented under its heading) and its count in a column."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return super().paint(painter, option, index)
        if index.data(KindRole) == HEADER:
            font = QFont(opt.font)
            font.setBold(True)
            painter.save()
            painter.setFont(font)
            # A heading is not a choice, but it is no greyed-out one either: the active
            # colours, at the strength of secondary text.
            palette = QPalette(opt.palette)
            palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
            painter.setPen(muted_colour(palette, QPalette.ColorRole.Text))
            rect = opt.rect.adjusted(6, 0, -6, 0)
            text = QFontMetrics(font).elidedText(
                opt.text, Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            painter.restore()
            return
        # The whole row is highlighted; the name gets what the count and the indent leave.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        count = _count_text(index)
        count_w = opt.fontMetrics.horizontalAdvance(count) + 14 if count else 0
        name = QStyleOptionViewItem(opt)
        name.rect = opt.rect.adjusted(INDENT if index.data(IndentRole) else 0, 0, -count_w, 0)
        name.textElideMode = Qt.TextElideMode.ElideRight
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, name, painter, widget)
        if count:
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.save()
            painter.setPen(opt.palette.color(role) if selected else muted_colour(opt.palette, role))
            rect = QRect(opt.rect.right() - count_w, opt.rect.top(), count_w - 6, opt.rect.height())
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count
            )
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        count = _count_text(index)
        extra = (INDENT if index.data(IndentRole) else 0) + (
            option.fontMetrics.horizontalAdvance(count) + 14 if count else 0
        )
        return QSize(size.width() + extra, max(size.height(), option.fontMetrics.height() + 8))


def _count_text(index: QModelIndex | QPersistentModelIndex) -> str:
    count = index.data(CountRole)
    if count is None:
        return ""
    extra = index.data(ExtraRole)
    number = i18n.number(count)
    return f"{number} ({extra})" if extra else number


class ChoiceBox(QComboBox):
    """A box of choices that applies only what the user chooses: ``chosen(id)``."""

    chosen = Signal(object)
    CLOSED_ICON = True  # the closed box shows the chosen entry's icon

    def __init__(self, name: str, accessible: str, width: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(width)
        self.setMaxVisibleItems(20)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the mouse wheel
        self.setItemDelegate(ChoiceDelegate(self))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._cancelled = False
        self.view().installEventFilter(self)
        self.view().viewport().installEventFilter(self)
        # However the list closes (Enter, Esc, a click outside), its frame hides.
        self._frame = self.view().parentWidget()
        if self._frame is not None:
            self._frame.installEventFilter(self)
        self.activated.connect(self._on_activated)

    # ------------------------------------------------------------------ filling

    def set_choices(self, choices: list[Choice], current: object = None) -> None:
        """Show ``choices``, updating the entries in place when they are the same ones
        (so a screen reader on the box hears no list torn down and built again)."""
        model = self._model
        same = model.rowCount() == len(choices) and all(
            model.item(row).data(IdRole) == c.id and model.item(row).data(KindRole) == c.kind
            for row, c in enumerate(choices)
        )
        self.blockSignals(True)
        try:
            if not same:
                model.clear()
                for _choice in choices:
                    model.appendRow(QStandardItem())
            for row, choice in enumerate(choices):
                self._fill_item(model.item(row), choice)
            self._show_current(current)
        finally:
            self.blockSignals(False)
        self.update()

    def _fill_item(self, item: QStandardItem, choice: Choice) -> None:
        item.setData(choice.id, IdRole)
        item.setData(choice.kind, KindRole)
        item.setData(choice.indent, IndentRole)
        item.setData(choice.count, CountRole)
        item.setText(choice.text)
        item.setIcon(choice.icon or QIcon())
        item.setData(choice.extra, ExtraRole)
        counted = "" if choice.count is None else _records(choice.count)
        if counted and choice.extra:
            counted = f"{counted}, {choice.extra}"
        tip = choice.tip or (TEXT["tip"].format(name=choice.text, count=counted) if counted
                             else choice.text)  # fmt: skip
        if choice.notes:
            tip = f"{tip}\n{choice.notes}"
        item.setData(tooltip(tip), Qt.ItemDataRole.ToolTipRole)
        spoken = choice.spoken or choice.text
        item.setData(
            TEXT["spoken"].format(name=spoken, count=counted) if counted else spoken,
            Qt.ItemDataRole.AccessibleTextRole,
        )
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if choice.kind == HEADER or not choice.enabled:
            flags = Qt.ItemFlag.NoItemFlags
        item.setFlags(flags)

    def _show_current(self, current: object) -> None:
        row = self.findData(current, IdRole)
        self.setCurrentIndex(max(row, 0))

    def choice_texts(self) -> list[tuple[str, int | None, bool]]:
        """Every entry as (text, count, enabled): what the list shows."""
        model = self._model
        return [
            (model.item(r).text(), model.item(r).data(CountRole), model.item(r).isEnabled())
            for r in range(model.rowCount())
        ]

    # ------------------------------------------------------------------ the closed box

    def summary(self) -> str:
        """What the closed box says: the entry chosen."""
        return self.currentText()

    def _closed_option(self) -> QStyleOptionComboBox:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        if not self.CLOSED_ICON:
            opt.currentIcon = QIcon()
        return opt

    def shown_text(self) -> str:
        """The summary as the closed box shows it: ending in "…" when short of room (a
        long document title would otherwise be cut mid-letter)."""
        opt = self._closed_option()
        text_rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = text_rect.width() - 4
        if not opt.currentIcon.isNull():
            room -= opt.iconSize.width() + 4
        return self.fontMetrics().elidedText(
            self.summary(), Qt.TextElideMode.ElideRight, max(room, 10)
        )

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QStylePainter(self)
        opt = self._closed_option()
        opt.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    # ------------------------------------------------------------------ choosing

    def _on_activated(self, row: int) -> None:
        self.chosen.emit(self.itemData(row, IdRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self.view().isVisible()
        if not popup and (
            key in _OPENING_KEYS
            or (event.text().isprintable() and event.text().strip() and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):  # fmt: skip
            self.showPopup()
            if event.text().strip() and key != Qt.Key.Key_Space:
                self.view().keyboardSearch(event.text())
            event.accept()
            return
        if popup:
            # Keys sent to the box while its list is open act on the list.
            QCoreApplication.sendEvent(self.view(), event)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Scrolling the window over a box must not change a filter.
        event.ignore()

    def showPopup(self) -> None:
        self._cancelled = False
        super().showPopup()
        # As wide as the names need, within limits: longer names elide, with a tooltip.
        view = self.view()
        needed = view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8
        width = min(max(needed, self.width()), max(self.width(), POPUP_MAX_WIDTH))
        container = view.parentWidget()
        if container is not None and container.width() != width:
            container.resize(width, container.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._cancelled = True
        if watched is self._frame and event.type() == QEvent.Type.Hide:
            self._list_closed()
        return super().eventFilter(watched, event)

    def _list_closed(self) -> None:
        """The list has closed, by whatever means (``_cancelled`` says if by Esc)."""


class MultiChoiceBox(ChoiceBox):
    """A box whose values are ticked, several at a time: ``chosenMany(ids)`` when the
    list closes with other ticks than it opened with. Clicking an entry ticks it and
    keeps the list open; Space ticks the highlighted one; Enter on an entry nothing was
    ticked on chooses it alone; "All …" clears the ticks."""

    chosenMany = Signal(tuple)
    CLOSED_ICON = False  # it names what is ticked, in words

    def __init__(self, name: str, accessible: str, width: int, all_text: str,
                 many: Callable[[int], str], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(name, accessible, width, parent)
        self._all_text = all_text  # what the closed box says with nothing ticked
        self._many = many  # and with several ticked: "3 agencies"
        self._ticked: tuple[object, ...] = ()
        self._opened_with: tuple[object, ...] = ()
        self._names: dict[object, str] = {}
        self._pressed = False

    def sizeHint(self) -> QSize:
        # Room for "All …" whole: the letters ``width`` counts hold it in English, not in
        # Russian. (Once ticked, the box names its choices, shortened to fit.)
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().horizontalAdvance(self._all_text) + 4, hint.height())
        need = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(hint.width(), need.width()), hint.height())

    def ticked(self) -> tuple[object, ...]:
        return self._ticked

    def set_choices(self, choices: list[Choice], current: object = None) -> None:
        self._names = {c.id: c.text for c in choices if c.kind == VALUE}
        super().set_choices(choices, None)
        self._show_ticks()

    def set_ticked(self, ids: tuple[object, ...]) -> None:
        self._ticked = tuple(ids)
        self._show_ticks()

    def _fill_item(self, item: QStandardItem, choice: Choice) -> None:
        super()._fill_item(item, choice)
        if choice.kind == VALUE:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)

    def _show_ticks(self) -> None:
        model = self._model
        for row in range(model.rowCount()):
            item = model.item(row)
            kind = item.data(KindRole)
            if kind == HEADER:
                continue
            on = (not self._ticked) if kind == ALL else item.data(IdRole) in self._ticked
            if kind == VALUE and on:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)  # a tick stays reachable
            item.setData(
                Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                Qt.ItemDataRole.CheckStateRole,
            )
        text = self.summary()
        if len(self._ticked) == 1:  # what its entry says on hover, notes on its names too
            row = self.findData(self._ticked[0], IdRole)
            tip = self.itemData(row, Qt.ItemDataRole.ToolTipRole) if row >= 0 else None
            self.setToolTip(str(tip) if tip else tooltip(text))
        else:
            names = [self._names.get(i, str(i)) for i in self._ticked] or [text]
            self.setToolTip(tooltip("\n".join(names)))
        self.setAccessibleDescription(text)
        self.update()

    def summary(self) -> str:
        """What the closed box says: all, the one chosen, or how many."""
        if not self._ticked:
            return self._all_text
        if len(self._ticked) == 1:
            return self._names.get(self._ticked[0], str(self._ticked[0]))
        return self._many(len(self._ticked))

    def showPopup(self) -> None:
        self._opened_with = self._ticked
        self._toggled = False
        self._pressed = False  # the click that opened the list ends over it: not a tick
        super().showPopup()

    def _list_closed(self) -> None:
        if self._cancelled:
            self.set_ticked(self._opened_with)
        elif self._ticked != self._opened_with:
            self.chosenMany.emit(self._ticked)
        self._opened_with = self._ticked

    def _toggle(self, row: int) -> None:
        item = self._model.item(row)
        if item is None or not item.isEnabled():
            return
        kind = item.data(KindRole)
        self._toggled = True
        if kind == ALL:
            self.set_ticked(())
        elif kind == VALUE:
            value = item.data(IdRole)
            ticked = tuple(i for i in self._ticked if i != value)
            self.set_ticked(ticked if value in self._ticked else (*self._ticked, value))

    def _on_activated(self, row: int) -> None:
        # Enter (or a click that reached the box): "All", or the one entry when nothing
        # was ticked while the list was open.
        item = self._model.item(row)
        if item is not None and not self._toggled:
            if item.data(KindRole) == ALL:
                self.set_ticked(())
            elif item.data(KindRole) == VALUE:
                self.set_ticked((item.data(IdRole),))
        if self._ticked != self._opened_with:
            self.chosenMany.emit(self._ticked)
            self._opened_with = self._ticked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        kind = event.type()
        if watched is view.viewport() and isinstance(event, QMouseEvent):
            if kind == QEvent.Type.MouseButtonPress:
                self._pressed = True
            if (
                kind == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
            ):
                index = view.indexAt(event.position().toPoint())
                if index.isValid() and self._pressed:
                    self._toggle(index.row())
                self._pressed = False
                return True  # the list stays open for more ticks
            if kind == QEvent.Type.MouseButtonDblClick:
                return True
        if (
            watched is view
            and isinstance(event, QKeyEvent)
            and kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            self._toggle(view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)


def _records(count: int) -> str:
    return Choices.tr("%n record(s)", "", count)
