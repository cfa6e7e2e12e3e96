"""What ships: the licence, a package description without broken links, AppStream data a
software centre can show, and a frozen app that says which glibc it needs.

Tries: the wheel's metadata as a package index shows it; the metainfo as software centres
read it; the frozen app's launcher on a system whose glibc is too old, as old as needed,
newer, or unknown. Must hold: the MIT licence is in the wheel; the description has no
image and no relative link; the metainfo names its developer for old and new AppStream,
a homepage, a screenshot from docs/, a content rating and this version's release; an old
glibc is refused in words with exit 2 before the program is loaded.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coopdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "resources" / "io.github.coopdesk.CoopDesk.metainfo.xml"
PACKAGING = ROOT / "packaging"


def test_metainfo_has_what_software_centres_show() -> None:
    import xml.etree.ElementTree as ET

    component = ET.parse(METAINFO).getroot()
    assert component.findtext("developer_name") == "CoopDesk developers"  # AppStream < 1.0
    assert component.findtext("developer/name") == "CoopDesk developers"
    assert (component.findtext("url[@type='homepage']") or "").startswith("https://")
    images = [i.text or "" for i in component.iterfind("screenshots/screenshot/image")]
    assert images and all(i.startswith("https://") for i in images)
    for image in images:  # each screenshot is one of docs/, as the repository serves it
        assert (ROOT / "docs" / image.rsplit("/docs/", 1)[1]).is_file()
    assert component.find("content_rating[@type='oars-1.1']") is not None
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert releases and releases[0] == __version__  # newest first


def test_wheel_carries_the_licence_and_a_description_without_broken_links(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        licence = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        assert archive.read(licence) == (ROOT / "LICENSE").read_bytes()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    text = metadata.decode("utf-8")
    assert re.search(r"^License(-Expression)?: MIT$", text, re.MULTILINE)
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    description = text.split("\n\n", 1)[1]
    assert "CoopDesk is an offline reference browser" in description
    # A package index shows the description without the repository's files: no image,
    # and no link that is not a full address.
    assert "![" not in description
    links = re.findall(r"\]\(([^)]*)\)", description)
    assert all(link.startswith("https://") for link in links), links


# ---------------------------------------------------------------------- the frozen app's glibc


def load_floor_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(PACKAGING))
    try:
        import glibc_floor
    finally:
        sys.path.remove(str(PACKAGING))
    return glibc_floor


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A frozen app's folder: launchers in front of programs that say they ran."""
    folder = tmp_path / "CoopDesk"
    folder.mkdir()
    for program in ("coopdesk", "coopdesk-gui"):
        binary = folder / f"{program}.bin"
        binary.write_text(f'#!/bin/sh\necho "{program} ran: $*"\n')
        binary.chmod(0o755)
    load_floor_module().write_launchers(folder, ["coopdesk", "coopdesk-gui"], "2.36")
    return folder


def run_with_glibc(
    app: Path, tmp_path: Path, glibc: str | None, *args: str, program: str = "coopdesk"
) -> subprocess.CompletedProcess[str]:
    """Run a launcher on a system whose ``getconf GNU_LIBC_VERSION`` says ``glibc``."""
    tools = tmp_path / "tools"
    tools.mkdir(exist_ok=True)
    getconf = tools / "getconf"
    answer = f'echo "glibc {glibc}"' if glibc else "exit 1"
    getconf.write_text(f"#!/bin/sh\n{answer}\n")
    getconf.chmod(0o755)
    env = {**os.environ, "PATH": f"{tools}:{os.environ['PATH']}"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [str(app / program), *args], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize("glibc", ["2.17", "2.28", "2.31", "2.35", "1.99"])
@pytest.mark.parametrize("program", ["coopdesk", "coopdesk-gui"])
def test_a_glibc_too_old_is_refused_in_words(
    app: Path, tmp_path: Path, glibc: str, program: str
) -> None:
    result = run_with_glibc(app, tmp_path, glibc, "--version", program=program)
    assert result.returncode == 2 and result.stdout == ""
    assert f"needs glibc 2.36 or newer, and this system has glibc {glibc}" in result.stderr
    assert "pip install coopdesk" in result.stderr


@pytest.mark.parametrize("glibc", ["2.36", "2.36.1", "2.39", "3.0", None, "unknown"])
def test_a_glibc_new_enough_or_unknown_runs_the_program(
    app: Path, tmp_path: Path, glibc: str | None
) -> None:
    result = run_with_glibc(app, tmp_path, glibc, "query", "--year", "2017")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "coopdesk ran: query --year 2017\n"


def test_the_launcher_works_through_a_link(app: Path, tmp_path: Path) -> None:
    link = tmp_path / "bin" / "coopdesk"
    link.parent.mkdir()
    link.symlink_to(app / "coopdesk")
    result = run_with_glibc(link.parent, tmp_path, "2.40", "--version")
    assert result.stdout == "coopdesk ran: --version\n"


def test_the_floor_is_the_newest_glibc_any_bundled_file_asks_for(tmp_path: Path) -> None:
    folder = tmp_path / "bundle"
    (folder / "lib").mkdir(parents=True)
    (folder / "a.so").write_bytes(b"\x7fELF....GLIBC_2.17\x00GLIBC_2.34\x00GLIBC_2.2.5\x00")
    (folder / "lib" / "b.so").write_bytes(b"\x7fELF....GLIBC_2.28\x00GLIBC_2.36\x00")
    (folder / "notes.txt").write_bytes(b"GLIBC_2.99\x00")  # not a program: not counted
    (folder / "link.so").symlink_to(folder / "a.so")
    floor = load_floor_module().floor
    assert floor(folder) == "2.36"
    assert floor(tmp_path / "bundle" / "lib") == "2.36"
    (folder / "lib" / "b.so").unlink()
    assert floor(folder) == "2.34"
    assert (tmp_path / "bundle").is_dir()
