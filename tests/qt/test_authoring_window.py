"""Building a timeline in the window, as a user would: a new timeline, two reports written
for the test (German and English), an event from a selected passage, its date edited, undo,
redo, save, reopen, validate."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.cli import main

WIRE = ("SAN FRANCISCO, March 12 (Wire) - Harbor Dynamics said on Thursday it had raised "
        "$300 million in a round led by Cobalt Partners.\n\nThe company plans to list its "
        "shares in the second half of next year, according to people familiar with the "
        "matter.\n")
BERICHT = ("# Harbor sammelt Geld ein\n\nLaut dem Handelsblatt verhandelt Harbor Dynamics seit "
           "Januar mit Nordlicht Logistik über einen Liefervertrag im Wert von bis zu 400 "
           "Millionen Euro.\n")


def add_reports(window, tmp_path, answers):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "bericht.md").write_text(BERICHT, encoding="utf-8")
    answers["published"] = {"wire.txt": ("2026-03-13", "printed"),
                            "bericht.md": ("13. März 2026", "printed")}
    assert window.authoring.add_report(tmp_path / "wire.txt") == "001"
    assert window.authoring.add_report(tmp_path / "bericht.md") == "002"


def select(window, source_id, words):
    window.source.show_source(source_id)
    text = window.document.text_of(source_id)
    start = text.index(words)
    window.source.select_passage(start, start + len(words))


def test_the_whole_path_from_new_timeline_to_a_valid_saved_file(qtbot, window, tmp_path,
                                                                 answers):
    window.action("new_timeline").trigger()
    document = window.document
    assert document.opened.path == tmp_path / "harbor.json" and document.events == []
    add_reports(window, tmp_path, answers)
    assert answers["previews"] == ["→ 13 Mar 2026", "→ 13 Mar 2026"]
    assert [s.language for s in document.sources.values()] == ["en", "de"]
    assert window.isWindowModified()

    select(window, "001", "The company plans to list its shares")
    window.action("new_event").trigger()                      # Ctrl+E
    event = document.selected_event()
    assert event.date.text == "in the second half of next year"  # found in its sentence
    assert (event.date.start.isoformat(), event.date.end.isoformat()) == ("2027-07-01",
                                                                          "2027-12-31")
    assert event.quotes[0].text == "The company plans to list its shares"
    assert event.status == "planned"
    editor = window.editor
    assert editor.isVisible() and editor.title.hasFocus()

    editor.title.setText("Harbor plans to list its shares")
    editor.date.setText("im zweiten Halbjahr 2027")
    assert editor.reading.text() == "→ 1 Jul – 31 Dec 2027"
    editor.apply_button.click()
    assert document.selected_event().title == "Harbor plans to list its shares"
    assert window.action("undo").text() == "&Undo Edit Event ‘Harbor plans to list its shares’"

    window.action("undo").trigger()
    assert document.selected_event().date.text == "in the second half of next year"
    assert document.selected_event().title.startswith("The company plans")
    window.action("redo").trigger()
    assert document.selected_event().date.text == "im zweiten Halbjahr 2027"

    select(window, "002", "verhandelt Harbor Dynamics seit Januar mit Nordlicht Logistik")
    window.action("new_event").trigger()
    talks = document.selected_event()
    assert talks.date.text == "seit Januar" and talks.status == "in_negotiation"
    assert talks.claims[0].attributed_to == []  # the Handelsblatt is no entity yet
    editor.actors.setText("Harbor Dynamics, Nordlicht Logistik")
    editor.apply_button.click()
    assert document.selected_event().actors == ["harbor-dynamics", "nordlicht-logistik"]

    window.action("save").trigger()
    assert not window.isWindowModified() and answers["problems"] == []
    assert window.open_now(tmp_path / "harbor.json")
    assert sorted(e.id for e in window.document.events) == [
        "harbor-plans-to-list-its-shares",
        "verhandelt-harbor-dynamics-seit-januar-mit"]
    assert main(["validate", str(tmp_path / "harbor.json"), "--strict"]) == 0


def test_the_selection_follows_its_event_through_undo_and_the_list_updates(qtbot, window,
                                                                          tmp_path, answers):
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "001", "Harbor Dynamics said on Thursday it had raised $300 million")
    window.action("new_event").trigger()
    first = window.document.selected_event().id
    select(window, "001", "The company plans to list its shares")
    window.action("new_event").trigger()
    assert window.model.rowCount() == 2
    window.document.select_id(first)
    window.action("delete_event").trigger()
    assert window.model.rowCount() == 1 and window.document.selected_event() is None
    window.action("undo").trigger()
    assert window.model.rowCount() == 2 and window.document.selected_event().id == first


def test_evidence_is_added_to_the_selected_event_as_a_new_claim(qtbot, window, tmp_path,
                                                               answers):
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "001", "Harbor Dynamics said on Thursday it had raised $300 million")
    window.action("new_event").trigger()
    select(window, "002", "über einen Liefervertrag im Wert von bis zu 400 Millionen Euro")
    window.action("add_evidence").trigger()
    event = window.document.selected_event()
    assert [q.source for q in event.quotes] == ["001", "002"] and len(event.claims) == 2
    assert [a.max for a in event.claims[1].amounts] == [400_000_000]
    assert window.source.current_passage() == ""  # the new passage is marked, not chosen


def test_unsaved_changes_are_asked_about_and_a_failed_save_keeps_them(
        qtbot, window, tmp_path, answers, monkeypatch):
    import viewer.qt.document.document as document_module

    window.action("new_timeline").trigger()
    before = (tmp_path / "harbor.json").read_bytes()
    add_reports(window, tmp_path, answers)

    def disk_full(path, timeline):
        raise OSError(28, "No space left on device")
    saving = document_module.save_timeline
    monkeypatch.setattr(document_module, "save_timeline", disk_full)
    window.action("save").trigger()
    assert "No space left on device" in answers["problems"][0]
    assert "your changes are kept and still unsaved" in answers["problems"][0]
    assert window.isWindowModified() and len(window.document.sources) == 2
    assert (tmp_path / "harbor.json").read_bytes() == before
    answers["save"] = "cancel"
    window.close()
    assert window.isVisible()  # cancelled: nothing is lost
    answers["save"] = "save"   # saving fails again: the window stays open
    window.close()
    assert window.isVisible() and len(answers["problems"]) == 2
    monkeypatch.setattr(document_module, "save_timeline", saving)
    answers["save"] = "discard"
    window.close()
    assert not window.isVisible()


def test_a_report_that_cannot_be_read_is_said_and_nothing_changes(qtbot, window, tmp_path,
                                                                  answers):
    window.action("new_timeline").trigger()
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    assert window.authoring.add_report(tmp_path / "empty.txt") is None
    assert "holds no text" in answers["problems"][0]
    assert not window.isWindowModified() and window.document.sources == {}


def test_removing_a_quoted_report_asks_first_names_the_events_and_undoes(
        qtbot, window, tmp_path, answers, monkeypatch):
    from viewer.qt.editing.dialogs import ConfirmDialog

    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(
        lambda cls, parent, title, question, details: asked.append((question, details))
        or answers.get("confirm", False)))
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "002", "verhandelt Harbor Dynamics seit Januar mit Nordlicht Logistik")
    window.action("new_event").trigger()
    talks = window.document.selected_event().title
    window.source.show_source("002")
    window.action("remove_report").trigger()           # answered No: nothing changes
    assert asked[0][0] == "1 event(s) quote report 002. Remove it with its quotes?"
    assert asked[0][1] == f"Deleted (no other evidence): {talks}"
    assert "002" in window.document.sources
    answers["confirm"] = True
    window.action("remove_report").trigger()
    assert list(window.document.sources) == ["001"] and window.document.events == []
    window.action("undo").trigger()
    assert list(window.document.sources) == ["001", "002"]
    assert [e.title for e in window.document.events] == [talks]
    assert window.document.text_of("002") == BERICHT


def test_unsaved_changes_are_kept_and_offered_back_after_a_crash(
        qtbot, settings, failed_loads, tmp_path, answers, monkeypatch, recovery_folder):
    from tests.qt.conftest import TODAY
    from viewer.app import build_window
    from viewer.qt.editing.autosave import RecoverDialog

    first = build_window(None, now=TODAY, settings=settings)
    qtbot.addWidget(first)
    first.action("new_timeline").trigger()
    add_reports(first, tmp_path, answers)
    select(first, "001", "The company plans to list its shares")
    first.action("new_event").trigger()
    first.authoring.autosave.write_now(wait=True)   # what the 30 s timer does
    assert len(list(recovery_folder.iterdir())) == 1
    # The program dies here: no save, no question. The next start opens the file:
    offered = []
    monkeypatch.setattr(RecoverDialog, "ask", classmethod(
        lambda cls, parent, name, written: offered.append(name) or "recover"))
    second = build_window(tmp_path / "harbor.json", now=TODAY, settings=settings)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: bool(offered and second.document.events))
    assert offered == ["harbor.json"]
    assert [e.quotes[0].text for e in second.document.events] == [
        "The company plans to list its shares"]
    assert list(second.document.sources) == ["001", "002"] and second.document.modified
    second.action("save").trigger()
    assert list(recovery_folder.iterdir()) == []     # saved: the copy is gone


def test_a_report_that_changed_is_updated_with_every_quote_reviewed(
        qtbot, window, tmp_path, answers, monkeypatch):
    from viewer.qt.editing.dialogs import UpdateReportDialog

    reviewed = []

    def tick_all(cls, parent, title, results, titles):
        dialog = cls(parent, title, results, titles)
        reviewed.append([(r.status, dialog.table.item(i, 1).text())
                         for i, r in enumerate(results)])
        for row, result in enumerate(results):
            if result.status == "changed":
                dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        keys = dialog.accepted_keys()
        dialog.deleteLater()
        return keys
    monkeypatch.setattr(UpdateReportDialog, "ask", classmethod(tick_all))
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "001", "Harbor Dynamics said on Thursday it had raised $300 million")
    window.action("new_event").trigger()
    select(window, "001", "The company plans to list its shares")
    window.action("new_event").trigger()
    (tmp_path / "wire-v2.txt").write_text("CORRECTED.\n" + WIRE.replace("$300", "$320"),
                                          encoding="utf-8")
    window.source.show_source("001")
    assert window.authoring.update_report(tmp_path / "wire-v2.txt")
    assert [status for status, _ in reviewed[0]] == ["changed", "moved"]
    texts = sorted(q.text for e in window.document.events for q in e.quotes)
    assert texts == ["Harbor Dynamics said on Thursday it had raised $320 million",
                     "The company plans to list its shares"]
    assert window.document.text_of("001").startswith("CORRECTED.")
    window.action("undo").trigger()
    assert window.document.text_of("001") == WIRE
    window.action("save").trigger()
    assert main(["validate", str(tmp_path / "harbor.json"), "--strict"]) == 0


def test_a_selection_cut_inside_a_word_quotes_the_whole_word(qtbot, window, tmp_path, answers):
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    window.source.show_source("002")
    text = window.document.text_of("002")
    start = text.index("verhandelt")
    window.source.select_passage(start + 3, text.index("Millionen Euro") + 11)  # "…Millionen Eu"
    window.action("new_event").trigger()
    quote = window.document.selected_event().quotes[0]
    assert quote.text.startswith("verhandelt Harbor") and quote.text.endswith("Millionen Euro")
    assert [a.max for a in window.document.selected_event().amounts] == [400_000_000]


def test_a_new_timeline_shows_no_report_of_the_one_before(qtbot, window, answers):
    from viewer.bundled import bundled_root

    assert window.source.view.toPlainText()  # the bundled timeline's first report
    # Dialogs do not start inside the program's own files, where the bundled timeline lives.
    assert not window.authoring._folder().resolve().is_relative_to(bundled_root().resolve())
    window.action("new_timeline").trigger()
    assert window.source.view.toPlainText() == "" and window.source.header.text() == ""
    assert window.authoring._folder() == answers["new"].parent


def test_a_claim_s_voices_and_amounts_are_edited_with_their_reading(qtbot, window, tmp_path,
                                                                   answers):
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "001", "Harbor Dynamics said on Thursday it had raised $300 million")
    window.action("new_event").trigger()
    editor = window.editor
    editor.quotes.setCurrentRow(0)
    editor.claim.voices.setText("Wire Service, Harbor Dynamics")
    editor.claim.voices.textEdited.emit(editor.claim.voices.text())
    editor.claim.amounts.setText("$300 million; about 2 bn")
    editor.claim.amounts.textEdited.emit(editor.claim.amounts.text())
    assert "names no currency" in editor.claim.reading.text()
    assert not editor.apply_button.isEnabled()  # nothing invalid is applied
    editor.claim.amounts.setText("$300 million; about $2 bn")
    editor.claim.amounts.textEdited.emit(editor.claim.amounts.text())
    assert editor.claim.reading.text() == "→ 300 m USD; ≈ 2 bn USD"
    assert editor.apply()
    claim = window.document.selected_event().claims[0]
    assert claim.attributed_to == ["wire-service", "harbor-dynamics"]
    assert [a.text for a in claim.amounts] == ["$300 million", "about $2 bn"]
    window.action("undo").trigger()
    assert window.document.selected_event().claims[0].attributed_to == []


def test_the_hidden_editor_waits_and_shows_the_selected_event_when_opened(qtbot, window):
    editor = window.editor
    assert not editor.isVisible()
    window.action("next").trigger()
    window.action("next").trigger()
    assert editor.title.text() == ""          # nothing filled while nobody sees it
    window.action("edit_event").trigger()
    assert editor.isVisible() and editor.title.text() == window.document.selected_event().title


def test_the_advice_to_add_new_names_goes_once_the_editor_applies(qtbot, window, tmp_path,
                                                                  answers):
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "002", "Laut dem Handelsblatt verhandelt Harbor Dynamics seit Januar mit "
           "Nordlicht Logistik")
    window.action("new_event").trigger()
    advice = window.statusBar().currentMessage()
    assert advice.startswith("Not yet in the timeline:") and "Nordlicht Logistik" in advice
    window.editor.actors.setText("Harbor Dynamics, Nordlicht Logistik")
    assert window.editor.apply()
    assert window.statusBar().currentMessage() == ""
    assert window.document.selected_event().actors  # the names are actors now


def test_the_details_are_set_once_per_edit_and_show_the_edit(qtbot, window, tmp_path, answers,
                                                            monkeypatch):
    """An edit is heard twice by the details (the new snapshot, then its selection): the
    pane sets its text once, and the text is the edited event's."""
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "001", "Harbor Dynamics said on Thursday it had raised $300 million")
    set_html = []
    original = type(window.detail).setHtml
    monkeypatch.setattr(type(window.detail), "setHtml",
                        lambda pane, html: (set_html.append(html), original(pane, html)))
    window.action("new_event").trigger()
    assert len(set_html) == 1 and "raised $300 million" in window.detail.toPlainText()
    window.action("undo").trigger()
    assert len(set_html) == 2 and "raised" not in window.detail.toPlainText()


