"""Data-layer figures at the bundled size, 100k and 1M events.

Prints one Markdown table: a filter change (everything the window needs: counts, facets,
the tree's groups and first pages, what the timeline draws), the first page of a
full-text search, the three facets beside Datasette's own facets for the same counts
(Datasette runs in a virtual environment of the bench's own), and a CSV export beside
reading the same records one at a time.
Run: .venv/bin/python bench/bench_data.py [--runs 10] [--events 100000 1000000]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile
import time
from pathlib import Path

from common import HEADER, HERE, database, datasette_python, machine, row, summary
from coopdesk.browse import snapshot
from coopdesk.export import export_file
from coopdesk.model import Filters
from coopdesk.store import Store

EXPORT_GOAL = 50_000  # records a second


def timed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def filters_for(store: Store, rng: random.Random, runs: int) -> list[Filters]:
    agencies = [a.id for a in store.entities("agency")]
    offences = [o.id for o in store.entities("offence")]
    years = [v.number for v in store.facets(Filters()).years if v.count]
    out = []
    for _ in range(runs):
        choice = rng.randrange(3)
        if choice == 0:
            out.append(Filters(agencies=(rng.choice(agencies),)))
        elif choice == 1:
            out.append(Filters(offences=(rng.choice(offences),), year_from=rng.choice(years)))
        else:
            year = rng.choice(years)
            out.append(Filters(year_from=year, year_to=year))
    return out


def datasette_facets(db: Path, filters: list[Filters]) -> list[dict]:  # type: ignore[type-arg]
    """Datasette's time and counts for the three facets under each filters."""
    answer = subprocess.run(
        [str(datasette_python()), str(HERE / "datasette_facets.py"), str(db)],
        input=json.dumps([f.to_dict() for f in filters]),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(answer.stdout)  # type: ignore[no-any-return]


def same_counts(store: Store, filters: Filters, theirs: dict) -> bool:  # type: ignore[type-arg]
    facets = store.facets(filters)
    ours = {
        "agencies": {v.id: v.count for v in facets.agencies if v.count},
        "offences": {v.id: v.count for v in facets.offences if v.count},
        "years": {v.id: v.count for v in facets.years if v.count},
    }
    return ours == {k: {i: n for i, n in v.items() if n} for k, v in theirs.items()}


def export_rate(store: Store, folder: Path) -> tuple[float, int, float]:
    """Records a second of a CSV export of the commonest agency's records, and of reading
    a thousand of them one at a time (the baseline)."""
    agency = store.facets(Filters()).agencies[0].id
    filters = Filters(agencies=(agency,))
    started = time.perf_counter()
    count = export_file(store, filters, "csv", folder / "out.csv")
    ours = count / (time.perf_counter() - started)
    ids = [r.id for r in store.dated(filters, limit=1000)]
    started = time.perf_counter()
    for record_id in ids:
        store.record(record_id)
    return ours, count, len(ids) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--events", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--no-datasette", action="store_true", help="skip Datasette")
    args = parser.parse_args()
    rng = random.Random(5)
    print(f"Machine: {machine()}\n")
    print(HEADER)
    for events in [None, *args.events]:
        name = "bundled" if events is None else f"{events:,}".replace(",", " ")
        db = database(events)
        with Store(db) as store, tempfile.TemporaryDirectory() as folder:
            snapshot(store, Filters())  # warm the page cache once
            changes = [
                timed(lambda f=f: snapshot(store, f)) for f in filters_for(store, rng, args.runs)
            ]
            words = [
                "border",
                "customs seizure",
                "cyber",
                "protocol annex",
                "Europol",
                "terrorism",
                "witness",
                "delegation",
                "network route",
                "Brussels",
            ]
            searches = [timed(lambda w=w: store.search(w, 50)) for w in words[: args.runs]]
            searched_facets = [
                timed(lambda w=w: store.facets(Filters(text=w))) for w in words[: args.runs]
            ]
            facet_filters = filters_for(store, rng, args.runs)
            ours = [timed(lambda f=f: store.facets(f)) for f in facet_filters]
            theirs = [] if args.no_datasette else datasette_facets(db, facet_filters)
            agree = all(
                same_counts(store, f, t["counts"])
                for f, t in zip(facet_filters, theirs, strict=True)
            )
            rate, exported, one_by_one = export_rate(store, Path(folder))
        med, p95 = summary(changes)
        print(
            row(
                f"filter change, data layer, {name}",
                f"{med:.1f} / {p95:.1f} ms",
                "—",
                "(part of the window's ≤ 50 ms)",
                "—",
            )
        )
        med, p95 = summary(searches)
        print(
            row(
                f"search, first page, {name}",
                f"{med:.1f} / {p95:.1f} ms",
                "—",
                "p95 ≤ 100 ms at 1M",
                "yes" if p95 <= 100 else "no",
            )
        )
        med, p95 = summary(searched_facets)
        print(
            row(
                f"three facets with search text, {name} (issue 12's figure)",
                f"{med:.1f} / {p95:.1f} ms",
                "—",
                "p95 ≤ 100 ms at 1M",
                "yes" if p95 <= 100 else "no",
            )
        )
        o_med, o_p95 = summary(ours)
        if theirs:
            d_med, d_p95 = summary([t["ms"] for t in theirs])
            ratio = o_med / d_med if d_med else 0.0
            print(
                row(
                    f"three facets, {name}",
                    f"{o_med:.1f} / {o_p95:.1f} ms",
                    f"Datasette 0.65 facets {d_med:.0f} / {d_p95:.0f} ms"
                    f" (same counts: {'yes' if agree else 'NO'})",
                    "≤ 0.1 × Datasette",
                    f"{'yes' if ratio <= 0.1 else 'no'} ({ratio:.4f}×)",
                )
            )
        print(
            row(
                f"CSV export, {name} (" + f"{exported:,}".replace(",", " ") + " records)",
                f"{rate:,.0f} records/s".replace(",", " "),
                f"one record at a time {one_by_one:,.0f} records/s".replace(",", " "),
                f"≥ {EXPORT_GOAL:,} records/s".replace(",", " "),
                "yes" if rate >= EXPORT_GOAL else "no",
            )
        )


if __name__ == "__main__":
    main()
