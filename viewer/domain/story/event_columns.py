"""What every view needs of each event, gathered in one pass over a loaded timeline.

The canvas, the list, the search filters and the search index all look at the same few facts
of every event: its days, kind, status, first actor, first report, who it
names. At 100,000 events one Python pass over the events costs a few tenths of a second, so
it is made once per load, here, and kept as numpy columns (or plain lists for strings) that
the rest of the program reads with vectorised operations.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any

import numpy as np

from viewer.domain.files.loading import no_collection
from viewer.domain.format.model import Precision, Relation
from viewer.domain.story.changes import Change
from viewer.domain.story.conflicts import Conflict, find_conflicts
from viewer.domain.story.pacing import UNPACED, Pacer

NAN = math.nan


class EventColumns:
    """One entry per event, by event index. Days are proleptic ordinals as floats (``NaN`` for
    an open end); ``end`` is the last possible day, inclusive.

    What the canvas needs for its first frame (days, first actors) is gathered when the
    columns are made, in the thread that opens the file; everything else on first use. Each
    column is one list comprehension: at 100,000 events a Python function call per event and
    column would cost seconds, a comprehension a few hundredths of one."""

    def __init__(self, timeline: Any, progress: Callable[[int], None] | None = None) -> None:
        events = self._events = timeline.events
        self._sources = timeline.sources
        self.count = count = len(events)
        report = progress or (lambda done: None)
        dates = [e.date for e in events]
        self.start = _days([d.start for d in dates])
        self.end = _days([d.end for d in dates])
        day, at = Precision.DAY, Relation.AT  # looked up once: enum members are slow to reach
        self.point = np.array([d.precision is day and d.relation is at for d in dates],
                              dtype=bool) & (self.start == self.end)
        report(count // 2)
        self.first_actor: list[str] = [e.actors[0] if e.actors else "" for e in events]
        contexts = [e.context_date for e in events]
        self.context_day = _days([c.start if c is not None and c.start == c.end else None
                                  for c in contexts])
        self.known_until = self._known_until()

    @functools.cached_property
    def ids(self) -> list[str]:
        return [e.id for e in self._events]

    @functools.cached_property
    def kinds(self) -> list[str]:
        return [e.kind for e in self._events]  # StrEnum members: strings

    @functools.cached_property
    def statuses(self) -> list[str]:
        return [e.status for e in self._events]

    @functools.cached_property
    def threads(self) -> dict[str, list[int]]:
        """Thread id → its events (in file order)."""
        threads: dict[str, list[int]] = {}
        events = self._events
        for index in [i for i, e in enumerate(events) if e.thread is not None]:
            threads.setdefault(events[index].thread, []).append(index)
        return threads

    @functools.cached_property
    def conflicts(self) -> dict[int, list[Conflict]]:
        """Event index → where its reports disagree (only events that have conflicts)."""
        return {index: found for index, e in enumerate(self._events)
                if len(e.claims) > 1 and (found := find_conflicts(e))}

    def _known_until(self) -> np.ndarray:
        """For an open span ("seit 2019"), the last day a quoting report vouches for it; only
        open spans need it."""
        result = np.full(self.count, NAN)
        _, last = _publication_days(self._sources)
        for index in np.flatnonzero(np.isnan(self.end)).tolist():
            days = [last.get(q.source, NAN) for q in self._events[index].quotes]
            days = [day for day in days if day == day]
            if days:
                result[index] = max(days)
        return result

    @functools.cached_property
    def groups(self) -> list[str]:
        """Each event's group (a lane of an imported timeline; "" for none)."""
        return [e.group or "" for e in self._events]

    @functools.cached_property
    def unsourced(self) -> np.ndarray:
        """A mask of the events no quote backs (imported from another tool)."""
        return np.array([not e.claims for e in self._events], dtype=bool)

    @functools.cached_property
    def first_source(self) -> list[str]:
        """Each event's first quoted report (its lane when lanes group by report)."""
        return [e.claims[0].quotes[0].source if e.claims else "" for e in self._events]

    @functools.cached_property
    def quoted_sources(self) -> list[list[str]]:
        """Each event's quoted reports, in order (a report quoted twice is listed twice)."""
        return [[q.source for c in e.claims for q in c.quotes] for e in self._events]

    @functools.cached_property
    def reported(self) -> tuple[np.ndarray, np.ndarray]:
        """For each event, the first day its first report and the last day its last report
        may have come out (NaN when no quoted report has a date)."""
        first, last = _publication_days(self._sources)
        return (_pick(self.quoted_sources, first, np.fmin),
                _pick(self.quoted_sources, last, np.fmax))

    @functools.cached_property
    def with_actor(self) -> dict[str, np.ndarray]:
        """Entity id → the events naming it as an actor."""
        return _groups([e.actors for e in self._events])

    @functools.cached_property
    def with_voice(self) -> dict[str, np.ndarray]:
        """Entity id → the events with a claim attributed to it."""
        return _groups([[w for c in e.claims for w in c.attributed_to] for e in self._events])

    def index_sources(self, pacer: Pacer = UNPACED, step: int = 5000) -> None:
        """Makes :attr:`with_source` a few thousand events at a time, waiting between steps
        while ``pacer`` is held (the user is moving the view)."""
        if self.knows_sources():
            return
        events, quoted = self._events, []
        with no_collection():
            for first in range(0, len(events), step):
                pacer.wait()
                quoted += [[q.source for c in e.claims for q in c.quotes]
                           for e in events[first:first + step]]
            self.__dict__["quoted_sources"] = quoted
            self.__dict__["with_source"] = _groups(quoted)

    def knows_sources(self) -> bool:
        """Whether :attr:`with_source` has been made (it takes a while at 100,000 events)."""
        return "with_source" in self.__dict__

    @functools.cached_property
    def with_source(self) -> dict[str, np.ndarray]:
        """Source id → the events quoting it."""
        return _groups(self.quoted_sources)


