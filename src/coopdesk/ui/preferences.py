"""Edit > Preferences…: theme, text size, language and default folders, kept in QSettings.

``Preferences`` owns the stored choices and applies them; the dialog only edits them.
The folders start at the user's Documents and follow the last folder used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk import i18n
from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts
from coopdesk.ui.actions import make_action, standard_or
from coopdesk.ui.briefing import FOLDER_KEY as PACKS_FOLDER_KEY
from coopdesk.ui.briefing import documents_folder
from coopdesk.ui.language import LANGUAGE_KEY, system_language
from coopdesk.ui.language import NAMES as LANGUAGE_NAMES
from coopdesk.ui.language import SYSTEM as LANGUAGE_SYSTEM
from coopdesk.ui.theme import DARK, HIGH_CONTRAST, LIGHT, SYSTEM, THEMES, apply_theme

THEME_KEY = "prefs/theme"
TEXT_SIZE_KEY = "prefs/textSize"
EXPORTS, PACKS, DATABASES = "exports", "packs", "databases"
# Where each kind of file goes: the Briefing Pack dialog keeps its folder under its own key.
FOLDER_KEYS = {EXPORTS: "folders/exports", PACKS: PACKS_FOLDER_KEY, DATABASES: "folders/databases"}
TEXT_SIZES = (8, 28)  # the detail view's text, in points

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "action": QT_TRANSLATE_NOOP("Preferences", "&Preferences…"),
        "tip": QT_TRANSLATE_NOOP("Preferences", "Theme, text size, language and default folders"),
        "title": QT_TRANSLATE_NOOP("Preferences", "Preferences"),
        "theme": QT_TRANSLATE_NOOP("Preferences", "&Theme:"),
        SYSTEM: QT_TRANSLATE_NOOP("Preferences", "As the system"),
        LIGHT: QT_TRANSLATE_NOOP("Preferences", "Light"),
        DARK: QT_TRANSLATE_NOOP("Preferences", "Dark"),
        HIGH_CONTRAST: QT_TRANSLATE_NOOP("Preferences", "High contrast"),
        "text_size": QT_TRANSLATE_NOOP("Preferences", "Text &size of the detail view:"),
        "points": QT_TRANSLATE_NOOP("Preferences", " pt"),
        "language": QT_TRANSLATE_NOOP("Preferences", "&Language:"),
        "language_system": QT_TRANSLATE_NOOP("Preferences", "As the system ({language})"),
        "language_note": QT_TRANSLATE_NOOP(
            "Preferences", "A new language applies the next time CoopDesk starts."
        ),
        "language_later": QT_TRANSLATE_NOOP(
            "Preferences", "Preferences saved. CoopDesk speaks {language} from its next start."
        ),
        "exports": QT_TRANSLATE_NOOP("Preferences", "Save &exports in:"),
        "packs": QT_TRANSLATE_NOOP("Preferences", "Save briefing &packs in:"),
        "databases": QT_TRANSLATE_NOOP("Preferences", "Open &databases from:"),
        "browse": QT_TRANSLATE_NOOP("Preferences", "Browse…"),
        "choose": QT_TRANSLATE_NOOP("Preferences", "Choose a folder"),
        "saved": QT_TRANSLATE_NOOP("Preferences", "Preferences saved."),
        "larger": QT_TRANSLATE_NOOP("Preferences", "&Larger Text"),
        "smaller": QT_TRANSLATE_NOOP("Preferences", "S&maller Text"),
        "normal": QT_TRANSLATE_NOOP("Preferences", "&Normal Text Size"),
    }
)


class Preferences(QObject):
    """The user's preferences: read, stored, applied. ``textSizeChanged(points)``."""

    textSizeChanged = Signal(int)
    status = Signal(str)

    def __init__(self, settings: QSettings | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self._memory: dict[str, object] = {}  # stands in for settings when there are none
        self._parent = parent
        self.action: QAction = make_action(
            parent,
            TEXT["action"],
            self.edit,
            standard_or(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            TEXT["tip"],
        )
        self.action.setObjectName("preferencesAction")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.dialog: PreferencesDialog | None = None
        sk = QKeySequence.StandardKey
        self.larger_text_action = make_action(
            parent,
            TEXT["larger"],
            self.larger_text,
            [QKeySequence(sk.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.smaller_text_action = make_action(
            parent, TEXT["smaller"], self.smaller_text, sk.ZoomOut
        )
        self.normal_text_action = make_action(parent, TEXT["normal"], self.normal_text)

    def text_actions(self) -> list[QAction]:
        """View > Larger Text, Smaller Text and Normal Text Size."""
        return [self.larger_text_action, self.smaller_text_action, self.normal_text_action]

    # ------------------------------------------------------------------ stored values

    def value(self, key: str, default: object) -> object:
        if self.settings is None:
            return self._memory.get(key, default)
        return self.settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        if self.settings is None:
            self._memory[key] = value
        else:
            self.settings.setValue(key, value)

    def theme(self) -> str:
        value = str(self.value(THEME_KEY, SYSTEM))
        return value if value in THEMES else SYSTEM

    def default_text_size(self) -> int:
        return max(QApplication.font().pointSize(), TEXT_SIZES[0])

    def text_size(self) -> int:
        try:
            value = int(str(self.value(TEXT_SIZE_KEY, 0)))
        except ValueError:
            value = 0
        if not value:
            return self.default_text_size()
        return min(max(value, TEXT_SIZES[0]), TEXT_SIZES[1])

    def language(self) -> str:
        """The language chosen: "en", "ru", or "" for as the system."""
        value = str(self.value(LANGUAGE_KEY, LANGUAGE_SYSTEM) or LANGUAGE_SYSTEM)
        return value if value in LANGUAGE_NAMES else LANGUAGE_SYSTEM

    def folder(self, purpose: str) -> Path:
        """Where to propose saving (or opening): the last folder used, else Documents."""
        value = str(self.value(FOLDER_KEYS[purpose], "") or "")
        path = Path(value) if value else documents_folder()
        return path if path.is_dir() else documents_folder()

    def remember_folder(self, purpose: str, path: Path) -> None:
        self.set_value(FOLDER_KEYS[purpose], str(path))

    # ------------------------------------------------------------------ changes

    def apply(self) -> None:
        """Apply what is stored: the theme now, the text size to whoever listens."""
        apply_theme(self.theme())
        self.textSizeChanged.emit(self.text_size())

    def set_theme(self, theme: str) -> None:
        self.set_value(THEME_KEY, theme)
        apply_theme(theme)

    def set_text_size(self, points: int) -> None:
        points = min(max(points, TEXT_SIZES[0]), TEXT_SIZES[1])
        self.set_value(TEXT_SIZE_KEY, points)
        self.textSizeChanged.emit(points)

    def larger_text(self) -> None:
        self.set_text_size(self.text_size() + 1)

    def smaller_text(self) -> None:
        self.set_text_size(self.text_size() - 1)

    def normal_text(self) -> None:
        self.set_value(TEXT_SIZE_KEY, 0)
        self.textSizeChanged.emit(self.text_size())

    def edit(self) -> None:
        """Open the dialog (without blocking); OK stores and applies what it shows."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = dialog = PreferencesDialog(self, self._parent)
        dialog.finished.connect(lambda result: self._finished(dialog, result))
        dialog.open()

    def _finished(self, dialog: PreferencesDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        self.set_theme(dialog.theme.currentData())
        self.set_text_size(dialog.text_size.value())
        language = str(dialog.language.currentData())
        self.set_value(LANGUAGE_KEY, language)
        for purpose, field in dialog.folders.items():
            if field.text().strip():
                self.remember_folder(purpose, Path(field.text().strip()))
        next_start = language or system_language()
        if next_start != i18n.language():
            name = LANGUAGE_NAMES.get(next_start, next_start)
            self.status.emit(TEXT["language_later"].format(language=name))
        else:
            self.status.emit(TEXT["saved"])


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(TEXT["title"])
        form = QFormLayout()
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        for theme in THEMES:
            self.theme.addItem(TEXT[theme], theme)
        self.theme.setCurrentIndex(THEMES.index(prefs.theme()))
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSizeChoice")
        self.text_size.setRange(*TEXT_SIZES)
        self.text_size.setSuffix(TEXT["points"])
        self.text_size.setValue(prefs.text_size())
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        system = LANGUAGE_NAMES.get(system_language(), "English")
        self.language.addItem(TEXT["language_system"].format(language=system), LANGUAGE_SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language()), 0))
        note = QLabel(TEXT["language_note"])
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.folders: dict[str, QLineEdit] = {}
        rows: list[tuple[str, QWidget, QWidget]] = [
            (TEXT["theme"], self.theme, self.theme),
            (TEXT["text_size"], self.text_size, self.text_size),
            (TEXT["language"], self.language, self.language),
            ("", note, note),
        ]
        for purpose in (EXPORTS, PACKS, DATABASES):
            field = QLineEdit(str(prefs.folder(purpose)))
            field.setObjectName(f"{purpose}Folder")
            self.folders[purpose] = field
            browse = QPushButton(TEXT["browse"])
            browse.clicked.connect(lambda _=False, f=field: self._browse(f))
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(field, 1)
            layout.addWidget(browse)
            rows.append((TEXT[purpose], row, field))
        for text, widget, buddy in rows:
            if text:
                label = QLabel(text)
                label.setBuddy(buddy)
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _browse(self, field: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, TEXT["choose"], field.text())
        if chosen:
            field.setText(chosen)
