"""Hostile and broken inputs, made on the fly in temporary folders."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import doctored_copy
from coopdesk.build import build

HOSTILE_TITLE = '<script>alert("x")</script><b>Bold</b> <img src="http://example.org/t.png">'
RTL = "\u202eevil\u202c \u05e9\u05dc\u05d5\u05dd"
ZERO_WIDTH = "zero\u200bwidth\u200d"
LONG = "L" * 100_000


def hostile_source(folder: Path) -> Path:
    """A document and curation whose text is full of markup, bidi controls and long lines."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (
        f"{HOSTILE_TITLE}\n\n"
        f"On 1 May 2019 a meeting called {HOSTILE_TITLE} took place in <style>body{{}}</style>.\n\n"
        f'The link <a href="javascript:alert(1)">click</a> and {RTL} and {ZERO_WIDTH}.\n\n'
        f"On 2 May 2019 an instrument was this long: {LONG} words\n"
    )
    (folder / "hostile.txt").write_text(text, encoding="utf-8")
    title_in_toml = HOSTILE_TITLE.replace('"', '\\"')
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

[[link]]
from = "event/2019-05-01-hostile"
to = "agency/javascript"
relation = "participant"
role = "<i>role</i>"
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
