"""Full-text search over events and every paragraph of every source (SQLite FTS5).

Two FTS5 tables hold the same folded text (see :mod:`viewer.domain.search_text`): a trigram
table finds any three or more characters anywhere, so words inside compounds, prefixes while
typing, numbers as written ("1,4") and phrases are substring matches; a word table with prefix
indexes answers one- and two-letter prefixes. Filters are numpy masks over per-event arrays
(:mod:`viewer.domain.search_filters`). Snippets and source offsets are made only for the hits
that are returned.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from viewer.domain.loading import LoadedTimeline
from viewer.domain.search_filters import EventFacts
from viewer.domain.search_query import Query, parse_query
from viewer.domain.search_text import fold, locate, snippet

EVENT, PASSAGE = 0, 1
CAP = 5000  # beyond this many matches a query counts "5,000+" instead of enumerating all


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
    events: Sequence[Hit]
    passages: Sequence[Hit]
    matched: set[int] | None  # every matching event (None: everything, or more than CAP)
    event_count: int
    passage_count: int
    complete: bool = True          # False: more than CAP events match; counts are CAP
    passages_complete: bool = True


class SearchIndex:
    """Built once per load (one pass over events and source paragraphs); thread-confined: make
    it in the thread that searches with it."""

    def __init__(self, loaded: LoadedTimeline, *, cap: int = CAP) -> None:
        self.loaded = loaded
        self.cap = cap
        self.facts = EventFacts(loaded.timeline)
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.executescript(
            "CREATE VIRTUAL TABLE tri USING fts5(body, tokenize='trigram');"
            "CREATE VIRTUAL TABLE words USING fts5(body, tokenize=\"unicode61 "
            "remove_diacritics 0 tokenchars '-,.'\", prefix='1 2');")
        self.doc_kind: np.ndarray
        self.doc_event: np.ndarray
        self.paragraphs: list[tuple[str, int, int]] = []  # passage docs: source, start, end
        self._quotes: dict[str, list[tuple[int, int]]] = {}
        self._fill()

    def _fill(self) -> None:
        timeline, texts = self.loaded.timeline, self.loaded.texts
        names = {e.id: " ".join([e.name, *e.aliases]) for e in timeline.entities}
        rows, kinds, events = [], [], []
        # Event documents are numbered in date order: the first matches are the earliest.
        for index in self.facts.in_date_order(None).tolist():
            event = timeline.events[index]
            for quote in event.quotes:
                self._quotes.setdefault(quote.source, []).append((quote.start, quote.end))
            parts = [event.title, event.title_de or "", event.summary]
            parts += [names.get(a, a) for a in event.actors]
            for claim in event.claims:
                parts += [names.get(w, w) for w in claim.attributed_to]
                parts += [claim.statement or ""] + [q.text for q in claim.quotes]
            rows.append((len(rows), fold("\n".join(parts))))
            kinds.append(EVENT)
            events.append(index)
        for source in timeline.sources:
            text, start = texts.get(source.id, ""), 0
            for line in text.split("\n"):
                if line.strip():
                    rows.append((len(rows), fold(line)))
                    kinds.append(PASSAGE)
                    events.append(-1)
                    self.paragraphs.append((source.id, start, start + len(line)))
                start += len(line) + 1
        with self._db:
            self._db.executemany("INSERT INTO tri(rowid, body) VALUES (?, ?)", rows)
            self._db.executemany("INSERT INTO words(rowid, body) VALUES (?, ?)", rows)
        self.doc_kind = np.array(kinds, dtype=np.int8)
        self.doc_event = np.array(events, dtype=np.int64)
        self.first_passage = kinds.index(PASSAGE) if PASSAGE in kinds else len(kinds)

    def search(self, text: str, limit: int = 200) -> Results:
        """Raises :class:`QueryError` for a query that cannot be read."""
        return self.run(parse_query(text), limit)

    def run(self, query: Query, limit: int = 200) -> Results:
        if query.is_empty():
            return Results([], [], None, len(self.loaded.timeline.events), 0)
        event_mask = self.facts.mask(query)
        passage_mask = self.facts.passage_mask(query, self.paragraphs)
        if not query.needles:  # filters only: the events they keep; passages for source:/outlet:
            matched = np.flatnonzero(event_mask) if event_mask is not None else None
            ordered = self.facts.in_date_order(matched)
            passages = np.array([], dtype=np.int64)
            if query.filters.keys() & {"source", "outlet"} and passage_mask is not None:
                passages = np.flatnonzero(passage_mask)
            complete = passages_complete = True
        else:
            ordered, complete = self._events(query, event_mask)
            matched = ordered
            passages, passages_complete = self._passages(query, passage_mask)
        if not self.facts.passages_allowed(query):
            passages, passages_complete = passages[:0], True
        return Results(
            events=LazyHits(ordered[:limit], lambda i: self._event_hit(i, query)),
            passages=LazyHits(passages[:limit], lambda p: self._passage_hit(p, query)),
            matched=None if matched is None or not complete else set(matched.tolist()),
            event_count=len(self.loaded.timeline.events) if matched is None else len(matched),
            passage_count=len(passages), complete=complete, passages_complete=passages_complete)

    def _events(self, query: Query, mask: np.ndarray | None) -> tuple[np.ndarray, bool]:
        """Matching events in date order; without filters at most ``cap`` (then ``False``)."""
        rows = self._matching_docs(query, 0, self.first_passage, None if mask is not None
                                   else self.cap + 1)
        events = self.doc_event[rows]
        if mask is not None:
            return events[mask[events]], True
        return events[:self.cap], len(events) <= self.cap

    def _passages(self, query: Query, mask: np.ndarray | None) -> tuple[np.ndarray, bool]:
        rows = self._matching_docs(query, self.first_passage, len(self.doc_kind),
                                   None if mask is not None else self.cap + 1)
        passages = rows - self.first_passage
        if mask is not None:
            return passages[mask[passages]], True
        return passages[:self.cap], len(passages) <= self.cap

    def _matching_docs(self, query: Query, first: int, stop: int,
                       limit: int | None) -> np.ndarray:
        """Document numbers ``first``..``stop`` matching every word and phrase, in order. A
        ``limit`` lets SQLite stop early: the cost of a common word stays bounded."""
        long = [n for n in query.needles if len(n) >= 3]
        short = [n for n in query.needles if len(n) < 3]
        selects, values = [], []
        if long:
            selects.append("SELECT rowid FROM tri WHERE tri MATCH ? AND rowid >= ? AND rowid < ?")
            values += [" AND ".join(_quoted(n) for n in long), first, stop]
        if short:
            selects.append("SELECT rowid FROM words WHERE words MATCH ? AND rowid >= ? "
                           "AND rowid < ?")
            values += [" AND ".join(_quoted(n) + "*" for n in short), first, stop]
        inner = " INTERSECT ".join(selects) + " ORDER BY rowid"
        if limit is not None:
            inner += " LIMIT ?"
            values.append(limit)
        # One comma-separated string from SQLite parses in C; 100,000 row tuples would not.
        joined = self._db.execute(f"SELECT group_concat(rowid) FROM ({inner})", values) \
            .fetchone()[0]
        if not joined:
            return np.array([], dtype=np.int64)
        return np.fromstring(joined, dtype=np.int64, sep=",")

    def _event_hit(self, index: int, query: Query) -> Hit:
        event = self.loaded.timeline.events[index]
        for quote in event.quotes:
            found = locate(quote.text, query.needles) if query.needles else None
            if found:
                text, a, b = snippet(quote.text, *found)
                return Hit("event", index, quote.source, quote.start + found[0],
                           quote.start + found[1], text, (a, b))
        for text in (event.title, event.summary, event.title_de or ""):
            found = locate(text, query.needles) if query.needles else None
            if found:
                piece, a, b = snippet(text, *found)
                return Hit("event", index, None, None, None, piece, (a, b))
        return Hit("event", index, None, None, None, event.title, (0, 0))

    def _passage_hit(self, number: int, query: Query) -> Hit:
        source, start, end = self.paragraphs[number]
        line = self.loaded.texts[source][start:end]
        found = locate(line, query.needles) if query.needles else None
        a, b = found or (0, 0)
        piece, x, y = snippet(line, a, b)
        first, last = (start + a, start + b) if found else (start, end)
        quoted = any(q_start < max(last, first + 1) and first < q_end
                     for q_start, q_end in self._quotes.get(source, []))
        return Hit("passage", None, source, first, last, piece, (x, y), quoted)


def _quoted(needle: str) -> str:
    return '"' + needle.replace('"', '""') + '"'
