"""The window in Russian, read as a Russian reader reads it.

Every menu, action, label, tooltip, dialog and tree group is walked; what is left in
English must be a proper name (``PROPER_NAMES``) or the source's own text (titles, names,
quotes and reasons from the database, which stay in the document's language).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from test_curate_window import select_words

from coopdesk import i18n
from coopdesk.app import GuiOptions, run_gui
from coopdesk.browse import Status
from coopdesk.schema import KINDS
from coopdesk.store import Store
from coopdesk.ui.choices import Choices
from coopdesk.ui.language import chosen_language, qt_formats, reset_language
from coopdesk.ui.mainwindow import MainWindow
from coopdesk.ui.timeline import TimelinePane

# Words a Russian interface keeps as they are: names of programs, formats and keys.
PROPER_NAMES = {
    "CoopDesk", "Qt", "PDF", "CSV", "JSON", "Markdown", "iCalendar", "XBEL", "SHA", "sha",
    "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Home", "Page", "Up", "Down", "Letter",
    "Europol", "Interpol", "db", "txt", "xbel", "xml", "pdf", "coopdesk", "build", "data",
    "coop", "OK", "OR", "europol", "hague", "joint", "statement", "cyber", "rome", "moscow",
    "interpol", "counter", "terrorism", "counterterrorism", "tt", "PT", "Sans", "Serif",
    # A language listed in its own name, so that its reader finds it.
    "English",
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def source_texts(store: Store) -> list[str]:
    """Every text the database holds: it is the source's (or the curators') English."""
    texts: set[str] = set()
    meta = store.meta()
    for doc in meta.documents:
        texts |= {doc.title, doc.filename, *doc.paragraphs}
    ids = [r.id for r in store.dated()]
    ids += [e.id for k in KINDS if not k.lane for e in store.entities(k.id)]
    for record_id in ids:
        detail = store.record(record_id)
        texts |= {detail.title, detail.name, detail.short_name or "", detail.role or ""}
        texts |= {detail.context or "", *detail.aliases, detail.id}
        texts |= {c.quote for c in detail.all_citations()}
        texts |= {v.reason or "" for v in detail.values} | {v.value for v in detail.values}
        for link in detail.links:
            texts |= {link.other.title, link.other.name, link.role or "", link.reason or ""}
    return sorted((t for t in texts if t.strip()), key=len, reverse=True)


def english_words(text: str, source: list[str]) -> list[str]:
    """The English words of ``text`` that are neither proper names nor source text."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))  # a tooltip in rich text
    text = re.sub(r"&(?=\w)", "", text)  # a menu's accelerator marks no word
    for piece in source:
        if piece in text:
            text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
    text = re.sub(r"\b[\w.-]+\.(db|txt|toml|pdf|xbel|xml)\b|[a-z]+/[\w/.-]+|\*\.\w+", " ", text)
    text = re.sub(r"\b[0-9a-f]{8,}\b", " ", text)  # a SHA-256 in hexadecimal
    return [w for w in LATIN_WORD.findall(text) if w not in PROPER_NAMES]


def widget_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every word a widget and its children show or say."""
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        for kind in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName",
                     "accessibleDescription"):  # fmt: skip
            yield f"{name}.{kind}", getattr(widget, kind)()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{name}.text", widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{name}.placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield f"{name}.title", widget.title()
        if isinstance(widget, QMenu):
            yield f"{name}.title", widget.title()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab", widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}.item", widget.itemText(i)
                yield f"{name}.itemTip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(header.columnCount()):
                yield f"{name}.header", header.text(column)
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                yield f"{name}.row", item.text(0)
                for j in range(item.childCount()):
                    yield f"{name}.row", item.child(j).text(0)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{name}.row", widget.item(i).text()
    for action in top.findChildren(QAction):
        for kind in ("text", "toolTip", "statusTip", "iconText"):
            yield f"action {action.objectName() or action.text()}.{kind}", getattr(action, kind)()


def english_in(top: QWidget, source: list[str]) -> dict[str, list[str]]:
    found = {}
    for where, text in widget_texts(top):
        words = english_words(text, source)
        if words:
            found[f"{where}: {text[:80]!r}"] = words
    return found


@pytest.fixture
def ru_window(russian, window: MainWindow) -> MainWindow:
    """The window of every test, made after the Russian translation is installed."""
    return window


@pytest.fixture
def source(built_db: Path) -> list[str]:
    with Store(built_db) as store:
        return source_texts(store)


def test_the_detector_finds_english(source: list[str]) -> None:
    """The check can fail: an English label is found, the source's words are not."""
    assert english_words("Фильтры: Year", source) == ["Year"]
    assert english_words("Ведомство: European Police Office (Europol)", source) == []
    assert english_words("Сохранено: /tmp/brief.pdf (3 страницы)", source) == []


