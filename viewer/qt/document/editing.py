"""Edits of the open timeline as undoable commands.

The timeline in memory is a frozen snapshot; an edit is the step from one snapshot to the
next (made by :mod:`viewer.domain.authoring.edits`, sharing every unchanged part). A command
keeps both snapshots, so undo and redo only show one or the other: nothing is recomputed from
a description of the change, and nothing can be half-undone. The selection follows by event
id, not by position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


@dataclass(frozen=True)
class Snapshot:
    """One state of the open timeline: the timeline and the texts of its reports."""

    timeline: Any
    texts: dict[str, str]


class ShowsSnapshots(Protocol):
    """What a command needs of the document: to show a snapshot and select an event."""

    def show_snapshot(self, snapshot: Snapshot, select_id: str | None,
                      change: Any = None) -> Any:
        """Shows ``snapshot`` (``change``: how its events differ from those shown, if known)
        and returns how they differed (None: not a simple change)."""


class SnapshotCommand(QUndoCommand):
    """Shows ``after`` on redo and ``before`` on undo; ``text`` names the edit ("New Event
    'Amazon …'") for the Edit menu."""

    def __init__(self, document: ShowsSnapshots, text: str, before: Snapshot,
                 after: Snapshot, select_after: str | None, select_before: str | None) -> None:
        super().__init__(text)
        self._document = document
        self._before, self._after = before, after
        self._select_after, self._select_before = select_after, select_before
        # Which events the step changes, found by comparing the snapshots the first time it
        # is shown; an undo or redo afterwards is told (comparing 100,000 events each time
        # costs two milliseconds).
        self._forward: Any = None
        self._backward: Any = None

    def redo(self) -> None:
        self._forward = self._document.show_snapshot(self._after, self._select_after,
                                                     self._forward)
        self._backward = self._backward or (self._forward and self._forward.inverse())

    def undo(self) -> None:
        self._backward = self._document.show_snapshot(self._before, self._select_before,
                                                      self._backward)
