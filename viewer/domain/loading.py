"""Loads a timeline file and proves its evidence: every source read and hashed once, every
quote found at its offsets (or relocated, with a warning), every id resolved.

``load_timeline`` either returns a :class:`LoadedTimeline` (maybe with warnings) or raises
:class:`TimelineError` listing every problem it found, each naming file, item and field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from viewer.domain.anchoring import QuoteNotFound, anchor
from viewer.domain.model import Event, Timeline
from viewer.domain.problems import (
    Problem,
    Severity,
    TimelineError,
    json_problem,
    validation_problems,
)
from viewer.domain.references import reference_problems
from viewer.domain.sources import SourceUnreadable, read_source


@dataclass
class LoadedTimeline:
    """A timeline whose evidence has been checked, with the exact text of each source."""

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
    problems = reference_problems(name, timeline)
    texts = _read_sources(path, timeline, name, problems)
    timeline = _anchor_quotes(timeline, texts, name, problems)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
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
        return Timeline.model_validate_json(data)
    except ValidationError as error:
        raise TimelineError(_explain(name, data, error)) from None


def _explain(name: str, data: bytes, error: ValidationError) -> list[Problem]:
    """Pydantic parsed the bytes itself for speed; on failure, json gives line and column."""
    try:
        raw = json.loads(data)
    except UnicodeDecodeError as bad:
        return [Problem(name, "the file", "", f"is not UTF-8 text (byte {bad.start} cannot be "
                        "decoded); save it as UTF-8")]
    except json.JSONDecodeError as bad:
        return [json_problem(name, bad)]
    return validation_problems(name, raw, error)


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


def _anchor_quotes(timeline: Timeline, texts: dict[str, str], name: str,
                   problems: list[Problem]) -> Timeline:
    events = [_anchor_event(event, texts, name, problems) for event in timeline.events]
    if all(new is old for new, old in zip(events, timeline.events, strict=True)):
        return timeline
    return timeline.model_copy(update={"events": events})


def _anchor_event(event: Event, texts: dict[str, str], name: str,
                  problems: list[Problem]) -> Event:
    claims = list(event.claims)
    for c, claim in enumerate(event.claims):
        quotes = list(claim.quotes)
        for q, quote in enumerate(claim.quotes):
            text = texts.get(quote.source)
            if text is None:
                continue  # the source is unknown or unreadable: reported already
            where = f"claims[{c}].quotes[{q}]"
            try:
                placed = anchor(quote, text)
            except QuoteNotFound as error:
                problems.append(Problem(name, f"event '{event.id}'", f"{where}.text", str(error)))
                continue
            if placed is not quote:
                quotes[q] = placed
                problems.append(Problem(
                    name, f"event '{event.id}'", f"{where}.start",
                    f"the quote was not at {quote.start}–{quote.end} but was found once at "
                    f"{placed.start}–{placed.end}; it has been moved there (save to keep it)",
                    Severity.WARNING))
        if any(new is not old for new, old in zip(quotes, claim.quotes, strict=True)):
            claims[c] = claim.model_copy(update={"quotes": quotes})
    if all(new is old for new, old in zip(claims, event.claims, strict=True)):
        return event
    return event.model_copy(update={"claims": claims})
