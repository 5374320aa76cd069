"""How search numbers what it searches, and how matches become hits.

Documents are numbered so that order means something: events in date order (in blocks by how
long they last, see :meth:`SearchPlan._event_blocks`), then the paragraphs of the reports in
order of publication. The index (:mod:`viewer.domain.search.index`), the scan that answers
while the index is built (:mod:`viewer.domain.search.scan`) and the process that builds the
index (:mod:`viewer.domain.search.worker`) share this plan, so all three number documents the
same way and answer a query with the same hits.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from viewer.domain.files.loading import LoadedTimeline
from viewer.domain.search.filters import EventFacts
from viewer.domain.search.query import Query, parse_query
from viewer.domain.search.text import locate, snippet
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.story.pacing import UNPACED, Pacer

SPANS = (31.0, 92.0, 366.0, np.inf)  # days an event may last, block by block
FIRST = 50  # hits of each kind in a first answer: more than a results pane shows at once


@dataclass(frozen=True)
class Hit:
    """One result: an event, or a paragraph of a source. ``start``/``end`` locate the match in
    the source text (``None`` when an event matched outside its quotes); ``highlight`` is where
    the match lies inside ``snippet``."""

    kind: str
    event: int | None
    source: str | None
    start: int | None
    end: int | None
    snippet: str
    highlight: tuple[int, int]
    quoted: bool = True  # a passage no event quotes yet is False


class LazyHits(Sequence[Hit]):
    """Hits made when first asked for: a snippet costs a fold of its text, and a results list
    only ever shows a screenful."""

    def __init__(self, numbers: np.ndarray, make: Callable[[int], Hit]) -> None:
        self._numbers = numbers.tolist()
        self._make = make
        self._made: dict[int, Hit] = {}

    def __len__(self) -> int:
        return len(self._numbers)

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if position not in self._made:
            self._made[position] = self._make(self._numbers[position])
        return self._made[position]

    def __add__(self, other: Sequence[Hit]) -> list[Hit]:
        return list(self) + list(other)


@dataclass(frozen=True)
class Results:
    """What a query found. ``complete`` answers count every match; a ``first`` answer holds the
    earliest hits only (counts are then at least these, and ``matched`` is not known yet)."""

    events: Sequence[Hit]
    passages: Sequence[Hit]
    matched: set[int] | None  # every matching event; None: all events (or not known yet)
    event_count: int
    passage_count: int
    complete: bool = True
    read_directly: bool = False  # found by reading the text, while the index is being built


class Answers:
    """What every way of answering (the index, the direct scan, the index with edits) offers
    on top of its ``run``: a query as typed, counted whole or only its earliest hits."""

    def run(self, query: Query, limit: int | None = None, *,
            first: bool = False) -> Results:  # pragma: no cover - each answerer has its own
        raise NotImplementedError

    def search(self, text: str, limit: int | None = None) -> Results:
        """Every match, counted exactly; ``limit`` caps the hits listed, not the counts.
        Raises :class:`QueryError` for a query that cannot be read."""
        return self.run(parse_query(text), limit)

    def first(self, text: str, count: int = FIRST) -> Results:
        """The earliest ``count`` hits of each kind, found without looking at the rest:
        ``complete`` when that is all."""
        return self.run(parse_query(text), count, first=True)


class ReadingAnswers(Answers):
    """An answerer that reads the events and passages itself (the direct scan, the index with
    edits): ``run`` filters, asks ``_events`` and ``_passages``, and makes the results."""

    plan: SearchPlan
    read_directly = False  # whether the results say they were read without the index

    def _events(self, query: Query, mask: np.ndarray | None,
                want: int | None) -> tuple[np.ndarray, bool]:  # pragma: no cover
        raise NotImplementedError

    def _passages(self, query: Query, keep: np.ndarray | None,
                  want: int | None) -> tuple[np.ndarray, bool]:  # pragma: no cover
        raise NotImplementedError

    def run(self, query: Query, limit: int | None = None, *, first: bool = False) -> Results:
        plan = self.plan
        if query.is_empty():
            return plan.empty_results()
        want = (limit or 0) + 1 if first else None
        mask = plan.facts.mask(query)
        events, events_done = self._events(query, mask, want)
        passages, passages_done = np.zeros(0, dtype=np.int64), True
        if plan.lists_passages(query):
            passages, passages_done = self._passages(query, plan.passage_keep(query), want)
        return plan.results(query, events, passages, limit,
                            complete=events_done and passages_done, event_mask=mask,
                            read_directly=self.read_directly)


class SearchPlan:
    """The numbering of one open timeline's documents, its filters' facts, and the hits."""

    def __init__(self, opened: OpenTimeline | LoadedTimeline, pacer: Pacer = UNPACED, *,
                 like: SearchPlan | None = None) -> None:
        """``like``: the plan of an earlier snapshot of the same timeline, whose passages are
        taken over when the reports and their texts are the same (an edit of events)."""
        if isinstance(opened, LoadedTimeline):
            opened = OpenTimeline(opened)
        self.opened = opened
        self.loaded = opened.loaded
        self.facts = EventFacts(opened)
        self.first_passage = opened.columns.count  # events first, then passages
        self.source_ids = [s.id for s in sorted(
            opened.timeline.sources, key=lambda s: (s.published.start or dt.date.min, s.id))]
        texts = self.loaded.texts
        if like is not None and like.source_ids == self.source_ids and all(
                texts.get(s) is like.loaded.texts.get(s) for s in self.source_ids):
            self.paragraph_source, self.paragraph_start, self.paragraph_end = \
                like.paragraph_source, like.paragraph_start, like.paragraph_end
        else:
            self._paragraphs(pacer)
        self.doc_count = self.first_passage + len(self.paragraph_source)

    @property
    def event_of_doc(self) -> np.ndarray:
        """The event each event document stands for (documents 0 … events - 1)."""
        return self._numbering[0]

    @property
    def event_blocks(self) -> list[tuple[int, int]]:
        return self._numbering[1]

    @functools.cached_property
    def _numbering(self) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Events by how long they last (up to a month, a quarter, a year, longer or open),
        each block in date order. Within a block an event ends at most so long after it
        starts, so the events a date filter keeps lie close together in it. (The index
        numbers its documents so; reading the text directly needs none of it.)"""
        facts = self.facts
        span = facts.last - facts.first  # inf for an open end or start
        ordered = facts.in_date_order(None)
        blocks, parts, start = [], [], 0
        low = -1.0
        for high in SPANS:
            part = ordered[(span[ordered] > low) & (span[ordered] <= high)]
            parts.append(part)
            blocks.append((start, start + len(part)))
            start += len(part)
            low = high
        return np.concatenate(parts).astype(np.int64), blocks

    def _paragraphs(self, pacer: Pacer) -> None:
        """Passage documents: each non-blank line of each report, reports in order of
        publication (offsets are code points in the report's text)."""
        texts = self.loaded.texts
        numbers, starts, ends = [], [], []
        for number, source_id in enumerate(self.source_ids):
            if not number % 100:
                pacer.wait()
            lines = texts.get(source_id, "").split("\n")
            lengths = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
            line_ends = np.cumsum(lengths + 1) - 1
            kept = np.fromiter(map(bool, map(str.strip, lines)), dtype=bool, count=len(lines))
            ends.append(line_ends[kept])
            starts.append((line_ends - lengths)[kept])
            numbers.append(np.full(int(kept.sum()), number, dtype=np.int64))
        empty = np.zeros(0, dtype=np.int64)
        self.paragraph_source = np.concatenate(numbers) if numbers else empty
        self.paragraph_start = np.concatenate(starts) if starts else empty
        self.paragraph_end = np.concatenate(ends) if ends else empty

    def paragraph(self, number: int) -> tuple[str, int, int]:
        """The report, start and end of passage ``number``."""
        return (self.source_ids[int(self.paragraph_source[number])],
                int(self.paragraph_start[number]), int(self.paragraph_end[number]))

    # --- documents ---------------------------------------------------------------------------

    @functools.cached_property
    def _entity_words(self) -> dict[str, str]:
        return {e.id: " ".join([e.name, *e.aliases]) for e in self.opened.timeline.entities}

    def event_document(self, index: int) -> str:
        """What an event is found by: titles, summary, the names it mentions, statements and
        quotes, one per line (a needle never spans two lines)."""
        event, names = self.opened.events[index], self._entity_words
        parts = [event.title, event.title_de or "", event.summary]
        parts += [names.get(a, a) for a in event.actors]
        for claim in event.claims:
            parts += [names.get(w, w) for w in claim.attributed_to]
            parts += [claim.statement or ""] + [q.text for q in claim.quotes]
        return "\n".join(parts)

    def passage_document(self, number: int) -> str:
        source, start, end = self.paragraph(number)
        return self.loaded.texts[source][start:end]

    def documents(self) -> Iterator[str]:
        """Every document in the order it is numbered."""
        for index in self.event_of_doc.tolist():
            yield self.event_document(index)
        for number in range(len(self.paragraph_source)):
            yield self.passage_document(number)

    # --- answers -----------------------------------------------------------------------------

    def passage_keep(self, query: Query) -> np.ndarray | None:
        """Which passages the filters keep (``None``: all of them)."""
        sources = self.facts.passage_sources(query)
        if sources is None:
            return None
        wanted = np.array([s in sources for s in self.source_ids], dtype=bool)
        return wanted[self.paragraph_source]

    def lists_passages(self, query: Query) -> bool:
        listed = query.needles or query.filters.keys() & {"source", "outlet"}
        return bool(self.facts.passages_allowed(query) and listed)

    def results(self, query: Query, events: np.ndarray, passages: np.ndarray,
                limit: int | None, *, complete: bool, event_mask: np.ndarray | None,
                read_directly: bool = False) -> Results:
        """The answer for matching ``events`` (event indices, in date order) and ``passages``
        (passage numbers, in order); ``limit`` caps the hits listed, not the counts."""
        everything = not query.needles and event_mask is None
        return Results(
            events=LazyHits(events[:limit], lambda i: self.event_hit(i, query)),
            passages=LazyHits(passages[:limit], lambda p: self.passage_hit(p, query)),
            matched=None if everything or not complete else set(events.tolist()),
            event_count=len(events), passage_count=len(passages), complete=complete,
            read_directly=read_directly)

    def empty_results(self) -> Results:
        return Results([], [], None, self.opened.columns.count, 0)

    # --- hits --------------------------------------------------------------------------------

    def event_hit(self, index: int, query: Query) -> Hit:
        """The event and where it matched: in a quote (located in its report), else in its
        title, summary, a claim, or the names of its actors and voices; the first that holds
        a match is shown, and the later ones are not even made."""
        event = self.opened.events[index]
        if query.needles:
            for quote in event.quotes:
                found = locate(quote.text, query.needles)
                if found:
                    text, a, b = snippet(quote.text, *found)
                    return Hit("event", index, quote.source, quote.start + found[0],
                               quote.start + found[1], text, (a, b))
            for text in self._texts_of(event, query.needles):
                found = locate(text, query.needles)
                if found:
                    piece, a, b = snippet(text, *found)
                    return Hit("event", index, None, None, None, piece, (a, b))
        return Hit("event", index, None, None, None, event.title, (0, 0))

    def _texts_of(self, event: Any, needles: list[str]) -> Iterator[str]:
        yield from (event.title, event.summary, event.title_de or "")
        yield from (claim.statement or "" for claim in event.claims)
        yield self._who(event, needles)

    def _who(self, event: Any, needles: list[str]) -> str:
        """Who an event names, for a hit found by a name rather than by a quote or title: each
        actor and voice by name, with an alias only when the alias is what matched."""
        entities = self.opened.entities

        def label(entity_id: str) -> str:
            entity = entities.get(entity_id)
            if entity is None:
                return entity_id
            aliases = [a for a in entity.aliases if locate(a, needles)]
            return entity.name + (f" ({', '.join(aliases)})" if aliases else "")
        actors = [label(a) for a in event.actors]
        voices = list(dict.fromkeys(label(w) for c in event.claims for w in c.attributed_to))
        parts = ["Actors: " + ", ".join(actors) if actors else "",
                 "Reported by: " + ", ".join(voices) if voices else ""]
        return "; ".join(part for part in parts if part)

    @functools.cached_property
    def _quotes(self) -> dict[str, list[tuple[int, int]]]:
        quotes: dict[str, list[tuple[int, int]]] = {}
        for event in self.opened.events:
            for quote in event.quotes:
                quotes.setdefault(quote.source, []).append((quote.start, quote.end))
        return quotes

    def passage_hit(self, number: int, query: Query) -> Hit:
        source, start, end = self.paragraph(number)
        line = self.loaded.texts[source][start:end]
        found = locate(line, query.needles) if query.needles else None
        a, b = found or (0, 0)
        piece, x, y = snippet(line, a, b)
        first, last = (start + a, start + b) if found else (start, end)
        quoted = any(q_start < max(last, first + 1) and first < q_end
                     for q_start, q_end in self._quotes.get(source, []))
        return Hit("passage", None, source, first, last, piece, (x, y), quoted)
