"""The ``coopdesk`` command line: build, query and browse the reference database.

It uses the same data layer as the GUI, so the two cannot disagree. Problems of the
environment or of the user's input end in one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import functools
import json
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from coopdesk import __version__, paths
from coopdesk.curatecli import CURATE_VERBS, add_curate_parser
from coopdesk.errors import CoopDeskError, DatabaseError, NotFound, UnknownValue
from coopdesk.fileio import guarded_stdout, report_saved
from coopdesk.model import Filters
from coopdesk.safetext import for_terminal, json_safe, valid
from coopdesk.store import Store
from coopdesk.textsearch import typed_int

if TYPE_CHECKING:
    from coopdesk.paper.document import PaperOptions
    from coopdesk.store import Store

EXIT_USAGE = 2
EXIT_TERMINATED = 128 + 15  # as a shell reports a process ended by SIGTERM
MAX_LIMIT = 10_000


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _year(text: str) -> int:
    year = typed_int(text)  # full-width digits read as typed; superscripts are not digits
    if year is None or not 1000 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"bad year '{text}': give four digits, like 2017")
    return year


def _limit(text: str) -> int:
    number = typed_int(text)
    if number is None or not 1 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"bad limit '{text}': give a number from 1 to {MAX_LIMIT:,}"
        )
    return number


def _events(text: str) -> int:
    from coopdesk.synth import MAX_EVENTS

    number = typed_int(text)
    if number is None or not 1 <= number <= MAX_EVENTS:
        raise argparse.ArgumentTypeError(
            f"bad number of events '{text}': give a number from 1 to {MAX_EVENTS:,}"
        )
    return number


def _seed(text: str) -> int:
    number = typed_int(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"bad seed '{text}': give a whole number")
    return number


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help="database to read (default: the bundled one)"
    )


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The filters shared by query, facets, gui and the printing commands."""
    _add_db(parser)
    parser.add_argument(
        "--agency",
        action="append",
        default=[],
        metavar="NAME",
        help="full name, short name or alias; repeat to require several",
    )
    parser.add_argument(
        "--offence",
        action="append",
        default=[],
        metavar="NAME-OR-NUMBER",
        help="offence type 1-8 or words of its name; repeat to require several",
    )
    parser.add_argument("--year", type=_year, help="one year")
    parser.add_argument("--from", dest="year_from", type=_year, metavar="Y1", help="first year")
    parser.add_argument("--to", dest="year_to", type=_year, metavar="Y2", help="last year")
    parser.add_argument("--text", default="", metavar="Q", help="full-text search")
    parser.add_argument(
        "--stated-only",
        action="store_true",
        help="only what stated links say: leave out records kept through an inferred link",
    )
    parser.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="NAME",
        help="only records from this source document (id or words of its title); repeatable",
    )


def _add_paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    parser.add_argument("--marking", default="", help='handling marking, e.g. "FOR OFFICIAL USE"')
    parser.add_argument(
        "--paper", choices=("a4", "letter"), help="paper size (default: by your locale)"
    )


def _add_notes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--notes", action="store_true", help="include your own notes, marked as yours"
    )
    parser.add_argument(
        "--user-data", type=Path, metavar="PATH", help="your notes file (default: CoopDesk's own)"
    )


def open_store(db: Path | None) -> Store:
    return Store(db if db is not None else paths.bundled_db())


def filters_from_args(store: Store, args: argparse.Namespace) -> Filters:
    """The filters of a command's arguments, checked by the data layer."""
    return store.resolve_filters(
        agencies=args.agency, offences=args.offence, year=args.year,
        year_from=args.year_from, year_to=args.year_to, text=args.text,
        documents=args.document,
        stated_only=args.stated_only,
    )  # fmt: skip


