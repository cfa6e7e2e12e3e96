"""Reading what was typed (no database): the syntax, the folding, the snippets."""

from __future__ import annotations

import pytest

from coopdesk.model import HIT_END, HIT_START
from coopdesk.render import record_html, snippet_html, snippet_text, source_html
from coopdesk.store import Store
from coopdesk.textsearch import fold, inflections, make_snippet, nothing_sought, parse


def finds(query: str, text: str) -> bool:
    return parse(query).matches(text)


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        # every word, in any order
        ("europol hague", "The Hague, with Europol", True),
        ("europol hague", "Europol in Rome", False),
        # "exact phrase", and a quote left open closes itself
        ('"joint statement"', "a Joint Statement on terrorism", True),
        ('"statement joint"', "a Joint Statement on terrorism", False),
        ('"joint statement', "the joint statement", True),
        ('"joint statement', "statement of the joint summit", False),
        # prefix*, and the last word typed is a prefix
        ("cyber*", "cybercrime", True),
        ("syro", "Oleg Syromolotov", True),
        ("syro ", "Oleg Syromolotov", False),  # a space ends the word
        ("sy", "Oleg Syromolotov", False),  # two letters are not yet a prefix
        # a OR b
        ("rome OR moscow", "held in Moscow", True),
        ("rome OR moscow", "held in Brussels", False),
        ("summit rome OR moscow", "a summit in Moscow", True),
        ("summit rome OR moscow", "talks in Moscow", False),
        # -word and NOT word exclude
        ("europol -interpol", "Europol and Interpol", False),
        ("europol -interpol", "Europol alone", True),
        ("europol NOT interpol", "Europol and Interpol", False),
        ('summit -"joint statement"', "summit and joint statement", False),
        # stray operators and punctuation are not errors and not words
        ("europol AND", "Europol", True),
        ("OR europol", "Europol", True),
        ("(europol)", "Europol", True),
        ("europol^", "Europol", True),
        ("title:europol", "Europol title", True),
        # folding
        ("ÉUROPOL", "europol", True),
        ("ｅｕｒｏｐｏｌ", "Europol", True),
        ("counter-terrorism", "Office of EU Counter\u2011Terrorism Coordinator", True),
        ("counter-terrorism", "consultations on counterterrorism", True),
        ("counter terrorism", "consultations on counterterrorism", True),
        ("counterterrorism", "high-level counter-terrorism talks", True),
        ("counterterrorism", "counter terrorism", True),
        ("National Contact Point", "National\u00a0Contact Point", True),
        ("U.N.", "the leading role of the UN", True),
        ("soft\u00adhyphen", "softhyphen", True),
        # inflections that add no false hits
        ("consultation", "regular consultations", True),
        ("agencies", "this EU Agency", True),
        ("terrorist", "combating terrorism", True),
        ("news", "a new statement", False),
        ("custom ", "Federal Customs Service", False),
    ],
)
def test_the_search_syntax_reads_as_documented(query: str, text: str, found: bool) -> None:
    assert finds(query, text) is found


@pytest.mark.parametrize(
    "typed", ['"', "*", "(", ")", "AND", "OR", "NOT", "NEAR(", '"a" OR', "^", ":", "-", "--"]
)
def test_any_fragment_is_a_query_fts5_can_read(typed: str) -> None:
    expr = parse(typed).fts()
    assert expr is None or expr.count('"') % 2 == 0


def test_operator_words_alone_are_searched_as_words() -> None:
    assert parse("AND").fts() == '"and"'
    assert finds("NOT", "not yet")


def test_only_exclusions_or_punctuation_look_for_nothing_and_say_why() -> None:
    assert parse("-europol").empty and parse("!!! ???").empty
    assert "add a word" in nothing_sought("-europol")
    assert "no word to look for" in nothing_sought("…")
    assert nothing_sought("europol") == "" and nothing_sought("") == ""


