"""Counts written the way the interface's language writes them (1,731 in English, 1.731 in
German): the default QLocale is set to the interface language when translations load."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count(number: int) -> str:
    return QLocale().toString(int(number))


def ui_language() -> str:
    """The interface's language for the Qt-free wording ("de" or "en"): the default QLocale is
    set to it when translations load."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def title_of(event) -> str:
    """An event's title in the interface's language, where the file gives one."""
    return event.title_de if ui_language() == "de" and event.title_de else event.title
