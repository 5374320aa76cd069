"""Edits as functions from one snapshot of a timeline to the next.

A timeline in memory is a tree of frozen Struct twins; an edit builds the new tree from the
old one, sharing every part it does not change, and never changes the old one. Undo is then
keeping the old snapshot, and a failed save loses nothing. Each function checks what it can
check alone (ids unique, references known) and raises :class:`EditRefused` with a sentence for
the user; the whole snapshot is validated with :func:`problems_of` before it is saved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from typing import Any

import msgspec
from pydantic import ValidationError

from viewer.domain.format.checks import TimelineCheck
from viewer.domain.format.fast_load import (
    as_model,
    build,
    decode_timeline,
    in_memory,
    replace,
)
from viewer.domain.format.model import Claim, Timeline
from viewer.domain.format.problems import Problem, Severity, validation_problems
from viewer.domain.story.changes import Change, noted


class EditRefused(ValueError):
    """The edit would make the timeline invalid; the message says why and what to do."""


def new_timeline(title: str, *, sources_dir: str = "sources", language: str = "en") -> Any:
    return in_memory(Timeline(format="timeline/1", title=title, language=language,
                              sources_dir=sources_dir, sources=[], events=[]))


def slug(text: str, fallback: str = "item") -> str:
    """An id made of a text's words: lower case ASCII, hyphens ("Amazon–OpenAI talks" →
    "amazon-openai-talks")."""
    spaced = re.sub(r"[^\w]+", " ", text.replace("ß", "ss"))
    folded = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore")
    words = re.findall(r"[a-z0-9]+", folded.decode().casefold())
    kept: list[str] = []
    for word in words:  # whole words, at most 48 characters
        if kept and len("-".join([*kept, word])) > 48:
            break
        kept.append(word[:48])
    return "-".join(kept) or fallback


def unique_id(taken: Container[str], base: str) -> str:
    """``base``, or ``base-2``, ``base-3`` … when taken (``taken``: any container of ids,
    such as an open timeline's id map)."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


# --- sources -------------------------------------------------------------------------------

def with_source(timeline: Any, source: Any) -> Any:
    source = in_memory(source)
    if any(s.id == source.id for s in timeline.sources):
        raise EditRefused(f"a report with the id '{source.id}' is already in the timeline")
    _check_entity(timeline, source.outlet, f"report '{source.id}'", "outlet")
    return replace(timeline, sources=[*timeline.sources, source])


def events_quoting(timeline: Any, source_id: str) -> list[Any]:
    return [e for e in timeline.events if any(q.source == source_id for q in e.quotes)]


def without_source(timeline: Any, source_id: str) -> Any:
    """The timeline without a report. Refused while events quote it (the caller asks the user
    first and removes or re-sources those events)."""
    quoting = events_quoting(timeline, source_id)
    if quoting:
        names = ", ".join(f"'{e.id}'" for e in quoting[:5]) + (" …" if len(quoting) > 5 else "")
        raise EditRefused(f"report '{source_id}' is quoted by {len(quoting)} event(s): {names}; "
                          "remove their quotes first")
    return replace(timeline, sources=[s for s in timeline.sources if s.id != source_id])


# --- entities and threads ------------------------------------------------------------------

def with_entity(timeline: Any, entity: Any) -> Any:
    entity = in_memory(entity)
    if any(e.id == entity.id for e in timeline.entities):
        raise EditRefused(f"an entity with the id '{entity.id}' is already in the timeline")
    return replace(timeline, entities=[*timeline.entities, entity])


def with_thread(timeline: Any, thread: Any) -> Any:
    thread = in_memory(thread)
    if any(t.id == thread.id for t in timeline.threads):
        raise EditRefused(f"a story with the id '{thread.id}' is already in the timeline")
    return replace(timeline, threads=[*timeline.threads, thread])


# --- events --------------------------------------------------------------------------------

def with_event(timeline: Any, event: Any, *, ids: Container[str] | None = None) -> Any:
    """The timeline with ``event`` added at the end; ``ids`` holds the ids of the timeline's
    events when the caller has them at hand (an open timeline's id map), which spares a pass
    over every event."""
    event = in_memory(event)
    if event.id in (ids if ids is not None else {e.id for e in timeline.events}):
        raise EditRefused(f"an event with the id '{event.id}' is already in the timeline")
    _check_event(timeline, event)
    events = timeline.events
    return replace(timeline, events=noted(events, [*events, event],
                                          Change("append", (len(events),))))


def with_event_replaced(timeline: Any, event_id: str, event: Any, *,
                        at: int | None = None) -> Any:
    """The timeline with the event ``event_id`` replaced by ``event`` (in the same place);
    ``at`` is where the caller knows it to be (checked; looked for when wrong)."""
    event = in_memory(event)
    index = event_index(timeline, event_id, at)
    if event.id != event_id and any(e.id == event.id for e in timeline.events):
        raise EditRefused(f"an event with the id '{event.id}' is already in the timeline")
    _check_event(timeline, event)
    events = list(timeline.events)
    events[index] = event
    # An event replaced by an equal one is no change (as comparing the lists finds).
    rows = () if event == timeline.events[index] else (index,)
    return replace(timeline, events=noted(timeline.events, events, Change("replace", rows)))


def without_event(timeline: Any, event_id: str, *, at: int | None = None) -> Any:
    index = event_index(timeline, event_id, at)
    events = timeline.events
    return replace(timeline, events=noted(events, [*events[:index], *events[index + 1:]],
                                          Change("remove", (index,))))


def event_index(timeline: Any, event_id: str, at: int | None = None) -> int:
    """Where event ``event_id`` is; ``at`` is a guess from an id map, used when right (a
    search through 100,000 events takes a good part of a frame)."""
    events = timeline.events
    if at is not None and 0 <= at < len(events) and events[at].id == event_id:
        return at
    for index, event in enumerate(events):
        if event.id == event_id:
            return index
    raise EditRefused(f"there is no event '{event_id}' in the timeline")


def _check_event(timeline: Any, event: Any) -> None:
    subject = f"event '{event.id}'"
    sources = {s.id for s in timeline.sources}
    for quote in event.quotes:
        if quote.source not in sources:
            raise EditRefused(f"{subject}: quotes report '{quote.source}', which the timeline "
                              "does not have; add the report first")
    for entity in [*event.actors, *(w for c in event.claims for w in c.attributed_to)]:
        _check_entity(timeline, entity, subject, "actors")
    if event.thread is not None and event.thread not in {t.id for t in timeline.threads}:
        raise EditRefused(f"{subject}: story '{event.thread}' does not exist; add it first")


def _check_entity(timeline: Any, entity_id: str | None, subject: str, field: str) -> None:
    if entity_id is not None and entity_id not in {e.id for e in timeline.entities}:
        raise EditRefused(f"{subject}: {field} names '{entity_id}', which is not an entity of "
                          "the timeline; add it first")


# --- the whole snapshot --------------------------------------------------------------------

def problems_of(timeline: Any, texts: dict[str, str], file: str, *,
                checked: tuple[Any, dict[str, str]] | None = None) -> list[Problem]:
    """Everything ``validate`` would say of this snapshot: the models' rules (with their
    messages), references and quotes against the reports' texts. Checked as a load checks a
    file (the fast twins' decoder over the snapshot's own bytes, then the one pass over the
    events); pydantic reads it only to explain what is wrong, in its words.

    ``checked``: a snapshot (with its texts) known to have no errors, such as the file as it
    was opened or last saved. When this one shares its reports, entities, threads, groups and
    texts, the events it shares (the very objects) are not looked at again: an event's
    problems come from the event and those alone (a save of 100,000 events checked them all
    in 2.8 s, the window frozen). Ids are still compared across every event."""
    events = timeline.events
    if checked is not None and _same_frame(checked[0], timeline) and checked[1] is texts:
        known = {id(event) for event in checked[0].events}
        events = [event for event in events if id(event) not in known]
    part = replace(timeline, events=events) if events is not timeline.events else timeline
    data = msgspec.json.encode(in_memory(part))
    try:
        decode_timeline(data)
    except msgspec.ValidationError:
        try:
            as_model(part, Timeline)
        except ValidationError as error:
            return validation_problems(file, msgspec.json.decode(data), error)
        raise
    check = TimelineCheck(file, timeline, texts)
    check.run(events=None if part is timeline else events)
    return [p for p in check.problems if p.severity is Severity.ERROR] + \
        [p for p in check.problems if p.severity is not Severity.ERROR]


def _same_frame(before: Any, after: Any) -> bool:
    """Whether two snapshots share every list but their events (what an event is checked
    against)."""
    return all(getattr(before, name) is getattr(after, name)
               for name in ("sources", "entities", "threads", "groups"))


def changed(item: Any, model: type, **changes: Any) -> Any:
    """``item`` with ``changes``, validated by its ``model`` (the format's own rules and
    messages); raises :class:`EditRefused` with the first message."""
    fields = {**msgspec.structs.asdict(in_memory(item)), **changes}
    try:
        return build(model, **fields)
    except ValidationError as error:
        detail = error.errors()[0]
        where = ".".join(str(part) for part in detail["loc"])
        raise EditRefused(f"{where}: {detail['msg']}" if where else detail["msg"]) from None


def without_quote(event: Any, claim: int, quote: int) -> Any:
    """The event without one quote (and without its claim when that was the claim's only
    quote). An event keeps at least one quote: refused for the last."""
    if len(event.quotes) <= 1:
        raise EditRefused(f"event '{event.id}': this is its only quote, and nothing appears "
                          "as fact without one; delete the event instead")
    claims = list(event.claims)
    quotes = [q for i, q in enumerate(claims[claim].quotes) if i != quote]
    if quotes:
        claims[claim] = replace(claims[claim], quotes=quotes)
    else:
        del claims[claim]
    return replace(event, claims=claims)


def with_evidence(event: Any, quote: Any, *, claim: int | None = None,
                  attributed_to: list[str] | None = None, amounts: list[Any] = ()) -> Any:
    """The event with one more quote: added to claim ``claim``, or as a new claim (with its
    own voices and amounts) when ``claim`` is None."""
    quote = in_memory(quote)
    claims = list(event.claims)
    if claim is None:
        claims.append(build(Claim, attributed_to=attributed_to or [], amounts=list(amounts),
                            quotes=[quote]))
    else:
        amounts = [in_memory(a) for a in amounts]
        old = claims[claim]
        claims[claim] = replace(old, quotes=[*old.quotes, quote],
                                amounts=[*old.amounts, *(a for a in amounts
                                                         if a not in old.amounts)])
    return replace(event, claims=claims)


def without_report(timeline: Any, source_id: str) -> tuple[Any, list[str], list[str]]:
    """The timeline without a report and every quote of it: events that keep other quotes
    lose only these (their ids come first in the answer), events that quoted nothing else are
    deleted (second). The stored text stays in the sources folder (undo needs it)."""
    kept_events, changed_ids, deleted_ids = [], [], []
    for event in timeline.events:
        if not any(q.source == source_id for q in event.quotes):
            kept_events.append(event)
            continue
        claims = []
        for claim in event.claims:
            quotes = [q for q in claim.quotes if q.source != source_id]
            if quotes:
                claims.append(replace(claim, quotes=quotes) if len(quotes) < len(claim.quotes)
                              else claim)
        if claims:
            kept_events.append(replace(event, claims=claims))
            changed_ids.append(event.id)
        else:
            deleted_ids.append(event.id)
    if not any(s.id == source_id for s in timeline.sources):
        raise EditRefused(f"there is no report '{source_id}' in the timeline")
    timeline = replace(timeline, events=kept_events,
                       sources=[s for s in timeline.sources if s.id != source_id])
    return timeline, changed_ids, deleted_ids
