"""Opening and indexing happen away from the GUI thread: the window shows progress, Esc
cancels, and search answers from the first keystroke with the same hits it gives later."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import viewer.qt.document.opener as opener_module
from tests.qt.conftest import TODAY
from viewer.app import build_window
from viewer.domain.files.loading import OpenCancelled
from viewer.domain.search.index import build_index_file
from viewer.domain.search.plan import SearchPlan
from viewer.qt.document.index_worker import IndexWorker
from viewer.tools.generate import generate_timeline

QUERY = "Vorgang 12"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return generate_timeline(3000, 30, 11, tmp_path_factory.mktemp("freeze") / "t.json")


@pytest.fixture
def no_index_process(monkeypatch):
    """Index processes are not started: a test hands the index over when it wants."""
    started = []
    monkeypatch.setattr(IndexWorker, "start",
                        lambda self, timeline, cache: started.append(timeline))
    return started


def hits(results):
    return ([(h.event, h.source, h.start, h.end, h.snippet) for h in results.events],
            [(h.source, h.start, h.end, h.snippet) for h in results.passages],
            results.event_count, results.passage_count, results.matched)


def test_a_query_typed_before_the_index_is_ready_gets_the_same_results_as_after(
        qtbot, settings, failed_loads, generated, no_index_process, tmp_path):
    window = build_window(generated, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    window.show()
    document, search = window.document, window.document.search
    assert search.state == "indexing" and no_index_process[-1] == generated

    window.search.setText(QUERY)
    qtbot.waitUntil(lambda: document.results is not None and document.results.complete)
    before = document.results
    assert before.read_directly and before.event_count > 0
    assert "meanwhile the reports are read directly" in window.results.message.text()
    qtbot.waitUntil(lambda: "indexing for search" in window._status.text())

    index, _ = build_index_file(SearchPlan(document.opened), tmp_path)
    search.service.worker.built.emit(str(index), document.opened.loaded.stamp)
    qtbot.waitUntil(lambda: search.state == "ready" and document.results is not None
                    and not document.results.read_directly and document.results.complete)
    assert hits(document.results) == hits(before)
    assert "read directly" not in window.results.message.text()
    assert "indexing" not in window._status.text()


def test_an_index_built_for_a_file_that_changed_meanwhile_is_not_used(
        qtbot, settings, failed_loads, generated, no_index_process, tmp_path):
    window = build_window(generated, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    search = window.document.search
    index, _ = build_index_file(SearchPlan(window.document.opened), tmp_path)
    search.service.worker.built.emit(str(index), (1, 2))  # another size and time than was read
    assert search.state == "unindexed" and "changed on disk" in search.problem
    window.search.setText(QUERY)
    qtbot.waitUntil(lambda: window.document.results is not None
                    and window.document.results.complete)
    assert window.document.results.read_directly  # search still works, by reading


@pytest.fixture
def slow_open(monkeypatch):
    """Opening waits, reporting progress, until the test lets it go on (or it is cancelled)."""
    go_on = threading.Event()
    real = opener_module.open_timeline

    def open_slowly(path, progress, **options):
        progress(0.0)
        while not go_on.wait(0.01):
            progress(0.25)  # raises OpenCancelled once Esc was pressed
        return real(path, progress, **options)
    monkeypatch.setattr(opener_module, "open_timeline", open_slowly)
    return go_on


def test_opening_shows_progress_and_esc_cancels_it_keeping_the_open_timeline(
        qtbot, window, generated, slow_open, no_index_process):
    window.open_path(generated)
    qtbot.waitUntil(lambda: window.progress.isVisible() and window.progress.value() == 25)
    assert QApplication.overrideCursor() is not None
    assert "Esc cancels" in window.statusBar().currentMessage()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)  # the window still answers meanwhile
    assert window.document.selected_event().id == "microsoft-invests-since-2019"
    with qtbot.waitSignal(window.opener.cancelled):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert window.windowTitle().startswith("OpenAI's funding")
    assert len(window.document.events) == 18
    assert not window.progress.isVisible() and QApplication.overrideCursor() is None
    assert "was cancelled" in window.statusBar().currentMessage()
    assert not window.action("cancel_open").isEnabled()


def test_a_finished_open_replaces_the_timeline_at_once(qtbot, window, generated, slow_open,
                                                      no_index_process):
    window.open_path(generated)
    qtbot.waitUntil(lambda: window.progress.value() == 25)
    with qtbot.waitSignal(window.opener.opened, timeout=20000):
        slow_open.set()
    assert len(window.document.events) == 3000
    assert no_index_process[-1] == generated  # its index was started when opening began


def test_a_cancelled_load_stops_where_it_is(generated):
    from viewer.domain.files.loading import load_timeline

    calls = []

    def progress(fraction):
        calls.append(fraction)
        if fraction > 0.3:
            raise OpenCancelled
    with pytest.raises(OpenCancelled):
        load_timeline(generated, progress)
    assert 0.3 < calls[-1] < 0.8  # stopped while decoding, not after


def test_a_file_that_fails_in_the_background_says_what_is_open_now(qtbot, window, tmp_path):
    from viewer.qt.window.dialogs import LoadFailedDialog

    said = []
    bad = tmp_path / "broken.json"
    bad.write_text("{", encoding="utf-8")
    original = LoadFailedDialog.ask
    LoadFailedDialog.ask = classmethod(lambda cls, parent, path, problems, consequence:
                                       said.append(consequence))
    try:
        with qtbot.waitSignal(window.opener.failed):
            window.open_path(bad)
    finally:
        LoadFailedDialog.ask = original
    assert said == ["The timeline that was open stays open."]


def test_edits_are_searched_through_the_index_without_building_it_again(
        qtbot, settings, failed_loads, generated, no_index_process, tmp_path):
    from viewer.domain.authoring.edits import changed, with_event_replaced
    from viewer.domain.format.fast_load import replace
    from viewer.domain.format.model import Event
    from viewer.domain.search.scan import ScanSearch

    window = build_window(generated, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    document, search = window.document, window.document.search
    index, _ = build_index_file(SearchPlan(document.opened), tmp_path)
    search.service.worker.built.emit(str(index), document.opened.loaded.stamp)
    qtbot.waitUntil(lambda: search.state == "ready")
    builds = len(no_index_process)

    def answer(query):
        window.search.setText(query)
        qtbot.waitUntil(lambda: document.results is not None and document.results.complete
                        and document.search.answered_query == query)
        return document.results

    event = document.opened.events[12]
    renamed = changed(event, Event, title="Zeppelinwerft übernimmt Vorgang 12")
    document.edit("Edit Event", with_event_replaced(document.opened.timeline, event.id,
                                                    renamed, at=12))
    assert search.state == "ready" and len(no_index_process) == builds  # no new index
    found = answer("Zeppelinwerft")
    assert not found.read_directly and [h.event for h in found.events] == [12]
    expected = ScanSearch(SearchPlan(document.opened)).search(QUERY, 1000)
    assert hits(answer(QUERY))[:4] == hits(expected)[:4]

    saved = tmp_path / "saved.json"
    document.save(saved)  # the saved file is indexed; the old index answers meanwhile
    assert no_index_process[-1] == saved and search.state == "ready"
    assert [h.event for h in answer("Zeppelinwerft übernimmt").events] == [12]
    index, _ = build_index_file(SearchPlan(document.opened), tmp_path / "again")
    search.service.worker.built.emit(str(index), document.opened.loaded.stamp)
    qtbot.waitUntil(lambda: search.service.index is not None
                    and search.service.index.plan.opened is document.opened)
    assert [h.event for h in answer("Zeppelinwerft").events] == [12]

    # A report's details changed: the index cannot follow; the text is read until a save.
    source = document.opened.timeline.sources[0]
    timeline = document.opened.timeline
    moved = replace(source, title="Ein anderer Titel")
    document.edit("Edit Report", replace(timeline, sources=[moved, *timeline.sources[1:]]))
    assert search.state == "unindexed" and "until the timeline is saved" in search.problem
    assert answer("Zeppelinwerft").read_directly
    document.save(saved)  # nothing left unsaved: closing the window asks nothing


def test_a_scan_made_for_the_timeline_before_never_answers_for_the_next(
        qtbot, generated, no_index_process, monkeypatch):
    """A pool thread that made a scan of one timeline while another was opened kept it for
    the new one; the old timeline's events were then freed under it and its query died
    (the open benchmark waited two minutes for results that never came)."""
    import time

    import viewer.qt.document.search_service as service_module
    from viewer.domain.story.open_timeline import open_timeline
    from viewer.qt.document.search_service import SearchService

    service = SearchService(cache_dir=False)
    first, second = open_timeline(generated), open_timeline(generated)
    service.load(first)
    opening = []
    real_scan = service_module.ScanSearch

    def slow_scan(plan, pacer):
        # While this thread keeps its scan, the window opens the next timeline.
        other = threading.Thread(target=service._forget_snapshot, args=(second,))
        other.start()
        opening.append(other)
        time.sleep(0.05)
        return real_scan(plan, pacer)

    monkeypatch.setattr(service_module, "ScanSearch", slow_scan)
    generation = service._generation
    service._scanner(generation)
    opening[0].join()
    assert service._opened is second and service._scan is None
    monkeypatch.setattr(service_module, "ScanSearch", real_scan)
    assert service._scanner(service._generation).plan.opened is second
    service.close()
