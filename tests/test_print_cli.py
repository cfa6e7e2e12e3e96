"""Record pages and briefing packs from the command line, read back as a recipient would.

pypdf reads the text layer, the outline, the structure tree, the fonts and the XMP
metadata; the contents and the index are checked against the pages their records are on.
"""

from __future__ import annotations

import itertools
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
HAGUE = "event/2017-09-27-the-hague"
MARKING = "FOR OFFICIAL USE"
NOTE = "Ask the desk officer about the Cybercrime Conference."


def run(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


def page_texts(path: Path) -> list[str]:
    """Each page's text, white space folded."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def outline_titles(items: list) -> list[str]:  # type: ignore[type-arg]
    out: list[str] = []
    for item in items:
        out += outline_titles(item) if isinstance(item, list) else [item.title]
    return out


@pytest.fixture(scope="module")
def notes_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from coopdesk.userdata import UserData

    path = tmp_path_factory.mktemp("user") / "user.db"
    with UserData(path) as data:
        data.set_note(HAGUE, NOTE)
    return path


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory, notes_file: Path) -> Path:
    """Every dated record of the bundled data, with a marking and the user's notes."""
    out = tmp_path_factory.mktemp("pack") / "pack.pdf"
    result = run(
        "brief", "-o", str(out), "--marking", MARKING, "--paper", "a4",
        "--notes", "--user-data", str(notes_file),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def brief_2017(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("brief") / "brief.pdf"
    result = run("brief", "--year", "2017", "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def record_titles() -> list[str]:
    from coopdesk import paths
    from coopdesk.store import Store

    with Store(paths.bundled_db()) as store:
        return [r.title for r in store.dated()]


def record_pages(pages: list[str], count: int) -> dict[int, int]:
    """The page (from 1) each record's section starts on: its "Record n of N" line."""
    found: dict[int, int] = {}
    for number, text in enumerate(pages, 1):
        for n in re.findall(rf"Record (\d+) of {count}\b", text):
            found[int(n)] = number
    assert sorted(found) == list(range(1, count + 1))
    return found


# ---------------------------------------------------------------------- structure


def test_pack_has_cover_contents_records_and_index(pack: Path, record_titles) -> None:  # type: ignore[no-untyped-def]
    pages = page_texts(pack)
    cover = pages[0]
    assert "Briefing pack" in cover
    assert "Filters none: every dated record" in cover
    assert f"Records {len(record_titles)}" in cover
    assert "Fight against transnational crime and terrorism (undated; the latest date it " \
        "reports is 8 February 2018)" in cover  # fmt: skip
    assert "Data version curated 28 November 2026" in cover
    assert "How to read this pack" in cover
    assert "Contents" in pages[1]
    assert any(p.startswith(f"{MARKING} Briefing pack Index") for p in pages)
    text = " ".join(pages)
    assert "none (every dated record)" not in text
    for title in record_titles:
        assert title in text


def test_every_page_has_its_header_footer_and_marking(pack: Path) -> None:
    pages = page_texts(pack)
    for number, text in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in text
        assert text.count(MARKING) == 2
        assert "Source: Fight against transnational crime and terrorism · printed" in text
        if number > 1:
            assert text.startswith(f"{MARKING} Briefing pack ")


def test_contents_points_at_the_pages_the_records_are_on(pack: Path, record_titles) -> None:  # type: ignore[no-untyped-def]
    pages = page_texts(pack)
    starts = record_pages(pages, len(record_titles))
    contents = pages[1]
    for n, title in enumerate(record_titles, 1):
        match = re.search(re.escape(title) + r"[ .]*?(\d+)(?!\d)", contents)
        assert match, title
        assert int(match.group(1)) == starts[n], title
        assert title in pages[starts[n] - 1]


def test_index_gives_the_pages_of_the_records_that_name_each_term(pack: Path) -> None:
    from coopdesk import paths
    from coopdesk.model import Filters
    from coopdesk.paper.document import PaperOptions, pack_document
    from coopdesk.store import Store

    with Store(paths.bundled_db()) as store:
        document = pack_document(store, Filters(), PaperOptions())
    pages = page_texts(pack)
    starts = record_pages(pages, len(document["records"]))
    index_text = " ".join(p for p in pages if "Index Page numbers lead" in p)
    checked = 0
    for group in document["index"]:
        for term in group["terms"]:
            want = sorted({starts[i + 1] for i, _inferred in term["refs"]})
            match = re.search(re.escape(term["name"]) + r"[ .]*((?:\d+, )*\d+)", index_text)
            assert match, term["name"]
            got = [int(x) for x in match.group(1).split(", ")]
            assert got == want, term["name"]
            titles = [document["records"][i]["title"] for i, _inferred in term["refs"]]
            for page in got:  # the page the index names holds a record's title
                assert any(title in pages[page - 1] for title in titles), (term["name"], page)
            checked += 1
    assert checked >= 20
    assert {"Agencies", "Offence types", "People", "Places"} <= set(
        g["heading"] for g in document["index"]
    )


def test_two_records_on_one_date_are_told_apart_by_page(pack: Path) -> None:
    """The 2014 summit and its Joint Statement share 28 January 2014: each has its page."""
    pages = page_texts(pack)
    summit = next(i for i, p in enumerate(pages) if "Russia–EU Summit in Brussels Summit" in p)
    statement = next(
        i for i, p in enumerate(pages) if "Joint Statement on Combating Terrorism (2014) Instr" in p
    )
    assert summit >= 0 and statement >= 0


def test_no_line_of_the_text_layer_is_printed_twice_across_a_page_break(pack: Path) -> None:
    """The old engine kept the line cut at a page break, hidden, on both pages."""
    reader = PdfReader(pack)
    furniture = re.compile(rf"^({MARKING}|Briefing pack.*|Source: .*|page \\d+ of \\d+)$")

    def body(page) -> list[str]:  # type: ignore[no-untyped-def]
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
        return [line for line in lines if line and not furniture.match(line)]

    bodies = [body(p) for p in reader.pages]
    for number, (before, after) in enumerate(itertools.pairwise(bodies), 1):
        assert before and after
        # A citation line ("…, ¶4") may well end one page and start the next: skip those.
        last = [line for line in before if not re.search(r", ¶\d+$", line)][-1]
        first = next(line for line in after if not re.search(r", ¶\d+$", line))
        assert last != first, f"page {number} and {number + 1}"


def test_a_quote_and_the_line_that_places_it_share_a_page(pack: Path) -> None:
    """No page opens with a source's citation line ("…, ¶4") cut off from its quote."""
    furniture = re.compile(rf"^({MARKING}|Briefing pack.*)$")
    for number, page in enumerate(PdfReader(pack).pages, 1):
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
        first = next(line for line in lines if line and not furniture.match(line))
        assert not re.search(r", ¶\d+$", first), f"page {number} opens with {first!r}"


def test_outline_has_an_entry_per_record_and_section(pack: Path, record_titles) -> None:  # type: ignore[no-untyped-def]
    titles = outline_titles(PdfReader(pack).outline)
    for title in record_titles:
        assert title in titles
    for section in ("Briefing pack", "Contents", "Records", "Index", "Agencies", "Places"):
        assert section in titles
    assert "Sources" not in titles


def test_pack_is_tagged_with_language_and_identified_as_pdfa_and_pdfua(pack: Path) -> None:
    reader = PdfReader(pack)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"])
    tree = root["/StructTreeRoot"].get_object()
    assert "/K" in tree and "/ParentTree" in tree
    xmp = root["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>2</pdfaid:part>" in xmp
    assert b"<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert b"<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "/OutputIntents" in root
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Briefing pack" and meta.author == "CoopDesk"
    assert "records of Fight against transnational crime" in (meta.subject or "") or \
        "Every dated record" in (meta.subject or "")  # fmt: skip
    assert "Europol" in str(meta.get("/Keywords"))


def structure_roles(node, found: set[str], depth: int = 0) -> set[str]:  # type: ignore[no-untyped-def]
    node = node.get_object()
    if isinstance(node, list):
        for kid in node:
            structure_roles(kid, found, depth)
        return found
    if hasattr(node, "get") and depth < 60:
        if "/S" in node:
            found.add(str(node["/S"]))
        if "/K" in node:
            structure_roles(node["/K"], found, depth + 1)
    return found


def test_structure_tree_has_headings_lists_quotes_and_a_figure_with_alt_text(pack: Path) -> None:
    root = PdfReader(pack).trailer["/Root"]
    tree = root["/StructTreeRoot"].get_object()
    roles = structure_roles(tree["/K"], set())
    role_map = {str(k): str(v) for k, v in tree.get("/RoleMap", {}).items()}
    standard = {role_map.get(r, r) for r in roles}
    assert {"/H1", "/H2", "/L", "/LI", "/Figure"} <= standard | roles, roles

    def figures(node, out: list) -> list:  # type: ignore[no-untyped-def,type-arg]
        node = node.get_object()
        if isinstance(node, list):
            for kid in node:
                figures(kid, out)
        elif hasattr(node, "get"):
            if str(node.get("/S")) == "/Figure":
                out.append(node)
            if "/K" in node:
                figures(node["/K"], out)
        return out

    alts = [str(f.get("/Alt", "")) for f in figures(tree["/K"], [])]
    assert any(alt.startswith("Timeline of 11 dated records") for alt in alts), alts


def test_fonts_are_the_bundled_ones_embedded_and_subset(pack: Path) -> None:
    seen = set()
    for page in PdfReader(pack).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            assert re.fullmatch(r"/[A-Z]{6}\+PT(Serif|Sans)-\w+", name), name
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile2", "/FontFile3")), name
            seen.add(name.split("+")[1])
    assert {"PTSerif-Regular", "PTSerif-Italic", "PTSans-Regular", "PTSans-Bold"} <= seen


def test_copied_text_reads_as_typed(pack: Path) -> None:
    text = " ".join(page_texts(pack))
    assert not {"\ufb00", "\ufb01", "\ufb02"} & set(text)  # no ligatures
    assert "“took place in the margins of the 5th Europol-Interpol Cybercrime Conference" \
        in text or "took place in the margins of the 5th" in text  # fmt: skip


# ---------------------------------------------------------------------- content


def test_sources_are_numbered_notes_each_quote_printed_once_per_record(pack: Path) -> None:
    pages = page_texts(pack)
    text = " ".join(pages)
    quote = "On 8 February 2018 the third round of Russia-EU high-level counter-terrorism talks"
    # Round 3 cites it; nobody else does: once in the whole pack.
    assert text.count(quote) == 1
    assert re.search(r"Sources \[1\] “On 8 February 2018 the third round", text)


def test_stated_and_inferred_are_visible_in_the_records_and_the_index(pack: Path) -> None:
    text = " ".join(page_texts(pack))
    assert "· stated" in text
    assert re.search(r"· inferred — \S", text)
    assert "A page number in italics: the record's link to the entry is inferred" in text


def test_notes_are_printed_only_when_asked_and_marked_as_the_users(
    pack: Path, brief_2017: Path
) -> None:
    noted = " ".join(page_texts(pack))
    assert f"Your note — your own words, not part of the source {NOTE}" in noted
    assert NOTE not in " ".join(page_texts(brief_2017))


def test_brief_2017_holds_the_three_meetings_and_nothing_else(brief_2017: Path) -> None:
    pages = page_texts(brief_2017)
    text = " ".join(pages)
    for title in (
        "Second round of Russia–EU high-level counter-terrorism talks",
        "Expert consultations",
        "Meeting of Ministry of Interior experts and Europol",
    ):
        # A long title may break after a hyphen ("counter- terrorism" once spaces fold).
        assert title in text.replace("- ", "-")
    assert re.findall(r"Date (\d+ \w+ \d{4})", text) == [
        "8 February 2017",
        "13 July 2017",
        "27 September 2017",
    ]
    assert "Records 3" in pages[0] and "Filters year 2017" in pages[0]
    assert all(p.startswith("Briefing pack: year 2017") for p in pages[1:])
    box = PdfReader(brief_2017).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter


def test_record_page_lists_concerned_by_in_date_order(tmp_path: Path) -> None:
    out = tmp_path / "offence.pdf"
    assert run("print", "offence/2-terrorism", "-o", str(out)).returncode == 0, out
    text = " ".join(page_texts(out))
    section = text[text.index("Concerned by") : text.index("Sources")]
    years = [int(y) for y in re.findall(r"\d{1,2} \w+ (\d{4}) ·", section)]
    assert len(years) >= 8 and years == sorted(years)


def test_record_pdf_holds_title_date_place_and_quotes(tmp_path: Path) -> None:
    out = tmp_path / "rec.pdf"
    result = run("print", HAGUE, "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = page_texts(out)
    text = " ".join(pages)
    assert text.startswith("Meeting of Ministry of Interior experts and Europol")
    assert "27 September 2017" in text and "The Hague" in text
    assert "took place in the margins of the 5th Europol-Interpol Cybercrime Conference" in text
    assert "¶5" in text
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
        assert "Source: Fight against transnational crime and terrorism" in page
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Meeting of Ministry of Interior experts and Europol"


# ---------------------------------------------------------------------- errors and bounds


def test_an_empty_selection_is_an_error_not_a_blank_pack(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = run("brief", "--year", "2010", "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("coopdesk: no records match these filters")
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_pack_above_the_limit_says_how_many_and_what_to_do(tmp_path: Path) -> None:
    big = tmp_path / "big.db"
    assert run("synth", "--events", "1200", "-o", str(big)).returncode == 0
    out = tmp_path / "big.pdf"
    result = run("brief", "--db", str(big), "-o", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "the filters leave 1 200 records; a briefing pack holds at most 600" in lines[0]
    assert "Narrow the filters, or use Export" in lines[0]
    assert not out.exists()


def test_unwritable_output_is_one_line_and_leaves_no_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, stat.S_IRUSR | stat.S_IXUSR)
    # Root writes through permissions: /proc refuses new files even to root.
    folder = Path("/proc") if os.geteuid() == 0 else locked
    try:
        result = run("print", HAGUE, "-o", str(folder / "cd-test.pdf"))
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


def test_unknown_paper_is_refused(tmp_path: Path) -> None:
    result = run("print", HAGUE, "-o", str(tmp_path / "x.pdf"), "--paper", "a3")
    assert result.returncode == 2 and "invalid choice: 'a3'" in result.stderr
