"""CoopDesk's translations: extract the strings, compile the catalogues, make a pseudo one.

    python tools/translations.py update    # pyside6-lupdate: the code's strings into the .ts
    python tools/translations.py release   # pyside6-lrelease: every .ts (and pseudo) to .qm
    python tools/translations.py extract OUT.ts   # the code's strings alone, into OUT.ts

``resources/translations/coopdesk_<lang>.ts`` is what translators edit and what git
keeps; the ``.qm`` files are built from it (``make``, and the wheel's build hook,
``hatch_build.py``) and never committed: a clean clone makes them, and they cannot go
stale. The pseudo-translation (``coopdesk_pseudo.qm``, ``coopdesk gui --lang pseudo``)
wraps every string in "[!!! … !!!]", about 40 % longer, to show a layout that would clip
a Russian string.

Standard library only: the build hook runs it where only hatchling and PySide6 are.
"""

from __future__ import annotations

import importlib.util
import math
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "coopdesk"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU"}  # the .ts files kept in git, by language, with Qt's locale name
PSEUDO = "pseudo"


def tool(name: str) -> list[str]:
    """How to run Qt's ``lupdate`` or ``lrelease`` from the PySide6 of this Python."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name}: PySide6 is not installed for {sys.executable}")
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return [str(candidate)]
    wrapper = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if wrapper:
        return [wrapper]
    raise SystemExit(f"{name}: not found in {folder}")


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)}\n{result.stdout}{result.stderr}")


def ts_path(language: str) -> Path:
    return FOLDER / f"coopdesk_{language}.ts"


def extract(out: Path, language: str = "ru", sources: Path = SOURCES) -> None:
    """Run lupdate over ``sources`` into ``out`` (merging into what it holds already)."""
    _run([
        *tool("lupdate"), "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
        "-source-language", "en", "-target-language", LANGUAGES.get(language, language),
        str(sources), "-ts", str(out),
    ])  # fmt: skip


def update() -> None:
    """The .ts of every language brought up to the code: new strings unfinished, strings
    no longer in the code dropped."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        extract(ts_path(language), language)


# ---------------------------------------------------------------------- pseudo


def _english_plural() -> object:
    """coopdesk.i18n's English plural rule, loaded from the file (no install needed)."""
    spec = importlib.util.spec_from_file_location("_coopdesk_i18n", SOURCES / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.english_plural


def pad(text: str) -> str:
    """'[!!! text !!!]': about 40 % longer, every placeholder, tag and & kept. Rich text
    keeps its first and last tag outside, so Qt still takes it for rich text."""
    bangs = "!" * max(1, math.ceil(len(text) * 0.15))
    head, body, tail = "", text, ""
    if text.startswith("<") and ">" in text:
        cut = text.index(">") + 1
        head, body = text[:cut], text[cut:]
        if body.endswith(">") and "<" in body:
            cut = body.rindex("<")
            body, tail = body[:cut], body[cut:]
    return f"{head}[{bangs} {body} {bangs}]{tail}"


def pseudo_ts(source: Path, out: Path) -> None:
    """A translation of every message of ``source`` into padded English."""
    plural = _english_plural()
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for n in (1, 2):
                form = ET.SubElement(translation, "numerusform")
                form.text = pad(plural(text, n))  # type: ignore[operator]
        else:
            translation.text = pad(text)
    tree.write(out, encoding="utf-8", xml_declaration=True)


# ---------------------------------------------------------------------- release


def release(out_dir: Path = FOLDER) -> list[Path]:
    """Every .ts compiled into ``out_dir``, with the pseudo-translation; the .qm paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    with tempfile.TemporaryDirectory() as scratch:
        pseudo = Path(scratch) / f"coopdesk_{PSEUDO}.ts"
        pseudo_ts(ts_path("ru"), pseudo)
        for ts in [*(ts_path(lang) for lang in LANGUAGES), pseudo]:
            qm = out_dir / ts.with_suffix(".qm").name
            partial = qm.with_suffix(".qm.tmp")
            _run([*tool("lrelease"), "-silent", str(ts), "-qm", str(partial)])
            os.replace(partial, qm)
            built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        for qm in release(Path(argv[1]) if len(argv) > 1 else FOLDER):
            print(qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm)
    elif argv[:1] == ["extract"] and len(argv) == 2:
        extract(Path(argv[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
