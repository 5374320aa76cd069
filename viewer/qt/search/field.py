"""The search box: typing filters the list and dims the canvas; Esc clears."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.keys import claims_enter


class SearchField(QLineEdit):
    """Hands every edit to the document's search; Down moves on into the results."""

    down_pressed = Signal()

    def __init__(self, document: TimelineDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search titles, quotes, actors… (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))
        self._syntax = self.tr(
            "Every word must match, also inside compounds; \"quoted phrases\"; German spellings"
            " (Borsengang, Boersengang) find Börsengang.\n"
            "Filters: actor:amazon  kind:negotiation  status:planned  source:004  outlet:wsj\n"
            "after:2025-10  before:2026  amount:>=10bn  is:contested  is:unsourced\n"
            "Enter/F3 next hit, Shift+F3 previous, ↓ to the results, Esc clears.")
        self.setToolTip(self._syntax)
        self.setMinimumWidth(280)
        # Why a query cannot be read is said right here, whichever tab is in front.
        self.problem = QLabel(self)
        self.problem.setObjectName("search-problem")
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setMaximumWidth(420)  # empty (and so without width) when all is well
        self._shown_problem = ""
        self.textChanged.connect(document.set_query)
        document.timeline_changed.connect(self.clear)
        document.results_changed.connect(self._show_problem)

    def _show_problem(self) -> None:
        document = self._document
        message = document.query_error if document.answered_query == document.query else ""
        if message == self._shown_problem:  # set again, a style sheet re-polishes the field
            return  # and the toolbar is laid out and the whole window painted anew
        self._shown_problem = message
        if message:
            self.setStyleSheet("QLineEdit { border: 2px solid #c0392b; border-radius: 3px; }")
            metrics = self.problem.fontMetrics()
            self.problem.setText(metrics.elidedText(message, Qt.TextElideMode.ElideRight, 400))
            self.problem.setToolTip(message)
            self.setToolTip(message)
        else:
            self.setStyleSheet("")
            self.problem.clear()
            self.setToolTip(self._syntax)
        self.setAccessibleDescription(message)

    def event(self, event: QEvent) -> bool:
        return claims_enter(event) or super().event(event)  # Enter here: the next hit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)
