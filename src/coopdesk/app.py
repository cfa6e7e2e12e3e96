"""The GUI's entry point: the only way in to ``coopdesk.ui`` from outside it.

``coopdesk gui`` (and the ``coopdesk-gui`` launcher) call ``run_gui``; tests and
embedders call ``create_main_window``. Qt is imported only when these run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.launch import CurateOptions, GuiOptions

__all__ = ["CurateOptions", "GuiOptions", "create_curate_window", "create_main_window",
           "run_curate", "run_gui"]  # fmt: skip

if TYPE_CHECKING:
    from coopdesk.ui.curate.window import CurateWindow
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


def run_curate(options: CurateOptions) -> int:
    """Open the Curate window on a document (or, with ``screenshot``, save a picture of it)."""
    from coopdesk.ui.app import run_curate as run

    return int(run(options))


def create_curate_window(document: Path, curation: Path | None = None) -> CurateWindow:
    """The Curate window on ``document`` and its curation (by default the one beside it)."""
    from coopdesk.ui.app import create_curate_window as create

    return create(document, curation)
