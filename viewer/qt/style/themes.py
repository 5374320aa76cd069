"""View ▸ Theme: follow the system, or always light, or always dark.

Qt 6 lets an application ask for a colour scheme (``QStyleHints.setColorScheme``), but not
every platform theme follows the request (a plain X11 session does not). So a chosen scheme
also sets the Fusion style with a matching palette, which every platform draws the same; the
system choice puts back the style and palette the application started with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_ORIGINAL: dict[str, object] = {}


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, (45, 45, 48)), (roles.WindowText, (230, 230, 230)),
                        (roles.Base, (30, 30, 32)), (roles.AlternateBase, (40, 40, 44)),
                        (roles.Text, (230, 230, 230)), (roles.Button, (52, 52, 56)),
                        (roles.ButtonText, (230, 230, 230)), (roles.Highlight, (61, 142, 201)),
                        (roles.HighlightedText, (255, 255, 255)), (roles.Mid, (90, 90, 96)),
                        (roles.PlaceholderText, (150, 150, 155)), (roles.ToolTipBase, (45, 45, 48)),
                        (roles.ToolTipText, (230, 230, 230)), (roles.Link, (110, 170, 230))):
        palette.setColor(role, QColor(*color))
    return palette


def apply_theme(theme: str) -> None:
    """Switches the whole application to ``theme`` (one of :data:`THEMES`)."""
    app = QApplication.instance()
    if app is None or theme not in THEMES:
        return
    if not _ORIGINAL:
        _ORIGINAL.update(style=app.style().name(), palette=QPalette(app.palette()))
    hints = QGuiApplication.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setStyle(QStyleFactory.create(str(_ORIGINAL["style"])))
        app.setPalette(_ORIGINAL["palette"])
        return
    hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if theme == "dark" else
                   QStyleFactory.create("Fusion").standardPalette())
