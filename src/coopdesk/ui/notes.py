"""The notes panel: the user's own note on the current record, saved as they type.

A pause in typing, leaving the editor, leaving the record and closing the window all
save it. The note is the user's words, never mixed with the source. Folded to its one
line of heading until used: it opens on a record that has a note, or when the user
opens it, and stays open once opened by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import QT_TRANSLATE_NOOP, tr, translate
from coopdesk.render import human_date
from coopdesk.ui.userfile import NOTES, UserFile
from coopdesk.userdata import Note

SAVE_DELAY_MS = 800  # a pause in typing this long saves the note
OPEN_HEIGHT = 150  # opened, the note gets a few lines to write in
NOTES_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Notes",
    "Write your own remarks on this record. They are saved as you type, stay on this "
    "computer and are never mixed with the source.",
)
NO_RECORD_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Notes",
    "Select a record to write a note on it. Notes belong to records, not to passages of the "
    "source.",
)
NOTES_HEADING = QT_TRANSLATE_NOOP("Notes", "Your note — not part of the source")
NOTES_TOGGLE_TIP = QT_TRANSLATE_NOOP(
    "Notes", "Show or hide your note on this record (Ctrl+Shift+N writes one)"
)


class NotesPanel(QWidget):
    """The editor of the note on one record; ``saved`` says when a note was stored."""

    saved = Signal(str, object)  # record id, the Note stored (None: removed)
    status = Signal(str)  # a short message for the status bar
    openChanged = Signal(bool)  # the editor was shown (True) or folded away
    # Said after every pause in typing: shown, not announced.
    SAVED = QT_TRANSLATE_NOOP("Notes", "Note saved.")

    def __init__(self, user_file: UserFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_file = user_file
        self.setObjectName("notesContainer")
        self._record: str | None = None
        self._base: Note | None = None
        self._dirty = False
        self._loading = False
        self._pinned = False  # opened by hand: stays open from record to record

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 12, 6)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setObjectName("notesToggle")
        self.toggle.setText(tr(NOTES_HEADING))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(tr(NOTES_TOGGLE_TIP))
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.clicked.connect(self._toggled_by_hand)
        self.state = QLabel()
        self.state.setObjectName("notesState")
        header.addWidget(self.toggle)
        header.addStretch(1)
        header.addWidget(self.state)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("notesPanel")
        self.editor.setAccessibleName(translate("Notes", "Your note on this record"))
        self.editor.setTabChangesFocus(True)
        self.editor.hide()
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._on_typed)
        self.editor.installEventFilter(self)
        self.set_record(None)

    def record_id(self) -> str | None:
        return self._record

    def is_open(self) -> bool:
        return not self.editor.isHidden()

    def set_open(self, on: bool) -> None:
        if on == self.is_open():
            return
        self.editor.setVisible(on)
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.openChanged.emit(on)

    def fit_in(self, splitter: QSplitter, open_: bool) -> None:
        """Folded, take the heading's one line of ``splitter``; open, a few lines more."""
        if open_:
            self.setMaximumHeight(16_777_215)
            total = sum(splitter.sizes()) or splitter.height()
            if self.height() < OPEN_HEIGHT and total > 2 * OPEN_HEIGHT:
                splitter.setSizes([total - OPEN_HEIGHT, OPEN_HEIGHT])
        else:
            self.setMaximumHeight(self.minimumSizeHint().height())

    def write(self) -> None:
        """Open the editor and put the cursor in it (Edit > Write a Note)."""
        self._pinned = True
        self.set_open(True)
        if self.editor.isEnabled():
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggled_by_hand(self, on: bool) -> None:
        self._pinned = on
        self.set_open(on)
        if on and self.editor.isEnabled():
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_record(self, record_id: str | None) -> None:
        """Show the note of ``record_id`` (None: no record), saving the one being typed."""
        self.save()
        self._record = record_id
        note = self.user_file.data.note(record_id) if record_id else None
        self._base = note  # the version this editor started from (another window may change it)
        self._loading = True
        try:
            self.editor.setPlainText(note.text if note else "")
        finally:
            self._loading = False
        self._dirty = False
        # Read-only, not disabled, without a record: its instructions keep full contrast.
        self.editor.setReadOnly(record_id is None)
        self.editor.setPlaceholderText(
            tr(NOTES_PLACEHOLDER if record_id is not None else NO_RECORD_PLACEHOLDER)
        )
        saved = translate("Notes", "Saved {date}")
        self.state.setText(saved.format(date=human_date(note.updated[:10])) if note else "")
        self.set_open(self._pinned or note is not None)

    def save(self) -> None:
        """Save the note in the editor now, if it changed."""
        self._timer.stop()
        record_id = self._record
        if not self._dirty or record_id is None:
            return
        text, base = self.editor.toPlainText(), self._base
        ok, result = self.user_file.change(NOTES, lambda d: d.save_note(record_id, text, base=base))
        if not ok or result is None:
            self.state.setText(translate("Notes", "Not saved"))
            return
        note = result.note
        self._dirty = False
        self._base = note
        if result.conflict:
            # Another window changed this note meanwhile: both versions are kept, and shown.
            self._loading = True
            try:
                self.editor.setPlainText(note.text if note else "")
            finally:
                self._loading = False
            self.state.setText(translate("Notes", "Merged"))
            self.status.emit(
                translate(
                    "Notes",
                    "This note was changed in another window: both versions are kept in it.",
                )
            )
        else:
            self.state.setText(
                translate("Notes", "Saved") if note else translate("Notes", "Removed")
            )
            self.status.emit(
                tr(self.SAVED) if note else translate("Notes", "Note removed (it was empty).")
            )
        self.saved.emit(record_id, note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return False

    def _on_typed(self) -> None:
        if self._loading or self._record is None:
            return
        self._dirty = True
        self.state.setText(translate("Notes", "Editing…"))
        self._timer.start()
