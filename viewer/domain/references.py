"""Cross-reference checks: ids are unique, and every id a timeline uses is defined in it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from viewer.domain.model import Event, Timeline, VagueDate
from viewer.domain.problems import Problem


def reference_problems(file: str, timeline: Timeline) -> list[Problem]:
    problems = _duplicates(file, timeline)
    sources = {source.id for source in timeline.sources}
    entities = {entity.id for entity in timeline.entities}
    for source in timeline.sources:
        subject = f"source '{source.id}'"
        if source.outlet is not None and source.outlet not in entities:
            problems.append(_unknown(file, subject, "outlet", "entity", source.outlet))
        problems.extend(_date_problems(file, subject, "published", source.published, sources))
    for event in timeline.events:
        problems.extend(_event_problems(file, event, sources, entities))
    return problems


def _duplicates(file: str, timeline: Timeline) -> list[Problem]:
    problems = []
    for kind, items in (("source", timeline.sources), ("entity", timeline.entities),
                        ("event", timeline.events)):
        counts = Counter(item.id for item in items)
        problems.extend(
            Problem(file, f"{kind} '{item_id}'", "id",
                    f"is used by {count} {kind} entries; give each its own id")
            for item_id, count in counts.items() if count > 1)
    return problems


def _event_problems(file: str, event: Event, sources: set[str],
                    entities: set[str]) -> Iterator[Problem]:
    subject = f"event '{event.id}'"
    for index, actor in enumerate(event.actors):
        if actor not in entities:
            yield _unknown(file, subject, f"actors[{index}]", "entity", actor)
    yield from _date_problems(file, subject, "date", event.date, sources)
    if event.context_date is not None:
        yield from _date_problems(file, subject, "context_date", event.context_date, sources)
    for c, claim in enumerate(event.claims):
        for index, who in enumerate(claim.attributed_to):
            if who not in entities:
                yield _unknown(file, subject, f"claims[{c}].attributed_to[{index}]", "entity", who)
        if claim.date is not None:
            yield from _date_problems(file, subject, f"claims[{c}].date", claim.date, sources)
        for q, quote in enumerate(claim.quotes):
            if quote.source not in sources:
                yield _unknown(file, subject, f"claims[{c}].quotes[{q}].source", "source",
                               quote.source)


def _date_problems(file: str, subject: str, field: str, date: VagueDate,
                   sources: set[str]) -> Iterator[Problem]:
    if date.basis.source is not None and date.basis.source not in sources:
        yield _unknown(file, subject, f"{field}.basis.source", "source", date.basis.source)


def _unknown(file: str, subject: str, field: str, kind: str, item_id: str) -> Problem:
    return Problem(file, subject, field, f"names {kind} '{item_id}', which this timeline does not "
                   f"define; add it to the {'entities' if kind == 'entity' else 'sources'} or "
                   "fix the id")
