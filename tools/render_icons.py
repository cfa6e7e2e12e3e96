"""Render the application icon to the PNG sizes that launchers and icon themes look for.

Run it after changing ``resources/icons/coopdesk.svg`` and commit the PNGs it writes::

    .venv/bin/python tools/render_icons.py          # write resources/icons/hicolor/...
    .venv/bin/python tools/render_icons.py --check  # exit 1 if the PNGs are stale

It draws offscreen, so it runs on a machine with no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
# Antialiasing may differ by a few levels between Qt releases; a stale PNG differs by far more.
TOLERANCE = 24


def png_path(icons: Path, size: int) -> Path:
    """Where the freedesktop icon theme layout puts the ``size`` pixel rendering."""
    return icons / "hicolor" / f"{size}x{size}" / "apps" / "coopdesk.png"


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn into a transparent ``size`` × ``size`` QImage."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def largest_difference(a, b) -> int:  # type: ignore[no-untyped-def]
    """The largest difference of any colour or alpha channel between two same-sized images."""
    from PySide6.QtGui import QImage

    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    if a.size() != b.size():
        return 255
    return max((abs(x - y) for x, y in zip(a.constBits(), b.constBits(), strict=True)), default=0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icons", type=Path, default=ICONS, help="folder holding coopdesk.svg")
    parser.add_argument(
        "--check", action="store_true", help="compare with the PNGs on disk instead of writing"
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    svg = args.icons / "coopdesk.svg"
    stale: list[str] = []
    for size in SIZES:
        image = render(svg, size)
        target = png_path(args.icons, size)
        if args.check:
            on_disk = QImage(str(target))
            if on_disk.isNull() or largest_difference(image, on_disk) > TOLERANCE:
                stale.append(str(target))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}.")
        print(f"wrote {target}")
    if stale:
        print("stale or missing; run tools/render_icons.py:", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
