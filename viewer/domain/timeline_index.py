"""Per-lane interval indexes: what is visible costs a binary search, not a pass over all events.

Each lane keeps its events' day intervals sorted by start in numpy arrays. Short intervals are
found with ``searchsorted`` (start within the window widened by the longest short interval);
the few long or open-ended ones (``since 2019``) are tested directly. Counting for the
aggregated level of detail is a histogram over the same arrays, so no Python loop ever runs
over all events while painting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from viewer.domain.timeline_items import TimelineItem, lane_names

LONG_DAYS = 400.0  # intervals longer than this (or open) are checked one by one


@dataclass(frozen=True)
class LaneIndex:
    """The events of one lane: ``order`` maps sorted positions to event indices."""

    name: str
    order: np.ndarray       # event indices, short intervals sorted by start
    lo: np.ndarray          # first day of each short interval, sorted
    hi: np.ndarray          # day after the last
    long_order: np.ndarray  # event indices of long or open intervals
    long_lo: np.ndarray
    long_hi: np.ndarray

    def __len__(self) -> int:
        return len(self.order) + len(self.long_order)

    def visible(self, first: float, last: float) -> np.ndarray:
        """Event indices whose interval meets the days ``first``..``last``."""
        begin = np.searchsorted(self.lo, first - LONG_DAYS, side="left")
        end = np.searchsorted(self.lo, last, side="right")
        short = self.order[begin:end][self.hi[begin:end] >= first]
        long = self.long_order[(self.long_lo <= last) & (self.long_hi >= first)]
        return np.concatenate((short, long)) if len(long) else short


class TimelineIndex:
    """Lanes of one grouping with their interval indexes; built once per load and grouping."""

    def __init__(self, items: Sequence[TimelineItem], grouping: str) -> None:
        self.items = items
        self.grouping = grouping
        self.names = lane_names(list(items), grouping)
        first, last = _intervals(items)
        self.first_days = first
        self.full_range = _full_range(items, first, last)
        buckets: dict[str, list[int]] = {name: [] for name in self.names}
        for item in items:
            buckets[item.lane(grouping)].append(item.index)
        number = {name: n for n, name in enumerate(self.names)}
        self.lane_of = [number[item.lane(grouping)] for item in items]  # by event index
        self.lane_numbers = np.array(self.lane_of, dtype=np.int64)
        self.everything = _lane("*", np.arange(len(items), dtype=np.int64), first, last)
        self.lanes = [_lane(name, np.array(buckets[name], dtype=np.int64), first, last)
                      for name in self.names]


    def neighbourhood(self, event: int, count: int) -> tuple[float, float]:
        """Days around ``event`` that hold about ``count`` events of its lane: zooming to them
        shows the event on its own instead of inside a counted bar."""
        lane = self.lanes[self.lane_of[event]]
        if not len(lane.lo):
            day = float(self.first_days[event])
            return day - 1, day + 1
        position = int(np.searchsorted(lane.lo, self.first_days[event]))
        first = max(0, position - count // 2)
        last = min(len(lane.lo) - 1, position + count // 2)
        return float(lane.lo[first]), float(lane.lo[last]) + 1


def _intervals(items: Sequence[TimelineItem]) -> tuple[np.ndarray, np.ndarray]:
    first = np.empty(len(items))
    last = np.empty(len(items))
    for item in items:
        start = item.start if item.start is not None else item.end - 1
        end = item.end if item.end is not None else np.inf
        first[item.index], last[item.index] = start, end
    return first, last


def _full_range(items: Sequence[TimelineItem], first: np.ndarray,
                last: np.ndarray) -> tuple[float, float] | None:
    """First and last day drawn; an open end counts up to the last day a report vouches for."""
    if not len(items):
        return None
    finite = last[np.isfinite(last)]
    open_ends = [item.known_until or item.start + 1 for item in items if item.end is None]
    return float(first.min()), float(max(finite.max(initial=first.max() + 1),
                                         max(open_ends, default=-np.inf)))


def _lane(name: str, members: np.ndarray, first: np.ndarray, last: np.ndarray) -> LaneIndex:
    lo, hi = first[members], last[members]
    long = (hi - lo) > LONG_DAYS
    short_members = members[~long]
    order = np.argsort(lo[~long], kind="stable")
    return LaneIndex(name, short_members[order], lo[~long][order], hi[~long][order],
                     members[long], lo[long], hi[long])
