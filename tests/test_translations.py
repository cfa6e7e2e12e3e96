"""The translations: every string of the code in the .ts, every one translated, kept whole.

The .ts is what git keeps; pyside6-lupdate reads the code into it (``make
translations-update``). These tests run lupdate again into a scratch copy and compare,
so a string added to the code without a translation fails here, and they read the code
as lupdate cannot (an AST), so a string lupdate would miss fails here too.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk import i18n

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "coopdesk"
TS = ROOT / "resources" / "translations" / "coopdesk_ru.ts"
FORMS = {"ru": 3}  # Russian: one (1, 21), few (2–4, 22), many (5–20, 11)


def _tool() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    status: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            )
            out.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "",
                               numerus, forms, tr.get("type", "")))  # fmt: skip
    return out


MESSAGES = read_ts(TS)


def test_the_russian_ts_is_complete() -> None:
    assert len(MESSAGES) > 500
    unfinished = [m.key for m in MESSAGES if m.status or not all(t.strip() for t in m.translations)]
    assert unfinished == []
    wrong_forms = [m.key for m in MESSAGES if m.numerus and len(m.translations) != FORMS["ru"]]
    assert wrong_forms == []
    assert ET.parse(TS).getroot().get("language") == "ru_RU"


def test_a_string_added_to_the_code_needs_its_translation(tmp_path: Path) -> None:
    """lupdate over the code, into a copy of the .ts: nothing new, nothing gone."""
    scratch = tmp_path / "coopdesk_ru.ts"
    shutil.copy(TS, scratch)
    _tool().extract(scratch)  # type: ignore[attr-defined]
    fresh = {m.key: m for m in read_ts(scratch)}
    kept = {m.key: m for m in MESSAGES}
    new = sorted(k for k in fresh if k not in kept)
    assert new == [], "run `make translations-update` and translate these"
    gone = sorted(k for k in kept if k not in fresh)
    assert gone == [], "run `make translations-update`: the code no longer has these"
    changed = sorted(k for k, m in fresh.items() if m.numerus != kept[k].numerus)
    assert changed == []


def test_a_new_untranslated_string_fails_the_check(tmp_path: Path) -> None:
    """The check above can fail: code with one more string, extracted the same way."""
    code = tmp_path / "code"
    shutil.copytree(SOURCES, code)
    (code / "extra.py").write_text(
        'from coopdesk.i18n import translate\n\nSAID = translate("Extra", "A new sentence.")\n'
    )
    scratch = tmp_path / "coopdesk_ru.ts"
    shutil.copy(TS, scratch)
    _tool().extract(scratch, sources=code)  # type: ignore[attr-defined]
    fresh = {m.key: m for m in read_ts(scratch)}
    assert fresh[("Extra", "A new sentence.", "")].status == "unfinished"


# ---------------------------------------------------------------------- what lupdate sees

NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _calls() -> list[tuple[Path, int, str, str, str, bool]]:
    """Every translation call of the code: (file, line, context, text, comment, plural)."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        contexts = {
            t.id: _literal(node.value.args[0])
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", None) == "Context"
            for t in node.targets if isinstance(t, ast.Name)
        }  # fmt: skip
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in NAMES and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                comment = _literal(node.args[2]) if len(node.args) > 2 else ""
                if context is not None and text is not None:
                    found.append((path, node.lineno, context, text, comment or "", False))
            elif (
                isinstance(func, ast.Attribute) and func.attr == "tr"
                and isinstance(func.value, ast.Name) and func.value.id in contexts
            ):  # fmt: skip
                text = _literal(node.args[0])
                comment = _literal(node.args[1]) if len(node.args) > 1 else ""
                plural = len(node.args) > 2
                if text is not None:
                    context = contexts[func.value.id] or ""
                    found.append((path, node.lineno, context, text, comment or "", plural))
    return found


def test_every_translation_call_is_in_the_ts_as_lupdate_would_read_it() -> None:
    kept = {m.key: m for m in MESSAGES}
    missing = [
        f"{p.name}:{line} {text!r}"
        for p, line, context, text, comment, _plural in _calls()
        if (context, text, comment) not in kept
    ]
    assert missing == []
    plurals = {(c, t, k) for _p, _l, c, t, k, plural in _calls() if plural}
    assert {k for k in plurals if not kept[k].numerus} == set()


def test_lupdate_can_read_every_call() -> None:
    """What lupdate cannot read: a call inside an f-string, an f-string as the text, a
    Context named otherwise than its context, a plural through translate() (lupdate takes
    a bare name there for an encoding and marks no plural)."""
    problems = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", "") in NAMES:
                        problems.append(f"{path.name}:{node.lineno}: a call inside an f-string")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in NAMES:
                if any(isinstance(a, ast.JoinedStr) for a in node.args[:3]):
                    problems.append(f"{path.name}:{node.lineno}: an f-string to translate")
                plural = len(node.args) > 3 and _literal(node.args[1]) is not None
                if getattr(node.func, "id", "") == "translate" and plural:
                    problems.append(f"{path.name}:{node.lineno}: a plural through translate()")
            if (
                isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "Context"
            ):  # fmt: skip
                name = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if name != [_literal(node.value.args[0])]:
                    problems.append(f"{path.name}:{node.lineno}: Context named otherwise")
    assert problems == []