def test_every_menu_label_tooltip_and_tree_group_is_russian(
    qtbot, ru_window: MainWindow, source: list[str]
) -> None:
    window = ru_window
    window.controller.set_filters(window.controller.filters)
    window.select_record("event/2017-09-27-the-hague")
    qtbot.waitUntil(lambda: window.controller.current is not None)
    assert window.windowTitle().startswith("Meeting of Ministry of Interior experts")
    titles = [m.title() for m in window._menus()]
    assert titles == ["&Файл", "&Правка", "&Вид", "П&ереход", "&Закладки", "&Справка"]
    assert english_in(window, source) == {}
    # The tree: every group, every row, what it says on hover.
    model = window.tree_model
    rows = [n for n in model._root.walk()[1:]]
    groups = [n.label for n in model._root.children]
    assert groups[:3] == ["Мероприятия", "Документы", "Ведомства"]
    assert "Виды преступлений" in groups and "Персоналии" in groups
    for node in rows:
        for text in (node.label, node.tooltip):
            assert english_words(text, source) == [], (node.key, text)
    # The detail view: labels, sections, basis marks; the source's own words stay.
    shown = window.detail.toPlainText()  # a no-break space reads as a space here
    assert "Дата\n27 сентября 2017 г." in shown
    assert "УЧАСТНИКИ" in shown.upper() and "Показать в источнике" in shown
    assert english_words(shown, source) == []
    # The timeline: lanes, months, labels, marker tooltips.
    frame = window.timeline.frame()
    lanes = [i18n.tr(band.name) for band in frame.lanes]
    assert lanes == ["Документы", "Саммиты", "Переговоры высокого уровня", "Встречи экспертов"]
    # A label is a date and the record's place or the first words of its title (the
    # source's): the date is the interface's.
    for text in [t.text for t in frame.ticks] + [lb.text.split(" · ")[0] for lb in frame.labels]:
        assert english_words(text, source) == [], text
    assert window.status_line.count.text() == "11 из 11 записей"
    assert "сведения по состоянию на 8 февраля 2018\u00a0г." in window.data_label.text()


def test_every_dialog_is_russian(qtbot, ru_window: MainWindow, source: list[str]) -> None:
    window = ru_window
    window.select_record("event/2017-09-27-the-hague")
    qtbot.waitUntil(lambda: window.controller.current is not None)
    window.preferences.edit()
    prefs = window.preferences.dialog
    assert prefs is not None and prefs.windowTitle() == "Настройки"
    assert "следующем запуске" in " ".join(t for _w, t in widget_texts(prefs))
    assert english_in(prefs, source) == {}
    prefs.reject()
    window.exporting.export_records()
    export = window.exporting.dialog
    assert export is not None and export.windowTitle() == "Экспорт записей"
    assert english_in(export, source) == {}
    export.reject()
    window.printing.export_brief()
    brief = window.printing.brief_dialog
    assert brief is not None and brief.windowTitle() == "Справочный пакет"
    assert "11 записей" in brief.count_label.text()
    assert english_in(brief, source) == {}
    brief.reject()
    window.help.show_shortcuts()
    shortcuts = window.help.shortcuts
    assert shortcuts is not None and shortcuts.windowTitle() == "Сочетания клавиш"
    assert english_in(shortcuts, source) == {}
    window.help.show_about()
    about = window.help.about_box
    assert about is not None and about.windowTitle() == "О программе CoopDesk"
    assert english_words(QTextEdit(about.text()).toPlainText(), source) == []
    window.bookmarks.manage()
    assert english_in(window.bookmarks.manage_dialog, source) == {}
    # Print Preview: laid out off the window's thread, then shown with its own controls.
    with qtbot.waitSignal(window.operations.finished, timeout=60_000):
        window.printing.preview_action.trigger()
    preview = window.printing.preview
    assert preview is not None and preview.isVisible()
    qtbot.addWidget(preview)
    assert preview.windowTitle().startswith("Предварительный просмотр")
    assert english_in(preview, source) == {}
    preview.reject()


def test_the_user_guide_is_the_russian_one(qtbot, ru_window: MainWindow) -> None:
    ru_window.help.show_guide()
    guide = ru_window.help.guide
    assert guide is not None
    assert guide.windowTitle() == "Руководство пользователя CoopDesk"
    assert guide.text.toPlainText().startswith("Руководство пользователя CoopDesk")
    assert "Поиск записей" in guide.headings()


def test_a_link_the_build_derives_says_through_whom_in_russian(
    qtbot, ru_window: MainWindow
) -> None:
    """The Commission took part in round three through Olivier Onidi: "через", ours, is
    Russian; the person's name and the document's words stay as written."""
    ru_window.select_record("agency/eu-european-commission")
    qtbot.waitUntil(lambda: "Olivier Onidi" in ru_window.detail.toPlainText())
    text = ru_window.detail.toPlainText()
    assert "через Olivier Onidi" in text and "through" not in text


