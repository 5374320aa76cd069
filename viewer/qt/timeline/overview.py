"""The overview strip: the whole story in one line, with the canvas's visible window on it.

Events are counted per pixel column (a numpy histogram, redone only when the data, the size or
the warp changes), so the strip costs the same for 18 events or 100,000. Clicking or dragging
centres the canvas there. The strip uses the canvas's warp, so compressed years look
compressed here too.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.domain.timeline.timescale import TimeScale
from viewer.qt.document.document import TimelineDocument
from viewer.qt.timeline.canvas import TimelineCanvas

HEIGHT = 30
COLUMN = 3  # pixels per counted column


class OverviewStrip(QWidget):
    """Draws event density over the full range and the canvas window as a frame."""

    def __init__(self, document: TimelineDocument, canvas: TimelineCanvas,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills itself first
        self._document, self._canvas = document, canvas
        # The strip's bins: the key they were made for, their edges, each event's column
        # and the counts; and the counts of the search's matches (made from the same columns).
        self._bins: tuple[tuple, np.ndarray, np.ndarray, np.ndarray] | None = None
        self._matched: np.ndarray | None = None
        self._matched_known = False
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Overview of the whole timeline"))
        self.setToolTip(self.tr("The whole timeline; click or drag to move the view"))
        canvas.viewport_changed.connect(self.update)
        document.timeline_changed.connect(self._forget)
        document.timeline_edited.connect(self._on_edited)
        document.filter_changed.connect(self._forget_matches)
        document.selection_changed.connect(self._on_selection_changed)

    def _on_selection_changed(self, _index: int) -> None:
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, HEIGHT)

    def _forget(self) -> None:
        self._bins = None
        self._forget_matches()

    def _forget_matches(self) -> None:
        self._matched, self._matched_known = None, False
        self.update()

    def _on_edited(self) -> None:
        """An edit moves a few events between columns: their counts are moved, not all
        100,000 events binned again."""
        opened, bins = self._document.opened, self._bins
        change = opened.change if opened is not None else None
        if bins is None or change is None:
            self._forget()
            return
        key, edges, column, counts = bins
        counts, rows = counts.copy(), np.array(change.rows, dtype=np.int64)
        if change.kind in ("replace", "remove"):
            np.subtract.at(counts, column[rows], 1)
        if change.kind == "remove":
            column = np.delete(column, rows)
        else:
            moved = _columns(self._canvas.first_days()[rows], edges)
            np.add.at(counts, moved, 1)
            if change.kind == "append":
                column = np.concatenate((column, moved))
            elif change.kind == "insert":
                column = np.insert(column, rows[0], moved)
            else:
                column = column.copy()
                column[rows] = moved
        self._bins = (key, edges, column, counts)
        self._forget_matches()

    def strip_scale(self) -> TimeScale:
        first, last = self._canvas.full_range()
        return TimeScale.fitted(first, last, self.width(), margin=8,
                                warp=self._canvas.scale().warp)

    def _histogram(self, scale: TimeScale) -> tuple[np.ndarray, np.ndarray | None]:
        key = (self.width(), scale.origin, scale.px_per_day, scale.warp)
        days = self._canvas.first_days()
        if self._bins is None or self._bins[0] != key or len(self._bins[2]) != len(days):
            edges = scale.days(np.arange(0, self.width() + COLUMN, COLUMN, dtype=np.float64))
            column = _columns(days, edges)
            self._bins = (key, edges, column, np.bincount(column, minlength=len(edges) - 1))
            self._matched_known = False
        _, edges, column, counts = self._bins
        if not self._matched_known:
            mask = self._document.match_mask()
            self._matched = None if mask is None else \
                np.bincount(column[mask], minlength=len(edges) - 1)
            self._matched_known = True
        return counts, self._matched

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        scale = self.strip_scale()
        counts, matched = self._histogram(scale)
        ink = QColor(palette.color(QPalette.ColorRole.Text))
        ink.setAlpha(110 if matched is not None else 170)
        _bars(painter, counts, ink)
        if matched is not None:
            _bars(painter, matched, palette.color(QPalette.ColorRole.Highlight))
        selected = self._document.selected
        if selected >= 0:
            x = scale.x(self._canvas.first_days()[selected])
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
            painter.drawLine(QPointF(x, 2), QPointF(x, HEIGHT - 2))
        first, last = self._canvas.visible_days()
        frame = QRectF(scale.x(first), 1, max(scale.x(last) - scale.x(first), 3), HEIGHT - 2)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(highlight, 1.5))
        highlight.setAlpha(40)
        painter.setBrush(highlight)
        painter.drawRect(frame)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._move_to(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(event)

    def _move_to(self, event: QMouseEvent) -> None:
        self._canvas.center_on(self.strip_scale().day(event.position().x()))


def _columns(days: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """The strip column of each day (days before the first edge in the first column, after
    the last in the last)."""
    return np.clip(np.searchsorted(edges, days, side="right") - 1, 0, len(edges) - 2)


def _bars(painter: QPainter, counts: np.ndarray, color: QColor) -> None:
    """One bar per pixel column with events; height grows with the log of the count."""
    if not counts.any():
        return
    heights = np.log1p(counts) / np.log1p(counts.max()) * (HEIGHT - 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for column in np.flatnonzero(counts).tolist():
        height = max(4.0, float(heights[column]))
        painter.drawRect(QRectF(column * COLUMN, HEIGHT - 3 - height, COLUMN - 1, height))
