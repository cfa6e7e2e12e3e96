"""Hostile text: markup, script, javascript: links, bidi and zero-width characters and
100,000-character lines in the source and its curation.

Must hold: every view shows them as the literal text they are (detail view, tree,
timeline tooltips, printed PDF); the detail view loads nothing and follows no foreign link.
"""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

import probes
from coopdesk.app import create_main_window
from coopdesk.paper.jobs import write_record_pdf
from coopdesk.render import record_html
from coopdesk.store import Store
from coopdesk.ui.treemodel import RecordIdRole

from .conftest import HOSTILE_TITLE, LONG, RTL, ZERO_WIDTH

EVENT = "event/2019-05-01-hostile"


def test_rendered_html_has_no_markup_from_the_data(qtbot, hostile_db: Path) -> None:
    with Store(hostile_db) as store:
        for record_id in (EVENT, "agency/javascript", "place/style"):
            html = record_html(store.record(record_id))
            assert "<script" not in html and "<img" not in html and "<style" not in html
            assert all(h.startswith("coopdesk:") for h in re.findall(r'href="([^"]*)"', html))
            doc = QTextDocument()
            doc.setHtml(html)
            assert doc.toPlainText().count("<") >= 1  # the markup shows, as text


def test_detail_view_shows_the_literal_text_and_loads_nothing(qtbot, hostile_db: Path) -> None:
    window = create_main_window(hostile_db)
    qtbot.addWidget(window)
    window.select_record(EVENT)
    text = window.detail.toPlainText()
    assert HOSTILE_TITLE in text
    assert "<style>body{}</style>" in text
    assert "<i>role</i> \u202eevil role" in text and "<script>reason()</script>" in text
    assert RTL in text and ZERO_WIDTH in text
    block = window.detail.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            assert not it.fragment().charFormat().isImageFormat()
            it += 1
        block = block.next()
    assert window.detail.loadResource(0, QUrl("http://example.org/t.png")) is None
    window.detail.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert window.controller.current is not None and window.controller.current.id == EVENT
    assert "not a CoopDesk link" in window.status.currentMessage()


def test_tree_and_timeline_show_the_literal_text(qtbot, hostile_db: Path) -> None:
    window = create_main_window(hostile_db)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    index = next(i for i in window.tree_model.indexes_of_record(EVENT))
    assert HOSTILE_TITLE in str(index.data())
    tooltip = str(index.data(3))  # ToolTipRole: escaped rich text
    assert "&lt;script&gt;" in tooltip and "<script>" not in tooltip
    assert index.data(RecordIdRole) == EVENT
    rect = probes.marker_rect(window.timeline, EVENT)
    assert rect is not None
    tip = probes.tooltip_at(window.timeline, rect.center())
    doc = QTextDocument()
    doc.setHtml(tip) if "<" in tip and "&lt;" in tip else doc.setPlainText(tip)
    assert HOSTILE_TITLE in doc.toPlainText()


def test_printed_pdf_shows_the_literal_text(qtbot, hostile_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.pdf"
    with Store(hostile_db) as store:
        write_record_pdf(store, EVENT, out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert '<script>alert("x")</script>' in text
    assert "<b>Bold</b>" in text


def test_a_100000_character_quote_is_shown_and_printed(
    qtbot, hostile_db: Path, tmp_path: Path
) -> None:
    window = create_main_window(hostile_db)
    qtbot.addWidget(window)
    window.select_record("instrument/2019-05-02-long")
    assert LONG in window.detail.toPlainText()
    with Store(hostile_db) as store:
        pages = write_record_pdf(store, "instrument/2019-05-02-long", tmp_path / "long.pdf")
    assert pages >= 1
