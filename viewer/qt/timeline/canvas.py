"""The timeline canvas: a thin widget over the pure time scale, layout and painter.

Zoom and pan make a new :class:`TimeScale` and drop the cached layout; the layout is computed
once before a paint and reused for hit-testing. Input handlers translate gestures into one call
on the scale or the document and nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMenu, QScrollBar, QSizePolicy, QWidget

from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.layout import Layout, mark_extent
from viewer.domain.timeline.ticks import axis_ticks
from viewer.domain.timeline.timescale import IDENTITY, TimeScale, Warp
from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.numbers import ui_language
from viewer.qt.timeline.canvas_input import CanvasInput
from viewer.qt.timeline.canvas_layout import CanvasLayouts
from viewer.qt.timeline.canvas_paint import paint_canvas
from viewer.qt.timeline.picture import CanvasPicture

AXIS_HEIGHT = 46.0


class TimelineCanvas(CanvasInput, QWidget):
    """Draws the document's events on a time axis; emits ``viewport_changed`` on zoom/pan."""

    viewport_changed = Signal()

    def __init__(self, document: TimelineDocument, now: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opaque: the paint fills the whole widget first, so Qt need not paint the window,
        # splitters and tabs under it whenever it repaints (a test checks every pixel).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._document = document
        self._now = now
        self._grouping, self._compress, self._axis = "actor", True, "event"
        self._warp: Warp = IDENTITY
        self._layouts = CanvasLayouts()
        self._match_mask: tuple[int, np.ndarray] | None = None  # (answer number, mask)
        self._scale: TimeScale | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self._fitted = True
        # What a context menu offers for an event; the window that composes the views sets it.
        self.fill_event_menu: Callable[[QMenu, int], None] = lambda menu, index: None
        self._vbar = QScrollBar(Qt.Orientation.Vertical, self)
        # Its own ground: else each change of its range repainted the canvas under it, every
        # mark and label again, for a strip 14 pixels wide.
        self._vbar.setAutoFillBackground(True)
        self._vbar.hide()
        self._vbar.valueChanged.connect(self._relayout)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Timeline canvas"))
        self.grabGesture(Qt.GestureType.PinchGesture)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.timeline_edited.connect(self._on_timeline_edited)
        document.selection_changed.connect(self._on_selection_changed)
        document.filter_changed.connect(self._on_filter_changed)

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    # --- state -------------------------------------------------------------------------------

    @property
    def grouping(self) -> str:
        return self._grouping

    @property
    def compressed(self) -> bool:
        return self._compress

    @property
    def fitted(self) -> bool:
        """Whether the view shows every event (fitted, not zoomed or panned since)."""
        return self._fitted

    @property
    def warp(self) -> Warp:
        """How the axis compresses quiet stretches (the identity when it does not)."""
        return self._warp

    def items(self):
        """The document's events as placed on the current time axis."""
        return self._document.items_on(self._axis)

    @property
    def axis(self) -> str:
        return self._axis

    def set_axis(self, axis: str) -> None:
        """"event": when things happened; "reported": when the reports said so."""
        self._axis = axis
        self._on_timeline_changed()

    def scale(self) -> TimeScale:
        if self._scale is None:
            self._scale = self._fitted_scale()
        return self._scale

    def set_scale(self, scale: TimeScale, *, fitted: bool = False) -> None:
        self._document.pacer.hold()  # work in the background gives way meanwhile
        self._fitted = fitted
        self._scale = scale
        self._relayout()
        self.viewport_changed.emit()

    def set_grouping(self, grouping: str) -> None:
        self._grouping = grouping
        self._layouts.set_index(self._lane_index())
        self._relayout()

    def _lane_index(self) -> TimelineIndex:
        opened = self._document.opened
        if opened is None:
            return TimelineIndex(self.items(), self._grouping)
        return opened.lane_index(self._axis, self._grouping)

    def _axis_warp(self) -> Warp:
        opened = self._document.opened
        return opened.warp(self._axis) if opened is not None and self._compress else IDENTITY

    def set_compressed(self, on: bool) -> None:
        self._compress = on
        self._warp = self._axis_warp()
        if self._fitted:
            self.fit_all()
        else:
            self.set_scale(self.scale().with_warp(self._warp, self.width()))

    def first_days(self):
        """Each event's first day (or last, for an open start), by event index."""
        return self._layouts.index.first_days

    def full_range(self) -> tuple[float, float]:
        if self._layouts.index.full_range is None:
            today = float(self._now.toordinal())
            return today - 30, today + 30
        return self._layouts.index.full_range

    # --- zoom and pan ------------------------------------------------------------------------

    def fit_all(self) -> None:
        self.set_scale(self._fitted_scale(), fitted=True)

    def _fitted_scale(self) -> TimeScale:
        first, last = self.full_range()
        if self._axis == "reported":
            # Reports come out on a few days; the last day's events need room for labels.
            last += (last - first) * 0.55
        return TimeScale.fitted(first, last, max(self.width(), 200), warp=self._warp)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_scale(self.scale().zoomed(factor, self.width() / 2 if anchor_x is None
                                           else anchor_x))

    def pan(self, dx: float) -> None:
        self.set_scale(self.scale().panned(dx))

    def center_on(self, day: float) -> None:
        self.pan(self.width() / 2 - self.scale().x(day))

    def visible_days(self) -> tuple[float, float]:
        return self.scale().day(0), self.scale().day(self.width())

    def zoom_to_selection(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        first = item.start if item.start is not None else item.end - 30
        last = item.end if item.end is not None else (item.known_until or first + 30)
        if last - first < 28:
            middle = (first + last) / 2
            first, last = middle - 14, middle + 14
        self.set_scale(TimeScale.fitted(first, last, self.width(), margin=120, warp=self._warp))

    def _selected_item(self):
        index = self._document.selected
        return self.items()[index] if index >= 0 else None

    # --- layout and painting -----------------------------------------------------------------

    def forget_layout(self) -> None:
        """Drops the kept layout; the next frame makes a new one (benchmarks use this)."""
        self._layouts.forget()
        self._relayout()

    def current_layout(self) -> Layout:
        return self._layout_and_offset()[0]

    def layout_offset(self) -> float:
        """How far the current layout is drawn to the right of where it was made."""
        return self._layout_and_offset()[1]

    def _layout_and_offset(self) -> tuple[Layout, float]:
        return self._layouts.layout(self.scale(), float(self.width()), float(self.height()),
                                    self.scroll_offset(), AXIS_HEIGHT + 4, self.font(),
                                    self._document.selected, self._match_mask)

    def _relayout(self) -> None:
        """Lays out before painting (never during it) and sizes the vertical scroll bar."""
        layout = self.current_layout()
        overflow = max(0, int(layout.bottom + 6 - self.height()))
        self._vbar.blockSignals(True)  # setRange may move the value; that needs no new layout
        self._vbar.setRange(0, overflow)
        self._vbar.blockSignals(False)
        self._vbar.setPageStep(max(1, self.height() - int(AXIS_HEIGHT)))
        self._vbar.setSingleStep(int(layout.row_height))
        self._vbar.setVisible(overflow > 0)
        width = self._vbar.sizeHint().width()
        self._vbar.setGeometry(self.width() - width, int(AXIS_HEIGHT), width,
                               self.height() - int(AXIS_HEIGHT))
        self.update()

    def scroll_offset(self) -> float:
        return float(self._vbar.value())

    def picture(self) -> CanvasPicture:
        scale = self.scale()
        language = ui_language()
        breaks = [(scale.x(b.start), scale.x(b.end), _gap_label(b.end - b.start, language))
                  for b in self._warp.breaks]
        today = float(self._now.toordinal()) + 0.5
        return CanvasPicture(
            layout=self.current_layout(), offset=self.layout_offset(),
            ticks=axis_ticks(scale, self.width(), language=language), breaks=breaks,
            today_x=None if self._warp.gap_at(today) else scale.x(today),
            axis_height=AXIS_HEIGHT, selected=self._document.selected,
            matches=self._document.matches,
            today_label=self.tr("today"), scroll=self.scroll_offset(),
            dense_label=self.tr("{name} · {count} events, counted; click a bar to zoom in"),
            thread=self._thread_points(), focused=self.hasFocus(), eras=self._eras(scale))

    def _eras(self, scale) -> tuple[tuple[float, float, str, str | None], ...]:
        opened = self._document.opened
        if opened is None:
            return ()
        return tuple((scale.x(float(era.start.toordinal())),
                      scale.x(float(era.end.toordinal()) + 1.0), era.title, era.color)
                     for era in opened.timeline.eras)

    def _thread_points(self) -> tuple[tuple[float, float], ...]:
        layout = self.current_layout()
        points = []
        for index in self._document.thread_of(self._document.selected):
            placed = layout.find(index, self._layouts.index.lane_of[index])
            if placed is not None:
                points.append((placed.shape[0] if not placed.is_point else placed.x0, placed.y))
        return tuple(points)

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self)
        paint_canvas(painter, QRectF(self.rect()), self.palette(), self.picture())
        painter.end()

    def focusInEvent(self, event: QEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus frame

    def focusOutEvent(self, event: QEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        shown = self._selection_shown(event.oldSize().width(), event.oldSize().height())
        self._layouts.forget()
        if self._fitted and self._scale is not None:
            self.fit_all()  # a view nobody zoomed yet keeps showing everything
        else:
            self._relayout()
        if shown:  # rows packed for another width may put it elsewhere: it stays in view
            self._on_selection_changed(self._document.selected)

    def _selection_shown(self, width: int, height: int) -> bool:
        """Whether the selected event's mark was in view in the layout made last, before a
        resize (``width`` and ``height``: the view's size then); one the user panned or
        scrolled away from stays where it is."""
        made, index, item = self._layouts.last(), self._document.selected, self._selected_item()
        if made is None or item is None or height <= 0 or self._scale is None:
            return False
        x0, x1 = mark_extent(item, self._scale)
        if x1 < 0 or x0 > width:
            return False
        lanes = self._layouts.index.lane_of
        placed = made.find(index, int(lanes[index])) if index < len(lanes) else None
        value = self._vbar.value()
        return placed is not None and value + AXIS_HEIGHT <= placed.y <= value + height

    # --- document signals --------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        """Counted bars show how many of their events match the search."""
        self._match_mask = self._document.numbered_match_mask()
        self._relayout()

    def _on_timeline_changed(self) -> None:
        self._layouts.set_index(self._lane_index())
        self._warp = self._axis_warp()
        self.fit_all()

    def _on_timeline_edited(self) -> None:
        """An edit: the view stays where the user has it (a new timeline is fitted)."""
        self._layouts.set_index(self._lane_index(), edited=True)
        warp = self._axis_warp()
        if warp == self._warp:  # the same breaks: the view is kept exactly as it was
            self._relayout()
            return
        self._warp = warp
        old = self._scale
        if old is not None:  # the same day at the left edge, under the new axis breaks
            self._scale = TimeScale(self._warp.to_virtual(old.day(0)), old.px_per_day,
                                    self._warp)
        self._relayout()

    def _on_selection_changed(self, index: int) -> None:
        item = self._selected_item()
        if item is not None:
            x0, x1 = mark_extent(item, self.scale())
            margin = 60
            if x1 < margin or x0 > self.width() - margin:
                if x1 - x0 < self.width() - 2 * margin:
                    self.pan(self.width() / 2 - (x0 + x1) / 2)
                else:
                    self.pan(margin - x0)
            self._reveal(index)
            self._scroll_to_row(index)
        self.update()
        self.setAccessibleDescription(self._document.selected_event().title if item else "")

    def _reveal(self, index: int) -> None:
        """An event counted in a dense bar is zoomed to, so that it is drawn on its own: the
        view is set to the days that hold a labelable number of its lane's events."""
        lane = self._layouts.index.lane_of[index]
        if not self.current_layout().lanes[lane].aggregated:
            return
        first, last = self._layouts.index.neighbourhood(index, max(8, self.width() // 20))
        if (last - first) * self.scale().px_per_day > self.width():
            self.set_scale(TimeScale.fitted(first, last, self.width(), margin=0,
                                            warp=self._warp))
        for _ in range(8):  # rarely needed: many events of one lane on one day
            x0, x1 = mark_extent(self.items()[index], self.scale())
            self.pan(self.width() / 2 - (x0 + x1) / 2)
            if not self.current_layout().lanes[lane].aggregated:
                return
            self.zoom(4.0, self.width() / 2)

    def _scroll_to_row(self, index: int) -> None:
        lane = self._layouts.index.lane_of[index]
        band, value = self.current_layout().lanes[lane], self._vbar.value()
        if band.bottom < value + AXIS_HEIGHT or band.top > value + self.height():
            # Its lane is out of view: go there before anything is placed where the view was.
            self._vbar.setValue(int(band.top - AXIS_HEIGHT))
        placed = self.current_layout().find(index, lane)
        if placed is None:  # its lane is laid out only in height so far: go there first
            band = self.current_layout().lanes[lane]
            self._vbar.setValue(int(band.top - AXIS_HEIGHT))
            placed = self.current_layout().find(index, lane)
        if placed is None:
            return
        row, value = self.current_layout().row_height, self._vbar.value()
        if placed.y - row < value + AXIS_HEIGHT:
            self._vbar.setValue(int(placed.y - row - AXIS_HEIGHT))
        elif placed.y + row > value + self.height():
            self._vbar.setValue(int(placed.y + row - self.height()))

    def hit(self, x: float, y: float):
        """The placed event under a point of the widget, if any."""
        if y < AXIS_HEIGHT:
            return None
        return self.current_layout().hit(x - self.layout_offset(), y + self.scroll_offset())

    def bin_at(self, x: float, y: float):
        """The bar of counted events under a point of the widget, if any."""
        if y < AXIS_HEIGHT:
            return None
        return self.current_layout().bin_at(x - self.layout_offset(), y + self.scroll_offset())

    def zoom_to_events(self, indices: list[int]) -> None:
        """Shows the days from the first of these events to the end of the last."""
        items = self.items()
        firsts = [items.first_days[i] for i in indices]
        lasts = [min(items.last_days[i], (items.known_until[i] if items.known_until[i] ==
                                          items.known_until[i] else items.first_days[i] + 1))
                 for i in indices]
        if firsts:
            self.set_scale(TimeScale.fitted(float(min(firsts)), float(max(lasts)), self.width(),
                                            margin=120, warp=self._warp))

    def zoom_to_days(self, first: float, last: float) -> None:
        """Shows the days ``first``..``last`` across the middle third of the canvas."""
        self.set_scale(TimeScale.fitted(first, last, self.width(), margin=self.width() / 3,
                                        warp=self._warp))

    def item_position(self, index: int) -> QPointF | None:
        """Where an event's mark is drawn in widget coordinates (for tests and accessibility)."""
        lanes = self._layouts.index.lane_of
        placed = self.current_layout().find(index, lanes[index] if 0 <= index < len(lanes)
                                            else None)
        if placed is None:
            return None
        offset = self.layout_offset()
        left, right = max(placed.x0 + offset, 0.0), min(placed.x1 + offset, float(self.width()))
        return QPointF((left + right) / 2, placed.y - self.scroll_offset())


def _gap_label(days: float, language: str = "en") -> str:
    """How much an axis break leaves out: "≈ 6 y", "≈ 5 mo" ("≈ 6 J.", "≈ 5 Mon.")."""
    years = days / 365.25
    year, month = ("J.", "Mon.") if language == "de" else ("y", "mo")
    return f"≈ {years:.0f} {year}" if years >= 1.5 else f"≈ {days / 30.44:.0f} {month}"
