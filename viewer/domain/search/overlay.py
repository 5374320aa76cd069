"""Search of a timeline with unsaved edits: the index of the snapshot it was built for, with
what changed since then read directly.

The index is built from a file, in another process, in seconds at 100,000 events; an edit
changes one event. So an edited snapshot is not indexed again: the index answers for every
event and passage the edits left alone, and the few events they touched (and the paragraphs
of any report added since) are read directly, by the index's own rules (a word of three
letters or more anywhere, a shorter one at the start of a word). Filters are always the
edited snapshot's own: they are handed to the index as masks over its numbering.

Only event edits and added reports can be answered so. When an edit changes anything else
the index depends on (a report's text or details, an entity), :meth:`Edits.after` gives
``None`` and the caller reads the whole snapshot directly until it is saved and indexed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from viewer.domain.search.index import SearchIndex
from viewer.domain.search.plan import ReadingAnswers, SearchPlan
from viewer.domain.search.query import Query
from viewer.domain.search.text import fold, word_start
from viewer.domain.story.open_timeline import OpenTimeline


@dataclass(frozen=True)
class Edits:
    """What changed since ``base`` (the snapshot an index holds): the ids of the events that
    were changed, added or removed, and whether a removal moved the events after it."""

    base: OpenTimeline
    touched: frozenset[str] = frozenset()
    shifted: bool = False

    def after(self, opened: OpenTimeline) -> Edits | None:
        """These edits followed by the one that made ``opened`` from the last snapshot;
        ``None`` when the index can no longer answer for it."""
        if opened.touched is None or not _keeps(self.base, opened):
            return None
        change = opened.change  # a removal or an insertion moves the rows after it
        removed = change is not None and (change.kind == "insert" or (
            change.kind == "remove" and change.rows[0] < opened.columns.count))
        return Edits(self.base, self.touched | opened.touched, self.shifted or removed)


def _keeps(base: OpenTimeline, opened: OpenTimeline) -> bool:
    """Whether every entity and report of ``base`` is in ``opened`` as it was, with the same
    text (new ones may have come)."""
    if opened.timeline.entities is base.timeline.entities and \
            opened.timeline.sources is base.timeline.sources and opened.texts is base.texts:
        return True  # the lists the edits took over (compared one by one: 1 ms per edit)
    entities, sources, texts = opened.entities, opened.sources, opened.texts
    return all(entities.get(key) == entity for key, entity in base.entities.items()) and \
        all(sources.get(key) == source for key, source in base.sources.items()) and \
        all(texts.get(key) is text or texts.get(key) == text
            for key, text in base.texts.items())


class EditedSearch(ReadingAnswers):
    """Answers like :class:`~viewer.domain.search.index.SearchIndex` (``first``, ``search``,
    ``run``, ``interrupt``) for the edited snapshot of ``plan``, from ``index`` (built for
    ``edits.base``) and a direct reading of what ``edits`` touched."""

    def __init__(self, index: SearchIndex, plan: SearchPlan, edits: Edits) -> None:
        self.index, self.plan, self.edits = index, plan, edits
        self.loaded = plan.loaded
        opened, base = plan.opened, edits.base
        ids, touched = opened.ids, edits.touched
        self._changed = np.array(sorted(ids[i] for i in touched if i in ids), dtype=np.int64)
        base_ids = base.columns.ids
        if edits.shifted:  # a removal moved events: each found again by its id
            self._to_current = np.fromiter(
                (-1 if i in touched else ids.get(i, -1) for i in base_ids),
                dtype=np.int64, count=len(base_ids))
        else:  # events keep their rows; the touched ones are read directly
            self._to_current = np.arange(len(base_ids), dtype=np.int64)
            base_rows = base.ids
            self._to_current[[base_rows[i] for i in touched if i in base_rows]] = -1
        self._valid = self._to_current >= 0
        self._passages_to_current, self._new_passages = _passage_map(index.plan, plan)

    def interrupt(self) -> None:
        self.index.interrupt()

    def _events(self, query: Query, mask: np.ndarray | None,
                want: int | None) -> tuple[np.ndarray, bool]:
        plan, rank = self.plan, self.plan.opened.rank
        if not query.needles:  # filters alone: the snapshot's own facts answer
            events = plan.facts.in_date_order(None if mask is None else np.flatnonzero(mask))
            return _cut(events, want, True)
        to_current = self._to_current
        allowed = self._valid if mask is None else \
            self._valid & mask[np.where(self._valid, to_current, 0)]
        found, done = self.index.matching_events(query, allowed, want)
        mapped = to_current[found]
        changed = self._changed if mask is None else self._changed[mask[self._changed]]
        read = np.array([row for row in changed.tolist()
                         if _matches(plan.event_document(row), query)], dtype=np.int64)
        events = np.concatenate((mapped, read))
        events = events[np.argsort(rank[events], kind="stable")]
        return _cut(events, want, done)

    def _passages(self, query: Query, keep: np.ndarray | None,
                  want: int | None) -> tuple[np.ndarray, bool]:
        to_current = self._passages_to_current
        base_keep = keep if keep is None or to_current is None else keep[to_current]
        found, done = self.index.matching_passages(query, base_keep, want)
        mapped = found if to_current is None else to_current[found]
        new = self._new_passages if keep is None else self._new_passages[keep[self._new_passages]]
        read = np.array([number for number in new.tolist()
                         if _matches(self.plan.passage_document(number), query)],
                        dtype=np.int64)
        passages = np.sort(np.concatenate((mapped, read)))
        return _cut(passages, want, done)


def _cut(found: np.ndarray, want: int | None, done: bool) -> tuple[np.ndarray, bool]:
    """The earliest ``want``. When the index stopped early it found ``want`` or more, all
    earlier than any it left, so the earliest ``want`` of these and the read ones are the
    earliest of all."""
    if want is None:
        return found, done
    return found[:want], done and len(found) < want


def _matches(document: str, query: Query) -> bool:
    """The index's rules: a needle of three letters or more anywhere in the folded text, a
    shorter one at the start of a word."""
    body = fold(document)
    return all(n in body if len(n) >= 3 else word_start(n).search(body) is not None
               for n in query.needles)


def _passage_map(base: SearchPlan, plan: SearchPlan) -> tuple[Any, np.ndarray]:
    """Base passage number → passage number now (``None``: the same numbers), and the
    passages of reports added since (read directly)."""
    if plan.source_ids == base.source_ids:
        return None, np.zeros(0, dtype=np.int64)
    number_now = {source: number for number, source in enumerate(plan.source_ids)}
    first_now = np.searchsorted(plan.paragraph_source, np.arange(len(plan.source_ids)))
    first_then = np.searchsorted(base.paragraph_source, np.arange(len(base.source_ids)))
    source_now = np.array([number_now[s] for s in base.source_ids], dtype=np.int64)
    then = base.paragraph_source
    to_current = first_now[source_now[then]] + (np.arange(len(then)) - first_then[then])
    added = np.array(sorted(set(range(len(plan.source_ids))) - set(source_now.tolist())),
                     dtype=np.int64)
    return to_current, np.flatnonzero(np.isin(plan.paragraph_source, added))
