"""Full-text search over events and every paragraph of every source (SQLite FTS5).

Two FTS5 tables hold the same folded text (see :mod:`viewer.domain.search.text`): a trigram
table finds any three or more characters anywhere, so words inside compounds, prefixes while
typing, numbers as written ("1,4") and phrases are substring matches; a word table with prefix
indexes answers one- and two-letter prefixes. Filters are numpy masks over per-event arrays
(:mod:`viewer.domain.search.filters`). Snippets and source offsets are made only for the hits
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
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from viewer.domain.files.loading import LoadedTimeline
from viewer.domain.search import cache as search_cache
from viewer.domain.search.plan import FIRST, Answers, Hit, LazyHits, Results, SearchPlan
from viewer.domain.search.query import Query
from viewer.domain.search.text import fold, word_start
from viewer.domain.story.open_timeline import OpenTimeline

DIRECT = 64   # a filter that leaves at most this many documents: read them one by one
PARALLEL_DOCUMENTS = 50_000  # below this a second thread costs more than it saves
HASH_BYTES = 256 * 1024 * 1024
WINDOW = 8  # a filtered query first looks through this many allowed documents per hit wanted

__all__ = ["FIRST", "Hit", "LazyHits", "Results", "SearchIndex", "build_index_file"]


class SearchIndex(Answers):
    """Built once per load (one pass over events and source paragraphs); the SQLite connection
    may be used from one thread at a time.

    Documents are numbered so that order means something: events in date order, then the
    paragraphs of the reports in order of publication. A query's first hits are therefore the
    earliest ones, and a date filter narrows the numbers to look at before SQLite looks."""

    def __init__(self, source: SearchPlan | OpenTimeline | LoadedTimeline,
                 cache_dir: Path | None = None, *,
                 readers: list[sqlite3.Connection] | None = None) -> None:
        """Builds the index of ``source`` here and now (or opens it from ``cache_dir``, where
        built indexes are kept by content hash, see :mod:`viewer.domain.search.cache`;
        ``None`` builds in memory every time). ``readers``: connections to an index built
        elsewhere (the desktop app builds in another process, see :meth:`open_file`)."""
        self.plan = source if isinstance(source, SearchPlan) else SearchPlan(source)
        self.loaded = self.plan.loaded
        self.facts = self.plan.facts
        self.doc_count = self.plan.doc_count
        self.from_cache = readers is not None
        if readers is None:
            readers = self._readers(cache_dir)
        # With two readers of the cached file, a complete answer searches the passages in a
        # second thread while this one searches the events: SQLite works without the GIL.
        self._db, self._helper_db = readers[0], readers[1] if len(readers) > 1 else None
        self._helper = ThreadPoolExecutor(1, "search-passages") \
            if self._helper_db and self.doc_count >= PARALLEL_DOCUMENTS else None

    @classmethod
    def open_file(cls, plan: SearchPlan, path: Path) -> SearchIndex | None:
        """The index another process built for ``plan`` into ``path`` (``None`` if it cannot
        be read or holds other documents)."""
        readers = search_cache.open_path(path, plan.doc_count)
        return cls(plan, readers=readers) if readers is not None else None

    def _readers(self, cache_dir: Path | None) -> list[sqlite3.Connection]:
        key = search_cache.content_key(self.plan.documents()) if cache_dir else ""
        readers = search_cache.open_readers(cache_dir, key, self.doc_count) if cache_dir \
            else None
        if readers is not None:
            self.from_cache = True
            return readers
        built = fill_index(self.plan)
        stored = search_cache.store(built, cache_dir, key) if cache_dir else None
        readers = search_cache.open_readers(cache_dir, key, self.doc_count) if stored else None
        if readers is None:
            return [built]
        built.close()  # the file serves from the page cache; the copy would be twice
        return readers

    def interrupt(self) -> None:
        """Stops the query running in another thread (it raises ``sqlite3.OperationalError``)."""
        for db in (self._db, self._helper_db):
            if db is not None:
                db.interrupt()



    def run(self, query: Query, limit: int | None = None, *, first: bool = False) -> Results:
        if query.is_empty():
            return self.plan.empty_results()
        want = (limit or 0) + 1 if first else None
        event_mask = self.facts.mask(query)
        allowed = None if event_mask is None else event_mask[self.plan.event_of_doc]
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
                events, events_done = self.plan.facts.in_date_order(None), True
        finally:
            if helper is not None and not helper.done():
                concurrent.futures.wait([helper])  # its connection is free again on return
        passages, passages_done = np.array([], dtype=np.int64), True
        if helper is not None:
            passages, passages_done = helper.result()
        elif search_passages is not None:
            passages, passages_done = search_passages(self._db)
        return self.plan.results(query, events, passages, limit,
                                 complete=events_done and passages_done, event_mask=event_mask)

    def matching_events(self, query: Query, allowed: np.ndarray | None,
                        want: int | None) -> tuple[np.ndarray, bool]:
        """The events (indices of the indexed snapshot, in its date order) that match the
        query's words and that ``allowed`` (a mask over those events) keeps; the earliest
        ``want`` when given; and whether that is all of them."""
        if not query.needles:
            matched = np.arange(self.facts.count) if allowed is None else np.flatnonzero(allowed)
            events = self.facts.in_date_order(matched)
            return (events, True) if want is None else (events[:want], len(events) <= want)
        return self._events(self._db, query, None if allowed is None
                            else allowed[self.plan.event_of_doc], want)

    def matching_passages(self, query: Query, keep: np.ndarray | None,
                          want: int | None) -> tuple[np.ndarray, bool]:
        """The passages (numbers of the indexed snapshot, in order) that match the query's
        words and that ``keep`` (a mask over those passages) keeps, as :meth:`matching_events`
        does."""
        first_passage = self.plan.first_passage
        docs, done = self._docs(self._db, query, first_passage, self.doc_count, keep, want)
        return docs - first_passage, done

    def _passage_search(self, query: Query, want: int | None) -> \
            Callable[[sqlite3.Connection], tuple[np.ndarray, bool]] | None:
        """How to find the passages ``query`` asks for (``None``: it asks for none)."""
        if not self.plan.lists_passages(query):
            return None
        keep = self.plan.passage_keep(query)
        first_passage = self.plan.first_passage

        def search(db: sqlite3.Connection) -> tuple[np.ndarray, bool]:
            docs, done = self._docs(db, query, first_passage, self.doc_count, keep, want)
            return docs - first_passage, done
        return search

    def _events(self, db: sqlite3.Connection, query: Query, allowed: np.ndarray | None,
                want: int | None) -> tuple[np.ndarray, bool]:
        """Matching events in date order (the earliest ``want``, when given), and whether that
        is all of them: the earliest of each block, merged."""
        parts, done = [], True
        event_of_doc = self.plan.event_of_doc
        for first, stop in self.plan.event_blocks:
            docs, all_found = self._docs(db, query, first, stop, None if allowed is None
                                         else allowed[first:stop], want)
            parts.append(event_of_doc[docs])
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


def _quoted(needle: str) -> str:
    return '"' + needle.replace('"', '""') + '"'


def fill_index(plan: SearchPlan, documents: Iterator[str] | None = None,
               progress: Callable[[int], None] | None = None) -> sqlite3.Connection:
    """An in-memory SQLite database with both tables filled with ``plan``'s documents
    (``documents``: the same, already made); ``progress(done)`` now and then."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(
        "CREATE VIRTUAL TABLE tri USING fts5(body, tokenize='trigram');"
        "CREATE VIRTUAL TABLE words USING fts5(body, tokenize=\"unicode61 "
        "remove_diacritics 0 tokenchars '-,.'\", prefix='1 2');")
    for table in ("tri", "words"):
        # Terms wait in memory until this many bytes, then go to disk as one segment:
        # a bulk load writes fewer segments and merges less (about 4 s less at 100k).
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (HASH_BYTES,))

    def rows() -> Iterator[tuple[int, str]]:
        for doc, text in enumerate(documents or plan.documents()):
            if progress is not None and not doc % 10_000:
                progress(doc)
            yield doc, fold(text)
    with db:
        db.executemany("INSERT INTO tri(rowid, body) VALUES (?, ?)", rows())
        db.execute("INSERT INTO words(rowid, body) SELECT rowid, body FROM tri")
        db.execute("INSERT INTO tri(tri) VALUES ('optimize')")
        db.execute("INSERT INTO words(words) VALUES ('optimize')")
    return db


def build_index_file(plan: SearchPlan, cache_dir: Path,
                     progress: Callable[[float], None] | None = None) -> tuple[Path, bool]:
    """Makes sure the index of ``plan`` is in ``cache_dir``; returns its file and whether it
    was there already. Raises OSError or sqlite3.Error when it cannot be written."""
    documents = list(plan.documents())
    key = search_cache.content_key(documents)
    path = search_cache.path_for(cache_dir, key)
    found = search_cache.open_readers(cache_dir, key, plan.doc_count, count=1)
    if found is not None:
        found[0].close()
        return path, True
    total = max(len(documents), 1)
    built = fill_index(plan, iter(documents), None if progress is None else
                       (lambda done: progress(0.9 * done / total)))
    stored = search_cache.store(built, cache_dir, key)
    built.close()
    if stored is None:
        raise OSError(f"the search index cannot be written to {cache_dir}")
    return stored, False