# Per-event columns an edit patches row by row (eager ones first); the rest are dropped and
# made again when first asked for.
ARRAYS = ("start", "end", "point", "context_day", "known_until")
LISTS = ("first_actor", "ids", "kinds", "statuses", "first_source", "quoted_sources", "groups")


def patched_columns(old: EventColumns, timeline: Any, change: Change) -> EventColumns:
    """The columns of ``timeline``, made from ``old`` (the columns of the snapshot before
    ``change``) by gathering only the changed events: milliseconds at 100,000 events where
    gathering all of them takes a quarter of a second."""
    events = timeline.events
    new = EventColumns.__new__(EventColumns)
    new._events, new._sources, new.count = events, timeline.sources, len(events)
    rows = list(change.rows)
    fresh = EventColumns(SimpleNamespace(events=[events[i] for i in rows] if change.kind !=
                                         "remove" else [], sources=timeline.sources))
    for name in ARRAYS:
        setattr(new, name, _patched_array(getattr(old, name), getattr(fresh, name), change))
    for name in LISTS:
        if name in old.__dict__ or name == "first_actor":
            new.__dict__[name] = _patched_list(getattr(old, name), getattr(fresh, name), change)
    if "unsourced" in old.__dict__:
        new.__dict__["unsourced"] = _patched_array(old.unsourced, fresh.unsourced, change)
    if "conflicts" in old.__dict__:
        new.__dict__["conflicts"] = _patched_conflicts(old.conflicts, fresh.conflicts, change)
    if old.knows_sources() and "quoted_sources" in new.__dict__:
        new.__dict__["with_source"] = _patched_groups(old.with_source, new.quoted_sources,
                                                      old.quoted_sources, change)
    return new


def _patched_array(old: np.ndarray, fresh: np.ndarray, change: Change) -> np.ndarray:
    if change.kind == "append":
        return np.concatenate((old, fresh))
    if change.kind == "insert":
        return np.insert(old, change.rows[0], fresh)
    if change.kind == "remove":
        return np.delete(old, change.rows[0])
    result = old.copy()
    result[list(change.rows)] = fresh
    return result


def _patched_list(old: Sequence, fresh: list, change: Change) -> Sequence:
    """``old`` after ``change``: rows replaced or appended (or the last removed, an appended
    row undone) are noted over the list they change, not copied into a new one; a row removed
    or inserted elsewhere shifts every row after it, so that gives a new list."""
    if change.kind in ("replace", "append") or \
            (change.kind == "remove" and change.rows[0] == len(old) - 1):
        return PatchedRows.after(old, fresh, change)
    whole = list(old)
    if change.kind == "insert":
        return whole[:change.rows[0]] + fresh + whole[change.rows[0]:]
    return whole[:change.rows[0]] + whole[change.rows[0] + 1:]


_MISSING = object()


class PatchedRows(Sequence):
    """A column after edits: the list of an earlier snapshot and the rows changed since.

    Copying a list of 100,000 strings costs one to two milliseconds (every string's reference
    count is touched, each in its own cache line), about as much as an edit's whole
    derivation otherwise; an edit reads a few rows of a column, so they are looked up in the
    changes first. Read whole (iterated), the column is made into a list once; after
    ``MOST_CHANGES`` edits it is folded into a list for good."""

    MOST_CHANGES = 64

    __slots__ = ("_base", "_changes", "_count", "_whole")

    def __init__(self, base: list, changes: dict[int, Any], count: int) -> None:
        self._base, self._changes, self._count = base, changes, count
        self._whole: list | None = None

    @classmethod
    def after(cls, old: Sequence, fresh: list, change: Change) -> Sequence:
        if isinstance(old, PatchedRows) and old._whole is None:
            base, changes = old._base, dict(old._changes)
        else:
            base, changes = (old._whole if isinstance(old, PatchedRows) else old), {}
        count = len(old)
        if change.kind == "remove":  # the last row
            count -= 1
            changes.pop(count, None)
        else:
            changes.update(zip(change.rows, fresh, strict=True))
            count = max(count, change.rows[-1] + 1) if change.rows else count
        rows = cls(base, changes, count)
        return rows.whole() if len(changes) > cls.MOST_CHANGES else rows

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return self.whole()[row]
        if row < 0:
            row += self._count
        if not 0 <= row < self._count:
            raise IndexError(row)
        value = self._changes.get(row, _MISSING)
        return self._base[row] if value is _MISSING else value

    def __iter__(self):
        return iter(self.whole())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, PatchedRows)):
            return self.whole() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: list) -> list:
        return self.whole() + list(other)

    def whole(self) -> list:
        """The column as a list (made on first use, then kept)."""
        if self._whole is None:
            whole = self._base[:self._count]
            for row, value in self._changes.items():
                if row < len(whole):
                    whole[row] = value
            whole.extend(self._changes[row] for row in range(len(whole), self._count))
            self._whole = whole
        return self._whole


