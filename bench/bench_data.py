"""Data-layer figures at the bundled size, 100k and 1M events.

Prints one Markdown table: a filter change (everything the window needs: counts, facets,
the first page, the tree), the first page of a full-text search, and the three facets
beside the same counts taken by grouping the filtered rows, as Datasette's column facets
do. Run: .venv/bin/python bench/bench_data.py [--runs 10] [--events 100000 1000000]
"""

from __future__ import annotations

import argparse
import random
import time

from common import HEADER, database, machine, row, summary
from coopdesk.browse import snapshot
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.store.connection import Connection
from coopdesk.store.facets import scan_counts

LIMIT = 2000  # the window's Controller.LIMIT


def timed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def filters_for(store: Store, rng: random.Random, runs: int) -> list[Filters]:
    agencies = [a.id for a in store.entities("agency")]
    offences = [o.id for o in store.entities("offence")]
    years = [v.number for v in store.facets(Filters()).years]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--events", type=int, nargs="*", default=[100_000, 1_000_000])
    args = parser.parse_args()
    rng = random.Random(5)
    print(f"Machine: {machine()}\n")
    print(HEADER)
    for events in [None, *args.events]:
        name = "bundled" if events is None else f"{events:,}".replace(",", " ")
        with Store(database(events)) as store:
            snapshot(store, Filters(), LIMIT)  # warm the page cache once
            changes = [
                timed(lambda f=f: snapshot(store, f, LIMIT))
                for f in filters_for(store, rng, args.runs)
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
            facet_filters = filters_for(store, rng, args.runs)
            ours = [timed(lambda f=f: store.facets(f)) for f in facet_filters]
            conn = Connection(store.path)
            grouped = [timed(lambda f=f, c=conn: scan_counts(c, f)) for f in facet_filters]
            conn.close()
        med, p95 = summary(changes)
        print(
            row(
                f"filter change, {name}",
                f"{med:.1f} / {p95:.1f} ms",
                "—",
                "p95 ≤ 50 ms at 1M",
                "yes" if p95 <= 50 else "no",
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
        o_med, o_p95 = summary(ours)
        g_med, g_p95 = summary(grouped)
        ratio = o_med / g_med if g_med else 0.0
        print(
            row(
                f"three facets, {name}",
                f"{o_med:.1f} / {o_p95:.1f} ms",
                f"GROUP BY over filtered rows {g_med:.1f} / {g_p95:.1f} ms",
                "≤ 0.1 × baseline",
                f"{'yes' if ratio <= 0.1 else 'no'} ({ratio:.3f}×)",
            )
        )


if __name__ == "__main__":
    main()
