"""Contrast, measured on the colours the window really uses, in each palette it offers.

Every text stands at least 4.5:1 against what it is drawn on and every graphic that
carries meaning (markers, the current record's ring, the focus frame, the axis) at
least 3:1 (WCAG 2.1, 1.4.3 and 1.4.11); and nothing is told by colour alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

import probes
from coopdesk.graphics.timeline import Colours
from coopdesk.model import DatedRecord
from coopdesk.render import LANE_STYLE
from coopdesk.ui.app import application
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.style import detail_css
from coopdesk.ui.timeline import TimelineView
from palettes import PALETTES

TEXT, GRAPHIC = 4.5, 3.0
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def over(fg: QColor, bg: QColor) -> QColor:
    """What ``fg`` looks like painted on ``bg`` (palettes give some colours an alpha)."""
    a = fg.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in zip(
        (fg.redF(), fg.greenF(), fg.blueF()), (bg.redF(), bg.greenF(), bg.blueF()), strict=True
    )))  # fmt: skip


def ratio(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of ``a`` drawn on ``b``, from 1 (none) to 21."""
    high, low = sorted((luminance(over(a, b)), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def failing(pairs: dict[str, tuple[QColor, QColor]], least: float) -> dict[str, str]:
    return {
        what: f"{fg.name(QColor.NameFormat.HexArgb)} on {bg.name()}: {ratio(fg, bg):.2f}:1"
        for what, (fg, bg) in pairs.items()
        if ratio(fg, bg) < least
    }


@pytest.fixture(params=list(PALETTES))
def palette(request, qapp) -> Iterator[QPalette]:  # type: ignore[no-untyped-def]
    """Each palette as the window ends up drawing with it: given to the application (as
    a desktop or a theme would), then read back."""
    application()  # CoopDesk's application, which keeps its palette readable
    before = QPalette(QApplication.palette())
    QApplication.setPalette(PALETTES[request.param]())
    try:
        yield QPalette(QApplication.palette())
    finally:
        QApplication.setPalette(before)


def test_ratio_is_the_wcag_formula() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_palette_texts_are_readable(palette: QPalette) -> None:
    c = palette.color
    pairs = {
        "window text": (c(Role.WindowText), c(Role.Window)),
        "text": (c(Role.Text), c(Role.Base)),
        "alternate rows": (c(Role.Text), c(Role.AlternateBase)),
        "buttons": (c(Role.ButtonText), c(Role.Button)),
        "placeholder (search box, note)": (c(Role.PlaceholderText), c(Role.Base)),
        "selected text": (c(Role.HighlightedText), c(Role.Highlight)),
        "links": (c(Role.Link), c(Role.Base)),
        "tooltips": (c(Role.ToolTipText), c(Role.ToolTipBase)),
    }
    assert failing(pairs, TEXT) == {}


def css_pairs(css: str, palette: QPalette) -> dict[str, tuple[QColor, QColor]]:
    """Each rule's text colour against its own background, or the page's."""
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    pairs = {}
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        background = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", body)
        if colour is None and background is None:
            continue
        fg = QColor(colour.group(1)) if colour else text
        bg = QColor(background.group(1)) if background else base
        pairs[selector.strip()] = (fg, bg)
    return pairs


# Rules that draw no text: the rule between sections and the bar beside a quote (a quote
# is also told by its quotation marks, its indent and its citation).
DECORATIVE = {"hr", "td.quote-bar"}


def test_every_text_of_the_detail_view_is_readable(palette: QPalette) -> None:
    pairs = css_pairs(detail_css(palette), palette)
    for selector in DECORATIVE:
        pairs.pop(selector, None)
    assert "a" in pairs and "body" in pairs
    assert failing(pairs, TEXT) == {}


def test_timeline_texts_and_graphics_stand_out(palette: QPalette) -> None:
    colours = Colours.from_palette(palette)
    grounds = {"background": colours.background, "alternate lane": colours.band}
    texts, graphics = {}, {}
    for ground, bg in grounds.items():
        texts[f"labels, lane names on {ground}"] = (colours.text, bg)
        texts[f"axis months, range, cluster counts on {ground}"] = (colours.muted, bg)
        graphics[f"markers outside the filters on {ground}"] = (colours.faded, bg)
        graphics[f"the current record's ring on {ground}"] = (colours.highlight, bg)
        graphics[f"the axis on {ground}"] = (colours.axis, bg)
        for lane, (colour, _shape) in LANE_STYLE.items():
            fill = QColor(colour)
            # A marker stands out by its fill or by its edge, whichever is stronger.
            edge = max((fill, colours.outline(fill)), key=lambda c, bg=bg: ratio(c, bg))
            graphics[f"{lane} markers on {ground}"] = (edge, bg)
    assert failing(texts, TEXT) == {}
    assert failing(graphics, GRAPHIC) == {}


def test_the_notes_instructions_are_readable_before_a_record_is_chosen(
    window: MainWindow, palette: QPalette
) -> None:
    editor = window.notes_panel.editor
    assert window.notes_panel.record_id() is None
    assert editor.placeholderText().startswith("Select a record")
    group = Group.Active if editor.isEnabled() else Group.Disabled
    pal = editor.palette()
    pairs = {"instructions": (pal.color(group, Role.PlaceholderText), pal.color(group, Role.Base))}
    assert failing(pairs, TEXT) == {}


# ---------------------------------------------------------------------- not by colour alone


def test_lanes_differ_in_shape_not_only_colour() -> None:
    shapes = [shape for _colour, shape in LANE_STYLE.values()]
    assert len(set(shapes)) == len(shapes)


def rec(record_id: str, kind: str, date: str) -> DatedRecord:
    return DatedRecord(id=record_id, kind=kind, title=record_id, date=date, year=int(date[:4]))


def test_records_outside_the_filters_are_hollow_not_just_paler(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 260)
    view.set_records([rec("a", "summit", "2001-10-03"), rec("b", "summit", "2005-10-03")])
    view.set_visible({"a"})
    view.fit_all()
    view.show()
    qtbot.waitExposed(view)
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.render(painter, QPoint())
    painter.end()
    colours = Colours.from_palette(view.palette())

    def centre(record_id: str) -> QColor:
        rect = probes.marker_rect(view, record_id)
        assert rect is not None
        return image.pixelColor(QPointF(rect.center()).toPoint())

    assert centre("a") == QColor(LANE_STYLE["Summits"][0])  # filled with the lane's colour
    inside = centre("b")
    assert ratio(inside, colours.background) < 1.1 or ratio(inside, colours.band) < 1.1


def test_links_are_underlined_in_every_palette(palette: QPalette) -> None:
    rules = dict(re.findall(r"(?m)^([\w.]+)\s*\{([^}]*)\}", detail_css(palette)))
    assert "underline" in rules["a"]


__all__ = ["Qt"]
