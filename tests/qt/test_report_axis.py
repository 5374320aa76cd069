"""The second time axis: events placed when they were reported, so a reader sees what was
known when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from viewer.domain.timeline_items import reported_items


def day(text):
    return float(dt.date.fromisoformat(text).toordinal())


def test_each_event_sits_at_the_publication_of_its_reports(window):
    document = window.document
    items = {item.event_id: item for item in reported_items(document.items,
                                                            document.loaded.timeline)}
    # Only in the December report: its publication, 16-17 Dec 2025.
    talks = items["amazon-openai-talks-december"]
    assert (talks.start, talks.end) == (day("2025-12-16"), day("2025-12-18"))
    # Reported in December and again in January: from the first report to the last.
    stake = items["amazon-anthropic-stake"]
    assert (stake.start, stake.end) == (day("2025-12-16"), day("2026-01-31"))
    # Happened in 2019, reported from December 2025 on.
    assert items["microsoft-invests-since-2019"].start == day("2025-12-16")


def test_the_toggle_moves_the_canvas_and_persists(qtbot, window, settings):
    window.action("reported_axis").trigger()
    assert window.canvas.axis == "reported"
    first, last = window.canvas.full_range()
    assert first == day("2025-12-16") and last == day("2026-01-31")
    window.action("reported_axis").trigger()
    assert window.canvas.axis == "event"
    window.set_axis("reported")
    assert settings.text("view/axis") == "reported"


def test_the_list_has_a_reported_column(window):
    model = window.model
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Reported"
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data().startswith("≠ Amazon weighs"))
    assert model.index(row, 6).data() == "29–30 Jan 2026"
