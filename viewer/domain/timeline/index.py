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
        ordered = _lane_order(codes, names, first)
        self._ordered = ordered
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

    @classmethod
    def after(cls, old: TimelineIndex, placement: Placement, rows: list[int],
              kind: str) -> TimelineIndex:
        """The index of ``placement``, made from ``old`` (the index before ``rows`` were
        replaced, appended or, the one row, removed or inserted: ``kind``): only the lanes
        those rows leave or join are sorted again, the others are kept (after a removal or an
        insertion the rows after it move by one in every lane, unless it was the last row).
        Lanes that now come in another order (an event earlier than a lane's first) are
        reordered, not rebuilt; a lane new to the grouping starts empty."""
        codes, names = placement.lane_numbers(old.grouping)
        if any(names[code] != name for code, name in zip(old._ordered, old.names, strict=True)):
            return cls(placement, old.grouping)  # lanes were named otherwise: build afresh
        first, last = placement.first_days, placement.last_days
        ordered = _lane_order(codes, names, first)
        new = cls.__new__(cls)
        new.items, new.grouping, new.first_days = placement, old.grouping, first
        new.full_range = placement.full_range()
        new._ordered, new.names = ordered, [names[code] for code in ordered]
        number = np.full(len(names), -1, dtype=np.int64)
        number[ordered] = np.arange(len(ordered))
        new.lane_numbers = new.lane_of = number[codes]
        was = dict(zip(old._ordered, old.lanes, strict=True))  # each lane by its key's code
        base = [was.get(code) or _empty(names[code]) for code in ordered]

        def now(old_number: int) -> int:
            """The number now of the lane that was number ``old_number`` (-1: it is gone)."""
            return int(number[old._ordered[old_number]])
        if kind == "remove":
            gone = rows[0]
            lane = now(int(old.lane_numbers[gone]))
            new.everything = _without(old.everything, gone)
            new.lanes = [_without(each, gone) if n == lane or gone < len(codes) else each
                         for n, each in enumerate(base)]
            return new
        changed = np.array(rows, dtype=np.int64)
        if kind == "insert":  # every lane's rows from it on move down one; it joins its lane
            at, lane = rows[0], int(new.lane_numbers[rows[0]])
            new.everything = _patched_lane(_moved_down(old.everything, at), changed, first, last)
            new.lanes = [_patched_lane(_moved_down(each, at), changed, first, last)
                         if n == lane else _moved_down(each, at)
                         for n, each in enumerate(base)]
            return new
        touched = set(new.lane_numbers[changed].tolist())
        if kind == "replace":
            touched |= {now(n) for n in old.lane_numbers[changed].tolist()}
        new.everything = _patched_lane(old.everything, changed, first, last)
        new.lanes = [_patched_lane(lane, changed[new.lane_numbers[changed] == n], first, last,
                                   leaving=changed)
                     if n in touched else lane for n, lane in enumerate(base)]
        return new

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


def _lane_order(codes: np.ndarray, names: list[str], first: np.ndarray) -> list[int]:
    """Lanes in the order of their earliest event (then by name): the story reads top-down
    in time."""
    earliest = np.full(len(names), np.inf)
    np.minimum.at(earliest, codes, first)
    # A lane left without events (its last one moved elsewhere by an edit) is not drawn.
    return [code for code in sorted(range(len(names)), key=lambda c: (earliest[c], names[c]))
            if earliest[code] != np.inf]


def _patched_lane(lane: LaneIndex, joining: np.ndarray, first: np.ndarray, last: np.ndarray,
                  leaving: np.ndarray | None = None) -> LaneIndex:
    """``lane`` without the events ``leaving`` (default: those ``joining``) and with those
    ``joining`` at their new days: deletions and insertions into sorted arrays, one copy of
    each array for all of them (the lane of every event has 100,000)."""
    leaving = joining if leaving is None else leaving
    order, lo, hi = lane.order, lane.lo, lane.hi
    gone = _positions(order, leaving)
    if len(gone):
        order, lo, hi = np.delete(order, gone), np.delete(lo, gone), np.delete(hi, gone)
    long_order = lane.long_order
    gone_long = _positions(long_order, leaving)
    if len(gone_long):
        long_order = np.delete(long_order, gone_long)
    short, long = [], []
    for row in joining.tolist():
        row_lo = first[row]
        if (last[row] - row_lo) > LONG_DAYS:  # as _lane decides
            long.append(row)
            continue
        low = int(np.searchsorted(lo, row_lo, side="left"))
        high = int(np.searchsorted(lo, row_lo, side="right"))
        short.append((low + int(np.searchsorted(order[low:high], row)), row_lo, row))
    if short:
        short.sort()
        at = [place for place, _, _ in short]
        rows = np.array([row for _, _, row in short], dtype=np.int64)
        order, lo, hi = np.insert(order, at, rows), np.insert(lo, at, first[rows]), \
            np.insert(hi, at, last[rows])
    if long:
        long_order = np.sort(np.concatenate((long_order, np.array(long, dtype=np.int64))))
    return LaneIndex(lane.name, order, lo, hi, long_order, first[long_order], last[long_order])


def _positions(members: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Where ``rows`` stand in ``members`` (a few rows: one comparison each, no sort)."""
    if len(rows) > 8:
        return np.flatnonzero(np.isin(members, rows))
    found = [np.flatnonzero(members == row) for row in rows.tolist()]
    return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)


def _empty(name: str) -> LaneIndex:
    nothing = np.zeros(0, dtype=np.int64)
    days = np.zeros(0, dtype=np.float64)
    return LaneIndex(name, nothing, days, days, nothing, days, days)


def _moved_down(lane: LaneIndex, at: int) -> LaneIndex:
    """``lane`` with its events from row ``at`` on one row further (a row was inserted)."""
    return LaneIndex(lane.name, lane.order + (lane.order >= at), lane.lo, lane.hi,
                     lane.long_order + (lane.long_order >= at), lane.long_lo, lane.long_hi)


def _without(lane: LaneIndex, gone: int) -> LaneIndex:
    """``lane`` without event ``gone``, the events after it one row up."""
    keep, keep_long = lane.order != gone, lane.long_order != gone
    order, long_order = lane.order[keep], lane.long_order[keep_long]
    return LaneIndex(lane.name, order - (order > gone), lane.lo[keep], lane.hi[keep],
                     long_order - (long_order > gone), lane.long_lo[keep_long],
                     lane.long_hi[keep_long])


def _lane(name: str, members: np.ndarray, first: np.ndarray, last: np.ndarray) -> LaneIndex:
    lo, hi = first[members], last[members]
    long = (hi - lo) > LONG_DAYS
    short_members = members[~long]
    order = np.argsort(lo[~long], kind="stable")
    return LaneIndex(name, short_members[order], lo[~long][order], hi[~long][order],
                     members[long], lo[long], hi[long])
