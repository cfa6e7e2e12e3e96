"""Pages: HTML laid out on paper, for PDF files and printers (QtGui, no widgets).

The HTML comes from ``coopdesk.render``; this module paginates it with QTextDocument on
any QPagedPaintDevice (QPdfWriter or QPrinter) and draws the running header, the footer
("Source: … · page x of y · printed …") and the optional handling marking. Files are
written by ``coopdesk.fileio``, so a failure never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from coopdesk.errors import OutputError
from coopdesk.fileio import write_output

MARGIN_MM = 20.0
PRINT_CSS = """
body { color: #000000; font-size: 10.5pt; }
h1.title { font-size: 17pt; font-weight: 600; margin-bottom: 2pt; }
h1.cover { font-size: 24pt; font-weight: 600; margin-top: 40pt; margin-bottom: 4pt; }
h2.title { font-size: 14pt; font-weight: 600; margin-top: 0; margin-bottom: 2pt; }
p.section { font-size: 10.5pt; font-weight: 600; margin-top: 12pt; margin-bottom: 3pt;
            font-family: sans-serif; }
p.lead { font-size: 13pt; color: #333333; margin-bottom: 18pt; }
p.subtitle { color: #444444; margin-top: 0; }
p.recno { color: #666666; font-size: 8.5pt; margin-top: 0; margin-bottom: 0; }
table.facts th { color: #444444; font-weight: normal; padding-right: 10pt; }
span.stated, span.inferred, span.para, p.cite { color: #444444; }
blockquote.quote { margin: 4pt 16pt 2pt 16pt; font-style: italic; }
p.cite { margin-top: 0; font-size: 9pt; }
ol.notes { font-size: 9pt; }
p.figure-caption { color: #444444; font-size: 9pt; margin-top: 18pt; }
p.index { font-size: 13pt; font-weight: 600; margin-top: 18pt; margin-bottom: 6pt; }
table.index td { padding-right: 14pt; }
table.usernote { border: 0.75pt solid #777777; border-style: solid; margin-top: 6pt;
                 margin-bottom: 4pt; font-family: sans-serif; }
p.usernote-label { font-size: 8.5pt; color: #444444; margin: 0 0 2pt 0; }
p.usernote { font-size: 9.5pt; margin: 0; }
"""
# Drawn on the page after the cover text: (painter, rect) in device pixels.
Figure = Callable[[QPainter, QRectF], None]


@dataclass
class PageSetup:
    title: str  # running header
    source_title: str  # "Source: …" in the footer
    marking: str = ""  # handling marking, e.g. "FOR OFFICIAL USE", top and bottom
    printed: dt.date | None = None


def default_page_size() -> QPageSize:
    """Letter where the locale uses it, A4 elsewhere."""
    country = QLocale.Country
    letter = {
        country.UnitedStates,
        country.Canada,
        country.Mexico,
        country.Philippines,
        country.Chile,
        country.Colombia,
    }
    locale = QLocale()
    uses_letter = (
        locale.territory() in letter
        or locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    )
    size = QPageSize.PageSizeId.Letter if uses_letter else QPageSize.PageSizeId.A4
    return QPageSize(size)


def body_font() -> QFont:
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(10.5)
    # No ligatures: text copied out of the PDF must read "offence", not "oﬀence".
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _document(html: str, device: QPagedPaintDevice, width: float, height: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(body_font())
    doc.setDefaultStyleSheet(PRINT_CSS)
    doc.setHtml(f"<html><body>{html}</body></html>")
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, height))
    # Resources are never loaded: any image reference in the data stays a broken image.
    return doc


def paint_pages(
    device: QPagedPaintDevice,
    setup: PageSetup,
    body_html: str,
    *,
    cover_html: str = "",
    figure: Figure | None = None,
    figure_height_mm: float = 70.0,
) -> int:
    """Lay ``body_html`` (after an optional cover page with a figure) on ``device``.

    Returns the number of pages.
    """
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(device):
        raise OutputError("the printer or file cannot be opened for drawing.")
    try:
        dpi = device.logicalDpiY()
        mm = dpi / 25.4
        page = QRectF(0, 0, device.width(), device.height())
        margin = MARGIN_MM * mm
        small = QFont(body_font())
        small.setPointSizeF(8.5)
        small_metrics = QFontMetricsF(small, device)
        band = small_metrics.height() * (2.6 if setup.marking else 1.6)
        body = QRectF(
            margin, margin + band, page.width() - 2 * margin, page.height() - 2 * (margin + band)
        )
        cover = _document(cover_html, device, body.width(), body.height()) if cover_html else None
        doc = _document(body_html, device, body.width(), body.height())
        total = doc.pageCount() + (1 if cover else 0)
        printed = setup.printed or dt.date.today()
        page_number = 0

        def frame(title: str) -> None:
            nonlocal page_number
            page_number += 1
            if page_number > 1:
                device.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.black)
            top = QRectF(margin, margin, body.width(), small_metrics.height())
            bottom = QRectF(
                margin,
                page.height() - margin - small_metrics.height(),
                body.width(),
                small_metrics.height(),
            )
            if setup.marking:
                marking_font = QFont(small)
                marking_font.setBold(True)
                painter.setFont(marking_font)
                painter.drawText(top, Qt.AlignmentFlag.AlignHCenter, setup.marking)
                painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, setup.marking)
                painter.setFont(small)
                top.translate(0, small_metrics.height())
                bottom.translate(0, -small_metrics.height())
            elided = small_metrics.elidedText(title, Qt.TextElideMode.ElideRight, body.width())
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft, elided)
            painter.drawLine(top.bottomLeft(), top.bottomRight())
            footer_left = small_metrics.elidedText(
                f"Source: {setup.source_title}", Qt.TextElideMode.ElideRight, body.width() * 0.6
            )
            painter.drawLine(bottom.topLeft(), bottom.topRight())
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, footer_left)
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignRight,
                f"page {page_number} of {total} · printed {printed.isoformat()}",
            )  # fmt: skip

        if cover is not None:
            frame(setup.title)
            painter.save()
            painter.translate(body.topLeft())
            cover.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
            painter.restore()
            if figure is not None:
                used = cover.documentLayout().documentSize().height()
                height = min(figure_height_mm * mm, body.bottom() - body.top() - used)
                figure(painter, QRectF(body.left(), body.top() + used, body.width(), height))
        for index in range(doc.pageCount()):
            frame(setup.title)
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
        return total
    finally:
        painter.end()


def pdf_bytes(setup: PageSetup, body_html: str, **kwargs: object) -> tuple[bytes, int]:
    """The PDF of ``body_html`` (after an optional cover) and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(default_page_size())
    writer.setTitle(setup.title)
    writer.setCreator("CoopDesk")
    pages = paint_pages(writer, setup, body_html, **kwargs)  # type: ignore[arg-type]
    del writer  # finishes the file
    data = bytes(buffer.data().data())
    buffer.close()
    if not data:
        raise OutputError("the PDF could not be made.")
    return data, pages


def write_pdf(path: Path | str, setup: PageSetup, body_html: str, **kwargs: object) -> int:
    """Write a PDF by the rules of ``coopdesk.fileio``; returns the number of pages."""
    data, pages = pdf_bytes(setup, body_html, **kwargs)
    write_output(path, data, what="PDF")
    return pages
