"""The full-text index as other tools expect it: sqlite-utils and Datasette search the
records and the paragraphs, and Datasette labels links and facets with names."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlite_utils.cli import cli as sqlite_utils_cli

from coopdesk.schema import KIND_BY_ID

EUROPOL = "agency/eu-europol"


def test_sqlite_utils_search_finds_records_and_paragraphs(built_db: Path) -> None:
    result = CliRunner().invoke(sqlite_utils_cli, ["search", str(built_db), "records", "europol"])
    assert result.exit_code == 0, result.output
    found = [row["id"] for row in json.loads(result.output)]
    assert EUROPOL in found and len(found) >= 5
    result = CliRunner().invoke(sqlite_utils_cli, ["search", str(built_db), "paragraphs", "hague"])
    assert [row["number"] for row in json.loads(result.output)] == [5]


def test_sqlite_utils_ranks_as_coopdesk_does(built_db: Path) -> None:
    result = CliRunner().invoke(sqlite_utils_cli, ["search", str(built_db), "records", "moscow"])
    assert json.loads(result.output)[0]["id"] == "place/moscow"


def datasette_get(db: Path, path: str) -> Any:
    from datasette.app import Datasette

    async def get() -> Any:
        response = await Datasette([str(db)]).client.get(path)
        assert response.status_code == 200, response.text
        return response

    return asyncio.run(get())


def test_datasette_searches_the_records_table(built_db: Path) -> None:
    name = built_db.stem
    page = datasette_get(built_db, f"/{name}/records")
    assert 'name="_search"' in page.text  # the search box
    found = datasette_get(built_db, f"/{name}/records.json?_search=europol&_shape=array")
    assert EUROPOL in [row["id"] for row in found.json()]
    odd = datasette_get(built_db, f'/{name}/records.json?_search="unbalanced&_shape=array')
    assert odd.json() == []


def test_datasette_shows_names_not_ids_in_links(built_db: Path) -> None:
    name = built_db.stem
    rows = datasette_get(built_db, f"/{name}/links.json?_labels=on&_shape=array&_size=1").json()
    assert rows[0]["relation"]["label"] == "Parties"
    # "between the Russian Federation and the European Police Office (Europol)"
    assert rows[0]["to_id"]["label"] == "Russian Federation"
    records = datasette_get(built_db, f"/{name}/records.json?_labels=on&_shape=array&_size=1")
    kind = records.json()[0]["kind"]
    assert kind["label"] == KIND_BY_ID[kind["value"]].label