def _print_json(value: Any) -> None:
    sys.stdout.write(json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def cmd_build_db(args: argparse.Namespace) -> int:
    from coopdesk.build import build

    output = args.output
    if output is None:
        if paths.checkout_root() is None:
            raise UnknownValue(
                "give --output: the bundled database of an installed CoopDesk is never written."
            )
        output = paths.bundled_db()
    curation = build(args.source or paths.source_dir(), output)
    print(
        f"Built {output}: {len(curation.documents)} document(s), "
        f"{len(curation.records)} records, {len(curation.links)} links."
    )
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from coopdesk.dataout import dated_table, record_json

    with open_store(args.db) as store:
        records = store.dated(filters_from_args(store, args))
        if args.json:
            _print_json([record_json(store.record(r.id), filter_basis=r.basis) for r in records])
        else:
            print(dated_table(records))
            print(f"\n{len(records)} of {store.total_dated()} records")
    return 0


def cmd_facets(args: argparse.Namespace) -> int:
    from coopdesk.dataout import facets_json
    from coopdesk.marks import named
    from coopdesk.render import entity_label

    with open_store(args.db) as store:
        facets = store.facets(filters_from_args(store, args))
    if args.json:
        _print_json(facets_json(facets))
        return 0
    for title, values in (
        ("Agencies", facets.agencies),
        ("Offence types", facets.offences),
        ("Years", facets.years),
    ):
        print(f"{title}:")
        for v in values:
            label = v.label
            if v.entity is not None:  # an agency by its one display name, as in the window
                label = named(v.entity) if title == "Agencies" else entity_label(v.entity)
            if title == "Offence types":
                label = f"{v.number}. {label}"  # as the window and paper number them
            inferred = f"  ({v.inferred} inferred)" if v.inferred else ""
            print(f"  {v.count:>5}  {for_terminal(label)}{inferred}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from coopdesk.render import snippet_text
    from coopdesk.textsearch import nothing_sought

    text = " ".join(args.text)
    with open_store(args.db) as store:
        hits = store.search(text, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "id": h.ref,
                    "kind": h.kind,
                    "title": h.title,
                    "paragraph": h.paragraph,
                    "snippet": snippet_text(h.snippet),
                    "score": h.score,
                }
                for h in hits
            ]
        )
        return 0
    bold = sys.stdout.isatty()
    for h in hits:
        where = f"¶{h.paragraph} of " if h.paragraph else ""
        title, snippet = for_terminal(h.title), snippet_text(h.snippet, bold=bold)
        print(f"{for_terminal(h.ref)}  ({h.kind})  {where}{title}\n    {snippet}")
    note = nothing_sought(text)
    print(f"{len(hits)} result{'' if len(hits) == 1 else 's'}" + (f" ({note})" if note else ""))
    return 0


_SEARCH_OPTIONS = {"--db": 1, "--limit": 1, "--json": 0, "-h": 0, "--help": 0}


def _search_argv(argv: list[str]) -> list[str]:
    """``coopdesk search -word …``: a word beginning with a dash is search text (an
    exclusion), not an unknown option; the search's own options may stand anywhere."""
    options: list[str] = []
    words: list[str] = []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            words += argv[i + 1 :]
            break
        name, equals, _ = arg.partition("=")
        if name in _SEARCH_OPTIONS:
            take = 0 if equals else _SEARCH_OPTIONS[name]
            options += argv[i : i + 1 + take]
            i += 1 + take
        else:
            words.append(arg)
            i += 1
    return [argv[0], *options, "--", *words]


def cmd_show(args: argparse.Namespace) -> int:
    from coopdesk.dataout import record_json
    from coopdesk.render import record_text

    with open_store(args.db) as store:
        try:
            detail = store.record(args.id)
        except NotFound as exc:
            raise NotFound(f"{exc} {_records_named(store, args.id)}") from exc
    if args.json:
        _print_json(record_json(detail))
    else:
        sys.stdout.write(record_text(detail))
    return 0


def _records_named(store: Store, text: str) -> str:
    """What to say after "no record 'X'": the ids of the records the words name."""
    hits = [h for h in store.search(text, limit=20) if h.kind != "paragraph"][:3]
    if not hits:
        return "Records go by their id: 'coopdesk search WORDS' finds them."
    return "Did you mean: " + "; ".join(f"{h.ref} ({h.title})" for h in hits) + "?"


def cmd_check_db(args: argparse.Namespace) -> int:
    from coopdesk.checks import check_database, sound

    if args.path and args.db and args.path != args.db:
        raise CoopDeskError("check-db: give the database once, as PATH or as --db.")
    path = args.path or args.db or paths.bundled_db()
    checks = check_database(path)
    for check in checks:
        print(f"{check.name:<10} {'ok ' if check.ok else 'FAIL'}  {check.message}")
    if sound(checks):
        print(f"{path}: sound.")
        return 0
    print(f"coopdesk: {path} failed its checks.", file=sys.stderr)
    return EXIT_USAGE


