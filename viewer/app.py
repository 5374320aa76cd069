"""Builds the QApplication and the main window, and opens the first timeline."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from viewer.bundled import bundled_root, default_timeline
from viewer.memory import keep_freed_memory
from viewer.qt.document.document import TimelineDocument
from viewer.qt.window.main_window import MainWindow
from viewer.qt.window.settings import ViewerSettings

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


def first_files(file: Path | None, settings: ViewerSettings) -> list[Path]:
    """What to open at start: the file asked for (nothing else: if it cannot be opened, the
    user is told so), else the last file and then the bundled timeline."""
    if file is not None:
        return [file]
    last = settings.last_file()
    return [last, default_timeline()] if last and last.exists() else [default_timeline()]


def build_window(file: Path | None, *, now: dt.date | None = None,
                 settings: ViewerSettings | None = None, background: bool = False) -> MainWindow:
    """The main window with ``file`` (or the last file, or the bundled timeline) open; with
    ``background``, the window comes first and the file opens while it shows."""
    settings = settings or ViewerSettings()
    document = TimelineDocument()
    window = MainWindow(document, settings, now or dt.date.today())
    candidates = first_files(file, settings)
    if background:
        window._restore_view_after_open = file is None
        window.open_path(candidates[0], then=candidates[1:])
        return window
    for path in candidates:
        if window.open_now(path):
            break
    if file is None:
        window.restore_view()
    return window


def run_app(file: Path | None, qt_args: list[str], language: str | None = None) -> int:
    keep_freed_memory()  # edits of a large timeline free and take again much memory
    app = application(qt_args, language=language)
    if language:
        ViewerSettings().set_text("ui/language", language)  # remembered for next time
    window = build_window(file, background=True)
    window.show()
    return app.exec()
