"""The notes panel: the user's own note on the current record, saved as they type.

A pause in typing, leaving the editor, leaving the record and closing the window all
save it. The note is the user's words, never mixed with the source.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coopdesk.render import human_date
from coopdesk.ui.userfile import NOTES, UserFile
from coopdesk.userdata import Note

SAVE_DELAY_MS = 800  # a pause in typing this long saves the note
NOTES_PLACEHOLDER = (
    "Write your own remarks on this record. They are saved as you type, stay on this "
    "computer and are never mixed with the source."
)
NO_RECORD_PLACEHOLDER = (
    "Select a record to write a note on it. Notes belong to records, not to passages of the source."
)


class NotesPanel(QWidget):
    """The editor of the note on one record; ``saved`` says when a note was stored."""

    saved = Signal(str, object)  # record id, the Note stored (None: removed)
    status = Signal(str)  # a short message for the status bar
    SAVED = "Note saved."  # said after every pause in typing: shown, not announced

    def __init__(self, user_file: UserFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_file = user_file
        self.setObjectName("notesContainer")
        self._record: str | None = None
        self._base: Note | None = None
        self._dirty = False
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.label = QLabel("Your note — not part of the source")
        self.label.setObjectName("notesLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("notesState")
        header.addWidget(self.label)
        header.addStretch(1)
        header.addWidget(self.state)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("notesPanel")
        self.editor.setAccessibleName("Your note on this record")
        self.editor.setTabChangesFocus(True)
        self.label.setBuddy(self.editor)
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
            NOTES_PLACEHOLDER if record_id is not None else NO_RECORD_PLACEHOLDER
        )
        self.state.setText(f"Saved {human_date(note.updated[:10])}" if note else "")

    def save(self) -> None:
        """Save the note in the editor now, if it changed."""
        self._timer.stop()
        record_id = self._record
        if not self._dirty or record_id is None:
            return
        text, base = self.editor.toPlainText(), self._base
        ok, result = self.user_file.change(NOTES, lambda d: d.save_note(record_id, text, base=base))
        if not ok or result is None:
            self.state.setText("Not saved")
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
            self.state.setText("Merged")
            self.status.emit(
                "This note was changed in another window: both versions are kept in it."
            )
        else:
            self.state.setText("Saved" if note else "Removed")
            self.status.emit(self.SAVED if note else "Note removed (it was empty).")
        self.saved.emit(record_id, note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return False

    def _on_typed(self) -> None:
        if self._loading or self._record is None:
            return
        self._dirty = True
        self.state.setText("Editing…")
        self._timer.start()
