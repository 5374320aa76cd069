"""The timeline canvas drawn onto a page: PNG, SVG, PDF and the printer.

The same painter that draws the window's canvas draws the picture (vector for SVG, PDF and
print), laid out by a canvas of the picture's own size that is never shown: a title and the
range at the top, the axis and lanes in the middle, a legend at the foot. Colours come from
the standard light palette, whatever the window's theme, so a print reads on paper.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from viewer.domain.timeline.timescale import TimeScale
from viewer.domain.wording.describe import describe_day, describe_kind
from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.colors import kind_color
from viewer.qt.style.numbers import ui_language
from viewer.qt.timeline.canvas import TimelineCanvas
from viewer.qt.timeline.canvas_paint import paint_canvas

translate = QCoreApplication.translate
HEADER = 54.0
LEGEND = 34.0
DPI = 96  # one layout unit is one pixel at 96 dpi, on screen, in SVG and in PDF


@dataclass(frozen=True)
class PictureRequest:
    """What to draw: the days shown (None: every event), the lanes' grouping, the axis, and
    the events a search matched (None: no search; the others are dimmed)."""

    first: float | None = None
    last: float | None = None
    grouping: str = "actor"
    axis: str = "event"
    compressed: bool = True
    matches: set[int] | None = None
    search: str = ""


class TimelinePicture:
    """Draws the document's timeline into rectangles of any paint device."""

    def __init__(self, document: TimelineDocument, now: dt.date,
                 request: PictureRequest) -> None:
        self._document, self._request = document, request
        self._canvas = TimelineCanvas(document, now)
        self._canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self._canvas.set_axis(request.axis)
        self._canvas.set_compressed(request.compressed)
        self._canvas.set_grouping(request.grouping)
        self._palette = QApplication.style().standardPalette()

    def close(self) -> None:
        self._canvas.deleteLater()

    def days(self) -> tuple[float, float]:
        """The first and last day drawn."""
        full = self._canvas.full_range()
        first = self._request.first if self._request.first is not None else full[0]
        last = self._request.last if self._request.last is not None else full[1]
        return first, max(last, first + 1)

    def pages(self, width: float, zoom_px_per_day: float | None) -> list[tuple[float, float]]:
        """The days of each page across: one page, or as many as the range needs at
        ``zoom_px_per_day`` (the window's zoom), at most 40."""
        first, last = self.days()
        if not zoom_px_per_day:
            return [(first, last)]
        warp = self._canvas.warp  # the zoom is in the axis's days, quiet stretches compressed
        v_first, v_last = warp.to_virtual(first), warp.to_virtual(last)
        count = max(1, min(40, math.ceil((v_last - v_first) * zoom_px_per_day
                                         / max(width - 60, 1.0))))
        step = (v_last - v_first) / count
        return [(warp.to_real(v_first + i * step), warp.to_real(v_first + (i + 1) * step))
                for i in range(count)]

    def paint(self, painter: QPainter, rect: QRectF, days: tuple[float, float] | None = None,
              page: tuple[int, int] = (1, 1)) -> None:
        """The title, the canvas for ``days`` (default: the request's) and the legend."""
        first, last = days or self.days()
        canvas_rect = QRectF(0, 0, rect.width(), rect.height() - HEADER - LEGEND)
        self._canvas.resize(QSize(int(canvas_rect.width()), int(canvas_rect.height())))
        # Drawing every event: room at the right for the last one's label.
        room = min(220.0, canvas_rect.width() * 0.15) if days is None and \
            self._request.last is None else 0.0
        scale = TimeScale.fitted(first, last, canvas_rect.width() - room, margin=30,
                                 warp=self._canvas.warp)
        self._canvas.set_scale(scale)
        picture = dataclasses.replace(self._canvas.picture(), selected=-1, focused=False,
                                      matches=self._request.matches, today_x=None,
                                      opaque=True)
        painter.save()
        painter.translate(rect.topLeft())
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()),
                         self._palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, rect.width(), (first, last), page, picture)
        painter.save()
        painter.translate(0, HEADER)
        painter.setClipRect(canvas_rect)
        paint_canvas(painter, canvas_rect, self._palette, picture)
        painter.restore()
        self._paint_legend(painter, QRectF(0, rect.height() - LEGEND, rect.width(), LEGEND),
                           picture)
        painter.restore()

    def _paint_header(self, painter: QPainter, width: float, days: tuple[float, float],
                      page: tuple[int, int], picture) -> None:
        language = ui_language()
        title_font = QFont(painter.font())
        title_font.setPointSizeF(15)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self._palette.color(QPalette.ColorRole.Text))
        title = self._document.opened.title if self._document.opened else ""
        painter.drawText(QRectF(12, 6, width - 24, 26), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, title)
        small = QFont(painter.font())
        small.setPointSizeF(9)
        small.setBold(False)
        painter.setFont(small)
        painter.setPen(self._palette.color(QPalette.ColorRole.PlaceholderText))
        shown = sum(1 for placed in picture.layout.placed
                    if placed.x1 + picture.offset >= 0 and placed.x0 + picture.offset <= width)
        parts = [f"{describe_day(_date(days[0]), language)} – "
                 f"{describe_day(_date(days[1] - 1), language)}",
                 translate("TimelinePicture", "{count} events drawn").format(count=shown)]
        if self._request.search:
            parts.append(translate("TimelinePicture", "search: {text}").format(
                text=self._request.search))
        if page[1] > 1:
            parts.append(translate("TimelinePicture", "page {number} of {count}").format(
                number=page[0], count=page[1]))
        painter.drawText(QRectF(12, 32, width - 24, 18), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, " · ".join(parts))

    def _paint_legend(self, painter: QPainter, rect: QRectF, picture) -> None:
        palette, language = self._palette, ui_language()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0.8))
        painter.drawLine(QPointF(rect.left() + 8, rect.top()), QPointF(rect.right() - 8,
                                                                        rect.top()))
        small = QFont(painter.font())
        small.setPointSizeF(8.5)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        x, y = rect.left() + 12, rect.top() + rect.height() / 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for swatch, text in self._legend_entries(picture, language):
            needed = 22 + metrics.horizontalAdvance(text) + 16
            if x + needed > rect.right():
                break
            swatch(painter, QPointF(x + 8, y))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 20, y + metrics.ascent() / 2 - 1), text)
            x += needed

    def _legend_entries(self, picture, language: str) -> Iterator:
        palette = self._palette
        grey = QColor(120, 120, 120)

        def dot(painter: QPainter, at: QPointF) -> None:
            painter.setPen(QPen(grey.darker(130), 1))
            painter.setBrush(grey)
            painter.drawEllipse(at, 4, 4)

        def span(painter: QPainter, at: QPointF) -> None:
            color = QColor(grey)
            color.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(at.x() - 8, at.y() - 5, 16, 10), 3, 3)

        def dashed(painter: QPainter, at: QPointF) -> None:
            painter.setPen(QPen(grey, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, 4, 4)

        def hatched(painter: QPainter, at: QPointF) -> None:
            painter.setPen(QPen(grey, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(grey, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(at.x() - 8, at.y() - 5, 16, 10))

        yield dot, translate("TimelinePicture", "known to the day")
        yield span, translate("TimelinePicture", "vague: the days it may have been")
        yield dashed, translate("TimelinePicture", "planned or expected")
        if any(placed.item.unsourced for placed in picture.layout.placed):
            yield hatched, translate("TimelinePicture", "unsourced (no report backs it)")
        kinds = dict.fromkeys(placed.item.kind for placed in picture.layout.placed
                              if not placed.item.color)
        for kind in kinds:
            if kind == "other":
                continue
            color = kind_color(kind, palette)

            def swatch(painter: QPainter, at: QPointF, color: QColor = color) -> None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRect(QRectF(at.x() - 6, at.y() - 6, 12, 12))

            yield swatch, describe_kind(kind, language)


def _date(day: float) -> dt.date:
    return dt.date.fromordinal(max(1, min(int(day), dt.date.max.toordinal())))


def write_picture(picture: TimelinePicture, path: Path, size: QSize) -> str:
    """Writes PNG, SVG or PDF by the file's suffix; returns why it could not ("" if
    written)."""
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    suffix = path.suffix.lower()
    rect = QRectF(0, 0, size.width(), size.height())
    if suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(rect)
        generator.setResolution(DPI)
        generator.setTitle(picture._document.opened.title if picture._document.opened else "")
        painter = QPainter(generator)
        picture.paint(painter, rect)
        painter.end()
        return "" if path.is_file() else "the drawing could not be written there"
    if suffix == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setResolution(DPI)
        writer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setTitle(picture._document.opened.title if picture._document.opened else "")
        writer.setCreator("timeline-viewer")
        painter = QPainter(writer)
        page = writer.pageLayout().paintRectPixels(DPI)
        picture.paint(painter, QRectF(0, 0, page.width(), page.height()))
        painter.end()
        return "" if path.is_file() else "the document could not be written there"
    if suffix == ".png":
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(round(DPI / 0.0254))
        image.setDotsPerMeterY(round(DPI / 0.0254))
        painter = QPainter(image)
        picture.paint(painter, rect)
        painter.end()
        return "" if image.save(str(path), "PNG") else "the image could not be written there"
    return f"'{path.suffix or path.name}' is not a picture type this viewer writes (.png, " \
        ".svg, .pdf)"


def print_pages(picture: TimelinePicture, printer, zoom_px_per_day: float | None) -> int:
    """Prints the picture on as many pages across as the range needs at the window's zoom;
    returns the number of pages."""
    # Fonts are sized in points for the device: at 96 dpi a layout unit is a pixel on paper
    # too, and nothing is scaled (a scaled painter would scale the points a second time).
    # Text and shapes stay vectors whatever the resolution.
    printer.setResolution(DPI)
    painter = QPainter(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    factor = printer.resolution() / DPI
    width, height = page.width() / factor, page.height() / factor
    ranges = picture.pages(width, zoom_px_per_day)
    painter.scale(factor, factor)
    for number, days in enumerate(ranges, 1):
        if number > 1:
            printer.newPage()
        picture.paint(painter, QRectF(0, 0, width, height), days, (number, len(ranges)))
    painter.end()
    return len(ranges)
