"""Typed access to what persists between runs (QSettings: window, splitters, view, files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class ViewerSettings:
    """A thin wrapper so that keys and types live in one place."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        return value in (True, "true", "1", 1) if value is not None else default

    def number(self, key: str) -> float | None:
        try:
            return float(self._settings.value(key))
        except (TypeError, ValueError):
            return None

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    def recent_files(self) -> list[Path]:
        value = self._settings.value("files/recent", [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(name) for name in names if name]

    def add_recent(self, path: Path) -> list[Path]:
        path = path.resolve()
        recent = [path] + [p for p in self.recent_files() if p != path]
        recent = recent[:MAX_RECENT]
        self._settings.setValue("files/recent", [str(p) for p in recent])
        self._settings.setValue("files/last", str(path))
        return recent

    def last_file(self) -> Path | None:
        name = self.text("files/last")
        return Path(name) if name else None

    def sync(self) -> None:
        self._settings.sync()
