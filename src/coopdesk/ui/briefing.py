"""The Briefing Pack dialog: what goes in (the count the filters leave), how, and where.

It says how many records the filters leave before anything is made, and refuses an
empty pack or one above the limit with what to do instead. The marking, the notes
switch, the paper size and the folder are remembered; the folder starts in Documents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, tr, translate
from coopdesk.paper.document import MAX_PACK_RECORDS

BriefingCounts = Context("BriefingCounts")  # the words with a number in them
FOLDER_KEY = "print/briefFolder"
PAPER_LABELS = {"a4": "A4", "letter": QT_TRANSLATE_NOOP("Briefing", "Letter")}


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class BriefingPackDialog(QDialog):
    """Count, marking, notes, paper and file; OK only when there is a pack to make."""

    def __init__(
        self,
        count: int,
        filters_text: str,
        marking: str,
        include_notes: bool,
        paper: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPackDialog")
        self.setWindowTitle(translate("Briefing", "Briefing Pack"))
        self.settings = settings
        self.count = count
        self.count_label = QLabel()
        self.count_label.setObjectName("briefCount")
        self.count_label.setWordWrap(True)
        self.count_label.setText(self._count_text(count, filters_text))
        self.marking_edit = QLineEdit(marking)
        self.marking_edit.setObjectName("briefMarking")
        self.marking_edit.setPlaceholderText(translate("Briefing", "none (e.g. FOR OFFICIAL USE)"))
        self.notes_box = QCheckBox(translate("Briefing", "Include my notes, marked as mine"))
        self.notes_box.setObjectName("briefNotes")
        self.notes_box.setChecked(include_notes)
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("briefPaper")
        for key, label in PAPER_LABELS.items():
            self.paper_box.addItem(tr(label), key)
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(paper), 0))
        stored = str(settings.value(FOLDER_KEY, "") or "")
        folder = Path(stored) if stored else documents_folder()
        self.path_edit = QLineEdit(str(folder / "briefing-pack.pdf"))
        self.path_edit.setObjectName("briefPath")
        self.path_edit.textChanged.connect(lambda _t: self._update())
        browse = QPushButton(translate("Briefing", "&Browse…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("Briefing", "Handling &marking:"), self.marking_edit)
        form.addRow("", self.notes_box)
        form.addRow(translate("Briefing", "&Paper:"), self.paper_box)
        save_as = QLabel(translate("Briefing", "&Save as:"))
        save_as.setBuddy(self.path_edit)  # a row of a layout has none: Alt+S finds the path
        form.addRow(save_as, where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _count_text(count: int, filters_text: str) -> str:
        if count == 0:
            return translate(
                "Briefing",
                "No records match these filters ({filters}), so there is nothing to put in a "
                "pack. Clear a filter or widen the years.",
            ).format(filters=filters_text)
        if count > MAX_PACK_RECORDS:
            leave = BriefingCounts.tr("The filters ({filters}) leave %n record(s);", "", count)
            most = BriefingCounts.tr(
                "a briefing pack holds at most %n. Narrow the filters, or use File > Export "
                "Records… for all of them.",
                "",
                MAX_PACK_RECORDS,
            )
            return f"{leave.format(filters=filters_text)} {most}"
        return BriefingCounts.tr(
            "%n record(s) ({filters}): a cover, contents, one section per record and an index.",
            "",
            count,
        ).format(filters=filters_text)

    def acceptable(self) -> bool:
        return 0 < self.count <= MAX_PACK_RECORDS and bool(self.path_edit.text().strip())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.acceptable())

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Briefing", "Save the briefing pack as"),
            self.path_edit.text(),
            "PDF (*.pdf)",
        )
        if name:
            self.path_edit.setText(name)

    # ------------------------------------------------------------------ the answers

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(".pdf") else f"{text}.pdf")

    def marking(self) -> str:
        return self.marking_edit.text().strip()

    def include_notes(self) -> bool:
        return self.notes_box.isChecked()

    def paper(self) -> str:
        return str(self.paper_box.currentData())

    def accept(self) -> None:
        if not self.acceptable():
            return
        self.settings.setValue(FOLDER_KEY, str(self.path().parent))
        super().accept()
