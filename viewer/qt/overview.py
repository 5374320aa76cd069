"""The overview strip: the whole story in one line, with the canvas's visible window on it.

Clicking or dragging in the strip centres the canvas there. The strip uses the canvas's own
warp, so the compressed years look compressed here too.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.domain.layout import mark_extent
from viewer.domain.timescale import TimeScale
from viewer.qt.canvas import TimelineCanvas
from viewer.qt.canvas_paint import kind_color
from viewer.qt.document import TimelineDocument

HEIGHT = 30


class OverviewStrip(QWidget):
    """Draws every event as a tick over the full range and the canvas window as a frame."""

    def __init__(self, document: TimelineDocument, canvas: TimelineCanvas,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document, self._canvas = document, canvas
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Overview of the whole timeline"))
        self.setToolTip(self.tr("The whole timeline; click or drag to move the view"))
        canvas.viewport_changed.connect(self.update)
        document.filter_changed.connect(self.update)
        document.selection_changed.connect(lambda _: self.update())

    def sizeHint(self) -> QSize:
        return QSize(600, HEIGHT)

    def strip_scale(self) -> TimeScale:
        first, last = self._canvas.full_range()
        return TimeScale.fitted(first, last, self.width(), margin=8,
                                warp=self._canvas.scale().warp)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        scale = self.strip_scale()
        document = self._document
        for item, event_data in zip(document.items, document.events, strict=True):
            x0, x1 = mark_extent(item, scale)
            color = kind_color(event_data.kind.value, palette)
            if not document.is_match(item.index):
                color.setAlpha(50)
            painter.setPen(QPen(color, 3 if item.index == document.selected else 1.5))
            painter.drawLine(QPointF(x0, 8), QPointF(max(x1, x0 + 1), 8))
            painter.drawLine(QPointF(x0, 5), QPointF(x0, 11))
        first, last = self._canvas.visible_days()
        frame = QRectF(scale.x(first), 2, max(scale.x(last) - scale.x(first), 3), HEIGHT - 4)
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