def _patched_conflicts(old: dict[int, list[Conflict]], fresh: dict[int, list[Conflict]],
                       change: Change) -> dict[int, list[Conflict]]:
    if change.kind == "remove":
        gone = change.rows[0]
        return {index - (index > gone): found for index, found in old.items() if index != gone}
    if change.kind == "insert":
        at = change.rows[0]
        result = {index + (index >= at): found for index, found in old.items()}
        if fresh:  # the inserted event's own conflicts (fresh numbers it 0)
            result[at] = fresh[0]
        return dict(sorted(result.items()))
    result = {index: found for index, found in old.items() if index not in change.rows}
    result.update({change.rows[position]: found for position, found in fresh.items()})
    return result


def _patched_groups(old: dict[str, np.ndarray], quoted: list[list[str]],
                    old_quoted: list[list[str]], change: Change) -> dict[str, np.ndarray]:
    """:attr:`EventColumns.with_source` after ``change``, touching only the reports the
    changed rows quote (and, for a removal, shifting the indices after the row)."""
    if change.kind == "insert":
        at = change.rows[0]
        result = {key: members + (members >= at) for key, members in old.items()}
        for key in set(quoted[at]):
            members = result.get(key, np.zeros(0, dtype=np.int64))
            result[key] = np.sort(np.append(members, at))
        return result
    if change.kind == "remove":
        gone = change.rows[0]
        if gone < len(quoted):  # the rows after it move up in every report's list
            return {key: members[members != gone] - (members[members != gone] > gone)
                    for key, members in old.items()}
        result = dict(old)  # the last row went: only its reports' lists change
        for key in set(old_quoted[gone]):
            result[key] = old[key][old[key] != gone]
        return {key: members for key, members in result.items() if len(members)}
    result = dict(old)
    rows = np.array(change.rows, dtype=np.int64)
    touched = {key for row in change.rows for key in quoted[row]}
    if change.kind == "replace":
        touched |= {key for row in change.rows for key in old_quoted[row]}
    for key in touched:
        members = result.get(key, np.zeros(0, dtype=np.int64))
        members = members[~np.isin(members, rows)]
        mine = [row for row in change.rows if key in quoted[row]]
        result[key] = np.unique(np.concatenate((members, np.array(mine, dtype=np.int64))))
    return {key: members for key, members in result.items() if len(members)}


def gather_columns(timeline: Any,
                   progress: Callable[[int], None] | None = None) -> EventColumns:
    return EventColumns(timeline, progress)


def _days(days: list[Any]) -> np.ndarray:
    return np.array([d.toordinal() if d is not None else NAN for d in days], dtype=np.float64)


# The sources last read and their days, as one tuple (a background open and the GUI thread
# swap it whole).
_LAST_SOURCES: list[Any] = [(None, None)]


def _publication_days(sources: Any) -> tuple[dict[str, float], dict[str, float]]:
    """Each report's first and last possible day of publication. Kept for the last list of
    reports read: every edit of an event gathers its columns against the same list (an edit
    shares the reports it leaves alone), which holds a thousand reports at 100,000 events."""
    kept, days = _LAST_SOURCES[0]
    if kept is sources:
        return days
    first = {s.id: _ordinal(s.published.start or s.published.end) for s in sources}
    last = {s.id: _ordinal(s.published.end or s.published.start) for s in sources}
    _LAST_SOURCES[0] = (sources, (first, last))
    return first, last


def _pick(keys: list[list[str]], days: dict[str, float], combine: Any) -> np.ndarray:
    """Per event, the earliest (``np.fmin``) or latest (``np.fmax``) day of its keys."""
    flat = np.array([days.get(key, NAN) for group in keys for key in group], dtype=np.float64)
    owner = np.repeat(np.arange(len(keys)), [len(group) for group in keys])
    result = np.full(len(keys), NAN)
    combine.at(result, owner, flat)
    return result


def _groups(keys: list[list[str]]) -> dict[str, np.ndarray]:
    """Key → the sorted, distinct events whose list holds it."""
    groups: dict[str, list[int]] = {}
    for index, group in enumerate(keys):
        for key in group:
            groups.setdefault(key, []).append(index)
    return {key: np.unique(np.array(events, dtype=np.int64)) for key, events in groups.items()}


def _ordinal(day: Any) -> float:
    return float(day.toordinal()) if day is not None else NAN
