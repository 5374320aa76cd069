"""Help ▸ Keyboard Shortcuts and Help ▸ About: what the keys do, and what this program is.

The shortcuts are read off the actions table (so the list cannot drift from the menus) plus
the keys widgets handle themselves; every row is in the interface's language.
"""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def widget_keys() -> list[tuple[str, str]]:
    """Keys the views handle themselves (not menu actions)."""
    return [(tr("Shift+← / Shift+→, Shift+wheel, drag"), tr("pan the timeline")),
            (tr("↑ / ↓, Alt+wheel"), tr("scroll the lanes")),
            (tr("Wheel"), tr("zoom at the pointer")),
            (tr("Enter, F3 / Shift+F3 (in the search box)"), tr("next / previous search hit")),
            (tr("↓ (in the search box), then ↑ / ↓, Enter"), tr("walk the results, open a hit")),
            (tr("Esc (in the search box or the results)"), tr("clear the search")),
            (tr("Tab / Shift+Tab"), tr("move between the panes and controls")),
            (tr("Ctrl+C (in a report)"), tr("copy the selection with its citation"))]


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has a shortcut, then the widgets' keys."""
    rows = []
    for action in actions:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                         for s in action.shortcuts())
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows + widget_keys()


class ShortcutsDialog(QDialog):
    """A table of every key; Esc or Close closes it."""

    def __init__(self, parent: QWidget, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (keys, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode
                                                           .ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)

    @classmethod
    def ask(cls, parent: QWidget, rows: list[tuple[str, str]]) -> None:
        cls(parent, rows).exec()


def about_text() -> str:
    try:
        version = metadata.version("timeline-viewer")
    except metadata.PackageNotFoundError:
        version = tr("unknown (not installed)")
    lines = [tr("A timeline of reported events. Every fact carries the exact passage of the "
                "report it comes from; vague dates stay vague."),
             tr("Version {version}").format(version=version),
             tr("Licence: none has been chosen yet; all rights reserved by its authors."),
             tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(
                 python=platform.python_version(), qt=qVersion(), pyside=pyside_version)]
    return "<p>" + "</p><p>".join(escape(line) for line in lines) + "</p>"


class AboutDialog:
    """The About box (a seam for tests)."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_text())
        box.exec()
