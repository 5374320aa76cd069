"""The filters of a search (actor:, kind:, status:, source:, outlet:, after:, before:,
amount:) as numpy masks over per-event facts gathered once per load.

A filter value matches an entity by id, name or alias, a kind or status by its name (``kind:neg``
finds negotiations), a source by id or title; all folded like the text. ``after:2025-10`` keeps
what can lie on or after 1 October 2025, ``before:2026`` what can lie before 2026; for an event
that is its date, for a passage its report's publication date. ``amount:>=10bn`` compares the
amounts as the ranges their wording allows (:mod:`viewer.domain.wording.amount_ranges`): an event is
kept when one of its amounts can lie so (currencies are not converted).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import numpy as np

from viewer.domain.search.query import UNSOURCED, Query
from viewer.domain.search.text import fold
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.wording.amount_ranges import range_of, satisfies

EVENT_ONLY = ("actor", "kind", "status", "is")


class EventFacts:
    """What the filters look at, as arrays indexed by event (or by source), read off the open
    timeline's columns."""

    def __init__(self, opened: OpenTimeline) -> None:
        columns, timeline = opened.columns, opened.timeline
        self.count = columns.count
        self.first = np.where(np.isnan(columns.start), -np.inf, columns.start)
        self.last = np.where(np.isnan(columns.end), np.inf, columns.end)
        self.rank = opened.rank  # the timeline's one date order
        self._columns, self._opened = columns, opened
        self.names = {e.id: fold(" ".join([e.id, e.name, *e.aliases]))
                      for e in timeline.entities}
        self.sources = {s.id: fold(f"{s.id} {s.title}") for s in timeline.sources}
        self.outlet_of = {s.id: s.outlet for s in timeline.sources}
        self.source_ids = [s.id for s in timeline.sources]
        self.published_first = np.array([_day(s.published.start, -np.inf)
                                         for s in timeline.sources])
        self.published_last = np.array([_day(s.published.end, np.inf) for s in timeline.sources])

    # Made when a filter first needs them: a query without filters waits for none of them.

    @functools.cached_property
    def kind(self) -> _Codes:
        return _Codes(self._columns.kinds)

    @functools.cached_property
    def status(self) -> _Codes:
        return _Codes(self._columns.statuses)

    @property
    def contested(self) -> np.ndarray:
        return self._opened.contested

    @property
    def unsourced(self) -> np.ndarray:
        return self._columns.unsourced

    @functools.cached_property
    def _ranges(self) -> tuple[np.ndarray, ...]:
        """Every amount of every claim as a range (see :mod:`amount_ranges`), with its event."""
        owners, ranges = [], []
        for index, event in enumerate(self._opened.events):
            for claim in event.claims:
                for amount in claim.amounts:
                    owners.append(index)
                    ranges.append(range_of(amount))
        return (np.array(owners, dtype=np.int64),
                np.array([r.low for r in ranges], dtype=float),
                np.array([r.high for r in ranges], dtype=float),
                np.array([r.low_open for r in ranges], dtype=bool),
                np.array([r.high_open for r in ranges], dtype=bool))

    def _amounts(self, operator: str, bound: float) -> np.ndarray:
        """Events with an amount that can lie so against ``bound``."""
        owners, *ranges = self._ranges
        keep = np.zeros(self.count, dtype=bool)
        keep[owners[satisfies(*ranges, operator, bound)]] = True
        return keep

    @property
    def with_actor(self) -> dict[str, np.ndarray]:
        return self._columns.with_actor

    @property
    def with_outlet(self) -> dict[str, np.ndarray]:
        return self._columns.with_voice

    @property
    def with_source(self) -> dict[str, np.ndarray]:
        return self._columns.with_source

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
            keep &= self._amounts(query.amount.operator, float(query.amount.value))
            used = True
        return keep if used else None

    def _filter(self, name: str, value: str) -> np.ndarray:
        if name == "is":
            return (self.unsourced if value in UNSOURCED else self.contested).copy()
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
        number: dict[str, int] = {}
        # Kinds and statuses are StrEnum members, whose hash is computed in Python: as plain
        # strings they are numbered about ten times faster.
        self.codes = np.array([number.setdefault(v, len(number)) for v in map(str, values)],
                              dtype=np.int16)
        self.names = [str(name) for name in number]

    def where(self, wanted: Any) -> np.ndarray:
        """A mask of the rows whose name ``wanted(name)`` accepts."""
        table = np.array([bool(wanted(name)) for name in self.names] + [False], dtype=bool)
        return table[self.codes]


def _day(day: dt.date | None, open_value: float) -> float:
    return float(day.toordinal()) if day is not None else open_value
