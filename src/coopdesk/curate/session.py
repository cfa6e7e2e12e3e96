"""A curation being worked on: the file, its undo history and its problems.

The window's QUndoStack will take the place of the history here; the rule stays the
same: every change, undo and redo is followed by the build's checks.
"""

from __future__ import annotations

from pathlib import Path

from coopdesk.build import Problem
from coopdesk.curate.commands import Command
from coopdesk.curate.curation import CurationFile
from coopdesk.curate.preview import check


class Session:
    """A curation file with undo and redo, checked after every change."""

    def __init__(self, curation: CurationFile) -> None:
        self.curation = curation
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self.problems: list[Problem] = check(curation)
        curation.listeners.append(self._recheck)

    @classmethod
    def for_document(cls, document: Path) -> Session:
        return cls(CurationFile.for_document(document))

    def _recheck(self) -> None:
        self.problems = check(self.curation)

    def push(self, command: Command) -> None:
        command.redo(self.curation)
        self._done.append(command)
        self._undone.clear()

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done.pop()
        command.undo(self.curation)
        self._undone.append(command)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone.pop()
        command.redo(self.curation)
        self._done.append(command)
        return True

    @property
    def undo_text(self) -> str | None:
        return self._done[-1].text if self._done else None

    @property
    def redo_text(self) -> str | None:
        return self._undone[-1].text if self._undone else None
