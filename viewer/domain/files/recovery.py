"""Recovery copies of unsaved changes: written now and then while a timeline has changes, and
offered back when the timeline is next opened (after a crash, or a close that lost them).

A copy is the snapshot in the saved form, kept in the program's own cache folder (never beside
the user's file), named by a hash of the file's absolute path, with the path and the time in a
small header. Reports added since the last save are already stored in the sources folder, so
the timeline alone brings the changes back; it is checked like any file before it is shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from viewer.domain.files.atomic import write_atomic
from viewer.domain.files.places import user_cache
from viewer.domain.files.saving import timeline_pieces
from viewer.domain.files.sources import SourceUnreadable, read_source
from viewer.domain.format.fast_load import decode_timeline
from viewer.domain.format.problems import Problem, TimelineError

HEADER = b"timeline-viewer recovery 1\n"


def recovery_folder() -> Path:
    chosen = os.environ.get("TIMELINE_VIEWER_RECOVERY")
    return Path(chosen) if chosen else user_cache("recovery")


def recovery_path(timeline: Path) -> Path:
    key = hashlib.sha256(str(Path(timeline).absolute()).encode("utf-8")).hexdigest()[:24]
    return recovery_folder() / f"{key}.json"


def write_recovery(path: Path, timeline: Any, now: dt.datetime | None = None) -> Path:
    """Keeps a copy of the unsaved snapshot of ``path`` (atomically; replaces the last)."""
    target = recovery_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {"file": str(Path(path).absolute()),
            "written": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")}
    write_atomic(target, itertools.chain([HEADER + json.dumps(meta).encode() + b"\n"],
                                         timeline_pieces(timeline)))
    return target


def discard_recovery(path: Path) -> None:
    recovery_path(path).unlink(missing_ok=True)


@dataclass(frozen=True)
class Recovery:
    """Unsaved changes of ``file`` kept at ``written``, ready to be shown."""

    file: Path
    written: str
    timeline: Any
    texts: dict[str, str]


def pending_recovery(path: Path) -> Recovery | None:
    """The recovery copy of ``path``, when there is one; raises :class:`TimelineError` when
    it is there but cannot be used (the caller says so and may discard it)."""
    copy = recovery_path(path)
    try:
        data = copy.read_bytes()
    except FileNotFoundError:
        return None
    name = f"the recovery copy of {Path(path).name}"
    try:
        header, meta_line, body = data.split(b"\n", 2)
        meta = json.loads(meta_line)
        if header + b"\n" != HEADER or meta.get("file") != str(Path(path).absolute()):
            raise ValueError("not a recovery copy of this file")
        timeline = decode_timeline(body)
    except (ValueError, msgspec.DecodeError, msgspec.ValidationError) as error:
        raise TimelineError([Problem(name, "the file", "", f"cannot be used: {error}")]) \
            from None
    folder = Path(path).parent / timeline.sources_dir
    texts, problems = {}, []
    for source in timeline.sources:
        try:
            texts[source.id] = read_source(folder, source.file)[0]
        except SourceUnreadable as error:
            problems.append(Problem(name, f"source '{source.id}'", "file", str(error)))
    if problems:
        raise TimelineError(problems)
    return Recovery(Path(path), meta.get("written", ""), timeline, texts)
