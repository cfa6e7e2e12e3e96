"""The words a person reads, in the language CoopDesk was started in (no Qt here).

Every string a user sees goes through ``translate(context, text, disambiguation, n)``:

- by default it answers in English: the source text, its plural written as "%n record(s)"
  or "%n (agency|agencies)" and resolved for ``n``;
- the window installs a catalogue (``install``): Qt's QTranslator over the compiled
  ``.qm`` (``coopdesk/ui/language.py``), and from then on the core's words come out in
  the language chosen too: record pages, tree groups, kinds, relations, basis marks,
  status sentences, the printed chrome (the parent process translates it before the
  child that lays out the pages ever sees it).

``%n`` becomes ``n`` written as the language writes numbers (``number``), and dates are
written as the language writes them (``long_date``: "27 September 2017", "27 сентября
2017 г."). The window installs formats made by QLocale; the tables here say the same
(a test holds them to QLocale's) so that the command line needs no Qt.

How pyside6-lupdate finds the strings (it reads the source, it does not run it):

- ``translate("Context", "text")`` and ``translate("Context", "text", "disambiguation")``;
- ``QT_TRANSLATE_NOOP("Context", "text")`` for a string defined before the language is
  known (a module's table of words); it returns a ``Message`` that remembers its context,
  and ``tr(message)`` or a ``Texts`` table translates it when it is shown;
- plural strings only as ``Name.tr("%n record(s)", "", n)`` with ``Name = Context("Name")``:
  lupdate takes ``translate("C", "%n…", "", n)`` for a plain message (it reads a bare
  name there as an encoding), so its plural forms would never be asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

DEFAULT = "en"
LANGUAGES: tuple[str, ...] = ("en", "ru")  # the languages a person can choose
PSEUDO = "pseudo"  # every string lengthened, to check that layouts survive translation

# (context, text, disambiguation, n) -> the translation, with %n still in it, or None.
Catalog = Callable[[str, str, "str | None", int], "str | None"]


class Message(str):
    """A source text marked for translation, with its context and disambiguation."""

    context: str
    disambiguation: str | None

    def __new__(cls, context: str, text: str, disambiguation: str | None = None) -> Message:
        message = super().__new__(cls, text)
        message.context = context
        message.disambiguation = disambiguation
        return message

    def __reduce__(self) -> tuple[object, ...]:
        return (Message, (self.context, str(self), self.disambiguation))


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> Message:
    """Mark ``text`` for translation where it is defined (lupdate looks for this name);
    ``tr`` translates it when it is shown."""
    return Message(context, text, disambiguation)


# ---------------------------------------------------------------------- locale data


@dataclass(frozen=True)
class Formats:
    """How a language writes dates and numbers: what QLocale says, as plain data."""

    months: tuple[str, ...]  # in a date: "27 September 2017", "27 сентября 2017 г."
    standalone: tuple[str, ...]  # alone or with a year: "September 2017", "сентябрь 2017"
    short: tuple[str, ...]  # in a short date: "27 Sep", "27 сент."
    short_standalone: tuple[str, ...]  # a month's tick on an axis: "Sep", "март"
    date: str  # "{day} {month} {year}"; "г." after a no-break space, never apart from the year
    group: str  # between thousands

    def number(self, value: int) -> str:
        return f"{value:,}".replace(",", self.group)

    def long_date(self, day: dt.date) -> str:
        return self.date.format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def short_date(self, day: dt.date) -> str:
        return f"{day.day} {self.short[day.month - 1]}"

    def month_year(self, day: dt.date) -> str:
        return f"{self.standalone[day.month - 1]} {day.year}"

    def short_month(self, month: int) -> str:
        return self.short_standalone[month - 1]


_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_EN_SHORT = tuple(m[:3] for m in _EN_MONTHS)

_RU_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip
_RU_STANDALONE = (
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_RU_SHORT = (
    "янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.",
    "дек.",
)  # fmt: skip
_RU_SHORT_STANDALONE = (
    "янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.",
    "дек.",
)  # fmt: skip

FORMATS: dict[str, Formats] = {
    # English as CoopDesk has always written it: "27 September 2017", thousands apart by a
    # space as in print ("12 345").
    "en": Formats(_EN_MONTHS, _EN_MONTHS, _EN_SHORT, _EN_SHORT, "{day} {month} {year}", " "),
    # Russian as QLocale("ru_RU") writes it (a test compares them month by month).
    "ru": Formats(_RU_MONTHS, _RU_STANDALONE, _RU_SHORT, _RU_SHORT_STANDALONE,
                  "{day} {month} {year}\u00a0г.", "\u00a0"),
}  # fmt: skip
FORMATS[PSEUDO] = FORMATS["en"]


# ---------------------------------------------------------------------- state


class _State:
    language: str = DEFAULT
    catalog: Catalog | None = None
    formats: Formats = FORMATS[DEFAULT]


def install(language: str, catalog: Catalog | None = None, formats: Formats | None = None) -> None:
    """Speak ``language`` from now on: ``catalog`` finds translations (None: English
    source text), ``formats`` writes dates and numbers (None: this module's tables)."""
    _State.language = language
    _State.catalog = catalog
    _State.formats = formats or FORMATS.get(language, FORMATS[DEFAULT])


def reset() -> None:
    """Back to English, as at start."""
    install(DEFAULT)


def language() -> str:
    """The language the words are in: "en", "ru" (or "pseudo" when checking layouts)."""
    return _State.language


def formats() -> Formats:
    return _State.formats


# ---------------------------------------------------------------------- translating

_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")  # "(agency|agencies)"
_SUFFIX = re.compile(r"(?<=\w)\((\w+)\)")  # "record(s)"


def english_plural(text: str, n: int) -> str:
    """The English form of a plural source text for ``n``: "%n record(s)" → "%n record"
    or "%n records", "%n (agency|agencies)" → "%n agency" or "%n agencies"."""
    one = n == 1
    text = _CHOICE.sub(lambda m: m.group(1 if one else 2), text)
    return _SUFFIX.sub(lambda m: "" if one else m.group(1), text)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language installed; with ``n`` >= 0 in its plural form for ``n``,
    each %n replaced by ``n`` written as the language writes numbers."""
    found = None
    if _State.catalog is not None:
        found = _State.catalog(context, text, disambiguation or None, n)
    if not found:
        found = english_plural(text, n) if n >= 0 else text
    if n >= 0:
        found = found.replace("%n", _State.formats.number(n))
    return found


def tr(text: str) -> str:
    """A ``Message`` translated; any other text as it is (data, names, quotes)."""
    if isinstance(text, Message):
        return translate(text.context, text, text.disambiguation)
    return text


class Context:
    """``Name = Context("Name")``, then ``Name.tr("%n record(s)", "", n)``: the one way
    lupdate takes a plural string with its context (see the module's notes)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


class Texts(Mapping[str, str]):
    """A component's table of words: ``Message``s by key, translated when read."""

    def __init__(self, messages: Mapping[str, str]) -> None:
        self._messages = dict(messages)

    def __getitem__(self, key: str) -> str:
        return tr(self._messages[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)


# ---------------------------------------------------------------------- dates, numbers


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def number(value: int) -> str:
    """12 345 (English, as CoopDesk writes it) or 12 345 with a no-break space (Russian)."""
    return _State.formats.number(value)


def long_date(value: str | dt.date | None) -> str:
    """'2017-09-27' → '27 September 2017' or '27 сентября 2017 г.'; what is not an ISO
    date comes back as it is."""
    day = _date(value)
    if day is None:
        return "" if not value else str(value)
    return _State.formats.long_date(day)


def short_date(value: str | dt.date) -> str:
    """'2017-09-27' → '27 Sep' or '27 сент.' (ValueError for what is not a date)."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return _State.formats.short_date(day)


def month_year(day: dt.date) -> str:
    """'September 2017' or 'сентябрь 2017'."""
    return _State.formats.month_year(day)


def short_month(month: int) -> str:
    """A month's tick on an axis: 'Sep', 'сент.'."""
    return _State.formats.short_month(month)
