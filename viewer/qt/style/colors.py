"""Colours of the canvas: one hue per event kind, adjusted to the palette; opaque mixes."""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QPalette

KIND_HUES = {"investment": 210, "funding_round": 265, "negotiation": 28, "restructuring": 175,
             "contract": 135, "commitment": 90, "valuation": 315, "market_reaction": 0,
             "plan": 45, "criticism": 345, "other": -1}


def mix(color: QColor, ground: QColor, share: float) -> QColor:
    """An opaque colour: ``share`` of ``color`` over ``ground`` (cheaper to paint than alpha).
    Mixes are kept by colour, ground and share: a frame asks for the same few hundred times."""
    return QColor.fromRgba(_mixed(color.rgba(), ground.rgba(), share))


@functools.lru_cache(maxsize=4096)
def _mixed(color: int, ground: int, share: float) -> int:
    return QColor.fromRgbF(*(share * a + (1 - share) * b for a, b in zip(
        QColor.fromRgba(color).getRgbF()[:3], QColor.fromRgba(ground).getRgbF()[:3],
        strict=True))).rgba()


def kind_color(kind: str, palette: QPalette) -> QColor:
    """The hue of an event kind, lighter on a dark palette (a new colour each call: callers
    may change it)."""
    return QColor.fromRgba(_kind_rgba(kind, palette.color(QPalette.ColorRole.Base).lightness()
                                      < 128))


@functools.lru_cache(maxsize=64)
def _kind_rgba(kind: str, dark: bool) -> int:
    hue = KIND_HUES.get(kind, -1)
    if hue < 0:
        return QColor(150, 150, 150).rgba()
    return QColor.fromHsl(hue, 170 if dark else 190, 165 if dark else 105).rgba()
