"""Lets background work give way to the user.

Python threads share one interpreter lock and have no priorities: a thread reading reports for
a search takes half the lock's time from the GUI thread while the user pans, and every frame
then takes twice as long. A :class:`Pacer` is the GUI's way of saying "I am busy": it holds
the background work for a moment whenever the user moves the view, and the work checks it
between small steps.
"""

from __future__ import annotations

import threading
import time

HOLD = 0.15   # seconds the background waits after the user's last move
STEP = 0.004  # seconds it sleeps at a time while it waits


class Pacer:
    """``hold()`` from the GUI thread when the user acts; ``wait()`` from a background thread
    between steps of its work."""

    def __init__(self) -> None:
        self._until = 0.0
        self._lock = threading.Lock()

    def hold(self, seconds: float = HOLD) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def wait(self, limit: float = 2.0) -> None:
        """Sleeps while the GUI is busy, but never longer than ``limit`` in one go (work that
        never gets its turn would look stuck)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < min(self._until, deadline):
            time.sleep(STEP)


UNPACED = Pacer()  # a pacer nobody holds: for work with no GUI to give way to