def cmd_synth(args: argparse.Namespace) -> int:
    import time

    from coopdesk.synth import synthesize

    started = time.perf_counter()
    counts = synthesize(args.output, events=args.events, seed=args.seed)
    took = time.perf_counter() - started
    print(
        f"Wrote {args.output}: {counts['events']} events, {counts['links']} links in {took:.1f} s."
    )
    return 0


def _paper_options(args: argparse.Namespace, notes: dict[str, str] | None = None) -> PaperOptions:
    from coopdesk.paper.document import PaperOptions, default_paper

    return PaperOptions(marking=args.marking, paper=args.paper or default_paper(), notes=notes)


def cmd_print(args: argparse.Namespace) -> int:
    from coopdesk.paper.jobs import write_record_pdf

    with open_store(args.db) as store:
        note = _user_notes(args.user_data) if args.notes else None
        options = _paper_options(args, {args.id: note.get(args.id, "")} if note else None)
        pages = write_record_pdf(store, args.id, args.output, options)
    report_saved(args.output, f"{pages} page{'s' if pages != 1 else ''}")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from coopdesk.paper.jobs import write_brief_pdf

    with open_store(args.db) as store:
        filters = filters_from_args(store, args)
        notes = _user_notes(args.user_data) if args.notes else None
        pages = write_brief_pdf(store, filters, args.output, _paper_options(args, notes))
    report_saved(args.output, f"{pages} pages")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from coopdesk.export import export_file

    with open_store(args.db) as store:
        filters = filters_from_args(store, args)
        notes = _user_notes(args.user_data) if args.notes else None
        count = export_file(store, filters, args.format, args.output, notes)
    report_saved(args.output, f"{count} record{'s' if count != 1 else ''}, {args.format}")
    return 0


def _user_notes(path: Path | None) -> dict[str, str]:
    """The user's notes by record id; no user file yet means no notes (none is created)."""
    from coopdesk.userdata import UserData

    path = path or paths.user_data_file()
    if not path.is_file():
        return {}
    with UserData(path) as data:
        if data.notice:
            print(f"coopdesk: {data.notice}", file=sys.stderr)
        return {n.record_id: n.text for n in data.notes()}


def cmd_gui(args: argparse.Namespace) -> int:
    from coopdesk.app import GuiOptions, run_gui

    if args.select:
        # A record that is not there is a typing mistake: say so here, like 'show'. A
        # database that cannot be opened is the window's to explain.
        try:
            store = open_store(args.db)
        except DatabaseError:
            pass
        else:
            with store:
                store.record(args.select)

    return run_gui(
        GuiOptions(
            db=args.db, agencies=args.agency, offences=args.offence, year=args.year,
            year_from=args.year_from, year_to=args.year_to, text=args.text,
            stated_only=args.stated_only, select=args.select, screenshot=args.screenshot,
            qt_args=args.qt_args, documents=args.document, lang=args.lang,
        )
    )  # fmt: skip


def _late(name: str) -> Callable[[argparse.Namespace], int]:
    """The command called ``name``, looked up when it runs: the parser is built once."""
    return lambda args: int(globals()[name](args))


