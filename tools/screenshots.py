"""The README's screenshots: the window at 1280×720 and 1920×1080, light and dark.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [docs]
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs --lang ru

With ``--lang ru`` the window speaks Russian (the translation ``make`` builds) and the
pictures are docs/window-ru-light-1280x720.png and docs/window-ru-dark-1280x720.png.

Each is the bundled database with the year 2017 chosen and the meeting in The Hague
selected, drawn with the Fusion style and fresh settings (nothing of the user's).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

SHOTS: tuple[tuple[str, tuple[int, int], str], ...] = (
    ("window-light-1280x720.png", (1280, 720), "light"),
    ("window-dark-1280x720.png", (1280, 720), "dark"),
    ("window-light-1920x1080.png", (1920, 1080), "light"),
    ("window-dark-1920x1080.png", (1920, 1080), "dark"),
)
HAGUE = "event/2017-09-27-the-hague"


def main(argv: list[str]) -> int:
    language = "en"
    if "--lang" in argv:
        at = argv.index("--lang")
        language, argv = argv[at + 1], argv[:at] + argv[at + 2 :]
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "docs"
    shots = SHOTS
    if language != "en":
        shots = tuple(
            (f"window-{language}-{theme}-{w}x{h}.png", (w, h), theme)
            for _name, (w, h), theme in SHOTS
            if (w, h) == (1280, 720)
        )
    if len(argv) > 2:  # a folder, a size and a theme: one picture (for looking, not docs)
        width, height = (int(n) for n in argv[1].split("x"))
        lang = "" if language == "en" else f"{language}-"
        shots = ((f"window-{lang}{argv[2]}-{argv[1]}.png", (width, height), argv[2]),)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from coopdesk.app import create_main_window
    from coopdesk.model import Filters
    from coopdesk.ui.app import application
    from coopdesk.ui.language import install_language

    application()  # first: Qt's own words (Cancel, Close) are translated in an application
    if install_language(language) != language:
        print(f"the {language!r} translation is not built: run `make translations`")
        return 2

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = create_main_window(None, settings, Path(scratch) / "user.db")
        app = QApplication.instance()
        assert app is not None
        for name, (width, height), theme in shots:
            window.preferences.set_theme(theme)
            window.resize(width, height)
            window.show()
            window.reset_layout()
            window.controller.set_filters(Filters())
            window.controller.set_filters(Filters(year_from=2017, year_to=2017))
            window.select_record(HAGUE)
            window.tree.setFocus()
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(folder / name))
            print(f"Saved {folder / name}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
