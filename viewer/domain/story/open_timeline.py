"""A timeline as the program holds it while it is open: the checked evidence and everything
derived from it, computed once per load.

Every view reads the same derived facts: the one date order (stepping, the list, search
results and exports all follow it), the conflicts, the id maps, the threads, each event's
lanes and days. :func:`open_timeline` makes them in one pass after loading, so a background
thread can do all of it before the GUI takes the result over in one step; what only some
views need (the report axis, a grouping's interval index) is made on first use and kept.
"""

from __future__ import annotations

import functools
import gc
import itertools
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from viewer.domain.files.loading import LoadedTimeline, Progress, load_timeline, no_collection
from viewer.domain.format.model import Entity, Event, EventStatus, Source
from viewer.domain.story.changes import Change, event_change
from viewer.domain.story.conflicts import Conflict, contested_title, find_conflicts
from viewer.domain.story.event_columns import EventColumns, gather_columns, patched_columns
from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.items import ItemFacts, Lanes, Placement, TimelineItem
from viewer.domain.timeline.timescale import IDENTITY, Warp, WarpAnchors
from viewer.domain.wording.describe import describe_kind, describe_status

TENTATIVE = (EventStatus.PLANNED, EventStatus.EXPECTED)
MOST_KEPT_ITEMS = 4_000  # made items handed to the next snapshot (copying more costs more)
LOAD_SHARE = 0.85  # of an open's progress, the part spent loading (the rest: deriving)


