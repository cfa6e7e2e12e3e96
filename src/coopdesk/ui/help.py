"""The Help menu: the User Guide, Keyboard Shortcuts, About CoopDesk and About Qt.

The guide is a Markdown file in ``resources/guide`` (one per language, so a translator
works on a file, not on code), shown offline with its contents and a search. The
shortcuts are read from the window's own menus and panes when the list opens, so the
list cannot drift from what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__, paths
from coopdesk.i18n import QT_TRANSLATE_NOOP, Context, Texts, tr
from coopdesk.model import Meta
from coopdesk.render import esc, human_date
from coopdesk.ui.actions import make_action
from coopdesk.ui.focus import ONE_STOP_KEYS
from coopdesk.ui.timeline import PANE_KEYS

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "guide": QT_TRANSLATE_NOOP("Help", "CoopDesk &User Guide"),
        "guide_tip": QT_TRANSLATE_NOOP(
            "Help", "How to use CoopDesk: filters, the timeline, sources, notes and exports"
        ),
        "shortcuts": QT_TRANSLATE_NOOP("Help", "&Keyboard Shortcuts"),
        "shortcuts_tip": QT_TRANSLATE_NOOP(
            "Help", "Every key CoopDesk answers, from its menus and panes"
        ),
        "about": QT_TRANSLATE_NOOP("Help", "&About CoopDesk"),
        "about_qt": QT_TRANSLATE_NOOP("Help", "About &Qt"),
        "guide_title": QT_TRANSLATE_NOOP("Help", "CoopDesk User Guide"),
        "contents": QT_TRANSLATE_NOOP("Help", "Contents"),
        "find": QT_TRANSLATE_NOOP("Help", "Find in the guide"),
        "find_placeholder": QT_TRANSLATE_NOOP("Help", "Find in the guide  (Ctrl+F)"),
        "no_match": QT_TRANSLATE_NOOP("Help", "Not found"),
        "missing": QT_TRANSLATE_NOOP(
            "Help", "The User Guide is missing from this installation ({path})."
        ),
        "shortcuts_title": QT_TRANSLATE_NOOP("Help", "Keyboard Shortcuts"),
        "filter": QT_TRANSLATE_NOOP("Help", "Filter the list"),
        "filter_placeholder": QT_TRANSLATE_NOOP("Help", "Type to filter: a command or a key"),
        "command": QT_TRANSLATE_NOOP("Help", "Command"),
        "keys": QT_TRANSLATE_NOOP("Help", "Keys"),
        "in_timeline": QT_TRANSLATE_NOOP("Help", "In the timeline"),
        "in_detail": QT_TRANSLATE_NOOP("Help", "In the detail view"),
        "about_title": QT_TRANSLATE_NOOP("Help", "About CoopDesk"),
        "about_lead": (
            QT_TRANSLATE_NOOP(
                "Help",
                "An offline reference on Russia–EU cooperation against transnational crime and "
                "terrorism. Every value shown rests on a quote of the source document.",
            )
        ),
        "source": QT_TRANSLATE_NOOP("Help", "Source"),
        "file": QT_TRANSLATE_NOOP("Help", "File"),
        "paragraphs": QT_TRANSLATE_NOOP("Help", "Paragraphs"),
        "as_of": QT_TRANSLATE_NOOP("Help", "Data as of"),
        "as_of_note": (
            QT_TRANSLATE_NOOP(
                "Help",
                "the latest date the document speaks of; the document carries no date of its own",
            )
        ),
        "curated": QT_TRANSLATE_NOOP("Help", "Curated"),
        "built": QT_TRANSLATE_NOOP("Help", "Built by"),
        "built_value": QT_TRANSLATE_NOOP("Help", "CoopDesk {version}, schema {schema}"),
        "database": QT_TRANSLATE_NOOP("Help", "Database"),
        "version": QT_TRANSLATE_NOOP("Help", "Version"),
    }
)


Guide = Context("Guide")  # the guide's search, with its count


def guide_path(language: str = "en") -> Path:
    """The guide in ``language``, or in English when it has not been translated yet."""
    folder = paths.resources_dir() / "guide"
    wanted = folder / f"user-guide.{language}.md"
    return wanted if wanted.is_file() else folder / "user-guide.en.md"


class UserGuide(QDialog):
    """The guide in a window of its own: contents at the left, a search above the text."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(TEXT["guide_title"])
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(TEXT["guide_title"])
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(16)
        path = guide_path(language)
        try:
            self.text.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(TEXT["missing"].format(path=path))
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(TEXT["contents"])
        self._fill_contents()
        self.contents.currentItemChanged.connect(self._go_to_heading)
        self.find = QLineEdit()
        self.find.setObjectName("guideFind")
        self.find.setAccessibleName(TEXT["find"])
        self.find.setPlaceholderText(TEXT["find_placeholder"])
        self.find.setClearButtonEnabled(True)
        self.found = QLabel()
        self.found.setObjectName("guideFound")
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.find.textChanged.connect(self.search)
        self.find.returnPressed.connect(self.next_match)
        make_action(self, "", lambda: self.find.setFocus(), QKeySequence.StandardKey.Find)
        make_action(self, "", self.next_match, QKeySequence.StandardKey.FindNext)
        make_action(self, "", self.previous_match, QKeySequence.StandardKey.FindPrevious)
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        top.addWidget(self.found)
        split = QSplitter()
        split.setObjectName("guideSplitter")
        split.addWidget(self.contents)
        split.addWidget(self.text)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.resize(960, 700)
        self._matches: list[QTextCursor] = []
        self._at = -1

    def _fill_contents(self) -> None:
        block = self.text.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (1, 2) and block.text().strip():
                item = QListWidgetItem(("" if level == 1 else "   ") + block.text().strip())
                item.setData(Qt.ItemDataRole.UserRole, block.position())
                item.setData(Qt.ItemDataRole.AccessibleTextRole, block.text().strip())
                self.contents.addItem(item)
            block = block.next()

    def headings(self) -> list[str]:
        return [
            str(self.contents.item(i).data(Qt.ItemDataRole.AccessibleTextRole))
            for i in range(self.contents.count())
        ]

    def _go_to_heading(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(int(item.data(Qt.ItemDataRole.UserRole)))
        self.text.setTextCursor(cursor)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())  # then back up, so the heading lands at the top
        self.text.ensureCursorVisible()

    def search(self, words: str) -> None:
        """Mark every place ``words`` occur and go to the first."""
        self._matches, self._at = [], -1
        doc = self.text.document()
        if words.strip():
            cursor = doc.find(words.strip())
            while not cursor.isNull():
                self._matches.append(cursor)
                cursor = doc.find(words.strip(), cursor)
        marks = []
        look = QTextCharFormat()
        look.setBackground(QColor("#ffe066"))
        look.setForeground(QColor("#000000"))
        for cursor in self._matches:
            mark = QTextEdit.ExtraSelection()
            mark.cursor, mark.format = cursor, look  # type: ignore[misc]
            marks.append(mark)
        self.text.setExtraSelections(marks)
        if not words.strip():
            self.found.setText("")
        elif self._matches:
            self.found.setText(Guide.tr("%n found", "", len(self._matches)))
            self.next_match()
        else:
            self.found.setText(TEXT["no_match"])

    def next_match(self) -> None:
        self._step(1)

    def previous_match(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self._matches:
            return
        self._at = (self._at + direction) % len(self._matches)
        self.text.setTextCursor(self._matches[self._at])
        self.text.ensureCursorVisible()

    def found_text(self) -> str:
        """The passage the guide shows selected (the current match)."""
        return self.text.textCursor().selectedText()


def pane_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys the panes answer themselves: the timeline's (from the table its key
    handler acts on) and the detail view's."""
    return [
        (TEXT["in_timeline"], [(tr(what), tr(keys)) for _k, keys, what in PANE_KEYS]),
        (TEXT["in_detail"], [(tr(what), tr(keys)) for what, keys in ONE_STOP_KEYS]),
    ]