# ---------------------------------------------------------------------- translations whole

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|\[\*\]")
TAG = re.compile(r"<[^>]+>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


# A placeholder a translation may leave out: the English noun of what is written ("PDF",
# "screenshot") would be an English word in a Russian sentence.
OMITTED = {("Files", "{path}: is not a regular file; give a file name for the {what}.", "")}


def test_translations_keep_every_placeholder_tag_and_accelerator() -> None:
    problems = []
    for m in MESSAGES:
        for translation in m.translations:
            for what, pattern in (("placeholders", PLACEHOLDER), ("tags", TAG)):
                source = pattern.findall(m.source)
                if m.key in OMITTED:
                    source = [p for p in source if p in translation]
                if sorted(source) != sorted(pattern.findall(translation)):
                    problems.append(f"{m.key}: {what}: {translation!r}")
            if _accelerators(m.source) != _accelerators(translation):
                problems.append(f"{m.key}: accelerator: {translation!r}")
            if m.source[:1].isspace() != translation[:1].isspace():
                problems.append(f"{m.key}: leading space: {translation!r}")
    assert problems == []


def test_menus_have_distinct_accelerators_in_russian() -> None:
    """Within each menu, no two Russian entries share their Alt+letter."""
    by_source = {m.source: m.translations[0] for m in MESSAGES if not m.numerus}
    menus = {
        # The menu bar and the filter row share Alt: their letters are all different.
        "bar": ["&File", "&Edit", "&View", "&Go", "&Bookmarks", "&Help", "&Agency", "&Offence",
                "&Year", "&Document", "&Stated only"],
        "File": ["&Open Database…", "C&urate Document…", "&Print…", "Print Pre&view…",
                 "&Export PDF…", "&Briefing Pack…", "E&xport Records…", "Handling &Marking…",
                 "Include My &Notes", "&Quit"],
        "Edit": ["&Find…", "Copy &Citation", "Write a &Note", "C&lear All Filters",
                 "&Preferences…"],
        "View": ["&Save View…", "Saved &Views", "&Larger Text", "S&maller Text",
                 "&Normal Text Size", "&Zoom Timeline In", "Zoom Timeline &Out",
                 "&Fit Timeline to All Records", "&Compress Empty Years", "Go to &Contents",
                 "Go to &Timeline", "Go to &Detail", "&Reset Layout", "Pane &Sizes"],
        "Pane Sizes": ["&Wider Contents", "&Narrower Contents", "&Taller Timeline",
                       "&Shorter Timeline", "Taller &Note", "Shorter N&ote"],
        "Go": ["&Back", "&Forward"],
        "Bookmarks": ["Bookmark This &Record", "Bookmark This &View…", "&Manage Bookmarks…",
                      "&Import Bookmarks (XBEL)…", "E&xport Bookmarks (XBEL)…"],
        "Help": ["CoopDesk &User Guide", "&Keyboard Shortcuts", "&About CoopDesk", "About &Qt"],
    }  # fmt: skip
    for menu, sources in menus.items():
        letters = [re.search(r"&(\w)", by_source[s]).group(1).lower() for s in sources]  # type: ignore[union-attr]
        assert len(letters) == len(set(letters)), (menu, letters)


# ---------------------------------------------------------------------- English, plurals


def test_english_plural_forms_come_from_the_source_text() -> None:
    sources = [m.source for m in MESSAGES if m.numerus]
    for source in sources:
        for n in (1, 2, 5):
            text = i18n.english_plural(source, n)
            assert "(s)" not in text and "|" not in text, (source, n)
    assert i18n.translate("Status", "%n record(s)", None, 1) == "1 record"
    assert i18n.translate("Status", "%n record(s)", None, 3000) == "3 000 records"
    assert i18n.english_plural("%n (agency|agencies)", 1) == "%n agency"
    assert i18n.english_plural("%n (agency|agencies)", 2) == "%n agencies"


def test_dates_and_numbers_in_english_are_as_before() -> None:
    assert i18n.language() == "en"
    assert i18n.long_date("2017-09-27") == "27 September 2017"
    assert i18n.short_date("2017-09-27") == "27 Sep"
    assert i18n.long_date("2017-00-00") == "2017-00-00"
    assert i18n.number(1234567) == "1 234 567"


def test_russian_dates_in_the_core_have_their_genitive_months() -> None:
    i18n.install("ru")
    try:
        assert i18n.long_date("2017-09-27") == "27 сентября 2017\u00a0г."
        assert i18n.long_date("2003-05-10") == "10 мая 2003\u00a0г."
        assert i18n.short_date("2017-03-08") == "8 мар."
        assert i18n.short_month(3) == "март"
        assert i18n.number(1234) == "1\u00a0234"
    finally:
        i18n.reset()


def test_the_pseudo_translation_lengthens_every_string_and_keeps_it_whole(tmp_path: Path) -> None:
    tool = _tool()
    out = tmp_path / "pseudo.ts"
    tool.pseudo_ts(TS, out)  # type: ignore[attr-defined]
    pseudo = {m.key: m for m in read_ts(out)}
    for m in MESSAGES:
        forms = (1, 2) if m.numerus else (-1,)
        english = [i18n.english_plural(m.source, n) if n >= 0 else m.source for n in forms]
        for source, padded in zip(english, pseudo[m.key].translations, strict=True):
            assert len(padded) >= len(source) * 1.2 + 4
            assert sorted(PLACEHOLDER.findall(padded)) == sorted(PLACEHOLDER.findall(source))
    tip = next(m for m in MESSAGES if m.source.startswith("<p>Search the records"))
    assert pseudo[tip.key].translations[0].startswith("<p>[")


@pytest.mark.parametrize("language", ["ru"])
def test_the_built_catalogue_is_the_ts(language: str) -> None:
    """The .qm that ``make`` built says what the .ts says (built, never committed)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    folder = ROOT / "resources" / "translations"
    assert translator.load(f"coopdesk_{language}", str(folder)), "run `make translations`"
    for m in MESSAGES:
        n = 5 if m.numerus else -1
        found = translator.translate(m.context, m.source, m.comment or None, n)
        assert found == m.translations[-1], m.key
