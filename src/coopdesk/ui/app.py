"""Starting the window: the application object, the no-display check, the screenshot."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from coopdesk import paths
from coopdesk.errors import CoopDeskError, OutputError
from coopdesk.fileio import report_saved, write_output
from coopdesk.launch import CurateOptions, GuiOptions

SCREENSHOT_SIZE = (1440, 900)


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform.split(":")[0] not in ("xcb", "wayland"):
        return True  # offscreen, minimal, vnc… or a platform of another OS
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application(qt_args: list[str] | None = None):  # type: ignore[no-untyped-def]
    """The QApplication, created once with CoopDesk's names and icon.

    ``qt_args``: standard Qt options (-style fusion, -reverse…) for Qt to read.
    """
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _route_qt_messages()
        app = QApplication([sys.argv[0] if sys.argv else "coopdesk", *(qt_args or [])])
    app.setOrganizationName("CoopDesk")
    app.setApplicationName("CoopDesk")
    app.setApplicationDisplayName("CoopDesk")
    # Lets Wayland docks tie the window to its launcher and icon.
    app.setDesktopFileName("io.github.coopdesk.CoopDesk")
    from coopdesk import __version__

    app.setApplicationVersion(__version__)
    icon = paths.resources_dir() / "icons" / "coopdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from coopdesk.ui.contrast import KeepReadable

    if app.findChild(KeepReadable) is None:
        KeepReadable(app)  # text at 4.5:1 whatever palette the desktop gives
    return app


def _route_qt_messages() -> None:
    """Qt's own warnings go to the log, not to a console the user may not see."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("coopdesk.qt")

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        level = logging.DEBUG if kind == QtMsgType.QtDebugMsg else logging.INFO
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def create_main_window(db_path: Path | str | None = None, settings=None, user_data=None):  # type: ignore[no-untyped-def]
    """The main window on ``db_path`` (default: the bundled database), for embedding and tests.

    ``settings`` is a QSettings to remember the window in; None remembers nothing.
    ``user_data`` is the file of the user's notes, bookmarks and views; by default the
    one in the user's data folder, or none kept at all when ``settings`` is None.
    A database that cannot be opened leaves the window open with the reason shown.
    """
    application()
    from coopdesk.ui.mainwindow import MainWindow
    from coopdesk.userdata import MEMORY

    if user_data is None:
        user_data = paths.user_data_file() if settings is not None else MEMORY
    window = MainWindow(settings, user_data)
    if window.open_database(Path(db_path) if db_path is not None else paths.bundled_db()):
        window.controller.set_filters(window.saved_filters())
        window.restore_last_view()
    return window


def run_gui(options: GuiOptions) -> int:
    """``coopdesk gui``: the window, or with --screenshot a PNG of it."""
    screenshot: Path | None = options.screenshot
    if screenshot is not None and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "coopdesk: no display available. Run it on a desktop, use the command line "
            "(coopdesk query, show, search, facets), or make a picture with "
            "'coopdesk gui --screenshot out.png'.",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtCore import QSettings, QTimer

    from coopdesk.ui.crash import CrashHandler

    app = application(options.qt_args)
    # What Qt did not take as one of its own options is nobody's: say so, like argparse.
    unknown = [a for a in app.arguments()[1:] if a in options.qt_args]
    if unknown:
        print(f"coopdesk gui: unrecognised arguments: {' '.join(unknown)}", file=sys.stderr)
        return 2
    handler = CrashHandler(app)
    handler.install()
    # A screenshot has nobody to click a dialog away: errors end it with one line instead.
    handler.show_dialogs = screenshot is None
    user_data = None
    if screenshot is not None:
        # A screenshot never reads or writes the user's settings, notes or bookmarks.
        scratch = tempfile.TemporaryDirectory()
        settings = QSettings(str(Path(scratch.name) / "s.ini"), QSettings.Format.IniFormat)
        user_data = Path(scratch.name) / "user.db"
    else:
        settings = QSettings()
    from coopdesk.ui.language import chosen_language, install_language

    # A screenshot's settings are new: Preferences cannot choose its language, --lang can.
    wanted = chosen_language(settings, options.lang)
    if install_language(wanted) != wanted and options.lang:
        print(
            f"coopdesk gui: the {wanted!r} translation is not installed; the window is in English.",
            file=sys.stderr,
        )
    window = create_main_window(options.db, settings, user_data)
    if screenshot is None:
        from coopdesk.ui.session import end_gracefully

        # A SIGTERM or the end of the desktop session saves like a normal quit.
        end_gracefully(app, window.save_state)
    store = window.controller.store
    if store is not None:
        if options.has_filters:
            window.controller.set_filters(
                store.resolve_filters(
                    agencies=options.agencies, offences=options.offences, year=options.year,
                    year_from=options.year_from, year_to=options.year_to, text=options.text,
                    documents=options.documents,
                    stated_only=options.stated_only,
                )
            )  # fmt: skip
        if options.select:
            window.select_record(options.select)
    if screenshot is not None:
        try:
            if window.load_error:
                raise CoopDeskError(window.load_error)
            return _screenshot(app, window, screenshot)
        finally:
            scratch.cleanup()  # the screenshot's throwaway settings and notes
    if os.environ.get("COOPDESK_EXIT_AFTER_PAINT") or os.environ.get("COOPDESK_SAY_PAINTED"):
        # For bench/ and the tests that end a real run: say when the window is up.
        _exit_after_first_paint(app, window, quit=bool(os.environ.get("COOPDESK_EXIT_AFTER_PAINT")))
    window.show()
    if window.load_error:
        QTimer.singleShot(0, window.show_load_error)
    return int(app.exec())


