"""Search on a synthetic database of the real schema: the counts from bitmaps equal the
counts from the records themselves (speed is measured in bench/, not here)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.store.connection import Connection
from coopdesk.store.facets import scan_counts
from coopdesk.synth import PEOPLE, WORDS, synthesize


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("synth") / "s.db"
    synthesize(path, events=3000, seed=11)
    with Store(path) as store:
        yield store


def _filters(rng: random.Random, store: Store) -> Filters:
    agencies = [a.id for a in store.entities("agency")]
    offences = [o.id for o in store.entities("offence")]
    year = rng.randrange(1920, 2030)
    text = rng.choice(
        [
            rng.choice(WORDS[:40]),  # common
            rng.choice(WORDS[40:400]),
            f"{rng.choice(WORDS[:60])} {rng.choice(WORDS[:60])}",
            rng.choice(PEOPLE),
            rng.choice(["Moscow", "Brussels", "The Hague", "agency", "zzzz", '"', "-border"]),
        ]
    )
    return Filters(
        agencies=tuple(rng.sample(agencies, rng.choice((0, 0, 1, 2)))),
        offences=tuple(rng.sample(offences, rng.choice((0, 1, 1, 2)))),
        year_from=rng.choice((None, year)),
        year_to=rng.choice((None, year + rng.randrange(0, 30))),
        text=text,
        stated_only=rng.choice((False, True)),
    )


@pytest.mark.parametrize("sparse", [0, 10**9], ids=["by bitmaps", "one by one"])
def test_counts_under_a_search_equal_the_counts_of_the_records(
    synthetic: Store, sparse: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coopdesk.store.bitmaps.SPARSE", sparse)
    synthetic._matches = ("", 0, None)  # counted afresh under this threshold
    rng = random.Random(5)
    conn = Connection(synthetic.path)
    try:
        for _ in range(60):
            filters = _filters(rng, synthetic)
            facets = synthetic.facets(filters)
            by_agency, by_offence, by_year = scan_counts(conn, filters)
            assert {v.id: v.count for v in facets.agencies if v.count} == by_agency, filters
            assert {v.id: v.count for v in facets.offences if v.count} == by_offence, filters
            assert {v.id: v.count for v in facets.years if v.count} == by_year, filters
            assert synthetic.count_dated(filters) == len(synthetic.dated(filters)), filters
            # How many of each count rest on an inferred link: all less the stated ones.
            stated = scan_counts(conn, replace(filters, stated_only=True))
            inferred = {v.id: v.inferred for v in facets.agencies if v.inferred}
            assert inferred == {
                k: n - stated[0].get(k, 0) for k, n in by_agency.items() if n != stated[0].get(k, 0)
            }, filters
    finally:
        conn.close()


def test_a_common_word_finds_records_ranked_and_counted(synthetic: Store) -> None:
    hits = synthetic.search(WORDS[0], limit=50)
    assert len(hits) == 50
    assert synthetic.count_dated(Filters(text=WORDS[0])) > 0


def test_synthetic_words_are_skewed_like_natural_text(tmp_path: Path, synthetic: Store) -> None:
    common = synthetic.count_dated(Filters(text=WORDS[0] + " "))
    rare = synthetic.count_dated(Filters(text=WORDS[2000] + " "))
    assert common > 20 * max(rare, 1)
