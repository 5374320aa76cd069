"""Colours of the canvas: one hue per event kind, adjusted to the palette; opaque mixes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

KIND_HUES = {"investment": 210, "funding_round": 265, "negotiation": 28, "restructuring": 175,
             "contract": 135, "commitment": 90, "valuation": 315, "market_reaction": 0,
             "plan": 45, "criticism": 345, "other": -1}


def mix(color: QColor, ground: QColor, share: float) -> QColor:
    """An opaque colour: ``share`` of ``color`` over ``ground`` (cheaper to paint than alpha)."""
    return QColor.fromRgbF(*(share * a + (1 - share) * b for a, b in zip(
        color.getRgbF()[:3], ground.getRgbF()[:3], strict=True)))


def kind_color(kind: str, palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    hue = KIND_HUES.get(kind, -1)
    if hue < 0:
        return QColor(150, 150, 150)
    return QColor.fromHsl(hue, 170 if dark else 190, 165 if dark else 105)
