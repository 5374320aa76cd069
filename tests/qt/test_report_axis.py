"""The second time axis: events placed when they were reported, so a reader sees what was
known when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt


def day(text):
    return float(dt.date.fromisoformat(text).toordinal())


def test_each_event_sits_at_the_publication_of_its_reports(window):
    document = window.document
    items = {item.event_id: item for item in document.items_on("reported")}
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


def test_every_claim_sits_at_its_reports_publication(window):
    document = window.document
    published = {s.id: s.published for s in document.loaded.timeline.sources}
    items = document.items_on("reported")
    for item, event in zip(items, document.events, strict=True):
        firsts = {published[q.source].start for q in event.quotes}
        lasts = {published[q.source].end for q in event.quotes}
        assert set(item.reports) == {float(d.toordinal()) for d in firsts}, event.id
        assert item.start == min(item.reports)
        assert item.end == float(max(lasts).toordinal() + 1)
    twice = next(i for i in items if i.event_id == "amazon-anthropic-stake")
    assert twice.reports == (day("2025-12-16"), day("2026-01-29"))
