"""Where the bundled timeline and its seed reports live, in a checkout and in a wheel."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled_root() -> Path:
    """The wheel ships ``resources/`` and ``seeds/`` under ``viewer/_bundled``; a checkout has
    them beside the package."""
    packaged = PACKAGE / "_bundled"
    return packaged if packaged.is_dir() else PACKAGE.parent


def default_timeline() -> Path:
    return bundled_root() / "resources" / "timelines" / "openai-funding.json"


def icon_file(name: str) -> Path:
    """A bundled SVG icon (used where the desktop's icon theme has none)."""
    return bundled_root() / "resources" / "icons" / f"{name}.svg"


def schema_file() -> Path:
    return bundled_root() / "resources" / "timeline.schema.json"
