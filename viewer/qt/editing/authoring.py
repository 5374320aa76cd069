"""What the window does to build a timeline: the handlers of File ▸ New Timeline, Add Report,
Save, Save As and of Edit ▸ New Event from Selection, Add Selection as Evidence, Delete Event.
Each turns the user's input into one domain edit and hands it to the document as an undoable
step; problems are said in a dialog or the status bar, never as a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from viewer.bundled import bundled_root
from viewer.domain.authoring.adding import (
    add_report,
    event_from_quote,
    read_passage,
    store_report,
)
from viewer.domain.authoring.edits import (
    EditRefused,
    new_timeline,
    with_event,
    with_event_replaced,
    with_evidence,
    without_event,
    without_report,
)
from viewer.domain.authoring.passages import PassageNotFound, quote_at, whole_words
from viewer.domain.authoring.reanchor import reanchor, with_report_updated
from viewer.domain.authoring.reports import SUFFIXES, ReportUnreadable, read_report
from viewer.domain.authoring.suggest import date_without_wording
from viewer.domain.files.saving import save_timeline
from viewer.domain.format.model import EntityKind
from viewer.domain.format.problems import TimelineError
from viewer.domain.wording.describe import describe_date
from viewer.qt.document.document import TimelineDocument
from viewer.qt.editing.autosave import Autosave
from viewer.qt.editing.dialogs import (
    AddReportDialog,
    ConfirmDialog,
    NewTimelineDialog,
    ProblemDialog,
    ReportFileDialog,
    SaveAsDialog,
    SaveChangesDialog,
    UpdateReportDialog,
)
from viewer.qt.editing.event_editor import EventEditor, short_title
from viewer.qt.panes.source_pane import SourcePane
from viewer.qt.style.numbers import ui_language

REPORT_SUFFIXES = SUFFIXES


class Authoring(QObject):
    """The window's authoring operations over its document, report pane and event editor.
    ``opened`` asks the window to open a file (a new timeline is opened like any other)."""

    opened = Signal(Path)

    def __init__(self, window: QMainWindow, document: TimelineDocument, source: SourcePane,
                 editor: EventEditor) -> None:
        super().__init__(window)
        self._window, self._document, self._source, self._editor = window, document, source, \
            editor
        self.autosave = Autosave(document, window)
        self._hint = ""  # the status bar's advice on the last new event, while it shows
        editor.applied.connect(self._on_applied)

    def follow_undo(self, undo: QAction, redo: QAction) -> None:
        """Undo and Redo enabled and named after the edit they take back or do again
        ("Undo Edit Event ‘…’"); the window's title marks unsaved changes."""
        stack = self._document.undo_stack
        self._undo, self._redo = undo, redo
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._name_undo)  # methods: Qt disconnects them when
        stack.redoTextChanged.connect(self._name_redo)  # this object goes
        self._document.modified_changed.connect(self._window.setWindowModified)

    def _name_undo(self, edit: str) -> None:
        self._undo.setText(self.tr("&Undo {edit}").format(edit=edit) if edit
                           else self.tr("&Undo"))

    def _name_redo(self, edit: str) -> None:
        self._redo.setText(self.tr("&Redo {edit}").format(edit=edit) if edit
                           else self.tr("&Redo"))

    def _say(self, message: str, timeout: int = 6000) -> None:
        self._window.statusBar().showMessage(message, timeout)

    def _problem(self, title: str, message: str) -> None:
        ProblemDialog.ask(self._window, title, message)

    def _folder(self) -> Path:
        """Where file dialogs start: beside the open timeline, unless that is the bundled
        one (inside the program), then the user's documents."""
        opened = self._document.opened
        if opened is None or opened.path.resolve().is_relative_to(bundled_root().resolve()):
            documents = Path.home() / "Documents"
            return documents if documents.is_dir() else Path.home()
        return opened.path.parent

    # --- files --------------------------------------------------------------------------------

    def new_timeline(self) -> Path | None:
        if not self.maybe_save():
            return None
        path = NewTimelineDialog.ask(self._window, self._folder())
        if path is None:
            return None
        folder = f"{path.stem}-sources"
        try:
            (path.parent / folder).mkdir(parents=True, exist_ok=True)
            title = path.stem.replace("-", " ").replace("_", " ")
            save_timeline(path, new_timeline(title, sources_dir=folder))
        except OSError as error:
            self._problem(self.tr("New Timeline"), self.tr(
                "{name} could not be written: {reason}").format(name=path.name,
                                                                 reason=error.strerror))
            return None
        self.opened.emit(path)
        return path

    def save(self) -> bool:
        if self._document.opened is None:
            return False
        return self._save_to(None)

    def save_as(self) -> bool:
        if self._document.opened is None:
            return False
        path = SaveAsDialog.ask(self._window, self._document.opened.path)
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        try:
            target = self._document.save(path)
        except TimelineError as error:
            self._problem(self.tr("Not Saved"), self.tr(
                "The timeline was not saved; your changes are kept.\n\n{problems}").format(
                problems="\n".join(str(p) for p in error.problems[:10])))
            return False
        except OSError as error:
            self._problem(self.tr("Not Saved"), self.tr(
                "{name} could not be written ({reason}); your changes are kept and still "
                "unsaved.").format(name=Path(path or self._document.opened.path).name,
                                   reason=error.strerror or error))
            return False
        self._say(self.tr("Saved {name}.").format(name=target.name))
        return True

    def maybe_save(self) -> bool:
        """Whether the user may go on (to close, to open another file): asks to save unsaved
        changes first."""
        if not self._document.modified:
            return True
        answer = SaveChangesDialog.ask(self._window, self._document.title)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.autosave.discard()
            return True
        return False

    # --- reports ------------------------------------------------------------------------------

    def add_report(self, path: Path | None = None) -> str | None:
        """Reads a report, confirms its details with the user, stores its text beside the
        timeline and adds it as one undoable step; returns the new report's id."""
        document = self._document
        if document.opened is None:
            self._say(self.tr("Open or create a timeline first (File ▸ New Timeline…)."))
            return None
        path, report = self._report_file(path, self.tr("Add Report"))
        if report is None:
            return None
        outlets = [e.name for e in document.entities.values() if e.kind == EntityKind.OUTLET]
        details = AddReportDialog.ask(self._window, report, path.name, outlets)
        if details is None:
            return None
        opened = document.opened
        try:
            timeline, source_id = add_report(
                opened.timeline, opened.loaded.sources_dir, report.text, title=details.title,
                language=details.language, published=details.published,
                outlet=details.outlet or None, url=details.url or None)
        except (EditRefused, OSError) as error:
            self._problem(self.tr("Add Report"), str(error))
            return None
        document.edit(self.tr("Add Report ‘{title}’").format(title=short_title(details.title)),
                      timeline, texts={**opened.texts, source_id: report.text})
        self._source.show_source(source_id)
        self._say(self.tr("Added report {id}. Select a passage and press Ctrl+E to make an "
                          "event of it.").format(id=source_id), 10000)
        return source_id

    def remove_report(self) -> bool:
        """Removes the report shown in the report pane, and its quotes; when events quote it,
        asks first and names them (events left without any quote are deleted)."""
        document, source_id = self._document, self._source.source_id
        if document.opened is None or not source_id:
            return False
        timeline, changed, deleted = without_report(document.opened.timeline, source_id)
        if changed or deleted:
            titles = {e.id: e.title for e in document.events}
            lines = [self.tr("Deleted (no other evidence): {title}").format(title=titles[i])
                     for i in deleted] + [
                self.tr("Loses this report's quotes: {title}").format(title=titles[i])
                for i in changed]
            question = self.tr("{count} event(s) quote report {id}. Remove it with its "
                               "quotes?").format(count=len(changed) + len(deleted), id=source_id)
            if not ConfirmDialog.ask(self._window, self.tr("Remove Report"), question,
                                     "\n".join(lines[:12])):
                return False
        title = document.sources[source_id].title
        texts = {key: text for key, text in document.opened.texts.items() if key != source_id}
        document.edit(self.tr("Remove Report ‘{title}’").format(title=short_title(title)), timeline,
                      texts=texts)
        return True

    def update_report(self, path: Path | None = None) -> bool:
        """A new version of the report shown: every quote of it is found again (kept, moved,
        or a proposal the user must accept), then the report points at its new text, as one
        undoable step."""
        document, source_id = self._document, self._source.source_id
        if document.opened is None or not source_id:
            self._say(self.tr("Show the report to update in the report pane first."))
            return False
        path, report = self._report_file(path, self.tr("Update Report"))
        if report is None:
            return False
        opened = document.opened
        results = reanchor(opened.timeline, source_id, report.text)
        titles = {e.id: e.title for e in document.events}
        source = document.sources[source_id]
        accepted = UpdateReportDialog.ask(self._window, source.title, results, titles)
        if accepted is None:
            return False
        try:
            stored = store_report(opened.loaded.sources_dir, report.text, source_id)
            timeline, _ = with_report_updated(opened.timeline, source_id, stored.file,
                                              stored.sha256, results, accepted)
        except (EditRefused, OSError) as error:
            self._problem(self.tr("Update Report"), str(error))
            return False
        document.edit(self.tr("Update Report ‘{title}’").format(title=short_title(source.title)),
                      timeline, texts={**opened.texts, source_id: report.text})
        return True

    def _report_file(self, path: Path | None, title: str) -> tuple[Path | None, Any]:
        """The report file the user gives (asked for when ``path`` is None), read; a file that
        cannot be read is said in a dialog titled ``title``."""
        path = path or ReportFileDialog.ask(self._window, self._folder())
        if path is None:
            return None, None
        try:
            return path, read_report(path)
        except ReportUnreadable as error:
            self._problem(title, str(error))
            return path, None

    def is_report(self, path: Path) -> bool:
        return path.suffix.lower() in REPORT_SUFFIXES

    # --- events -------------------------------------------------------------------------------

    def _selected_quote(self) -> Any:
        passage = self._source.selected_passage()
        if passage is None:
            self._say(self.tr("Select the words of a report first (in the report pane)."))
            return None
        source_id, start, end = passage
        text = self._document.text_of(source_id)
        try:
            return quote_at(source_id, text, *whole_words(text, start, end))
        except PassageNotFound as error:
            self._say(str(error))
            return None

    def new_event_from_selection(self) -> str | None:
        """An event quoting the selected passage, its fields prefilled by the recognizers;
        the editor opens on it for the title and the rest."""
        quote = self._selected_quote()
        if quote is None:
            return None
        document = self._document
        opened = document.opened
        found = read_passage(opened.timeline, opened.texts, quote)
        title = _title_from(quote.text)
        # A passage that words no date is dated as a suggestion would be (by a word such as
        # "derzeit", else by the report's publication, said in the basis): the editor opens
        # on it, where the date is one field to change, rather than a refusal.
        undated = found.date is None
        date = date_without_wording(quote.text, opened.sources[quote.source]) \
            if undated else None
        try:
            event = event_from_quote(opened.timeline, opened.texts, quote, title=title,
                                     found=found, ids=opened.ids, date=date)
            timeline = with_event(opened.timeline, event, ids=opened.ids)
        except EditRefused as error:
            self._problem(self.tr("New Event"), str(error))
            return None
        document.edit(self.tr("New Event ‘{title}’").format(title=short_title(title)), timeline,
                      select=event.id)
        self.edit_event()
        names = [f.text for f in found.new_names]
        if names:
            self._hint = self.tr("Not yet in the timeline: {names}. Add them under Actors in "
                                 "the editor.").format(names=", ".join(names))
            self._say(self._hint, 10000)
        elif undated:
            self._hint = self.tr("The passage words no date: dated by its report ({date}). "
                                 "Change the date in the editor if the report says more.") \
                .format(date=describe_date(event.date, ui_language()))
            self._say(self._hint, 10000)
        return event.id

    def _on_applied(self, _event_id: str) -> None:
        """The editor's changes were applied: advice on what to add in it is done with."""
        bar = self._window.statusBar()
        if self._hint and bar.currentMessage() == self._hint:
            bar.clearMessage()
        self._hint = ""

    def add_selection_as_evidence(self) -> bool:
        """Adds the selected passage to the selected event as a new claim (with the voices
        and amounts the recognizers find in it)."""
        document = self._document
        event = document.selected_event()
        if event is None:
            self._say(self.tr("Select the event the passage is evidence for first."))
            return False
        quote = self._selected_quote()
        if quote is None:
            return False
        opened = document.opened
        found = read_passage(opened.timeline, opened.texts, quote)
        voices = list(dict.fromkeys(f.value for f in found.attributed_to if f.value))
        # The same voice saying more goes into its claim; another voice is a claim of its own.
        same = next((n for n, claim in enumerate(event.claims)
                     if voices and set(claim.attributed_to) == set(voices)), None)
        try:
            new = with_evidence(event, quote, claim=same, attributed_to=voices,
                                amounts=[f.value for f in found.amounts])
            timeline = with_event_replaced(opened.timeline, event.id, new,
                                           at=document.selected)
        except EditRefused as error:
            self._problem(self.tr("Add Evidence"), str(error))
            return False
        document.edit(self.tr("Add Evidence to ‘{title}’").format(title=short_title(event.title)),
                      timeline, select=event.id)
        return True

    def delete_event(self) -> bool:
        document = self._document
        event = document.selected_event()
        if event is None:
            return False
        document.edit(self.tr("Delete Event ‘{title}’").format(title=short_title(event.title)),
                      without_event(document.opened.timeline, event.id, at=document.selected))
        self._say(self.tr("Deleted; Undo brings it back."))
        return True

    def edit_event(self) -> None:
        self._editor.show()
        self._editor.raise_()
        self._editor.title.setFocus()
        self._editor.title.selectAll()


def _title_from(passage: str) -> str:
    """A first title: the passage's first words (the user rewrites it in the editor)."""
    words = passage.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")
