"""Counting events per lane and per pixel bin in one vectorised pass (for dense lanes).

All events are in one interval index; what is in view is a ``searchsorted``, the count per lane
a ``bincount`` of lane numbers, and the count per lane and bin one more ``bincount`` of
``lane * bins + bin``. Each event is counted once, at its first day inside the view, so the
counts of a lane add up to its events in view.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.domain.timeline.index import TimelineIndex


@dataclass(frozen=True)
class InView:
    """Events meeting the view: their indices, their lane numbers, and counts per lane."""

    events: np.ndarray
    lanes: np.ndarray
    per_lane: np.ndarray


def in_view(index: TimelineIndex, first_day: float, last_day: float) -> InView:
    events = index.everything.visible(first_day, last_day)
    lanes = index.lane_numbers[events]
    return InView(events, lanes, np.bincount(lanes, minlength=len(index.lanes)))


def bin_counts(index: TimelineIndex, view: InView, wanted: list[int], edges: np.ndarray,
               keep: np.ndarray | None = None) -> dict[int, np.ndarray]:
    """Counts per bin (between consecutive ``edges``, in days) for each lane in ``wanted``;
    with ``keep`` (a mask over all events) only the events it keeps, such as search matches."""
    if not wanted or not len(view.events):
        return {}
    bins = len(edges) - 1
    chosen = np.zeros(len(index.lanes), dtype=bool)
    chosen[wanted] = True
    mask = chosen[view.lanes]
    if keep is not None:
        mask &= keep[view.events]
    anchors = np.clip(index.first_days[view.events[mask]], edges[0], edges[-1])
    column = np.clip(np.searchsorted(edges, anchors, side="right") - 1, 0, bins - 1)
    codes = view.lanes[mask] * bins + column
    table = np.bincount(codes, minlength=len(index.lanes) * bins).reshape(len(index.lanes), bins)
    return {lane: table[lane] for lane in wanted}
