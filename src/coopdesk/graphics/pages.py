"""Typst's pages, drawn by Qt: page images for the preview and pages on a printer.

The pages come from ``coopdesk.paper`` as SVG, made by the same template as the PDF, so
the preview, the printer and the file show the same pages. QtGui and QtSvg only.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtSvg import QSvgRenderer

from coopdesk.errors import OutputError
from coopdesk.i18n import translate
from coopdesk.jobs import QUIET, Progress

POINTS_PER_INCH = 72.0


def renderer(svg: bytes) -> QSvgRenderer:
    page = QSvgRenderer(QByteArray(svg))
    if not page.isValid():
        raise OutputError(translate("Paper", "a page could not be drawn (its image is damaged)."))
    return page


def page_size_points(svg: bytes) -> QSizeF:
    """The page's size in points: Typst's SVG view box is in points."""
    return renderer(svg).viewBoxF().size()


def page_image(svg: bytes, dpi: float) -> QImage:
    """One page as an image at ``dpi``, on white."""
    page = renderer(svg)
    size = page.viewBoxF().size()
    scale = dpi / POINTS_PER_INCH
    image = QImage(
        max(round(size.width() * scale), 1),
        max(round(size.height() * scale), 1),
        QImage.Format.Format_RGB32,
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    page.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def paint_pages(device: QPagedPaintDevice, pages: list[bytes], progress: Progress = QUIET) -> int:
    """Draw ``pages`` on a printer (or any paged device), each filling a page of its size.

    The device's page size follows the pages' own; margins are the pages' own too.
    Returns the number of pages drawn; ``progress`` can stop it between pages.
    """
    if not pages:
        return 0
    first = page_size_points(pages[0])
    fuzzy = QPageSize.SizeMatchPolicy.FuzzyMatch
    device.setPageSize(QPageSize(first, QPageSize.Unit.Point, "", fuzzy))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter()
    if not painter.begin(device):
        raise OutputError(translate("Paper", "the printer cannot be opened for drawing."))
    try:
        for number, svg in enumerate(pages):
            progress.step(number, len(pages), f"Printing page {number + 1} of {len(pages)}…")
            if number:
                device.newPage()
            target = QRectF(0, 0, device.width(), device.height())
            renderer(svg).render(painter, target)
        progress.step(len(pages), len(pages))
    finally:
        painter.end()
    return len(pages)
