"""Paints a computed canvas picture. Reads the layout; changes nothing.

Colours come from the widget's palette (so dark palettes work) plus one hue per event kind,
lightened or darkened to suit the palette's base colour.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from viewer.domain.timeline.layout import POINT_RADIUS
from viewer.qt.style.colors import mix
from viewer.qt.style.numbers import count
from viewer.qt.timeline.mark_paint import paint_bins, paint_items, paint_thread
from viewer.qt.timeline.picture import CanvasPicture


def paint_canvas(painter: QPainter, rect: QRectF, palette: QPalette,
                 picture: CanvasPicture) -> None:
    # Straight, pixel-aligned shapes (bands, bars, grid) need no antialiasing; marks turn it on.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    lanes_area = QRectF(0, picture.axis_height, rect.width(), rect.height() - picture.axis_height)
    painter.save()
    painter.setClipRect(lanes_area)
    painter.translate(0, -picture.scroll)  # lanes scroll under a fixed axis
    _paint_lanes(painter, rect, palette, picture)
    painter.translate(0, picture.scroll)
    _paint_eras(painter, rect, palette, picture)
    _paint_grid(painter, rect, palette, picture)
    _paint_breaks(painter, rect, palette, picture)
    if picture.today_x is not None and 0 <= picture.today_x <= rect.width():
        _paint_today(painter, rect, picture)
    painter.translate(picture.offset, -picture.scroll)
    # The layout covers more than the view (so panning can reuse it); paint only what shows.
    left, right = -picture.offset, rect.width() - picture.offset
    top, bottom = picture.scroll + picture.axis_height, picture.scroll + rect.height()
    paint_bins(painter, palette, picture, (left, right, top, bottom))
    paint_thread(painter, palette, picture)
    shown = [placed for placed in picture.layout.placed_between(top - 20, bottom + 20, left, right)
             if max(placed.x1, placed.label_x + placed.label_width) + POINT_RADIUS >= left
             and placed.x0 - POINT_RADIUS <= right and top - 20 <= placed.y <= bottom + 20]
    paint_items(painter, palette, picture, shown, (left, right))
    painter.restore()
    _paint_axis(painter, rect, palette, picture)
    if picture.focused:
        _paint_focus(painter, rect, palette)


def _paint_focus(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A frame in the highlight colour while the canvas has keyboard focus."""
    painter.save()
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.restore()


def _paint_lanes(painter: QPainter, rect: QRectF, palette: QPalette,
                 picture: CanvasPicture) -> None:
    painter.save()
    header_font = QFont(painter.font())
    header_font.setBold(True)
    header_font.setPointSizeF(header_font.pointSizeF() * 0.85)
    painter.setFont(header_font)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    top, bottom = picture.scroll + picture.axis_height, picture.scroll + rect.height()
    for number, lane in enumerate(picture.layout.lanes):
        if lane.bottom < top or lane.top > bottom:
            continue  # only the lanes in view cost anything
        band = QRectF(0, lane.top, rect.width(), lane.bottom - lane.top)
        if number % 2:
            painter.fillRect(band, alternate)
        name = lane.name
        if lane.aggregated:
            name = picture.dense_label.format(name=lane.name, count=count(lane.count))
        painter.drawText(QRectF(6, lane.top, rect.width() - 12, 15),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
    painter.restore()


def _paint_eras(painter: QPainter, rect: QRectF, palette: QPalette,
                picture: CanvasPicture) -> None:
    """Eras as bands behind the lanes, each named at the foot of the canvas."""
    if not picture.eras:
        return
    painter.save()
    font = QFont(painter.font())
    font.setItalic(True)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    painter.setFont(font)
    top = picture.axis_height
    for x0, x1, title, color in picture.eras:
        left, right = max(x0, 0.0), min(x1, rect.width())
        if right <= left:
            continue
        hue = QColor(color) if color else palette.color(QPalette.ColorRole.Highlight)
        band = QColor(hue)
        band.setAlpha(38)
        painter.fillRect(QRectF(left, top, right - left, rect.height() - top), band)
        edge = QColor(hue)
        edge.setAlpha(120)
        painter.setPen(QPen(edge, 1))
        for x in (x0, x1):
            if 0 <= x <= rect.width():
                painter.drawLine(QPointF(x, top), QPointF(x, rect.height()))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(left + 4, rect.height() - 18, max(right - left - 8, 0), 16),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                          int(max(right - left - 8, 0))))
    painter.restore()


def _paint_breaks(painter: QPainter, rect: QRectF, palette: QPalette,
                  picture: CanvasPicture) -> None:
    shade = QColor(palette.color(QPalette.ColorRole.Mid))
    shade = mix(shade, palette.color(QPalette.ColorRole.Base), 0.25)
    pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
    edge = _zigzag(picture.axis_height, rect.height())
    for x0, x1, _ in picture.breaks:
        painter.fillRect(QRectF(x0, picture.axis_height, x1 - x0, rect.height()), shade)
        painter.setPen(pen)
        for x in (x0, x1):
            painter.translate(x, 0)
            painter.drawPath(edge)
            painter.translate(-x, 0)


@functools.lru_cache(maxsize=8)
def _zigzag(top: float, bottom: float) -> QPainterPath:
    """The torn edge of an axis break at x = 0 (made once per canvas height, then moved)."""
    path = QPainterPath(QPointF(0, top))
    y, step = top, 6.0
    while y < bottom:
        path.lineTo(3 if int(y / step) % 2 else -3, y + step)
        y += step
    return path


def _paint_grid(painter: QPainter, rect: QRectF, palette: QPalette,
                picture: CanvasPicture) -> None:
    grid = QColor(palette.color(QPalette.ColorRole.Mid))
    for tick in picture.ticks:
        grid.setAlpha(110 if tick.major else 45)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(tick.x, picture.axis_height), QPointF(tick.x, rect.height()))


def _paint_axis(painter: QPainter, rect: QRectF, palette: QPalette,
                picture: CanvasPicture) -> None:
    axis = picture.axis_height
    grid = QColor(palette.color(QPalette.ColorRole.Mid))
    text = palette.color(QPalette.ColorRole.Text)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    metrics, free_from = painter.fontMetrics(), -1e9
    for x0, x1, label in picture.breaks:
        width = metrics.horizontalAdvance(label)
        left = (x0 + x1 - width) / 2
        if left >= free_from:  # breaks close together name only the first
            painter.drawText(QPointF(left, 13), label)
            free_from = left + width + 8
    for tick in picture.ticks:
        grid.setAlpha(110 if tick.major else 45)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(tick.x, axis - (14 if tick.major else 6)), QPointF(tick.x, axis))
        painter.setPen(text)
        painter.drawText(QPointF(tick.x + 3, axis - 5), tick.label)
        if tick.major_label:
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.drawText(QPointF(tick.x + 3, axis - 21), tick.major_label)
            painter.restore()
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.drawLine(QPointF(0, axis), QPointF(rect.width(), axis))


def _paint_today(painter: QPainter, rect: QRectF, picture: CanvasPicture) -> None:
    red = QColor(220, 50, 47)
    painter.setPen(QPen(red, 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(picture.today_x, picture.axis_height), QPointF(picture.today_x,
                                                                           rect.height()))
    painter.setPen(red)
    painter.drawText(QPointF(picture.today_x + 3, picture.axis_height + 12), picture.today_label)
