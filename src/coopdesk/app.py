"""The GUI's entry point: the only way in to ``coopdesk.ui`` from outside it.

``coopdesk gui`` (and the ``coopdesk-gui`` launcher) call ``run_gui``; tests and
embedders call ``create_main_window``. Qt is imported only when these run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopdesk.ui.mainwindow import MainWindow


@dataclass
class GuiOptions:
    """What ``coopdesk gui`` was asked for, as the person typed it."""

    db: Path | None = None
    agencies: list[str] = field(default_factory=list)
    offences: list[str] = field(default_factory=list)
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    text: str = ""
    select: str | None = None
    screenshot: Path | None = None
    qt_args: list[str] = field(default_factory=list)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.agencies or self.offences or self.text
            or self.year or self.year_from or self.year_to
        )  # fmt: skip


def run_gui(options: GuiOptions) -> int:
    """Open the window (or, with ``screenshot``, save a picture of it); the exit code."""
    from coopdesk.ui.app import run_gui as run

    return run(options)


def create_main_window(
    db_path: Path | str | None = None, settings: Any = None, user_data: Path | str | None = None
) -> MainWindow:
    """The main window on ``db_path`` (default: the bundled database)."""
    from coopdesk.ui.app import create_main_window as create

    return create(db_path, settings, user_data)
