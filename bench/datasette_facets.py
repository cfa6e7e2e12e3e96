"""Run inside the bench's own Datasette environment (never CoopDesk's): time Datasette's
column facets for the same three counts CoopDesk's facets give, through its JSON API.

Reads a JSON list of filters on stdin; prints a JSON list of {"ms": …, "counts": …} on
stdout, one per filters, with the counts Datasette reported (to check they agree).
Run by bench_data.py: <venv>/bin/python datasette_facets.py DB < filters.json
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from urllib.parse import urlencode

from datasette.app import Datasette

DATED = ("instrument", "summit", "talks", "consultation", "meeting")


def conditions(filters: dict, skip: str) -> str:
    """SQL on ``records`` for the filters, one dimension left out (as CoopDesk counts)."""
    out = [f"kind IN ({', '.join(repr(k) for k in DATED)})"]
    if skip != "years":
        if filters.get("year_from") is not None:
            out.append(f"year >= {int(filters['year_from'])}")
        if filters.get("year_to") is not None:
            out.append(f"year <= {int(filters['year_to'])}")
    if skip != "agencies":
        for agency in filters.get("agencies", []):
            out.append(
                f"id IN (SELECT record_id FROM record_agencies WHERE agency_id = '{agency}')"
            )
    if skip != "offences":
        for offence in filters.get("offences", []):
            out.append(
                f"id IN (SELECT record_id FROM record_offences WHERE offence_id = '{offence}')"
            )
    return " AND ".join(out)


def urls(name: str, filters: dict) -> dict[str, str]:
    size = {"_size": "0", "_facet_size": "max"}

    def url(table: str, facet: str, where: str) -> str:
        return f"/{name}/{table}.json?" + urlencode({"_facet": facet, "_where": where, **size})

    return {
        "agencies": url(
            "record_agencies",
            "agency_id",
            f"record_id IN (SELECT id FROM records WHERE {conditions(filters, 'agencies')})",
        ),
        "offences": url(
            "record_offences",
            "offence_id",
            f"record_id IN (SELECT id FROM records WHERE {conditions(filters, 'offences')})",
        ),
        "years": url("records", "year", conditions(filters, "years")),
    }


async def main() -> None:
    path = sys.argv[1]
    datasette = Datasette(
        immutables=[path],
        settings={
            # Let every facet finish, however long it takes: the time is the figure.
            "facet_time_limit_ms": 600_000,
            "sql_time_limit_ms": 600_000,
            "suggest_facets": False,
            "max_returned_rows": 1000,
        },
    )
    await datasette.invoke_startup()
    name = next(n for n in datasette.databases if n != "_internal")
    out = []
    for filters in json.load(sys.stdin):
        counts = {}
        started = time.perf_counter()
        for dimension, url in urls(name, filters).items():
            response = await datasette.client.get(url)
            data = response.json()
            if response.status_code != 200:
                raise SystemExit(f"Datasette answered {response.status_code}: {data}")
            results = data["facet_results"]
            facet = next(iter(results.values())) if isinstance(results, dict) else results[0]
            counts[dimension] = {str(r["value"]): r["count"] for r in facet["results"]}
        out.append({"ms": (time.perf_counter() - started) * 1000, "counts": counts})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    asyncio.run(main())
