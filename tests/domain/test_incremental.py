"""An edit's open timeline, derived from the one before it, says exactly what one derived
afresh says: same columns, order, ids, lanes, conflicts and which events quote each report."""

from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.authoring.edits import changed, with_event, with_event_replaced, without_event
from viewer.domain.files.loading import LoadedTimeline, load_timeline
from viewer.domain.format.fast_load import replace
from viewer.domain.format.model import Event
from viewer.domain.story.changes import Change, event_change
from viewer.domain.story.open_timeline import IdMap, OpenTimeline
from viewer.domain.wording.dates import resolve_date


@pytest.fixture(scope="module")
def seed():
    return load_timeline(SEED_TIMELINE)


def warmed(opened: OpenTimeline) -> OpenTimeline:
    """Everything the app makes as it runs: lanes of every grouping, ids, conflicts, the
    reports' quoting events."""
    for grouping in ("actor", "kind", "source", "status"):
        opened.lanes.numbered(grouping)
        for axis in ("event", "reported"):
            opened.lane_index(axis, grouping)
    for axis in ("event", "reported"):
        opened.warp(axis)
        opened.placement(axis)[:]  # the canvas's items, handed on to the next snapshot
    opened.ids  # noqa: B018
    opened.conflicts  # noqa: B018
    opened.columns.index_sources()
    return opened


def same(derived: OpenTimeline, fresh: OpenTimeline) -> None:
    for axis in ("event", "reported"):  # patched from the last snapshot's, or made afresh
        assert derived.warp(axis) == fresh.warp(axis), axis
        mine, theirs = derived.placement(axis), fresh.placement(axis)
        assert mine[:] == theirs[:], axis  # items kept from before the edit, or made anew
        assert [item.lane("actor") for item in mine] == [item.lane("actor") for item in theirs]
    for name in ("start", "end", "point", "context_day", "known_until"):
        assert np.array_equal(getattr(derived.columns, name), getattr(fresh.columns, name),
                              equal_nan=True), name
    assert derived.columns.first_actor == fresh.columns.first_actor
    assert np.array_equal(derived.order, fresh.order)
    assert np.array_equal(derived._order_days, fresh._order_days, equal_nan=True)
    assert np.array_equal(derived.rank, fresh.rank)
    assert derived.ids == fresh.ids
    assert derived.conflicts == fresh.conflicts
    for grouping in ("actor", "kind", "source", "status"):
        codes, names = derived.lanes.numbered(grouping)
        fresh_codes, fresh_names = fresh.lanes.numbered(grouping)
        assert [names[c] for c in codes] == [fresh_names[c] for c in fresh_codes], grouping
        for axis in ("event", "reported"):
            mine, theirs = derived.lane_index(axis, grouping), fresh.lane_index(axis, grouping)
            assert mine.names == theirs.names, (axis, grouping)
            assert np.array_equal(mine.lane_of, theirs.lane_of)
            for a, b in zip([mine.everything, *mine.lanes], [theirs.everything, *theirs.lanes],
                            strict=True):
                for part in ("order", "lo", "hi", "long_order", "long_lo", "long_hi"):
                    assert np.array_equal(getattr(a, part), getattr(b, part), equal_nan=True), \
                        (axis, grouping, a.name, part)
    derived_sources = derived.columns.with_source
    assert derived_sources.keys() == fresh.columns.with_source.keys()
    for key, members in derived_sources.items():
        assert np.array_equal(members, fresh.columns.with_source[key]), key


def step(before: OpenTimeline, timeline) -> tuple[OpenTimeline, OpenTimeline]:
    loaded = LoadedTimeline(before.path, timeline, before.texts, [])
    return before.after_edit(loaded), OpenTimeline(loaded)


