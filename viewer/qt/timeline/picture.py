"""What one paint of the timeline canvas needs, computed before painting: the painters
(:mod:`~viewer.qt.timeline.canvas_paint` and :mod:`~viewer.qt.timeline.mark_paint`) only read
it."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.domain.timeline.layout import Layout
from viewer.domain.timeline.ticks import Tick


@dataclass(frozen=True)
class CanvasPicture:
    """Everything one paint needs, computed before painting."""

    layout: Layout
    offset: float  # the layout is drawn this far right of where it was made (panning)
    ticks: list[Tick]
    breaks: list[tuple[float, float, str]]
    today_x: float | None
    axis_height: float
    selected: int
    matches: set[int] | None
    today_label: str
    scroll: float = 0.0
    dense_label: str = "{name} · {count} events, counted; click a bar to zoom in"
    thread: tuple[tuple[float, float], ...] = ()  # the selected story's marks, in date order
    focused: bool = False  # keyboard focus is on the canvas: a frame shows it
    # Eras drawn as bands behind the lanes: left and right x, title, colour ("#rrggbb" or None).
    eras: tuple[tuple[float, float, str, str | None], ...] = ()
    opaque: bool = False  # shades mixed with the ground, not translucent (PDF, SVG, print)
