"""The event editor: a dock that edits the selected event's fields, with the date's wording
read live against its report, and lists its quotes (each removable).

Nothing invalid is applied: a date that cannot be read, an empty title or a field the format
refuses is said in red under the form, with the format's own message, and Apply stays off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.domain.authoring.adding import date_for, ensure_entity
from viewer.domain.authoring.edits import (
    EditRefused,
    changed,
    slug,
    unique_id,
    with_event_replaced,
    without_quote,
)
from viewer.domain.format.model import EntityKind, Event, EventKind, EventStatus
from viewer.domain.wording.dates import UnreadableDate, resolve_date
from viewer.domain.wording.describe import (
    describe_amount,
    describe_date,
    describe_kind,
    describe_status,
)
from viewer.qt.document.document import TimelineDocument
from viewer.qt.editing.claim_editor import ClaimEditor
from viewer.qt.style.keys import UndoFallsThrough
from viewer.qt.style.numbers import ui_language

QUOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class EventEditor(QDockWidget):
    """Edits the document's selected event; ``applied`` after a change was made."""

    applied = Signal(str)

    def __init__(self, document: TimelineDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Event Editor"), parent)
        self.setObjectName("event-editor")
        self._document = document
        self._event: Any = None
        self._stale = True  # the selection changed while the editor was hidden
        self.title = QLineEdit()
        self.title_de = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(70)
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(describe_kind(kind, ui_language()), kind.value)
        self.status = QComboBox()
        for status in EventStatus:
            self.status.addItem(describe_status(status, ui_language()), status.value)
        self.actors = QLineEdit()
        self.actors.setPlaceholderText(self.tr("names or ids, separated by commas"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("as the report words it, e.g. im Oktober"))
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)  # a report's words stay words
        self.reading.setWordWrap(True)
        self.reading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.thread = QComboBox()
        self.quotes = QListWidget()
        self.quotes.setWordWrap(True)
        self.claim = ClaimEditor()
        self.quotes.currentItemChanged.connect(self._on_quote_chosen)
        self.claim.edited.connect(self._check)
        self.remove_quote = QPushButton(self.tr("Remove Quote"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.setWidget(self._layout())
        self._undo = UndoFallsThrough(self)
        self._undo.keep_for(self.title, self.title_de, self.summary, self.actors, self.date,
                            self.claim.voices, self.claim.amounts)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(lambda: self.load(self._event))
        self.remove_quote.clicked.connect(self.remove_selected_quote)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.apply,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for field in (self.title, self.title_de, self.actors, self.date):
            field.textChanged.connect(self._check)
        document.selection_changed.connect(self._on_selection)
        document.timeline_edited.connect(self._on_selection)
        document.timeline_changed.connect(self._on_selection)
        self._on_selection()

    def _layout(self) -> QWidget:
        body = QWidget()
        form = QFormLayout()
        for label, widget in ((self.tr("&Title:"), self.title),
                              (self.tr("Title (&German):"), self.title_de),
                              (self.tr("S&ummary:"), self.summary), (self.tr("&Kind:"), self.kind),
                              (self.tr("&Status:"), self.status),
                              (self.tr("Ac&tors:"), self.actors),
                              (self.tr("&Date:"), self._date_with_reading()),
                              (self.tr("Sto&ry:"), self.thread)):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_quote)
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addWidget(QLabel(self.tr("Claims and their quotes:")))
        column.addWidget(self.quotes, 1)  # the quotes take the room the form does not need
        column.addWidget(self.claim)
        column.addWidget(self.problem)
        column.addLayout(buttons)
        return body

    def _date_with_reading(self) -> QWidget:
        """The date's wording with how it reads right under it."""
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.date)
        column.addWidget(self.reading)
        return box

    # --- showing ------------------------------------------------------------------------------

    def _on_selection(self, *_: object) -> None:
        """The editor follows the selection while it is shown; hidden, it waits (stepping
        through events with the arrow keys does not fill a form nobody sees)."""
        if self.isVisible():
            self.load(self._document.selected_event())
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.load(self._document.selected_event())
        super().showEvent(event)

    def load(self, event: Any) -> None:
        self._event = event
        document = self._document
        self.setEnabled(event is not None)
        self.thread.clear()
        self.thread.addItem(self.tr("(none)"), None)
        for key, title in document.threads.items():
            self.thread.addItem(title, key)
        if event is None:
            for field in (self.title, self.title_de, self.actors, self.date):
                field.clear()
            self.summary.clear()
            self.quotes.clear()
            self.claim.reset(None, str)
            self.reading.clear()
            self.problem.clear()
            return
        self.title.setText(event.title)
        self.title_de.setText(event.title_de or "")
        self.summary.setPlainText(event.summary)
        self.kind.setCurrentIndex(max(self.kind.findData(str(event.kind)), 0))
        self.status.setCurrentIndex(max(self.status.findData(str(event.status)), 0))
        self.actors.setText(", ".join(document.name_of(a) for a in event.actors))
        self.date.setText(event.date.text)
        self.thread.setCurrentIndex(max(self.thread.findData(event.thread), 0))
        self._fill_quotes(event)
        self.claim.reset(event, document.name_of)
        self._check()

    def _fill_quotes(self, event: Any) -> None:
        self.quotes.clear()
        document, language = self._document, ui_language()
        for c, claim in enumerate(event.claims):
            who = ", ".join(document.name_of(w) for w in claim.attributed_to) or \
                self.tr("the report itself")
            figures = "; ".join(describe_amount(a, language) for a in claim.amounts)
            for q, quote in enumerate(claim.quotes):
                text = self.tr("{who} ({source}): „{quote}“").format(
                    who=who, source=quote.source, quote=quote.text)
                item = QListWidgetItem(text + (f" — {figures}" if figures else ""))
                item.setData(QUOTE_ROLE, (c, q))
                self.quotes.addItem(item)

    # --- checking and applying ----------------------------------------------------------------

    def _date(self) -> Any:
        """The date as worded in the field: the event's own when unchanged, else read against
        the report of its first quote. Raises UnreadableDate."""
        event, wording = self._event, self.date.text().strip()
        if wording == event.date.text:
            return event.date
        if event.unsourced:  # no report to read it against: as the user states it
            return resolve_date(wording)
        source = self._document.sources[event.quotes[0].source]
        return date_for(wording, source)

    def _check(self) -> bool:
        if self._event is None:
            return False
        problem = ""
        try:
            date = self._date()
            self.reading.setStyleSheet("")
            self.reading.setText("→ " + describe_date(date, ui_language()))
        except UnreadableDate as error:
            self.reading.setStyleSheet("color: #c0392b;")
            self.reading.setText(str(error))
            problem = self.tr("The date cannot be read; word it as a report would.")
        if not self.title.text().strip():
            problem = self.tr("An event needs a title.")
        problem = problem or self.claim.problem()
        self.problem.setText(problem)
        self.apply_button.setEnabled(not problem)
        return not problem

    def apply(self) -> bool:
        """Applies the form to the event as one undoable edit."""
        if not self._check():
            return False
        event, document = self._event, self._document
        timeline = document.opened.timeline
        try:
            actors = []
            for name in [n.strip() for n in self.actors.text().split(",") if n.strip()]:
                timeline, entity_id = ensure_entity(timeline, name, EntityKind.COMPANY)
                actors.append(entity_id)
            timeline, claims = self.claim.applied(timeline, event)
            title = self.title.text().strip()
            new = changed(event, Event, id=_id_for(timeline, event, title), title=title,
                          claims=claims,
                          title_de=self.title_de.text().strip() or None,
                          summary=self.summary.toPlainText().strip(),
                          kind=self.kind.currentData(), status=self.status.currentData(),
                          actors=actors, date=self._date(), thread=self.thread.currentData())
            timeline = with_event_replaced(timeline, event.id, new,
                                           at=document.opened.ids.get(event.id))
        except (EditRefused, UnreadableDate) as error:
            self.problem.setText(str(error))
            return False
        document.edit(self.tr("Edit Event ‘{title}’").format(title=short_title(new.title)),
                      timeline, select=new.id)
        self.applied.emit(new.id)
        return True

    def _on_quote_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        """The claim of the chosen quote is the one its voices and amounts are edited for."""
        if item is not None:
            self.claim.show_claim(item.data(QUOTE_ROLE)[0])

    def remove_selected_quote(self) -> None:
        item = self.quotes.currentItem()
        if item is None or self._event is None:
            return
        claim, quote = item.data(QUOTE_ROLE)
        try:
            new = without_quote(self._event, claim, quote)
            timeline = with_event_replaced(self._document.opened.timeline, new.id, new,
                                           at=self._document.opened.ids.get(new.id))
        except EditRefused as error:
            self.problem.setText(str(error))
            return
        self._document.edit(self.tr("Remove Quote from ‘{title}’").format(
            title=short_title(new.title)), timeline, select=new.id)


def _id_for(timeline: Any, event: Any, title: str) -> str:
    """An id made from the event's first title (the passage's first words, when it was made
    from a selection) follows the title the user gives it; an id chosen otherwise stays."""
    if title == event.title or event.id != slug(event.title, "event"):
        return event.id
    return unique_id({e.id for e in timeline.events if e.id != event.id}, slug(title, "event"))


def short_title(title: str) -> str:
    """A title short enough to name an edit in the Edit menu."""
    return title if len(title) <= 40 else title[:38] + "…"
