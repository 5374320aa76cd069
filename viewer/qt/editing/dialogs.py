"""The dialogs of authoring. Each has a classmethod ``ask`` (the one seam tests replace)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.domain.authoring.adding import published_date
from viewer.domain.authoring.reports import ReportText
from viewer.domain.format.model import VagueDate
from viewer.domain.wording.dates import UnreadableDate
from viewer.domain.wording.describe import describe_date
from viewer.qt.style.numbers import ui_language

REPORT_FILTER = "Reports (*.txt *.md *.markdown *.html *.htm *.pdf)"

TIMELINE_FILTER = "Timelines (*.json)"


class NewTimelineDialog:
    """Where the new timeline's file goes (its reports go to a folder beside it)."""

    @classmethod
    def ask(cls, parent: QWidget, folder: Path) -> Path | None:
        return _timeline_path(parent, QCoreApplication.translate(
            "AuthoringDialogs", "New Timeline"), folder / "timeline.json")


class SaveAsDialog:
    @classmethod
    def ask(cls, parent: QWidget, current: Path) -> Path | None:
        return _timeline_path(parent, QCoreApplication.translate(
            "AuthoringDialogs", "Save Timeline As"), current)


def _timeline_path(parent: QWidget, title: str, start: Path) -> Path | None:
    """A timeline file to write, chosen by the user (always ending in .json)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), TIMELINE_FILTER)
    return Path(name).with_suffix(".json") if name else None


class ReportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget, folder: Path) -> Path | None:
        title = QCoreApplication.translate("AuthoringDialogs", "Add Report")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), REPORT_FILTER)
        return Path(name) if name else None


class SaveChangesDialog:
    """Asks before unsaved changes would be lost: "save", "discard" or "cancel"."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> str:
        translate = QCoreApplication.translate
        text = translate("AuthoringDialogs", "“{title}” has changes that are not saved.")
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("AuthoringDialogs", "Unsaved Changes"),
                          text.format(title=title), parent=parent)
        box.setInformativeText(translate("AuthoringDialogs", "Save them before going on?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")


class ConfirmDialog:
    """A yes/no question whose details name what would change."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, question: str, details: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class ProblemDialog:
    @classmethod
    def ask(cls, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)


@dataclass(frozen=True)
class ReportDetails:
    """What the user confirmed about a report being added."""

    title: str
    outlet: str
    language: str
    url: str
    published: VagueDate


class AddReportDialog(QDialog):
    """Confirms a report's title, outlet, language, address and publication date (with where
    the date comes from), showing live how the date's wording is read."""

    BASES = (("printed", QT_TRANSLATE_NOOP("AddReportDialog", "printed in the report")),
             ("metadata", QT_TRANSLATE_NOOP("AddReportDialog", "from the page's metadata")),
             ("inferred", QT_TRANSLATE_NOOP("AddReportDialog", "inferred (say from what)")))

    def __init__(self, parent: QWidget | None, report: ReportText, file_name: str,
                 outlets: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Report: {name}").format(name=file_name))
        self.setMinimumWidth(560)  # a headline fits
        self.title = QLineEdit(report.title or Path(file_name).stem)
        self.outlet = QComboBox(editable=True)
        self.outlet.addItems(outlets)
        self.outlet.setCurrentText(report.site or "")
        self.language = QComboBox()
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if report.language == "de" else 1)
        self.url = QLineEdit(report.url or "")
        self.published = QLineEdit(report.published or "")
        self.published.setPlaceholderText(self.tr("e.g. 16. Dezember 2025, 2025-12-16"))
        self.basis = QComboBox()
        for key, text in self.BASES:
            self.basis.addItem(self.tr(text), key)
        self.basis.setCurrentIndex(1 if report.published else 0)
        self.note = QLineEdit()
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # words from a file stay words
        self.preview.setWordWrap(True)
        self.preview.setObjectName("date-preview")
        form = QFormLayout(self)
        for label, widget in ((self.tr("&Title:"), self.title), (self.tr("&Outlet:"), self.outlet),
                              (self.tr("&Language:"), self.language), (self.tr("&URL:"), self.url),
                              (self.tr("&Published:"), self.published),
                              (self.tr("Date &from:"), self.basis), (self.tr("&Note:"), self.note),
                              ("", self.preview)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for field in (self.published, self.note, self.title):
            field.textChanged.connect(self._check)
        self.basis.currentIndexChanged.connect(self._check)
        self._check()

    def reading(self) -> VagueDate | str:
        """The publication date as read, or why it cannot be."""
        if not self.published.text().strip():
            return self.tr("Give the publication date as the report or page gives it.")
        try:
            return published_date(self.published.text(), self.basis.currentData(),
                                  self.note.text().strip() or None)
        except UnreadableDate as error:
            return str(error)

    def _check(self) -> None:
        reading = self.reading()
        ok = isinstance(reading, VagueDate) and bool(self.title.text().strip())
        if isinstance(reading, VagueDate):
            self.preview.setStyleSheet("")
            self.preview.setText("→ " + describe_date(reading, ui_language()))
        else:
            self.preview.setStyleSheet("color: #c0392b;")
            self.preview.setText(reading)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def details(self) -> ReportDetails:
        reading = self.reading()
        assert isinstance(reading, VagueDate)
        return ReportDetails(self.title.text().strip(), self.outlet.currentText().strip(),
                             self.language.currentData(), self.url.text().strip(), reading)

    @classmethod
    def ask(cls, parent: QWidget, report: ReportText, file_name: str,
            outlets: list[str]) -> ReportDetails | None:
        dialog = cls(parent, report, file_name, outlets)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None


class UpdateReportDialog(QDialog):
    """The quotes of a report that changed, each with where it is now: kept, moved, changed
    (a proposal with its score, accepted only when ticked) or lost."""

    STATUS: ClassVar[dict[str, str]] = {
              "kept": QT_TRANSLATE_NOOP("UpdateReportDialog", "kept"),
              "moved": QT_TRANSLATE_NOOP("UpdateReportDialog", "moved"),
              "changed": QT_TRANSLATE_NOOP("UpdateReportDialog", "changed"),
              "lost": QT_TRANSLATE_NOOP("UpdateReportDialog", "lost")}

    def __init__(self, parent: QWidget | None, title: str, results: list,
                 event_titles: dict[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update Report: {title}").format(title=title))
        self.setMinimumSize(900, 420)
        self.table = QTableWidget(len(results), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Quote"), self.tr("Event"),
                                              self.tr("Before"), self.tr("Now"),
                                              self.tr("Score")])
        self._results = results
        for row, result in enumerate(results):
            status = QTableWidgetItem(self.tr(self.STATUS[result.status]))
            if result.status == "changed":  # a proposal: the user must tick it
                status.setFlags(status.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                status.setCheckState(Qt.CheckState.Unchecked)
            cells = [status, QTableWidgetItem(event_titles.get(result.event_id, result.event_id)),
                     QTableWidgetItem(result.old.text),
                     QTableWidgetItem(result.new.text if result.new else "—"),
                     QTableWidgetItem(f"{result.score:.0f}")]
            for column, cell in enumerate(cells):
                if column:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        for column, width in enumerate((100, 170, 255, 255, 50)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        counts = {key: sum(r.status == key for r in results) for key in self.STATUS}
        self.summary = QLabel(self.tr(
            "{kept} kept, {moved} moved, {changed} changed (tick the proposals that are the "
            "same passage), {lost} lost. Quotes lost or not ticked are removed; an event left "
            "without any quote is deleted. Undo brings everything back.").format(**counts))
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.table)
        column.addWidget(buttons)

    def accepted_keys(self) -> set[tuple[str, int, int]]:
        return {result.key for row, result in enumerate(self._results)
                if result.status == "changed"
                and self.table.item(row, 0).checkState() == Qt.CheckState.Checked}

    @classmethod
    def ask(cls, parent: QWidget, title: str, results: list,
            event_titles: dict[str, str]) -> set[tuple[str, int, int]] | None:
        dialog = cls(parent, title, results, event_titles)
        return dialog.accepted_keys() if dialog.exec() == QDialog.DialogCode.Accepted else None
