from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from viewer.app import build_window
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
