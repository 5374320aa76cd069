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
        self._loaded: LoadedTimeline | None = None
        self._building = False
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._send)

    @property
    def index(self) -> SearchIndex | None:
        return self._index

    def load(self, loaded: LoadedTimeline) -> None:
        """Forgets the old index; the new one is built when first needed (see ``prepare``):
        at 100,000 events building takes seconds of CPU that panning should not share."""
        self._generation += 1
        self._ready.clear()
        self._index = None
        self._loaded = loaded
        self._building = False

    def prepare(self) -> None:
        """Starts building the index, if it is not built or being built (the search box calls
        this when it gets focus, so the index is usually ready by the time a query comes)."""
        if self._building or self._loaded is None:
            return
        self._building = True
        generation, loaded = self._generation, self._loaded

        def build() -> None:
            index = SearchIndex(loaded)
            if generation == self._generation:
                self._index = index
                self._ready.set()
                _emit(self.indexed)
        QThreadPool.globalInstance().start(_Task(build))

    def ask(self, text: str, *, at_once: bool = False) -> None:
        self._latest = text
        self.prepare()
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
        self.prepare()
        self._ready.wait()
        with self._lock:
            return self._index.search(text)
