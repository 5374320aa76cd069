from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from viewer.app import build_window
from viewer.qt.editing.dialogs import (
    AddReportDialog,
    NewTimelineDialog,
    ProblemDialog,
    SaveAsDialog,
    SaveChangesDialog,
)
from viewer.qt.window.dialogs import LoadFailedDialog
from viewer.qt.window.settings import ViewerSettings

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def settings(tmp_path):
    """Settings in a temporary INI file: tests never touch a user's configuration."""
    return ViewerSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def failed_loads(monkeypatch):
    """Replaces the load-error dialog; records what it would have shown."""
    shown = []
    def record(cls, parent, path, problems, consequence=""):
        shown.append((path, problems))
        consequences.append(consequence)
    consequences: list[str] = []
    monkeypatch.setattr(LoadFailedDialog, "ask", classmethod(record))
    return shown


@pytest.fixture
def window(qtbot, settings, failed_loads):
    window = build_window(None, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def german():
    """The interface in German for one test; English (and the default locale) afterwards."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from viewer.app import install_translations

    app = QApplication.instance()
    before = QLocale()
    translators = install_translations(app, "de")
    yield
    QLocale.setDefault(before)
    for translator in translators:
        app.removeTranslator(translator)


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The dialogs' seams: each ``ask`` answers what the test puts here; the report dialog is
    made for real and filled in as a user would."""
    given = {"new": tmp_path / "harbor.json", "published": {}, "save": "save", "problems": []}
    monkeypatch.setattr(NewTimelineDialog, "ask", classmethod(lambda cls, p, f: given["new"]))
    monkeypatch.setattr(SaveAsDialog, "ask", classmethod(lambda cls, p, c: given["save_as"]))
    monkeypatch.setattr(SaveChangesDialog, "ask", classmethod(lambda cls, p, t: given["save"]))
    monkeypatch.setattr(ProblemDialog, "ask", classmethod(
        lambda cls, p, title, message: given["problems"].append(message)))

    def fill(cls, parent, report, name, outlets):
        dialog = cls(parent, report, name, outlets)
        wording, basis = given["published"][name]
        dialog.published.setText(wording)
        dialog.basis.setCurrentIndex(dialog.basis.findData(basis))
        given.setdefault("previews", []).append(dialog.preview.text())
        details = dialog.details()
        dialog.deleteLater()
        return details
    monkeypatch.setattr(AddReportDialog, "ask", classmethod(fill))
    return given
