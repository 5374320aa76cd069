"""The open timeline as one QObject: the loaded evidence, the selection and the search.

Views never talk to each other; they call this document and redraw on its few coarse signals.
Three parts hold the state: the :class:`OpenTimeline` (everything derived from the file,
Qt-free), the :class:`Selection` and the :class:`SearchSession`; the document composes them,
forwards their signals, and finds which events quote each report. Loading a file that fails
raises before anything changes, so the timeline already open stays.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoStack

from viewer.domain.authoring.edits import problems_of
from viewer.domain.files.loading import LoadedTimeline, no_collection
from viewer.domain.files.saving import save_timeline
from viewer.domain.format.fast_load import replace
from viewer.domain.format.model import AnchoredQuote, Entity, Event, Source
from viewer.domain.format.problems import Severity, TimelineError
from viewer.domain.search.plan import Hit, Results
from viewer.domain.story.changes import Change
from viewer.domain.story.conflicts import Conflict
from viewer.domain.story.open_timeline import OpenTimeline, open_timeline
from viewer.domain.story.pacing import Pacer
from viewer.domain.timeline.items import Placement
from viewer.qt.document.editing import Snapshot, SnapshotCommand
from viewer.qt.document.mailbox import Mailbox
from viewer.qt.document.search_session import SearchSession
from viewer.qt.document.selection import Selection
from viewer.qt.style.numbers import ui_language

QUOTES_AT_ONCE = 10_000  # events whose quotes are indexed on the GUI thread (milliseconds)
RELEASE_STEP = 2000       # events freed at a time when another timeline replaces one
QUOTES_AFTER_MS = 500    # a large timeline's quotes are indexed this long after it is shown
UNDO_LIMIT = 200         # edits that can be undone
EMPTY = Placement.empty()


class TimelineDocument(QObject):
    """Owns what is open; emits ``timeline_changed``, ``selection_changed``, ``filter_changed``
    (which events match the search), ``results_changed`` (the search's hits or its error),
    ``search_state_changed`` (the index: building, ready, read directly) and
    ``passage_requested`` (source id, start, end) when a quote should be shown.

    Everything derived from the file (order, conflicts, lanes, threads) lives in the
    :class:`~viewer.domain.story.open_timeline.OpenTimeline`, made before it is handed over (in
    a background thread when the app opens a file, see :mod:`viewer.qt.document.opener`)."""

    timeline_changed = Signal()
    selection_changed = Signal(int)
    filter_changed = Signal()
    results_changed = Signal()
    search_state_changed = Signal()
    timeline_edited = Signal()  # the same timeline, changed: views keep their place
    modified_changed = Signal(bool)  # whether there are unsaved changes
    saved = Signal(Path)
    passage_requested = Signal(str, int, int)
    quotes_indexed = Signal()  # which events quote each report is known (see ``passages``)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened: OpenTimeline | None = None
        self._owned = False  # whether ``opened`` is this document's to free
        # Background work (search, indexing quotes) gives way while the user moves the view.
        self.pacer = Pacer()
        self.search = SearchSession(self, self.pacer)
        self.selection = Selection(self, self.search.is_match)
        self.selection.changed.connect(self.selection_changed)
        self.search.filter_changed.connect(self.filter_changed)
        self.search.results_changed.connect(self.results_changed)
        self.search.state_changed.connect(self.search_state_changed)
        self._passages: dict[str, list[tuple[int, int, int]]] = {}
        self.undo_stack = QUndoStack(self)
        # Each step keeps its snapshot's list of events (shared events, but the list itself is
        # new: 0.8 MB at 100,000 events), so the history is bounded.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)  # a method: Qt disconnects
                                                                      # it when deleted
        self._saved_timeline: Any = None  # the snapshot that is the file on disk
        # A snapshot known to have no errors, with its texts (as opened or last saved): a
        # save checks only the events that are not its own.
        self._checked: tuple[Any, dict[str, str]] | None = None
        self._mail = Mailbox(self)
        self._quotes_timer = QTimer(self, singleShot=True, interval=QUOTES_AFTER_MS)
        self._quotes_timer.timeout.connect(self._begin_quotes)

    # --- loading -----------------------------------------------------------------------------

    def open(self, path: Path | str) -> OpenTimeline:
        """Loads ``path`` in this thread; raises :class:`TimelineError` and keeps the current
        timeline."""
        opened = open_timeline(path, keep=True, language=ui_language())
        self.set_open(opened)
        return opened

    def set_loaded(self, loaded: LoadedTimeline) -> None:
        """Shows a timeline the caller loaded (and keeps: it is not freed when replaced)."""
        self.set_open(OpenTimeline(loaded, language=ui_language()), owned=False)

    def set_open(self, opened: OpenTimeline, *, owned: bool = True) -> None:
        """Takes over a timeline opened elsewhere; the views follow ``timeline_changed``.
        An ``owned`` timeline is freed here once another replaces it."""
        old, self.opened = self.opened if self._owned else None, opened
        self._owned = owned
        self._saved_timeline = opened.timeline
        self._checked = (opened.timeline, opened.texts)  # it passed the loader's checks
        self.undo_stack.clear()
        self._passages = {}
        self.selection.reset(opened)
        self.search.reset(opened)
        self._index_quotes(opened)
        self.timeline_changed.emit()
        self.filter_changed.emit()
        self.results_changed.emit()
        self.selection_changed.emit(self.selected)
        if old is not None and old.loaded is not opened.loaded:
            self._release(old)

    # --- editing (snapshots and undo) ----------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        return Snapshot(self.opened.timeline, self.opened.texts)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def edit(self, text: str, timeline: Any, *, texts: dict[str, str] | None = None,
             select: str | None = None) -> None:
        """Shows ``timeline`` (the next snapshot, made by the domain's edits) as an undoable
        step named ``text``; ``select`` is the event to select after it (by id)."""
        before = self.snapshot
        after = Snapshot(timeline, before.texts if texts is None else texts)
        current = self.selected_event()
        current_id = current.id if current is not None else None
        self.undo_stack.push(SnapshotCommand(self, text, before, after, select or current_id,
                                             current_id))

    def show_snapshot(self, snapshot: Snapshot, select_id: str | None,
                      change: Change | None = None) -> Change | None:
        """Shows one snapshot of the open timeline (an edit, its undo or redo): everything
        derived is made anew from it, views keep their place, the search is asked again.
        ``change``: how its events differ from those shown, when known; returns how they
        differed (None when the snapshot was derived afresh)."""
        with no_collection():
            old = self.opened
            loaded = LoadedTimeline(old.path, snapshot.timeline, snapshot.texts, [], stamp=None)
            opened = old.after_edit(loaded, change)  # only the changed events looked at again
            self.opened, self._owned = opened, False  # the undo stack keeps the old snapshot
            self._passages = {}
            # Selected before the views hear of the new snapshot, so each lays it out once,
            # with its selection; the selection's signal follows.
            self.selection.reset(opened, select_id)
            self.search.follow(opened, saved=snapshot.timeline is self._saved_timeline)
            self._index_quotes(opened)
            self.timeline_edited.emit()
            self.filter_changed.emit()
            self.results_changed.emit()
            self.selection_changed.emit(self.selected)
            # A snapshot brings lists as long as the timeline (its events, the derived
            # columns). Left to the collector, the next young-generation pass would walk them
            # (13 to 35 ms at 100,000 events; 60 to 75 ms for an older generation). They hold
            # no cycles (they are freed when the last reference goes, as an open file is), so
            # they are frozen out of its sight, as open_timeline does with a file it keeps;
            # before the collector is back on, which would collect at once.
            gc.freeze()
        return opened.change

    def save(self, path: Path | None = None) -> Path:
        """Writes the open snapshot to ``path`` (default: its own file), atomically, after
        checking it as ``validate`` would. Raises :class:`TimelineError` (invalid: nothing
        written) or ``OSError`` (not written); the edits and the unsaved mark stay either way."""
        opened = self.opened
        target = Path(path or opened.path).absolute()
        timeline = opened.timeline
        if target.parent != opened.path.absolute().parent:  # Save As elsewhere: same reports
            folder = os.path.relpath(opened.loaded.sources_dir, target.parent)
            timeline = replace(timeline, sources_dir=Path(folder).as_posix())
        problems = problems_of(timeline, opened.texts, target.name, checked=self._checked)
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:
            raise TimelineError(errors)
        save_timeline(target, timeline)
        info = target.stat()
        opened.loaded = LoadedTimeline(target, timeline, opened.texts, [],
                                       (info.st_size, info.st_mtime_ns))
        self._saved_timeline = timeline
        self._checked = (timeline, opened.texts)
        self.undo_stack.setClean()
        self.search.follow(opened, saved=True)  # its index can be built now
        self.saved.emit(target)
        return target

    def _release(self, old: OpenTimeline) -> None:
        """Frees the timeline that was open in a pool thread, a few thousand events at a time
        (freeing 100,000 events at once holds the interpreter for a fifth of a second)."""
        events = old.events
        pacer = self.pacer

        def work() -> None:
            while events:
                pacer.wait()
                del events[-RELEASE_STEP:]
        QThreadPool.globalInstance().start(work)

    @property
    def loaded(self) -> LoadedTimeline | None:
        return self.opened.loaded if self.opened else None

    @property
    def events(self) -> list[Event]:
        return self.opened.events if self.opened else []

    @property
    def title(self) -> str:
        return self.opened.title if self.opened else ""

    @property
    def order(self) -> list[int]:
        """Event indices in date order: the order of stepping and of the list."""
        return self.opened.order_list if self.opened else []

    @property
    def items(self) -> Placement:
        return self.items_on("event")

    @property
    def conflicts(self) -> dict[int, list[Conflict]]:
        return self.opened.conflicts if self.opened else {}

    def conflicts_of(self, index: int) -> list[Conflict]:
        return self.opened.conflicts_of(index) if self.opened else []

    @property
    def threads(self) -> dict[str, str]:
        return self.opened.thread_titles if self.opened else {}

    @property
    def entities(self) -> dict[str, Entity]:
        return self.opened.entities if self.opened else {}

    @property
    def sources(self) -> dict[str, Source]:
        return self.opened.sources if self.opened else {}

    def text_of(self, source_id: str) -> str:
        return self.opened.texts.get(source_id, "") if self.opened else ""

    def name_of(self, entity_id: str) -> str:
        return self.opened.name_of(entity_id) if self.opened else entity_id

    # --- selection (kept by :class:`Selection`) ------------------------------------------------

    @property
    def selected(self) -> int:
        return self.selection.index

    def select(self, index: int) -> None:
        self.selection.select(index)

    def select_id(self, event_id: str) -> bool:
        return self.selection.select_id(event_id)

    def selected_event(self) -> Event | None:
        return self.selection.event()

    def step(self, delta: int) -> None:
        """Selects the next (``+1``) or previous (``-1``) event in date order among matches."""
        self.selection.step(delta)

    def step_thread(self, delta: int) -> str:
        """Selects the next or previous development of the selected event's story (see
        :meth:`Selection.step_thread`)."""
        return self.selection.step_thread(delta)

    def items_on(self, axis: str) -> Placement:
        """The events placed by when they happened ("event") or were reported ("reported")."""
        return self.opened.placement(axis) if self.opened else EMPTY

    def thread_of(self, index: int) -> list[int]:
        """The events of the story ``index`` belongs to, in date order (empty if none)."""
        return self.opened.thread_of(index) if self.opened else []

    # --- evidence ----------------------------------------------------------------------------

    def open_quote(self, event_index: int, quote_index: int = 0) -> AnchoredQuote | None:
        """Asks the source pane to show one of an event's quotes, highlighted."""
        if not 0 <= event_index < len(self.events):
            return None
        quotes = self.events[event_index].quotes
        if not 0 <= quote_index < len(quotes):
            return None
        self.select(event_index)
        quote = quotes[quote_index]
        self.passage_requested.emit(quote.source, quote.start, quote.end)
        return quote

    def _index_quotes(self, opened: OpenTimeline) -> None:
        """Finds which events quote each report in a pool thread (a quarter of a second at
        100,000 events, too long for the GUI thread); ``quotes_indexed`` follows. A small
        timeline's are found at once."""
        if opened.columns.count <= QUOTES_AT_ONCE:
            opened.columns.with_source  # noqa: B018 - made here, kept by the columns
            return
        self._quotes_timer.start()  # the window shows the timeline before this runs

    def _begin_quotes(self) -> None:
        opened = self.opened
        if opened is None or opened.columns.knows_sources():
            return

        def work() -> None:
            try:
                opened.columns.index_sources(self.pacer)
                self._mail.post(self._on_quotes_indexed, opened)
            finally:
                self._mail.done()
        self._mail.expect()
        QThreadPool.globalInstance().start(work)

    def _on_quotes_indexed(self, opened: OpenTimeline) -> None:
        if opened is self.opened:
            self._passages = {}
            self.quotes_indexed.emit()

    def passages(self, source_id: str) -> list[tuple[int, int, int]]:
        """(start, end, event index) of every quote of a source, made when the source is first
        shown (only the events that quote it are looked at). Empty until the pool thread has
        found which events quote which report (``quotes_indexed``)."""
        if self.opened is None or not self.opened.columns.knows_sources():
            return []
        if source_id not in self._passages:
            quoting = self.opened.columns.with_source.get(source_id, np.zeros(0, dtype=int))
            self._passages[source_id] = [
                (quote.start, quote.end, index) for index in quoting.tolist()
                for quote in self.events[index].quotes if quote.source == source_id]
        return self._passages.get(source_id, [])

    def events_quoting(self, source_id: str, position: int) -> list[int]:
        """Events with a quote of ``source_id`` that covers character ``position``."""
        return [index for start, end, index in self.passages(source_id)
                if start <= position < end]

    # --- search (kept by :class:`SearchSession`) -----------------------------------------------

    @property
    def query(self) -> str:
        return self.search.query

    @property
    def answered_query(self) -> str:
        return self.search.answered_query

    @property
    def matches(self) -> set[int] | None:
        return self.search.matches

    @property
    def results(self) -> Results | None:
        return self.search.results

    @property
    def query_error(self) -> str:
        return self.search.error

    def set_query(self, text: str) -> None:
        """Searches for ``text`` in the background; ``results_changed`` and ``filter_changed``
        follow the answers."""
        self.search.set_query(text if self.opened is not None else "")

    def answer_pending(self) -> bool:
        """Whether the results shown are still those of an earlier query."""
        return self.search.answer_pending()

    def choose(self, hit: Hit) -> None:
        """Goes to a search result: its event, and the passage where the match is."""
        if hit.event is not None:
            self.select(hit.event)
        if hit.source is not None and hit.start is not None:
            self.passage_requested.emit(hit.source, hit.start, hit.end)

    def is_match(self, index: int) -> bool:
        return self.search.is_match(index)

    def match_mask(self) -> np.ndarray | None:
        """The matches as a mask over the events (made once per answer), for the views that
        filter 100,000 events at a time."""
        numbered = self.search.match_mask()
        return None if numbered is None else numbered[1]

    def numbered_match_mask(self) -> tuple[int, np.ndarray] | None:
        """:meth:`match_mask` with the number of the answer it belongs to (a view that keeps
        layouts made from a mask knows by the number when they are stale)."""
        return self.search.match_mask()

    def match_count(self) -> int:
        return self.search.match_count()
