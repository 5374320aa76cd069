"""The review of suggested events: a report read for the developments it tells of, each
proposal shown beside the report and accepted, edited, merged into an event or rejected.

The suggester (:mod:`viewer.domain.authoring.suggest`) runs in a pool thread with progress; the
list fills when it is done. Choosing a proposal marks and shows its passage in the report.
Accepting one makes an event through the same edit the document undoes like any other; "as
evidence" adds its passage to the event it matches (or the selected one). Everything works from
the keyboard: ↑/↓ to choose, Enter to accept as offered (evidence for the event it matches,
else a new event), Ctrl+Enter to make a new event and edit it, Ctrl+M to add as evidence to
the event it matches or the selected one, Delete to reject.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.domain.authoring.edits import EditRefused, with_event, with_event_replaced
from viewer.domain.authoring.suggest import Candidate, accepted, as_evidence, suggest
from viewer.domain.wording.describe import describe_date, describe_kind, describe_status
from viewer.qt.document.document import TimelineDocument
from viewer.qt.document.mailbox import Mailbox
from viewer.qt.editing.event_editor import short_title
from viewer.qt.panes.source_pane import SourcePane
from viewer.qt.style.keys import NAVIGATION, claims_enter
from viewer.qt.style.numbers import ui_language


class _Stopped(Exception):
    """A reading that nobody waits for any more."""


class ProposalList(QListWidget):
    """The proposals; Enter accepts, Ctrl+Enter accepts and edits, Ctrl+M adds as evidence,
    Delete rejects (the arrows move, as in any list)."""

    accept_pressed = Signal()
    edit_pressed = Signal()
    evidence_pressed = Signal()
    reject_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        """The list keeps its keys from the window's shortcuts (Enter opens the selected
        event's source there; the arrows step through events)."""
        if claims_enter(event):
            return True
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, *NAVIGATION) or
                (event.key() == Qt.Key.Key_M and
                 event.modifiers() & Qt.KeyboardModifier.ControlModifier)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.edit_pressed if control else self.accept_pressed).emit()
        elif key == Qt.Key.Key_M and control:
            self.evidence_pressed.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.reject_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SuggestionsPane(QDockWidget):
    """Suggested events of one report, for review (a dock beside the report pane).
    ``edit_event`` opens the event editor on the selected event (the window's)."""

    def __init__(self, document: TimelineDocument, source: SourcePane,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suggested Events"), parent)
        self.setObjectName("suggestions")
        self._document, self._source = document, source
        self.edit_event: Callable[[], object] = lambda: None
        self._source_id = ""
        self._candidates: list[Candidate] = []
        self._reading = 0  # counts the readings started; a late answer is dropped
        self._mail = Mailbox(self)
        body = QWidget(self)
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Reading the report"))
        self.progress.hide()
        self.list = ProposalList(body)
        self.list.setAccessibleName(self.tr("Suggested events"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.accept_button = QPushButton(self.tr("&Accept"), body)
        self.edit_button = QPushButton(self.tr("Accept and &Edit"), body)
        self.evidence_button = QPushButton(self.tr("Add as E&vidence"), body)
        self.reject_button = QPushButton(self.tr("&Reject"), body)
        self.accept_button.setToolTip(self.tr("Add it to the event it matches, else make an "
                                              "event of it (Enter)"))
        self.edit_button.setToolTip(self.tr("Make a new event of it and open the event editor "
                                            "(Ctrl+Enter)"))
        self.evidence_button.setToolTip(self.tr("Add its passage to the event it matches, or to "
                                                "the selected event (Ctrl+M)"))
        self.reject_button.setToolTip(self.tr("Drop it from the list (Delete)"))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.evidence_button,
                       self.reject_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.accept_pressed.connect(self.accept_current)
        self.list.edit_pressed.connect(lambda: self.accept_current(edit=True))
        self.list.evidence_pressed.connect(self.add_current_as_evidence)
        self.list.reject_pressed.connect(self.reject_current)
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.edit_button.clicked.connect(lambda: self.accept_current(edit=True))
        self.evidence_button.clicked.connect(self.add_current_as_evidence)
        self.reject_button.clicked.connect(self.reject_current)
        document.timeline_changed.connect(self._on_timeline_changed)
        self._enable()

    # --- reading -------------------------------------------------------------------------------

    @property
    def source_id(self) -> str:
        return self._source_id

    def candidates(self) -> list[Candidate]:
        return list(self._candidates)

    def busy(self) -> bool:
        return self._mail.busy()

    def suggest_for(self, source_id: str) -> None:
        """Reads report ``source_id`` for its developments (in a pool thread) and shows the
        proposals; the pane is shown at once, with progress."""
        document = self._document
        if document.opened is None or source_id not in document.sources:
            return
        self._reading += 1
        reading = self._reading
        self._source_id, self._candidates = source_id, []
        self.list.clear()
        self._source.set_suggested(source_id, [])
        opened = document.opened
        source = opened.sources[source_id]
        text = opened.texts.get(source_id, "")
        timeline = opened.timeline
        self.status.setText(self.tr("Reading report {id} for the events it tells of…")
                            .format(id=source_id))
        self.progress.setValue(0)
        self.progress.show()
        self.show()
        self.raise_()

        def progress(fraction: float) -> None:
            if reading != self._reading:
                raise _Stopped
            self._mail.post(self._on_progress, reading, fraction)
            time.sleep(0.0005)  # the interpreter to the GUI thread now and then: it paints

        def work() -> None:
            try:
                found = suggest(text, published=source.published, source_id=source_id,
                                language=source.language, entities=timeline.entities,
                                events=timeline.events, progress=progress)
            except _Stopped:
                return
            self._mail.post(self._on_read, reading, found)
        self._mail.start(work)

    def _on_progress(self, reading: int, fraction: float) -> None:
        if reading == self._reading:
            self.progress.setValue(int(fraction * 100))

    def _on_read(self, reading: int, found: list[Candidate]) -> None:
        if reading != self._reading:
            return
        self.progress.hide()
        self._candidates = list(found)
        self._fill()
        if found:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _fill(self) -> None:
        self.list.clear()
        language = ui_language()
        titles = {e.id: (e.title_de if language == "de" and e.title_de else e.title)
                  for e in self._document.events}
        for candidate in self._candidates:
            item = QListWidgetItem(self._label(candidate, titles, language))
            item.setToolTip(self.tr("Why: {reasons}").format(
                reasons="; ".join(candidate.reasons)))
            self.list.addItem(item)
        # Marked once, when the first proposal is shown (a report of 10,000 words may hold
        # hundreds of proposals: each marking lays out the report's text again).
        self._source.set_suggested(self._source_id, [(c.start, c.end) for c in self._candidates],
                                   mark=not self._candidates)
        count = len(self._candidates)
        self.status.setText(
            self.tr("{count} suggested events in report {id}, best first. Enter accepts, "
                    "Delete rejects.").format(count=count, id=self._source_id) if count else
            self.tr("No development with an actor was found in report {id}.")
            .format(id=self._source_id))
        self._enable()

    def _label(self, candidate: Candidate, titles: dict[str, str], language: str) -> str:
        date = describe_date(candidate.date, language)
        quoted = "„{}“" if language == "de" else "“{}”"
        wording = quoted.format(candidate.date_found.text) + " · " if candidate.date_found \
            else ""
        lines = [candidate.title,
                 f"{describe_kind(str(candidate.kind), language)} · "
                 f"{describe_status(str(candidate.status), language)} · {wording}{date}"]
        if candidate.matches_event and candidate.matches_event in titles:
            lines.append(self.tr("more evidence for ‘{title}’?").format(
                title=short_title(titles[candidate.matches_event])))
        return "\n".join(lines)

    def _on_timeline_changed(self) -> None:
        """Another timeline: the proposals were for a report of the last one."""
        self._reading += 1
        self._source_id, self._candidates = "", []
        self.list.clear()
        self.progress.hide()
        self.status.setText(self.tr("Add a report (File ▸ Add Report…) to see the events it "
                                    "tells of."))
        self._enable()

    # --- review --------------------------------------------------------------------------------

    def current(self) -> Candidate | None:
        row = self.list.currentRow()
        return self._candidates[row] if 0 <= row < len(self._candidates) else None

    def _show_current(self, row: int) -> None:
        candidate = self.current()
        if candidate is not None:
            self._source.show_passage(self._source_id, candidate.start, candidate.end)
        self._enable()

    def _enable(self) -> None:
        has = self.current() is not None
        for button in (self.accept_button, self.edit_button, self.evidence_button,
                       self.reject_button):
            button.setEnabled(has)

    def accept_current(self, *, edit: bool = False) -> str | None:
        """The chosen proposal as offered (one undoable edit): more evidence for the event it
        matches, else a new event; with ``edit``, always a new event, opened in the editor.
        Returns the event's id."""
        candidate, document = self.current(), self._document
        if candidate is None or document.opened is None:
            return None
        opened = document.opened
        if not edit and candidate.matches_event in opened.ids:
            return self.add_current_as_evidence()
        try:
            timeline, event = accepted(opened.timeline, opened.texts, self._source_id,
                                       candidate, ids=opened.ids)
            timeline = with_event(timeline, event, ids=opened.ids)
        except (EditRefused, KeyError, ValueError) as error:
            self.status.setText(self.tr("Not accepted: {reason}").format(reason=error))
            return None
        document.edit(self.tr("Accept Suggested Event ‘{title}’").format(
            title=short_title(event.title)), timeline, select=event.id)
        self._drop_current()
        if edit:
            self.edit_event()
        return event.id

    def add_current_as_evidence(self) -> str | None:
        """The chosen proposal's passage as a new claim of the event it matches (else of the
        selected event); returns that event's id."""
        candidate, document = self.current(), self._document
        if candidate is None or document.opened is None:
            return None
        opened = document.opened
        target = candidate.matches_event if candidate.matches_event in opened.ids else None
        if target is None:
            selected = document.selected_event()
            target = selected.id if selected is not None else None
        if target is None:
            self.status.setText(self.tr("Select the event to add this passage to first (it "
                                        "matches none)."))
            return None
        event = opened.events[opened.ids[target]]
        try:
            timeline, changed = as_evidence(opened.timeline, opened.texts, self._source_id,
                                            candidate, event)
            timeline = with_event_replaced(timeline, target, changed, at=opened.ids[target])
        except (EditRefused, KeyError, ValueError) as error:
            self.status.setText(self.tr("Not added: {reason}").format(reason=error))
            return None
        document.edit(self.tr("Add Evidence to ‘{title}’").format(
            title=short_title(event.title)), timeline, select=target)
        self._drop_current()
        return target

    def reject_current(self) -> None:
        if self.current() is not None:
            self._drop_current()

    def _drop_current(self) -> None:
        row = self.list.currentRow()
        del self._candidates[row]
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self._source.set_suggested(self._source_id,
                                   [(c.start, c.end) for c in self._candidates])
        if self._candidates:
            self.list.setCurrentRow(min(row, len(self._candidates) - 1))
            self._show_current(self.list.currentRow())
            self.status.setText(self.tr("{count} suggested events left to review in report "
                                        "{id}.").format(count=len(self._candidates),
                                                        id=self._source_id))
        else:
            self.status.setText(self.tr("Every suggestion of report {id} is reviewed.")
                                .format(id=self._source_id))
        self._enable()

