"""Results at scale are right: the pre-counted and the scanning paths give the same answers
on a synthetic database of the real schema (speed is measured in bench/, not here)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.checks import check_database, sound
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.store.connection import Connection
from coopdesk.store.facets import cube_counts, scan_counts
from coopdesk.store.where import cube_keys
from coopdesk.synth import synthesize


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("synth") / "s.db"
    synthesize(path, events=3000, seed=7)
    with Store(path) as store:
        yield store


def test_synthetic_database_passes_every_check(synthetic: Store) -> None:
    assert sound(check_database(synthetic.path))
    assert synthetic.total_dated() == 3000


def test_synthetic_data_is_skewed_like_real_collections(synthetic: Store) -> None:
    counts = sorted((v.count for v in synthetic.facets(Filters()).agencies), reverse=True)
    assert counts[0] > 10 * counts[len(counts) // 2]


def _random_filters(rng: random.Random, store: Store) -> Filters:
    agencies = [a.id for a in store.entities("agency")]
    offences = [o.id for o in store.entities("offence")]
    year = rng.randrange(1920, 2030)
    return Filters(
        agencies=tuple(rng.sample(agencies, rng.choice((0, 0, 1)))),
        offences=tuple(rng.sample(offences, rng.choice((0, 1)))),
        year_from=rng.choice((None, year)),
        year_to=rng.choice((None, year + rng.randrange(0, 30))),
        stated_only=rng.choice((False, True)),
    )


def _cube_equals_scan(path: Path, filters: Filters) -> bool:
    conn = Connection(path)
    try:
        keys = cube_keys(filters)
        assert keys is not None
        return cube_counts(conn, *keys) == scan_counts(conn, filters)
    finally:
        conn.close()


def test_counted_facets_equal_scanned_facets(synthetic: Store) -> None:
    rng = random.Random(3)
    for _ in range(40):
        filters = _random_filters(rng, synthetic)
        assert _cube_equals_scan(synthetic.path, filters), filters
        assert synthetic.count_dated(filters) == len(synthetic.dated(filters)), filters


def test_several_agencies_fall_back_to_scanning(synthetic: Store) -> None:
    a, b = (x.id for x in synthetic.entities("agency")[:2])
    both = Filters(agencies=(a, b))
    assert cube_keys(both) is None
    assert synthetic.count_dated(both) == len(synthetic.dated(both))
    facets = synthetic.facets(both)
    for value in facets.years:
        by_year = Filters(agencies=(a, b), year_from=value.number, year_to=value.number)
        assert value.count == synthetic.count_dated(by_year)


def test_synthesize_refuses_a_missing_folder(tmp_path: Path) -> None:
    from coopdesk.errors import OutputError

    with pytest.raises(OutputError, match="folder does not exist"):
        synthesize(tmp_path / "no" / "s.db", events=10)
