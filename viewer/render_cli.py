"""``timeline-viewer render``: the timeline canvas as a PNG, SVG or PDF, drawn offscreen."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from viewer.bundled import default_timeline
from viewer.domain.files.loading import load_timeline
from viewer.domain.format.problems import TimelineError
from viewer.domain.interchange.imported import Partial, Unreadable

SUFFIXES = (".png", ".svg", ".pdf")


def _day(text: str | None, what: str, last: bool) -> float | None:
    """"2025", "2025-10" or "2025-10-16" as a day number (the period's first or last day)."""
    if not text:
        return None
    parts = text.strip().split("-")
    try:
        partial = Partial.read(*parts) if 1 <= len(parts) <= 3 else None
        if partial is None:
            raise Unreadable("is not YYYY, YYYY-MM or YYYY-MM-DD")
        day = partial.last() if last else partial.first()
    except Unreadable as error:
        raise ValueError(f"{what}: '{text}' {error}") from None
    return float(day.toordinal()) + (1.0 if last else 0.0)


def render_command(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.suffix.lower() not in SUFFIXES:
        print(f"-o: '{output.name}' must end in .png, .svg or .pdf", file=sys.stderr)
        return 2
    width, _, height = args.size.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 200 or int(height) < 160:
        print(f"--size: '{args.size}' is not WxH of at least 200x160, for example 1600x900",
              file=sys.stderr)
        return 2
    try:
        first, last = _day(args.start, "--from", False), _day(args.end, "--to", True)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if first is not None and last is not None and last <= first:
        print("--to must come after --from", file=sys.stderr)
        return 2
    file = args.file or default_timeline()
    try:
        loaded = load_timeline(file)  # bad input is told as the validator tells it
    except TimelineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    matches = None
    if args.search:
        from viewer.domain.search.cache import default_cache_dir
        from viewer.domain.search.index import SearchIndex
        from viewer.domain.search.query import QueryError, parse_query

        try:
            query = parse_query(args.search)
        except QueryError as error:
            print(f"--search: {error}", file=sys.stderr)
            return 2
        results = SearchIndex(loaded, default_cache_dir()).run(query, limit=None)
        matches = {hit.event for hit in results.events + results.passages
                   if hit.event is not None}
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from viewer.app import application
    from viewer.qt.document.document import TimelineDocument
    from viewer.qt.timeline.render import PictureRequest, TimelinePicture, write_picture

    application(language=args.language)
    document = TimelineDocument()
    document.set_loaded(loaded)
    grouping = args.group or document.opened.natural_grouping()
    picture = TimelinePicture(document, dt.date.today(), PictureRequest(
        first=first, last=last, grouping=grouping, matches=matches, search=args.search or ""))
    problem = write_picture(picture, output, QSize(int(width), int(height)))
    picture.close()
    if problem:
        print(f"{output}: {problem}", file=sys.stderr)
        return 1
    print(f"wrote {output}", file=sys.stderr)
    return 0
