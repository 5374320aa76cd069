"""A large generated timeline in the real canvas: stepping, revealing and the list."""

from __future__ import annotations

import pytest

from tests.qt.conftest import TODAY
from viewer.domain.files.loading import load_timeline
from viewer.qt.document.document import TimelineDocument
from viewer.qt.panes.event_model import EventTableModel
from viewer.qt.timeline.canvas import TimelineCanvas
from viewer.tools.generate import generate_timeline


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    return load_timeline(generate_timeline(3000, 30, 11, tmp_path_factory.mktemp("big") / "t.json"))


@pytest.fixture
def canvas(qtbot, loaded):
    document = TimelineDocument()
    canvas = TimelineCanvas(document, TODAY)
    qtbot.addWidget(canvas)
    canvas.resize(1200, 700)
    document.set_loaded(loaded)
    return canvas


def test_at_full_zoom_out_dense_lanes_are_counted(canvas):
    layout = canvas.current_layout()
    assert layout.bins
    assert sum(lane.count for lane in layout.lanes) == 3000


def test_selecting_an_event_inside_a_counted_bar_zooms_to_it(canvas):
    document = canvas._document
    hidden = next(i for i in document.order if canvas.current_layout().find(i) is None)
    document.select(hidden)
    point = canvas.item_position(hidden)
    assert point is not None, "the event is drawn on its own after selecting it"
    assert 0 <= point.x() <= canvas.width() and 0 <= point.y() <= canvas.height()
    assert canvas.hit(point.x(), point.y()).item.index == hidden


def test_clicking_a_counted_bar_zooms_in(qtbot, canvas):
    from PySide6.QtCore import QPoint, Qt

    before = canvas.scale().px_per_day
    row = canvas.current_layout().bins[0]
    column = next(i for i, count in enumerate(row.counts.tolist()) if count)
    x = float(row.xs[column]) + canvas.layout_offset() + 2
    y = (row.top + row.bottom) / 2 - canvas.scroll_offset()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    assert canvas.scale().px_per_day > 3 * before


def test_keyboard_stepping_passes_through_every_event_once(qapp, loaded):
    document = TimelineDocument()
    document.set_loaded(loaded)
    seen = []
    for _ in range(len(document.events)):
        document.step(+1)
        seen.append(document.selected)
    assert sorted(seen) == list(range(3000))
    assert seen == document.order


def test_the_canvas_draws_each_stepped_event_on_its_own(canvas):
    document = canvas._document
    for _ in range(40):
        document.step(+1)
        point = canvas.item_position(document.selected)
        assert point is not None and 0 <= point.x() <= canvas.width()


def test_panning_reuses_the_layout(canvas):
    made = canvas._layouts.made_count
    for _ in range(10):
        canvas.pan(30)
    assert canvas._layouts.made_count == made
    canvas.zoom(1.5)
    assert canvas._layouts.made_count == made + 1


def test_the_list_formats_only_rows_it_shows(qapp, loaded):
    document = TimelineDocument()
    model = EventTableModel(document)
    document.set_loaded(loaded)
    assert model.rowCount() == 3000
    model.index(10, 0).data()
    assert len(model._cells) == 1


def test_counted_bars_show_how_many_of_their_events_match(qtbot, canvas):
    document = canvas._document
    document.set_query("Vorgang 1")
    qtbot.waitUntil(lambda: document.matches is not None)
    rows = canvas.current_layout().bins
    assert rows and all(row.matched is not None for row in rows)
    shown = sum(int(row.matched.sum()) for row in rows)
    assert 0 < shown <= len(document.matches)
    assert all((row.matched <= row.counts).all() for row in rows)


def test_a_common_word_is_listed_at_once_and_then_counted(qtbot, canvas):
    """The first answer lists the earliest hits; the second counts them all and only then
    does the timeline change its marks (once)."""
    from viewer.domain.search.index import FIRST

    document = canvas._document
    answers, marks = [], []
    document.search.service.answered.connect(lambda text, results: answers.append(results))
    document.filter_changed.connect(lambda: marks.append(document.matches))
    document.set_query("Milliarden")
    qtbot.waitUntil(lambda: len(answers) == 2)
    first, every = answers
    assert not first.complete and len(first.events) == FIRST
    assert [h.event for h in first.events] == [h.event for h in every.events[:FIRST]]
    assert every.complete and every.event_count > FIRST
    assert marks == [every.matched] and document.matches == every.matched


def test_a_query_caught_by_an_interrupt_meant_for_the_one_before_is_asked_again(canvas):
    import sqlite3

    service = canvas._document.search.service
    calls = []

    def interrupted_once(engine):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("interrupted")
        return "answer"
    generation = service._generation
    assert service._run(generation, interrupted_once, lambda: False) == "answer"
    assert len(calls) == 2
    calls.clear()
    assert service._run(generation, interrupted_once, lambda: bool(calls)) is None  # dropped


def test_the_results_pane_counts_every_match_and_lists_the_earliest(qtbot, canvas, monkeypatch):
    import viewer.qt.document.search_service as search_service
    from viewer.qt.search.results import SearchResultsPane
    from viewer.qt.style.numbers import count

    monkeypatch.setattr(search_service, "LISTED", 20)
    document = canvas._document
    pane = SearchResultsPane(document)
    qtbot.addWidget(pane)
    document.set_query("Milliarden")
    qtbot.waitUntil(lambda: document.results is not None and document.results.complete)
    results = document.results
    assert results.event_count > 20 and len(results.events) == 20
    assert pane.model.index(0, 0).data() == f"Events ({count(results.event_count)})"
    assert pane.model.rowCount(pane.model.index(0, 0)) == 20
    assert "the earliest 20 of each are listed" in pane.message.text()
    assert len(document.matches) == results.event_count  # the timeline marks every match


def test_a_selected_event_in_view_stays_in_view_when_the_canvas_narrows(canvas):
    """A dock opening beside the canvas (the event editor) narrows it: rows are packed again
    for the new width, and the selected event, in view before, is scrolled back into view."""
    document = canvas._document
    canvas.show()  # a hidden widget hears of its new size only when shown
    misplaced = 0
    for index in list(document.order)[100:3000:150]:
        canvas.resize(1200, 700)
        document.select(index)
        point = canvas.item_position(index)
        assert point is not None and 0 <= point.y() <= canvas.height()
        canvas.resize(700, 700)
        point = canvas.item_position(index)
        misplaced += point is None or not (0 <= point.y() <= canvas.height()) or \
            not (0 <= point.x() <= canvas.width())
    assert misplaced == 0


def test_a_selected_event_panned_out_of_view_stays_out_of_view_on_a_resize(canvas):
    """The view keeps the selection in view on a resize only when it was in view: one the
    user panned away from is not brought back."""
    document = canvas._document
    canvas.show()
    index = list(document.order)[1500]
    document.select(index)
    point = canvas.item_position(index)
    canvas.pan(-(point.x() + 150))  # just off the left edge, still inside the layout made
    assert canvas.item_position(index) is None or canvas.item_position(index).x() < 0
    before = canvas.visible_days()
    canvas.resize(800, 700)
    assert canvas.visible_days()[0] == pytest.approx(before[0])
