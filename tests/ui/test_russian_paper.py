"""Paper in Russian: the chrome of a briefing pack and of a record's pages is the
interface's language, dates are written the Russian way, and the source's words stay
the document's (nothing on the page is a translation of them)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from test_russian import english_words

from coopdesk.model import Filters
from coopdesk.paper.chrome import CHROME, chrome
from coopdesk.paper.document import PaperOptions, pack_document, record_document
from coopdesk.paper.engine import compile_here
from coopdesk.store import Store

HAGUE = "event/2017-09-27-the-hague"


def pages_of(document: dict) -> list[str]:  # type: ignore[type-arg]
    pdf = compile_here(document, "pdf")
    assert isinstance(pdf, bytes)
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_every_printed_word_of_the_chrome_is_russian(russian) -> None:  # type: ignore[no-untyped-def]
    ch = chrome()
    # Placeholders ({date}) are filled in with data; proper names (CoopDesk, SHA) stay.
    english = {key: english_words(re.sub(r"\{\w+\}", " ", text), []) for key, text in ch.items()}
    assert {key: words for key, words in english.items() if words} == {}
    assert ch["page-of"].format(page=2, total=11) == "стр. 2 из 11"
    assert set(ch) == set(CHROME)


def test_a_pack_in_russian(russian, built_db: Path) -> None:  # type: ignore[no-untyped-def]
    with Store(built_db) as store:
        document = pack_document(store, Filters(), PaperOptions(paper="a4"))
        hague = store.record(HAGUE)
    pages = pages_of(document)
    total = len(pages)
    text = " ".join(pages)
    # The cover, the contents, the records, the index; every page numbered in Russian.
    assert "Справочный пакет" in pages[0] and "Фильтры" in pages[0]
    assert "нет: все датированные записи" in pages[0]
    assert "Как читать этот пакет" in pages[0]
    assert "Содержание" in pages[1]
    assert "Указатель" in pages[-1] and "Ведомства" in pages[-1] and "Места" in pages[-1]
    for number, page in enumerate(pages, 1):
        assert f"стр. {number} из {total}" in page
    assert re.search(r"Запись \d+ из 11", text)
    # Dates the Russian way, on the cover and by the records.
    assert "27 сентября 2017 г." in text
    assert "напечатано" in text
    # None of the English chrome is left.
    for english in ("Contents", "Index", "page 1 of", "Record 1 of", "Sources", "Briefing pack",
                    "How to read", "Filters", "printed"):  # fmt: skip
        assert english not in text, english
    # The source stays the source: its title and a quote in its own words.
    assert hague.title in text
    quote = " ".join(hague.citations[0].quote.split())
    assert quote[:40] in text


def test_a_record_on_paper_in_russian(russian, built_db: Path) -> None:  # type: ignore[no-untyped-def]
    with Store(built_db) as store:
        document = record_document(store, HAGUE, PaperOptions(paper="a4"))
        hague = store.record(HAGUE)
    pages = pages_of(document)
    text = " ".join(pages)
    assert "Дата 27 сентября 2017 г." in text
    assert "Источники" in text and "Sources" not in text
    assert f"стр. 1 из {len(pages)}" in pages[0]
    assert hague.title in text
