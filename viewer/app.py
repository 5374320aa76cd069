"""Builds the QApplication and the main window, and opens the first timeline."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from viewer.bundled import bundled_root, default_timeline
from viewer.qt.document import TimelineDocument
from viewer.qt.main_window import MainWindow
from viewer.qt.settings import ViewerSettings

ORGANIZATION = "timeline-viewer"
APPLICATION = "Timeline Viewer"


def application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    """The application; ``language`` ("de", "en") overrides the saved and the system choice."""
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    chosen = language or ViewerSettings().text("ui/language") or QLocale().name()
    install_translations(app, chosen)
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Loads Qt's own and the viewer's translations for ``language``; English needs none."""
    locale = QLocale(language)
    QLocale.setDefault(locale)  # counts and other numbers follow the interface language
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("viewer", str(bundled_root() / "resources" / "translations"))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def build_window(file: Path | None, *, now: dt.date | None = None,
                 settings: ViewerSettings | None = None) -> MainWindow:
    """The main window with ``file`` (or the last file, or the bundled timeline) open."""
    settings = settings or ViewerSettings()
    document = TimelineDocument()
    window = MainWindow(document, settings, now or dt.date.today())
    last = settings.last_file()
    candidates = [file] if file else [last] if last and last.exists() else []
    for path in [*candidates, default_timeline()]:
        if window.open_path(path):
            break
    if file is None:
        window.restore_view()
    return window


def run_app(file: Path | None, qt_args: list[str], language: str | None = None) -> int:
    app = application(qt_args, language=language)
    if language:
        ViewerSettings().set_text("ui/language", language)  # remembered for next time
    window = build_window(file)
    window.show()
    return app.exec()
