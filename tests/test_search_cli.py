"""``coopdesk search``: the window's engine and ranking, its options, its output."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from coopdesk import cli
from coopdesk.store import Store


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exit:  # argparse's usage errors end the process
            code = int(exit.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_json_hits_carry_the_fields_and_the_windows_ranking(built_db: Path) -> None:
    code, out, _ = run("search", "counter-terrorism", "--db", str(built_db), "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert set(hits[0]) == {"id", "kind", "title", "paragraph", "snippet", "score"}
    assert all("\x02" not in h["snippet"] and "[" not in h["snippet"] for h in hits)
    with Store(built_db) as store:
        assert [h["id"] for h in hits] == [h.ref for h in store.search("counter-terrorism", 50)]
    paragraphs = [h for h in hits if h["kind"] == "paragraph"]
    assert paragraphs and all(isinstance(h["paragraph"], int) for h in paragraphs)


def test_words_need_no_quotes_and_a_leading_dash_excludes(built_db: Path) -> None:
    _, together, _ = run("search", "joint statement", "--db", str(built_db), "--json")
    _, apart, _ = run("search", "joint", "statement", "--db", str(built_db), "--json")
    assert json.loads(together) == json.loads(apart)
    _, out, _ = run("search", "-interpol", "europol", "--json", "--db", str(built_db))
    assert "agency/intl-interpol" not in [h["id"] for h in json.loads(out)]


def test_piped_output_has_no_brackets_nor_terminal_codes(built_db: Path) -> None:
    code, out, err = run("search", "hague", "--db", str(built_db))
    assert code == 0 and err == ""
    assert "\x1b" not in out and "[Hague]" not in out and "The Hague" in out
    assert out.splitlines()[-1] == "3 results"


@pytest.mark.parametrize("limit", ["0", "10001", "ten", "-1"])
def test_a_limit_outside_one_to_ten_thousand_is_one_line_and_exit_2(
    built_db: Path, limit: str
) -> None:
    code, _, err = run("search", "europol", "--db", str(built_db), f"--limit={limit}")
    assert code == 2
    assert "give a number from 1 to 10,000" in err and len(err.strip().splitlines()) == 1


def test_the_largest_limit_is_accepted(built_db: Path) -> None:
    code, out, _ = run("search", "the", "--db", str(built_db), "--limit", "10000", "--json")
    assert code == 0 and len(json.loads(out)) > 10
