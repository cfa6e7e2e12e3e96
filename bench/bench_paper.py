"""Paper: time and peak memory of the layout process, beside a minimal Typst document.

    .venv/bin/python bench/bench_paper.py [--runs 3] [--events 3000]

Each figure is a fresh process that makes the pack's data from a synthetic database and
compiles it in paper's child process, as `coopdesk brief` does; the peak memory is the
child's (Typst's) resident set. The baseline, measured in the same run, is a one-page
document through the same child: the fixed cost of starting Python and Typst.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from common import HEADER, database, machine, row, summary

MEASURE = """
import json, resource, sys, time
from coopdesk.model import Filters
from coopdesk.paper.document import PaperOptions, pack_document
from coopdesk.paper.engine import compile_document
from coopdesk.paper.jobs import page_count
from coopdesk.store import Store

db, year_from, year_to, minimal = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
with Store(db) as store:
    started = time.perf_counter()
    document = pack_document(store, Filters(year_from=year_from, year_to=year_to), PaperOptions())
    if minimal == "1":
        document["kind"] = "record"
        document["records"] = document["records"][:1]
        document["records"][0]["sources"] = []
        document["records"][0]["groups"] = []
    gathered = time.perf_counter()
    pdf = compile_document(document)
    done = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"pages": page_count(pdf), "records": len(document["records"]),
                  "gather": gathered - started, "compile": done - gathered,
                  "total": done - started, "peak_mb": peak}))
"""


def measure(db: str, years: tuple[int, int], minimal: bool = False) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, db, str(years[0]), str(years[1]), "1" if minimal else "0"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def years_for(db: str, target: int) -> tuple[int, int]:
    """The span of years, from the first, whose records come nearest ``target`` (at most it)."""
    from coopdesk.model import Filters
    from coopdesk.store import Store

    with Store(db) as store:
        first = min(v.number or 0 for v in store.facets(Filters()).years)
        best = (first, first)
        for year in range(first, first + 200):
            count = store.count_dated(Filters(year_from=first, year_to=year))
            if count > target:
                break
            best = (first, year)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--events", type=int, default=3000)
    args = parser.parse_args()
    db = str(database(args.events))
    print(f"Machine: {machine()}\n")
    print(HEADER)
    cases = [("about 100 pages", 30), ("near the cap of 600 records", 600)]
    base = [measure(db, years_for(db, 1), minimal=True) for _ in range(args.runs)]
    b_med, _ = summary([r["total"] * 1000 for r in base])
    b_mem = max(r["peak_mb"] for r in base)
    for name, target in cases:
        years = years_for(db, target)
        runs = [measure(db, years) for _ in range(args.runs)]
        med, p95 = summary([r["total"] * 1000 for r in runs])
        peak = max(r["peak_mb"] for r in runs)
        pages, records = runs[0]["pages"], runs[0]["records"]
        per_100 = med * 100 / pages
        print(row(f"pack, {name}: {records:.0f} records, {pages:.0f} pages",
                  f"{med:.0f} / {p95:.0f} ms ({per_100:.0f} ms per 100 pages)",
                  f"one-page document {b_med:.0f} ms", "100 pages ≤ 2 s",
                  "yes" if per_100 <= 2000 else "no"))  # fmt: skip
        print(row(f"peak memory of the layout, {name}", f"{peak:.0f} MB",
                  f"one-page document {b_mem:.0f} MB", "≤ 500 MB",
                  "yes" if peak <= 500 else "no"))  # fmt: skip


if __name__ == "__main__":
    main()
