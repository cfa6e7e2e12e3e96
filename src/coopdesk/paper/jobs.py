"""Paper's entry points: a record or a briefing pack as PDF bytes, files or page images.

No Qt: the command line prints without loading any, and the window draws the page
images this module returns. Every path (file, preview, printer) goes through the one
template, so they all show the same pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from coopdesk.fileio import write_output
from coopdesk.jobs import QUIET, Progress
from coopdesk.model import Filters
from coopdesk.paper.document import PaperOptions, pack_document, record_document
from coopdesk.paper.engine import compile_document
from coopdesk.store import Store

Document = dict[str, Any]
_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


def page_count(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def pdf_bytes(document: Document, progress: Progress = QUIET) -> bytes:
    """The tagged PDF/A-2b and PDF/UA-1 file of ``document``."""
    out = compile_document(document, "pdf", progress=progress)
    assert isinstance(out, bytes)
    return out


def page_images(document: Document, progress: Progress = QUIET) -> list[bytes]:
    """Each page of ``document`` as SVG, for the window's preview and for printers."""
    out = compile_document(document, "svg", progress=progress)
    return out if isinstance(out, list) else [out]


def write_pdf(document: Document, out: Path | str, progress: Progress = QUIET) -> int:
    """Compile ``document`` and write it by ``coopdesk.fileio``'s rules; returns its pages."""
    data = pdf_bytes(document, progress)
    progress.check()
    write_output(out, data, what="PDF")
    return page_count(data)


def write_record_pdf(
    store: Store,
    record_id: str,
    out: Path | str,
    options: PaperOptions | None = None,
    progress: Progress = QUIET,
) -> int:
    """One record as a PDF file; returns its number of pages."""
    return write_pdf(record_document(store, record_id, options or PaperOptions()), out, progress)


def write_brief_pdf(
    store: Store,
    filters: Filters,
    out: Path | str,
    options: PaperOptions | None = None,
    progress: Progress = QUIET,
) -> int:
    """A briefing pack of the records ``filters`` leave, as a PDF file; returns its pages."""
    document = pack_document(store, filters, options or PaperOptions(), progress)
    return write_pdf(document, out, progress)
