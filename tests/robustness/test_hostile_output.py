"""Hostile text in what CoopDesk prints and exports: it stays text.

Tries: terminal escapes (ESC, BEL, NUL, DEL, a C1 CSI), right-to-left overrides, HTML
entities, line breaks in titles, and spreadsheet formulas in the data. Must hold: nothing
a terminal acts on reaches it from ``show``, ``search`` or ``query``; right-to-left text
is isolated so that the application's own "¶10" never reads "01¶" (terminal, detail
view, print); JSON carries the exact text with controls escaped; CSV cells never start a
formula (OWASP); Markdown shows entities and markup literally; iCalendar text has no
control characters.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from coopdesk.export import to_csv, to_ics, to_markdown
from coopdesk.model import Filters
from coopdesk.render import record_html
from coopdesk.safetext import FSI, PDI, csv_cell, for_terminal, isolate, json_safe
from coopdesk.store import Store
from coopdesk.textsearch import typed_int

from .conftest import ENTITIES, ESCAPES, FORMULA, FORMULAS, RTL, TWO_LINES

EVENT = "event/2019-05-01-hostile"
ESCAPED = "event/2019-06-02-escapes"
HOSTILE_IDS = [EVENT, ESCAPED, "agency/javascript", "event/2019-06-05-two-lines"]
TERMINAL_CONTROLS = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
REORDERING = {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF"}


def outside_isolates(text: str) -> str:
    """``text`` without what FSI/LRI/RLI … PDI enclose (nesting respected)."""
    out, depth = [], 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def assert_isolated(text: str) -> None:
    """Nothing that reorders text stands outside an isolate."""
    loose = [c for c in outside_isolates(text) if unicodedata.bidirectional(c) in REORDERING]
    assert loose == [], [hex(ord(c)) for c in loose]


def assert_no_terminal_controls(text: str) -> None:
    found = sorted({hex(ord(c)) for c in text if c in TERMINAL_CONTROLS})
    assert found == []


def coopdesk(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", *args], capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


# ---------------------------------------------------------------------- terminals


@pytest.mark.parametrize("record_id", HOSTILE_IDS)
def test_show_prints_nothing_a_terminal_acts_on(hostile_db: Path, record_id: str) -> None:
    out = coopdesk("show", "--db", str(hostile_db), record_id)
    assert_no_terminal_controls(out.replace("\n", ""))
    assert_isolated(out)
    if record_id == ESCAPED:
        assert "[31mred" in out and "bell" in out and "2Jcsi" in out  # the text stays


@pytest.mark.parametrize("words", ["bell", "evil", "meeting", "click"])
def test_search_prints_nothing_a_terminal_acts_on(hostile_db: Path, words: str) -> None:
    out = coopdesk("search", "--db", str(hostile_db), words)
    assert not out.startswith("0 result")
    assert_no_terminal_controls(out.replace("\n", ""))
    assert_isolated(out)


def test_query_and_facets_print_nothing_a_terminal_acts_on(hostile_db: Path) -> None:
    for args in (["query"], ["facets"]):
        out = coopdesk(args[0], "--db", str(hostile_db))
        assert_no_terminal_controls(out.replace("\n", ""))
        assert_isolated(out)


@pytest.mark.parametrize("command", [["query", "--json"], ["show", "--json", ESCAPED]])
def test_json_escapes_controls_and_keeps_the_exact_text(
    hostile_db: Path, command: list[str]
) -> None:
    out = coopdesk(command[0], "--db", str(hostile_db), *command[1:])
    assert_no_terminal_controls(out.replace("\n", ""))
    assert "\u202e" not in out
    data = json.loads(out)
    titles = {
        # A title that is not the document's words is an object with its basis.
        r["title"] if isinstance(r["title"], str) else r["title"]["name"]
        for r in (data if isinstance(data, list) else [data])
    }
    assert "Escapes " + ESCAPES in titles  # the value itself is unchanged


def test_the_paragraph_sign_keeps_its_place_after_right_to_left_text() -> None:
    line = f"  ¶10: “{for_terminal('abc ' + RTL)}”"
    assert_isolated(line)
    assert line.startswith("  ¶10: “" + FSI) and line.endswith(PDI + "”")


# ---------------------------------------------------------------------- the window and paper


@pytest.mark.parametrize("record_id", HOSTILE_IDS)
@pytest.mark.parametrize("for_print", [False, True])
def test_detail_and_print_html_isolate_right_to_left_text(
    qapp: object, hostile_db: Path, record_id: str, for_print: bool
) -> None:
    with Store(hostile_db) as store:
        html = record_html(store.record(record_id), for_print=for_print)
    assert_isolated(html)
    doc = QTextDocument()
    doc.setHtml(html)
    text = doc.toPlainText()
    assert_isolated(text)
    assert "¶" in outside_isolates(text)  # the application's own marks stay outside


# ---------------------------------------------------------------------- exports


@pytest.fixture
def details(hostile_db: Path):  # type: ignore[no-untyped-def]
    with Store(hostile_db) as store:
        return [store.record(r.id) for r in store.dated(Filters())]


def test_csv_cells_never_start_a_formula(details) -> None:  # type: ignore[no-untyped-def]
    text = to_csv(details, {d.id: "=1+1 my note" for d in details})
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r", "\n", "＝")) for c in cells)
    titles = {row[2] for row in rows[1:]}
    assert "'" + FORMULA in titles
    for formula in FORMULAS:
        assert "'" + formula.lstrip("\r") in titles or formula.lstrip("\r") in titles
    assert text.startswith('"id","kind","title",')  # every cell quoted
    assert f'"{details[0].id}","meeting",' in text
    assert_no_terminal_controls(text.replace("\r\n", "").replace("\n", "").replace("\t", ""))


def test_markdown_shows_entities_markup_and_line_breaks_literally(details) -> None:  # type: ignore[no-untyped-def]
    text = to_markdown(details, {ESCAPED: f"note with {ESCAPES}\n& &amp; more"})
    assert r"## Tom \&amp; Jerry \&lt;b\&gt; \&\#x202E;" in text
    assert "\n## Injected heading" not in text and "\n> injected quote" not in text
    assert r"## First line \#\# Injected heading \> injected quote" in text
    assert_no_terminal_controls(text.replace("\n", "").replace("\t", ""))
    assert ENTITIES not in text and TWO_LINES not in text


def test_icalendar_text_has_no_control_characters(details) -> None:  # type: ignore[no-untyped-def]
    text = to_ics(details, {ESCAPED: f"note {ESCAPES}"})
    body = text.replace("\r\n ", "").replace("\r\n", "")
    assert_no_terminal_controls(body)
    assert r"SUMMARY:Escapes [31mred[0m bell nul 2Jcsi del" in text.replace("\r\n ", "")


# ---------------------------------------------------------------------- the rules themselves


@pytest.mark.parametrize(
    ("text", "isolated"),
    [
        ("plain English ¶10", "plain English ¶10"),
        ("", ""),
        ("\u202eevil", f"{FSI}\u202eevil{PDI}"),
        ("שלום", f"{FSI}שלום{PDI}"),
        ("a\u2069b\u05d0", f"{FSI}ab\u05d0{PDI}"),  # a stray PDI would close the wrapper
        ("\u2067open \u05d0", f"{FSI}\u2067open \u05d0{PDI}{PDI}"),  # an open isolate is closed
        ("\u2066x\u2069 \u05d0", f"{FSI}\u2066x\u2069 \u05d0{PDI}"),
        ("١٢٣", f"{FSI}١٢٣{PDI}"),  # Arabic-Indic digits reorder too
    ],
)
def test_isolate(text: str, isolated: str) -> None:
    assert isolate(text) == isolated
    assert_isolated(f"¶10 {isolate(text)} ¶11")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\r=1", "=1"),  # the carriage return goes first, then the formula is caught…
        ("\n=1", "'\n=1"),
        ("＝1", "'＝1"),
        ("a=1", "a=1"),
        ("x\x1b[31m", "x[31m"),
        (2017, 2017),
    ],
)
def test_csv_cell(value: object, cell: object) -> None:
    result = csv_cell(value)
    if value == "\r=1":
        assert result == "'=1"  # …because it starts one now
    else:
        assert result == cell


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("2017", 2017),
        ("２０１７", 2017),
        (" 7 ", 7),
        ("-1", -1),
        ("٢٠١٧", 2017),
        ("²⁰¹⁷", None),
        ("½", None),
        ("①", None),
        ("1.5", None),
        ("", None),
        ("-", None),
        ("1 000", None),
    ],
)
def test_typed_int(typed: str, number: int | None) -> None:
    assert typed_int(typed) == number


def test_json_safe_is_the_same_value() -> None:
    value = {"t": "a\u202eb\x9bc\x7fd\u2028e\u2066f"}
    text = json_safe(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value
    assert all(c not in text for c in "\u202e\x9b\x7f\u2028\u2066")
