"""Keeps the canvas layout for a zoom level and reuses it while the view pans.

A layout is made for three view widths (one either side of the view) and three view heights.
Panning at the same zoom only moves every mark by the same number of pixels, so until the view
leaves that area the painter translates the old layout instead of making a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.items import Placement
from viewer.domain.timeline.lane_packing import ELLIPSIS, Measure
from viewer.domain.timeline.layout import Frame, LaneMemo, Layout, layout_timeline
from viewer.domain.timeline.timescale import TimeScale

MOST_CUTS = 200_000  # kept label cuts, before they are let go


class LabelWidths:
    """Text widths by label, so each label is measured once per font, not per layout."""

    def __init__(self) -> None:
        self._widths: dict[str, float] = {}
        self._cuts: dict[tuple[str, float], str] = {}
        self._characters: dict[str, float] = {}
        self._font = ""

    def measure(self, font: QFont) -> Measure:
        if font.key() != self._font or len(self._cuts) > MOST_CUTS:
            self._widths.clear()
            self._cuts.clear()
            self._characters.clear()
            self._font = font.key()
        return _Widths(self._widths, self._cuts, self._characters, QFontMetricsF(font))


class _Widths:
    """A :data:`~viewer.domain.timeline.lane_packing.Measure` with the font's own elision:
    a label cut to its room is measured once by the font engine, not once per halving (a lane
    of 250 new labels took 1,900 measurements)."""

    def __init__(self, widths: dict[str, float], cuts: dict[tuple[str, float], str],
                 characters: dict[str, float], metrics: QFontMetricsF) -> None:
        self._widths, self._cuts, self._metrics = widths, cuts, metrics
        self._characters = characters
        self._advance = metrics.horizontalAdvance

    def __call__(self, text: str) -> float:
        value = self._widths.get(text)
        if value is None:
            value = self._widths[text] = self._advance(text)
        return value

    def about(self, text: str) -> float:
        """The width of ``text`` without shaping it: its characters' widths added up, so
        kerning (which mostly narrows) is left out: 0 to 7 pixels wider than shaped on 3,000
        labels of 80 characters. Packing rows asks this of every label in three view widths
        (a quarter of the time); only the labels drawn are shaped."""
        value = self._widths.get(text)
        if value is not None:
            return value
        try:
            return sum(map(self._characters.__getitem__, text))
        except KeyError:
            for character in set(text) - self._characters.keys():
                self._characters[character] = self._advance(character)
            return sum(map(self._characters.__getitem__, text))

    def shorten(self, text: str, available: float) -> str:
        """The start of ``text`` the font engine keeps before its ellipsis in ``available``
        (kept: a lane laid out again at the same zoom asks for the same cuts)."""
        key = (text, available)
        start = self._cuts.get(key)
        if start is None:
            start = self._cuts[key] = self._shortened(text, available)
        return start

    def _shortened(self, text: str, available: float) -> str:
        cut = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
        if cut == text:
            return text
        # The engine rounds to whole pixels and may keep a character less than halving would
        # (rarely; looking for it cost one more measurement per cut label).
        return next((cut[:-len(e)] for e in (ELLIPSIS, "...") if cut.endswith(e)), "")


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

    def last(self) -> Layout | None:
        """The layout made last, if it is still kept."""
        return self._made.layout if self._made is not None else None

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
            if abs(offset) < 0.9 * width:
                if abs(scroll - made.scroll) < 0.9 * height:
                    return made.layout, offset
                # Scrolled to other lanes: the same lanes, other rows placed.
                layout = made.layout.scrolled(scroll - height, scroll + 2 * height)
                self._made = _Made(layout, zoom, made.origin, scroll)
                return layout, offset
        frame = Frame(left=-width, right=2 * width, top=top, rows_from=scroll - height,
                      rows_to=scroll + 2 * height)
        layout = layout_timeline(self.index, scale, frame, self.widths.measure(font),
                                 focus_lane=focus_lane, matches=matches[1] if matches else None,
                                 memo=self.lanes, measure_key=font.key())
        self._made = _Made(layout, zoom, scale.origin, scroll)
        self.made_count += 1
        return layout, 0.0
