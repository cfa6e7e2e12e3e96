"""Record pages and briefing packs: gathered from the data layer, laid out by ``pages``.

QtGui only (fonts, the painter, the PDF writer), never widgets, so the command line
prints without the window. ``gui_app()`` starts the one Qt object fonts need.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QGuiApplication, QPainter

from coopdesk.graphics.timeline import render_timeline
from coopdesk.jobs import QUIET, Progress
from coopdesk.model import DatedRecord, Filters, RecordDetail
from coopdesk.paper.pages import Figure, PageSetup, write_pdf
from coopdesk.render import (
    brief_body_html,
    brief_cover_html,
    describe_filters,
    names_map,
    record_html,
    user_note_html,
)
from coopdesk.store import Store
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.scale import PRINT_FONT_PX


def gui_app() -> QGuiApplication:
    """The application object fonts and painters need; offscreen when there is no display."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["coopdesk"])


def source_title(store: Store, details: Sequence[RecordDetail] = ()) -> str:
    """The footer's "Source: …": the documents the records come from (all when none)."""
    titles = list(dict.fromkeys(d.document_title for d in details if d.document_title))
    titles = titles or [d.title for d in store.meta().documents]
    return "; ".join(titles) if len(titles) <= 2 else f"{len(titles)} documents"


def record_job(
    store: Store, record_id: str, marking: str = "", note: str = ""
) -> tuple[PageSetup, str]:
    """``note``: the user's note, printed in a box marked as theirs (empty: none)."""
    detail = store.record(record_id)
    note_html = user_note_html(note, for_print=True)
    return PageSetup(detail.title, source_title(store, [detail]), marking), record_html(
        detail, for_print=True, note_html=note_html
    )


def timeline_figure(records: list[DatedRecord]) -> Figure:
    """The cover's timeline: the pane's layout and painter, black on white."""
    data = TimelineData(records)
    font = QFont(QGuiApplication.font())
    font.setPixelSize(PRINT_FONT_PX)

    def draw(painter: QPainter, rect: QRectF) -> None:
        render_timeline(painter, rect, data, font)

    return draw


def brief_job(
    store: Store,
    filters: Filters,
    marking: str = "",
    notes: Mapping[str, str] | None = None,
    progress: Progress = QUIET,
) -> dict[str, object]:
    """Everything ``paint_pages`` needs for a briefing pack of the filtered records."""
    records = store.dated(filters)
    details = store.details([r.id for r in records], progress)
    meta = store.meta()
    names = names_map(store.entities("agency"), store.entities("offence"), meta.documents)
    used = {d.document_id for d in details}
    sources = [d for d in meta.documents if d.id in used] or list(meta.documents)
    title = "Briefing pack"
    cover = brief_cover_html(
        title, describe_filters(filters, names), len(records), meta.data_as_of,
        "; ".join(f"{d.title} (SHA-256 {d.sha256[:12]}…)" for d in sources),
    )  # fmt: skip
    body = brief_body_html(details, notes)
    return {
        "setup": PageSetup(
            f"{title} — {describe_filters(filters, names)}", source_title(store, details), marking
        ),
        "body_html": body,
        "cover_html": cover,
        "figure": timeline_figure(records) if records else None,
    }


def write_record_pdf(
    store: Store, record_id: str, out: Path | str, marking: str = "", note: str = ""
) -> int:
    setup, body = record_job(store, record_id, marking, note)
    return write_pdf(out, setup, body)


def write_brief_pdf(
    store: Store,
    filters: Filters,
    out: Path | str,
    marking: str = "",
    notes: Mapping[str, str] | None = None,
    progress: Progress = QUIET,
) -> int:
    job = brief_job(store, filters, marking, notes, progress)
    setup = job.pop("setup")
    body = job.pop("body_html")
    return write_pdf(out, setup, body, **job)  # type: ignore[arg-type]
