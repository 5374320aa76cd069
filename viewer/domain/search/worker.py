"""Builds the search index of a timeline in a process of its own.

Folding and indexing 100,000 events takes seconds of Python work; in the desktop app's process
that work would take the interpreter lock from the GUI thread and every frame would wait for
it. So the app starts ``python -m viewer.domain.search.worker TIMELINE --cache DIR`` when a
timeline opens. The worker reads the file itself (on the other core, while the app reads it
too), numbers the documents with the same plan as the app, and writes the index into the
cache folder under its content hash (or finds it there already). It answers on standard output,
one JSON object per line::

    {"progress": 0.42}
    {"index": "/path/to/key.sqlite", "cached": false, "documents": 231151, "stamp": [...]}
    {"error": "what went wrong"}

It runs at a lower priority than the app, and stops when the app closes its standard input
(the app was closed, or opened something else).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

from viewer.domain.format.problems import TimelineError
from viewer.domain.search.index import build_index_file
from viewer.domain.search.plan import SearchPlan
from viewer.domain.story.open_timeline import open_timeline

NICENESS = 10
PROGRESS_EVERY = 0.2  # seconds between progress lines


def _say(**message: object) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _stop_when_the_app_goes() -> None:
    """The app holds our standard input open; end of file means nobody waits for us."""
    def watch() -> None:
        sys.stdin.read()
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()


def stamp(path: Path) -> list[int]:
    """Size and modification time of a file: the app compares them with what it read."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewer.domain.search.worker")
    parser.add_argument("timeline", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    args = parser.parse_args(argv)
    _stop_when_the_app_goes()
    if hasattr(os, "nice"):
        os.nice(NICENESS)  # the app's own threads come first
    last = 0.0

    def progress(fraction: float) -> None:
        nonlocal last
        if time.monotonic() - last >= PROGRESS_EVERY:
            last = time.monotonic()
            _say(progress=round(fraction, 3))

    try:
        before = stamp(args.timeline)
        opened = open_timeline(args.timeline, lambda f: progress(0.25 * f))
        plan = SearchPlan(opened)
        path, cached = build_index_file(plan, args.cache, lambda f: progress(0.25 + 0.75 * f))
    except TimelineError as error:
        _say(error=f"the timeline cannot be read: {error.problems[0]}")
        return 1
    except (OSError, sqlite3.Error) as error:
        _say(error=f"the search index cannot be written: {error}")
        return 1
    _say(index=str(path), cached=cached, documents=plan.doc_count, stamp=before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
