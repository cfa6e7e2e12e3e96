"""Record pages and briefing packs: gathered from the data layer, laid out by ``pages``.

QtGui only (fonts, the painter, the PDF writer), never widgets, so the command line
prints without the window. ``gui_app()`` starts the one Qt object fonts need.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QGuiApplication, QPainter

from coopdesk.briefing import brief_body_html, brief_cover_html
from coopdesk.graphics.timeline import render_timeline
from coopdesk.marks import titled
from coopdesk.model import DatedRecord, Filters
from coopdesk.paper.pages import Figure, PageSetup, write_pdf
from coopdesk.render import (
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


def source_title(store: Store) -> str:
    titles = [d.title for d in store.meta().documents]
    return titles[0] if len(titles) == 1 else f"{len(titles)} documents"


def record_job(
    store: Store, record_id: str, marking: str = "", note: str = ""
) -> tuple[PageSetup, str]:
    """``note``: the user's note, printed in a box marked as theirs (empty: none)."""
    detail = store.record(record_id)
    note_html = user_note_html(note, for_print=True)
    return PageSetup(titled(detail.ref), source_title(store), marking), record_html(
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
    store: Store, filters: Filters, marking: str = "", notes: Mapping[str, str] | None = None
) -> dict[str, object]:
    """Everything ``paint_pages`` needs for a briefing pack of the filtered records."""
    records = store.dated(filters)
    details = [store.record(r.id) for r in records]
    if filters.stated_only:
        details = [d.stated_links_only() for d in details]
    names = names_map(store.entities("agency"), store.entities("offence"))
    meta = store.meta()
    title = "Briefing pack"
    cover = brief_cover_html(
        title, describe_filters(filters, names), len(records), meta.data_as_of,
        "; ".join(f"{d.title} (SHA-256 {d.sha256[:12]}…)" for d in meta.documents),
    )  # fmt: skip
    body = brief_body_html(details, notes)
    return {
        "setup": PageSetup(
            f"{title} — {describe_filters(filters, names)}", source_title(store), marking
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
) -> int:
    job = brief_job(store, filters, marking, notes)
    setup = job.pop("setup")
    body = job.pop("body_html")
    return write_pdf(out, setup, body, **job)  # type: ignore[arg-type]