def shortcut_rows(
    menus: Sequence[QMenu], panes: Sequence[tuple[str, list[tuple[str, str]]]]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(command, keys)]) for every action with a shortcut, menu by menu, then
    the keys of the panes: made from the actions themselves."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, title: str) -> list[tuple[str, str]]:
        rows = []
        for action in menu.actions():
            if action.menu() is not None and isinstance(action.menu(), QMenu):
                rows += walk(action.menu(), title)  # type: ignore[arg-type]
            elif action.shortcuts() and action.text():
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                rows.append((action.text().replace("&&", "\0").replace("&", "").replace(
                    "\0", "&").rstrip("…").rstrip(), keys))  # fmt: skip
        return rows

    for menu in menus:
        title = menu.title().replace("&", "")
        rows = walk(menu, title)
        if rows:
            groups.append((title, rows))
    groups.extend(panes)
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(TEXT["shortcuts_title"])
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setAccessibleName(TEXT["filter"])
        self.filter.setPlaceholderText(TEXT["filter_placeholder"])
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setHeaderLabels([TEXT["command"], TEXT["keys"]])
        self.tree.setRootIsDecorated(False)
        for group, rows in groups:
            top = QTreeWidgetItem([group])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                QTreeWidgetItem(top, [command, keys])
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 300)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str]]:
        """The (command, keys) rows shown now."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if not child.isHidden():
                    out.append((child.text(0), child.text(1)))
        return out

    def _filter(self, words: str) -> None:
        words = words.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            shown = 0
            for j in range(top.childCount()):
                child = top.child(j)
                hit = not words or words in f"{child.text(0)} {child.text(1)}".casefold()
                child.setHidden(not hit)
                shown += hit
            top.setHidden(not shown)


def about_html(meta: Meta | None, database: Path | None, latest: dict[str, str]) -> str:
    """About CoopDesk: the version and where the data comes from, every value escaped.

    ``latest``: the latest date each document reports, by document id: how recent its
    information is ("Data as of"), since the document carries no date of its own.
    """
    rows = [f"<p><b>CoopDesk {esc(__version__)}</b></p><p>{esc(TEXT['about_lead'])}</p>"]
    facts: list[tuple[str, str]] = []
    if meta is not None:
        for doc in meta.documents:
            facts += [
                (TEXT["source"], doc.title),
                (TEXT["file"], doc.filename),
                ("SHA-256", doc.sha256),
                (TEXT["paragraphs"], str(len(doc.paragraphs))),
            ]
            if doc.id in latest:
                as_of = f"{human_date(latest[doc.id])} ({TEXT['as_of_note']})"
                facts.append((TEXT["as_of"], as_of))
        if meta.data_as_of:
            facts.append((TEXT["curated"], human_date(meta.data_as_of)))
        built = TEXT["built_value"].format(version=meta.builder_version, schema=meta.schema_version)
        facts.append((TEXT["built"], built))
    if database is not None:
        facts.append((TEXT["database"], str(database)))
    rows.append("<table cellspacing='0' cellpadding='3'>")
    rows += [f"<tr><td valign='top'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in facts]
    rows.append("</table>")
    return "".join(rows)


class HelpActions(QObject):
    """The Help menu's actions and the windows they open."""

    def __init__(
        self,
        parent: QWidget,
        menus: Callable[[], Sequence[QMenu]],
        provenance: Callable[[], tuple[Meta | None, Path | None, dict[str, str]]],
        language: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._menus = menus
        self._provenance = provenance
        self._language = language
        self.guide: UserGuide | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.about_box: QMessageBox | None = None
        help_key = QKeySequence.StandardKey.HelpContents
        self.guide_action = make_action(
            parent, TEXT["guide"], self.show_guide, help_key, TEXT["guide_tip"]
        )
        self.guide_action.setObjectName("userGuideAction")
        self.shortcuts_action = make_action(
            parent, TEXT["shortcuts"], self.show_shortcuts, "Ctrl+/", TEXT["shortcuts_tip"]
        )
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.about_action = make_action(parent, TEXT["about"], self.show_about)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = make_action(parent, TEXT["about_qt"], self.show_about_qt)
        self.about_qt_action.setObjectName("aboutQtAction")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def actions(self) -> list[QAction | None]:
        return [self.guide_action, self.shortcuts_action, None, self.about_action,
                self.about_qt_action]  # fmt: skip

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = UserGuide(self._language(), self._parent)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        if self.shortcuts is not None:
            self.shortcuts.close()
        self.shortcuts = ShortcutsDialog(shortcut_rows(self._menus(), pane_keys()),
                                         self._parent)  # fmt: skip
        self.shortcuts.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts.destroyed.connect(lambda: setattr(self, "shortcuts", None))
        self.shortcuts.show()

    def show_about(self) -> None:
        meta, database, latest = self._provenance()
        box = QMessageBox(self._parent)
        box.setObjectName("aboutBox")
        box.setWindowTitle(TEXT["about_title"])
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_html(meta, database, latest))
        icon = QApplication.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self._parent)
