"""End to end: a reader opens the seed story, clicks, steps, searches and reads the source."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, Qt, QThreadPool, QUrl
from PySide6.QtWidgets import QApplication

from tests.conftest import SEED_TIMELINE
from tests.qt.conftest import TODAY
from viewer.app import build_window
from viewer.qt.panes.event_model import EVENT_INDEX_ROLE


def index_of(window, event_id):
    return next(i for i, e in enumerate(window.document.events) if e.id == event_id)


def click_event(qtbot, window, event_id):
    point = window.canvas.item_position(index_of(window, event_id))
    assert point is not None, f"{event_id} is not on the canvas"
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())


def test_opens_the_seed_story_with_its_title_and_counts(window):
    assert window.windowTitle().startswith("OpenAI's funding")
    assert window._status.text() == "18 of 18 events shown"
    assert len(window.canvas.current_layout().placed) == 18


def test_clicking_an_event_shows_its_quote_and_open_in_source_highlights_it(qtbot, window):
    click_event(qtbot, window, "amazon-openai-talks-january")
    assert window.document.selected_event().id == "amazon-openai-talks-january"
    html = window.detail.toPlainText()
    assert "Wall Street Journal: up to 50 bn USD" in html
    assert "The Information: 10–20 bn USD" in html
    assert "„Das Wall Street Journal berichtet, dass im Rahmen der Verhandlungen" in html
    # The second quote of the event: The Information's figure.
    window.detail.anchorClicked.emit(QUrl("quote:1"))
    quote = window.document.selected_event().quotes[1]
    assert window.source.source_id == "004"
    assert window.source.current_passage() == quote.text


def test_every_event_opens_its_passages_exactly(window):
    document = window.document
    for index, event in enumerate(document.events):
        for number, quote in enumerate(event.quotes):
            document.open_quote(index, number)
            assert window.source.source_id == quote.source
            assert window.source.current_passage() == quote.text, (event.id, number)


def test_enter_opens_the_source_passage_of_the_selection(qtbot, window):
    window.document.select_id("openai-restructuring")
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    assert window.source.current_passage().startswith("Seit der Umstrukturierung im Oktober")


def test_keyboard_steps_through_events_in_date_order(qtbot, window):
    window.canvas.setFocus()
    seen = []
    for _ in range(len(window.document.events)):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
        seen.append(window.document.selected_event().id)
    assert seen[0] == "microsoft-invests-since-2019"
    assert len(set(seen)) == 18
    starts = [window.document.items[index_of(window, i)].sort_day for i in seen]
    assert starts == sorted(starts)
    qtbot.keyClick(window.canvas, Qt.Key.Key_K)
    assert window.document.selected_event().id == seen[-2]
    qtbot.keyClick(window.canvas, Qt.Key.Key_J)
    assert window.document.selected_event().id == seen[-1]


def test_the_canvas_follows_the_selection(qtbot, window):
    window.canvas.zoom(40)  # far in: most events are off screen
    window.document.select_id("openai-ipo-planned")
    point = window.canvas.item_position(index_of(window, "openai-ipo-planned"))
    assert 0 <= point.x() <= window.canvas.width()


def test_search_filters_the_list_and_dims_the_canvas(qtbot, window):
    window.action("find").trigger()
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "trainium")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window._status.text() == "1 of 18 events shown · 2 passages"
    assert window.canvas.picture().matches == {index_of(window, "amazon-openai-talks-december")}
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.model.rowCount() == 18
    assert window.canvas.picture().matches is None


def test_search_matches_actor_aliases_and_german_quotes(qtbot, window):
    window.search.setText("amazon web services")
    qtbot.waitUntil(lambda: window.document.results is not None)
    assert window.model.rowCount() >= 1
    window.search.setText("Zirkelgeschäfte")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_a_file_that_fails_to_load_leaves_the_open_timeline(qtbot, window, tmp_path,
                                                          failed_loads):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "timeline/1", "title": ', encoding="utf-8")
    with qtbot.waitSignal(window.opener.failed):
        window.open_path(bad)
    assert window.windowTitle().startswith("OpenAI's funding")
    assert len(window.document.events) == 18
    (path, problems), = failed_loads
    assert path == bad and "line 1, column 35" in str(problems[0])


def test_opening_another_timeline_replaces_the_story(qtbot, window, tmp_path):
    raw = json.loads(SEED_TIMELINE.read_text(encoding="utf-8"))
    raw["title"] = "Only the IPO"
    raw["events"] = [e for e in raw["events"] if e["id"] == "openai-ipo-planned"]
    raw["sources_dir"] = str(SEED_TIMELINE.parent.joinpath(raw["sources_dir"]).resolve())
    other = tmp_path / "ipo.json"
    other.write_text(json.dumps(raw), encoding="utf-8")
    with qtbot.waitSignal(window.opener.opened):
        window.open_path(other)
    assert window.windowTitle().startswith("Only the IPO")
    assert window.model.rowCount() == 1
    assert window._recent_menu.actions()[0].text() == "ipo.json"


def test_clicking_a_marked_passage_selects_its_event(qtbot, window):
    window.document.open_quote(index_of(window, "amazon-stock-after-hours"))
    view = window.source.view
    rect = view.cursorRect()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.x() + 20, rect.center().y()))
    assert window.document.selected_event().id == "amazon-stock-after-hours"


def test_copying_source_text_gives_a_citation(qtbot, window):
    window.document.open_quote(index_of(window, "amazon-stock-after-hours"))
    view = window.source.view
    cursor = view.textCursor()
    cursor.movePosition(cursor.MoveOperation.Right, cursor.MoveMode.KeepAnchor, 12)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == \
        "„Nachbörslich“ — OpenAI sucht Geld – viel Geld, 16–17 Dec 2025"


def test_view_settings_persist(qtbot, window, settings):
    window.set_grouping("kind")
    window.set_compressed(False)
    window.canvas.zoom(3.0)
    origin = window.canvas.scale().origin
    window.close()
    again = build_window(None, now=TODAY, settings=settings)
    qtbot.addWidget(again)
    assert again.canvas.grouping == "kind" and again.canvas.compressed is False
    assert again.action("group_kind").isChecked()
    assert again.canvas.scale().origin == origin


def test_every_action_is_in_a_menu_with_its_shortcut(window):
    shortcuts = {name: window.action(name).shortcut().toString() for name in
                 ("open", "quit", "find", "fit", "next", "previous")}
    assert shortcuts == {"open": "Ctrl+O", "quit": "Ctrl+Q", "find": "Ctrl+F", "fit": "Ctrl+0",
                         "next": "Right", "previous": "Left"}
    in_menus = {a.objectName() for m in window.menus.values() for a in m.actions()}
    assert {"open", "quit", "find", "zoom_in", "zoom_out", "fit", "next", "open_source"} <= in_menus


def test_clicking_around_for_a_long_time_does_not_corrupt_none(qtbot, window):
    # PySide6 6.12.0 released Py_None on every extra selection; on Python 3.11 that ended the
    # process after a few hundred clicks. The dependency pin keeps that release out.
    document = window.document
    # Nothing else may free or make objects meanwhile: the index is built in the background.
    qtbot.waitUntil(lambda: document.search.state == "ready", timeout=20000)
    QThreadPool.globalInstance().waitForDone()
    before = sys.getrefcount(None)
    for round_ in range(30):
        for index in range(len(document.events)):
            document.select(index)
        document.open_quote(round_ % len(document.events))
    assert sys.getrefcount(None) >= before - 50


def test_the_list_row_of_every_event_in_every_sort_order_and_under_a_search(qtbot, window):
    model, document = window.model, window.document

    def rows_agree():
        for row in range(model.rowCount()):
            event = model.data(model.index(row, 0), EVENT_INDEX_ROLE)
            assert model.event_row(event) == row
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            rows_agree()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    document.set_query("Amazon")
    qtbot.waitUntil(lambda: document.results is not None and document.results.complete)
    qtbot.waitUntil(lambda: model.rowCount() < len(document.events))
    rows_agree()
    shown = {model.data(model.index(row, 0), EVENT_INDEX_ROLE) for row in range(model.rowCount())}
    hidden = next(i for i in range(len(document.events)) if i not in shown)
    assert model.event_row(hidden) == -1
