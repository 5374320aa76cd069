"""Paints what stands on the lanes: event marks and labels, counted bars, story lines.

Called by :func:`viewer.qt.timeline.canvas_paint.paint_canvas` with the painter already
translated to layout coordinates; like it, it only reads the layout.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QStaticText,
)

from viewer.domain.timeline.layout import FADE, POINT_RADIUS, Placed
from viewer.qt.style.colors import kind_color, mix
from viewer.qt.timeline.picture import CanvasPicture

SPAN_HEIGHT = 12.0
FADE_STOP = 0.12


def paint_items(painter: QPainter, palette: QPalette, picture: CanvasPicture,
                shown: list[Placed], view: tuple[float, float]) -> None:
    """The marks of the events in view, then their labels over them (the labels with one font
    and pen set once, not saved and restored per event)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for placed in shown:
        _paint_mark(painter, palette, picture, placed, view)
    painter.setOpacity(1.0)
    regular = QFont(painter.font())
    bold = QFont(regular)
    bold.setBold(True)
    painter.setFont(regular)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    today = picture.today_x
    halo = QColor(palette.color(QPalette.ColorRole.Base))
    halo.setAlpha(225)
    ascent = QFontMetricsF(regular).ascent()  # a laid-out text is placed by its top
    for placed in shown:
        if not placed.label:
            continue
        item = placed.item
        dimmed = picture.matches is not None and item.index not in picture.matches
        selected = item.index == picture.selected
        painter.setOpacity(0.22 if dimmed else 1.0)
        if selected:
            painter.setFont(bold)
        x, text = _label_in_view(painter, placed, view)
        if selected and text:  # bold is wider than the room the label was fitted to
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                    math.ceil(placed.label_width))
        if today is not None and text and \
                x - 2 <= today - picture.offset <= x + placed.label_width + 2:
            width = placed.label_width if text == placed.label and not selected else \
                painter.fontMetrics().horizontalAdvance(text)  # cut in view, or in bold
            _halo_under_today(painter, halo, x, placed.y, width, today - picture.offset)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        laid_out = _TEXTS.get(text, selected)
        if laid_out is None:  # first seen: laying it out would cost more than drawing it once
            painter.drawText(QPointF(x, placed.y + 4.5), text)
        else:
            painter.drawStaticText(QPointF(x, placed.y + 4.5 - ascent), laid_out)
        if selected:
            painter.setFont(regular)
    painter.setOpacity(1.0)


class _LaidOutTexts:
    """Labels laid out once (:class:`QStaticText`), by text and weight: a frame mostly draws
    the labels of the frame before it (a pan, an edit elsewhere, undo), and a laid-out text
    draws in two thirds of the time of ``drawText`` (the same glyphs; an edge pixel may differ
    by a shade where a label starts between pixels). A label is laid out the second time it
    is drawn (the first time, laying out costs a fifth more than drawing: a lane new to the
    view draws a hundred labels never seen). Let go all at once when too many pile up."""

    MOST = 4_000

    def __init__(self) -> None:
        self._kept: dict[tuple[str, bool], QStaticText] = {}
        self._seen: set[tuple[str, bool]] = set()

    def get(self, text: str, bold: bool) -> QStaticText | None:
        """The label laid out, or None the first time it is asked for."""
        key = (text, bold)
        laid_out = self._kept.get(key)
        if laid_out is None:
            if key not in self._seen:
                if len(self._seen) >= self.MOST:
                    self._seen.clear()
                self._seen.add(key)
                return None
            if len(self._kept) >= self.MOST:
                self._kept.clear()
            laid_out = self._kept[key] = QStaticText(text)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
        return laid_out


_TEXTS = _LaidOutTexts()


def _paint_mark(painter: QPainter, palette: QPalette, picture: CanvasPicture,
                placed: Placed, view: tuple[float, float]) -> None:
    item = placed.item
    color = QColor(item.color) if item.color else kind_color(item.kind, palette)
    dimmed = picture.matches is not None and item.index not in picture.matches
    selected = item.index == picture.selected
    painter.setOpacity(0.22 if dimmed else 1.0)
    if item.unsourced:
        _paint_unsourced(painter, placed, color, view)
    elif placed.is_point:
        _paint_point(painter, placed, color, item.tentative)
    else:
        _paint_span(painter, placed, color, item.tentative,
                    palette.color(QPalette.ColorRole.Base) if picture.opaque else None)
    if placed.context_x is not None:
        _paint_context_mark(painter, palette, placed)
    if len(placed.report_xs) > 1:
        _paint_report_ticks(painter, palette, placed)
    if selected or (picture.matches is not None and not dimmed):
        _paint_ring(painter, palette, placed, strong=selected)


