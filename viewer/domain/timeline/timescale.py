"""Time ↔ pixel math for the canvas: a linear scale over an optional warp with axis breaks.

Days are proleptic ordinals (``date.toordinal()``) as floats, so a day's noon is ``n + 0.5``.
A :class:`Warp` shrinks long empty stretches ("2019 … 2025") to a few virtual days, so that a
story spread over years with most events inside six weeks still gives the cluster room.
The :class:`TimeScale` maps virtual days to pixels; zoom and pan make new scales.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

MIN_PX_PER_DAY = 1 / 365.25 / 2  # two centuries across 1,000 pixels at most
MAX_PX_PER_DAY = 4000.0


@dataclass(frozen=True)
class Break:
    """A gap from ``start`` to ``end`` (real days) drawn as ``kept`` virtual days."""

    start: float
    end: float
    kept: float

    @property
    def removed(self) -> float:
        return (self.end - self.start) - self.kept


@dataclass(frozen=True)
class Warp:
    """Monotonic piecewise-linear map from real days to virtual days; no breaks = identity."""

    breaks: tuple[Break, ...] = ()
    _starts: tuple[float, ...] = field(default=(), repr=False, compare=False)
    _removed_before: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        removed, total = [], 0.0
        for gap in self.breaks:
            removed.append(total)
            total += gap.removed
        object.__setattr__(self, "_starts", tuple(gap.start for gap in self.breaks))
        object.__setattr__(self, "_removed_before", tuple(removed))

    def to_virtual(self, day: float) -> float:
        index = bisect.bisect_right(self._starts, day) - 1
        if index < 0:
            return day
        gap = self.breaks[index]
        before = self._removed_before[index]
        if day >= gap.end:
            return day - before - gap.removed
        return gap.start - before + (day - gap.start) * gap.kept / (gap.end - gap.start)

    def to_real(self, virtual: float) -> float:
        for index in range(len(self.breaks) - 1, -1, -1):
            gap = self.breaks[index]
            v_start = gap.start - self._removed_before[index]
            if virtual >= v_start + gap.kept:
                return virtual + self._removed_before[index] + gap.removed
            if virtual >= v_start:
                return gap.start + (virtual - v_start) * (gap.end - gap.start) / gap.kept
        return virtual

    def to_real_array(self, virtual: np.ndarray) -> np.ndarray:
        """``to_real`` for many values at once (the map is piecewise linear: an interpolation)."""
        if not self.breaks:
            return virtual
        real, virt = [-1e12], [-1e12]
        for gap, before in zip(self.breaks, self._removed_before, strict=True):
            real += [gap.start, gap.end]
            virt += [gap.start - before, gap.start - before + gap.kept]
        last = self.breaks[-1]
        shift = self._removed_before[-1] + last.removed
        real.append(1e12)
        virt.append(1e12 - shift)
        return np.interp(virtual, virt, real)

    def gap_at(self, day: float) -> Break | None:
        index = bisect.bisect_right(self._starts, day) - 1
        if index >= 0 and day < self.breaks[index].end:
            return self.breaks[index]
        return None


IDENTITY = Warp()


def build_warp(anchors: Iterable[tuple[float, float]] | np.ndarray, *, min_gap: float = 120.0,
               padding: float = 20.0, kept: float = 24.0) -> Warp:
    """Breaks for every stretch longer than ``min_gap`` days that no anchor interval touches.

    Long spans and open ends should be passed as their known end points only: a "since 2019"
    bar must not make the empty years look occupied.
    """
    return WarpAnchors.of(anchors).warp(min_gap=min_gap, padding=padding, kept=kept)


@dataclass(frozen=True)
class WarpAnchors:
    """The anchor intervals of a warp, sorted by their first day: kept with the warp so that
    an edit patches them (a few deletions and insertions) instead of sorting every event's
    anchors again."""

    first: np.ndarray
    last: np.ndarray

    @classmethod
    def of(cls, anchors: Iterable[tuple[float, float]] | np.ndarray) -> WarpAnchors:
        pairs = np.asarray(anchors if isinstance(anchors, np.ndarray) else list(anchors),
                           dtype=np.float64).reshape(-1, 2)
        order = np.argsort(pairs[:, 0])
        return cls(pairs[order, 0], pairs[order, 1])

    def __len__(self) -> int:
        return len(self.first)

    def patched(self, leaving: np.ndarray, joining: np.ndarray) -> WarpAnchors | None:
        """These anchors without the rows of ``leaving`` and with those of ``joining`` (both
        (first, last) rows); None if an anchor that should leave is not here."""
        first, last = self.first, self.last
        gone: list[int] = []
        for day, until in np.asarray(leaving, dtype=np.float64).reshape(-1, 2).tolist():
            low = int(np.searchsorted(first, day, side="left"))
            high = int(np.searchsorted(first, day, side="right"))
            # Many anchors may share a first day (every event of a month): compared at once.
            same = (np.flatnonzero(last[low:high] == until) + low).tolist()
            match = next((at for at in same if at not in gone), None)
            if match is None:
                return None
            gone.append(match)
        joining = np.asarray(joining, dtype=np.float64).reshape(-1, 2)
        if len(gone) == 1 and len(joining) == 1:  # one anchor moved: one copy of each array
            at = int(np.searchsorted(first, joining[0, 0], side="right"))
            return WarpAnchors(_moved(first, gone[0], at, joining[0, 0]),
                               _moved(last, gone[0], at, joining[0, 1]))
        if gone:
            first, last = np.delete(first, gone), np.delete(last, gone)
        if len(joining):
            joining = joining[np.argsort(joining[:, 0])]
            at = np.searchsorted(first, joining[:, 0], side="right")
            first, last = np.insert(first, at, joining[:, 0]), np.insert(last, at, joining[:, 1])
        return WarpAnchors(first, last)

    def keep_breaks(self, warp: Warp, joining: np.ndarray, padding: float = 20.0) -> bool:
        """Whether ``warp`` (made from these anchors) stays the warp after ``joining`` (first,
        last rows) are added: each lies within the anchors' days and touches no break (plus
        its padding), so no gap opens, closes or moves. (Removing an anchor may open one:
        that is not answered here.)"""
        if not len(self.first):
            return False
        low, high = float(self.first[0]), float(self.last.max()) + padding
        for first, last in np.asarray(joining, dtype=np.float64).reshape(-1, 2).tolist():
            if first < low or last + padding > high:
                return False
            if any(first <= gap.end + padding and last + padding >= gap.start
                   for gap in warp.breaks):
                return False
        return True

    def warp(self, *, min_gap: float = 120.0, padding: float = 20.0,
             kept: float = 24.0) -> Warp:
        if not len(self.first):
            return IDENTITY
        # In place where it can be: each temporary of 100,000 days is fresh memory to touch.
        reach = self.last + padding
        np.maximum.accumulate(reach, out=reach)
        room = self.first[1:] - reach[:-1]
        gaps = np.flatnonzero(room > min_gap + padding)
        return Warp(tuple(Break(float(reach[i]), float(self.first[i + 1]) - padding, kept)
                          for i in gaps.tolist()))


def _moved(values: np.ndarray, gone: int, at: int, value: float) -> np.ndarray:
    """``values`` without position ``gone`` and with ``value`` before position ``at`` (both
    positions in ``values``), in one copy."""
    new = np.array([value])
    if gone < at:
        return np.concatenate((values[:gone], values[gone + 1:at], new, values[at:]))
    return np.concatenate((values[:at], new, values[at:gone], values[gone + 1:]))


@dataclass(frozen=True)
class TimeScale:
    """``x = (warp(day) - origin) * px_per_day``; zoom and pan return new scales."""

    origin: float
    px_per_day: float
    warp: Warp = IDENTITY

    def x(self, day: float) -> float:
        return (self.warp.to_virtual(day) - self.origin) * self.px_per_day

    def day(self, x: float) -> float:
        return self.warp.to_real(self.origin + x / self.px_per_day)

    def days(self, xs: np.ndarray) -> np.ndarray:
        """``day`` for many pixel positions at once."""
        return self.warp.to_real_array(self.origin + xs / self.px_per_day)

    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """Zooms by ``factor`` keeping the day under ``anchor_x`` where it is."""
        ppd = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, self.px_per_day * factor))
        anchor = self.origin + anchor_x / self.px_per_day
        return replace(self, origin=anchor - anchor_x / ppd, px_per_day=ppd)

    def panned(self, dx: float) -> TimeScale:
        return replace(self, origin=self.origin - dx / self.px_per_day)

    def with_warp(self, warp: Warp, width: float) -> TimeScale:
        """The same visible middle under another warp."""
        middle = self.day(width / 2)
        scale = replace(self, warp=warp)
        return scale.panned(width / 2 - scale.x(middle))

    @classmethod
    def fitted(cls, first: float, last: float, width: float, *, margin: float = 40.0,
               warp: Warp = IDENTITY) -> TimeScale:
        """Shows real days ``first`` to ``last`` in ``width`` pixels, ``margin`` at each side."""
        v_first, v_last = warp.to_virtual(first), warp.to_virtual(last)
        span = max(v_last - v_first, 1.0)
        ppd = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, max(width - 2 * margin, 10.0) / span))
        middle = (v_first + v_last) / 2
        return cls(origin=middle - width / 2 / ppd, px_per_day=ppd, warp=warp)
