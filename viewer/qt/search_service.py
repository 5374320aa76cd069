"""Runs the search off the GUI thread, so typing never waits for the index.

The index is built in a pool thread after each load; each query runs in a pool thread too,
after a short pause in typing. Answers come back as queued signals; an answer to a query that
has since been replaced is dropped, and a query replaced before it started is never run.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from viewer.domain.loading import LoadedTimeline
from viewer.domain.search_index import Results, SearchIndex
from viewer.domain.search_query import QueryError

PAUSE_MS = 120


def _emit(signal, *args) -> None:
    # The window may have closed while the thread worked: then nobody listens any more.
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class SearchService(QObject):
    """``ask(text)`` soon answers with ``answered(text, Results)`` or ``refused(text, message)``."""

    answered = Signal(str, object)
    refused = Signal(str, str)
    indexed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._generation = 0
        self._latest = ""
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._send)

    @property
    def index(self) -> SearchIndex | None:
        return self._index

    def load(self, loaded: LoadedTimeline) -> None:
        self._generation += 1
        generation = self._generation
        self._ready.clear()
        self._index = None

        def build() -> None:
            index = SearchIndex(loaded)
            if generation == self._generation:
                self._index = index
                self._ready.set()
                _emit(self.indexed)
        QThreadPool.globalInstance().start(_Task(build))

    def ask(self, text: str, *, at_once: bool = False) -> None:
        self._latest = text
        if at_once:
            self._send()
        else:
            self._pause.start()

    def _send(self) -> None:
        text, generation = self._latest, self._generation

        def answer() -> None:
            self._ready.wait()
            if text != self._latest or generation != self._generation:
                return  # replaced while waiting: the newer query answers
            try:
                with self._lock:  # one SQLite connection; queries take turns
                    results = self._index.search(text)
            except QueryError as error:
                _emit(self.refused, text, str(error))
                return
            _emit(self.answered, text, results)
        QThreadPool.globalInstance().start(_Task(answer))

    def answer_now(self, text: str) -> Results:
        """A synchronous answer (command line, tests); raises QueryError."""
        self._ready.wait()
        with self._lock:
            return self._index.search(text)
