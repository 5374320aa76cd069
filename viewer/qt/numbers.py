"""Counts written the way the interface's language writes them (1,731 in English, 1.731 in
German): the default QLocale is set to the interface language when translations load."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count(number: int) -> str:
    return QLocale().toString(int(number))
