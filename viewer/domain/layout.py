"""The pure layout pass of the canvas: events in, placed marks and labels out.

Nothing here knows Qt: text is measured through a ``measure`` callable. The pass culls what is
off screen, packs each lane's events into rows so that marks with their full labels fit, and
then elides or drops labels that would still collide. The result is the only thing the painter
reads and the thing hit-testing reuses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.domain.timeline_items import TimelineItem
from viewer.domain.timescale import TimeScale

Measure = Callable[[str], float]

POINT_RADIUS = 5.0
MIN_SPAN = 6.0
FADE = 56.0
GAP = 8.0
MIN_LABEL = 28.0
MAX_ROWS = 40  # beyond this a lane shares rows and labels yield
ELLIPSIS = "…"


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


@dataclass(frozen=True)
class Layout:
    lanes: list[LaneBand]
    placed: list[Placed]
    row_height: float
    bottom: float

    def hit(self, x: float, y: float) -> Placed | None:
        hits = [p for p in self.placed if p.contains(x, y, self.row_height)]
        return min(hits, key=lambda p: abs((p.x0 + p.x1) / 2 - x), default=None)

    def find(self, index: int) -> Placed | None:
        return next((p for p in self.placed if p.item.index == index), None)


@dataclass(frozen=True)
class Frame:
    """Where the lanes go: the canvas width, the top of the first lane, the metrics of a row.
    Lanes take the rows they need; the canvas scrolls vertically when they exceed its height."""

    width: float
    top: float
    row_height: float = 21.0
    lane_header: float = 16.0


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


def layout_timeline(items: Sequence[TimelineItem], lanes: Sequence[str],
                    lane_of: Callable[[TimelineItem], str], scale: TimeScale, frame: Frame,
                    measure: Measure) -> Layout:
    lane_index = {name: i for i, name in enumerate(lanes)}
    visible: list[list[tuple[TimelineItem, float, float]]] = [[] for _ in lanes]
    for item in items:
        x0, x1 = mark_extent(item, scale)
        if x1 + POINT_RADIUS >= 0 and x0 - POINT_RADIUS <= frame.width:
            visible[lane_index[lane_of(item)]].append((item, x0, x1))
    for lane_items in visible:
        lane_items.sort(key=lambda entry: (entry[1], entry[0].index))
    context_xs = {item.index: scale.x(item.context_day + 0.5) for lane_items in visible
                  for item, _, _ in lane_items if item.context_day is not None}
    bands, placed, top = [], [], frame.top
    for index, lane_items in enumerate(visible):
        rows = min(_rows_needed(lane_items, measure), MAX_ROWS)
        bottom = top + frame.lane_header + rows * frame.row_height
        bands.append(LaneBand(lanes[index], top, bottom))
        placed += _place_lane(lane_items, index, top + frame.lane_header, rows, frame, measure,
                              context_xs, scale)
        top = bottom
    return Layout(bands, placed, frame.row_height, top)


def _label_start(x0: float, x1: float, label_width: float,
                 item: TimelineItem) -> tuple[float, bool]:
    if item.point:
        return x1 + POINT_RADIUS + 4, False
    visible_x0 = max(x0, 0.0)
    if x1 - visible_x0 - 8 >= label_width:
        return visible_x0 + 4, True
    return x1 + 6, False


def _occupied_to(item: TimelineItem, x0: float, x1: float, measure: Measure) -> float:
    width = measure(item.label)
    label_x, inside = _label_start(x0, x1, width, item)
    return max(x1 + POINT_RADIUS, label_x + (0 if inside else width)) + GAP


def _rows_needed(lane_items: list[tuple[TimelineItem, float, float]], measure: Measure) -> int:
    ends: list[float] = []
    for item, x0, x1 in lane_items:
        row = next((r for r, end in enumerate(ends) if x0 - POINT_RADIUS >= end), None)
        if row is None:
            ends.append(0.0)
            row = len(ends) - 1
        ends[row] = _occupied_to(item, x0, x1, measure)
    return max(len(ends), 1)


def _place_lane(lane_items: list[tuple[TimelineItem, float, float]], lane: int, top: float,
                rows: int, frame: Frame, measure: Measure,
                context_xs: dict[int, float], scale: TimeScale) -> list[Placed]:
    ends = [-1e12] * rows
    members: list[list[tuple[TimelineItem, float, float]]] = [[] for _ in range(rows)]
    for item, x0, x1 in lane_items:
        row = next((r for r in range(rows) if x0 - POINT_RADIUS >= ends[r]), None)
        if row is None:  # no row has room: share the one that frees up first, labels yield
            row = min(range(rows), key=lambda r: ends[r])
        ends[row] = _occupied_to(item, x0, x1, measure)
        members[row].append((item, x0, x1))
    placed = []
    for row, row_items in enumerate(members):
        y = top + (row + 0.5) * frame.row_height
        placed += _label_row(row_items, lane, row, y, frame.width, measure, context_xs, scale)
    return placed


def _label_row(row_items: list[tuple[TimelineItem, float, float]], lane: int, row: int, y: float,
               width: float, measure: Measure, context_xs: dict[int, float],
               scale: TimeScale) -> list[Placed]:
    placed = []
    for position, (item, x0, x1) in enumerate(row_items):
        limit = width
        if position + 1 < len(row_items):
            limit = min(limit, row_items[position + 1][1] - POINT_RADIUS - GAP)
        label, label_x, inside = _best_label(item, x0, x1, limit, measure)
        label_width = measure(label) if label else 0.0
        context = context_xs.get(item.index)
        shape = (x0, x1) if context is None else _shape_extent(item, scale)
        placed.append(Placed(item, lane, row, x0, x1, y, label, label_x, label_width, inside,
                             context, shape))
    return placed


def _best_label(item: TimelineItem, x0: float, x1: float, limit: float,
                measure: Measure) -> tuple[str, float, bool]:
    """The label beside the mark, or inside a span when that shows more of it."""
    beside_x = x1 + (POINT_RADIUS + 4 if item.point else 6)
    beside = elide(item.label, limit - beside_x, measure)
    if item.point or len(beside) == len(item.label):
        return beside, beside_x, False
    inside_x = max(x0, 0.0) + 4
    inside = elide(item.label, min(x1 - 4, limit) - inside_x, measure)
    if len(inside) > len(beside):
        return inside, inside_x, True
    return beside, beside_x, False


def elide(text: str, available: float, measure: Measure) -> str:
    """``text`` cut with an ellipsis to fit ``available`` pixels; "" if too little room."""
    if available < MIN_LABEL:
        return ""
    if measure(text) <= available:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= available:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low >= 3 else ""
