"""The overview strip follows edits by moving the edited events' counts: after any edit it
shows what binning every event afresh shows."""

from __future__ import annotations

import numpy as np

from viewer.domain.authoring.edits import changed, with_event, with_event_replaced, without_event
from viewer.domain.format.model import Event


def fresh_counts(overview):
    edges = overview._bins[1]
    column = np.clip(np.searchsorted(edges, overview._canvas.first_days(), side="right") - 1,
                     0, len(edges) - 2)
    return np.bincount(column, minlength=len(edges) - 1)


def test_the_strip_counts_what_a_fresh_count_gives_after_every_edit(qtbot, window):
    try:
        edit_and_check(window.overview, window.document)
    finally:
        window.document.undo_stack.setClean()  # closing the window asks nothing


def edit_and_check(overview, document):
    overview.grab()  # painted once: its bins exist
    assert overview._bins is not None

    patched: list[bool] = []

    def check():
        bins = overview._bins
        counts, _ = overview._histogram(overview.strip_scale())
        if document.opened.change is not None:  # an edit the snapshot was patched for
            assert overview._bins is bins  # the moved counts are used, not made afresh
        patched.append(document.opened.change is not None)
        assert np.array_equal(counts, fresh_counts(overview))
        assert counts.sum() == len(document.events)

    # Edits inside the timeline's range (the strip's scale stays; a new range bins afresh).
    event = document.events[5]
    moved = changed(event, Event, date=document.events[8].date)
    before = overview._bins
    document.edit("Edit Event", with_event_replaced(document.opened.timeline, event.id, moved))
    assert overview._bins is not before and overview._bins[0] == before[0]  # moved, not redone
    check()
    copy = changed(document.events[2], Event, id="copy")
    document.edit("New Event", with_event(document.opened.timeline, copy))
    check()
    document.edit("Delete Event", without_event(document.opened.timeline, document.events[9].id))
    check()
    for _ in range(3):
        document.undo_stack.undo()
        check()
    document.undo_stack.redo()
    check()
    assert patched.count(True) >= 5  # (undoing a removal puts the event back in the middle)