def _halo_under_today(painter: QPainter, ground: QColor, x: float, y: float, width: float,
                      today: float) -> None:
    """Where the today line crosses a label, the label gets a ground of its own, so that the
    dashed line does not run through its letters."""
    if x - 2 <= today <= x + width + 2:
        painter.fillRect(QRectF(x - 2, y - 8, width + 4, 16), ground)


def _label_in_view(painter: QPainter, placed: Placed,
                   view: tuple[float, float]) -> tuple[float, str]:
    """Where a label shows best in the view. A span cut by the view's edge carries its label
    inside its visible part; row packing keeps a span's own box free of other labels."""
    left, right = view
    x, text = placed.label_x, placed.label
    if placed.is_point:
        return x, text
    start, end = max(placed.shape[0], left) + 4, min(placed.shape[1], right) - 4
    cut_left = placed.label_inside and x < left + 4
    cut_right = not placed.label_inside and x + placed.label_width > right and \
        end - start > right - x
    if cut_left or cut_right:
        return start, painter.fontMetrics().elidedText(placed.item.label,
                                                       Qt.TextElideMode.ElideRight,
                                                       int(end - start))
    return x, text


def _paint_point(painter: QPainter, placed: Placed, color: QColor, tentative: bool) -> None:
    center = QPointF(placed.x0, placed.y)
    if tentative:
        painter.setPen(QPen(color, 2, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(color)
    painter.drawEllipse(center, POINT_RADIUS, POINT_RADIUS)


def _paint_unsourced(painter: QPainter, placed: Placed, color: QColor,
                     view: tuple[float, float]) -> None:
    """An event no quote backs: hatched and outlined, never filled like a sourced one. A span
    is cut to the view (a hatch pattern costs by the area it covers, off screen too)."""
    # A one-pixel (cosmetic) dashed outline: a wider dashed pen goes through the stroker and
    # cost half a millisecond per span (100,000 imported items in a week's view: 58 → 8 ms).
    painter.setPen(QPen(color.darker(120), 0, Qt.PenStyle.DashLine))
    painter.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
    if placed.is_point:
        side = POINT_RADIUS * 1.9
        painter.drawRect(QRectF(placed.x0 - side / 2, placed.y - side / 2, side, side))
        return
    x0, x1 = max(placed.shape[0], view[0] - 4), min(placed.shape[1], view[1] + 4)
    # Square to the pixels: antialiasing a hatch costs a millisecond per long span.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    box = QRectF(round(x0), round(placed.y - SPAN_HEIGHT / 2), max(round(x1 - x0), 1),
                 SPAN_HEIGHT)
    painter.fillRect(box, QBrush(color, Qt.BrushStyle.BDiagPattern))
    outline = QPen(color.darker(120), 0, Qt.PenStyle.DashLine)  # cosmetic: one pixel
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)


def _shade(color: QColor, alpha: int, ground: QColor | None) -> QColor:
    """``color`` at ``alpha`` over the canvas: translucent, or (``ground`` given) mixed with
    the ground into an opaque colour."""
    if ground is not None:
        return mix(color, ground, alpha / 255)
    shaded = QColor(color)
    shaded.setAlpha(alpha)
    return shaded


