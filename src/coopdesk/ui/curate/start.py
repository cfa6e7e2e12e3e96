"""Opening the Curate window: ``coopdesk curate DOC.txt``, its screenshot, and the main
window's File > Curate Document… action."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from coopdesk import paths
from coopdesk.curate.curation import CurationFile
from coopdesk.errors import CoopDeskError, OutputError
from coopdesk.fileio import report_saved, write_output
from coopdesk.launch import CurateOptions
from coopdesk.ui.actions import make_action
from coopdesk.ui.app import SCREENSHOT_SIZE, _has_display, application
from coopdesk.ui.curate.window import CurateWindow, open_curate_window

READY_WITHIN_S = 120  # a screenshot waits this long at most for the first build


def create_curate_window(document: Path, curation: Path | None = None) -> CurateWindow:
    """A Curate window (not shown) on a document and its curation; CurationError if unusable."""
    application()
    return CurateWindow(CurationFile.for_document(document, curation))


def curate_action(window: QMainWindow) -> QAction:
    """File > Curate Document…: choose a document, open a Curate window on it."""

    def choose() -> None:
        name, _ = QFileDialog.getOpenFileName(
            window, "Curate a document", str(paths.source_dir()),
            "Documents (*.txt);;All files (*)",
        )  # fmt: skip
        if name:
            open_curate_window(
                Path(name), window, lambda title, text: QMessageBox.warning(window, title, text)
            )

    return make_action(
        window, "C&urate Document…", choose,
        tip="Open a source document and its curation in a Curate window",
    )  # fmt: skip


def run_curate(options: CurateOptions) -> int:
    """``coopdesk curate DOC.txt``: the window, or with --screenshot a PNG of it."""
    import os

    # A bad document or curation is one line on the command line, before any window.
    curation = CurationFile.for_document(options.document, options.curation)
    if options.screenshot is not None and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "coopdesk: no display available. Run it on a desktop, or make a picture with "
            "'coopdesk curate DOC.txt --screenshot out.png'.",
            file=sys.stderr,
        )
        return 2
    from coopdesk.ui.crash import CrashHandler

    app = application(options.qt_args)
    unknown = [a for a in app.arguments()[1:] if a in options.qt_args]
    if unknown:
        print(f"coopdesk curate: unrecognised arguments: {' '.join(unknown)}", file=sys.stderr)
        return 2
    handler = CrashHandler(app)
    handler.install()
    handler.show_dialogs = options.screenshot is None
    window = CurateWindow(curation)
    if options.screenshot is not None:
        return _screenshot(app, window, options.screenshot, options.select)
    window.show()
    if options.select:
        window.show_record(options.select)
    return int(app.exec())


def _wait_until_ready(app: QApplication, window: CurateWindow) -> None:
    deadline = time.monotonic() + READY_WITHIN_S
    while window.builds.pending() or window.suggester.pending():
        if time.monotonic() > deadline:
            raise OutputError("the preview did not build in time for the screenshot.")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _screenshot(app: QApplication, window: CurateWindow, path: Path, select: str | None) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    _wait_until_ready(app, window)
    if select:
        window.show_record(select)
        if window.browser.controller.current is None:
            raise CoopDeskError(f"no record '{select}' in the curation.")
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OutputError(f"{path}: the screenshot could not be made.")
    write_output(path, bytes(buffer.data().data()), what="screenshot")
    # A picture changes nothing: a new curation is not offered for saving.
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    window.close()
    report_saved(path, f"{image.width()}×{image.height()}")
    return 0
