"""Loads a timeline file and proves its evidence: every source read and hashed once, every
quote found at its offsets (or relocated, with a warning), every id resolved.

``load_timeline`` either returns a :class:`LoadedTimeline` (maybe with warnings) or raises
:class:`TimelineError` listing every problem it found, each naming file, item and field.
Decoding uses the fast Struct twins of the models (:mod:`viewer.domain.fast_load`); when that
fails, pydantic reads the file again to explain every error in the user's terms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
from pydantic import ValidationError

from viewer.domain.checks import TimelineCheck
from viewer.domain.fast_load import decode_timeline
from viewer.domain.model import Timeline
from viewer.domain.problems import (
    Problem,
    Severity,
    TimelineError,
    json_problem,
    validation_problems,
)
from viewer.domain.sources import SourceUnreadable, read_source


@dataclass
class LoadedTimeline:
    """A timeline whose evidence has been checked, with the exact text of each source.

    ``timeline`` has the attributes of :class:`Timeline`; after loading from a file its objects
    are the compact Struct twins of the models, which cannot be changed in place."""

    path: Path
    timeline: Timeline
    texts: dict[str, str]
    warnings: list[Problem] = field(default_factory=list)

    @property
    def sources_dir(self) -> Path:
        return (self.path.parent / self.timeline.sources_dir).resolve()


def load_timeline(path: Path | str) -> LoadedTimeline:
    path = Path(path)
    name = path.name
    timeline = _parse(path, name)
    problems: list[Problem] = []
    texts = _read_sources(path, timeline, name, problems)
    check = TimelineCheck(name, timeline, texts)
    timeline = check.run()
    problems += check.problems
    if any(p.severity is Severity.ERROR for p in problems):
        raise TimelineError(problems)
    return LoadedTimeline(path, timeline, texts, problems)


def _parse(path: Path, name: str) -> Timeline:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TimelineError([Problem(name, "the file", "", f"does not exist ({path})")]) from None
    except OSError as error:
        raise TimelineError([Problem(name, "the file", "", f"cannot be read: {error.strerror}")]) \
            from None
    if not data.strip():
        raise TimelineError([Problem(name, "the file", "", "is empty; a timeline file holds one "
                                     "JSON object")])
    try:
        return decode_timeline(data)
    except (msgspec.ValidationError, msgspec.DecodeError) as fast_error:
        raise TimelineError(_explain(name, data, fast_error)) from None


def _explain(name: str, data: bytes, fast_error: Exception) -> list[Problem]:
    """The fast decoder stops at the first error; json and pydantic name them all."""
    try:
        raw = json.loads(data)
    except UnicodeDecodeError as bad:
        return [Problem(name, "the file", "", f"is not UTF-8 text (byte {bad.start} cannot be "
                        "decoded); save it as UTF-8")]
    except json.JSONDecodeError as bad:
        return [json_problem(name, bad)]
    try:
        Timeline.model_validate(raw)
    except ValidationError as error:
        return validation_problems(name, raw, error)
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
