"""Shared fixtures: a fresh build of the bundled source in a temporary folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.build import build
from coopdesk.store import Store

ROOT = Path(__file__).resolve().parent.parent


def doctored_copy(database: Path, target: Path, sql: str) -> Path:
    """A copy of ``database`` at ``target`` with ``sql`` applied to it."""
    shutil.copy(database, target)
    conn = sqlite3.connect(target)
    try:
        conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()
    return target


@pytest.fixture
def read_only_db(built_db: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the build in a folder that neither it nor the folder can be written in."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    shutil.copy(built_db, folder / "coop.db")
    os.chmod(folder / "coop.db", stat.S_IRUSR)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield folder / "coop.db"
    finally:
        os.chmod(folder, stat.S_IRWXU)


@pytest.fixture
def source_copy(tmp_path: Path) -> Path:
    """A writable copy of data/source, for tests that doctor the curation."""
    target = tmp_path / "source"
    shutil.copytree(paths.source_dir(), target)
    return target


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled source built afresh, once per session."""
    out = tmp_path_factory.mktemp("built") / "coop.db"
    build(paths.source_dir(), out)
    return out


FICTITIOUS = ROOT / "tests" / "data" / "fictitious"


@pytest.fixture(scope="session")
def two_documents_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled source and the fictitious test document built into one database."""
    folder = tmp_path_factory.mktemp("two-documents")
    source = folder / "source"
    shutil.copytree(paths.source_dir(), source)
    for path in FICTITIOUS.iterdir():
        shutil.copy(path, source / path.name)
    build(source, folder / "two.db")
    return folder / "two.db"


@pytest.fixture
def store(built_db: Path) -> Iterator[Store]:
    with Store(built_db) as opened:
        yield opened


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def user_data_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's notes file, beside (not inside) the test's tmp_path, which tests list."""
    return tmp_path_factory.mktemp("user-data") / "user.db"


@pytest.fixture(autouse=True)
def _no_real_user_folder(
    monkeypatch: pytest.MonkeyPatch, user_data_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tests never touch the user's own folder: notes, logs and settings go to temporary ones."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.setattr(paths, "user_data_file", lambda: user_data_path)


@pytest.fixture
def window(qtbot, built_db: Path, settings_path: Path, user_data_path: Path):  # type: ignore[no-untyped-def]
    """The main window on a fresh build, with settings and user data in temporary files."""
    from PySide6.QtCore import QSettings

    from coopdesk.app import create_main_window

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    win = create_main_window(built_db, settings, user_data_path)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True, scope="session")
def _empty_clipboard_at_exit() -> Iterator[None]:
    """Qt's offscreen clipboard crashes at interpreter exit while it holds data (a Qt
    platform-plugin bug; the real X11 clipboard does not), so empty it at the end."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI (CI=1, set by .ci/run) a skipped test is a failure: CI installs every tool the
    tests need, so a skip there means something is missing that users would miss too."""
    if not os.environ.get("CI") or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped:
        if reporter is not None:
            reporter.write_line(f"CI: {len(skipped)} test(s) skipped; a skip fails CI.", red=True)
            for report in skipped:
                reporter.write_line(f"  skipped: {report.nodeid}: {report.longrepr}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from the working tree the way ``pip install .`` builds it."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("coopdesk-*.whl")
    return built


@pytest.fixture
def russian() -> Iterator[None]:
    """The Russian translation installed for the test, and English again after it."""
    from coopdesk.ui.language import install_language, reset_language

    assert install_language("ru") == "ru"
    try:
        yield
    finally:
        reset_language()


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic collection of 3 000 events: large enough to be paged and counted."""
    from coopdesk.synth import synthesize

    path = tmp_path_factory.mktemp("large") / "large.db"
    synthesize(path, events=3000, seed=11)
    return path


LARGE_PAGE = 40  # records a dated group of the large window lists at a time


@pytest.fixture
def large_window(qtbot, large_db: Path, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The window on the large collection, made to behave as on a much larger one: pages
    of ``LARGE_PAGE`` records, a timeline drawn from counts, work off the GUI thread."""
    from PySide6.QtCore import QSettings

    from coopdesk import browse
    from coopdesk.app import create_main_window
    from coopdesk.timeline import source
    from coopdesk.ui.controller import Controller

    monkeypatch.setattr(Controller, "LARGE", 1000)
    monkeypatch.setattr(browse, "PAGE", LARGE_PAGE)
    monkeypatch.setattr(source, "CAP_RECORDS", 200)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = create_main_window(large_db, settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=10_000)
    yield window
    qtbot.waitUntil(lambda: window.controller.pool.activeThreadCount() == 0, timeout=10_000)
