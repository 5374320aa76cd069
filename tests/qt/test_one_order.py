"""One date order everywhere: stepping with the keyboard, the list, the search results and the
exports list the events of the bundled timeline in the same order (events of one day in the
order of the file)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from PySide6.QtCore import Qt

from tests.conftest import SEED_TIMELINE
from viewer.cli import main
from viewer.domain.interchange.export import export_json
from viewer.qt.panes.event_model import EVENT_INDEX_ROLE


def stepped(window) -> list[str]:
    document, seen = window.document, []
    document.select(-1)
    for _ in range(len(document.events)):
        window.action("next").trigger()
        seen.append(document.selected_event().id)
    return seen


def listed(window) -> list[str]:
    model = window.model
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by date, the list's own default
    events = window.document.events
    return [events[model.data(model.index(row, 0), EVENT_INDEX_ROLE)].id
            for row in range(model.rowCount())]


def searched(qtbot, window) -> list[str]:
    document = window.document
    window.search.setText("after:1900")  # a filter every event passes: all of them, listed
    qtbot.waitUntil(lambda: document.answered_query == "after:1900" and document.results
                    is not None and document.results.complete)
    return [document.events[hit.event].id for hit in document.results.events]


def exported() -> list[str]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["export", str(SEED_TIMELINE), "--format", "json"]) == 0
    return [event["id"] for event in json.loads(out.getvalue())["events"]]


def test_stepping_listing_searching_and_exporting_agree_on_the_order(qtbot, window):
    order = stepped(window)
    assert len(order) == len(set(order)) == 18
    assert searched(qtbot, window) == order
    assert [e["id"] for e in export_json(window.document.opened)["events"]] == order
    assert exported() == order
    assert listed(window) == order
