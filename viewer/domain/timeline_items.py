"""What the canvas needs of each event, computed once per load: days, shape, label, lanes."""

from __future__ import annotations

from dataclasses import dataclass, replace

from viewer.domain.conflicts import find_conflicts
from viewer.domain.model import Event, EventStatus, Precision, Relation, Timeline

GROUPINGS = ("actor", "kind", "source", "status")
TENTATIVE = {EventStatus.PLANNED, EventStatus.EXPECTED}


@dataclass(frozen=True)
class TimelineItem:
    """One event as the canvas sees it. Days are ordinals; ``end`` is exclusive; ``None`` is an
    open end. ``known_until`` is the last day the event's reports vouch for an open span."""

    index: int
    event_id: str
    label: str
    start: float | None
    end: float | None
    point: bool
    tentative: bool
    known_until: float | None
    lanes: tuple[str, ...]  # one lane name per grouping, in GROUPINGS order
    context_day: float | None = None  # a more precise day from other reporting, if any
    contested: bool = False           # the reports disagree about it
    reports: tuple[float, ...] = ()   # on the report axis: the day each claim's report came out

    @property
    def sort_day(self) -> float:
        return self.start if self.start is not None else (self.end or 0.0) - 1

    def lane(self, grouping: str) -> str:
        return self.lanes[GROUPINGS.index(grouping)]


def humanize(value: str) -> str:
    return value.replace("_", " ").capitalize()


def build_items(timeline: Timeline, contested: set[int] | None = None) -> list[TimelineItem]:
    """One item per event; ``contested`` (event indices the reports disagree about) is found
    here when the caller has not found it already."""
    names = {entity.id: entity.name for entity in timeline.entities}
    sources = {source.id: source for source in timeline.sources}
    items = []
    for index, event in enumerate(timeline.events):
        date = event.date
        start = float(date.start.toordinal()) if date.start else None
        end = float(date.end.toordinal() + 1) if date.end else None
        point = date.precision is Precision.DAY and date.relation is Relation.AT and \
            start is not None and end == start + 1
        vouched = [sources[q.source].published.end for q in event.quotes if q.source in sources]
        known = max((d for d in vouched if d), default=None)
        disputed = index in contested if contested is not None else \
            bool(find_conflicts(event, str))
        items.append(TimelineItem(
            index=index, event_id=event.id, label=("≠ " if disputed else "") + event.title,
            start=start, end=end, point=point, contested=disputed,
            tentative=event.status in TENTATIVE,
            known_until=float(known.toordinal() + 1) if known else None,
            lanes=_lanes(event, names, sources), context_day=_context_day(event)))
    return items


def reported_items(items: list[TimelineItem], timeline: Timeline) -> list[TimelineItem]:
    """The same events placed when they were reported: from the publication of the first
    report that quotes them to that of the last (what was known when)."""
    sources = {source.id: source.published for source in timeline.sources}
    placed = []
    for item, event in zip(items, timeline.events, strict=True):
        dates = [sources[q.source] for q in event.quotes if q.source in sources]
        firsts = [d.start or d.end for d in dates if d.start or d.end]
        lasts = [d.end or d.start for d in dates if d.start or d.end]
        if not firsts:
            placed.append(item)
            continue
        start, end = float(min(firsts).toordinal()), float(max(lasts).toordinal() + 1)
        reports = tuple(sorted({float(day.toordinal()) for day in firsts}))
        placed.append(replace(item, start=start, end=end, point=end == start + 1,
                              known_until=None, context_day=None, reports=reports))
    return placed


def _context_day(event: Event) -> float | None:
    context = event.context_date
    if context is None or context.start is None or context.start != context.end:
        return None
    return float(context.start.toordinal())


def _lanes(event: Event, names: dict[str, str], sources: dict) -> tuple[str, ...]:
    actor = names.get(event.actors[0], event.actors[0]) if event.actors else "—"
    source_id = event.quotes[0].source
    source = sources.get(source_id)
    source_lane = f"{source_id}: {source.title}" if source else source_id
    return (actor, humanize(event.kind.value), source_lane, humanize(event.status.value))


def lane_names(items: list[TimelineItem], grouping: str) -> list[str]:
    """Lanes in the order of their earliest event, so the story reads top-down in time."""
    first: dict[str, float] = {}
    for item in items:
        lane = item.lane(grouping)
        first[lane] = min(first.get(lane, item.sort_day), item.sort_day)
    return sorted(first, key=lambda lane: (first[lane], lane))


def date_order(items: list[TimelineItem]) -> list[int]:
    """Event indices in date order: the order of keyboard stepping."""
    return [item.index for item in sorted(items, key=lambda i: (i.sort_day, i.event_id))]


def warp_anchors(items: list[TimelineItem], *, long_span: float = 120.0):
    """The days that must keep their room when long empty stretches are compressed."""
    for item in items:
        if item.start is not None and item.end is not None and item.end - item.start <= long_span:
            yield item.start, item.end
            continue
        for day in (item.start, item.end, item.known_until if item.end is None else None):
            if day is not None:
                yield day, day
    for item in items:
        if item.context_day is not None:
            yield item.context_day, item.context_day + 1
