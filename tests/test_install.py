"""What an installation ships: the launcher files, the icons and the wheel's contents.

The validators come from Debian's desktop-file-utils and appstream; where they are not
installed, the tests that need them skip (.ci/run installs them, and in CI a skip fails).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
APP_ID = "io.github.coopdesk.CoopDesk"
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""  # not even a hint


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_launcher_metainfo_and_scripts_name_the_same_application() -> None:
    import xml.etree.ElementTree as ET

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID == DESKTOP_FILE.stem
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name

    entry = _desktop_entry(DESKTOP_FILE)
    assert (RESOURCES / "icons" / f"{entry['Icon']}.svg").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Exec"].split()[0] in project["gui-scripts"]
    provided = {b.text for b in component.iterfind("provides/binary")}
    assert provided == set(project["scripts"]) | set(project["gui-scripts"])


def test_icon_pngs_are_up_to_date_renders_of_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_wheel_ships_database_source_and_icons(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert archive.read("coopdesk/data/coop.db") == (ROOT / "data" / "coop.db").read_bytes()
        entry_points = archive.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        ).decode()
    sources = {n for n in names if n.startswith("coopdesk/data/source/") and n.endswith(".txt")}
    assert sources == {
        f"coopdesk/data/source/{p.name}" for p in (ROOT / "data" / "source").glob("*.txt")
    }
    assert sources
    assert "coopdesk/resources/icons/coopdesk.svg" in names
    for size in ICON_SIZES:
        assert f"coopdesk/resources/icons/hicolor/{size}x{size}/apps/coopdesk.png" in names
    assert f"coopdesk/resources/{DESKTOP_FILE.name}" in names
    assert "coopdesk = coopdesk.cli:main" in entry_points
    assert "coopdesk-gui = coopdesk.cli:gui_main" in entry_points


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    return tmp_path / "share"


def _make(target: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    make = _tool("make")
    bin_dir = Path(sys.executable).parent
    # -o: use the venv that runs these tests as it is, without reinstalling into it.
    return subprocess.run(
        [make, "-C", str(ROOT), "-o", ".venv/.installed", target,
         f"XDG_DATA_HOME={data_home}", f"BIN={bin_dir}"],
        capture_output=True,
        text=True,
    )  # fmt: skip


def test_install_desktop_adds_a_working_launcher_and_icons(data_home: Path, tmp_path: Path) -> None:
    result = _make("install-desktop", data_home)
    assert result.returncode == 0, result.stdout + result.stderr

    launcher = data_home / "applications" / DESKTOP_FILE.name
    entry = _desktop_entry(launcher)
    assert entry["Icon"] == "coopdesk"
    for size in ICON_SIZES:
        assert (data_home / f"icons/hicolor/{size}x{size}/apps/coopdesk.png").is_file()
    assert (data_home / "icons/hicolor/scalable/apps/coopdesk.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True)
        assert check.returncode == 0, check.stdout

    # What a double-click runs, from another folder: here it draws the window to a file.
    command = entry["Exec"].strip('"')
    assert Path(command).is_absolute() and os.access(command, os.X_OK)
    home = tmp_path / "home"
    home.mkdir()
    run = subprocess.run(
        [command, "--screenshot", "launched.png"],
        cwd=home,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert [p.name for p in home.iterdir()] == ["launched.png"]
    assert (home / "launched.png").read_bytes().startswith(b"\x89PNG")


def test_uninstall_desktop_removes_everything_install_added(data_home: Path) -> None:
    assert _make("install-desktop", data_home).returncode == 0
    result = _make("uninstall-desktop", data_home)
    assert result.returncode == 0, result.stdout + result.stderr

    left = [p for p in data_home.rglob("*") if "coopdesk" in p.name.lower()]
    assert left == []
    assert list(data_home.rglob("*")) == []  # and no empty folder it made


def test_uninstall_desktop_keeps_what_other_programs_put_there(data_home: Path) -> None:
    other = data_home / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    theirs = data_home / "icons/hicolor/48x48/apps/other.png"
    theirs.parent.mkdir(parents=True)
    theirs.write_bytes(b"png")
    assert _make("install-desktop", data_home).returncode == 0
    assert _make("uninstall-desktop", data_home).returncode == 0
    assert other.read_text() == "[Desktop Entry]\n" and theirs.read_bytes() == b"png"
    assert not (data_home / "metainfo").exists()
    assert not (data_home / "icons/hicolor/scalable").exists()
