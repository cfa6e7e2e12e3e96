"""Start the window (until the window lands: the command-line summary)."""

from __future__ import annotations

import argparse

from coopdesk.cli import filters_from_args, open_store
from coopdesk.render import dated_table


def run_gui(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        records = store.dated(filters_from_args(store, args))
        print(dated_table(records))
        print(f"\n{len(records)} of {store.total_dated()} records")
    return 0
