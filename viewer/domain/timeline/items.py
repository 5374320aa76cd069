"""Where each event sits on a time axis, as the canvas sees it: columns, and items on demand.

A :class:`Placement` holds one axis's days as numpy arrays (for the interval index, the
overview and the warp) and makes a :class:`TimelineItem` only when a view asks for that event:
a frame lays out a few hundred events, never 100,000.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

GROUPINGS = ("actor", "kind", "source", "status", "group")


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
    lanes: Lanes = field(repr=False, compare=False)  # the lane of each grouping
    context_day: float | None = None  # a more precise day from other reporting, if any
    contested: bool = False           # the reports disagree about it
    kind: str = "other"
    unsourced: bool = False           # no quote backs it (imported from another tool)
    color: str | None = None          # its group's colour ("#rrggbb"), if the group has one
    # The days its reports came out, by event index: looked up when first asked for (only a
    # mark that is drawn asks; packing a lane makes items for three view widths).
    report_days: Callable[[int], tuple[float, ...]] | None = field(
        default=None, repr=False, compare=False)

    @functools.cached_property
    def reports(self) -> tuple[float, ...]:
        """On the report axis: the day each claim's report came out."""
        return self.report_days(self.index) if self.report_days is not None else ()

    @property
    def sort_day(self) -> float:
        return self.start if self.start is not None else (self.end or 0.0) - 1

    def lane(self, grouping: str) -> str:
        return self.lanes.name(grouping, self.index)


class Lanes:
    """For each grouping, each event's lane as a number into that grouping's lane names;
    a grouping is numbered when first asked for. ``keys[grouping]()`` gives each event's key
    (entity id, kind, source id, status); ``label(grouping, key)`` a lane's name."""

    def __init__(self, keys: dict[str, Callable[[], list[str]]],
                 label: Callable[[str, str], str]) -> None:
        self._keys, self._label = keys, label
        self._numbered: dict[str, tuple[np.ndarray, list[str]]] = {}
        self._numbers: dict[str, dict[str, int]] = {}  # per grouping: key -> lane number

    def numbered(self, grouping: str) -> tuple[np.ndarray, list[str]]:
        """Each event's lane number, and the lanes' names."""
        if grouping not in self._numbered:
            numbers: dict[str, int] = {}
            codes = np.array([numbers.setdefault(key, len(numbers))
                              for key in self._keys[grouping]()], dtype=np.int64)
            names = [self._label(grouping, key) for key in numbers]
            self._numbered[grouping], self._numbers[grouping] = (codes, names), numbers
        return self._numbered[grouping]

    def patched(self, keys: dict[str, Callable[[], list[str]]], rows: list[int],
                kind: str) -> Lanes:
        """The lanes after ``rows`` were replaced, appended, or (the one row) removed or inserted
        (``kind``, as a :class:`~viewer.domain.story.changes.Change` says): the groupings
        numbered so far are renumbered for those rows only; a new key gets a new lane at the
        end, and a lane left empty stays numbered (it is not drawn)."""
        lanes = Lanes(keys, self._label)
        for grouping, (codes, names) in self._numbered.items():
            numbers, names = dict(self._numbers[grouping]), list(names)
            if kind == "remove":
                codes = np.delete(codes, rows[0])
                lanes._numbered[grouping], lanes._numbers[grouping] = (codes, names), numbers
                continue
            every = keys[grouping]()
            fresh = []
            for row in rows:
                key = every[row]
                if key not in numbers:
                    numbers[key] = len(numbers)
                    names.append(self._label(grouping, key))
                fresh.append(numbers[key])
            if kind == "append":
                codes = np.concatenate((codes, np.array(fresh, dtype=np.int64)))
            elif kind == "insert":
                codes = np.insert(codes, rows[0], fresh)
            else:
                codes = codes.copy()
                codes[rows] = fresh
            lanes._numbered[grouping], lanes._numbers[grouping] = (codes, names), numbers
        return lanes

    def name(self, grouping: str, index: int) -> str:
        codes, names = self.numbered(grouping)
        return names[int(codes[index])]


class ItemFacts(NamedTuple):
    """What an item says of its event besides its days (looked up when the item is made; a
    named tuple: a lane new to the view makes a few hundred)."""

    event_id: str
    label: str
    tentative: bool
    contested: bool
    kind: str
    unsourced: bool = False
    color: str | None = None


