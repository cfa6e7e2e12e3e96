"""CoopDesk as users get it: a wheel in a fresh virtual environment, and the frozen app.

Slow (minutes): ``make test-slow``. The first run downloads PySide6 and PyInstaller from
PyPI; pip's cache makes later runs quicker. Every program runs from an empty folder with
a throwaway home, so nothing can come from the checkout or the developer's settings.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from coopdesk import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT = 180
BUILD_TIMEOUT = 1200


def _run(
    command: list[str | Path], timeout: float = RUN_TIMEOUT, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=timeout, **kwargs
    )


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


class User:
    """A user with an empty home and an empty working folder, and no display."""

    def __init__(self, base: Path) -> None:
        self.home = base / "home"
        self.cwd = base / "work"
        runtime = base / "runtime"
        for folder in (self.home, self.cwd, runtime):
            folder.mkdir(parents=True)
        runtime.chmod(0o700)
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "QT_"))
        }
        self.env.update(HOME=str(self.home), XDG_RUNTIME_DIR=str(runtime))
        self.env["QT_QPA_PLATFORM"] = "offscreen"

    def run(self, *command: str | Path) -> subprocess.CompletedProcess[str]:
        return _ok(_run(list(command), cwd=self.cwd, env=self.env))

    def query_json(self, *coopdesk: str | Path) -> list[dict[str, object]]:
        records = json.loads(self.run(*coopdesk, "query", "--json").stdout)
        assert records, "the bundled database gave no records"
        return records  # type: ignore[no-any-return]

    def screenshot(self, *gui: str | Path) -> None:
        """``--screenshot`` writes a PNG of the window and nothing else to the folder."""
        self.run(*gui, "--screenshot", "window.png")
        assert [p.name for p in self.cwd.iterdir()] == ["window.png"]
        header = (self.cwd / "window.png").read_bytes()[:24]
        assert header.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert width >= 800 and height >= 600


@pytest.fixture
def user(tmp_path: Path) -> User:
    return User(tmp_path / "user")


@pytest.fixture(scope="module")
def expected_records() -> list[dict[str, object]]:
    """What the checkout's own CoopDesk answers, to compare installed copies with."""
    result = _ok(_run([sys.executable, "-m", "coopdesk", "query", "--json"], cwd=ROOT))
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CoopDesk's wheel, built as ``pip install .`` builds it, and the wheels it depends on.

    The dependencies are resolved from the wheel's own metadata once; each fresh venv then
    installs from here without asking the index again.
    """
    house = tmp_path_factory.mktemp("wheelhouse")
    pip = [sys.executable, "-m", "pip"]
    build = _run([*pip, "wheel", "--quiet", "--no-deps", "-w", house, ROOT], timeout=BUILD_TIMEOUT)
    _ok(build)
    (wheel,) = house.glob("coopdesk-*.whl")
    _ok(_run([*pip, "download", "--quiet", "--dest", house, wheel], timeout=BUILD_TIMEOUT))
    return house


def _fresh_venv(path: Path, wheelhouse: Path, *requirements: str, index: bool = False) -> Path:
    """A new virtual environment with ``requirements`` installed from the wheelhouse."""
    _ok(_run([sys.executable, "-m", "venv", "--without-pip", path]))
    python = path / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet"]
    sources = ["--find-links", wheelhouse] + ([] if index else ["--no-index"])
    _ok(_run([*pip, *sources, *requirements], timeout=BUILD_TIMEOUT))
    return path


@pytest.fixture(scope="module")
def venv(wheelhouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fresh_venv(tmp_path_factory.mktemp("install") / "venv", wheelhouse, "coopdesk")


def _snapshot(tree: Path) -> dict[str, tuple[int, int, int]]:
    """Every path below ``tree`` with its mode, size and modification time."""
    found = {}
    for path in [tree, *tree.rglob("*")]:
        info = path.lstat()
        found[str(path.relative_to(tree))] = (info.st_mode, info.st_size, info.st_mtime_ns)
    return found


def _set_writable(tree: Path, writable: bool) -> None:
    write_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        path.chmod((mode | stat.S_IWUSR) if writable else (mode & ~write_bits))


@pytest.fixture
def read_only_copy(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """Copies a tree, takes its write bits away (``chmod -R a-w``) and gives them back after."""
    made: list[Path] = []

    def copy(tree: Path) -> Path:
        target = tmp_path / "read-only" / tree.name
        shutil.copytree(tree, target, symlinks=True)
        _set_writable(target, False)
        made.append(target)
        return target

    yield copy
    for target in made:
        _set_writable(target, True)


def test_installed_coopdesk_answers_from_its_bundled_data_in_any_folder(
    venv: Path, user: User, expected_records: list[dict[str, object]]
) -> None:
    show_paths = "from coopdesk import paths; print(paths.bundled_db(), paths.resources_dir())"
    bundled = user.run(venv / "bin/python", "-c", show_paths).stdout
    for found in bundled.split():
        assert Path(found).is_relative_to(venv / "lib"), "not read from the installation"
        assert Path(found).exists()

    assert user.query_json(venv / "bin/coopdesk") == expected_records
    assert user.run(venv / "bin/python", "-m", "coopdesk", "--version").stdout.split() == [
        "CoopDesk",
        __version__,
    ]


def test_installed_coopdesk_saves_a_screenshot_of_the_window(venv: Path, user: User) -> None:
    user.screenshot(venv / "bin/coopdesk", "gui")


def test_read_only_installation_works_and_nothing_is_written_into_it(
    venv: Path,
    user: User,
    read_only_copy,
    expected_records: list[dict[str, object]],  # type: ignore[no-untyped-def]
) -> None:
    copy = read_only_copy(venv)
    before = _snapshot(copy)
    python = copy / "bin" / "python"
    # The copy's scripts name the original venv's Python in their first line; run them
    # with the copy's own so that the copy is what gets imported.
    where = user.run(python, "-c", "import coopdesk; print(coopdesk.__file__)").stdout
    assert Path(where.strip()).is_relative_to(copy)

    assert user.query_json(python, copy / "bin/coopdesk") == expected_records
    user.screenshot(python, copy / "bin/coopdesk", "gui")

    assert _snapshot(copy) == before


def test_frozen_app_runs_without_the_python_that_built_it(
    wheelhouse: Path,
    tmp_path: Path,
    user: User,
    read_only_copy: Callable[[Path], Path],
    expected_records: list[dict[str, object]],
) -> None:
    builder = _fresh_venv(tmp_path / "build-venv", wheelhouse, "coopdesk[dist]", index=True)
    build = _run(
        [builder / "bin/pyinstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", tmp_path / "dist", "--workpath", tmp_path / "build",
         ROOT / "packaging" / "coopdesk.spec"],
        cwd=tmp_path, timeout=BUILD_TIMEOUT,
    )  # fmt: skip
    _ok(build)
    shutil.rmtree(builder)

    app = read_only_copy(tmp_path / "dist" / "CoopDesk")
    before = _snapshot(app)
    assert user.run(app / "coopdesk", "--version").stdout.split() == ["CoopDesk", __version__]
    assert user.query_json(app / "coopdesk") == expected_records
    user.screenshot(app / "coopdesk", "gui")
    (user.cwd / "window.png").unlink()
    user.screenshot(app / "coopdesk-gui")  # the windowed program: always the window
    assert _snapshot(app) == before

    # On a system with an older glibc than the app needs, the launcher says so.
    floor = (app / "GLIBC-FLOOR").read_text(encoding="ascii").strip()
    major, minor = (int(p) for p in floor.split("."))
    tools = tmp_path / "old-system"
    tools.mkdir()
    (tools / "getconf").write_text(f'#!/bin/sh\necho "glibc {major}.{minor - 1}"\n')
    (tools / "getconf").chmod(0o755)
    old = _run([app / "coopdesk", "--version"], cwd=user.cwd,
               env={**user.env, "PATH": f"{tools}:{user.env['PATH']}"})  # fmt: skip
    assert old.returncode == 2 and f"needs glibc {floor} or newer" in old.stderr
