"""The event list model is a well-behaved Qt model and filters with the search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SEED_TIMELINE
from viewer.qt.document import TimelineDocument
from viewer.qt.event_model import EVENT_INDEX_ROLE, EventFilterProxy, EventTableModel


def seeded():
    document = TimelineDocument()
    model = EventTableModel(document)
    proxy = EventFilterProxy(document)
    proxy.setSourceModel(model)
    document.open(SEED_TIMELINE)
    return document, model, proxy


def test_models_pass_the_model_tester(qtmodeltester):
    document, model, proxy = seeded()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    document.set_query("amazon")
    qtmodeltester.check(proxy)


def test_one_row_per_event_with_readable_columns(qapp):
    document, model, _ = seeded()
    assert model.rowCount() == len(document.events) == 18
    row = next(r for r in range(model.rowCount())
               if document.events[r].id == "amazon-openai-talks-january")
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells[0] == "29 Jan 2026"
    assert cells[5] == "up to 50 bn USD; 10–20 bn USD"


def test_sorting_by_date_puts_since_2019_first(qapp):
    document, _, proxy = seeded()
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, 0).data(EVENT_INDEX_ROLE)
    assert document.events[first].id == "microsoft-invests-since-2019"


def test_search_filters_rows_case_insensitively(qapp):
    document, _, proxy = seeded()
    document.set_query("TRAINIUM")
    assert proxy.rowCount() == 1
    assert document.events[proxy.index(0, 0).data(EVENT_INDEX_ROLE)].id == \
        "amazon-openai-talks-december"
    document.set_query("")
    assert proxy.rowCount() == 18
