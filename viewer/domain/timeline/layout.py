"""The pure layout pass of the canvas: events in, placed marks and labels out.

Nothing here knows Qt: text is measured through a ``measure`` callable. The pass culls what is
off screen, packs each lane's events into rows so that marks with their full labels fit, and
then elides or drops labels that would still collide. The result is the only thing the painter
reads and the thing hit-testing reuses.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from viewer.domain.timeline.density import InView, bin_counts, in_view
from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.items import TimelineItem
from viewer.domain.timeline.lane_packing import (
    POINT_RADIUS,
    Entry,
    Label,
    Measure,
    elide,
    fit_label,
    pack_rows,
)
from viewer.domain.timeline.timescale import TimeScale

MIN_SPAN = 6.0
FADE = 56.0
AGGREGATE_ROWS = 2
BIN_PIXELS = 8.0
DETAIL_BUDGET = 400  # events laid out one by one per layout; the rest are counted


class Placed(NamedTuple):
    """An event's mark and label where the layout put them (a named tuple: a layout makes
    hundreds, and a frozen dataclass took three times as long to make)."""

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
    report_xs: tuple[float, ...] = ()         # where each claim's report came out (report axis)

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


@dataclass(frozen=True, eq=False)
class BinRow:
    """One counted lane: ``counts[i]`` events start between ``xs[i]`` and ``xs[i + 1]``
    (days ``edges[i]`` to ``edges[i + 1]``)."""

    lane: int
    top: float
    bottom: float
    xs: np.ndarray
    edges: np.ndarray
    counts: np.ndarray
    matched: np.ndarray | None = None  # of the counted events, how many match the search

    def bin(self, column: int) -> Bin:
        return Bin(self.lane, float(self.xs[column]), float(self.xs[column + 1]),
                   int(self.counts[column]), float(self.edges[column]),
                   float(self.edges[column + 1]), self.top, self.bottom)


class Layout:
    """The lanes' bands, and (made when first read, lane by lane and mark by mark) the marks
    placed in the lanes that meet the frame's rows, and the counted bars. A layout covers three
    view heights and widths so that scrolling and panning can reuse it; a mark is placed when a
    paint, a hit or a search for its event first reaches it, so a layout only asked how tall it
    is (as when the view is about to scroll to another lane after an edit) places nothing, and
    a paint places what the view shows, not the widths either side of it."""

    def __init__(self, lanes: list[LaneBand], row_height: float, bottom: float,
                 shown: list[tuple[int, _ShownLane]] | None = None,
                 count: Callable[[], list[BinRow]] = list, made_of: _Lanes | None = None) -> None:
        self.lanes, self.row_height, self.bottom = lanes, row_height, bottom
        self._shown = shown or []  # (lane number, its marks) for lanes meeting the rows
        self._count = count
        self._made_of = made_of

    def scrolled(self, rows_from: float, rows_to: float) -> Layout:
        """The same lanes for other rows (content pixels): a vertical scroll needs no new
        packing, and the marks placed so far are kept."""
        if self._made_of is None:
            raise ValueError("this layout cannot be scrolled")
        return self._made_of.between(rows_from, rows_to)

    @functools.cached_property
    def placed(self) -> list[Placed]:
        """Every mark placed in the lanes that meet the frame's rows."""
        return [placed for _, lane in self._shown for placed in lane.placed()]

    def placed_between(self, top: float, bottom: float, left: float = -np.inf,
                       right: float = np.inf) -> list[Placed]:
        """The marks of the lanes whose bands meet ``top``..``bottom`` (content pixels) whose
        mark or label may reach into ``left``..``right`` (those that surely do not may be
        left out)."""
        lanes = self.lanes
        return [placed for number, lane in self._shown
                if lanes[number].bottom >= top and lanes[number].top <= bottom
                for placed in lane.placed(left, right)]

    @functools.cached_property
    def bins(self) -> list[BinRow]:
        return self._count()

    def hit(self, x: float, y: float) -> Placed | None:
        hits = [p for p in self.placed_between(y - self.row_height, y + self.row_height, x, x)
                if p.contains(x, y, self.row_height)]
        return min(hits, key=lambda p: abs((p.x0 + p.x1) / 2 - x), default=None)

    def find(self, index: int, lane: int | None = None) -> Placed | None:
        """The mark of event ``index`` (looked for in ``lane`` alone when it is given)."""
        for number, shown in self._shown:
            if lane is None or number == lane:
                found = shown.find(index)
                if found is not None:
                    return found
        return None

    def bin_at(self, x: float, y: float) -> Bin | None:
        for row in self.bins:
            if row.top <= y <= row.bottom and row.xs[0] <= x < row.xs[-1]:
                column = int(np.searchsorted(row.xs, x, side="right")) - 1
                return row.bin(column) if row.counts[column] else None
        return None

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


