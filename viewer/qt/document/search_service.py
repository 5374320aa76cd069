"""Runs the search off the GUI thread, so typing and painting never wait for it.

When a timeline opens, another process builds its index (:class:`IndexWorker`); the GUI
process only opens the finished file. Until then queries are answered by reading the text
directly (:class:`~viewer.domain.search.scan.ScanSearch`), with the same hits; once the index
is there, the query on screen is asked again and answered by it. Queries run in a pool thread
after a short pause in typing, and are answered twice: first with the earliest hits, then with
every match counted (which the timeline needs to dim the rest). An answer to a query that has
since been replaced is dropped, a query replaced before it started is never run, and counting
for a replaced query is interrupted.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
)

from viewer.domain.search.cache import default_cache_dir
from viewer.domain.search.index import SearchIndex
from viewer.domain.search.overlay import EditedSearch, Edits
from viewer.domain.search.plan import Results, SearchPlan
from viewer.domain.search.query import QueryError
from viewer.domain.search.scan import ScanSearch
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.story.pacing import Pacer
from viewer.qt.document.index_worker import IndexWorker
from viewer.qt.document.mailbox import Mailbox

# The query messages of viewer.domain.search.query.MESSAGES, marked here for translation
# (a test checks that the two lists agree).
QUERY_MESSAGES = (
    QT_TRANSLATE_NOOP("QueryError", 'the query opens a quote it does not close; add the '
                      'closing " or remove the opening one'),
    QT_TRANSLATE_NOOP("QueryError", "there is no filter '{name}:'; use one of {filters}"),
    QT_TRANSLATE_NOOP("QueryError", "'{name}:' needs a value, for example {name}:{example}"),
    QT_TRANSLATE_NOOP("QueryError", "'is:{value}' is not known; is:contested shows events the "
                      "reports disagree about, is:unsourced those no report backs"),
    QT_TRANSLATE_NOOP("QueryError", "'{name}:{value}' is not a date; write {name}:2025, "
                      "{name}:2025-10 or {name}:2025-10-28"),
    QT_TRANSLATE_NOOP("QueryError", "'amount:{value}' is not an amount; write for example "
                      "amount:>=10bn, amount:>500m or amount:>=10e9"),
)


def query_message(error: QueryError) -> str:
    return QCoreApplication.translate("QueryError", error.template).format(**error.values)


Engine = SearchIndex | EditedSearch | ScanSearch  # what answers a query

PAUSE_MS = 120
AFTER_FIRST_FRAME_MS = 100  # background work waits this long after a timeline is shown
SLOW_MS = 800   # an index that takes longer than this is worth a word in the status bar
LISTED = 1000  # hits of each kind the results pane lists; the counts cover every match
STOPPED = (sqlite3.OperationalError, InterruptedError)  # what an interrupted query raises


class SearchService(QObject):
    """``ask(text)`` soon answers with ``answered(text, Results)`` or ``refused(text,
    message)``. ``state`` is "none" (nothing open), "indexing" (answers come from reading the
    text; ``progress`` says how far the index is), "ready", or "unindexed" (the index could not
    be built, ``problem`` says why; answers still come from reading the text)."""

    answered = Signal(str, object)
    refused = Signal(str, str)
    state_changed = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 cache_dir: Path | bool | None = True, pacer: Pacer | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._latest = ""
        self._lock = threading.Lock()       # one query at a time
        self._plan_lock = threading.Lock()
        self._opened: OpenTimeline | None = None
        self._plan: SearchPlan | None = None
        self._scan: ScanSearch | None = None
        self._index: SearchIndex | None = None
        self._overlay: EditedSearch | None = None  # the index with the edits since, read
        self._engine: Engine | None = None  # answering the running query
        # What changed since the snapshot the index answers for (None: the index cannot
        # answer for the open snapshot), and since the one the worker is indexing.
        self._edits: Edits | None = None
        self._pending: Edits | None = None
        self._indexes = 0  # counts the indexes asked for; a late one is dropped
        self._counting: str | None = None
        self._cache_dir = default_cache_dir() if cache_dir is True else cache_dir or None
        self._scratch: Path | None = None  # where the index goes when there is no cache
        self.state, self.progress, self.problem = "none", 0.0, ""
        self.pacer = pacer or Pacer()  # the views hold it while the user moves them
        self.slow = False  # still indexing after SLOW_MS: the status bar says so
        self._slow_timer = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._slow_timer.timeout.connect(self._on_slow)
        self._mail = Mailbox(self)  # what the pool threads hand back to the GUI thread
        self.worker = IndexWorker(self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.built.connect(self._on_built)
        self.worker.failed.connect(self._on_failed)
        self._after_first_frame = QTimer(self, singleShot=True, interval=AFTER_FIRST_FRAME_MS)
        self._after_first_frame.timeout.connect(self._begin_warm_up)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self._send)

    @property
    def index(self) -> SearchIndex | None:
        return self._index

    # --- the open timeline -------------------------------------------------------------------

    def expect(self, path: Path) -> None:
        """A file starts opening: its index is started now, beside the loading."""
        self.worker.start(path, self._index_folder())

    def abandon(self, path: Path) -> None:
        """The file that was expected did not open: its index is not needed, but the open
        timeline's may still be."""
        if self.worker.timeline == path:
            self.worker.stop()
        pending = self._pending
        if pending is not None and self._index is None and not self.worker.running():
            self.worker.start(pending.base.path, self._index_folder())

    def load(self, opened: OpenTimeline) -> None:
        """Forgets the old timeline's search and starts on the new one: the index is built
        in another process (started by :meth:`expect` when the file began to open); the
        text is made ready for reading meanwhile."""
        self._forget_snapshot(opened)
        self._indexes += 1
        self._index, self._edits, self._pending = None, None, Edits(opened)
        self.state, self.progress, self.problem, self.slow = "indexing", 0.0, "", False
        self._slow_timer.start()
        if self.worker.timeline != opened.path:
            self.worker.start(opened.path, self._index_folder())
        self._after_first_frame.start()  # the window shows the timeline before this runs
        self.state_changed.emit()

    def follow(self, opened: OpenTimeline, *, saved: bool) -> None:
        """The next snapshot of the open timeline (an edit, its undo or redo; or a save,
        ``saved``). The index keeps answering, with the events the edits touched read
        directly (:mod:`~viewer.domain.search.overlay`); an edit it cannot answer for (a
        report changed, an entity renamed) makes the snapshot be read directly until it is
        saved. A save has the saved file indexed, which then takes over."""
        self._forget_snapshot(opened)
        self._edits = self._edits.after(opened) if self._edits is not None else None
        self._pending = self._pending.after(opened) if self._pending is not None else None
        if saved:
            self._indexes += 1
            self._pending = Edits(opened)
            self.worker.start(opened.path, self._index_folder())
        elif self._pending is None:
            self.worker.stop()
        if self._index is not None and self._edits is not None:
            self.state, self.progress, self.problem, self.slow = "ready", 1.0, "", False
        elif self._pending is not None:
            self.state, self.progress, self.problem = "indexing", 0.0, ""
        else:
            self.state, self.progress, self.slow = "unindexed", 0.0, False
            self.problem = "the timeline has changes the index cannot follow; they are " \
                "searched as they are until the timeline is saved"
        self.state_changed.emit()

    def _forget_snapshot(self, opened: OpenTimeline) -> None:
        """Nothing made for the last snapshot answers for ``opened``. Under the plan lock: a
        pool thread that checked the generation and is about to keep what it made (a plan, a
        scan) must not keep it after this (a scan of the timeline before would then answer
        for this one, reading events the document is freeing)."""
        with self._plan_lock:
            self._generation += 1
            self._opened, self._plan, self._scan, self._overlay = opened, None, None, None
            self._engine = None

    def _begin_warm_up(self) -> None:
        generation = self._generation
        self._mail.start(lambda: self._warm_up(generation))

    def _index_folder(self) -> Path:
        if self._cache_dir is not None:
            return self._cache_dir
        if self._scratch is None:  # no cache: a folder of this session, removed at the end
            scratch = self._scratch = Path(tempfile.mkdtemp(prefix="timeline-viewer-index-"))
            self.destroyed.connect(lambda: shutil.rmtree(scratch, ignore_errors=True))
        return self._scratch

    def close(self) -> None:
        """Stops building (the window closes)."""
        with self._plan_lock:
            self._generation += 1
        self.worker.stop()

    def _warm_up(self, generation: int) -> None:
        """Numbers the documents (a tenth of a second at 100,000 events), so that a query
        typed before the index is ready starts reading at once."""
        self._scanner(generation)

    def _planned(self, generation: int) -> SearchPlan | None:
        with self._plan_lock:
            if generation != self._generation or self._opened is None:
                return None
            if self._plan is not None:
                return self._plan
            opened, index = self._opened, self._index
        # Made outside the lock (a tenth of a second at 100,000 events), kept only if the
        # timeline is still the one it was made for.
        plan = SearchPlan(opened, self.pacer, like=index.plan if index is not None else None)
        with self._plan_lock:
            if generation != self._generation:
                return None
            if self._plan is None:
                self._plan = plan
            return self._plan

    def _answering(self, generation: int) -> Engine | None:
        """The index (with the edits since it was built, read directly), else the text."""
        index, edits = self._index, self._edits
        if index is None or edits is None:
            return self._scanner(generation)
        if edits.base is self._opened and not edits.touched:
            return index
        plan = self._planned(generation)
        with self._plan_lock:
            if plan is None or generation != self._generation:
                return None
            if self._overlay is None:
                self._overlay = EditedSearch(index, plan, edits)
            return self._overlay

    def _scanner(self, generation: int) -> ScanSearch | None:
        plan = self._planned(generation)
        with self._plan_lock:
            if plan is None or generation != self._generation:
                return None
            if self._scan is None:
                self._scan = ScanSearch(plan, self.pacer)
            return self._scan

    def _on_slow(self) -> None:
        if self.state == "indexing":
            self.slow = True
            self.state_changed.emit()

    def _on_progress(self, fraction: float) -> None:
        self.progress = fraction
        self.state_changed.emit()

    def _on_built(self, path: str, stamp: tuple) -> None:
        """The worker built the index of the snapshot it was asked for (a build that was
        replaced since never reports) into the file ``path``."""
        pending, asked = self._pending, self._indexes
        if pending is None:  # edits since then cannot be followed: the index is no use
            return
        base = pending.base
        if base.loaded.stamp is not None and tuple(stamp) != base.loaded.stamp:
            self._on_failed("the file changed on disk while its index was being built; "
                            "open it again to index the new version")
            return

        def open_it() -> None:
            # Numbered as the snapshot that was indexed: the file's.
            plan = SearchPlan(base, self.pacer) if base is not self._opened \
                else self._planned(self._generation)
            if plan is None:
                plan = SearchPlan(base, self.pacer)
            index = SearchIndex.open_file(plan, Path(path))
            self._mail.post(self._on_index_opened, asked,
                            index or "the index that was built cannot be read")
        self._mail.start(open_it)

    def _on_index_opened(self, asked: int, result: object) -> None:
        if asked != self._indexes:  # another index was asked for since (a save)
            return
        if isinstance(result, str):
            self._on_failed(result)
            return
        # The index answers from now on, for the snapshot it was built from with the edits
        # made while it was built (or, if one could not be followed, not at all).
        self._index, self._edits, self._pending = result, self._pending, None
        self._scan = self._overlay = None
        if self._edits is None:
            self.state, self.progress = "unindexed", 0.0
            self.problem = "the timeline has changes the index cannot follow; they are " \
                "searched as they are until the timeline is saved"
        else:
            self.state, self.progress = "ready", 1.0
        self.state_changed.emit()
        if self._latest.strip():
            self.ask(self._latest, at_once=True)  # the same hits, now from the index

    def _on_failed(self, message: str) -> None:
        self.state, self.problem = "unindexed", message
        self.state_changed.emit()

    # --- queries -----------------------------------------------------------------------------

    def ask(self, text: str, *, at_once: bool = False) -> None:
        self._latest = text
        if at_once:
            self._pause.stop()  # sent now: the pause would send it a second time
            self._send()
        else:
            self._pause.start()

    def _send(self) -> None:
        text, generation = self._latest, self._generation
        engine = self._engine
        if self._counting is not None and self._counting != text and engine is not None:
            engine.interrupt()  # nobody waits for that count any more

        def stale() -> bool:
            return text != self._latest or generation != self._generation

        def answer() -> None:
            try:
                first = self._run(generation, lambda e: e.first(text), stale)
                if first is None:
                    return
                self._mail.post(self.answered.emit, text, first)
                if first.complete:
                    return
                self._counting = text
                try:
                    every = self._run(generation, lambda e: e.search(text, LISTED), stale)
                finally:
                    self._counting = None
                if every is not None:
                    self._mail.post(self.answered.emit, text, every)
            except QueryError as error:
                self._mail.post(self._refuse, text, error)
        self._mail.start(answer)

    def _run(self, generation: int, query: Callable[[Engine], Results],
             stale: Callable[[], bool]) -> Results | None:
        """``query`` on the index, or on the text while there is none, unless it has been
        replaced; an interrupted query that is still wanted (it was caught by an interrupt
        meant for the one before) is asked again."""
        for attempt in range(3):
            with self._lock:
                if stale():
                    return None
                engine = self._answering(generation)
                if engine is None:
                    return None
                self._engine = engine
                try:
                    found = query(engine)
                    return None if stale() else found  # never an answer for another timeline
                except STOPPED:
                    if stale() or attempt == 2:
                        return None
                except (IndexError, KeyError, AttributeError):
                    if stale():  # the timeline it read was closed and freed meanwhile
                        return None
                    raise
        return None

    def _refuse(self, text: str, error: QueryError) -> None:
        """Says why a query cannot be read, in the interface's language."""
        self.refused.emit(text, query_message(error))

