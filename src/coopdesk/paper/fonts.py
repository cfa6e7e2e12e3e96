"""The fonts paper is set in: PT Serif and PT Sans, shipped in resources/fonts (no Qt).

Typst reads only these files (never the system's), so every machine lays out the same
pages. This module reads the same files for two things the layout needs before Typst
runs: which characters they can draw, and how wide a string is in PT Sans (the timeline
figure's labels are placed in Python, then drawn by the template).
"""

from __future__ import annotations

import functools
from pathlib import Path

from fontTools.ttLib import TTFont

from coopdesk import paths
from coopdesk.timeline.scale import TextMetrics

SERIF = "PT Serif"
SANS = "PT Sans"
SANS_REGULAR_FILE = "PTS55F.ttf"
# Ascent plus descent of PT Sans, in ems (hhea: 1018 + 276 over 1000 units).
SANS_LINE_EMS = 1.294


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def font_files() -> list[Path]:
    return sorted(fonts_dir().glob("*.ttf"))


@functools.cache
def covered() -> frozenset[int]:
    """The code points every bundled face can draw (PDF/A refuses any other)."""
    files = font_files()
    if not files:
        return frozenset()
    sets = []
    for path in files:
        with TTFont(path, lazy=True) as font:
            sets.append(set(font.getBestCmap()))
    return frozenset(set.intersection(*sets))


@functools.cache
def _sans_advances() -> tuple[dict[int, float], float]:
    """PT Sans Regular's advance widths in ems by code point, and the fallback width."""
    with TTFont(fonts_dir() / SANS_REGULAR_FILE, lazy=True) as font:
        units = float(font["head"].unitsPerEm)
        hmtx = font["hmtx"].metrics
        widths = {code: hmtx[glyph][0] / units for code, glyph in font.getBestCmap().items()}
        return widths, hmtx[".notdef"][0] / units


def sans_width(text: str, size: float) -> float:
    """The advance width of ``text`` set in PT Sans at ``size`` (in the size's unit).

    Kerning is ignored: it moves the figure's short labels by a fraction of a point,
    which the gaps the layout keeps between labels absorb.
    """
    widths, fallback = _sans_advances()
    return sum(widths.get(ord(ch), fallback) for ch in text) * size


def sans_metrics(size: float) -> TextMetrics:
    """Text metrics for the timeline layout, in the unit ``size`` is given in."""
    return TextMetrics(lambda text: sans_width(text, size), SANS_LINE_EMS * size)
