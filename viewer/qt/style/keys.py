"""Keyboard helpers shared by widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt


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


class NavigationKeys(QObject):
    """Lets a control keep the arrow keys (and Home, End, Page Up/Down) it uses itself: the
    window's "next event" shortcuts on ← and → would otherwise take them from a slider, a
    text field or a report's caret. Install one on each such control."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in NAVIGATION and \
                not event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.ControlModifier):
            event.accept()
        return False

    def keep_for(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)
