"""Keyboard helpers shared by widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence


def claims_enter(event: QEvent) -> bool:
    """Accepts an Enter or Return shortcut override, so the widget with focus gets the key
    before the window's Enter shortcut ("open the selected event's source") does."""
    if event.type() == QEvent.Type.ShortcutOverride and \
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        event.accept()
        return True
    return False


NAVIGATION = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
              Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class _KeysOfControls(QObject):
    """An event filter for the controls it is installed on."""

    def keep_for(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)


class NavigationKeys(_KeysOfControls):
    """Lets a control keep the arrow keys (and Home, End, Page Up/Down) it uses itself: the
    window's "next event" shortcuts on ← and → would otherwise take them from a slider, a
    text field or a report's caret. Install one on each such control."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in NAVIGATION and \
                not event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.ControlModifier):
            event.accept()
        return False


class UndoFallsThrough(_KeysOfControls):
    """Lets Undo and Redo reach the document from a text field that has nothing of its own
    to undo or redo: a field the editor filled (after New Event from Selection, or after
    Apply) kept Ctrl+Z to itself and did nothing. Typing in the field is undone first, as
    before. Install one on each field (a line edit or a plain text edit)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        undo, redo = event.matches(QKeySequence.StandardKey.Undo), \
            event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        document = getattr(watched, "document", None)
        if callable(document):  # a plain text edit: its document keeps the history
            available = document().isUndoAvailable() if undo else document().isRedoAvailable()
        else:
            available = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        if available:
            return False
        event.ignore()
        return True  # the field does not claim the keys: the window's Undo or Redo runs
