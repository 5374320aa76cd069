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
        self._document, self._canvas = document, canvas
        self._counts: tuple[tuple, np.ndarray, np.ndarray | None] | None = None
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Overview of the whole timeline"))
        self.setToolTip(self.tr("The whole timeline; click or drag to move the view"))
        canvas.viewport_changed.connect(self.update)
        document.timeline_changed.connect(self._forget)
        document.timeline_edited.connect(self._forget)
        document.filter_changed.connect(self._forget)
        document.selection_changed.connect(self._on_selection_changed)

    def _on_selection_changed(self, _index: int) -> None:
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, HEIGHT)

    def _forget(self) -> None:
        self._counts = None
        self.update()

    def strip_scale(self) -> TimeScale:
        first, last = self._canvas.full_range()
        return TimeScale.fitted(first, last, self.width(), margin=8,
                                warp=self._canvas.scale().warp)

    def _histogram(self, scale: TimeScale) -> tuple[np.ndarray, np.ndarray | None]:
        key = (self.width(), scale.origin, scale.px_per_day, scale.warp)
        if self._counts is None or self._counts[0] != key:
            days = self._canvas.first_days()
            edges = scale.days(np.arange(0, self.width() + COLUMN, COLUMN, dtype=np.float64))
            counts = np.histogram(np.clip(days, edges[0], edges[-1]), bins=edges)[0]
            mask = self._document.match_mask()
            matched = None if mask is None else np.histogram(
                np.clip(days[mask], edges[0], edges[-1]), bins=edges)[0]
            self._counts = (key, counts, matched)
        return self._counts[1], self._counts[2]

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
