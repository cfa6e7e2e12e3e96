"""The curation core's commands on a QUndoStack: one QUndoCommand for each, no more.

The commands (``coopdesk.curate.commands``) do the work and keep what undo needs; this
adapter only lets Qt's stack call them, so the Edit menu's Undo and Redo, their texts
and the clean state (nothing unsaved) come from Qt.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from coopdesk.curate.commands import Command
from coopdesk.curate.curation import CurationFile


class CurationCommand(QUndoCommand):
    def __init__(self, curation: CurationFile, command: Command) -> None:
        super().__init__(command.text)
        self.curation = curation
        self.command = command

    def redo(self) -> None:
        self.command.redo(self.curation)

    def undo(self) -> None:
        self.command.undo(self.curation)


def push(stack: QUndoStack, curation: CurationFile, command: Command) -> None:
    """Make the change (QUndoStack.push runs redo) and keep it for undo."""
    stack.push(CurationCommand(curation, command))
