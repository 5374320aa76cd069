"""Suggested events in the window: after Add Report the proposals appear beside the report,
read in the background with progress; each is reviewed from the keyboard (↑/↓, Enter accepts,
Ctrl+M adds as evidence, Delete rejects) through the same undoable edits as any other."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.qt.test_authoring_window import WIRE
from viewer.cli import main


def reviewed(qtbot, window):
    pane = window.suggestions
    qtbot.waitUntil(lambda: not pane.busy() and pane.list.count() > 0, timeout=10000)
    return pane


def test_a_new_report_is_read_for_events_and_each_is_reviewed_by_keyboard(qtbot, window,
                                                                           tmp_path, answers):
    window.action("new_timeline").trigger()
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    answers["published"] = {"wire.txt": ("2026-03-13", "printed")}
    assert window.add_report(tmp_path / "wire.txt") == "001"
    pane = window.suggestions
    assert pane.isVisible() and "Reading report 001" in pane.status.text()
    pane = reviewed(qtbot, window)
    found = pane.candidates()
    assert pane.list.count() == len(found) >= 2 and "001" in pane.status.text()
    # The first proposal is chosen, its passage shown in the report.
    first = found[0]
    assert window.source.source_id == "001"
    assert window.source.current_passage() == first.text
    assert pane.list.hasFocus() or pane.list.currentRow() == 0
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)  # accepted: an event, one undoable step
    document = window.document
    assert len(document.events) == 1 and pane.list.count() == len(found) - 1
    event = document.events[0]
    assert event.quotes[0].text == first.text and event.kind == first.kind
    assert document.undo_stack.undoText().startswith("Accept Suggested Event")
    assert document.selected_event().id == event.id
    assert f"{len(found) - 1} suggested events left" in pane.status.text()
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)  # rejected: gone from the list, no edit
    assert pane.list.count() == len(found) - 2 and len(document.events) == 1
    document.undo_stack.undo()
    assert document.events == []
    document.undo_stack.redo()
    # Read again: the accepted passage now matches its event and joins it as evidence.
    window.action("suggest_events").trigger()
    pane = reviewed(qtbot, window)
    match = next(row for row, c in enumerate(pane.candidates()) if c.matches_event == event.id)
    assert "more evidence for" in pane.list.item(match).text()
    pane.list.setCurrentRow(match)
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)  # as offered: evidence, not a second event
    assert len(document.events) == 1 and len(document.events[0].claims) == 2
    assert document.undo_stack.undoText().startswith("Add Evidence to")
    document.undo_stack.undo()
    pane.suggest_for("001")
    pane = reviewed(qtbot, window)
    pane.list.setCurrentRow(next(row for row, c in enumerate(pane.candidates())
                                 if c.matches_event == event.id))
    qtbot.keyClick(pane.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert len(document.events) == 1 and len(document.events[0].claims) == 2
    document.save(answers["new"])
    assert main(["validate", str(answers["new"])]) == 0


def test_a_reading_is_dropped_when_another_timeline_opens(qtbot, window, tmp_path, answers):
    window.action("new_timeline").trigger()
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    answers["published"] = {"wire.txt": ("2026-03-13", "printed")}
    window.add_report(tmp_path / "wire.txt")
    window.document.undo_stack.setClean()
    window.action("new_timeline").trigger()  # another timeline before the reading ends
    qtbot.waitUntil(lambda: not window.suggestions.busy(), timeout=10000)
    assert window.suggestions.list.count() == 0 and window.suggestions.source_id == ""
