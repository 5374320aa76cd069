"""Search by reading the text itself, for the seconds before the index is ready.

Building the index of a large timeline takes a while (another process does it, see
:mod:`viewer.domain.search_worker`); meanwhile :class:`ScanSearch` answers the same queries
with the same hits. Each word becomes a pattern that tolerates every way of writing it
(:class:`~viewer.domain.search_text.Tolerant`), run over the unfolded texts: each event's
titles, summary, statements and quotes, the names of the companies and outlets, and the
reports' paragraphs. What it finds are candidates; each candidate is then folded and checked
by the index's own rules (a word of three letters or more anywhere, a shorter one at the start
of a word), earliest first, so a first answer stops after the hits a results pane shows.

A word found almost everywhere (a single letter) is not worth a pattern: the candidates are
then all documents, checked in order until enough hits are found.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import numpy as np

from viewer.domain.loading import no_collection
from viewer.domain.search_plan import Results, SearchPlan
from viewer.domain.search_query import Query, parse_query
from viewer.domain.search_text import Tolerant, fold, word_start

SEPARATOR = "\x00"   # between texts: no needle contains it
COMMON = 20_000      # a word in more texts than this filters too little to be worth a pattern
FIRST = 50


class _Texts:
    """Texts joined into one string; ``owners[i]`` is what the ``i``-th text belongs to (an
    event index, or a passage number)."""

    def __init__(self, texts: list[str], owners: np.ndarray) -> None:
        self.text = SEPARATOR.join(texts)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        self._starts = np.concatenate(([0], np.cumsum(lengths + 1))).tolist()
        self.owners = owners

    def candidates(self, pattern: re.Pattern[str], stop: Callable[[], bool]) -> \
            np.ndarray | None:
        """The owners of the texts in which ``pattern`` matches; ``None`` when that is more
        than :data:`COMMON` texts (the word says too little to narrow anything down)."""
        found: list[int] = []
        text, starts, search, at = self.text, self._starts, pattern.search, 0
        while True:
            match = search(text, at)
            if match is None:
                break
            position = bisect.bisect_right(starts, match.start()) - 1
            found.append(position)
            if len(found) > COMMON:
                return None
            if not len(found) % 1024 and stop():
                raise InterruptedError("the scan was stopped")
            at = starts[position + 1]
        return np.unique(self.owners[np.array(found, dtype=np.int64)])


class ScanSearch:
    """Answers like :class:`~viewer.domain.search_index.SearchIndex` (``first``, ``search``,
    ``run``), without an index."""

    def __init__(self, plan: SearchPlan) -> None:
        self.plan = plan
        self.loaded = plan.loaded
        self._stopped = False

    @functools.cached_property
    def _event_texts(self) -> _Texts:
        """Every text an event is found by except names, each with its event."""
        events = self.plan.opened.events
        with no_collection():  # a few hundred thousand new lists and strings
            texts: list[str] = [e.title for e in events]
            texts += [e.title_de or "" for e in events]
            texts += [e.summary for e in events]
            texts += [c.statement or "" for e in events for c in e.claims]
            texts += [q.text for e in events for c in e.claims for q in c.quotes]
            owners = [np.tile(np.arange(len(events), dtype=np.int64), 3),
                      np.array([i for i, e in enumerate(events) for c in e.claims],
                               dtype=np.int64),
                      np.array([i for i, e in enumerate(events) for c in e.claims
                                for q in c.quotes], dtype=np.int64)]
            return _Texts(texts, np.concatenate(owners))

    @functools.cached_property
    def _passage_texts(self) -> _Texts:
        plan, texts = self.plan, self.plan.loaded.texts
        # The plan's passages are the non-blank lines of each report, in this order.
        lines = [line for source in plan.source_ids
                 for line in texts.get(source, "").split("\n") if line.strip()]
        return _Texts(lines, np.arange(len(lines), dtype=np.int64))

    @functools.cached_property
    def _named(self) -> list[tuple[str, np.ndarray]]:
        """Each entity's names, with the events that name it as an actor or a voice."""
        columns = self.plan.opened.columns
        empty = np.zeros(0, dtype=np.int64)
        with no_collection():
            columns.with_actor, columns.with_voice  # noqa: B018 - made here, once
        return [(" ".join([e.name, *e.aliases]),
                 np.union1d(columns.with_actor.get(e.id, empty),
                            columns.with_voice.get(e.id, empty)))
                for e in self.plan.opened.timeline.entities]

    def prepare(self) -> None:
        """Makes the joined texts now (a thread can do this before the first query)."""
        _ = self._event_texts, self._passage_texts, self._named

    def interrupt(self) -> None:
        """Stops the scan running in another thread (it raises InterruptedError)."""
        self._stopped = True

    def search(self, text: str, limit: int | None = None) -> Results:
        return self.run(parse_query(text), limit)

    def first(self, text: str, count: int = FIRST) -> Results:
        return self.run(parse_query(text), count, first=True)

    def run(self, query: Query, limit: int | None = None, *, first: bool = False) -> Results:
        self._stopped = False
        plan = self.plan
        if query.is_empty():
            return plan.empty_results()
        want = (limit or 0) + 1 if first else None
        event_mask = plan.facts.mask(query)
        events, events_done = self._events(query, event_mask, want)
        passages, passages_done = np.zeros(0, dtype=np.int64), True
        if plan.lists_passages(query):
            passages, passages_done = self._passages(query, plan.passage_keep(query), want)
        return plan.results(query, events, passages, limit,
                            complete=events_done and passages_done, event_mask=event_mask,
                            read_directly=True)

    def _stop(self) -> bool:
        return self._stopped

    def _events(self, query: Query, mask: np.ndarray | None,
                want: int | None) -> tuple[np.ndarray, bool]:
        plan = self.plan
        candidates = plan.opened.order
        if query.needles:
            found = [self._event_candidates(needle) for needle in query.needles]
            narrowed = [f for f in found if f is not None]
            if narrowed:
                chosen = functools.reduce(np.intersect1d, narrowed)
                candidates = plan.facts.in_date_order(chosen)
        if mask is not None:
            candidates = candidates[mask[candidates]]
        return self._confirmed(candidates, query, plan.event_document, want)

    def _event_candidates(self, needle: str) -> np.ndarray | None:
        pattern = Tolerant.pattern(needle)
        found = self._event_texts.candidates(pattern, self._stop)
        if found is None:
            return None
        named = [events for names, events in self._named if pattern.search(names)]
        return np.union1d(found, np.concatenate(named)) if named else found

    def _passages(self, query: Query, keep: np.ndarray | None,
                  want: int | None) -> tuple[np.ndarray, bool]:
        plan = self.plan
        candidates = np.arange(len(plan.paragraph_source), dtype=np.int64)
        if query.needles:
            found = [self._passage_texts.candidates(Tolerant.pattern(n), self._stop)
                     for n in query.needles]
            narrowed = [f for f in found if f is not None]
            if narrowed:
                candidates = functools.reduce(np.intersect1d, narrowed)
        if keep is not None:
            candidates = candidates[keep[candidates]]
        return self._confirmed(candidates, query, plan.passage_document, want)

    def _confirmed(self, candidates: np.ndarray, query: Query,
                   document: Callable[[int], str], want: int | None) -> tuple[np.ndarray, bool]:
        """The candidates (in order) whose folded document matches, and whether that is all:
        with ``want``, checking stops once that many are found."""
        if not query.needles:
            return (candidates, True) if want is None else (candidates[:want],
                                                            len(candidates) < want)
        long = [n for n in query.needles if len(n) >= 3]
        short = [word_start(n) for n in query.needles if len(n) < 3]
        kept: list[int] = []
        for checked, number in enumerate(candidates.tolist()):
            if not checked % 1024 and self._stopped:
                raise InterruptedError("the scan was stopped")
            body = fold(document(number))
            if all(n in body for n in long) and all(p.search(body) for p in short):
                kept.append(number)
                if want is not None and len(kept) >= want:
                    return np.array(kept, dtype=np.int64), False
        return np.array(kept, dtype=np.int64), True
