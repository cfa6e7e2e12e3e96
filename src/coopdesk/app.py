"""The GUI's entry point: the only way in to ``coopdesk.ui`` from outside it.

``coopdesk gui`` (and the ``coopdesk-gui`` launcher) call ``run_gui``; tests and
embedders call ``create_main_window``. Qt is imported only when these run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.launch import GuiOptions

__all__ = ["GuiOptions", "create_main_window", "run_gui"]

if TYPE_CHECKING:
    from coopdesk.ui.mainwindow import MainWindow


def run_gui(options: GuiOptions) -> int:
    """Open the window (or, with ``screenshot``, save a picture of it); the exit code."""
    from coopdesk.ui.app import run_gui as run

    return int(run(options))


def create_main_window(
    db_path: Path | str | None = None, settings: Any = None, user_data: Path | str | None = None
) -> MainWindow:
    """The main window on ``db_path`` (default: the bundled database)."""
    from coopdesk.ui.app import create_main_window as create

    return create(db_path, settings, user_data)