class OpenTimeline:
    """The loaded timeline and what is derived from it. Plain Python and numpy: the Qt
    document, the search, the exports and the command line all read this one object."""

    def __init__(self, loaded: LoadedTimeline,
                 progress: Callable[[int], None] | None = None, *,
                 language: str = "en") -> None:
        timeline = loaded.timeline
        self.loaded = loaded
        self.language = language  # of the reader: titles, lane names
        self.entities: dict[str, Entity] = loaded.entities
        self.sources: dict[str, Source] = loaded.sources
        # The helpers below hold plain dictionaries, never this object: a timeline with no
        # reference cycles is freed the moment the app lets go of it (it is frozen for the
        # garbage collector, which would never look at a cycle of it again).
        self.name_of = Naming({e.id: e.name for e in timeline.entities})
        self.columns: EventColumns = gather_columns(timeline, progress)
        columns = self.columns
        self.order = date_order(columns)
        self._order_days = _sort_days(columns)[self.order]  # the day each place sorts by
        self.rank = np.empty(columns.count, dtype=np.int64)
        self.rank[self.order] = np.arange(columns.count)
        self.thread_titles: dict[str, str] = {t.id: t.title for t in timeline.threads}
        self.group_titles: dict[str, str] = {g.id: g.title for g in timeline.groups}
        self._facts = _ItemFacts(timeline.events, self.columns, language, _colors(timeline))
        self._item_basis: tuple[dict[str, dict[int, TimelineItem]], frozenset[int]] = ({},
                                                                                   frozenset())
        self._placements: dict[str, Placement] = {}
        self._indexes: dict[tuple[str, str], TimelineIndex] = {}
        self._index_basis: tuple[dict[tuple[str, str], TimelineIndex], Any] = ({}, None)
        self._warps: dict[str, Warp] = {}
        self._anchors: dict[str, WarpAnchors] = {}
        self._warp_basis: tuple[dict[str, tuple[WarpAnchors, np.ndarray, Warp | None]], Any] \
            = ({}, None)
        # The ids of the events the edit that made this snapshot touched (gone, changed or
        # new); None when it was derived afresh (a load, or no simple change).
        self.touched: frozenset[str] | None = None
        self.change: Change | None = None  # that edit's rows

    def after_edit(self, loaded: LoadedTimeline, change: Change | None = None) -> OpenTimeline:
        """The open timeline of the next snapshot of this one (an edit, its undo or redo),
        derived from this one: only the events that changed are gathered again, found by
        identity (an edit shares every event it leaves alone), or given as ``change`` when
        it is known (an undo or redo of a step whose change was found before). Anything but
        a simple change is derived afresh."""
        if change is None:
            change = event_change(self.events, loaded.timeline.events)
        elif change.kind == "insert" and change.rows[0] == len(self.events):
            change = Change("append", change.rows)  # as event_change says of a row at the end
        if change is None or (loaded.timeline.sources is not self.timeline.sources and
                              _sources_changed(self.sources, loaded.sources)):
            return OpenTimeline(loaded, language=self.language)
        new = OpenTimeline.__new__(OpenTimeline)
        timeline = loaded.timeline
        new.loaded, new.language, new.change = loaded, self.language, change
        old_ids, events = self.columns.ids, loaded.timeline.events
        new.touched = frozenset(
            [old_ids[r] for r in change.rows if change.kind in ("replace", "remove")]
            + [events[r].id for r in change.rows if change.kind != "remove"])
        loaded.share_maps(self.loaded)
        new.entities, new.sources = loaded.entities, loaded.sources
        new.name_of = self.name_of if new.entities is self.entities else \
            Naming({e.id: e.name for e in timeline.entities})
        new.columns = patched_columns(self.columns, timeline, change)
        new.order, new._order_days = _patched_order(self.order, self._order_days, self.rank,
                                                    new.columns, change)
        new.rank = np.empty(new.columns.count, dtype=np.int64)
        new.rank[new.order] = np.arange(new.columns.count)
        new.thread_titles = {t.id: t.title for t in timeline.threads}
        new.group_titles = {g.id: g.title for g in timeline.groups}
        new._facts = _ItemFacts(timeline.events, new.columns, self.language, _colors(timeline))
        # The items the canvas made of the last snapshot's events, for the events this change
        # left alone where it moved no row (making them again is most of a layout's cost).
        stays = change.kind in ("replace", "append") or \
            (change.kind == "remove" and change.rows[0] == len(self.events) - 1)
        new._item_basis = ({axis: placement.made_items()
                            for axis, placement in self._placements.items()},
                           frozenset(change.rows)) \
            if stays and new._facts.colors == self._facts.colors else ({}, frozenset())
        new._placements, new._indexes, new._warps, new._anchors = {}, {}, {}, {}
        if "lanes" in self.__dict__ and self.sources.keys() == new.sources.keys() and \
                self.name_of == new.name_of and self.group_titles == new.group_titles:
            new.__dict__["lanes"] = self.lanes.patched(new._lane_keys(), list(change.rows),
                                                       change.kind)
        # The last snapshot's lane indexes, to patch rather than rebuild (dropped once used:
        # a snapshot never holds on to the one before it for longer).
        new._index_basis = (dict(self._indexes), change) if "lanes" in new.__dict__ \
            else ({}, change)
        # The last snapshot's warp anchors with those of the changed rows, to patch.
        leaving = np.array(change.rows if change.kind in ("replace", "remove") else (),
                           dtype=np.int64)
        new._warp_basis = ({axis: (anchors, self.placement(axis).warp_anchors(leaving),
                                   self._warps.get(axis))
                            for axis, anchors in self._anchors.items()}, change)
        if "ids" in self.__dict__:
            new.__dict__["ids"] = IdMap.after(self.ids, self.columns.ids, new.columns.ids,
                                              change)
        return new

    # --- what was loaded ---------------------------------------------------------------------

    @property
    def timeline(self) -> Any:
        return self.loaded.timeline

    @property
    def events(self) -> list[Event]:
        return self.loaded.timeline.events

    @property
    def texts(self) -> dict[str, str]:
        return self.loaded.texts

    @property
    def path(self) -> Path:
        return self.loaded.path

    @property
    def title(self) -> str:
        return self.loaded.timeline.title

    @functools.cached_property
    def thread_members(self) -> dict[str, list[int]]:
        """Thread id → its events in date order."""
        return {thread: sorted(members, key=self.rank.__getitem__)
                for thread, members in self.columns.threads.items()}

    @property
    def conflicts(self) -> dict[int, list[Conflict]]:
        """Event index → where its reports disagree (events with conflicts only)."""
        return self.columns.conflicts

    def conflicts_of(self, index: int) -> list[Conflict]:
        """Where the reports of one event disagree (found for that event alone if the whole
        timeline has not been looked at yet)."""
        return self._facts.conflicts_of(index)

    @functools.cached_property
    def contested(self) -> np.ndarray:
        """A mask of the events the reports disagree about."""
        mask = np.zeros(self.columns.count, dtype=bool)
        mask[list(self.conflicts)] = True
        return mask

    @functools.cached_property
    def ids(self) -> dict[str, int]:
        """Event id → event index."""
        return {event_id: index for index, event_id in enumerate(self.columns.ids)}

    @functools.cached_property
    def order_list(self) -> list[int]:
        """:attr:`order` as a list (for Python code that walks it)."""
        return self.order.tolist()

    def thread_of(self, index: int) -> list[int]:
        """The events of the story ``index`` belongs to, in date order (empty if none)."""
        if not 0 <= index < self.columns.count:
            return []
        thread = self.events[index].thread
        return self.thread_members.get(thread, []) if thread is not None else []

    # --- placing events on an axis -----------------------------------------------------------

    @functools.cached_property
    def lanes(self) -> Lanes:
        return Lanes(self._lane_keys(), _LaneLabel(self.name_of, self.sources, self.language,
                                                   self.group_titles))

    def _lane_keys(self) -> dict[str, Callable[[], list[str]]]:
        columns = self.columns
        return {"actor": lambda: columns.first_actor, "kind": lambda: columns.kinds,
                "source": lambda: columns.first_source, "status": lambda: columns.statuses,
                "group": lambda: columns.groups}

    def natural_grouping(self) -> str:
        """The lanes a timeline opens with: its own groups when it has groups and no actors
        (an imported timeline), else its actors."""
        timeline = self.timeline
        if timeline.groups and not any(event.actors for event in timeline.events[:1000]):
            return "group"
        return "actor"

    def placement(self, axis: str = "event") -> Placement:
        """The events placed by when they happened (``"event"``) or by when they were
        reported (``"reported"``: from the first report quoting them to the last)."""
        if axis not in self._placements:
            self._placements[axis] = self._place(axis)
        return self._placements[axis]

    def _place(self, axis: str) -> Placement:
        columns = self.columns
        start, end = columns.start, columns.end + 1
        common = {"facts": self._facts, "lanes": self.lanes}
        basis, changed_rows = self._item_basis
        made = basis.pop(axis, None)
        if made is not None:  # the most recently made first: the lanes laid out last
            recent = list(itertools.islice(reversed(made.items()), MOST_KEPT_ITEMS))
            common["made"] = {row: item for row, item in reversed(recent)
                              if row not in changed_rows and row < columns.count}
        if axis == "event":
            return Placement(start=start, end=end, point=columns.point,
                             known_until=columns.known_until + 1,
                             context_day=columns.context_day, **common)
        reported_first, reported_last = columns.reported
        reported = ~np.isnan(reported_first)
        first = np.where(reported, reported_first, start)
        last = np.where(reported, reported_last + 1, end)
        nothing = np.full(columns.count, np.nan)
        return Placement(start=first, end=last,
                         point=np.where(reported, last == first + 1, columns.point),
                         known_until=np.where(reported, np.nan, columns.known_until + 1),
                         context_day=np.where(reported, nothing, columns.context_day),
                         reports=_ReportDays(self.events, self.sources), **common)

    def lane_index(self, axis: str, grouping: str) -> TimelineIndex:
        key = (axis, grouping)
        if key not in self._indexes:
            basis, change = self._index_basis
            old = basis.pop(key, None)
            self._indexes[key] = TimelineIndex(self.placement(axis), grouping) if old is None \
                else TimelineIndex.after(old, self.placement(axis), list(change.rows),
                                         change.kind)
        return self._indexes[key]

    def warp(self, axis: str) -> Warp:
        """Breaks that compress long empty stretches of the axis."""
        if axis not in self._warps:
            anchors, same = self._warp_anchors(axis)
            self._warps[axis] = same or (anchors.warp() if len(anchors) else IDENTITY)
        return self._warps[axis]

    def _warp_anchors(self, axis: str) -> tuple[WarpAnchors, Warp | None]:
        """The anchors of the warp: the last snapshot's patched with the rows an edit changed
        (a millisecond), else sorted afresh (ten at 100,000 events); and the last snapshot's
        warp when the edit only added days it already covers (finding the breaks again is
        another millisecond)."""
        basis, change = self._warp_basis
        old = basis.pop(axis, None)
        placement = self.placement(axis)
        anchors, same = None, None
        if old is not None:
            kept, leaving, warp = old
            joining = placement.warp_anchors(
                np.array(change.rows if change.kind != "remove" else (), dtype=np.int64))
            anchors = kept.patched(leaving, joining)
            if anchors is not None and warp is not None and not len(leaving) and \
                    kept.keep_breaks(warp, joining):
                same = warp
        if anchors is None:
            anchors = WarpAnchors.of(placement.warp_anchors())
        self._anchors[axis] = anchors
        return anchors, same

    def prepare(self, axis: str, grouping: str) -> None:
        """Makes now what the canvas will ask for first (for a thread that opens files): its
        lanes and its warp."""
        self.lane_index(axis, grouping)
        self.warp(axis)


