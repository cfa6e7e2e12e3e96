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


def test_records_read_in_batches_equal_records_read_one_by_one(
    synthetic: Store, built_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.store import records

    with Store(built_db) as bundled:
        # The bundled data has every basis: inferred links, editorial names, values
        # with citations of their own, agencies with their units.
        every = [r[0] for r in bundled._conn.query("SELECT id FROM records ORDER BY sort")]
        one_by_one = [bundled.record(i) for i in every]
        monkeypatch.setattr(records, "BATCH", 7)  # batch edges fall inside the list
        assert bundled.details(every) == one_by_one
        assert any(v.basis != "stated" for d in one_by_one for v in d.values)
        assert any(link.basis != "stated" for d in one_by_one for link in d.links)
    ids = [r.id for r in synthetic.dated(Filters())][::11]
    ids += [a.id for a in synthetic.entities("agency")[:3]]  # many incoming links each
    monkeypatch.setattr(records, "BATCH", 64)
    assert synthetic.details(ids) == [synthetic.record(i) for i in ids]


def test_bulk_reads_report_progress_and_refuse_an_unknown_record(synthetic: Store) -> None:
    from coopdesk.errors import NotFound
    from coopdesk.jobs import Progress

    steps: list[tuple[int, int]] = []
    ids = [r.id for r in synthetic.dated(Filters())][:1200]
    synthetic.details(ids, Progress(lambda done, total, _text: steps.append((done, total))))
    assert steps[0] == (0, 1200) and steps[-1] == (1200, 1200)
    with pytest.raises(NotFound, match="no record 'event/none'"):
        synthetic.details([*ids[:5], "event/none"])


def test_month_counts_equal_the_records_counted_by_month(synthetic: Store) -> None:
    from collections import Counter

    rng = random.Random(9)
    for _ in range(12):
        filters = _random_filters(rng, synthetic)
        expected = Counter(
            (int(r.date[:4]) * 12 + max(int(r.date[5:7]), 1) - 1, r.kind)
            for r in synthetic.dated(filters)
            if r.date
        )
        counted = {(month, kind): n for month, kind, n in synthetic.month_counts(filters)}
        assert counted == dict(expected), filters


def _day(iso: str) -> int:
    import datetime as dt

    return dt.date.fromisoformat(iso).toordinal()


def test_timeline_from_afar_counts_every_record_inside_and_outside_the_filters(
    synthetic: Store,
) -> None:
    from coopdesk.timeline.source import content

    agency = synthetic.facets(Filters()).agencies[1].id
    for filters in (Filters(), Filters(agencies=(agency,)), Filters(year_from=1990)):
        data = content(synthetic, filters)
        assert data.records == [], "3 000 records seen from afar are counts"
        assert data.shown_count == synthetic.count_dated(filters)
        assert data.total_count == 3000


def test_timeline_close_up_has_the_records_or_the_days_of_the_window(
    synthetic: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.timeline import source

    agency = synthetic.facets(Filters()).agencies[0].id
    filters = Filters(agencies=(agency,))
    every = synthetic.dated(Filters())
    middle = _day(every[len(every) // 2].date or "")
    window = (middle - 200, middle + 200)
    data = source.content(synthetic, filters, window)
    assert data.detail is not None and data.detail[0] <= window[0] <= window[1] <= data.detail[1]
    first, last = data.detail
    inside = [r for r in every if first <= _day(r.date or "") <= last]
    kept = {r.id for r in synthetic.dated(filters)}
    if len(inside) <= source.CAP_RECORDS:
        assert [r.id for r in data.records] == [r.id for r in inside]
        assert {data.records[i].id for i in data.visible_order} == kept & {r.id for r in inside}
    # However it is read, what the window holds adds up: counted per day this time.
    monkeypatch.setattr(source, "CAP_RECORDS", 10)
    data = source.content(synthetic, filters, window)
    assert data.records == [] and data.closest is False
    days = [b for b in data.buckets if first <= b.first <= last]
    assert all(b.first == b.last for b in days), "inside the window, buckets are days"
    assert sum(b.n for b in days) == len(inside)
    assert sum(b.n for b in days if not b.faded) == len(kept & {r.id for r in inside})
