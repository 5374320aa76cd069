"""Loads a timeline file and proves its evidence: every source read and hashed once, every
quote found at its offsets (or relocated, with a warning), every id resolved.

``load_timeline`` either returns a :class:`LoadedTimeline` (maybe with warnings) or raises
:class:`TimelineError` listing every problem it found, each naming file, item and field.
Decoding uses the fast Struct twins of the models (:mod:`viewer.domain.format.fast_load`); when that
fails, pydantic reads the file again to explain every error in the user's terms.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import gc
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
from pydantic import ValidationError

from viewer.domain.files.sources import SourceUnreadable, plain_file_problem, read_source
from viewer.domain.format.checks import TimelineCheck
from viewer.domain.format.fast_load import decode_timeline, in_memory
from viewer.domain.format.model import Entity, Source, Timeline
from viewer.domain.format.problems import (
    Problem,
    Severity,
    TimelineError,
    json_problem,
    validation_problems,
)


@dataclass
class LoadedTimeline:
    """A timeline whose evidence has been checked, with the exact text of each source.

    ``timeline`` has the attributes of :class:`Timeline`; its objects are always the compact,
    frozen Struct twins of the models (a model instance handed in becomes its twin), so an
    edit makes a new snapshot and never changes one in place."""

    path: Path
    timeline: Timeline
    texts: dict[str, str]
    warnings: list[Problem] = field(default_factory=list)
    stamp: tuple[int, int] | None = None  # size and modification time of the file as read

    def __post_init__(self) -> None:
        self.timeline = in_memory(self.timeline)  # one runtime type, however it was made

    @property
    def sources_dir(self) -> Path:
        return (self.path.parent / self.timeline.sources_dir).resolve()

    @functools.cached_property
    def sources(self) -> dict[str, Source]:
        """Source id → source (made once; every reader of the timeline uses this map)."""
        return {source.id: source for source in self.timeline.sources}

    @functools.cached_property
    def entities(self) -> dict[str, Entity]:
        """Entity id → entity."""
        return {entity.id: entity for entity in self.timeline.entities}

    def share_maps(self, other: LoadedTimeline) -> None:
        """Takes ``other``'s maps of the reports and of the entities where this timeline holds
        the very lists they were made of (an edit of events keeps both): the same map, not a
        new one of a thousand reports per edit, and views can tell by identity that nothing
        in them changed."""
        if self.timeline.sources is other.timeline.sources:
            self.__dict__["sources"] = other.sources
        if self.timeline.entities is other.timeline.entities:
            self.__dict__["entities"] = other.entities


Progress = Callable[[float], None]


class OpenCancelled(Exception):
    """Raised by a progress callback to stop a load; nothing has changed."""


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Keeps Python's cyclic garbage collector out of a load. Decoding makes a few hundred
    thousand lists, none of them in a cycle; each collection would walk all of them again
    (at 100,000 events that doubles the time to decode)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_timeline(path: Path | str, progress: Progress | None = None) -> LoadedTimeline:
    """Reads, decodes and checks ``path``. ``progress(fraction)`` is called now and then
    (decoding is 80 % of the work); it may raise :class:`OpenCancelled` to stop."""
    path = Path(path)
    name = path.name
    stamp = _stamp(path)
    with no_collection():
        timeline = _parse(path, name, progress)
        problems: list[Problem] = []
        texts = _read_sources(path, timeline, name, problems)
        check = TimelineCheck(name, timeline, texts)
        timeline = check.run()
        if progress is not None:
            progress(1.0)
    problems += check.problems
    if any(p.severity is Severity.ERROR for p in problems):
        raise TimelineError(problems)
    return LoadedTimeline(path, timeline, texts, problems, stamp)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _parse(path: Path, name: str, progress: Progress | None = None) -> Timeline:
    special = plain_file_problem(path)
    if special:
        raise TimelineError([Problem(name, "the file", "", f"{special}; give the path of a "
                                     "timeline's JSON file")])
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TimelineError([Problem(name, "the file", "", f"does not exist ({path})")]) from None
    except OSError as error:
        raise TimelineError([Problem(name, "the file", "", f"cannot be read: {error.strerror}")]) \
            from None
    data = data.removeprefix(codecs.BOM_UTF8)  # some editors start UTF-8 files with one
    if not data.strip():
        raise TimelineError([Problem(name, "the file", "", "is empty; a timeline file holds one "
                                     "JSON object")])
    step = None if progress is None else \
        (lambda done, total: progress(0.8 * done / max(total, 1)))
    try:
        return decode_timeline(data, step)
    except (msgspec.ValidationError, msgspec.DecodeError) as fast_error:
        raise TimelineError(_explain(name, data, fast_error)) from None


def _explain(name: str, data: bytes, fast_error: Exception) -> list[Problem]:
    """The fast decoder stops at the first error; json and pydantic name them all."""
    try:
        raw = json.loads(data)
    except RecursionError:
        return [Problem(name, "the file", "", "is nested too deeply to be a timeline (arrays or "
                        "objects inside each other thousands of levels deep)")]
    except UnicodeDecodeError as bad:
        return [Problem(name, "the file", "", f"is not UTF-8 text (byte {bad.start} cannot be "
                        "decoded); save it as UTF-8")]
    except json.JSONDecodeError as bad:
        return [json_problem(name, bad)]
    try:
        Timeline.model_validate(raw)
    except ValidationError as error:
        return validation_problems(name, raw, error)
    except RecursionError:
        return [Problem(name, "the file", "", "is nested too deeply to be a timeline")]
    return [Problem(name, "the file", "", f"cannot be read: {fast_error}")]


def _read_sources(path: Path, timeline: Timeline, name: str,
                  problems: list[Problem]) -> dict[str, str]:
    folder = path.parent / timeline.sources_dir
    texts = {}
    for source in timeline.sources:
        try:
            text, digest = read_source(folder, source.file)
        except SourceUnreadable as error:
            problems.append(Problem(name, f"source '{source.id}'", "file", str(error)))
            continue
        if digest != source.sha256:
            problems.append(Problem(
                name, f"source '{source.id}'", "sha256",
                f"the file {source.file} has changed since the timeline was made (its SHA-256 is "
                f"{digest}); check the quotes against it, then update the hash"))
        texts[source.id] = text
    return texts
