"""An edited snapshot is searched through the index of its file plus a reading of what the
edits touched: the same hits, in the same order, as an index built afresh for it."""

from __future__ import annotations

import msgspec
import pytest

from viewer.domain.authoring.adding import add_report, event_from_quote
from viewer.domain.authoring.edits import (
    changed,
    with_event,
    with_event_replaced,
    without_event,
)
from viewer.domain.authoring.passages import quote_at
from viewer.domain.files.loading import LoadedTimeline, load_timeline
from viewer.domain.format.model import Entity, Event
from viewer.domain.search.index import SearchIndex
from viewer.domain.search.overlay import EditedSearch, Edits
from viewer.domain.search.plan import SearchPlan
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.wording.dates import resolve_date

QUERIES = ["a", "ma", "nord", "geschäft", "Milliarden Euro", "Zeppelinwerft", "werft",
           "kind:neg nord", "actor:rhein", "actor:rhein amount:>=50bn", "after:2024",
           "after:2020 before:2021 investiert", "outlet:kurier Zusagen", "is:contested",
           "status:planned ma", "Lagerhalle", "source:r0000 Vertrag", "kind:investment"]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from viewer.tools.generate import generate_timeline

    folder = tmp_path_factory.mktemp("generated")
    opened = OpenTimeline(load_timeline(generate_timeline(600, 12, 3, folder / "t.json")))
    return opened, SearchIndex(SearchPlan(opened))


def step(before: OpenTimeline, timeline, texts=None) -> OpenTimeline:
    loaded = LoadedTimeline(before.path, timeline, texts or before.texts, [])
    return before.after_edit(loaded)


def answers(engine, query):
    def shown(results):
        return ([engine.plan.opened.columns.ids[h.event] for h in results.events],
                [(h.source, h.start, h.end, h.quoted) for h in results.passages],
                results.event_count, results.passage_count)
    return shown(engine.search(query)), shown(engine.first(query, 5))[:2]


def same_as_fresh(index: SearchIndex, edits: Edits, opened: OpenTimeline) -> None:
    overlay = EditedSearch(index, SearchPlan(opened, like=index.plan), edits)
    fresh = SearchIndex(SearchPlan(opened))
    for query in QUERIES:
        assert answers(overlay, query) == answers(fresh, query), query


def test_edits_of_events_are_found_through_the_old_index(base, tmp_path):
    opened, index = base
    edits = Edits(opened)
    events = opened.events
    # A title changed: the old words go, the new ones come.
    renamed = changed(events[7], Event, title="Zeppelinwerft baut eine Lagerhalle")
    now = step(opened, with_event_replaced(opened.timeline, events[7].id, renamed, at=7))
    edits = edits.after(now)
    assert edits is not None and edits.touched == {events[7].id}
    same_as_fresh(index, edits, now)
    # A date changed: the event moves in the date order.
    moved = changed(now.events[30], Event, date=resolve_date("im März 2031", None))
    now = step(now, with_event_replaced(now.timeline, moved.id, moved, at=30))
    edits = edits.after(now)
    same_as_fresh(index, edits, now)
    # A new event, then one removed (the rows after it move up).
    source = now.timeline.sources[0]
    quote = quote_at(source.id, now.texts[source.id], 0, 60)
    new = event_from_quote(now.timeline, now.texts, quote, title="Werft Zeppelin kauft",
                           date=resolve_date("2026", None), event_id="werft")
    now = step(now, with_event(now.timeline, new))
    edits = edits.after(now)
    same_as_fresh(index, edits, now)
    before_removal = now
    now = step(now, without_event(now.timeline, now.events[3].id))
    edits = edits.after(now)
    assert edits is not None and edits.shifted
    same_as_fresh(index, edits, now)
    now = step(now, before_removal.timeline)  # the removal undone: the row goes back
    assert now.change.kind == "insert"
    edits = edits.after(now)
    same_as_fresh(index, edits, now)


def test_an_added_report_is_read_directly_and_a_changed_one_ends_the_overlay(base, tmp_path):
    opened, index = base
    text = "Die Zeppelinwerft investiert in eine Lagerhalle.\n\nMilliarden Euro fließen.\n"
    timeline, source_id = add_report(opened.timeline, tmp_path, text, title="Werftbericht",
                                     language="de", published=resolve_date("2019-05-02", None),
                                     outlet="Kurier der Werft")
    now = step(opened, timeline, {**opened.texts, source_id: text})
    edits = Edits(opened).after(now)
    assert edits is not None
    same_as_fresh(index, edits, now)
    # An entity renamed: its events would be found by the old name; the overlay gives up.
    entity = now.timeline.entities[0]
    renamed = msgspec.structs.replace(entity, name="Ganz Anders AG")
    timeline = msgspec.structs.replace(
        now.timeline, entities=[renamed, *now.timeline.entities[1:]])
    assert isinstance(renamed, type(entity)) and Entity
    assert edits.after(step(now, timeline)) is None