def test_a_passage_that_words_no_date_is_dated_by_its_report_and_the_editor_opens(
        qtbot, window, tmp_path, answers):
    """A selection without a date wording was refused with a message box; it becomes an event
    dated as a suggestion would be (by the report's publication, said in the basis), the
    editor opens on it, and the status bar says where the date came from."""
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "002", "Harbor sammelt Geld ein")
    window.action("new_event").trigger()
    event = window.document.selected_event()
    assert event is not None and event.quotes[0].text == "Harbor sammelt Geld ein"
    assert event.date.relation == "before" and event.date.end.isoformat() == "2026-03-13"
    assert "no date in the passage" in event.date.basis.note
    assert "words no date" in window.statusBar().currentMessage()
    assert window.editor.isVisible()


def test_undo_from_an_editor_field_with_nothing_to_undo_undoes_the_edit(qtbot, window,
                                                                       tmp_path, answers):
    """Ctrl+Z in a field of the editor undoes the typing first, then (the field having
    nothing left of its own) the document's last edit; it did nothing once the editor had
    filled the field."""
    window.action("new_timeline").trigger()
    add_reports(window, tmp_path, answers)
    select(window, "001", "Harbor Dynamics said on Thursday it had raised $300 million")
    window.action("new_event").trigger()
    title = window.editor.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, " (round)")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not title.text().endswith("(round)")  # the typing, first
    assert len(window.document.events) == 1
    while title.isUndoAvailable():
        qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.events) == 0  # then the new event itself
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert len(window.document.events) == 1  # and redo brings it back
