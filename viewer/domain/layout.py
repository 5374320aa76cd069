"""The pure layout pass of the canvas: events in, placed marks and labels out.

Nothing here knows Qt: text is measured through a ``measure`` callable. The pass culls what is
off screen, packs each lane's events into rows so that marks with their full labels fit, and
then elides or drops labels that would still collide. The result is the only thing the painter
reads and the thing hit-testing reuses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from viewer.domain.lane_packing import POINT_RADIUS, Entry, Measure, fit_labels, pack_rows
from viewer.domain.timeline_index import TimelineIndex
from viewer.domain.timeline_items import TimelineItem
from viewer.domain.timescale import TimeScale

MIN_SPAN = 6.0
FADE = 56.0
AGGREGATE_ROWS = 2
BIN_PIXELS = 8.0


@dataclass(frozen=True)
class Placed:
    item: TimelineItem
    lane: int
    row: int
    x0: float
    x1: float
    y: float
    label: str
    label_x: float
    label_width: float
    label_inside: bool
    context_x: float | None = None
    shape: tuple[float, float] = (0.0, 0.0)  # the drawn point or span, without context marks

    @property
    def is_point(self) -> bool:
        return self.item.point

    def contains(self, x: float, y: float, row_height: float) -> bool:
        if abs(y - self.y) > row_height / 2:
            return False
        left = self.x0 - POINT_RADIUS - 2
        right = max(self.x1 + POINT_RADIUS + 2, self.label_x + self.label_width)
        return left <= x <= right


@dataclass(frozen=True)
class LaneBand:
    name: str
    top: float
    bottom: float
    count: int = 0          # events of this lane in view
    aggregated: bool = True


@dataclass(frozen=True)
class Bin:
    """Events too dense to draw one by one: ``count`` of them start in ``x0``..``x1``."""

    lane: int
    x0: float
    x1: float
    count: int
    first_day: float
    last_day: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Layout:
    lanes: list[LaneBand]
    placed: list[Placed]
    row_height: float
    bottom: float
    bins: list[Bin] = field(default_factory=list)

    def hit(self, x: float, y: float) -> Placed | None:
        hits = [p for p in self.placed if p.contains(x, y, self.row_height)]
        return min(hits, key=lambda p: abs((p.x0 + p.x1) / 2 - x), default=None)

    def find(self, index: int) -> Placed | None:
        return next((p for p in self.placed if p.item.index == index), None)

    def bin_at(self, x: float, y: float) -> Bin | None:
        return next((b for b in self.bins if b.x0 <= x < b.x1 and b.top <= y <= b.bottom), None)

    def events_in_view(self) -> int:
        return sum(lane.count for lane in self.lanes)


@dataclass(frozen=True)
class Frame:
    """Where to lay out: pixels ``left``..``right`` (wider than the view, so that panning can
    reuse the layout), the top of the first lane, and the metrics of a row. Lanes take the rows
    they need; marks and labels are made only for lanes that meet ``rows_from``..``rows_to``
    (content pixels), the others only take their height."""

    left: float
    right: float
    top: float
    row_height: float = 21.0
    lane_header: float = 16.0
    rows_from: float = -np.inf
    rows_to: float = np.inf

    @property
    def width(self) -> float:
        return self.right - self.left


def mark_extent(item: TimelineItem, scale: TimeScale) -> tuple[float, float]:
    """Pixel extent of an item's mark: a point, a span, or a span fading to an open end; a span
    also covers the diamond of a more precise day from other reporting."""
    x0, x1 = _shape_extent(item, scale)
    if item.context_day is not None and not item.point:
        context = scale.x(item.context_day + 0.5)
        x0, x1 = min(x0, context - POINT_RADIUS), max(x1, context + POINT_RADIUS)
    return x0, x1


def _shape_extent(item: TimelineItem, scale: TimeScale) -> tuple[float, float]:
    if item.point:
        x = scale.x(item.start + 0.5)
        return x, x
    if item.start is None:
        x1 = scale.x(item.end)
        return x1 - FADE, x1
    x0 = scale.x(item.start)
    if item.end is None:
        solid_to = scale.x(item.known_until) if item.known_until is not None else x0
        return x0, max(solid_to, x0 + FADE) + FADE
    x1 = scale.x(item.end)
    if x1 - x0 < MIN_SPAN:
        middle = (x0 + x1) / 2
        return middle - MIN_SPAN / 2, middle + MIN_SPAN / 2
    return x0, x1


def layout_timeline(index: TimelineIndex, scale: TimeScale, frame: Frame, measure: Measure,
                    *, detail_limit: int | None = None) -> Layout:
    """Lays out every lane: its events one by one where they fit, else as counted bins."""
    limit = detail_limit if detail_limit is not None else max(40, int(frame.width / 15))
    pad = FADE + POINT_RADIUS + 2
    first_day, last_day = scale.day(frame.left - pad), scale.day(frame.right + pad)
    bands, placed, bins, top = [], [], [], frame.top
    for number, lane in enumerate(index.lanes):
        visible = lane.visible(first_day, last_day)
        if len(visible) > limit:
            bottom = top + frame.lane_header + AGGREGATE_ROWS * frame.row_height
            if _shown(top, bottom, frame):
                bins += _aggregate(index, visible, number, top + frame.lane_header, bottom,
                                   scale, frame)
            bands.append(LaneBand(lane.name, top, bottom, len(visible)))
        else:
            entries = _entries([index.items[i] for i in visible.tolist()], scale, frame)
            rows = pack_rows(entries, measure, frame.left)
            bottom = top + frame.lane_header + len(rows) * frame.row_height
            if _shown(top, bottom, frame):
                placed += _place(rows, number, top + frame.lane_header, scale, frame, measure)
            bands.append(LaneBand(lane.name, top, bottom, len(entries), aggregated=False))
        top = bottom
    return Layout(bands, placed, frame.row_height, top, bins)


def _shown(top: float, bottom: float, frame: Frame) -> bool:
    return bottom >= frame.rows_from and top <= frame.rows_to


def _entries(items: list[TimelineItem], scale: TimeScale, frame: Frame) -> list[Entry]:
    entries = []
    for item in items:
        x0, x1 = mark_extent(item, scale)
        if x1 + POINT_RADIUS >= frame.left and x0 - POINT_RADIUS <= frame.right:
            entries.append((item, x0, x1))
    entries.sort(key=lambda entry: (entry[1], entry[0].index))
    return entries


def _place(rows: list[list[Entry]], lane: int, top: float, scale: TimeScale, frame: Frame,
           measure: Measure) -> list[Placed]:
    placed = []
    for number, row in enumerate(rows):
        y = top + (number + 0.5) * frame.row_height
        labels = fit_labels(row, measure, frame.left, frame.right)
        for (item, x0, x1), label in zip(row, labels, strict=True):
            context = None if item.context_day is None else scale.x(item.context_day + 0.5)
            shape = (x0, x1) if context is None else _shape_extent(item, scale)
            placed.append(Placed(item, lane, number, x0, x1, y, label.text, label.x,
                                 label.width, label.inside, context, shape))
    return placed


def _aggregate(index: TimelineIndex, visible: np.ndarray, lane: int, top: float, bottom: float,
               scale: TimeScale, frame: Frame) -> list[Bin]:
    """Counts per BIN_PIXELS of width; each event counts once, at its first visible day."""
    xs = np.arange(frame.left, frame.right + BIN_PIXELS, BIN_PIXELS)
    edges = np.array([scale.day(x) for x in xs])
    anchors = np.clip(index.first_days[visible], edges[0], np.nextafter(edges[-1], -np.inf))
    counts, _ = np.histogram(anchors, bins=edges)
    return [Bin(lane, float(xs[i]), float(xs[i + 1]), int(count), float(edges[i]),
                float(edges[i + 1]), top, bottom)
            for i, count in enumerate(counts.tolist()) if count]