def _paint_span(painter: QPainter, placed: Placed, color: QColor, tentative: bool,
                ground: QColor | None = None) -> None:
    """A span with soft ends; an open end fades out over its whole fade length. With a
    ``ground`` the shades are opaque mixes with it (PDF and print lose a gradient's alpha: a
    vague span came out as solid as a known one)."""
    item = placed.item
    x0, x1 = placed.shape
    box = QRectF(x0, placed.y - SPAN_HEIGHT / 2, x1 - x0, SPAN_HEIGHT)
    width = max(box.width(), 1.0)
    fade = FADE / width  # the layout keeps this much room for the fade
    gradient = QLinearGradient(box.left(), 0, box.right(), 0)
    fill = _shade(color, 70 if tentative else 110, ground)
    clear = _shade(color, 0, ground)
    start_fade = min(fade, 0.9) if item.start is None else min(FADE_STOP, 4.0 / width)
    end_fade = min(fade, 0.9) if item.end is None else min(FADE_STOP, 4.0 / width)
    gradient.setColorAt(0.0, clear)
    gradient.setColorAt(start_fade, fill)
    gradient.setColorAt(1.0 - end_fade, fill)
    gradient.setColorAt(1.0, clear)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(box, 3, 3)
    edge = QLinearGradient(gradient)
    edge.setColorAt(0.0, clear)
    edge.setColorAt(start_fade, _shade(color, 255, ground))
    edge.setColorAt(1.0 - end_fade, _shade(color, 255, ground))
    edge.setColorAt(1.0, clear)
    style = Qt.PenStyle.DashLine if tentative else Qt.PenStyle.SolidLine
    painter.setPen(QPen(QBrush(edge), 2, style))
    painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))


def paint_bins(painter: QPainter, palette: QPalette, picture: CanvasPicture,
                view: tuple[float, float, float, float]) -> None:
    """Dense lanes as bars: height grows with the log of the count, so one event still shows."""
    left, right, top, bottom = view
    rows = [row for row in picture.layout.bins if row.bottom >= top and row.top <= bottom]
    if not rows:
        return
    largest = math.log1p(max(int(row.counts.max()) for row in rows))
    fill = mix(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base),
                0.6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    searching = picture.matches is not None
    dimmed = mix(palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Base),
                  0.35)
    for row in rows:
        painter.setBrush(dimmed if searching else fill)
        _bars(painter, row, row.counts, largest, (left, right))
        if searching and row.matched is not None:
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            _bars(painter, row, row.matched, largest, (left, right))


def _bars(painter: QPainter, row, counts: np.ndarray, largest: float,
          view: tuple[float, float]) -> None:
    shown = (counts > 0) & (row.xs[1:] >= view[0]) & (row.xs[:-1] <= view[1])
    columns = np.flatnonzero(shown)
    heights = (row.bottom - row.top - 4) * np.maximum(0.12, np.log1p(counts[columns]) / largest)
    width = float(row.xs[1] - row.xs[0]) - 1
    painter.drawRects([QRectF(x + 0.5, row.bottom - 2 - h, width, h) for x, h in
                       zip(row.xs[columns].tolist(), heights.tolist(), strict=True)])


def paint_thread(painter: QPainter, palette: QPalette, picture: CanvasPicture) -> None:
    """The selected event's story as one dashed line through its steps."""
    if len(picture.thread) < 2:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
    path = QPainterPath(QPointF(*picture.thread[0]))
    for point in picture.thread[1:]:
        path.lineTo(QPointF(*point))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def _paint_report_ticks(painter: QPainter, palette: QPalette, placed: Placed) -> None:
    """On the report axis, a tick where each report quoting the event came out."""
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
    for x in placed.report_xs:
        painter.drawLine(QPointF(x, placed.y - SPAN_HEIGHT / 2 - 2),
                         QPointF(x, placed.y + SPAN_HEIGHT / 2 + 2))


def _paint_context_mark(painter: QPainter, palette: QPalette, placed: Placed) -> None:
    """A hollow diamond: the exact day other reporting gives, beside the report's vaguer date."""
    x, y, r = placed.context_x, placed.y, 4.0
    diamond = QPainterPath(QPointF(x, y - r))
    for point in (QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y), QPointF(x, y - r)):
        diamond.lineTo(point)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.2))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawPath(diamond)


def _paint_ring(painter: QPainter, palette: QPalette, placed: Placed, strong: bool) -> None:
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5 if strong else 1.5)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if placed.is_point:
        painter.drawEllipse(QPointF(placed.x0, placed.y), POINT_RADIUS + 3, POINT_RADIUS + 3)
    else:
        x0, x1 = placed.shape
        painter.drawRoundedRect(QRectF(x0 - 2, placed.y - SPAN_HEIGHT / 2 - 3,
                                       x1 - x0 + 4, SPAN_HEIGHT + 6), 4, 4)
