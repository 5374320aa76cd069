"""The claim under the quote chosen in the event editor: who says it and the amounts it
gives, as written, with how each amount reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from viewer.domain.authoring.adding import ensure_entity
from viewer.domain.authoring.edits import changed
from viewer.domain.format.model import Claim, EntityKind
from viewer.domain.wording.amounts import UnreadableAmount, parse_amount
from viewer.domain.wording.describe import describe_amount
from viewer.qt.style.numbers import ui_language


class ClaimEditor(QWidget):
    """Edits the voices and amounts of one claim at a time; the changes of every claim shown
    are kept until the event editor applies them (``edited`` says something changed)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voices = QLineEdit()
        self.voices.setPlaceholderText(self.tr("outlets or sources, by name; empty: the "
                                               "report itself"))
        self.amounts = QLineEdit()
        self.amounts.setPlaceholderText(self.tr("as written, separated by ;"))
        self.reading = QLabel()
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Voices:"), self.voices)
        form.addRow(self.tr("A&mounts:"), self.amounts)
        form.addRow("", self.reading)
        self._event: Any = None
        self._claim = -1
        self._pending: dict[int, tuple[str, str]] = {}
        self._name_of = str
        self.voices.textEdited.connect(self._keep)
        self.amounts.textEdited.connect(self._keep)

    def reset(self, event: Any, name_of) -> None:
        self._event, self._name_of, self._pending, self._claim = event, name_of, {}, -1
        self.show_claim(0 if event is not None and event.claims else -1)

    def show_claim(self, index: int) -> None:
        self._claim = index
        self.setEnabled(index >= 0)
        if index < 0:
            self.voices.clear()
            self.amounts.clear()
            self.reading.clear()
            return
        voices, amounts = self._pending.get(index) or self._written(index)
        self.voices.setText(voices)
        self.amounts.setText(amounts)
        self._read()

    def _written(self, index: int) -> tuple[str, str]:
        claim = self._event.claims[index]
        return (", ".join(self._name_of(w) for w in claim.attributed_to),
                "; ".join(a.text for a in claim.amounts))

    def _keep(self) -> None:
        if self._claim >= 0:
            self._pending[self._claim] = (self.voices.text(), self.amounts.text())
            self._read()
            self.edited.emit()

    def _read(self) -> None:
        amounts, problem = self._parsed(self.amounts.text())
        self.reading.setStyleSheet("color: #c0392b;" if problem else "")
        self.reading.setText(problem or ("→ " + "; ".join(
            describe_amount(a, ui_language()) for a in amounts) if amounts else ""))

    @staticmethod
    def _parsed(text: str) -> tuple[list[Any], str]:
        amounts = []
        for wording in [part.strip() for part in text.split(";") if part.strip()]:
            try:
                amounts.append(parse_amount(wording))
            except UnreadableAmount as error:
                return [], str(error)
        return amounts, ""

    def problem(self) -> str:
        """Why the pending changes cannot be applied ("" when they can)."""
        for _voices, amounts_text in self._pending.values():
            _, problem = self._parsed(amounts_text)
            if problem:
                return problem
        return ""

    def applied(self, timeline: Any, event: Any) -> tuple[Any, list[Any]]:
        """The timeline (with any new voice as an entity) and the event's claims with the
        pending changes."""
        claims = list(event.claims)
        for index, (voices_text, amounts_text) in self._pending.items():
            voices = []
            for name in [n.strip() for n in voices_text.split(",") if n.strip()]:
                timeline, entity_id = ensure_entity(timeline, name, EntityKind.OUTLET)
                voices.append(entity_id)
            amounts, _ = self._parsed(amounts_text)
            claims[index] = changed(claims[index], Claim, attributed_to=voices, amounts=amounts)
        return timeline, claims
