"""The command line's interchange commands: ``import`` (TimelineJS, its sheet, The Timeline
Project, vis-timeline, iCalendar) and ``render`` (the timeline as PNG, SVG or PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viewer.command_table import CommandTable
from viewer.domain.files.saving import save_timeline
from viewer.domain.interchange.formats import FORMAT_NAMES, READERS, ImportFailed, import_file
from viewer.domain.timeline.items import GROUPINGS

HANDLERS = CommandTable()
_handler = HANDLERS.register


def add_parsers(sub: argparse._SubParsersAction) -> None:
    imported = sub.add_parser(
        "import", help="import a timeline from TimelineJS, The Timeline Project, vis-timeline "
        "or a calendar")
    imported.add_argument("input", type=Path, help="the file another tool wrote")
    imported.add_argument("--from", dest="format", choices=tuple(READERS),
                          help="its format (default: guessed from the content): "
                          + ", ".join(f"{key} = {name}" for key, name in FORMAT_NAMES.items()))
    imported.add_argument("-o", "--output", type=Path, required=True,
                          help="the timeline JSON to write")
    imported.add_argument("--language", choices=("en", "de"),
                          help="the language of the timeline's texts (default: guessed from "
                          "its titles and summaries)")
    render = sub.add_parser("render", help="draw the timeline as a PNG, SVG or PDF picture")
    render.add_argument("file", nargs="?", type=Path, default=None,
                        help="a timeline JSON file (default: the bundled timeline)")
    render.add_argument("-o", "--output", type=Path, required=True,
                        help="the picture to write: .png, .svg or .pdf")
    render.add_argument("--from", dest="start", metavar="DATE",
                        help="first day shown (YYYY, YYYY-MM or YYYY-MM-DD; default: all)")
    render.add_argument("--to", dest="end", metavar="DATE", help="last day shown")
    render.add_argument("--size", default="1600x900",
                        help="WxH in pixels for PNG, points for SVG and PDF (default 1600x900)")
    render.add_argument("--group", choices=GROUPINGS,
                        help="what the lanes group by (default: as the window opens the file: "
                        "its groups for an imported timeline, else actor)")
    render.add_argument("--search", metavar="TEXT",
                        help="mark the events that match this search; the rest are dimmed")
    render.add_argument("--language", choices=("de", "en"), default="en")


@_handler("import")
def _import(args: argparse.Namespace) -> int:
    try:
        result = import_file(args.input, args.format, args.language)
    except ImportFailed as error:
        print(error, file=sys.stderr)
        return 1
    for note in result.notes:
        print(note, file=sys.stderr)
    timeline = result.timeline
    if not timeline.events:
        print(f"{args.input}: no event could be imported; nothing written", file=sys.stderr)
        return 1
    try:
        save_timeline(args.output, timeline)
    except OSError as error:
        print(f"{args.output}: cannot write it ({error.strerror}); check that the folder exists "
              "and is writable", file=sys.stderr)
        return 1
    kept = [_many(len(items), name) for items, name in (
        (timeline.events, "unsourced event"), (timeline.groups, "group"), (timeline.eras, "era"),
        (timeline.threads, "thread")) if items]
    lost = f"; {len(result.notes)} things not kept (listed above)" if result.notes else ""
    print(f"imported {args.input.name} ({FORMAT_NAMES[result.format]}): "
          f"{', '.join(kept)} → {args.output}{lost}")
    return 0


def _many(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@_handler("render")
def _render(args: argparse.Namespace) -> int:
    from viewer.render_cli import render_command

    return render_command(args)