def test_every_kind_of_edit_derives_what_a_fresh_derivation_gives(seed):
    opened = warmed(OpenTimeline(seed))
    events = seed.timeline.events
    reordered = 0
    for index, event in enumerate(events):  # a date changed, and so the order
        source = seed.sources[event.quotes[0].source]
        wording = "im März 2027" if index % 2 else "seit 2019"  # short, then open and long
        new = changed(event, Event, date=resolve_date(wording, None))
        derived, fresh = step(opened, with_event_replaced(seed.timeline, event.id, new))
        assert set(derived._warp_basis[0]) == {"event", "reported"}  # the warps are patched
        before, after = opened.lane_index("event", "actor"), derived.lane_index("event", "actor")
        if before._ordered != after._ordered:  # lanes in another order: kept, not rebuilt
            reordered += 1
            assert {id(lane) for lane in before.lanes} & {id(lane) for lane in after.lanes}
        # an edit that gives the event it had (event 0 is "seit 2019" already) is no change
        assert event_change(events, derived.events).rows == (() if new == event else (index,))
        same(derived, fresh)
        assert source  # the edit kept its report
    assert reordered  # "seit 2019" moves an actor's lane up
    talks = events[3]
    renamed = changed(talks, Event, id="renamed", actors=["nvidia", *talks.actors])
    same(*step(opened, with_event_replaced(seed.timeline, talks.id, renamed)))
    copy = changed(talks, Event, id="copy-of-talks")
    appended, fresh = step(opened, with_event(seed.timeline, copy))
    same(appended, fresh)
    for event in events[::5]:
        removed, fresh = step(opened, without_event(seed.timeline, event.id))
        same(removed, fresh)
        back, fresh = step(warmed(removed), seed.timeline)  # the removal undone: an insertion
        assert back.change.kind == "insert" and back.change.rows == (events.index(event),)
        same(back, fresh)
    again, fresh = step(warmed(appended), without_event(appended.timeline, "copy-of-talks"))
    same(again, fresh)
    # Undoing an appended event keeps every lane it was not in (the layout reuses them).
    kept = [a is b for a, b in zip(appended.lane_index("event", "actor").lanes,
                                   again.lane_index("event", "actor").lanes, strict=True)]
    assert kept.count(False) == 1 and len(kept) > 3
    assert isinstance(again.ids, IdMap) and "copy-of-talks" not in again.ids


def test_anything_but_a_simple_change_is_derived_afresh(seed):
    opened = OpenTimeline(seed)
    reordered = replace(seed.timeline, events=list(reversed(seed.timeline.events)))
    assert event_change(seed.timeline.events, reordered.events).kind == "replace"
    same(*step(warmed(opened), reordered))
    fewer = replace(seed.timeline, events=seed.timeline.events[2:])
    assert event_change(seed.timeline.events, fewer.events) is None
    same(*step(warmed(opened), fewer))


def test_an_undo_told_its_change_derives_what_comparing_finds(seed):
    """A command tells an undo the inverse of the change it found (comparing 100,000 events
    again costs milliseconds): the inverse must be what comparing would have found, and the
    derivation the fresh one."""
    opened = warmed(OpenTimeline(seed))
    events = seed.timeline.events
    talks = events[3]
    edits = [with_event(seed.timeline, changed(talks, Event, id="copy")),
             with_event_replaced(seed.timeline, talks.id, changed(talks, Event, title="T")),
             without_event(seed.timeline, events[0].id),
             without_event(seed.timeline, events[7].id),
             without_event(seed.timeline, events[-1].id)]
    for timeline in edits:
        forward, _ = step(opened, timeline)
        inverse = forward.change.inverse()
        found = event_change(timeline.events, events)
        loaded = LoadedTimeline(forward.path, seed.timeline, forward.texts, [])
        told = warmed(forward).after_edit(loaded, inverse)
        assert told.change == found  # an insertion at the end is the append comparing finds
        same(told, OpenTimeline(loaded))
    assert Change("append", (5, 6)).inverse() is None  # two rows back: compared again


def test_an_edit_notes_the_change_comparing_would_find(seed):
    """Edits say how they changed the events (so no one compares 100,000 of them again): what
    they say is what comparing the lists finds."""
    from viewer.domain.story.changes import compared

    events = seed.timeline.events
    talks = events[3]
    made = [with_event(seed.timeline, changed(talks, Event, id="copy")),
            with_event_replaced(seed.timeline, talks.id, changed(talks, Event, title="T")),
            with_event_replaced(seed.timeline, talks.id, talks),  # the same event: no change
            *(without_event(seed.timeline, event.id) for event in events)]
    for timeline in made:
        noted = event_change(events, timeline.events)
        assert noted == compared(events, timeline.events)
        assert noted is not None
    # A list made otherwise is compared.
    assert event_change(events, list(events)) == Change("replace", ())


def test_an_edit_of_events_keeps_the_maps_of_reports_and_entities(seed):
    """The maps of reports and entities (and the names) are the last snapshot's own when the
    edit kept their lists: views tell by identity that nothing in them changed; an edit of
    the entities makes new ones that say so."""
    opened = warmed(OpenTimeline(seed))
    event = opened.events[0]
    moved = changed(event, Event, date=resolve_date("im März 2026", event.date.basis))
    derived, fresh = step(opened, with_event_replaced(opened.timeline, event.id, moved, at=0))
    assert derived.sources is opened.sources and derived.entities is opened.entities
    assert derived.name_of is opened.name_of
    same(derived, fresh)
    entity = opened.timeline.entities[0]
    renamed = replace(opened.timeline, entities=[replace(entity, name="Renamed"),
                                                 *opened.timeline.entities[1:]])
    again, fresh = step(derived, renamed)
    assert again.sources is opened.sources and again.entities is not opened.entities
    assert again.entities[entity.id].name == "Renamed" and again.name_of(entity.id) == "Renamed"
