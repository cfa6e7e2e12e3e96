"""The curation validator: each mistake is one line naming the file, the line of the
offending key, the record and what is wrong; every mistake is reported, not the first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.build import validate
from coopdesk.build.text import QuoteFinder, normalise
from coopdesk.build.tomllines import scan

DOC = """A small note

On 2 March 2020 experts of the Agency met in Vienna to talk about fraud.

The Agency is the EU body for police cooperation.
"""

CURATION = """\
[document]
id = "small"
file = "small.txt"

[[record]]
id = "event/2020-03-02-vienna"
kind = "meeting"
title = "Experts in Vienna"
date = "2020-03-02"
place = "place/vienna"
quote = "On 2 March 2020 experts of the Agency met in Vienna"

[[record]]
id = "place/vienna"
kind = "place"
title = "Vienna"
quote = "met in Vienna"

[[record]]
id = "agency/the-agency"
kind = "agency"
side = "eu"
title = "Agency"
quote = "The Agency is the EU body for police cooperation."

[[link]]
from = "event/2020-03-02-vienna"
to = "agency/the-agency"
relation = "participant"
basis = "stated"
quote = "experts of the Agency met"
"""


def problems(text: str = CURATION, doc: str = DOC, **kwargs: object) -> list[str]:
    return [str(p) for p in validate(text, doc, **kwargs)]  # type: ignore[arg-type]


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def edited(old: str, new: str) -> str:
    assert old in CURATION
    return CURATION.replace(old, new, 1)


def test_a_sound_curation_has_no_problems() -> None:
    assert problems() == []


@pytest.mark.parametrize(
    ("old", "new", "at", "expected", "also"),
    [
        (
            '[[record]]\nid = "place/vienna"',
            '[[recrod]]\nid = "place/vienna"',
            "[[recrod]]",
            "unknown table [recrod] or [[recrod]]; the tables are [document], [[record]], [[link]]",
            # The record is not read, so the event's place is not a record.
            [
                (
                    'place = "place/vienna"',
                    "event/2020-03-02-vienna: place 'place/vienna' is not a record",
                )
            ],
        ),
        (
            "[[link]]",
            "[[links]]",
            "[[links]]",
            "unknown table [links] or [[links]]; the tables are [document], [[record]], [[link]]",
            [],
        ),
        (
            'date = "2020-03-02"',
            'date = "2017-02-30"',
            "date =",
            "event/2020-03-02-vienna: date must be a day of the calendar written YYYY-MM-DD in "
            "ASCII digits, got '2017-02-30', which is no day of the calendar",
            [],
        ),
        (
            'date = "2020-03-02"',
            'date = "1850-03-02"',
            "date =",
            "event/2020-03-02-vienna: date 1850-03-02: the year must lie between 1900 and 2100",
            [],
        ),
        (
            'date = "2020-03-02"',
            'date = "2 March 2020"',
            "date =",
            "event/2020-03-02-vienna: date must be a day of the calendar written YYYY-MM-DD in "
            "ASCII digits, got '2 March 2020'",
            [],
        ),
        (
            'id = "agency/the-agency"',
            'id = "agency/the-agency\\n"',
            'id = "agency/the-agency',
            "[[record]]: id must be an id like 'kind/readable-name' (lower-case letters, digits "
            "and single hyphens), not 'agency/the-agency\\n'",
            [
                (
                    'to = "agency/the-agency"',
                    "link event/2020-03-02-vienna → agency/the-agency: "
                    "'agency/the-agency' is not a record",
                )
            ],
        ),
        (
            'quote = "met in Vienna"',
            'quote = "the"',
            'quote = "the"',
            'place/vienna: the quote "the" is shorter than 3 words and is not a whole name of '
            "the record: quote enough words to say what it supports",
            [],
        ),
        (
            'quote = "On 2 March 2020 experts of the Agency met in Vienna"',
            'quote = "experts of the Agency met in Vienna"',
            "date =",
            "event/2020-03-02-vienna: the date 2020-03-02 is in none of the record's quotes "
            "(written '2 March 2020' or '2020-03-02'); quote the words that date it, or say "
            'date_basis = "inferred" and give a date_reason',
            [],
        ),
        (
            'title = "Vienna"',
            'title = "Vienna"\ncapital = true',
            "capital",
            "place/vienna: unknown field 'capital' in [[record]]; fields: id, kind, title, "
            "short, aliases, date, place, number, side, parent, role, context, quote, quotes",
            [],
        ),
        (
            'id = "place/vienna"',
            'id = "city/vienna"',
            'id = "city/vienna"',
            "city/vienna: the id of a record of kind 'place' begins 'place/'",
            [
                (
                    'place = "place/vienna"',
                    "event/2020-03-02-vienna: place 'place/vienna' is not a record",
                )
            ],
        ),
        (
            'side = "eu"',
            'side = "europe"',
            "side =",
            "agency/the-agency: side unknown side 'europe'; one of ru, eu, intl",
            [],
        ),
        (
            'basis = "stated"',
            'basis = "inferred"',
            "basis =",
            "link event/2020-03-02-vienna → agency/the-agency: an inferred link needs a "
            "one-line reason",
            [],
        ),
        (
            'basis = "stated"',
            'basis = "stated"\nreason = "Because."',
            "reason =",
            "link event/2020-03-02-vienna → agency/the-agency: a stated link needs no reason; "
            'say basis = "inferred" if it is a reading',
            [],
        ),
        (
            'title = "Agency"',
            'title = " Agency"',
            'title = " Agency"',
            "agency/the-agency: title must not begin or end with a space",
            [],
        ),
        (
            'to = "agency/the-agency"',
            'to = "agency/elsewhere"',
            'to = "agency/elsewhere"',
            "link event/2020-03-02-vienna → agency/elsewhere: 'agency/elsewhere' is not a record",
            [],
        ),
    ],
)
def test_each_mistake_is_one_line_at_its_key(
    old: str, new: str, at: str, expected: str, also: list[tuple[str, str]]
) -> None:
    text = edited(old, new)
    lines = [(line_of(text, at), expected)] + [(line_of(text, a), e) for a, e in also]
    assert problems(text) == [f"curation.toml:{n}: {e}" for n, e in sorted(lines)]


def test_an_inferred_date_with_a_reason_need_not_be_quoted() -> None:
    text = edited(
        'quote = "On 2 March 2020 experts of the Agency met in Vienna"',
        'date_basis = "inferred"\ndate_reason = "The note is dated in its header."\n'
        'quote = "experts of the Agency met in Vienna"',
    )
    assert problems(text) == []


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = edited('date = "2020-03-02"', 'date = "2020-02-30"').replace(
        'quote = "met in Vienna"', 'quote = "met in Paris"'
    )
    assert problems(text) == [
        f"curation.toml:{line_of(text, 'date =')}: event/2020-03-02-vienna: date must be a day "
        "of the calendar written YYYY-MM-DD in ASCII digits, got '2020-02-30', which is no day "
        "of the calendar",
        f"curation.toml:{line_of(text, 'Paris')}: place/vienna: quote not found in the "
        'document: "met in Paris"',
    ]


def test_a_toml_syntax_error_names_its_line() -> None:
    text = edited('title = "Vienna"', "title = Vienna")
    [problem] = problems(text)
    assert problem.startswith(f"curation.toml:{line_of(text, 'title = Vienna')}: not valid TOML")


def test_records_defined_elsewhere_may_be_named_when_known() -> None:
    text = edited('to = "agency/the-agency"', 'to = "agency/elsewhere"')
    assert problems(text, known={"agency/elsewhere": "agency"}) == []


def test_a_quote_is_found_whatever_the_no_break_spaces() -> None:
    doc = DOC.replace("2 March 2020", "2\u00a0March\u00a02020")
    assert problems(doc=doc) == []


def test_build_db_prints_each_problem_on_its_line_and_exits_2(
    source_copy: Path, tmp_path: Path
) -> None:
    toml = source_copy / "fight-against-transnational-crime-and-terrorism.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('id = "place/moscow"', 'id = "place/moscow\\n"', 1)
    text = text.replace("[[link]]", "[[links]]", 1)
    toml.write_text(text, encoding="utf-8")
    out = tmp_path / "x.db"
    result = subprocess.run(
        [sys.executable, "-m", "coopdesk", "build-db", "--source", str(source_copy),
         "--output", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.removeprefix("coopdesk: ").splitlines()
    name = toml.name
    moscow = line_of(text, 'id = "place/moscow')
    assert any(line.startswith(f"{name}:{moscow}: [[record]]: id must be") for line in lines)
    links = line_of(text, "[[links]]")
    assert any(line.startswith(f"{name}:{links}: unknown table") for line in lines)
    assert all(line.startswith(f"{name}:") for line in lines)
    assert not out.exists()


def test_line_scanner_finds_headers_keys_and_array_items() -> None:
    text = 'a = 1\n[x]\nb = """\n[y]\n"""\nc = [\n  "one",\n  { n = [1,\n 2] },\n]\n[[r]]\nd = 4\n'
    tables = scan(text)
    assert tables[""][0].keys == {"a": 1}
    assert (tables["x"][0].line, tables["x"][0].keys) == (2, {"b": 3, "c": 6})
    assert tables["x"][0].items == {"c": [7, 8]}
    assert "y" not in tables  # inside a multi-line string
    assert (tables["r"][0].line, tables["r"][0].keys) == (11, {"d": 12})


_WORD = st.sampled_from(["a", "ab", "b", "ba", "a\u00a0b", "x\u2011y", "the", "of"])


@given(
    paragraphs=st.lists(st.lists(_WORD, min_size=1, max_size=8).map(" ".join), max_size=6),
    start=st.integers(0, 30),
    length=st.integers(1, 30),
    source=st.integers(0, 5),
)
def test_quote_finder_finds_what_a_plain_search_finds(
    paragraphs: list[str], start: int, length: int, source: int
) -> None:
    if paragraphs:
        text = normalise(paragraphs[source % len(paragraphs)])
        quote = text[start : start + length]
    else:
        quote = "a"
    expected = next(
        (
            (number, p[normalise(p).find(normalise(quote)) :][: len(quote)])
            for number, p in enumerate(paragraphs, 1)
            if normalise(quote) in normalise(p)
        ),
        None,
    )
    found = QuoteFinder(paragraphs).find(quote) if quote.strip() else None
    if not quote.strip():
        return
    assert (None if found is None else (found.paragraph, found.quote)) == expected


def test_the_bench_generates_a_valid_curation(tmp_path: Path) -> None:
    """bench/bench_build.py times a large curation; it must stay one the build accepts."""
    import importlib.util

    from coopdesk.build import load_curation

    path = Path(__file__).resolve().parents[1] / "bench" / "bench_build.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench_build", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    curation = load_curation(module.make_source(tmp_path, 600))
    assert len(curation.records) == 600
