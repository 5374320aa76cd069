"""The filters of a search (actor:, kind:, status:, source:, outlet:, after:, before:,
amount:) as numpy masks over per-event facts gathered once per load.

A filter value matches an entity by id, name or alias, a kind or status by its name (``kind:neg``
finds negotiations), a source by id or title; all folded like the text. ``after:2025-10`` keeps
what can lie on or after 1 October 2025, ``before:2026`` what can lie before 2026; for an event
that is its date, for a passage its report's publication date. ``amount:>=10bn`` compares the
largest figure an event's claims allow (currencies are not converted).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from viewer.domain.conflicts import find_conflicts
from viewer.domain.search_query import Query
from viewer.domain.search_text import fold

EVENT_ONLY = ("actor", "kind", "status", "is")


class EventFacts:
    """What the filters look at, as arrays indexed by event (or by source)."""

    def __init__(self, timeline: Any) -> None:
        events = timeline.events
        self.count = len(events)
        self.first = np.array([_day(e.date.start, -np.inf) for e in events])
        self.last = np.array([_day(e.date.end, np.inf) for e in events])
        self.largest = np.array([_largest(e) for e in events])
        self.kind = _Codes([e.kind.value for e in events])
        self.status = _Codes([e.status.value for e in events])
        self.contested = np.array([bool(find_conflicts(e, str)) for e in events], dtype=bool)
        # Date order as on the timeline: an open start sorts by its last day.
        order_key = np.where(np.isfinite(self.first), self.first, self.last)
        self.rank = np.argsort(np.argsort(order_key, kind="stable"), kind="stable")
        self.names = {e.id: fold(" ".join([e.id, e.name, *e.aliases]))
                      for e in timeline.entities}
        self.sources = {s.id: fold(f"{s.id} {s.title}") for s in timeline.sources}
        self.outlet_of = {s.id: s.outlet for s in timeline.sources}
        self.source_ids = [s.id for s in timeline.sources]
        self.published_first = np.array([_day(s.published.start, -np.inf)
                                         for s in timeline.sources])
        self.published_last = np.array([_day(s.published.end, np.inf) for s in timeline.sources])
        self.with_actor = _groups((i, a) for i, e in enumerate(events) for a in e.actors)
        self.with_outlet = _groups((i, w) for i, e in enumerate(events) for c in e.claims
                                   for w in c.attributed_to)
        self.with_source = _groups((i, q.source) for i, e in enumerate(events) for q in e.quotes)

    def mask(self, query: Query) -> np.ndarray | None:
        """Which events pass the filters; ``None`` when no filter speaks about events."""
        keep = np.ones(self.count, dtype=bool)
        used = False
        for name, values in query.filters.items():
            for value in values:
                keep &= self._filter(name, value)
                used = True
        if query.after is not None:
            keep &= self.last >= query.after.toordinal()
            used = True
        if query.before is not None:
            keep &= self.first < query.before.toordinal()
            used = True
        if query.amount is not None:
            keep &= _compare(self.largest, query.amount.operator, float(query.amount.value))
            used = True
        return keep if used else None

    def _filter(self, name: str, value: str) -> np.ndarray:
        if name == "is":
            return self.contested.copy()
        if name in ("kind", "status"):
            column = self.kind if name == "kind" else self.status
            return column.where(lambda v: fold(v).replace("_", " ").startswith(
                value.replace("_", " ")))
        table = {"actor": self.with_actor, "outlet": self.with_outlet,
                 "source": self.with_source}[name]
        names = self.sources if name == "source" else self.names
        keep = np.zeros(self.count, dtype=bool)
        for item, label in names.items():
            if value in label and item in table:
                keep[table[item]] = True
        return keep

    def passages_allowed(self, query: Query) -> bool:
        """Filters about events alone (actor, kind, status, amount) rule passages out."""
        return not (query.filters.keys() & set(EVENT_ONLY) or query.amount is not None)

    def passage_sources(self, query: Query) -> set[str] | None:
        """The reports whose passages the filters keep; ``None`` when no filter speaks about
        passages (source:, outlet:, after:, before:)."""
        if not (query.filters.keys() & {"source", "outlet"} or query.after or query.before):
            return None
        keep = np.ones(len(self.source_ids), dtype=bool)
        for value in query.filters.get("source", []):
            keep &= [value in self.sources[s] for s in self.source_ids]
        for value in query.filters.get("outlet", []):
            keep &= [bool(self.outlet_of[s]) and value in self.names.get(self.outlet_of[s], "")
                     for s in self.source_ids]
        if query.after is not None:
            keep &= self.published_last >= query.after.toordinal()
        if query.before is not None:
            keep &= self.published_first < query.before.toordinal()
        return {s for s, kept in zip(self.source_ids, keep.tolist(), strict=True) if kept}

    def in_date_order(self, matched: np.ndarray | None) -> np.ndarray:
        if matched is None:
            return np.argsort(self.rank)
        return matched[np.argsort(self.rank[matched], kind="stable")]


class _Codes:
    """A column of a few distinct names, as small numbers into the list of names."""

    def __init__(self, values: list[str]) -> None:
        self.names = sorted(set(values))
        number = {name: i for i, name in enumerate(self.names)}
        self.codes = np.array([number[v] for v in values], dtype=np.int16)

    def where(self, wanted: Any) -> np.ndarray:
        """A mask of the rows whose name ``wanted(name)`` accepts."""
        table = np.array([bool(wanted(name)) for name in self.names] + [False], dtype=bool)
        return table[self.codes]


def _day(day: dt.date | None, open_value: float) -> float:
    return float(day.toordinal()) if day is not None else open_value


def _largest(event: Any) -> float:
    figures = [a.max if a.max is not None else a.min for a in event.amounts]
    return float(max(figures)) if figures else np.nan


def _groups(pairs) -> dict[str, np.ndarray]:
    groups: dict[str, list[int]] = {}
    for index, key in pairs:
        groups.setdefault(key, []).append(index)
    return {key: np.array(sorted(set(indices)), dtype=np.int64) for key, indices in groups.items()}


def _compare(values: np.ndarray, operator: str, bound: float) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        result = {">=": values >= bound, ">": values > bound, "<=": values <= bound,
                  "<": values < bound, "=": values == bound}[operator]
    return result & ~np.isnan(values)
