"""The command line: ``timeline-viewer [FILE]`` opens the app; subcommands do the rest.

Every command that reads a timeline reports bad input as one line per problem (file, item,
field, what to do) and exits 1; a traceback means a bug in this program.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import authoring_cli, interchange_cli
from viewer.bundled import default_timeline
from viewer.command_table import CommandTable
from viewer.domain.files.atomic import write_atomic
from viewer.domain.files.date_check import date_warnings
from viewer.domain.files.loading import LoadedTimeline, load_timeline
from viewer.domain.format.problems import TimelineError
from viewer.domain.format.schema import timeline_schema_text
from viewer.domain.interchange.exporters import EXPORTERS, export_bytes
from viewer.domain.search.cache import default_cache_dir
from viewer.domain.search.index import SearchIndex
from viewer.domain.search.query import QueryError, parse_query
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.timeline.items import GROUPINGS
from viewer.memory import keep_freed_memory
from viewer.tools.generate import generate_timeline

COMMANDS = CommandTable()
command = COMMANDS.register
EXPORT_FORMATS = tuple(EXPORTERS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-viewer",
        description="A timeline of reported events, every fact anchored to its source passage.",
        epilog="Without a command, opens the desktop viewer on FILE (default: the bundled "
               "timeline).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = sub.add_parser("validate", help="check a timeline file and all its evidence")
    _file_argument(validate)
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    export = sub.add_parser("export", help="export as JSON, CSV, a Markdown fact sheet, "
                            "TimelineJS, The Timeline Project or a calendar")
    _file_argument(export)
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json",
                        help="json (this viewer's export), csv, markdown, timelinejs (JSON a "
                        "web page can embed), timeline (The Timeline Project), ics (a calendar)")
    export.add_argument("-o", "--output", type=Path, help="write here instead of to stdout")
    export.add_argument("--language", choices=("en", "de"), default="en",
                        help="language of the Markdown fact sheet (default en)")
    schema = sub.add_parser("schema", help="print the JSON Schema of the timeline format")
    schema.add_argument("-o", "--output", type=Path, help="write here instead of to stdout")
    generate = sub.add_parser("generate", help="write a synthetic timeline for benchmarks")
    generate.add_argument("--events", type=int, default=10_000)
    generate.add_argument("--sources", type=int, default=100)
    generate.add_argument("--seed", type=int, default=1)
    generate.add_argument("-o", "--output", type=Path, required=True,
                          help="the timeline JSON to write (sources go to a folder beside it)")
    generate.add_argument("--vis", action="store_true",
                          help="write a vis-timeline item array instead (for bench --file)")
    search = sub.add_parser("search", help="search events and source passages")
    search.add_argument("query", help='words, "phrases" and filters such as actor:amazon')
    _file_argument(search)
    search.add_argument("--json", action="store_true", help="a JSON list of results")
    search.add_argument("--limit", type=int, default=50,
                        help="results listed per group (default 50; 0 lists all)")
    bench = sub.add_parser("bench", help="measure load, paint, stepping and memory")
    bench.add_argument("--events", default="1000,10000,100000",
                       help="comma-separated sizes (default 1000,10000,100000)")
    bench.add_argument("--json", action="store_true", help="one JSON object on stdout")
    bench.add_argument("--cache", type=Path, help="where generated timelines are kept")
    bench.add_argument("--file", type=Path,
                       help="measure this timeline instead of generated ones (a timeline of "
                       "ours, or another tool's file: TimelineJS, vis-timeline, … imported first)")
    bench.add_argument("--edit", action="store_true",
                       help="measure edits instead (new event, date, undo, redo; save)")
    bench.add_argument("--search", action="store_true",
                       help="measure the search instead (index build, query latency)")
    bench.add_argument("--suggest", action="store_true",
                       help="measure suggested events instead (recall, precision, speed)")
    one = sub.add_parser("bench-one")  # internal: one size, in its own process
    one.add_argument("events", type=int)
    one.add_argument("--cache", type=Path, required=True)
    one.add_argument("--file", type=Path)
    one.add_argument("--edit", action="store_true")
    authoring_cli.add_parsers(sub)
    interchange_cli.add_parsers(sub)
    _add_gui_commands(sub)
    return parser


def _add_gui_commands(sub: argparse._SubParsersAction) -> None:
    shot = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    _file_argument(shot)
    shot.add_argument("-o", "--output", type=Path, required=True, help="the PNG to write")
    shot.add_argument("--size", default="1400x900", help="window size as WxH (default 1400x900)")
    shot.add_argument("--select", metavar="EVENT_ID", help="select this event first")
    shot.add_argument("--search", metavar="TEXT", help="type this into the search field first")
    shot.add_argument("--language", choices=("de", "en"), default="en",
                      help="language of the interface (default en)")
    shot.add_argument("--group", choices=GROUPINGS, default="actor",
                      help="what the lanes group by (default actor)")
    shot.add_argument("--view", choices=("timeline", "network"), default="timeline",
                      help="which view to show (default timeline)")
    shot.add_argument("--axis", choices=("event", "reported"), default="event",
                      help="place events by when they happened or when they were reported")


def _file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, default=None,
                        help="a timeline JSON file (default: the bundled timeline)")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        unknown = _unknown_word(argv)
        if unknown:
            print(unknown, file=sys.stderr)
            return 2
        return _open_app(argv)
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except TimelineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1


def _unknown_word(argv: list[str]) -> str:
    """Why the first word can be neither a command nor a file to open ("" when it can): a
    mistyped command must get an answer, never a window."""
    args, _ = _app_parser().parse_known_args(argv)
    word = str(args.file) if args.file is not None else None
    if word is None or Path(word).exists() or word.endswith(".json"):
        return ""
    close = difflib.get_close_matches(word, [c for c in COMMANDS if c != "bench-one"], n=1)
    hint = f"; did you mean '{close[0]}'?" if close else \
        "; commands: " + ", ".join(c for c in COMMANDS if c != "bench-one")
    return (f"timeline-viewer: unknown command '{word}'{hint} (to open a file, give its "
            "path; it must exist)")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline-viewer")
    parser.add_argument("file", nargs="?", type=Path, default=None)
    parser.add_argument("--language", choices=("de", "en"),
                        help="language of the interface (remembered)")
    return parser


def _open_app(argv: list[str]) -> int:
    args, qt_args = _app_parser().parse_known_args(argv)
    from viewer.app import run_app  # Qt loads only when a window is wanted

    return run_app(args.file, qt_args, args.language)


def _load(path: Path | None) -> LoadedTimeline:
    return load_timeline(path or default_timeline())


@command("validate")
def _validate(args: argparse.Namespace) -> int:
    loaded = _load(args.file)
    warnings = loaded.warnings + date_warnings(loaded)
    for problem in warnings:
        print(problem, file=sys.stderr)
    timeline = loaded.timeline
    quotes = sum(len(event.quotes) for event in timeline.events)
    print(f"{loaded.path.name}: valid: {_many(len(timeline.events), 'event')}, "
          f"{_many(len(timeline.sources), 'source')}, {_many(quotes, 'quote')} found at their "
          "offsets" + (f", {_many(len(warnings), 'warning')}" if warnings else ""))
    return 1 if warnings and args.strict else 0


@command("export")
def _export(args: argparse.Namespace) -> int:
    loaded = OpenTimeline(_load(args.file), language=args.language)
    now = dt.datetime.now(dt.UTC)
    if args.output is None:  # printed: no byte-order mark
        sys.stdout.write(EXPORTERS[args.format].write(loaded, args.language, now))
        return 0
    return _emit_bytes(export_bytes(loaded, args.format, args.language, now), args.output)


@command("schema")
def _schema(args: argparse.Namespace) -> int:
    return _emit(timeline_schema_text(), args.output)


@command("generate")
def _generate(args: argparse.Namespace) -> int:
    if args.events < 0 or args.sources < 1:
        print("--events must be 0 or more and --sources 1 or more", file=sys.stderr)
        return 2
    if args.vis:
        from viewer.tools.generate_vis import generate_vis

        path = generate_vis(args.events, args.seed, args.output)
        print(f"wrote {path} with {args.events} vis-timeline items", file=sys.stderr)
        return 0
    path = generate_timeline(args.events, args.sources, args.seed, args.output)
    print(f"wrote {path} with {args.events} events quoting {args.sources} sources",
          file=sys.stderr)
    return 0


@command("search")
def _search(args: argparse.Namespace) -> int:
    try:
        query = parse_query(args.query)  # a query that cannot be read is told before loading
    except QueryError as error:
        print(f"search: {error}", file=sys.stderr)
        return 2
    loaded = _load(args.file)
    results = SearchIndex(loaded, default_cache_dir()).run(query, limit=args.limit or None)
    hits = results.events + results.passages
    if args.json:
        print(json.dumps([{"kind": h.kind, "event": loaded.timeline.events[h.event].id
                           if h.event is not None else None, "source": h.source,
                           "start": h.start, "end": h.end, "snippet": h.snippet,
                           "highlight": list(h.highlight)} for h in hits],
                         ensure_ascii=False, indent=2))
        return 0
    print(f"events: {results.event_count}, passages: {results.passage_count}"
          + (f" (the first {args.limit} of each listed)" if len(hits) < results.event_count
             + results.passage_count else ""))
    for hit in hits:
        a, b = hit.highlight
        marked = f"{hit.snippet[:a]}[{hit.snippet[a:b]}]{hit.snippet[b:]}" if a < b \
            else hit.snippet
        where = loaded.timeline.events[hit.event].id if hit.event is not None else hit.source
        print(f"{hit.kind:8} {where}: {marked}")
    return 0


@command("bench")
def _bench(args: argparse.Namespace) -> int:
    # Figures are taken offscreen, display or not (and a machine without one never fails
    # to start Qt's default platform).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keep_freed_memory()  # as the app does: what is measured is the app
    from viewer.tools.bench import run

    try:
        sizes = [int(size.replace("_", "")) for size in args.events.split(",")]
    except ValueError:
        print(f"--events: '{args.events}' is not a list of sizes like 1000,10000",
              file=sys.stderr)
        return 2
    if args.edit:
        from viewer.tools.bench_edit import run_edit

        return run_edit(sizes, as_json=args.json, cache=args.cache)
    if args.suggest:
        from viewer.tools.bench_suggest import run_suggest

        return run_suggest(as_json=args.json)
    if args.search:
        from viewer.tools.bench_search import run_search

        return run_search(sizes, as_json=args.json, cache=args.cache)
    if args.file is not None:
        if not args.file.is_file():
            print(f"--file: {args.file} is not a file", file=sys.stderr)
            return 2
        if args.edit or args.search or args.suggest:
            print("--file measures paint, stepping, load and memory; it cannot be combined "
                  "with --edit, --search or --suggest", file=sys.stderr)
            return 2
    return run(sizes, as_json=args.json, cache=args.cache, file=args.file)


@command("bench-one")
def _bench_one(args: argparse.Namespace) -> int:
    keep_freed_memory()
    if args.edit:
        from viewer.tools.bench_edit import measure_edit

        print(json.dumps(measure_edit(args.events, args.cache)))
        return 0
    from viewer.tools.bench import measure_one

    print(json.dumps(measure_one(args.events, args.cache, args.file)))
    return 0


@command("screenshot")
def _screenshot(args: argparse.Namespace) -> int:
    from viewer.screenshot import take_screenshot

    width, _, height = args.size.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        print(f"--size: '{args.size}' is not WxH, for example 1400x900", file=sys.stderr)
        return 2
    return take_screenshot(args.file or default_timeline(), args.output,
                           (int(width), int(height)), select=args.select, search=args.search,
                           language=args.language, group=args.group, axis=args.axis,
                           view=args.view)


def _many(count: int, noun: str) -> str:
    """"1 event", "18 events"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _emit(text: str, output: Path | None) -> int:
    if output is None:
        sys.stdout.write(text)
        return 0
    return _emit_bytes(text.encode("utf-8"), output)


def _emit_bytes(data: bytes, output: Path) -> int:
    try:
        write_atomic(output, data)
    except OSError as error:
        print(f"{output}: cannot write it ({error.strerror}); check that the folder exists and "
              "is writable", file=sys.stderr)
        return 1
    print(f"wrote {output}", file=sys.stderr)
    return 0


COMMANDS.update(authoring_cli.HANDLERS)  # new, add-report, add-event, dates, amounts
COMMANDS.update(interchange_cli.HANDLERS)  # import, render
