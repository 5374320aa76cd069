"""Paints the deal network: companies around OpenAI, money as curved arrows with amounts.

One function serves the widget, the PNG export and the SVG export. Positions are computed
before painting (``network_geometry``); painting only reads them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPolygonF

from viewer.domain.story.network import Edge, Network

KIND_COLORS = {"investment": QColor(41, 128, 185), "cloud": QColor(22, 160, 133),
               "chips": QColor(211, 84, 0), "infrastructure": QColor(142, 68, 173)}
CIRCULAR = QColor(192, 57, 43)
NODE_W, NODE_H = 120.0, 34.0


@dataclass(frozen=True)
class NetworkPicture:
    network: Network
    names: dict[str, str]
    positions: dict[str, QPointF]
    curves: list[tuple[Edge, QPainterPath, QPointF]]  # edge, its curve, where its label goes
    title: str
    legend: dict[str, str]


def network_geometry(network: Network, names: dict[str, str], rect: QRectF, title: str,
                     legend: dict[str, str], whole: Network | None = None) -> NetworkPicture:
    """OpenAI (the most connected node) in the middle, the others on a circle around it.
    Places come from ``whole`` (the network as finally known) when given, so a company keeps
    its place while the date slider adds or removes flows."""
    placed = whole if whole is not None else network
    degree = {n: 0 for n in placed.nodes}
    for edge in placed.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    centre_node = max(degree, key=lambda n: (degree[n], n), default=None)
    centre = QPointF(rect.center().x(), rect.center().y() + 14)
    rx, ry = rect.width() * 0.36, rect.height() * 0.34
    # Investors above the centre, those money flows back to below: arrows mostly run one way.
    investors = sorted({e.source for e in placed.edges if e.kind == "investment"
                        and e.target == centre_node} - {centre_node})
    others = sorted(set(placed.nodes) - set(investors) - {centre_node})
    positions = {centre_node: centre} if centre_node else {}
    for row, sign in ((investors, -1), (others, 1)):
        for number, node in enumerate(row):
            angle = math.pi * (number + 1) / (len(row) + 1)
            positions[node] = QPointF(centre.x() - rx * math.cos(angle),
                                      centre.y() + sign * ry * math.sin(angle))
    nodes = [QRectF(p.x() - NODE_W / 2 - 4, p.y() - NODE_H / 2 - 4, NODE_W + 8, NODE_H + 8)
             for node, p in positions.items() if node in network.nodes]
    curves = _spread_labels([_curve(edge, positions) for edge in network.edges], nodes)
    return NetworkPicture(network, names, positions, curves, title, legend)


def label_box(edge: Edge, middle: QPointF) -> QRectF:
    """Where an edge's amount label is drawn around ``middle`` (6.5 px a character)."""
    width = 6.5 * len(edge.label) + 10
    return QRectF(middle.x() - width / 2, middle.y() - 10, width, 20)


def _spread_labels(curves: list[tuple[Edge, QPainterPath, QPointF]],
                   nodes: list[QRectF]) -> list[tuple[Edge, QPainterPath, QPointF]]:
    """Moves amount labels apart (estimated at 6.5 px a character) so that none covers
    another or a company's box."""
    placed: list[QRectF] = list(nodes)
    spread = []
    for edge, path, middle in sorted(curves, key=lambda c: c[2].y()):
        box = label_box(edge, middle)
        if edge.label:
            box = _free_spot(box, placed)
        placed.append(box)
        spread.append((edge, path, box.center()))
    return spread


def _free_spot(box: QRectF, taken: list[QRectF]) -> QRectF:
    """The nearest place above or below ``box`` (20 px steps) that covers nothing taken."""
    for step in range(60):
        shift = 20.0 * ((step + 1) // 2) * (1 if step % 2 else -1)
        moved = box.translated(0, shift)
        if not any(moved.intersects(other) for other in taken):
            return moved
    return box


def _curve(edge: Edge, positions: dict[str, QPointF]) -> tuple[Edge, QPainterPath, QPointF]:
    """A curve that bends to its right, so A→B and B→A run side by side, ending at the box."""
    a, b = positions[edge.source], positions[edge.target]
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    bend = 0.18 * length + {"investment": 0, "cloud": 18, "chips": 30,
                            "infrastructure": 42}[edge.kind]
    control = QPointF((a.x() + b.x()) / 2 - dy / length * bend,
                      (a.y() + b.y()) / 2 + dx / length * bend)
    start, end = _border(a, control), _border(b, control)
    path = QPainterPath(start)
    path.quadTo(control, end)
    return edge, path, path.pointAtPercent(0.5)


def _border(centre: QPointF, toward: QPointF) -> QPointF:
    dx, dy = toward.x() - centre.x(), toward.y() - centre.y()
    scale = min(NODE_W / 2 / (abs(dx) or 1e-9), NODE_H / 2 / (abs(dy) or 1e-9), 1.0)
    return QPointF(centre.x() + dx * scale * 1.05, centre.y() + dy * scale * 1.05)


def paint_network(painter: QPainter, rect: QRectF, palette: QPalette,
                  picture: NetworkPicture, selected: Edge | None = None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(text)
    painter.drawText(QRectF(rect.left() + 12, rect.top() + 8, rect.width() - 24, 22),
                     Qt.AlignmentFlag.AlignLeft, picture.title)
    for edge, path, _ in picture.curves:
        _paint_edge(painter, edge, path, selected is edge)
    painter.setFont(QFont(bold.family(), max(7, bold.pointSize() - 1)))
    for edge, _, middle in picture.curves:
        if edge.label:
            _paint_label(painter, palette, edge, middle)
    painter.setFont(bold)
    for node, point in picture.positions.items():
        box = QRectF(point.x() - NODE_W / 2, point.y() - NODE_H / 2, NODE_W, NODE_H)
        painter.setPen(QPen(text, 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(box, 8, 8)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, picture.names.get(node, node))
    _paint_legend(painter, rect, palette, picture)


def _paint_edge(painter: QPainter, edge: Edge, path: QPainterPath, selected: bool) -> None:
    color = CIRCULAR if edge.circular else KIND_COLORS[edge.kind]
    width = (3.5 if selected else 2.2) + (0.8 if edge.circular else 0)
    painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine if edge.kind == "investment"
                        else Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    tip, before = path.pointAtPercent(1.0), path.pointAtPercent(0.93)
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    head = QPolygonF([tip] + [QPointF(tip.x() - 11 * math.cos(angle + s),
                                      tip.y() - 11 * math.sin(angle + s)) for s in (0.4, -0.4)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(head)


def _paint_label(painter: QPainter, palette: QPalette, edge: Edge, middle: QPointF) -> None:
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(edge.label) + 10
    box = QRectF(middle.x() - width / 2, middle.y() - 9, width, 18)
    painter.setPen(QPen(CIRCULAR if edge.circular else palette.color(QPalette.ColorRole.Mid), 1))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, edge.label)


def _paint_legend(painter: QPainter, rect: QRectF, palette: QPalette,
                  picture: NetworkPicture) -> None:
    x, y = rect.left() + 14, rect.bottom() - 18 * (len(picture.legend) + 1)
    for key, words in picture.legend.items():
        color = CIRCULAR if key == "circular" else KIND_COLORS[key]
        painter.setPen(QPen(color, 3, Qt.PenStyle.SolidLine if key in ("investment", "circular")
                            else Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y), QPointF(x + 28, y))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QPointF(x + 36, y + 4), words)
        y += 18
