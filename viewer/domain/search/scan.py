"""Search by reading the text itself, for the seconds before the index is ready.

Building the index of a large timeline takes a while (another process does it, see
:mod:`viewer.domain.search.worker`); meanwhile :class:`ScanSearch` answers the same queries
with the same hits. Each word becomes a pattern that tolerates every way of writing it
(:class:`~viewer.domain.search.text.Tolerant`), run over the unfolded texts: each event's
titles, summary, statements and quotes, the names of the companies and outlets, and the
reports' paragraphs. What it finds are candidates; each is then folded and checked by the
index's own rules (a word of three letters or more anywhere, a shorter one at the start of a
word).

The texts are read in blocks, events in date order and passages in the order of their
reports, and each block is made the first time it is read. A first answer stops at the block
where enough hits are found, so a common word is answered from the first block; only a rare
word makes the scan read everything.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from viewer.domain.files.loading import no_collection
from viewer.domain.search.plan import ReadingAnswers, Results, SearchPlan
from viewer.domain.search.query import Query
from viewer.domain.search.text import Tolerant, fold, word_start
from viewer.domain.story.pacing import UNPACED, Pacer

SEPARATOR = "\x00"     # between texts: no needle contains it
COMMON = 0.25          # a word in more than this share of a block's texts is not worth a
                       # pattern: the whole block is checked instead
EVENT_BLOCK = 8192     # events per block of texts
PASSAGE_BLOCK = 16384  # passages per block (about)
STRETCH = 1 << 19      # characters searched per call: each call holds the interpreter lock


class _Texts:
    """Texts joined into one string; ``owners[i]`` is what the ``i``-th text belongs to (an
    event index, or a passage number)."""

    def __init__(self, texts: list[str], owners: np.ndarray) -> None:
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        self.text = SEPARATOR.join(texts)
        self._starts = np.concatenate(([0], np.cumsum(lengths + 1))).tolist()
        self.owners = owners

    def candidates(self, pattern: re.Pattern[str], reach: int, stop: Callable[[], bool],
                   pacer: Pacer = UNPACED) -> np.ndarray | None:
        """The owners of the texts in which ``pattern`` (whose matches are at most ``reach``
        characters long) matches; ``None`` when that is more than a :data:`COMMON` share of
        them. The text is searched a stretch at a time, so that other threads (the GUI's) get
        their turn in between."""
        found: list[int] = []
        limit = COMMON * len(self.owners)
        text, starts, search, at, length = self.text, self._starts, pattern.search, 0, \
            len(self.text)
        while at < length:
            if stop():
                raise InterruptedError("the scan was stopped")
            pacer.wait()
            end = min(length, at + STRETCH)
            match = search(text, at, min(length, end + reach))
            if match is None or match.start() >= end:
                at = end
                continue
            position = bisect.bisect_right(starts, match.start()) - 1
            found.append(position)
            if len(found) > limit:
                return None
            at = starts[position + 1]
        return np.unique(self.owners[np.array(found, dtype=np.int64)])


class ScanTexts:
    """What the scan reads, block by block, each made when first read (by whichever thread
    asks first): every text an event is found by except names, and the reports' passages."""

    def __init__(self, plan: SearchPlan) -> None:
        self.plan = plan
        order = plan.opened.order
        self.event_blocks = [order[i:i + EVENT_BLOCK] for i in range(0, len(order), EVENT_BLOCK)]
        self.passage_blocks = _passage_blocks(plan)
        self._made: dict[tuple[str, int], _Texts] = {}
        self._lock = threading.Lock()

    def events(self, block: int) -> _Texts:
        return self._block("events", block)

    def passages(self, block: int) -> _Texts:
        return self._block("passages", block)

    def prepare(self) -> None:
        """Makes every block now (a background thread does this before the first query)."""
        for block in range(len(self.event_blocks)):
            self.events(block)
        for block in range(len(self.passage_blocks)):
            self.passages(block)

    def _block(self, kind: str, block: int) -> _Texts:
        with self._lock:
            made = self._made.get((kind, block))
            if made is None:
                with no_collection():  # thousands of new lists and strings
                    made = _event_texts(self.plan, self.event_blocks[block]) \
                        if kind == "events" else \
                        _passage_texts(self.plan, *self.passage_blocks[block])
                self._made[kind, block] = made
            return made


def _event_texts(plan: SearchPlan, members: np.ndarray) -> _Texts:
    all_events = plan.opened.events
    events = [all_events[i] for i in members.tolist()]
    claims = [c for e in events for c in e.claims]
    claim_owner = np.repeat(members, _sizes([e.claims for e in events]))
    quotes = [q for c in claims for q in c.quotes]
    quote_owner = np.repeat(claim_owner, _sizes([c.quotes for c in claims]))
    texts: list[str] = [e.title for e in events]
    texts += [e.title_de or "" for e in events]
    texts += [e.summary for e in events]
    texts += [c.statement or "" for c in claims]
    texts += [q.text for q in quotes]
    return _Texts(texts, np.concatenate([members, members, members, claim_owner, quote_owner]))


def _sizes(lists: list[list[Any]]) -> np.ndarray:
    return np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))


def _passage_blocks(plan: SearchPlan) -> list[tuple[int, int]]:
    """Runs of whole reports (as source numbers in publication order) of about
    :data:`PASSAGE_BLOCK` passages each."""
    counts = np.bincount(plan.paragraph_source, minlength=len(plan.source_ids))
    blocks, first, size = [], 0, 0
    for number, count in enumerate(counts.tolist()):
        size += count
        if size >= PASSAGE_BLOCK:
            blocks.append((first, number + 1))
            first, size = number + 1, 0
    if first < len(counts):
        blocks.append((first, len(counts)))
    return blocks


