"""Packing one lane's events into rows, then fitting their labels.

Rows are assigned greedily in time order so that each mark with its full label fits; when a
lane would need more than ``MAX_ROWS`` rows, events share the row that frees up first and their
labels yield. Labels are then elided to the room before the next mark in their row, or dropped
when too little is left, so that no two labels ever overlap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from viewer.domain.timeline.items import TimelineItem

# The width of a text in pixels. A measure may also have ``shorten(text, available)``: the
# longest start of ``text`` that fits in ``available`` pixels with an ellipsis (as the font
# engine finds it in one call); without it, :func:`elide` finds it by halving. And it may have
# ``about(text)``: a quicker width, seldom less than the true one, which packing rows uses
# (labels are fitted with the true widths, so they never overlap either way).
Measure = Callable[[str], float]
Entry = tuple[TimelineItem, float, float]  # the item and its mark's pixel extent

POINT_RADIUS = 5.0
GAP = 8.0
MIN_LABEL = 28.0
ELLIPSIS = "…"
MAX_ROWS = 40


class Label(NamedTuple):
    text: str
    x: float
    width: float
    inside: bool


def pack_rows(entries: list[Entry], measure: Measure, left: float) -> list[list[Entry]]:
    """Entries (sorted by x0) in rows; a row holds marks whose full labels do not collide."""
    ends: list[float] = []
    rows: list[list[Entry]] = []
    measure = getattr(measure, "about", measure)
    for entry in entries:
        item, x0, x1 = entry
        row = next((r for r, end in enumerate(ends) if x0 - POINT_RADIUS >= end), None)
        if row is None and len(rows) < MAX_ROWS:
            ends.append(-1e12)
            rows.append([])
            row = len(rows) - 1
        elif row is None:  # no row has room: share the one that frees up first, labels yield
            row = min(range(len(ends)), key=ends.__getitem__)
        ends[row] = _occupied_to(item, x0, x1, measure, left)
        rows[row].append(entry)
    return rows or [[]]


def _occupied_to(item: TimelineItem, x0: float, x1: float, measure: Measure,
                 left: float) -> float:
    width = measure(item.label)
    if item.point:
        return x1 + POINT_RADIUS + 4 + width + GAP
    if x1 - max(x0, left) - 8 >= width:  # the label fits inside the span
        return x1 + POINT_RADIUS + GAP
    return x1 + 6 + width + GAP


def fit_label(row: list[Entry], position: int, measure: Measure, left: float,
              right: float) -> Label:
    """The label of the entry at ``position`` in its row, ending before the next mark begins
    (or at ``right``)."""
    item, x0, x1 = row[position]
    limit = right
    if position + 1 < len(row):
        limit = min(limit, row[position + 1][1] - POINT_RADIUS - GAP)
    return _best_label(item, x0, x1, limit, measure, left)


def _best_label(item: TimelineItem, x0: float, x1: float, limit: float, measure: Measure,
                left: float) -> Label:
    """The label beside the mark, or inside a span when that shows more of it."""
    beside_x = x1 + (POINT_RADIUS + 4 if item.point else 6)
    beside = elide(item.label, limit - beside_x, measure)
    best = Label(beside, beside_x, measure(beside) if beside else 0.0, False)
    if item.point or len(beside) == len(item.label):
        return best
    inside_x = max(x0, left) + 4
    inside = elide(item.label, min(x1 - 4, limit) - inside_x, measure)
    if len(inside) > len(beside):
        return Label(inside, inside_x, measure(inside), True)
    return best


def elide(text: str, available: float, measure: Measure) -> str:
    """``text`` cut with an ellipsis to fit ``available`` pixels; "" if too little room."""
    if available < MIN_LABEL:
        return ""
    if measure(text) <= available:
        return text
    shorten = getattr(measure, "shorten", None)
    if shorten is not None:
        start = shorten(text, available).rstrip()
        if len(start) >= 3 and measure(start + ELLIPSIS) <= available:
            return start + ELLIPSIS
        if len(start) < 3:
            return ""
    low, high = 0, len(text)  # no shortening, or it came out too wide: by halving
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= available:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low >= 3 else ""
