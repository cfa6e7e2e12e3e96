"""Printed records and briefing packs from the command line, read back with pypdf."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip


def text_of(path: Path) -> list[str]:
    """Each page's text, white space folded."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def brief_2017(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("brief") / "brief.pdf"
    result = run("brief", "--year", "2017", "-o", str(out), "--marking", "FOR OFFICIAL USE")
    assert result.returncode == 0, result.stderr
    return out


def test_record_pdf_holds_title_date_place_and_quotes(tmp_path: Path) -> None:
    out = tmp_path / "rec.pdf"
    result = run("print", "event/2017-09-27-the-hague", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = text_of(out)
    text = " ".join(pages)
    assert "Meeting of Ministry of Interior experts and Europol" in text
    assert "27 September 2017" in text
    assert "The Hague" in text
    assert "took place in the margins of the 5th Europol-Interpol Cybercrime Conference" in text
    assert "¶5" in text
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
        assert "Source: Fight against transnational crime and terrorism" in page


def test_record_pdf_has_no_links_and_embeds_its_fonts(tmp_path: Path) -> None:
    out = tmp_path / "rec.pdf"
    assert run("print", "event/2018-02-08-ct-talks-round-3", "-o", str(out)).returncode == 0
    reader = PdfReader(out)
    for page in reader.pages:
        # Related records are plain text on paper: no link annotations.
        for annot in page.get("/Annots") or []:
            assert annot.get_object().get("/Subtype") != "/Link"
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"] if descendants
                else font["/FontDescriptor"]
            )  # fmt: skip
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_brief_2017_holds_the_three_meetings_and_nothing_else(brief_2017: Path) -> None:
    pages = text_of(brief_2017)
    text = " ".join(pages)
    # A long title may break after a hyphen ("counter- terrorism" once white space is folded).
    assert "Second round of Russia–EU high-level counter-terrorism talks" in text.replace("- ", "-")
    assert "Expert consultations" in text
    assert "Meeting of Ministry of Interior experts and Europol" in text
    # Other years appear only as related records, never as a section's date.
    assert re.findall(r"Date (\d+ \w+ \d{4})", text) == [
        "8 February 2017",
        "13 July 2017",
        "27 September 2017",
    ]
    assert "Cooperation Agreement between" not in text
    assert "Index of agencies" in text and "Index of offence types" in text
    # Copied text reads as typed: no ligature characters.
    assert not {"\ufb00", "\ufb01", "\ufb02"} & set(text)
    assert "Records 3" in pages[0]
    assert "year 2017" in pages[0]


def test_brief_pages_are_numbered_and_marked(brief_2017: Path) -> None:
    pages = text_of(brief_2017)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
        assert page.count("FOR OFFICIAL USE") == 2


def test_brief_cover_has_the_timeline_as_vector_drawing(brief_2017: Path) -> None:
    cover = PdfReader(brief_2017).pages[0]
    content = cover.get_contents()
    assert content is not None
    data = content.get_data()
    # Vector paths: moveto/lineto/curve operators, and the timeline's lane names as text.
    assert data.count(b" l\n") + data.count(b" c\n") > 20
    text = " ".join((cover.extract_text() or "").split())
    assert "Expert meetings" in text and "2017" in text


def test_unwritable_output_is_one_line_and_leaves_no_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)
    # Root writes through permissions: /proc refuses new files even to root.
    folder = Path("/proc") if os.geteuid() == 0 else locked
    try:
        result = run("print", "event/2017-09-27-the-hague", "-o", str(folder / "cd-test.pdf"))
    finally:
        os.chmod(locked, stat.S_IRWXU)
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (folder / "cd-test.pdf").exists()
    assert not list(folder.glob(".cd-test.pdf*"))


def test_missing_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("brief", "--year", "2017", "-o", str(tmp_path / "nope" / "b.pdf"))
    assert result.returncode == 2
    assert "the folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr
