"""The event list model is a well-behaved Qt model that sorts and filters itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SEED_TIMELINE
from viewer.qt.document.document import TimelineDocument
from viewer.qt.panes.event_model import EVENT_INDEX_ROLE, EventTableModel


def seeded():
    document = TimelineDocument()
    model = EventTableModel(document)
    document.open(SEED_TIMELINE)
    return document, model


def ids(document, model):
    return [document.events[model.index(r, 0).data(EVENT_INDEX_ROLE)].id
            for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester):
    document, model = seeded()
    qtmodeltester.check(model)
    document.set_query("amazon")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_one_row_per_event_with_readable_columns(qapp):
    document, model = seeded()
    assert model.rowCount() == len(document.events) == 18
    row = ids(document, model).index("amazon-openai-talks-january")
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells[0] == "29 Jan 2026"
    assert cells[5] == "up to 50 bn USD; 10–20 bn USD"


def test_rows_start_in_date_order_and_sort_by_any_column(qapp):
    document, model = seeded()
    assert ids(document, model)[0] == "microsoft-invests-since-2019"
    model.sort(5, Qt.SortOrder.DescendingOrder)   # largest amount first
    assert ids(document, model)[0] == "openai-infrastructure-commitments"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    titles = [document.events[model.index(r, 0).data(EVENT_INDEX_ROLE)].title.casefold()
              for r in range(model.rowCount())]
    assert titles == sorted(titles)


def test_sorting_keeps_the_current_row_on_its_event(qapp):
    document, model = seeded()
    from PySide6.QtCore import QPersistentModelIndex
    row = ids(document, model).index("openai-ipo-planned")
    kept = QPersistentModelIndex(model.index(row, 0))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert document.events[kept.data(EVENT_INDEX_ROLE)].id == "openai-ipo-planned"


def test_search_filters_rows_case_insensitively(qtbot):
    document, model = seeded()
    document.set_query("TRAINIUM")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert ids(document, model) == ["amazon-openai-talks-december"]
    document.set_query("")
    assert model.rowCount() == 18


def test_an_edit_remakes_the_cells_it_changed_and_keeps_the_others(qapp):
    from viewer.domain.authoring.edits import changed, with_event_replaced
    from viewer.domain.format.fast_load import replace
    from viewer.domain.format.model import Event
    from viewer.domain.wording.dates import resolve_date

    document, model = seeded()
    cells = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert cells  # every row's cells made once
    row = ids(document, model).index("amazon-openai-talks-january")
    kept_before = dict(model._cells)
    opened = document.opened
    index = opened.ids["amazon-openai-talks-january"]
    event = opened.events[index]
    moved = changed(event, Event, date=resolve_date("im März 2026", event.date.basis))
    document.edit("Edit Event", with_event_replaced(opened.timeline, event.id, moved, at=index))
    row = ids(document, model).index("amazon-openai-talks-january")
    assert model.index(row, 0).data() == "March 2026"
    untouched = next(i for i in kept_before if i != index)
    assert model._cells[untouched] is kept_before[untouched]
    # A renamed actor is in the cells of every event naming it: all are made anew.
    entity = document.opened.timeline.entities[0]
    renamed = replace(document.opened.timeline, entities=[
        replace(entity, name="Renamed Actor"), *document.opened.timeline.entities[1:]])
    document.edit("Rename", renamed)
    actors = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert any("Renamed Actor" in cell for cell in actors)


def test_an_edit_resets_the_list_once_and_an_unchanged_filter_not_at_all(qapp):
    """After an edit the document says the timeline changed and then that the filter may have:
    the list is remade once (each reset makes the view select and scroll again)."""
    from viewer.domain.authoring.edits import changed, with_event_replaced
    from viewer.domain.format.model import Event
    from viewer.domain.wording.dates import resolve_date

    document, model = seeded()
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    opened = document.opened
    index = opened.ids["amazon-openai-talks-january"]
    event = opened.events[index]
    moved = changed(event, Event, date=resolve_date("im März 2026", event.date.basis))
    document.edit("Edit Event", with_event_replaced(opened.timeline, event.id, moved, at=index))
    assert len(resets) == 1
    document.filter_changed.emit()  # nothing hidden or shown: nothing to remake
    assert len(resets) == 1