@functools.cache
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coopdesk",
        description="Offline reference on Russia–EU cooperation against transnational crime "
        "and terrorism. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CoopDesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("build-db", help="build the database from the source documents")
    p.add_argument("--source", type=Path, help="folder of documents (default: data/source)")
    p.add_argument("--output", type=Path, help="database to write (default: data/coop.db)")
    p.set_defaults(func=_late("cmd_build_db"))

    p = sub.add_parser("query", help="the dated records the filters leave, in date order")
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_late("cmd_query"))

    p = sub.add_parser("facets", help="how many records each filter choice would leave")
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_late("cmd_facets"))

    p = sub.add_parser(
        "search",
        help="full-text search over records and source paragraphs",
        description='Words, "exact phrases", prefix*, a OR b, -word to exclude; the last '
        "word also matches as a prefix. Records named by the words come first, then by "
        "relevance; then source paragraphs.",
    )
    _add_db(p)
    p.add_argument("text", nargs="+", help="what to search for (see README: Searching)")
    p.add_argument(
        "--limit", type=_limit, default=50, metavar="N", help=f"at most N hits (1–{MAX_LIMIT:,})"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_late("cmd_search"))

    p = sub.add_parser("show", help="one record with its links and citations")
    _add_db(p)
    p.add_argument("id", help="record id, e.g. event/2017-09-27-the-hague")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_late("cmd_show"))

    p = sub.add_parser("synth", help="a synthetic database of the real schema, for scale tests")
    p.add_argument("--events", type=_events, required=True, metavar="N")
    p.add_argument("--seed", type=_seed, default=1, metavar="S")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    p.set_defaults(func=_late("cmd_synth"))

    p = sub.add_parser("check-db", help="integrity, schema and quote checks of a database")
    p.add_argument("path", nargs="?", type=Path, help="database (default: the bundled one)")
    # --db as every other command names the database; the path alone works too.
    p.add_argument("--db", type=Path, default=None, help="the same, as the other commands take it")
    p.set_defaults(func=_late("cmd_check_db"))

    p = sub.add_parser("print", help="one record as a PDF laid out for paper")
    _add_db(p)
    p.add_argument("id", help="record id, e.g. event/2017-09-27-the-hague")
    _add_paper(p)
    _add_notes(p)
    p.set_defaults(func=_late("cmd_print"))

    p = sub.add_parser(
        "brief",
        help="a briefing pack PDF of the records the filters leave (up to 600 records)",
    )
    add_filter_arguments(p)
    _add_paper(p)
    _add_notes(p)
    p.set_defaults(func=_late("cmd_brief"))

    p = sub.add_parser(
        "export", help="the records the filters leave as CSV, JSON, Markdown or .ics"
    )
    add_filter_arguments(p)
    p.add_argument("--format", required=True, choices=("csv", "json", "md", "ics"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    _add_notes(p)
    p.set_defaults(func=_late("cmd_export"))

    p = sub.add_parser("gui", help="open the window (the default)")
    add_filter_arguments(p)
    p.add_argument("--select", metavar="ID", help="record to select at start")
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help="lay the window out at a fixed size, save it as PNG and exit",
    )
    p.add_argument(
        "--lang",
        choices=("en", "ru", "pseudo"),
        help="the window's language for this run (default: Preferences, else the system's); "
        "pseudo lengthens every string, to check that layouts survive translation",
    )
    p.set_defaults(func=_late("cmd_gui"))
    add_curate_parser(sub, _Parser, _print_json)
    return parser


class Terminated(BaseException):
    """SIGTERM arrived: unwind (removing temporary files), then exit."""


def _terminate(signum: int, frame: object) -> NoReturn:
    raise Terminated


def _clean_text(args: argparse.Namespace) -> None:
    """Text arguments as valid Unicode: bytes that were not UTF-8 become U+FFFD.

    Paths keep their bytes (they are Path objects): a file name need not be UTF-8.
    """
    for name, value in vars(args).items():
        if isinstance(value, str):
            setattr(args, name, valid(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, name, [valid(v) for v in value])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]
    if argv and argv[0] == "search":
        argv = _search_argv(argv)
    if argv[:1] == ["curate"] and len(argv) > 1 and argv[1] not in (*CURATE_VERBS, "-h", "--help"):
        argv.insert(1, "open")  # 'coopdesk curate DOC.txt' opens the window
    if argv[:1] == ["gui"] or argv[:2] == ["curate", "open"]:
        # Standard Qt options (-style, -platform, -reverse…) are Qt's to read.
        args, qt_args = parser.parse_known_args(argv)
        args.qt_args = qt_args
    else:
        args = parser.parse_args(argv)
    _clean_text(args)
    if args.command == "gui":
        return _run(args)
    with guarded_stdout():
        previous = signal.signal(signal.SIGTERM, _terminate)
        try:
            return _run(args)
        finally:
            signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    """Run the command; problems of the input or the environment are one line and exit 2."""
    try:
        code = int(args.func(args))
        sys.stdout.flush()
        return code
    except CoopDeskError as exc:
        print(f"coopdesk: {for_terminal(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Terminated:
        print("coopdesk: stopped (terminated); nothing half-written was left.", file=sys.stderr)
        return EXIT_TERMINATED
    except Exception as exc:  # a bug: one line for the person, the details in the log
        where = _log_crash()
        print(f"coopdesk: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1


def _log_crash() -> str:
    """Append the current traceback to the crash log; say where it went."""
    from coopdesk.crashlog import write_crash_log

    path = write_crash_log()
    return f" (details in {path})" if path else ""


def gui_main() -> int:
    """Entry point of the ``coopdesk-gui`` launcher: always the window."""
    return main(["gui", *sys.argv[1:]])