class LaneMemo:
    """The lanes laid out one by one in the last layout, for the next layout at the same scale
    and width: an edit, a new selection, a search or a scroll lays out again only the lanes
    whose events changed (an edit gives every lane it leaves alone the same lane index).
    Holds the lanes of one layout only."""

    def __init__(self) -> None:
        self._key: tuple = ()
        self._lanes: dict[int, _LaneRows] = {}
        self.reused = 0  # lanes taken from the memo so far (tests read it)

    def begin(self, key: tuple) -> dict[int, _LaneRows]:
        """The lanes kept for a layout under ``key`` (none when the key changed); the memo is
        then refilled by the layout being made."""
        kept = self._lanes if key == self._key else {}
        self._key, self._lanes = key, {}
        return kept

    def keep(self, number: int, rows: _LaneRows) -> None:
        self._lanes[number] = rows


@dataclass
class _LaneRows:
    """One lane's events in rows (what packing found), and the marks placed from them so far:
    a mark is placed when first asked for, and kept (moved when the lane's top moves)."""

    lane: object          # the lane index these rows were made from (compared by identity)
    count: int            # its events in the frame's width
    rows: list[list[Entry]]
    top: float = 0.0      # where the marks in ``made`` were placed
    made: dict[tuple[int, int], Placed] = field(default_factory=dict)  # by (row, position)

    def at(self, top: float) -> dict[tuple[int, int], Placed]:
        """The marks made so far, moved to a lane whose rows begin at ``top``."""
        if top != self.top:
            shift = top - self.top
            self.made = {key: p._replace(y=p.y + shift) for key, p in self.made.items()}
            self.top = top
        return self.made


class _ShownLane:
    """A lane of the layout that meets the frame's rows: its marks, placed on demand."""

    def __init__(self, rows: _LaneRows, top: float,
                 place: Callable[[list[Entry], int, int, float], Placed]) -> None:
        self._rows, self._top, self._place = rows, top, place

    def placed(self, left: float = -np.inf, right: float = np.inf) -> list[Placed]:
        """Its marks (row by row, in time order) whose mark or label may reach into
        ``left``..``right``: a mark begins before ``right``, and it or the room its label has
        (to the next mark in its row, or the frame's edge) ends after ``left``."""
        made, place, result = self._rows.at(self._top), self._place, []
        edge = np.inf
        for number, row in enumerate(self._rows.rows):
            last = len(row) - 1
            for position, (_, x0, x1) in enumerate(row):
                if x0 - POINT_RADIUS - 2 > right:
                    break
                room = row[position + 1][1] if position < last else edge
                if max(x1, room) + POINT_RADIUS + 2 < left:
                    continue
                placed = made.get((number, position))
                if placed is None:
                    placed = made[number, position] = place(row, position, number, self._top)
                result.append(placed)
        return result

    def find(self, index: int) -> Placed | None:
        """The mark of event ``index``, if this lane draws it one by one."""
        for number, row in enumerate(self._rows.rows):
            for position, (item, _, _) in enumerate(row):
                if item.index == index:
                    made = self._rows.at(self._top)
                    placed = made.get((number, position))
                    if placed is None:
                        placed = made[number, position] = self._place(row, position, number,
                                                                       self._top)
                    return placed
        return None


def layout_timeline(index: TimelineIndex, scale: TimeScale, frame: Frame, measure: Measure,
                    *, focus_lane: int | None = None, budget: int = DETAIL_BUDGET,
                    matches: np.ndarray | None = None, memo: LaneMemo | None = None,
                    measure_key: object = None) -> Layout:
    """Lays out every lane: its events one by one where they fit, else as counted bins.

    At most ``budget`` events are laid out one by one, so a frame costs the same whatever the
    size of the timeline. Sparse lanes get detail first, and ``focus_lane`` (the selection's)
    before all; a lane with more events in view than its width can label is always counted.
    With a ``memo`` (and ``measure_key``, which changes when ``measure`` measures otherwise),
    lanes laid out by the last layout at the same scale are reused.
    """
    pad = FADE + POINT_RADIUS + 2
    first_day, last_day = scale.day(frame.left - pad), scale.day(frame.right + pad)
    view = in_view(index, first_day, last_day)
    counts = view.per_lane.tolist()
    detailed = _detailed_lanes(counts, focus_lane, budget, int(frame.width / 15))
    kept = memo.begin((scale, frame.left, frame.right, frame.row_height, frame.lane_header,
                       measure_key)) if memo is not None else {}
    bands, rows, top = [], [], frame.top
    for number, lane in enumerate(index.lanes):
        if number not in detailed:
            bottom = top + frame.lane_header + AGGREGATE_ROWS * frame.row_height
            bands.append(LaneBand(lane.name, top, bottom, counts[number]))
            rows.append(None)
        else:
            made = kept.get(number)
            if made is None or made.lane is not lane:
                visible = lane.visible(first_day, last_day)
                entries = _entries([index.items[i] for i in visible.tolist()], scale, frame)
                made = _LaneRows(lane, len(entries), pack_rows(entries, measure, frame.left))
            elif memo is not None:
                memo.reused += 1
            if memo is not None:
                memo.keep(number, made)
            bottom = top + frame.lane_header + len(made.rows) * frame.row_height
            bands.append(LaneBand(lane.name, top, bottom, made.count, aggregated=False))
            rows.append(made)
        top = bottom

    return _Lanes(index, scale, frame, measure, view, counts, bands, rows, top,
                  matches).between(frame.rows_from, frame.rows_to)


