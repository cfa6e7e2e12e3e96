"""10,000 strings of what people (and cats on keyboards) type: none raises, none shows an
error, in the data layer and through the command line in-process."""

from __future__ import annotations

import contextlib
import io
import random
from pathlib import Path

import pytest

from coopdesk import cli
from coopdesk.browse import snapshot
from coopdesk.model import Filters
from coopdesk.store import Store

COUNT = 10_000
WORDS = [
    "europol", "hague", "moscow", "terrorism", "counter-terrorism", "counterterrorism",
    "joint", "statement", "Syromolotov", "Kerchove", "2017", "summit", "UN", "EU", "talks",
    "witness", "protection", "cybercrime",
]  # fmt: skip
SYNTAX = [*"\"*()^:+-{}[]<>!?.,;'`~@#$%&|\\/=", "AND", "OR", "NOT", "NEAR", "NEAR("]
ODD = [
    "\u00a0", "\u2011", "\u00ad", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\x00",
    "\x07", "\t", "\n", "\r", "\u0301", "\ud800", "\udfff", "ß", "İ", "ﬁ", "Ⅻ", "²",
    "Европол", "τρομοκρατία", "恐怖主义", "🙂", "👩‍👩‍👧", "ｅｕｒｏｐｏｌ", "“", "”", "«", "»", "„",
]  # fmt: skip


def typed(rng: random.Random) -> str:
    """One string: words, syntax and odd characters in any mix, now and then very long."""
    pieces = []
    for _ in range(rng.choices((0, 1, 2, 3, 5, 8, 20), (1, 20, 20, 20, 15, 15, 9))[0]):
        kind = rng.random()
        if kind < 0.35:
            word = rng.choice(WORDS)
            pieces.append(word[: rng.randint(1, len(word))] if rng.random() < 0.3 else word)
        elif kind < 0.65:
            pieces.append(rng.choice(SYNTAX))
        elif kind < 0.85:
            pieces.append(rng.choice(ODD))
        else:
            pieces.append("".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randint(1, 6))))
    text = "".join(p + rng.choice(("", " ", " ", "  ")) for p in pieces)
    if rng.random() < 0.005:
        text *= rng.randint(50, 500)
    return text


STRINGS = [typed(random.Random(seed)) for seed in range(COUNT)]


def test_the_fuzz_has_ten_thousand_distinct_strings() -> None:
    assert len(STRINGS) == COUNT and len(set(STRINGS)) > COUNT * 0.8


def test_no_typed_string_raises_or_shows_an_error_in_the_data_layer(store: Store) -> None:
    for text in STRINGS:
        shot = snapshot(store, Filters(text=text))
        assert shot.error == "", text
        assert shot.timeline is not None and shot.count == shot.timeline.shown_count, text
        assert store.search(text, limit=5) is not None


def test_no_typed_string_fails_on_the_command_line(built_db: Path) -> None:
    for text in STRINGS:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["search", "--db", str(built_db), "--limit", "3", "--", text])
        assert (code, err.getvalue()) == (0, ""), text
        assert "result" in out.getvalue().splitlines()[-1], text


@pytest.mark.parametrize("text", ["-europol", '"', "AND", "(", "*", "-"])
def test_a_leading_dash_or_syntax_is_search_text_on_the_command_line(
    built_db: Path, text: str
) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["search", text, "--db", str(built_db)])
    assert code == 0 and err.getvalue() == ""
