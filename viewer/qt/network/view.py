"""The deal network view: who pays whom, as known on a chosen report date.

A slider steps through the reports' publication dates; clicking an edge selects its latest
event (the detail pane then shows its claims and quotes). The picture exports as PNG or SVG
through the same painting function the widget uses.
"""

from __future__ import annotations

import datetime as dt
import math
from html import escape
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolTip, QVBoxLayout, QWidget

from viewer.domain.story.network import Edge, Network, build_network
from viewer.domain.wording.describe import describe_day
from viewer.qt.document.document import TimelineDocument
from viewer.qt.network.paint import (
    NetworkPicture,
    label_box,
    network_geometry,
    paint_network,
)
from viewer.qt.style.numbers import title_of, ui_language


class NetworkCanvas(QWidget):
    """Paints the network; a click on an edge selects its latest event."""

    def __init__(self, view: NetworkView) -> None:
        super().__init__(view)
        self._view = view
        self.setMouseTracking(True)
        self.setMinimumSize(400, 300)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Deal network"))

    def sizeHint(self) -> QSize:
        return QSize(900, 480)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_network(painter, QRectF(self.rect()), self.palette(), self._view.picture(),
                      self._view.selected_edge)
        if self.hasFocus():  # keyboard focus shows as a frame, as on the timeline
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        edge = self._view.edge_at(event.position())
        if edge is not None:
            self._view.choose(edge)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            edge = self._view.edge_at(QPointF(event.pos()))
            if edge is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._view.describe(edge), self)
            return True
        return super().event(event)


class NetworkView(QWidget):
    """The network with its date control; rebuilt on ``timeline_changed``."""

    def __init__(self, document: TimelineDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._dates: list[dt.date] = []
        self._picture: NetworkPicture | None = None
        self.selected_edge: Edge | None = None
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Known on"))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.when = QLabel(self)
        self.canvas = NetworkCanvas(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("As known on:"), self))
        row.addWidget(self.slider, 1)
        row.addWidget(self.when)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)
        self.slider.valueChanged.connect(self._forget)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.timeline_edited.connect(self._on_timeline_changed)

    def _on_timeline_changed(self) -> None:
        sources = self._document.sources.values()
        self._dates = sorted({s.published.start or s.published.end for s in sources
                              if s.published.start or s.published.end})
        self.slider.setRange(0, len(self._dates) - 1 if self._dates else 0)
        self.slider.setValue(self.slider.maximum())
        self._forget()

    def known_on(self) -> dt.date | None:
        return self._dates[self.slider.value()] if self._dates else None

    def _forget(self) -> None:
        self._picture = None
        day = self.known_on()
        self.when.setText(self.tr("{day} (report of that day)").format(
            day=describe_day(day, ui_language())) if day else "")
        self.canvas.update()

    def picture(self, rect: QRectF | None = None) -> NetworkPicture:
        rect = rect or QRectF(self.canvas.rect())
        if self._picture is None or rect != QRectF(self.canvas.rect()):
            document, day = self._document, self.known_on()
            opened = document.opened
            network = build_network(opened, day, ui_language()) if opened else Network([], [], [])
            names = {key: entity.name for key, entity in document.entities.items()}
            title = self.tr("Who invests in whom, and what flows back — as known on {day}") \
                .format(day=describe_day(day, ui_language()) if day else "—")
            legend = {"investment": self.tr("investment (solid)"),
                      "cloud": self.tr("cloud services flowing back"),
                      "chips": self.tr("chips flowing back"),
                      "infrastructure": self.tr("infrastructure commitments"),
                      "circular": self.tr("circular flow: the money returns to the investor")}
            whole = build_network(opened, None, ui_language()) if opened else None
            picture = network_geometry(network, names, rect, title, legend, whole)
            if rect != QRectF(self.canvas.rect()):
                return picture
            self._picture = picture
        return self._picture

    def edge_at(self, point: QPointF) -> Edge | None:
        """The edge whose amount label is under ``point``, else the nearest curve (the label
        a user points at is what the tooltip must name)."""
        for edge, _, middle in self.picture().curves:
            if edge.label and label_box(edge, middle).contains(point):
                return edge
        best, distance = None, 8.0
        for edge, path, _ in self.picture().curves:
            for step in range(21):
                at = path.pointAtPercent(step / 20)
                gap = math.hypot(at.x() - point.x(), at.y() - point.y())
                if gap < distance:
                    best, distance = edge, gap
        return best

    def describe(self, edge: Edge) -> str:
        events = [escape(title_of(self._document.events[i])) for i in edge.events]
        return "<br>".join([f"<b>{escape(edge.label or edge.kind)}</b>", *events])

    def choose(self, edge: Edge) -> None:
        self.selected_edge = edge
        self._document.open_quote(edge.events[-1])
        self.canvas.update()

    def export(self, path: Path, size: QSize = QSize(1400, 900)) -> str:  # noqa: B008
        """Writes the network as SVG (by the file's suffix) or PNG; returns why it could not
        ("" when written)."""
        if not path.parent.is_dir():
            return f"the folder {path.parent} does not exist"
        rect = QRectF(0, 0, size.width(), size.height())
        picture = self.picture(rect)
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(rect)
            generator.setTitle(picture.title)
            painter = QPainter(generator)
            paint_network(painter, rect, self.palette(), picture)
            painter.end()
            return "" if path.is_file() else "the drawing could not be written there"
        image = QImage(size, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        paint_network(painter, rect, self.palette(), picture)
        painter.end()
        return "" if image.save(str(path), "PNG") else "the image could not be written there"
