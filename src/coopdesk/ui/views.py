"""Saved views: View > Save View… and View > Saved Views, kept in the user's file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts
from coopdesk.ui.actions import make_action
from coopdesk.ui.userfile import VIEWS, UserFile
from coopdesk.userdata import View

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "save": QT_TRANSLATE_NOOP("Views", "&Save View…"),
        "save_tip": QT_TRANSLATE_NOOP("Views", "Name the filters, search and selection"),
        "menu": QT_TRANSLATE_NOOP("Views", "Saved &Views"),
        "none": QT_TRANSLATE_NOOP("Views", "No saved views yet"),
        "delete": QT_TRANSLATE_NOOP("Views", "&Delete Saved View"),
        "title": QT_TRANSLATE_NOOP("Views", "Save view"),
        "label": QT_TRANSLATE_NOOP("Views", "Name of this view:"),
        "saved": QT_TRANSLATE_NOOP("Views", "View “{name}” saved."),
        "restored": QT_TRANSLATE_NOOP("Views", "View “{name}” restored."),
        "deleted": QT_TRANSLATE_NOOP("Views", "View “{name}” deleted."),
    }
)


class SavedViews(QObject):
    status = Signal(str)
    viewRequested = Signal(object)  # View

    def __init__(
        self,
        user_file: UserFile,
        current_view: Callable[[], View],
        describe: Callable[[View], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.user_file = user_file
        self._current_view = current_view
        self._describe = describe
        self._parent = parent
        self.dialog: QInputDialog | None = None
        self.save_action = make_action(parent, TEXT["save"], self.save, tip=TEXT["save_tip"])
        self.menu = QMenu(TEXT["menu"], parent)
        self.menu.setObjectName("savedViewsMenu")
        user_file.changed.connect(lambda what: what == VIEWS and self.rebuild_menu())
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        views = self.user_file.data.saved_views()
        self.menu.clear()
        if not views:
            self.menu.addAction(TEXT["none"]).setEnabled(False)
        for saved in views:
            act = self.menu.addAction(saved.name)
            act.triggered.connect(lambda _=False, n=saved.name: self.restore(n))
        if views:
            self.menu.addSeparator()
            delete = self.menu.addMenu(TEXT["delete"])
            for saved in views:
                act = delete.addAction(saved.name)
                act.triggered.connect(lambda _=False, n=saved.name: self.delete(n))

    def save(self) -> None:
        """Ask for a name (the filters in words, in a field wide enough to read them)."""
        view = self._current_view()
        self.dialog = dialog = QInputDialog(self._parent)
        dialog.setObjectName("saveViewDialog")
        dialog.setWindowTitle(TEXT["title"])
        dialog.setLabelText(TEXT["label"])
        dialog.setTextValue(self._describe(view))
        needed = dialog.fontMetrics().horizontalAdvance(dialog.textValue()) + 80
        dialog.resize(min(max(needed, 420), 760), dialog.sizeHint().height())
        dialog.finished.connect(lambda result: self._named(dialog, result, view))
        dialog.open()

    def _named(self, dialog: QInputDialog, result: int, view: View) -> None:
        self.dialog = None
        dialog.deleteLater()
        name = dialog.textValue().strip()
        if result != QInputDialog.DialogCode.Accepted or not name:
            return
        if self.user_file.change(VIEWS, lambda d: d.save_view(name, view))[0]:
            self.status.emit(TEXT["saved"].format(name=name))

    def restore(self, name: str) -> None:
        for saved in self.user_file.data.saved_views():
            if saved.name == name:
                self.viewRequested.emit(saved.view)
                self.status.emit(TEXT["restored"].format(name=name))

    def delete(self, name: str) -> None:
        if self.user_file.change(VIEWS, lambda d: d.delete_view(name))[0]:
            self.status.emit(TEXT["deleted"].format(name=name))
