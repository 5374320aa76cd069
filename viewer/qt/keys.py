"""Keyboard helpers shared by widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt


def claims_enter(event: QEvent) -> bool:
    """Accepts an Enter or Return shortcut override, so the widget with focus gets the key
    before the window's Enter shortcut ("open the selected event's source") does."""
    if event.type() == QEvent.Type.ShortcutOverride and \
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        event.accept()
        return True
    return False
