"""Hands what background threads produce to the GUI thread, without any Qt call from them.

A thread that emits a Qt signal races with the GUI thread deleting the emitter (a window
closing, a test ending): Qt leaves that undefined, and in practice it crashes. So threads here
only put plain Python calls into a queue, and a timer on the GUI thread runs them. The timer
ticks only while a task is under way.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

TICK_MS = 8

_DONE = object()


class Mailbox(QObject):
    """``expect()`` on the GUI thread before starting a task; the task then calls
    ``post(function, *args)`` for each result and ``done()`` when it ends (from any thread).
    Each posted call runs on the GUI thread, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._expected = 0
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.deliver)

    def expect(self) -> None:
        self._expected += 1
        self._timer.start()

    def post(self, function: Callable[..., Any], *args: Any) -> None:
        self._queue.put((function, args))

    def done(self) -> None:
        self._queue.put(_DONE)

    def busy(self) -> bool:
        return self._expected > 0

    def deliver(self) -> None:
        """Runs what has arrived (the timer calls this; tests may too)."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _DONE:
                self._expected -= 1
                continue
            function, args = item
            function(*args)
        if self._expected <= 0:
            self._expected = 0
            self._timer.stop()

    def start(self, work: Callable[[], None]) -> None:
        """Runs ``work`` in a pool thread; it hands its results back with :meth:`post` (the
        mailbox expects it, and is told when it ends however it ends)."""
        self.expect()
        QThreadPool.globalInstance().start(_Task(work, self))


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None], mail: Mailbox) -> None:
        super().__init__()
        self._work, self._mail = work, mail

    def run(self) -> None:
        try:
            self._work()
        finally:
            self._mail.done()