class Naming:
    """Entity id → name (the id itself when unknown)."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Naming) and other._names == self._names

    __hash__ = None  # type: ignore[assignment]  # compared by value, never a key

    def __call__(self, entity_id: str) -> str:
        return self._names.get(entity_id, entity_id)


def _colors(timeline: Any) -> dict[str, str]:
    return {group.id: group.color for group in timeline.groups if group.color}


class _ItemFacts:
    """What the canvas writes and colours for an event: its title, with ≠ for an event the
    reports disagree on (conflicts found per event, unless all are known already)."""

    def __init__(self, events: list[Event], columns: EventColumns, language: str,
                 colors: dict[str, str]) -> None:
        self._events, self._columns = events, columns
        self._german = language == "de"
        self.colors = colors  # group id -> colour, for the groups that have one
        self._conflicts: dict[int, list[Conflict]] = {}

    def conflicts_of(self, index: int) -> list[Conflict]:
        if "conflicts" in self._columns.__dict__:
            return self._columns.conflicts.get(index, [])
        if index not in self._conflicts:
            event = self._events[index]
            self._conflicts[index] = find_conflicts(event) if len(event.claims) > 1 else []
        return self._conflicts[index]

    def __call__(self, index: int) -> ItemFacts:
        event = self._events[index]
        contested = bool(self.conflicts_of(index))
        title = event.title_de if self._german and event.title_de else event.title
        return ItemFacts(event.id, contested_title(title) if contested else title,
                         event.status in TENTATIVE, contested, str(event.kind),
                         not event.claims,
                         self.colors.get(event.group) if event.group else None)


class _LaneLabel:
    """A lane's name: an actor's name, a report's id and title, a kind, status or group."""

    def __init__(self, name_of: Naming, sources: dict[str, Source], language: str,
                 groups: dict[str, str]) -> None:
        self._name_of, self._sources, self._language = name_of, sources, language
        self._groups = groups

    def __call__(self, grouping: str, key: str) -> str:
        if grouping == "group":
            return self._groups.get(key, key) if key else "—"
        if grouping == "actor":
            return self._name_of(key) if key else "—"
        if grouping == "source":
            source = self._sources.get(key)
            return f"{key}: {source.title}" if source else key
        if grouping == "kind":
            return describe_kind(key, self._language)
        return describe_status(key, self._language)