def _passage_texts(plan: SearchPlan, first: int, stop: int) -> _Texts:
    """The passages of reports ``first``..``stop``: their non-blank lines, which the plan
    numbers in this order."""
    texts = plan.loaded.texts
    lines = [line for source in plan.source_ids[first:stop]
             for line in texts.get(source, "").split("\n") if line.strip()]
    numbers = np.flatnonzero((plan.paragraph_source >= first) & (plan.paragraph_source < stop))
    return _Texts(lines, numbers)


class ScanSearch(ReadingAnswers):
    """Answers like :class:`~viewer.domain.search.index.SearchIndex` (``first``, ``search``,
    ``run``), without an index."""

    def __init__(self, plan: SearchPlan, pacer: Pacer = UNPACED) -> None:
        self.plan = plan
        self.loaded = plan.loaded
        self.texts = ScanTexts(plan)
        self.pacer = pacer  # held by the GUI while the user moves the view
        self._stopped = False

    def interrupt(self) -> None:
        """Stops the scan running in another thread (it raises InterruptedError)."""
        self._stopped = True

    def _stop(self) -> bool:
        return self._stopped

    read_directly = True

    def run(self, query: Query, limit: int | None = None, *, first: bool = False) -> Results:
        self._stopped = False  # a new query: an interrupt meant for the last one is spent
        return super().run(query, limit, first=first)

    def _events(self, query: Query, mask: np.ndarray | None,
                want: int | None) -> tuple[np.ndarray, bool]:
        rank, naming = self.plan.opened.rank, _Naming(self.plan)

        def candidates(block: int) -> np.ndarray:
            members = self.texts.event_blocks[block]
            texts = self.texts.events(block) if query.needles else None
            found = [self._found(texts, needle, naming, members) for needle in query.needles]
            chosen = _narrowed(found)
            return members if chosen is None else \
                chosen[np.argsort(rank[chosen], kind="stable")]
        return self._walk(query, len(self.texts.event_blocks), candidates, mask,
                          self.plan.event_document, want)

    def _found(self, texts: _Texts, needle: str, naming: _Naming,
               members: np.ndarray) -> np.ndarray | None:
        pattern = Tolerant.pattern(needle)
        found = texts.candidates(pattern, Tolerant.reach(needle), self._stop, self.pacer)
        if found is None:
            return None
        named = naming.events(needle, pattern)
        return np.union1d(found, np.intersect1d(named, members)) if len(named) else found

    def _passages(self, query: Query, keep: np.ndarray | None,
                  want: int | None) -> tuple[np.ndarray, bool]:
        def candidates(block: int) -> np.ndarray:
            texts = self.texts.passages(block)
            chosen = _narrowed([texts.candidates(Tolerant.pattern(n), Tolerant.reach(n),
                                                 self._stop, self.pacer)
                                for n in query.needles])
            return texts.owners if chosen is None else chosen
        return self._walk(query, len(self.texts.passage_blocks), candidates, keep,
                          self.plan.passage_document, want)

    def _walk(self, query: Query, blocks: int, candidates: Callable[[int], np.ndarray],
              keep: np.ndarray | None, document: Callable[[int], str],
              want: int | None) -> tuple[np.ndarray, bool]:
        """Block by block, in order: the candidates that ``keep`` allows and that match; and
        whether that is all of them (with ``want``, it stops once that many are found)."""
        kept: list[int] = []
        for block in range(blocks):
            self.pacer.wait()
            found = candidates(block)
            if keep is not None:
                found = found[keep[found]]
            kept += self._confirmed(found, query, document,
                                    None if want is None else want - len(kept))
            if want is not None and len(kept) >= want:
                return np.array(kept, dtype=np.int64), False
        return np.array(kept, dtype=np.int64), True

    def _confirmed(self, candidates: np.ndarray, query: Query,
                   document: Callable[[int], str], want: int | None) -> list[int]:
        """The candidates (in order) whose folded document matches; with ``want``, checking
        stops once that many are found."""
        if not query.needles:
            return candidates.tolist() if want is None else candidates[:want].tolist()
        long = [n for n in query.needles if len(n) >= 3]
        short = [word_start(n) for n in query.needles if len(n) < 3]
        kept: list[int] = []
        for checked, number in enumerate(candidates.tolist()):
            if not checked % 256:
                if self._stopped:
                    raise InterruptedError("the scan was stopped")
                self.pacer.wait()
            body = fold(document(number))
            if all(n in body for n in long) and all(p.search(body) for p in short):
                kept.append(number)
                if want is not None and len(kept) >= want:
                    break
        return kept


def _narrowed(found: list[np.ndarray | None]) -> np.ndarray | None:
    """What every needle's candidates share; ``None`` when no needle narrowed anything."""
    narrowed = [f for f in found if f is not None]
    return functools.reduce(np.intersect1d, narrowed) if narrowed else None


class _Naming:
    """The events that name, as an actor or a voice, an entity whose names a needle's pattern
    matches (found once per needle and query, and only if some entity matches)."""

    def __init__(self, plan: SearchPlan) -> None:
        self._plan = plan
        self._found: dict[str, np.ndarray] = {}

    def events(self, needle: str, pattern: re.Pattern[str]) -> np.ndarray:
        if needle not in self._found:
            opened = self._plan.opened
            named = {e.id for e in opened.timeline.entities
                     if pattern.search(" ".join([e.name, *e.aliases]))}
            found: list[int] = []
            if named:
                events = opened.events
                found = [i for i, e in enumerate(events) if not named.isdisjoint(e.actors)]
                found += [i for i, e in enumerate(events) for c in e.claims
                          if not named.isdisjoint(c.attributed_to)]
            self._found[needle] = np.unique(np.array(found, dtype=np.int64))
        return self._found[needle]
