"""Keeps the canvas layout for a zoom level and reuses it while the view pans.

A layout is made for three view widths (one either side of the view) and three view heights.
Panning at the same zoom only moves every mark by the same number of pixels, so until the view
leaves that area the painter translates the old layout instead of making a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.items import Placement
from viewer.domain.timeline.lane_packing import Measure
from viewer.domain.timeline.layout import Frame, LaneMemo, Layout, layout_timeline
from viewer.domain.timeline.timescale import TimeScale


class LabelWidths:
    """Text widths by label, so each label is measured once per font, not per layout."""

    def __init__(self) -> None:
        self._widths: dict[str, float] = {}
        self._font = ""

    def measure(self, font: QFont) -> Measure:
        if font.key() != self._font:
            self._widths.clear()
            self._font = font.key()
        widths, advance = self._widths, QFontMetricsF(font).horizontalAdvance

        def width(text: str) -> float:
            value = widths.get(text)
            if value is None:
                value = widths[text] = advance(text)
            return value
        return width


@dataclass(frozen=True)
class _Made:
    layout: Layout
    zoom: tuple  # px_per_day, warp, view width, view height: what a pan does not change
    origin: float
    scroll: float


class CanvasLayouts:
    """Hands out the layout for a view, with the x offset to draw it at."""

    def __init__(self) -> None:
        self.index = TimelineIndex(Placement.empty(), "actor")
        self.widths = LabelWidths()
        self._made: _Made | None = None
        self.made_count = 0  # layouts made so far; a pan should not add any
        self.lanes = LaneMemo()

    def set_index(self, index: TimelineIndex, *, edited: bool = False) -> None:
        """A new index; after an edit (``edited``) the lanes it left alone are reused."""
        self.index = index
        self._made = None
        if not edited:
            self.lanes = LaneMemo()

    def forget(self) -> None:
        """Drops what was laid out: the next layout is made from scratch."""
        self._made = None
        self.lanes = LaneMemo()

    def layout(self, scale: TimeScale, width: float, height: float, scroll: float, top: float,
               font: QFont, focus: int = -1,
               matches: tuple[int, np.ndarray] | None = None) -> tuple[Layout, float]:
        """The layout for this view and its x offset; ``focus`` is the selected event, whose
        lane is laid out in detail first."""
        focus_lane = self.index.lane_of[focus] if 0 <= focus < len(self.index.lane_of) else None
        zoom = (scale.px_per_day, scale.warp, width, height, focus_lane,
                matches[0] if matches else None)
        made = self._made
        if made is not None and made.zoom == zoom:
            offset = (made.origin - scale.origin) * scale.px_per_day
            if abs(offset) < 0.9 * width and abs(scroll - made.scroll) < 0.9 * height:
                return made.layout, offset
        frame = Frame(left=-width, right=2 * width, top=top, rows_from=scroll - height,
                      rows_to=scroll + 2 * height)
        layout = layout_timeline(self.index, scale, frame, self.widths.measure(font),
                                 focus_lane=focus_lane, matches=matches[1] if matches else None,
                                 memo=self.lanes, measure_key=font.key())
        self._made = _Made(layout, zoom, scale.origin, scroll)
        self.made_count += 1
        return layout, 0.0