class _ReportDays:
    """The days each report quoting an event came out (the first possible day)."""

    def __init__(self, events: list[Event], sources: dict[str, Source]) -> None:
        self._events, self._sources = events, sources

    def __call__(self, index: int) -> tuple[float, ...]:
        days = set()
        for quote in self._events[index].quotes:
            source = self._sources.get(quote.source)
            day = source and (source.published.start or source.published.end)
            if day:
                days.add(float(day.toordinal()))
        return tuple(sorted(days))


class IdMap(Mapping[str, int]):
    """Event id → event index, as a few changes over the map of an earlier snapshot (copying
    100,000 entries per edit would cost more than the edit); folded into a plain dictionary
    when the changes pile up."""

    MOST_CHANGES = 64

    def __init__(self, base: Mapping[str, int], changes: dict[str, int | None]) -> None:
        self._base, self._changes = base, changes  # a change of None: the id is gone

    @classmethod
    def after(cls, old: Mapping[str, int], old_ids: list[str], ids: list[str],
              change: Change) -> Mapping[str, int]:
        if change.kind == "insert" or (change.kind == "remove" and change.rows[0] < len(ids)):
            return dict(zip(ids, range(len(ids)), strict=True))  # rows after it moved
        base, changes = (old._base, dict(old._changes)) if isinstance(old, IdMap) else (old, {})
        if change.kind == "remove":  # the last row went (an appended event undone)
            gone = old_ids[change.rows[0]]
            if old.get(gone) == change.rows[0]:
                changes[gone] = None
            return cls(base, changes)
        if change.kind == "replace":
            for row in change.rows:  # an id may have changed: its old entry goes
                if old.get(old_ids[row]) == row:
                    changes[old_ids[row]] = None
        for row in change.rows:
            changes[ids[row]] = row
        if len(changes) > cls.MOST_CHANGES:
            return dict(zip(ids, range(len(ids)), strict=True))
        return cls(base, changes)

    def __getitem__(self, key: str) -> int:
        if key in self._changes:
            value = self._changes[key]
            if value is None:
                raise KeyError(key)
            return value
        return self._base[key]

    def __iter__(self) -> Iterator[str]:
        yield from (key for key in self._base if key not in self._changes)
        yield from (key for key, value in self._changes.items() if value is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _sources_changed(old: Mapping[str, Source], new: Mapping[str, Source]) -> bool:
    """Whether a report the last snapshot had is gone or different (a new report is no
    change: no event quotes it yet, or the edit that quotes it is an event change)."""
    # By identity first: an edit shares the reports it leaves alone, and comparing a
    # thousand reports field by field costs more than the edit's other checks.
    return any(new.get(key) is not source and new.get(key) != source
               for key, source in old.items())


def _patched_order(order: np.ndarray, order_days: np.ndarray, rank: np.ndarray,
                   columns: EventColumns, change: Change) -> tuple[np.ndarray, np.ndarray]:
    """:func:`date_order` after ``change``, with the day each place sorts by: the changed
    rows taken out of the old order and put back where their days now sort (ties by file
    order), with binary searches instead of a new sort of every event."""
    if change.kind == "remove":
        gone = change.rows[0]
        kept = np.delete(order, rank[gone])
        return kept - (kept > gone), np.delete(order_days, rank[gone])
    if change.kind == "insert":  # the rows from it on move down one, then it is placed
        order = order + (order >= change.rows[0])
    if len(change.rows) > 64:  # many rows: one sort is cheaper than many insertions
        fresh = date_order(columns)
        return fresh, _sort_days(columns)[fresh]
    rows = np.array(change.rows, dtype=np.int64)
    if change.kind == "replace":
        kept, kept_days = np.delete(order, rank[rows]), np.delete(order_days, rank[rows])
    else:
        kept, kept_days = order, order_days
    start, end = columns.start[rows], columns.end[rows]
    day = dict(zip(change.rows, np.where(np.isnan(start), end, start).tolist(), strict=True))
    for row in sorted(change.rows, key=lambda r: (np.nan_to_num(day[r], nan=np.inf), r)):
        low = int(np.searchsorted(kept_days, day[row], side="left"))
        high = int(np.searchsorted(kept_days, day[row], side="right"))
        at = low + int(np.searchsorted(kept[low:high], row))
        kept = np.insert(kept, at, row)
        kept_days = np.insert(kept_days, at, day[row])
    return kept, kept_days


def _sort_days(columns: EventColumns) -> np.ndarray:
    """The day each event sorts by: its first possible day (an open start by its last)."""
    return np.where(np.isnan(columns.start), columns.end, columns.start)


def date_order(columns: EventColumns) -> np.ndarray:
    """Event indices in date order: by the first possible day (an open start by its last
    day), events of the same day in the order of the file. The one order of stepping, the
    list, search results and exports."""
    return np.argsort(_sort_days(columns), kind="stable").astype(np.int64)


def open_timeline(path: Path | str, progress: Progress | None = None, *,
                  prepare: tuple[str, str] = ("event", "actor"), keep: bool = False,
                  language: str = "en") -> OpenTimeline:
    """Loads ``path`` and derives what the views need. ``progress(fraction)`` is called now
    and then and may raise :class:`~viewer.domain.files.loading.OpenCancelled`. ``keep``: the
    result lives until the next file, so the garbage collector is told to leave it alone
    (``gc.freeze``): otherwise its next full pass walks every event while the user pans."""
    with no_collection():
        loaded = load_timeline(path, None if progress is None else
                               (lambda fraction: progress(LOAD_SHARE * fraction)))
        count = max(len(loaded.timeline.events), 1)
        opened = OpenTimeline(loaded, None if progress is None else (
            lambda done: progress(LOAD_SHARE + (1 - LOAD_SHARE) * 0.9 * done / count)),
            language=language)
        opened.prepare(*prepare)
        if keep:
            gc.freeze()
    if progress is not None:
        progress(1.0)
    return opened


__all__ = ["OpenTimeline", "date_order", "open_timeline"]
