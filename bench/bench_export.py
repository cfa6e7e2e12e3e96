"""The CSV export's rate beside the ways it was made before, measured in the same run.

For the commonest agency's records and for every dated record, at the bundled size, 100k
and 1M events: the export as the window and the command line make it (cells written by
the build, one string per record); the same lines assembled by SQLite on the spot (what
an export does with a database built by another version); and the records read in full
and formatted one by one (``Store.details`` and ``to_csv``: the export before). The last
two read at most ``--old`` records. JSON still goes through the records in full; its
rate is printed where the records are few.
Run: .venv/bin/python bench/bench_export.py [--runs 3] [--events 100000 1000000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import HEADER, database, machine, row, summary
from coopdesk.export import export_file, row_words, to_csv
from coopdesk.model import Filters
from coopdesk.store import Store, rows

GOAL = 50_000  # records a second


def rate(count: int, call) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    call()
    return count / (time.perf_counter() - started)


def old_way(store: Store, filters: Filters, limit: int) -> int:
    """The export before: the records in full (in batches), then formatted."""
    records = store.dated(filters)[:limit]
    details = store.details([r.id for r in records])
    to_csv(details, None, {r.id: r.basis for r in records})
    return len(records)


def assemble(store: Store, filters: Filters, limit: int) -> None:
    """The lines of the first ``limit`` records, assembled by SQLite on the spot (what an
    export does when the stored rows were made another way)."""
    ids = [r.id for r in store.dated(filters, limit=limit)]
    for start in range(0, len(ids), rows.CHUNK):
        rows.assembled(store._conn, ids[start : start + rows.CHUNK], row_words(), stated_only=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--events", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--old", type=int, default=10_000, help="records the old way reads")
    args = parser.parse_args()
    print(f"Machine: {machine()}\n")
    print(HEADER)
    for events in [None, *args.events]:
        name = "bundled" if events is None else f"{events:,}".replace(",", " ")
        with Store(database(events)) as store, tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "out"
            agency = store.facets(Filters()).agencies[0].id
            for label, filters in (
                ("the commonest agency's records", Filters(agencies=(agency,))),
                ("every dated record", Filters()),
            ):
                count = store.count_dated(filters)
                store.dated(filters, limit=1)  # the same warm start for each way
                ours = [
                    rate(count, lambda f=filters, o=out: export_file(store, f, "csv", o))
                    for _ in range(args.runs)
                ]
                assembled = [
                    rate(
                        min(count, args.old),
                        lambda f=filters: assemble(store, f, args.old),
                    )
                    for _ in range(args.runs)
                ]
                old = [
                    rate(
                        min(count, args.old),
                        lambda f=filters: old_way(store, f, args.old),
                    )
                    for _ in range(args.runs)
                ]
                json = [
                    rate(count, lambda f=filters, o=out: export_file(store, f, "json", o))
                    for _ in range(1 if count <= args.old else 0)
                ]
                med = summary(ours)[0]
                n = f"{count:,}".replace(",", " ")
                print(
                    row(
                        f"CSV export, {name}, {label} ({n})",
                        f"{med:,.0f} records/s".replace(",", " "),
                        f"assembled in SQL {summary(assembled)[0]:,.0f}/s; records in full "
                        f"{summary(old)[0]:,.0f}/s".replace(",", " ")
                        + (f"; JSON {json[0]:,.0f}/s".replace(",", " ") if json else ""),
                        f"≥ {GOAL:,} records/s".replace(",", " "),
                        # A few records measure the fixed costs, not a rate.
                        "—" if count < 1000 else "yes" if med >= GOAL else "no",
                    ),
                    flush=True,
                )


if __name__ == "__main__":
    main()