def test_the_curate_window_is_russian(qtbot, russian, source_copy: Path, source: list[str]) -> None:
    from coopdesk.app import create_curate_window

    document = next(source_copy.glob("*.txt"))
    curate = create_curate_window(document)
    qtbot.addWidget(curate)
    curate.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    curate.show()
    qtbot.waitUntil(
        lambda: not curate.builds.pending() and not curate.suggester.pending(), timeout=60_000
    )
    assert curate.windowTitle().startswith("Разметка — ")
    suggestions = [t for _w, t in widget_texts(curate.suggestions)]
    assert any("На рассмотрении" in t or "Рассматривать нечего" in t or "Предложений нет" in t
               for t in suggestions)  # fmt: skip
    assert english_in(curate, [*source, curate.curation.text]) == {}
    # The form a selection opens: its labels, boxes and buttons (Qt's own among them).
    quote = "On 13 July 2017 expert consultations were held in Brussels"
    select_words(qtbot, curate, 5, quote)
    curate.record_action.trigger()
    form = curate.form
    assert form is not None and form.isVisible()
    words = [t for _w, t in widget_texts(form)]
    assert "Отмена" in words and "Cancel" not in words
    # The quote, kinds and names in the boxes are the source's and the curation's; the
    # date's words are the quote's.
    assert english_in(form, [quote, *source, curate.curation.text, "13 July 2017"]) == {}
    form.reject()
    # The forms of a new link and of a new name, on the same words.
    for action in (curate.link_action, curate.alias_action):
        select_words(qtbot, curate, 5, quote)
        action.trigger()
        form = curate.form
        assert form is not None and form.isVisible()
        assert english_in(form, [quote, *source, curate.curation.text]) == {}, action.text()
        form.reject()
    curate.close()


@pytest.mark.parametrize(
    ("n", "records", "of_records"),
    [
        (1, "1 запись", "из 1 записи"),
        (2, "2 записи", "из 2 записей"),
        (5, "5 записей", "из 5 записей"),
        (11, "11 записей", "из 11 записей"),
        (21, "21 запись", "из 21 записи"),
        (22, "22 записи", "из 22 записей"),
    ],
)
def test_plural_forms_of_records(russian, n: int, records: str, of_records: str) -> None:
    assert Status.tr("%n record(s)", "", n) == records
    assert Choices.tr("%n record(s)", "", n) == records
    assert Status.tr("{count} of %n record(s)", "", n).format(count=1) == f"1 {of_records}"
    spoken = TimelinePane.tr("{shown} of %n record(s), {first}–{last}.", "", n)
    assert spoken.format(shown=1, first=2016, last=2018) == f"1 {of_records}, 2016–2018."


def test_plural_forms_in_english_too() -> None:
    assert [Status.tr("%n record(s)", "", n) for n in (1, 2, 21)] == [
        "1 record", "2 records", "21 records",
    ]  # fmt: skip


def test_numbers_and_dates_follow_qlocale(russian) -> None:
    assert i18n.formats() == i18n.FORMATS["ru"] == qt_formats("ru")
    assert i18n.number(12345) == "12\u00a0345"
    assert i18n.long_date("2017-09-27") == "27 сентября 2017\u00a0г."


def test_gui_lang_ru_screenshot_honours_it(monkeypatch, tmp_path: Path) -> None:
    from coopdesk.ui import app

    pictured: list[str] = []
    screenshot = app._screenshot

    def picture(qapp, window, path):  # type: ignore[no-untyped-def]
        pictured.append(window.file_menu.title())
        return screenshot(qapp, window, path)

    monkeypatch.setattr(app, "_screenshot", picture)
    out = tmp_path / "ru.png"
    try:
        assert run_gui(GuiOptions(screenshot=out, lang="ru", year=2017)) == 0
    finally:
        reset_language()
    assert pictured == ["&Файл"]
    assert out.read_bytes().startswith(b"\x89PNG")


def test_preferences_choose_russian_for_the_next_start(
    qtbot, window: MainWindow, settings_path: Path
) -> None:
    """An English window: Russian chosen in Preferences is kept, the window says it
    applies from the next start, and the next start (without --lang) speaks it."""
    window.preferences.edit()
    prefs = window.preferences.dialog
    assert prefs is not None
    names = [prefs.language.itemText(i) for i in range(prefs.language.count())]
    assert "Русский" in names and "English" in names
    prefs.language.setCurrentIndex(prefs.language.findData("ru"))
    with qtbot.waitSignal(window.preferences.status) as said:
        prefs.accept()
    assert said.args == ["Preferences saved. CoopDesk speaks Русский from its next start."]
    window.settings.sync()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert chosen_language(settings) == "ru"
    assert chosen_language(settings, "en") == "en"  # --lang en, for one run
