"""The language of the window: which one, and installing it (CoopDesk's words and Qt's).

The system's locale decides unless Preferences or ``coopdesk gui --lang`` say otherwise.
Installing a language loads CoopDesk's compiled catalogue (``coopdesk_<lang>.qm``, built
from ``resources/translations/coopdesk_<lang>.ts``) and Qt's own (``qtbase_<lang>.qm``:
OK, Cancel, the file dialogs), and hands ``coopdesk.i18n`` a lookup in them and the
dates and numbers of the language's QLocale, so that the core speaks the same language
as the widgets. The language is set before the window is made: a change in Preferences
applies at the next start.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from coopdesk import i18n, paths

LANGUAGE_KEY = "prefs/language"
SYSTEM = ""  # the stored choice "as the system"
# Each language by its own name, as a language menu lists them.
NAMES = {"en": "English", "ru": "Русский"}
LOCALES = {"en": "en_GB", "ru": "ru_RU", i18n.PSEUDO: "en_GB"}
CHOICES = (*NAMES, i18n.PSEUDO)  # what --lang takes (pseudo: layouts checked with long text)

log = logging.getLogger(__name__)


def system_language() -> str:
    """The first language of the system's locale that CoopDesk speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():  # "ru-RU", "ru", "en-GB"…
        code = re.split(r"[-_]", name)[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return i18n.DEFAULT


def stored_language(settings: QSettings | None) -> str:
    """The choice kept by Preferences: a language, or SYSTEM."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM) if settings is not None else ""
    return value if value in NAMES else SYSTEM


def chosen_language(settings: QSettings | None, override: str | None = None) -> str:
    """``--lang`` first, then Preferences, then the system."""
    if override:
        return override
    return stored_language(settings) or system_language()


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def qt_formats(language: str) -> i18n.Formats:
    """How the language's QLocale writes dates and numbers, as ``i18n.Formats``."""
    locale = QLocale(LOCALES.get(language, "en_GB"))
    long = QLocale.FormatType.LongFormat
    short = QLocale.FormatType.ShortFormat
    months = range(1, 13)
    # "dddd, d MMMM yyyy 'г.'" → "{day} {month} {year} г.": the long date without its weekday.
    pattern = locale.dateFormat(long).split(", ", 1)[-1]
    pattern = re.sub(r"'([^']*)'", r"\1", pattern)
    pattern = pattern.replace("MMMM", "{month}").replace("yyyy", "{year}")
    pattern = re.sub(r"\bd\b", "{day}", pattern)
    # CLDR puts a narrow no-break space before "г."; the fonts paper is set in lack it, so
    # it is the no-break space, which keeps the year and its "г." together just as well.
    pattern = pattern.replace("\u202f", "\u00a0")
    return i18n.Formats(
        months=tuple(locale.monthName(m, long) for m in months),
        standalone=tuple(locale.standaloneMonthName(m, long) for m in months),
        short=tuple(locale.monthName(m, short) for m in months),
        short_standalone=tuple(locale.standaloneMonthName(m, short) for m in months),
        date=pattern,
        group=locale.groupSeparator(),
    )


class _Installed:
    translators: list[QTranslator] = []  # noqa: RUF012 (one list for the process)
    locale: QLocale | None = None  # the default QLocale before the first install


def _lookup(translators: list[QTranslator]) -> i18n.Catalog:
    def find(context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found
        return None

    return find


def install_language(language: str) -> str:
    """Speak ``language`` from now on (widgets made after this, and the core); returns
    the language installed: English when its catalogue cannot be found."""
    app = QCoreApplication.instance()
    if _Installed.locale is None:
        _Installed.locale = QLocale()
    for translator in _Installed.translators:
        if app is not None:
            app.removeTranslator(translator)
    _Installed.translators = []
    if language != i18n.DEFAULT:
        own = QTranslator()
        if own.load(f"coopdesk_{language}", translations_dir()):
            qt = QTranslator()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            found = qt.load(f"qtbase_{language}", qt_folder)
            _Installed.translators = [own, *([qt] if found else [])]
        else:
            log.warning("no translation %r in %s: the window speaks English", language,
                        translations_dir())  # fmt: skip
            language = i18n.DEFAULT
    for translator in _Installed.translators:
        if app is not None:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
    catalog = _lookup(_Installed.translators[:1]) if _Installed.translators else None
    # English keeps CoopDesk's own way ("27 Sep", "12 345"); another language its QLocale's.
    formats = None if language in (i18n.DEFAULT, i18n.PSEUDO) else qt_formats(language)
    i18n.install(language, catalog, formats)
    return language


def reset_language() -> None:
    """English again, and the default QLocale as it was (for tests)."""
    install_language(i18n.DEFAULT)
    if _Installed.locale is not None:
        QLocale.setDefault(_Installed.locale)
    i18n.reset()