def create_curate_window(document: Path, curation: Path | None = None):  # type: ignore[no-untyped-def]
    """A Curate window (not shown) on a document and its curation; CurationError if unusable."""
    from coopdesk.curate.curation import CurationFile
    from coopdesk.ui.curate.window import CurateWindow

    application()
    return CurateWindow(CurationFile.for_document(document, curation))


def run_curate(options: CurateOptions) -> int:
    """``coopdesk curate DOC.txt``: the Curate window, or with --screenshot a PNG of it."""
    from coopdesk.curate.curation import CurationFile

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
    from coopdesk.ui.curate.start import ready_for_screenshot
    from coopdesk.ui.curate.window import CurateWindow

    app = application(options.qt_args)
    unknown = [a for a in app.arguments()[1:] if a in options.qt_args]
    if unknown:
        print(f"coopdesk curate: unrecognised arguments: {' '.join(unknown)}", file=sys.stderr)
        return 2
    handler = CrashHandler(app)
    handler.install()
    handler.show_dialogs = options.screenshot is None
    if options.screenshot is None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QWidget

        from coopdesk.ui.preferences import Preferences

        # The theme the user chose in the main window's Preferences (a picture keeps Qt's),
        # before the window is made, so that everything in it is made in it.
        holder = QWidget()
        Preferences(QSettings(), holder).apply()
        holder.deleteLater()
    window = CurateWindow(curation)
    if options.screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        ready_for_screenshot(app, window, options.select)
        return _screenshot(app, window, options.screenshot)
    window.show()
    if options.select:
        window.show_record(options.select)
    return int(app.exec())


def _exit_after_first_paint(app, window, quit: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Print 'painted' and the peak memory once the window has painted; then quit, or not."""
    import resource

    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                print(f"painted maxrss_kib={peak}", flush=True)
                if quit:
                    QTimer.singleShot(0, app.quit)
            return False

    from PySide6.QtCore import QTimer

    probe = Probe(window)
    window.installEventFilter(probe)


def _screenshot(app, window, path: Path) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QEventLoop, QIODevice, QTimer

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    # A large database answers off the window's thread: wait (bounded) for the answer to
    # the filters asked for, so that the picture is of the data, not of "Updating…".
    controller = getattr(window, "controller", None)  # the Curate window has none
    if controller is not None and controller.store is not None:
        waiting = QEventLoop()
        given_up = QTimer()
        given_up.setSingleShot(True)
        given_up.timeout.connect(waiting.quit)
        given_up.start(60_000)
        controller.snapshotChanged.connect(lambda _snap: waiting.quit())
        controller.problem.connect(lambda _text: waiting.quit())
        while given_up.isActive() and (
            controller.snapshot is None or controller.snapshot.filters != controller.filters
        ):
            waiting.exec()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OutputError(f"{path}: the screenshot could not be made.")
    write_output(path, bytes(buffer.data().data()), what="screenshot")
    window.close()
    report_saved(path, f"{image.width()}×{image.height()}")
    return 0
