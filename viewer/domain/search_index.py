"""Full-text search over events and every paragraph of every source (SQLite FTS5).

Two FTS5 tables hold the same folded text (see :mod:`viewer.domain.search_text`): a trigram
table finds any three or more characters anywhere, so words inside compounds, prefixes while
typing, numbers as written ("1,4") and phrases are substring matches; a word table with prefix
indexes answers one- and two-letter prefixes. Filters are numpy masks over per-event arrays
(:mod:`viewer.domain.search_filters`). Snippets and source offsets are made only for the hits
that are shown.

A query is answered twice. :meth:`SearchIndex.first` finds the earliest few hits and stops, so
its time depends on what a results pane shows, not on the size of the timeline; the desktop
app shows it at once. :meth:`SearchIndex.search` then counts every match, which the timeline
needs to dim what does not match. The documents are numbered to make the first answer cheap:
events in date order (in blocks by how long they last, see ``_event_blocks``), then the
paragraphs of the reports in order of publication; SQLite returns matches in that order, and a
filter's allowed documents are looked through in windows until enough hits are found.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import functools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from viewer.domain import search_cache
from viewer.domain.loading import LoadedTimeline
from viewer.domain.search_filters import EventFacts
from viewer.domain.search_query import Query, parse_query
from viewer.domain.search_text import fold, locate, snippet, word_start

FIRST = 50   # hits of each kind in a first answer: more than a results pane shows at once
DIRECT = 64   # a filter that leaves at most this many documents: read them one by one
SPANS = (31.0, 92.0, 366.0, np.inf)  # days an event may last, block by block (see below)
PARALLEL_DOCUMENTS = 50_000  # below this a second thread costs more than it saves
HASH_BYTES = 256 * 1024 * 1024
WINDOW = 8  # a filtered query first looks through this many allowed documents per hit wanted


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


class SearchIndex:
    """Built once per load (one pass over events and source paragraphs); the SQLite connection
    may be used from one thread at a time.

    Documents are numbered so that order means something: events in date order, then the
    paragraphs of the reports in order of publication. A query's first hits are therefore the
    earliest ones, and a date filter narrows the numbers to look at before SQLite looks."""

    def __init__(self, loaded: LoadedTimeline, cache_dir: Path | None = None) -> None:
        """``cache_dir``: where built indexes are kept by content hash (see
        :mod:`viewer.domain.search_cache`); ``None`` builds in memory every time."""
        self.loaded = loaded
        self.facts = EventFacts(loaded.timeline)
        self._plan()
        self.from_cache = False
        key = search_cache.content_key(self._documents()) if cache_dir else ""
        readers = search_cache.open_readers(cache_dir, key, self.doc_count) if cache_dir \
            else None
        if readers is not None:
            self.from_cache = True
        else:
            built = sqlite3.connect(":memory:", check_same_thread=False)
            self._db = built
            self._fill()
            stored = search_cache.store(built, cache_dir, key) if cache_dir else None
            readers = search_cache.open_readers(cache_dir, key, self.doc_count) \
                if stored else None
            if readers is not None:
                built.close()  # the file serves from the page cache; the copy would be twice
            else:
                readers = [built]
        # With two readers of the cached file, a complete answer searches the passages in a
        # second thread while this one searches the events: SQLite works without the GIL.
        self._db, self._helper_db = readers[0], readers[1] if len(readers) > 1 else None
        self._helper = ThreadPoolExecutor(1, "search-passages") \
            if self._helper_db and self.doc_count >= PARALLEL_DOCUMENTS else None

    def _plan(self) -> None:
        """Numbers the documents (cheap: no text is folded here)."""
        timeline, texts = self.loaded.timeline, self.loaded.texts
        self.event_of_doc, self.event_blocks = self._event_blocks()
        self.first_passage = len(self.event_of_doc)
        self._quotes: dict[str, list[tuple[int, int]]] = {}
        for event in timeline.events:
            for quote in event.quotes:
                self._quotes.setdefault(quote.source, []).append((quote.start, quote.end))
        self.source_ids = [s.id for s in sorted(
            timeline.sources, key=lambda s: (s.published.start or dt.date.min, s.id))]
        self.paragraphs: list[tuple[str, int, int]] = []  # passage docs: source, start, end
        numbers: list[int] = []
        for number, source_id in enumerate(self.source_ids):
            start = 0
            for line in texts.get(source_id, "").split("\n"):
                if line.strip():
                    self.paragraphs.append((source_id, start, start + len(line)))
                    numbers.append(number)
                start += len(line) + 1
        self.paragraph_source = np.array(numbers, dtype=np.int64)
        self.doc_count = self.first_passage + len(self.paragraphs)

    def _event_blocks(self) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Events by how long they last (up to a month, a quarter, a year, longer or open),
        each block in date order. Within a block an event ends at most so long after it
        starts, so the events a date filter keeps lie close together in it."""
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

    def _fill(self) -> None:
        self._db.executescript(
            "CREATE VIRTUAL TABLE tri USING fts5(body, tokenize='trigram');"
            "CREATE VIRTUAL TABLE words USING fts5(body, tokenize=\"unicode61 "
            "remove_diacritics 0 tokenchars '-,.'\", prefix='1 2');")
        for table in ("tri", "words"):
            # Terms wait in memory until this many bytes, then go to disk as one segment:
            # a bulk load writes fewer segments and merges less (about 4 s less at 100k).
            self._db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)",
                             (HASH_BYTES,))
        rows = ((doc, fold(text)) for doc, text in enumerate(self._documents()))
        with self._db:
            self._db.executemany("INSERT INTO tri(rowid, body) VALUES (?, ?)", rows)
            self._db.execute("INSERT INTO words(rowid, body) SELECT rowid, body FROM tri")
            self._db.execute("INSERT INTO tri(tri) VALUES ('optimize')")
            self._db.execute("INSERT INTO words(words) VALUES ('optimize')")

    def _documents(self) -> Iterator[str]:
        timeline, texts = self.loaded.timeline, self.loaded.texts
        names = {e.id: " ".join([e.name, *e.aliases]) for e in timeline.entities}
        for index in self.event_of_doc.tolist():
            event = timeline.events[index]
            parts = [event.title, event.title_de or "", event.summary]
            parts += [names.get(a, a) for a in event.actors]
            for claim in event.claims:
                parts += [names.get(w, w) for w in claim.attributed_to]
                parts += [claim.statement or ""] + [q.text for q in claim.quotes]
            yield "\n".join(parts)
        for source_id, start, end in self.paragraphs:
            yield texts[source_id][start:end]

    def interrupt(self) -> None:
        """Stops the query running in another thread (it raises ``sqlite3.OperationalError``)."""
        for db in (self._db, self._helper_db):
            if db is not None:
                db.interrupt()

    def search(self, text: str, limit: int | None = None) -> Results:
        """Every match, counted exactly; ``limit`` caps the hits listed, not the counts.
        Raises :class:`QueryError` for a query that cannot be read."""
        return self.run(parse_query(text), limit)

    def first(self, text: str, count: int = FIRST) -> Results:
        """The earliest ``count`` hits of each kind, found without looking at the rest: the
        time this takes does not grow with the timeline. ``complete`` when that is all."""
        return self.run(parse_query(text), count, first=True)

    def run(self, query: Query, limit: int | None = None, *, first: bool = False) -> Results:
        if query.is_empty():
            return Results([], [], None, len(self.loaded.timeline.events), 0)
        want = (limit or 0) + 1 if first else None
        event_mask = self.facts.mask(query)
        allowed = None if event_mask is None else event_mask[self.event_of_doc]
        search_passages = self._passage_search(query, want)
        helper = None
        if search_passages is not None and self._helper is not None and not first \
                and query.needles:
            with contextlib.suppress(RuntimeError):  # shut down as Python exits: no helper
                helper = self._helper.submit(search_passages, self._helper_db)
        try:
            if query.needles or allowed is not None:
                events, events_done = self._events(self._db, query, allowed, want)
            else:
                events, events_done = self.event_of_doc, True
        finally:
            if helper is not None and not helper.done():
                concurrent.futures.wait([helper])  # its connection is free again on return
        passages, passages_done = np.array([], dtype=np.int64), True
        if helper is not None:
            passages, passages_done = helper.result()
        elif search_passages is not None:
            passages, passages_done = search_passages(self._db)
        complete = events_done and passages_done
        everything = not query.needles and event_mask is None
        return Results(
            events=LazyHits(events[:limit], lambda i: self._event_hit(i, query)),
            passages=LazyHits(passages[:limit], lambda p: self._passage_hit(p, query)),
            matched=None if everything or not complete else set(events.tolist()),
            event_count=len(events), passage_count=len(passages), complete=complete)

    def _passage_search(self, query: Query, want: int | None) -> \
            Callable[[sqlite3.Connection], tuple[np.ndarray, bool]] | None:
        """How to find the passages ``query`` asks for (``None``: it asks for none)."""
        listed = query.needles or query.filters.keys() & {"source", "outlet"}
        if not (self.facts.passages_allowed(query) and listed):
            return None
        sources = self.facts.passage_sources(query)
        keep = None if sources is None else \
            np.array([s in sources for s in self.source_ids], dtype=bool)[self.paragraph_source]

        def search(db: sqlite3.Connection) -> tuple[np.ndarray, bool]:
            docs, done = self._docs(db, query, self.first_passage, self.doc_count, keep, want)
            return docs - self.first_passage, done
        return search

    def _events(self, db: sqlite3.Connection, query: Query, allowed: np.ndarray | None,
                want: int | None) -> tuple[np.ndarray, bool]:
        """Matching events in date order (the earliest ``want``, when given), and whether that
        is all of them: the earliest of each block, merged."""
        parts, done = [], True
        for first, stop in self.event_blocks:
            docs, all_found = self._docs(db, query, first, stop, None if allowed is None
                                         else allowed[first:stop], want)
            parts.append(self.event_of_doc[docs])
            done = done and all_found
        events = np.concatenate(parts)
        events = events[np.argsort(self.facts.rank[events], kind="stable")]
        return (events, True) if done else (events[:want], False)

    def _docs(self, db: sqlite3.Connection, query: Query, first: int, stop: int,
              allowed: np.ndarray | None, want: int | None) -> tuple[np.ndarray, bool]:
        """Document numbers in ``first``..``stop`` that match every word and phrase and that
        ``allowed`` (a mask over those documents) keeps, in order; and whether that is all of
        them. ``want`` stops early once that many are found."""
        if allowed is None:
            docs = self._matching(db, query, first, stop, want) if query.needles else \
                np.arange(first, stop, dtype=np.int64)[:want]
            return docs, want is None or len(docs) < want
        candidates = np.flatnonzero(allowed) + first
        if not query.needles:
            return candidates[:want], want is None or len(candidates) < want
        if len(candidates) <= DIRECT:  # a few documents: read them rather than the index
            return self._check(db, query, candidates), True
        found, count, position, size = [], 0, 0, WINDOW * (want or 0)
        while position < len(candidates):
            # Windows of allowed documents that double: few queries whether the filter keeps
            # a dense stretch (a date range) or documents spread thinly over all of them.
            end = len(candidates) if want is None else min(len(candidates), position + size)
            docs = self._matching(db, query, int(candidates[position]),
                                  int(candidates[end - 1]) + 1, None)
            docs = docs[allowed[docs - first]]
            found.append(docs)
            count += len(docs)
            position, size = end, size * 2
            if want is not None and count >= want:
                break
        return np.concatenate(found), position >= len(candidates)

    def _matching(self, db: sqlite3.Connection, query: Query, first: int, stop: int,
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
        joined = db.execute(f"SELECT group_concat(rowid) FROM ({inner})", values) \
            .fetchone()[0]
        if not joined:
            return np.array([], dtype=np.int64)
        return np.fromstring(joined, dtype=np.int64, sep=",")

    def _check(self, db: sqlite3.Connection, query: Query, docs: np.ndarray) -> np.ndarray:
        """The documents among ``docs`` that match, read one by one: the same rules as the
        index (a long needle anywhere, a short one at the start of a word)."""
        if not len(docs):
            return docs
        numbers = ",".join(map(str, docs.tolist()))
        rows = db.execute(f"SELECT rowid, body FROM tri WHERE rowid IN ({numbers})")
        long = [n for n in query.needles if len(n) >= 3]
        short = [word_start(n) for n in query.needles if len(n) < 3]
        kept = [doc for doc, body in rows
                if all(n in body for n in long) and all(p.search(body) for p in short)]
        return np.array(sorted(kept), dtype=np.int64)

    def _event_hit(self, index: int, query: Query) -> Hit:
        """The event and where it matched: in a quote (located in its report), else in its
        title, summary, a claim, or the names of its actors and voices; the first that holds
        a match is shown, and the later ones are not even made."""
        event = self.loaded.timeline.events[index]
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

    @functools.cached_property
    def _entities(self) -> dict[str, Any]:
        return {entity.id: entity for entity in self.loaded.timeline.entities}

    def _who(self, event: Any, needles: list[str]) -> str:
        """Who an event names, for a hit found by a name rather than by a quote or title: each
        actor and voice by name, with an alias only when the alias is what matched."""
        def label(entity_id: str) -> str:
            entity = self._entities.get(entity_id)
            if entity is None:
                return entity_id
            aliases = [a for a in entity.aliases if locate(a, needles)]
            return entity.name + (f" ({', '.join(aliases)})" if aliases else "")
        actors = [label(a) for a in event.actors]
        voices = list(dict.fromkeys(label(w) for c in event.claims for w in c.attributed_to))
        parts = ["Actors: " + ", ".join(actors) if actors else "",
                 "Reported by: " + ", ".join(voices) if voices else ""]
        return "; ".join(part for part in parts if part)

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