@dataclass(frozen=True, eq=False)
class _Lanes:
    """Every lane of a layout in height, packed where it is drawn one by one: what a layout of
    any of its rows is made from. (A layout holds it; it holds no layout, so that a layout is
    freed when the last reference goes: the collector is kept away from a snapshot's lists.)"""

    index: TimelineIndex
    scale: TimeScale
    frame: Frame
    measure: Measure
    view: InView
    counts: list[int]
    bands: list[LaneBand]
    rows: list[_LaneRows | None]  # None: counted
    bottom: float
    matches: np.ndarray | None

    def between(self, rows_from: float, rows_to: float) -> Layout:
        """The layout of these lanes for the rows ``rows_from``..``rows_to``."""
        shown, counted = [], []
        for number, (band, made) in enumerate(zip(self.bands, self.rows, strict=True)):
            if band.bottom < rows_from or band.top > rows_to:
                continue
            if made is None:
                if self.counts[number]:
                    counted.append(number)
            else:
                shown.append((number, _ShownLane(made, band.top + self.frame.lane_header,
                                                 functools.partial(
                                                     _place, lane=number, scale=self.scale,
                                                     frame=self.frame, measure=self.measure))))
        return Layout(self.bands, self.frame.row_height, self.bottom, shown,
                      functools.partial(_bin_rows, self.index, self.view, counted, self.bands,
                                        self.scale, self.frame, self.matches), self)


def _detailed_lanes(counts: list[int], focus_lane: int | None, budget: int,
                    lane_limit: int) -> set[int]:
    order = sorted(range(len(counts)), key=lambda n: (n != focus_lane, counts[n]))
    chosen, spent = set(), 0
    for number in order:
        count = counts[number]
        if count > lane_limit or (spent + count > budget and number != focus_lane):
            continue
        chosen.add(number)
        spent += count
    return chosen


def _bin_rows(index: TimelineIndex, view: InView, lanes: list[int], bands: list[LaneBand],
              scale: TimeScale, frame: Frame, matches: np.ndarray | None) -> list[BinRow]:
    if not lanes:
        return []
    xs = np.arange(frame.left, frame.right + BIN_PIXELS, BIN_PIXELS)
    edges = scale.days(xs)
    table = bin_counts(index, view, lanes, edges)
    matched = bin_counts(index, view, lanes, edges, matches) if matches is not None else {}
    return [BinRow(lane, bands[lane].top + frame.lane_header, bands[lane].bottom, xs, edges,
                   table[lane], matched.get(lane)) for lane in lanes]


def _entries(items: list[TimelineItem], scale: TimeScale, frame: Frame) -> list[Entry]:
    entries = []
    for item in items:
        x0, x1 = mark_extent(item, scale)
        if x1 + POINT_RADIUS >= frame.left and x0 - POINT_RADIUS <= frame.right:
            entries.append((item, x0, x1))
    entries.sort(key=lambda entry: (entry[1], entry[0].index))
    return entries


def _clear_of(label: Label, text: str, mark: float, measure: Measure) -> Label:
    """A label inside a span, kept off the span's ◇ (a day from other reporting): the room on
    the side of the ◇ that shows more of it, or no label when neither has room."""
    keep_out = (mark - POINT_RADIUS - 3, mark + POINT_RADIUS + 3)
    end = label.x + label.width
    if end <= keep_out[0] or label.x >= keep_out[1]:
        return label
    before = elide(text, keep_out[0] - label.x, measure)
    after = elide(text, end - keep_out[1], measure)
    if len(after) > len(before):
        return Label(after, keep_out[1], measure(after) if after else 0.0, True)
    return Label(before, label.x, measure(before) if before else 0.0, True)


def _place(row: list[Entry], position: int, number: int, top: float, *, lane: int,
           scale: TimeScale, frame: Frame, measure: Measure) -> Placed:
    """The mark and label of the entry at ``position`` in row ``number`` of a lane whose rows
    begin at ``top``: its label ends before the next mark in its row begins."""
    item, x0, x1 = row[position]
    label = fit_label(row, position, measure, frame.left, frame.right)
    context = None if item.context_day is None else scale.x(item.context_day + 0.5)
    shape = (x0, x1) if context is None else _shape_extent(item, scale)
    if context is not None and label.inside:
        label = _clear_of(label, item.label, context, measure)
    reports = tuple(scale.x(day + 0.5) for day in item.reports)
    return Placed(item, lane, number, x0, x1, top + (number + 0.5) * frame.row_height,
                  label.text, label.x, label.width, label.inside, context, shape, reports)
