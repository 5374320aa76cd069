"""Per-lane interval indexes: what is visible costs a binary search, not a pass over all events.

Each lane keeps its events' day intervals sorted by start in numpy arrays. Short intervals are
found with ``searchsorted`` (start within the window widened by the longest short interval);
the few long or open-ended ones (``since 2019``) are tested directly. Counting for the
aggregated level of detail is a histogram over the same arrays, so no Python loop ever runs
over all events while painting.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.domain.timeline.items import Placement

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
    """Lanes of one grouping with their interval indexes; built once per load and grouping,
    with numpy operations only (no loop over the events)."""

    def __init__(self, placement: Placement, grouping: str) -> None:
        self.items = placement
        self.grouping = grouping
        first, last = placement.first_days, placement.last_days
        self.first_days = first
        self.full_range = placement.full_range()
        codes, names = placement.lane_numbers(grouping)
        # Lanes in the order of their earliest event (then by name): the story reads
        # top-down in time.
        earliest = np.full(len(names), np.inf)
        np.minimum.at(earliest, codes, first)
        ordered = sorted(range(len(names)), key=lambda code: (earliest[code], names[code]))
        self.names = [names[code] for code in ordered]
        number = np.full(len(names), -1, dtype=np.int64)
        number[ordered] = np.arange(len(ordered))
        self.lane_numbers = number[codes] if len(codes) else np.zeros(0, dtype=np.int64)
        self.lane_of = self.lane_numbers
        everyone = np.arange(len(placement), dtype=np.int64)
        self.everything = _lane("*", everyone, first, last)
        by_lane = np.argsort(self.lane_numbers, kind="stable")
        bounds = np.searchsorted(self.lane_numbers[by_lane], np.arange(len(ordered) + 1))
        self.lanes = [_lane(name, by_lane[bounds[n]:bounds[n + 1]], first, last)
                      for n, name in enumerate(self.names)]

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


def _lane(name: str, members: np.ndarray, first: np.ndarray, last: np.ndarray) -> LaneIndex:
    lo, hi = first[members], last[members]
    long = (hi - lo) > LONG_DAYS
    short_members = members[~long]
    order = np.argsort(lo[~long], kind="stable")
    return LaneIndex(name, short_members[order], lo[~long][order], hi[~long][order],
                     members[long], lo[long], hi[long])
