"""Opening the Curate window: on a document from the command line (ready for a
screenshot once its first build is in), or from the main window's File > Curate Document…"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from coopdesk import paths
from coopdesk.errors import CoopDeskError, OutputError
from coopdesk.i18n import translate
from coopdesk.ui.actions import make_action
from coopdesk.ui.curate.window import CurateWindow, open_curate_window
from coopdesk.ui.plain import message_box

READY_WITHIN_S = 120  # a screenshot waits this long at most for the first build


def curate_action(window: QMainWindow) -> QAction:
    """File > Curate Document…: choose a document, open a Curate window on it."""

    def choose() -> None:
        name, _ = QFileDialog.getOpenFileName(
            window, translate("CurateStart", "Curate a document"), str(paths.source_dir()),
            translate("CurateStart", "Documents (*.txt);;All files (*)"),
        )  # fmt: skip
        if name:
            open_curate_window(
                Path(name),
                window,
                lambda title, text: message_box(
                    window, QMessageBox.Icon.Warning, title, text
                ).exec(),
            )

    return make_action(
        window, translate("CurateStart", "C&urate Document…"), choose,
        tip=translate("CurateStart", "Open a source document and its curation in a Curate window"),
    )  # fmt: skip


def ready_for_screenshot(app: QApplication, window: CurateWindow, select: str | None) -> None:
    """Wait for the first check, build and Suggest pass; show ``select``; never ask to save."""
    deadline = time.monotonic() + READY_WITHIN_S
    while window.builds.pending() or window.suggester.pending():
        if time.monotonic() > deadline:
            raise OutputError("the preview did not build in time for the screenshot.")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    if select:
        window.show_record(select)
        if window.browser.controller.current is None:
            raise CoopDeskError(f"no record '{select}' in the curation.")
    # A picture changes nothing: a new curation is not offered for saving.
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
