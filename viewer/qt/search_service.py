"""Runs the search off the GUI thread, so typing never waits for the index.

The index is built (or opened from the cache) in a pool thread as soon as a timeline is loaded;
each query runs in a pool thread too, after a short pause in typing. A query is answered twice:
first with its earliest hits (milliseconds, whatever the size of the timeline), then with every
match counted, which the timeline needs to dim the rest. Answers come back as queued signals;
an answer to a query that has since been replaced is dropped, a query replaced before it
started is never run, and counting for a replaced query is interrupted.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from viewer.domain.loading import LoadedTimeline
from viewer.domain.search_cache import default_cache_dir
from viewer.domain.search_index import Results, SearchIndex
from viewer.domain.search_query import QueryError

PAUSE_MS = 120
LISTED = 1000  # hits of each kind the results pane lists; the counts cover every match


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

    def __init__(self, parent: QObject | None = None, *,
                 cache_dir: Path | bool | None = True) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._generation = 0
        self._latest = ""
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._loaded: LoadedTimeline | None = None
        self._building = False
        self._counting: str | None = None
        self._cache_dir = default_cache_dir() if cache_dir is True else cache_dir or None
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._send)

    @property
    def index(self) -> SearchIndex | None:
        return self._index

    def load(self, loaded: LoadedTimeline) -> None:
        """Forgets the old index and starts on the new one."""
        self._generation += 1
        self._ready.clear()
        self._index = None
        self._loaded = loaded
        self._building = False
        self.prepare()

    def prepare(self) -> None:
        """Starts building the index, if it is not built or being built."""
        if self._building or self._loaded is None:
            return
        self._building = True
        generation, loaded, cache_dir = self._generation, self._loaded, self._cache_dir

        def build() -> None:
            index = SearchIndex(loaded, cache_dir)
            if generation == self._generation:
                self._index = index
                self._ready.set()
                _emit(self.indexed)
        QThreadPool.globalInstance().start(_Task(build))

    def ask(self, text: str, *, at_once: bool = False) -> None:
        self._latest = text
        self.prepare()
        if at_once:
            self._pause.stop()  # sent now: the pause would send it a second time
            self._send()
        else:
            self._pause.start()

    def _send(self) -> None:
        text, generation = self._latest, self._generation
        counting, index = self._counting, self._index
        if counting is not None and counting != text and index is not None:
            index.interrupt()  # nobody waits for that count any more

        def stale() -> bool:
            return text != self._latest or generation != self._generation

        def answer() -> None:
            self._ready.wait()
            try:
                first = self._run(lambda: self._index.first(text), stale)
                if first is None:
                    return
                _emit(self.answered, text, first)
                if first.complete:
                    return
                self._counting = text
                try:
                    every = self._run(lambda: self._index.search(text, LISTED), stale)
                finally:
                    self._counting = None
                if every is not None:
                    _emit(self.answered, text, every)
            except QueryError as error:
                _emit(self.refused, text, str(error))
        QThreadPool.globalInstance().start(_Task(answer))

    def _run(self, query: Callable[[], Results], stale: Callable[[], bool]) -> Results | None:
        """``query()`` unless it has been replaced; an interrupted query that is still wanted
        (it was caught by an interrupt meant for the one before) is asked again."""
        for attempt in range(3):
            with self._lock:  # one SQLite connection; queries take turns
                if stale():
                    return None
                try:
                    return query()
                except sqlite3.OperationalError:
                    if stale() or attempt == 2:
                        return None
        return None

    def answer_now(self, text: str) -> Results:
        """A synchronous, complete answer (command line, tests); raises QueryError."""
        self.prepare()
        self._ready.wait()
        with self._lock:
            return self._index.search(text)
