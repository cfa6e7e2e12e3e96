"""Make the README's pictures of the Curate window: docs/curate.png and docs/curate-form.png.

    .venv/bin/python tools/curate_screenshots.py

The bundled source is copied to a temporary folder and three of its dated records taken
out, so the Suggest pass has something to propose; one proposal is accepted through the
form, as a curator would. Nothing under data/ is changed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk import paths
from coopdesk.app import create_curate_window
from coopdesk.curate.commands import RemoveRecord
from coopdesk.curate.curation import CurationFile

NAME = "fight-against-transnational-crime-and-terrorism"
TAKEN_OUT = (
    "event/2017-07-13-expert-consultations-brussels",
    "event/2017-09-27-the-hague",
    "event/2018-02-08-ct-talks-round-3",
)
DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "source"
        shutil.copytree(paths.source_dir(), source)
        curation = CurationFile.open(source / f"{NAME}.toml")
        for record_id in TAKEN_OUT:
            RemoveRecord(curation, record_id).redo(curation)
        curation.save()

        window = create_curate_window(source / f"{NAME}.txt")
        app = QApplication.instance()
        assert app is not None
        window.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
        window.resize(1440, 900)
        window.show()

        def settle() -> None:
            while window.builds.pending() or window.suggester.pending():
                app.processEvents()
                time.sleep(0.01)
            for _ in range(10):
                app.processEvents()

        settle()
        panel = window.suggestions
        panel.list.setCurrentItem(panel.list.topLevelItem(0))
        panel.accept_button.click()
        form = window.form
        assert form is not None
        # The curator has checked the kind and written a title of their own; the date,
        # the place and the participants are still to confirm.
        form.title.setText("Expert consultations in Brussels")
        form.rows["title"].edited()
        form.rows["kind"].box.setChecked(True)
        settle()
        DOCS.mkdir(exist_ok=True)
        form.grab().save(str(DOCS / "curate-form.png"))
        for row in form.fields:
            if row.unconfirmed:
                row.box.setChecked(True)
        form.ok.click()
        settle()
        panel.list.setCurrentItem(panel.list.topLevelItem(0))
        window.show_record("event/2017-07-13-expert-consultations-in-brussels")
        settle()
        window.grab().save(str(DOCS / "curate.png"))
        window.close()
    print(f"Saved {DOCS / 'curate.png'} and {DOCS / 'curate-form.png'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
