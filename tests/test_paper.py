"""Paper without Qt: the cover's figure, the cleaning of text, hostile data through Typst."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopdesk import paths
from coopdesk.model import Filters
from coopdesk.paper.chrome import CHROME, chrome
from coopdesk.paper.document import PAPERS, PaperOptions, default_paper, pack_document
from coopdesk.paper.engine import compile_here
from coopdesk.paper.figure import PT_PER_PX, figure_data
from coopdesk.paper.fonts import covered, sans_width
from coopdesk.paper.text import clean, clean_tree
from coopdesk.render import human_date
from coopdesk.store import Store
from coopdesk.timeline.scale import Box

ROME = "Cooperation Agreement between the Russian Federation and Europol"


@pytest.fixture(scope="module")
def bundled_pack() -> dict:  # type: ignore[type-arg]
    with Store(paths.bundled_db()) as store:
        return pack_document(store, Filters(), PaperOptions(paper="a4"))


def overlaps(a: dict, b: dict) -> bool:  # type: ignore[type-arg]
    return Box(a["x"], a["y"], a["w"], a["h"]).intersects(Box(b["x"], b["y"], b["w"], b["h"]))


# ---------------------------------------------------------------------- the figure


def test_every_dated_record_is_labelled_or_listed_under_the_figure(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    figure = bundled_pack["cover"]["figure"]
    drawn = sum(m["count"] for m in figure["marks"])
    assert drawn == figure["count"] == len(bundled_pack["records"]) == 11
    assert len(figure["labels"]) + len(figure["unlabelled"]) == figure["count"]


def test_figure_labels_overlap_nothing_and_stay_in_the_figure(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    figure = bundled_pack["cover"]["figure"]
    labels, marks = figure["labels"], figure["marks"]
    for i, label in enumerate(labels):
        assert label["x"] >= 0 and label["x"] + label["w"] <= figure["width"]
        assert not any(overlaps(label, other) for other in labels[i + 1 :])
        assert not any(overlaps(label, mark) for mark in marks)
    assert figure["width"] * PT_PER_PX == pytest.approx(PAPERS["a4"][1])


def test_the_2002_and_2003_instruments_and_both_2017_meetings_are_visible(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    figure = bundled_pack["cover"]["figure"]
    assert all(m["count"] == 1 for m in figure["marks"]), "no record hides in a cluster"
    assert figure["unlabelled"] == []
    texts = [label["text"] for label in figure["labels"]]
    assert "11 Nov" in " ".join(texts) and "6 Nov" in " ".join(texts)  # 2002, 2003
    assert any(t.startswith("13 Jul") for t in texts)
    assert any(t.startswith("27 Sep") for t in texts)
    assert figure["alt"].startswith("Timeline of 11 dated records from 3 October 2001 to 8 ")


def test_crowded_records_are_listed_under_the_figure() -> None:
    from coopdesk.model import DatedRecord

    records = [
        DatedRecord(id=f"event/{d}", kind="meeting", title=f"Meeting {d}", date=d, year=2017)
        for d in ("2017-03-01", "2017-03-02", "2017-03-03", "2019-01-01")
    ]
    figure = figure_data(records, 400)
    listed = {item["title"] for item in figure["unlabelled"]}
    assert {"Meeting 2017-03-01", "Meeting 2017-03-02", "Meeting 2017-03-03"} <= listed
    assert len(figure["labels"]) + len(listed) == 4


def test_text_widths_come_from_the_bundled_font() -> None:
    assert sans_width("Brussels", 10) == pytest.approx(sans_width("Brussel", 10) + 0.44 * 10, 0.2)
    assert sans_width("MMMM", 10) > sans_width("iiii", 10) * 2


# ---------------------------------------------------------------------- text and words


def test_clean_drops_controls_and_bidi_and_spells_out_missing_glyphs() -> None:
    assert clean("a\x00b\x1b[31mc\u202ed\u2066e\u200df\ufeffg") == "ab[31mcdefg"
    assert clean("漢 ◆ →") == "[U+6F22] [U+25C6] [U+2192]"
    assert clean("Кириллица, ёжик, № 5 ¶ «»") == "Кириллица, ёжик, № 5 ¶ «»"
    long = clean("A" * 200)
    assert long.replace("\u200b", "") == "A" * 200 and long.count("\u200b") == 2
    assert ord("é") in covered() and ord("◆") not in covered()


def test_chrome_is_one_table_and_dates_are_formatted_in_python() -> None:
    assert set(chrome()) == set(CHROME)
    assert chrome()["contents"] == "Contents"  # English when no translation is installed
    assert human_date("2017-09-27") == "27 September 2017"
    assert human_date("2017-00-00") == "2017-00-00"


def test_the_template_spells_no_word_of_its_own() -> None:
    template = (paths.resources_dir() / "paper" / "coopdesk.typ").read_text(encoding="utf-8")
    code = re.sub(r"//.*", "", template)
    for word in ("Contents", "Index", "Sources", "page ", "Your note", "Record "):
        assert f'"{word}' not in code and f"[{word}" not in code, word


def test_default_paper_follows_the_locale(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert default_paper() == "letter"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert default_paper() == "a4"
    monkeypatch.setenv("LC_PAPER", "es_MX.UTF-8")
    monkeypatch.setenv("LANG", "")
    assert default_paper() == "letter"


HOSTILE = [
    '#panic("pwned")',
    '#read("/etc/passwd")',
    '#import "@preview/cetz:0.3.0"',
    "*bold* _emph_ `raw` $x^2$ @ref <label> \\ backslash // comment /* block */",
    "[square] {curly} ] unbalanced [ #{ let x = 1 }",
    "= Not a heading",
    '#set page(paper: "a6") #show: none',
    "<script>alert(1)</script> <b>bold</b>",
    "RLO\u202eevil\u202c and LRI\u2066x\u2069 marks",
    "NUL\x00 ESC\x1b[31m BEL\x07 DEL\x7f",
]


def test_hostile_text_in_every_field_prints_literally(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    document = dict(bundled_pack)
    records = [dict(r) for r in document["records"][: len(HOSTILE)]]
    for record, text in zip(records, HOSTILE, strict=True):
        record["title"] = f"T {text}"
        record["subtitle"] = text
        record["facts"] = [{**record["facts"][0], "value": text}]
        record["sources"] = [{"n": 1, "quote": text, "cite": text}]
        record["note"] = text
    document["records"] = records
    document["marking"] = HOSTILE[3]
    document["running"] = HOSTILE[0]
    document["index"] = [{"heading": "Agencies", "terms": [{"name": t, "refs": [[0, False]]}
                                                            for t in HOSTILE]}]  # fmt: skip
    document["cover"] = {**document["cover"], "figure": {**document["cover"]["figure"],
                                                         "unlabelled": []}}  # fmt: skip
    pdf = compile_here(clean_tree(document), "pdf")
    assert isinstance(pdf, bytes)
    reader = PdfReader(io.BytesIO(pdf))
    raw = "\n".join(p.extract_text() or "" for p in reader.pages)
    text = re.sub(r"[\s\u00ad\u200b-]", "", raw)
    for hostile in HOSTILE:
        assert re.sub(r"[\s\u00ad\u200b-]", "", clean(hostile)) in text, hostile
    for control in ("\u202e", "\x00", "\x1b", "\u2066"):
        assert control not in raw
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # no "a6"


def test_a_100000_character_word_is_printed(tmp_path: Path, bundled_pack) -> None:  # type: ignore[no-untyped-def]
    document = dict(bundled_pack)
    record = dict(document["records"][0])
    record["sources"] = [{"n": 1, "quote": "L" * 100_000, "cite": "x"}]
    record["title"] = "W" * 5000
    document["records"] = [record]
    document["index"] = []
    pdf = compile_here(clean_tree(document), "pdf")
    assert isinstance(pdf, bytes)
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    # The word runs over many pages, between their headers and footers.
    runs = re.findall(r"L{2,}", re.sub(r"[\s\u200b\u00ad-]", "", text))
    assert sum(len(run) for run in runs) == 100_000


def test_cancel_stops_the_layout_process(bundled_pack) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.jobs import Cancelled, Progress
    from coopdesk.paper.engine import compile_document

    with pytest.raises(Cancelled):
        compile_document(bundled_pack, progress=Progress(cancelled=lambda: True))
