"""Searching in the window: results in two groups, going to each hit, clear messages."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from viewer.cli import main
from viewer.qt.search.results import HIT_ROLE


def type_query(qtbot, window, text):
    """Types ``text`` and waits for its complete answer (not an earlier query's)."""
    window.search.setText(text)
    document = window.document
    qtbot.waitUntil(lambda: document.answered_query == text and (
        bool(document.query_error) or document.results.complete))


def test_results_show_events_and_passages_with_the_match(qtbot, window):
    type_query(qtbot, window, "Zirkel")
    assert window.tabs.currentWidget() is window.results
    model = window.results.model
    assert model.index(0, 0).data() == "Events (1)"
    assert model.index(1, 0).data() == "Passages in the reports (2)"
    passage = model.index(0, 0, model.index(1, 0)).data(HIT_ROLE)
    assert passage.snippet[passage.highlight[0]:passage.highlight[1]] == "Zirkel"
    assert window.canvas.picture().matches == {window.document.results.events[0].event}


def test_choosing_a_passage_opens_the_source_at_the_match(qtbot, window):
    type_query(qtbot, window, "Sprengkraft")
    tree = window.results.tree
    index = window.results.model.index(0, 0, window.results.model.index(1, 0))
    tree.clicked.emit(index)
    assert window.source.source_id == "000"
    assert window.source.current_passage() == "Sprengkraft"


def test_every_hit_opens_its_report_at_the_match(qtbot, window):
    from viewer.domain.search.text import fold

    for query in ("Trainium", "Milliarden", "nachbörslich", "Zirkel"):
        type_query(qtbot, window, query)
        model = window.results.model
        opened = 0
        for group in range(2):
            parent = model.index(group, 0)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                hit = index.data(HIT_ROLE)
                window.results.tree.activated.emit(index)
                if hit.event is not None:
                    assert window.document.selected == hit.event
                if hit.start is not None:
                    assert window.source.source_id == hit.source
                    assert fold(window.source.current_passage()) == fold(query), (query, hit)
                    opened += 1
        assert opened >= 2, query


def test_the_report_shown_marks_every_place_the_search_words_occur(qtbot, window):
    from PySide6.QtGui import QTextCharFormat

    type_query(qtbot, window, "Sprengkraft")
    window.results.step(+1)                       # opens report 000 at the passage
    type_query(qtbot, window, "milliarden")
    text = window.document.text_of(window.source.source_id)
    expected = text.lower().count("milliarden")
    found = [s for s in window.source.view.extraSelections()
             if s.format.property(QTextCharFormat.Property.UserProperty) == "found"]
    assert expected >= 3 and len(found) == expected
    assert {s.cursor.selectedText().lower() for s in found} == {"milliarden"}
    window.search.clear()
    assert not [s for s in window.source.view.extraSelections()
                if s.format.property(QTextCharFormat.Property.UserProperty) == "found"]


def test_enter_and_f3_step_through_the_hits(qtbot, window):
    type_query(qtbot, window, "Trainium")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.document.selected_event().id == "amazon-openai-talks-december"
    assert window.source.current_passage() == "Trainium"
    window.action("next_hit").trigger()          # the first passage
    first = window.source.current_passage()
    window.action("next_hit").trigger()          # the second passage
    window.action("previous_hit").trigger()
    assert window.source.current_passage() == first == "Trainium"


def test_enter_right_after_typing_goes_to_the_first_hit_of_what_was_typed(qtbot, window):
    type_query(qtbot, window, "Zirkel")               # an earlier answer is showing
    window.search.setFocus()
    window.search.setText("Trainium")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # before the pause in typing has passed
    document = window.document
    qtbot.waitUntil(lambda: document.selected_event() is not None
                    and document.selected_event().id == "amazon-openai-talks-december")
    assert window.source.current_passage() == "Trainium"


def test_down_from_the_search_box_walks_the_results_by_keyboard(qtbot, window):
    type_query(qtbot, window, "Sprengkraft")
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    tree = window.results.tree
    assert tree.hasFocus()
    assert tree.currentIndex().data(HIT_ROLE).kind == "passage"  # no event quotes it
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.source.current_passage() == "Sprengkraft"


def test_a_query_that_cannot_be_read_says_so_and_dims_nothing(qtbot, window):
    type_query(qtbot, window, 'amount:lots')
    assert "is not an amount" in window.results.message.text()
    assert window.canvas.picture().matches is None
    assert window.model.rowCount() == 18


def test_filters_work_from_the_search_box(qtbot, window):
    type_query(qtbot, window, "kind:negotiation outlet:wsj")
    shown = {window.document.events[h.event].id for h in window.document.results.events}
    assert shown == {"amazon-openai-talks-january", "microsoft-tranche-talks"}
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_the_command_line_prints_the_same_results(capsys):
    assert main(["search", "Zirkel", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["kind"], h["event"], h["source"]) for h in hits] == [
        ("event", "analysts-warn-circular-deals", "004"), ("passage", None, "004"),
        ("passage", None, "004")]
    for hit in hits:
        assert set(hit) >= {"kind", "event", "source", "start", "end", "snippet"}


def test_the_command_line_refuses_a_bad_query_clearly(capsys):
    assert main(["search", '"rund 1,4']) == 2
    assert "does not close" in capsys.readouterr().err


def test_contested_events_are_badged_side_by_side_and_filterable(qtbot, window):
    index = next(i for i, e in enumerate(window.document.events)
                 if e.id == "amazon-openai-talks-january")
    assert window.document.items[index].label.startswith("≠ ")
    window.document.select(index)
    text = window.detail.toPlainText()
    assert "≠ Reports disagree on the amount" in text
    assert text.index("Wall Street Journal") < text.index("The Information")
    window.action("contested").trigger()
    type_query(qtbot, window, "is:contested")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, 1).data().startswith("≠ Amazon weighs")


def test_every_query_message_is_marked_for_translation():
    from viewer.domain.search.query import MESSAGES
    from viewer.qt.document.search_service import QUERY_MESSAGES

    assert QUERY_MESSAGES == MESSAGES
