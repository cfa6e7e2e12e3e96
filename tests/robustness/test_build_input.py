"""Bad build input: each stops the build with a message naming the file, the line of the
offending key and the record, and the previous database stays as it was.

Tries: invalid UTF-8, an empty document, a duplicate identifier, a missing identifier, a
relation to a record that does not exist, a quote not in the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.build import build
from coopdesk.errors import BuildError

TOML = "fight-against-transnational-crime-and-terrorism.toml"
TXT = "fight-against-transnational-crime-and-terrorism.txt"


def line_of(source: Path, needle: str) -> int:
    lines = (source / TOML).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def _nth_line(source: Path, needle: str, nth: int) -> int:
    lines = (source / TOML).read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if needle in line][nth - 1]


def edit(source: Path, old: str, new: str) -> None:
    path = source / TOML
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def previous(source_copy: Path) -> tuple[Path, bytes]:
    out = source_copy / "coop.db"
    build(source_copy, out)
    return out, out.read_bytes()


def refused(source: Path, previous: tuple[Path, bytes]) -> str:
    out, before = previous
    with pytest.raises(BuildError) as err:
        build(source, out)
    assert out.read_bytes() == before
    return str(err.value)


def test_duplicate_identifier(source_copy: Path, previous: tuple[Path, bytes]) -> None:
    edit(source_copy, 'id = "place/moscow"', 'id = "place/rome"')
    first = line_of(source_copy, 'id = "place/rome"')
    second = _nth_line(source_copy, 'id = "place/rome"', 2)
    message = refused(source_copy, previous)
    assert f"{TOML}:{second}: place/rome: the id is used twice (also at {TOML}:{first})" in (
        message
    )


def test_missing_identifier(source_copy: Path, previous: tuple[Path, bytes]) -> None:
    header = line_of(source_copy, 'id = "place/moscow"') - 1
    edit(source_copy, 'id = "place/moscow"\n', "")
    message = refused(source_copy, previous)
    assert f"{TOML}:{header}: [[record]]: needs 'id'" in message.splitlines()


def test_relation_to_a_record_that_does_not_exist(
    source_copy: Path, previous: tuple[Path, bytes]
) -> None:
    edit(source_copy, 'to = "form/expert-level-discussions"\nrelation = "form"\n'
         'basis = "inferred"\nreason = "\'A meeting', 'to = "area/cyberspace"\nrelation = "form"\n'
         'basis = "inferred"\nreason = "\'A meeting')  # fmt: skip
    line = line_of(source_copy, 'to = "area/cyberspace"')
    message = refused(source_copy, previous)
    assert message == (
        f"{TOML}:{line}: link event/2017-09-27-the-hague → area/cyberspace: "
        "'area/cyberspace' is not a record"
    )


def test_place_that_does_not_exist(source_copy: Path, previous: tuple[Path, bytes]) -> None:
    edit(source_copy, 'place = "place/moscow"', 'place = "place/paris"')
    line = line_of(source_copy, 'place = "place/paris"')
    message = refused(source_copy, previous)
    assert message == (
        f"{TOML}:{line}: event/2017-02-08-ct-talks-round-2: place 'place/paris' is not a record"
    )


def test_quote_not_in_the_text(source_copy: Path, previous: tuple[Path, bytes]) -> None:
    edit(source_copy, 'quote = "On 27 September 2017 in The Hague"',
         'quote = "On 28 September 2017 in The Hague"')  # fmt: skip
    line = line_of(source_copy, 'quote = "On 28 September 2017 in The Hague"')
    message = refused(source_copy, previous)
    assert message == (
        f"{TOML}:{line}: place/the-hague: "
        'quote not found in the document: "On 28 September 2017 in The Hague"'
    )


def test_invalid_utf8(source_copy: Path, previous: tuple[Path, bytes]) -> None:
    doc = source_copy / TXT
    doc.write_bytes(doc.read_bytes().replace(b"Moscow", b"Mos\xc3\x28ow"))
    message = refused(source_copy, previous)
    assert message.startswith(f"{TXT}:13: not valid UTF-8")  # the 2018 paragraph


def test_empty_document(source_copy: Path, previous: tuple[Path, bytes]) -> None:
    (source_copy / TXT).write_bytes(b"")
    message = refused(source_copy, previous)
    assert message.startswith(f"{TXT}: the document is empty")
