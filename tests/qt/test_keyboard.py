"""Keyboard-only use: Tab and F6 reach every pane, arrows stay with the control that uses
them, Esc leaves the results, and the story keys say when there is nowhere to go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focused():
    return QApplication.focusWidget()


def test_tab_walks_the_panes_and_leaves_the_list_after_one_press(qtbot, window):
    window.search.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert window.canvas in seen and window.list in seen and window.detail in seen
    assert window.source.view in seen
    after_list = seen[seen.index(window.list) + 1]
    assert after_list is not window.list  # Tab does not walk the list's cells
    selected = window.document.selected
    assert selected == -1  # and it never selected an event on the way


def test_f6_cycles_the_panes_and_shift_f6_goes_back(qtbot, window):
    window.search.setFocus()
    order = []
    for _ in range(5):
        window.action("next_pane").trigger()
        order.append(focused())
    assert order == [window.canvas, window.list, window.detail, window.source.view,
                     window.search]
    window.action("previous_pane").trigger()
    assert focused() is window.source.view


def test_the_canvas_shows_when_it_has_keyboard_focus(qtbot, window):
    window.search.setFocus()
    assert not window.canvas.picture().focused
    window.canvas.setFocus()
    assert window.canvas.picture().focused


def test_arrows_move_the_network_slider_not_the_selection(qtbot, window):
    window.show_network()
    slider = window.network.slider
    slider.setFocus()
    start = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() == start - 1
    assert window.document.selected == -1


def test_arrows_in_the_search_box_move_its_cursor(qtbot, window):
    window.search.setText("Amazon")
    window.search.setFocus()
    window.search.setCursorPosition(3)
    qtbot.keyClick(window.search, Qt.Key.Key_Left)
    assert window.search.cursorPosition() == 2 and window.document.selected == -1


def test_esc_in_the_results_clears_the_search(qtbot, window):
    window.search.setText("Trainium")
    qtbot.waitUntil(lambda: window.document.results is not None)
    window.results.enter()
    qtbot.keyClick(window.results.tree, Qt.Key.Key_Escape)
    assert window.search.text() == "" and focused() is window.search


def test_story_keys_say_when_there_is_nowhere_to_go(qtbot, window):
    window.action("next_in_story").trigger()
    assert "not part of a story" in window.statusBar().currentMessage()
    window.document.select_id("amazon-openai-talks-december")  # the first of its story
    window.action("previous_in_story").trigger()
    assert "first development" in window.statusBar().currentMessage()
    window.action("next_in_story").trigger()
    assert window.document.selected_event().id == "amazon-openai-talks-january"
    window.action("next_in_story").trigger()
    assert "latest development" in window.statusBar().currentMessage()
