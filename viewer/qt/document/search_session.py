"""The search the user is running: the query typed, its answers as they come, which events
match, and how far the index is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from viewer.domain.search.plan import Results
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.story.pacing import Pacer
from viewer.qt.document.search_service import SearchService


class SearchSession(QObject):
    """Asks the :class:`SearchService` (index worker process, or reading the reports
    directly) and keeps what it answered. Emits ``filter_changed`` (which events match),
    ``results_changed`` (the hits or the query's error) and ``state_changed`` (the index:
    "indexing", "ready" or "unindexed"). Part of the document, which forwards the signals."""

    filter_changed = Signal()
    results_changed = Signal()
    state_changed = Signal()

    def __init__(self, parent: QObject, pacer: Pacer) -> None:
        super().__init__(parent)
        self._pacer = pacer
        self.service = SearchService(self, pacer=pacer)
        self.service.answered.connect(self._on_answered)
        self.service.refused.connect(self._on_refused)
        self.service.state_changed.connect(self.state_changed)
        self._count = 0
        self.query = ""
        self.answered_query = ""  # the query that ``results`` (or ``error``) answer
        self.matches: set[int] | None = None
        self.results: Results | None = None
        self.error = ""
        self._mask: tuple[int, np.ndarray] | None = None  # (answer number, mask)
        self._mask_source: set[int] | None = None  # the matches the mask was made from
        self._answers = 0

    # --- the open timeline -------------------------------------------------------------------

    def reset(self, opened: OpenTimeline) -> None:
        """A new timeline: no query; its index is started (the document emits after)."""
        self._count = opened.columns.count
        self.query, self.answered_query, self.error = "", "", ""
        self.matches, self.results, self._mask, self._mask_source = None, None, None, None
        self.service.load(opened)

    def follow(self, opened: OpenTimeline, *, saved: bool) -> None:
        """The same timeline after an edit (or a save): the query stays and is asked again of
        the new snapshot; until the answer comes, nothing is marked as matching (event indices
        may have moved)."""
        self._count = opened.columns.count
        self.matches, self._mask, self._mask_source = None, None, None
        self.answered_query = ""
        self.service.follow(opened, saved=saved)
        if self.query.strip():
            self.service.ask(self.query, at_once=True)

    def expect(self, path: Path) -> None:
        self.service.expect(path)

    def abandon(self, path: Path) -> None:
        self.service.abandon(path)

    def close(self) -> None:
        self.service.close()

    @property
    def state(self) -> str:
        return self.service.state

    @property
    def progress(self) -> float:
        return self.service.progress

    @property
    def problem(self) -> str:
        return self.service.problem

    @property
    def slow(self) -> bool:
        return self.service.slow

    # --- queries -----------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        if text == self.query:
            return
        self.query = text
        if not text.strip() or not self._count:
            self.matches, self.results, self.error = None, None, ""
            self.filter_changed.emit()
            self.results_changed.emit()
            return
        self.service.ask(text)

    def ask_now(self) -> None:
        """Sends the query without the typing pause (the user wants to go to a hit)."""
        self.service.ask(self.query, at_once=True)

    def _on_answered(self, text: str, results: Results) -> None:
        """A first answer lists the earliest hits; the timeline keeps its marks until the
        complete answer (a few milliseconds later) says which events match."""
        if text != self.query:
            return  # the user typed on; a newer answer is coming
        self._pacer.hold()  # the search in the background gives way while views update
        self.results, self.error, self.answered_query = results, "", text
        self.results_changed.emit()
        if results.complete:
            self.matches = results.matched
            self.filter_changed.emit()

    def _on_refused(self, text: str, message: str) -> None:
        if text != self.query:
            return
        self.results, self.matches, self.error = None, None, message
        self.answered_query = text
        self.filter_changed.emit()
        self.results_changed.emit()

    def answer_pending(self) -> bool:
        """Whether the results shown are still those of an earlier query."""
        return bool(self.query.strip()) and self.answered_query != self.query

    def is_match(self, index: int) -> bool:
        return self.matches is None or index in self.matches

    def match_mask(self) -> tuple[int, np.ndarray] | None:
        """The matches as a mask over the events with the number of the answer it was made
        for (made once per answer; the number lets views keep what they made from it)."""
        if self.matches is None:
            return None
        if self._mask is None or self._mask_source is not self.matches:
            self._answers += 1
            mask = np.zeros(self._count, dtype=bool)
            mask[np.fromiter(self.matches, dtype=np.int64, count=len(self.matches))] = True
            self._mask, self._mask_source = (self._answers, mask), self.matches
        return self._mask

    def match_count(self) -> int:
        return self._count if self.matches is None else len(self.matches)