class Placement(Sequence[TimelineItem]):
    """The events on one axis. ``start``/``end`` are the first day and the day after the last
    (``NaN`` when open); items are made when first asked for and then kept, with ``facts``
    of their event."""

    def __init__(self, *, start: np.ndarray, end: np.ndarray, point: np.ndarray,
                 known_until: np.ndarray, context_day: np.ndarray,
                 facts: Callable[[int], ItemFacts], lanes: Lanes,
                 reports: Callable[[int], tuple[float, ...]] | None = None,
                 made: dict[int, TimelineItem] | None = None) -> None:
        self.start, self.end, self.point = start, end, point
        self.known_until, self.context_day = known_until, context_day
        self._facts = facts
        self.lanes = lanes
        self._reports = reports
        # Items made so far; ``made``: those of an earlier snapshot still true of this one.
        self._made: dict[int, TimelineItem] = made if made is not None else {}
        self.first_days = np.where(np.isnan(start), end - 1, start)
        self.last_days = np.where(np.isnan(end), np.inf, end)

    @classmethod
    def empty(cls) -> Placement:
        """No events (nothing is open)."""
        nothing = np.zeros(0)
        return cls(start=nothing, end=nothing, point=nothing.astype(bool), known_until=nothing,
                   context_day=nothing, facts=lambda index: ItemFacts("", "", False, False, ""),
                   lanes=Lanes({g: list for g in GROUPINGS}, lambda grouping, key: key))

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = int(index)
        if index < 0:
            index += len(self)
        item = self._made.get(index)
        if item is None:
            item = self._made[index] = self._make(index)
        return item

    def __iter__(self) -> Iterator[TimelineItem]:
        return (self[i] for i in range(len(self)))

    def _make(self, index: int) -> TimelineItem:
        facts = self._facts(index)
        return TimelineItem(
            index=index, event_id=facts.event_id, label=facts.label,
            start=_day(self.start[index]), end=_day(self.end[index]),
            point=bool(self.point[index]), tentative=facts.tentative,
            known_until=_day(self.known_until[index]), lanes=self.lanes,
            context_day=_day(self.context_day[index]), contested=facts.contested,
            kind=facts.kind, unsourced=facts.unsourced, color=facts.color,
            report_days=self._reports)

    def made_items(self) -> dict[int, TimelineItem]:
        """The items made so far, by event index."""
        return self._made

    def lane_numbers(self, grouping: str) -> tuple[np.ndarray, list[str]]:
        return self.lanes.numbered(grouping)

    def warp_anchors(self, rows: np.ndarray | None = None, *,
                     long_span: float = 120.0) -> np.ndarray:
        """The days that must keep their room when long empty stretches are compressed, as
        (first, last) rows: short spans whole, long and open ones by their known ends only
        (a "since 2019" bar must not make the empty years look occupied), and days from
        other reporting. ``rows``: of these events only (all by default)."""
        pick = slice(None) if rows is None else rows
        start, end = self.start[pick], self.end[pick]
        short = ~np.isnan(start) & ~np.isnan(end) & (end - start <= long_span)
        open_end = np.where(np.isnan(end), self.known_until[pick], np.nan)
        days = np.concatenate([start[~short], end[~short], open_end[~short]])
        days = days[~np.isnan(days)]
        context_day = self.context_day[pick]
        context = context_day[~np.isnan(context_day)]
        first = np.concatenate([start[short], days, context])
        last = np.concatenate([end[short], days, context + 1])
        return np.column_stack([first, last])

    def full_range(self) -> tuple[float, float] | None:
        """First and last day drawn; an open end counts up to the last day a report vouches
        for."""
        if not len(self):
            return None
        first, last = self.first_days, self.last_days
        finite = last[np.isfinite(last)]
        opened = np.isnan(self.end)
        open_ends = np.where(np.isnan(self.known_until[opened]), self.start[opened] + 1,
                             self.known_until[opened])
        return float(first.min()), float(max(finite.max(initial=first.max() + 1),
                                             open_ends.max(initial=-np.inf)))


def _day(value: float) -> float | None:
    return None if value != value else float(value)


def lane_names(items: Sequence[TimelineItem], grouping: str) -> list[str]:
    """Lanes in the order of their earliest event, so the story reads top-down in time."""
    first: dict[str, float] = {}
    for item in items:
        lane = item.lane(grouping)
        first[lane] = min(first.get(lane, item.sort_day), item.sort_day)
    return sorted(first, key=lambda lane: (first[lane], lane))
