"""The first search: case-insensitive words over titles, summaries, quotes and actor names.

Every word of the query must occur somewhere in the event's text. The haystacks are built once
per load, so a keystroke costs one pass of substring tests.
"""

from __future__ import annotations

from viewer.domain.model import Timeline


def build_haystacks(timeline: Timeline) -> list[str]:
    entities = {entity.id: entity for entity in timeline.entities}
    haystacks = []
    for event in timeline.events:
        who = [entities[i] for i in event.actors if i in entities]
        who += [entities[i] for c in event.claims for i in c.attributed_to if i in entities]
        parts = [event.title, event.title_de or "", event.summary]
        parts += [quote.text for quote in event.quotes]
        parts += [entity.name for entity in who] + [a for entity in who for a in entity.aliases]
        parts += [claim.statement or "" for claim in event.claims]
        haystacks.append("\n".join(parts).casefold())
    return haystacks


def matching(haystacks: list[str], query: str) -> set[int] | None:
    """Indices of matching events, or ``None`` when the query is empty (everything matches)."""
    words = query.casefold().split()
    if not words:
        return None
    return {i for i, hay in enumerate(haystacks) if all(word in hay for word in words)}