def test_folding_is_what_the_index_does() -> None:
    assert fold("Éuropol") == "europol"
    assert fold("ＥＵ") == "eu"
    assert fold("Straße") == "straße"  # the index keeps ß, so the query does too


def test_plurals_and_isms_are_inflections_but_not_other_words() -> None:
    assert "talk" in inflections("talks") and "talks" in inflections("talk")
    assert "agency" in inflections("agencies") and "agencies" in inflections("agency")
    assert {"terrorist", "terrorists"} <= set(inflections("terrorism"))
    assert inflections("news") == [] and inflections("customs") == []
    assert inflections("2017") == [] and inflections("eu") == []


def marked(snippet: str) -> list[str]:
    return [part.split(HIT_END)[0] for part in snippet.split(HIT_START)[1:]]


PARAGRAPH = (
    "Cooperation in fighting transnational crime covers eight types of criminal offences. "
    "Implementation of the Agreement includes exchange of expertise, legislative acts and "
    "methodological guidelines, as well as holding joint workshops, study visits and "
    "consultations. On a regular basis the parties exchange relevant strategic and technical "
    "information as well as analytical reports on various aspects of combating organised "
    "crime and international terrorism. The most advanced areas of cooperation are witness "
    "protection, fight against counterfeiting, cybercrime, drug trafficking and legalisation."
)


def test_a_snippet_is_cut_between_words_and_marks_only_the_matches() -> None:
    snippet = make_snippet(PARAGRAPH, parse("cybercrime"))
    assert snippet.startswith("…") and not snippet.startswith("… ")
    assert marked(snippet) == ["cybercrime"]
    plain = snippet_text(snippet)
    assert "[" not in plain and HIT_START not in plain
    words = set(PARAGRAPH.replace(",", " ").replace(".", " ").split())
    inner = plain.strip("…").replace(",", " ").replace(".", " ").split()
    assert inner[0] in words and inner[-1] in words  # no word cut in half


def test_a_snippet_marks_every_spelling_found() -> None:
    text = "Office of EU Counter\u2011Terrorism Coordinator; consultations on counterterrorism"
    assert marked(make_snippet(text, parse("counter-terrorism"))) == [
        "Counter\u2011Terrorism",
        "counterterrorism",
    ]


def test_a_short_text_is_its_own_snippet() -> None:
    assert make_snippet("The Hague", parse("hague")) == f"The {HIT_START}Hague{HIT_END}"


def test_snippets_show_matches_in_bold_and_never_in_brackets() -> None:
    snippet = make_snippet("a [bracketed] Europol <b>", parse("europol"))
    assert snippet_html(snippet) == "a [bracketed] <b>Europol</b> &lt;b&gt;"
    assert snippet_text(snippet) == "a [bracketed] Europol <b>"
    assert snippet_text(snippet, bold=True) == "a [bracketed] \x1b[1mEuropol\x1b[22m <b>"


def test_the_detail_view_marks_the_words_found_and_nothing_else(store: Store) -> None:
    html = record_html(store.record("agency/eu-europol"), search="europol")
    assert '<span class="match">Europol</span>' in html
    assert 'href="coopdesk:record/' in html and "eu-<span" not in html  # links stay links
    assert '<span class="match">' not in record_html(store.record("agency/eu-europol"))


def test_the_source_view_marks_the_words_of_a_paragraph_not_the_paragraph(store: Store) -> None:
    doc = store.documents()[0]
    html = source_html(doc, 5, search="hague")
    paragraph = next(line for line in html.splitlines() if 'name="cited"' in line)
    assert '<span class="match">Hague</span>' in paragraph
    assert '<span class="hit">' not in paragraph  # not the whole paragraph
    quoted = source_html(doc, 5, "On 27 September 2017 in The Hague", search="hague")
    assert (
        '<span class="hit">On 27 September 2017 in The <span class="match">Hague</span>' in quoted
    )
    assert '<span class="hit">' in source_html(doc, 5)  # no search: the paragraph, as before
