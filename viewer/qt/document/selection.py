"""Which event is selected, and how the selection moves: through the one date order (skipping
what the search hides) and along an event's story."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from viewer.domain.format.model import Event
from viewer.domain.story.open_timeline import OpenTimeline

NO_SELECTION = -1


class Selection(QObject):
    """The selected event of the open timeline (an index, or ``NO_SELECTION``); emits
    ``changed`` with the new index. Part of the document, which forwards the signal; views
    reach it through the document."""

    changed = Signal(int)

    def __init__(self, parent: QObject, is_match: Callable[[int], bool]) -> None:
        super().__init__(parent)
        self._is_match = is_match
        self._opened: OpenTimeline | None = None
        self.index = NO_SELECTION

    def reset(self, opened: OpenTimeline | None, event_id: str | None = None) -> None:
        """A new timeline (or snapshot): ``event_id`` selected, if it is there, else nothing.
        Silent: the document emits once everything is new."""
        index = opened.ids.get(event_id) if opened is not None and event_id else None
        self._opened, self.index = opened, NO_SELECTION if index is None else index

    def _count(self) -> int:
        return self._opened.columns.count if self._opened else 0

    def select(self, index: int) -> None:
        if not -1 <= index < self._count():
            index = NO_SELECTION
        if index != self.index:
            self.index = index
            self.changed.emit(index)

    def select_id(self, event_id: str) -> bool:
        index = self._opened.ids.get(event_id) if self._opened else None
        if index is None:
            return False
        self.select(index)
        return True

    def event(self) -> Event | None:
        return self._opened.events[self.index] if self._opened and self.index >= 0 else None

    def step(self, delta: int) -> None:
        """Selects the next (``+1``) or previous (``-1``) event in date order among matches."""
        if self._opened is None:
            return
        order = self._opened.order
        position = (-1 if delta > 0 else len(order)) if self.index < 0 else \
            int(self._opened.rank[self.index])
        position += delta
        while 0 <= position < len(order):  # skip what the search hides
            if self._is_match(int(order[position])):
                self.select(int(order[position]))
                return
            position += delta

    def step_thread(self, delta: int) -> str:
        """Selects the next or previous development of the selected event's story. Returns
        "" when it moved, else why not: "none" (no event selected, or it is part of no story),
        "first" or "last" (it is already there)."""
        members = self._opened.thread_of(self.index) if self._opened else []
        if not members:
            return "none"
        position = members.index(self.index) + delta
        if not 0 <= position < len(members):
            return "first" if delta < 0 else "last"
        self.select(members[position])
        return ""
