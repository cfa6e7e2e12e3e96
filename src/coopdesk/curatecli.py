"""``coopdesk curate``: the Curate window on a document, and the Suggest pass's proposals.

Kept apart from ``coopdesk.cli``, which builds every other command's parser, and wired in
by it: ``add_curate_parser`` takes the parser class and the JSON printer the command line
uses, so this module imports nothing of it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

CURATE_VERBS = ("suggest", "open")


def cmd_curate_suggest(args: argparse.Namespace, print_json: Callable[[Any], None]) -> int:
    from coopdesk.curate.curation import CurationFile
    from coopdesk.curate.suggest import suggest

    document: Path = args.document
    toml = args.curation or document.with_suffix(".toml")
    curation = CurationFile.for_document(document, toml)
    proposals = suggest(curation.document_text, curation.known())
    shown = [p for p in proposals if args.all or p.known is None]
    if args.json:
        print_json([p.to_json() for p in shown])
        return 0
    for p in shown:
        what = " · ".join(v for v in (p.kind or "dated", p.date, p.place) if v)
        print(f"¶{p.paragraph}  {what}: {p.title}\n    “{p.quote}”")
    hidden = len(proposals) - len(shown)
    print(f"{len(shown)} proposal(s)" + (f"; {hidden} already in {toml.name}" if hidden else ""))
    return 0


def cmd_curate_open(args: argparse.Namespace) -> int:
    from coopdesk.app import CurateOptions, run_curate

    return run_curate(
        CurateOptions(
            document=args.document, curation=args.curation, screenshot=args.screenshot,
            select=args.select, qt_args=args.qt_args,
        )
    )  # fmt: skip


def add_curate_parser(
    sub: Any, parser_class: type[argparse.ArgumentParser], print_json: Callable[[Any], None]
) -> None:
    """``coopdesk curate DOC.txt`` (the verb ``open``, implied) and ``curate suggest``."""
    p = sub.add_parser(
        "curate",
        help="curate a source document: 'curate DOC.txt' opens the Curate window",
        description="'coopdesk curate DOC.txt' (or 'curate open DOC.txt') opens the Curate "
        "window on a document and its curation; 'coopdesk curate suggest DOC.txt' prints "
        "what the Suggest pass proposes.",
    )
    verbs = p.add_subparsers(
        dest="curate_command", metavar="{open,suggest}", required=True,
        parser_class=parser_class,
    )  # fmt: skip
    o = verbs.add_parser(
        "open", help="the Curate window ('curate DOC.txt' is short for 'curate open DOC.txt')"
    )
    o.add_argument("document", type=Path, metavar="DOC.txt")
    o.add_argument(
        "--curation",
        type=Path,
        metavar="FILE.toml",
        help="the curation to edit (default: DOC.toml beside the document, new if missing)",
    )
    o.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="lay the window out at a fixed size, save it as PNG and exit",
    )
    o.add_argument("--select", metavar="ID", help="record to show at start")
    o.set_defaults(func=cmd_curate_open)
    s = verbs.add_parser("suggest", help="propose records from a document; nothing is accepted")
    s.add_argument("document", type=Path, metavar="DOC.txt")
    s.add_argument(
        "--curation",
        type=Path,
        metavar="FILE.toml",
        help="the curation whose records are known (default: DOC.toml beside the document)",
    )
    s.add_argument("--all", action="store_true", help="also list what the curation holds")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=lambda args: cmd_curate_suggest(args, print_json))
