"""The cover's timeline figure: laid out by the timeline's own layout, drawn by Typst.

``coopdesk.timeline`` places markers, labels and ticks against text metrics; here the
metrics are PT Sans's own advance widths (read from the bundled font file), so the
labels the template sets take exactly the room the layout gave them. The result is
plain data (positions in layout pixels, 0.75 pt each) that the template draws. Every
record the figure cannot label (a cluster, or a label with no room) is listed under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coopdesk.i18n import tr, translate
from coopdesk.model import DatedRecord
from coopdesk.paper.chrome import Paper
from coopdesk.paper.fonts import sans_metrics
from coopdesk.render import LANE_STYLE, human_date
from coopdesk.schema import LANES
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.layout import Frame, layout_frame, members_of
from coopdesk.timeline.scale import LEGEND_X, MARKER, NAME_X, Box

# The layout works in pixels. On paper a pixel is 0.6 pt and the labels 12.5 px (7.5 pt):
# markers come out a little smaller beside the text than on screen, which leaves room to
# draw records a few weeks apart as two markers, not one cluster.
PT_PER_PX = 0.6
FONT_PX = 12.5
HEIGHT_PX = 250.0  # four lanes of two label rows each, and the axis


def _box(box: Box) -> dict[str, float]:
    return {"x": round(box.x, 2), "y": round(box.y, 2), "w": round(box.w, 2), "h": round(box.h, 2)}


def alt_text(count: int, first: str, last: str, labelled: int) -> str:
    """The figure in words, for a screen reader: what it shows and what is labelled."""
    lanes = ", ".join(tr(lane) for lane in LANES)
    shows = Paper.tr(
        "Timeline of %n dated record(s) from {first} to {last} in four lanes: {lanes}.",
        "",
        count,
    ).format(first=first, last=last, lanes=lanes)
    marked = Paper.tr("%n marker(s) are labelled with their date;", "", labelled)
    rest = translate(
        "Paper",
        "every record is in the contents, and those without a label are listed under the figure.",
    )
    return f"{shows} {marked} {rest}"


def figure_data(records: Sequence[DatedRecord], width_pt: float) -> dict[str, Any]:
    """The figure for ``records`` across ``width_pt`` points, as data for the template."""
    data = TimelineData(records)
    metrics = sans_metrics(FONT_PX)
    bounds = Box(0, 0, width_pt / PT_PER_PX, HEIGHT_PX)
    frame = layout_frame(data, bounds, metrics)
    labelled = {label.index for label in frame.labels}
    unlabelled = [i for i in range(len(data.records)) if i not in labelled]
    first = human_date(data.records[0].date) if data.records else ""
    last = human_date(data.records[-1].date) if data.records else ""
    alt = alt_text(len(data.records), first, last, len(labelled))
    return {
        "unit": PT_PER_PX,
        "width": bounds.w,
        "height": bounds.h,
        "font_px": FONT_PX,
        "line_px": round(metrics.height, 2),
        "marker": MARKER,
        "legend_x": LEGEND_X,
        "name_x": NAME_X,
        "plot": _box(frame.plot),
        "axis_y": round(frame.axis_y, 2),
        "lanes": [
            {
                "name": tr(band.name),
                **_box(band.box),
                "marker_y": round(band.marker_y, 2),
                "colour": LANE_STYLE[band.name][0],
                "shape": _shape_name(band.name),
            }
            for band in frame.lanes
        ],
        "marks": _marks(frame, data),
        "labels": [
            {**_box(label.box), "text": label.text, "baseline": round(label.box.cy, 2)}
            for label in frame.labels
        ],
        "ticks": [
            {
                "x": round(t.x, 2),
                "level": t.level,
                "text": t.text if t.box is not None else "",
                "label": _box(t.box) if t.box is not None else None,
            }
            for t in frame.ticks
        ],
        "gaps": [round(box.cx, 2) for box, _gap in frame.gaps],
        "range": frame.range_text,
        "message": frame.message,
        "alt": alt,
        "unlabelled": [
            {
                "date": human_date(data.records[i].date),
                "title": data.records[i].title,
                "lane": LANES[data.lanes[i]],
            }
            for i in unlabelled
        ],
        "count": len(data.records),
    }


def _shape_name(lane: str) -> str:
    return {"◆": "diamond", "■": "square", "●": "circle", "▲": "triangle"}[LANE_STYLE[lane][1]]


def _marks(frame: Frame, data: TimelineData) -> list[dict[str, Any]]:
    out = []
    for mark in frame.marks:
        lane = LANES[mark.lane]
        out.append(
            {
                **_box(mark.box),
                "cx": round(mark.x, 2),
                "cy": round(mark.y, 2),
                "count": mark.count,
                "colour": LANE_STYLE[lane][0],
                "shape": _shape_name(lane),
                "members": len(members_of(data, mark)),
            }
        )
    return out
