"""Search figures at the bundled size, 100k and 1M events.

For each query of a fixed mix: the data layer's search (the first 100 hits, ranked, with
snippets) plus the three facet counts and the record count under the search, beside the
same filters without text. Also the window's whole data-layer step for a search
(``snapshot``) and, apart, the most common words, the worst case.

Run: .venv/bin/python bench/bench_search.py [--events 100000 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from common import database, machine, summary
from coopdesk.browse import snapshot
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.synth import CITIES, PEOPLE, WORDS

LIMIT = 2000  # the window's Controller.LIMIT
BUNDLED = [
    "europol", "counter-terrorism", "counterterrorism", "Moscow", "the hague", "Syromolotov",
    '"joint statement', "terror", "money laundering", "Kerchove", "2017", "europol OR interpol",
]  # fmt: skip


def mix(rng: random.Random) -> dict[str, list[str]]:
    """Queries people type, by kind; the synthetic words are Zipf-ranked (see synth.py)."""
    tail = WORDS[100:]
    return {
        "names (people, places)": [rng.choice(PEOPLE).split()[-1] for _ in range(3)]
        + rng.sample(PEOPLE, 2)
        + rng.sample([c.replace("-", " ") for c in CITIES], 5),
        "words (typical)": rng.sample(tail, 10),
        "words (frequent, ranks 20-100)": rng.sample(WORDS[20:100], 6),
        "two words": [f"{rng.choice(WORDS[20:400])} {rng.choice(tail)}" for _ in range(6)],
        "phrases": [f'"{rng.choice(WORDS[10:200])} {rng.choice(WORDS[10:200])}"' for _ in range(4)],
        "typing (last word a prefix)": [w[:4] for w in rng.sample(tail, 6)],
    }


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def search_and_counts(store: Store, filters: Filters) -> None:
    store.search(filters.text, 50)
    store.facets(filters)
    store.count_dated(filters)


def fmt(samples: list[float]) -> str:
    med, p95 = summary(samples)
    return f"{med:.1f} / {p95:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query")
    args = parser.parse_args()
    print(f"Machine: {machine()}\n")
    print("| database | queries | search + 3 facets + count (median / p95) | same without text "
          "| snapshot with text | goal p95 ≤ 100 ms |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for events in [None, *args.events]:
        name = "bundled" if events is None else f"{events:,}".replace(",", " ")
        rng = random.Random(7)
        classes = {"document": BUNDLED} if events is None else mix(rng)
        with Store(database(events)) as store:
            load = timed(store.bitmaps)  # read once per store, at the first search
            snapshot(store, Filters(), LIMIT)  # warm the page cache once
            every: list[float] = []
            bare: list[float] = []
            shots: list[float] = []
            for label, queries in classes.items():
                ours: list[float] = []
                for query in queries:
                    for _ in range(args.repeat):
                        store._matches = ("", 0, None)
                        ours.append(
                            timed(lambda q=query: search_and_counts(store, Filters(text=q)))
                        )
                        bare.append(timed(lambda: search_and_counts(store, Filters())))
                    store._matches = ("", 0, None)
                    shots.append(timed(lambda q=query: snapshot(store, Filters(text=q), LIMIT)))
                every += ours
                print(f"| {name} | {label} ({len(queries)}) | {fmt(ours)} | | | |")
            _med, p95 = summary(every)
            verdict = "yes" if p95 <= 100 else "**no**"
            print(
                f"| {name} | **all {len(every) // args.repeat}** | **{fmt(every)}** | "
                f"{fmt(bare)} | {fmt(shots)} | {verdict} |"
            )
            if events is not None:
                worst = []
                for word in WORDS[:5]:
                    store._matches = ("", 0, None)
                    filters = Filters(text=word)
                    n = store.count_dated(filters)
                    store._matches = ("", 0, None)
                    took = timed(lambda f=filters: search_and_counts(store, f))
                    worst.append(f"{word} ({n:,} records) {took:.0f} ms")
                print(f"| {name} | most common words | {'; '.join(worst)} | | | |")
            print(f"| {name} | reading the facet bitmaps, once | {load:.1f} ms | | | |")


if __name__ == "__main__":
    main()
