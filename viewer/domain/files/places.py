"""Where the program keeps its own files on this machine (never beside a user's files)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_cache(*parts: str) -> Path:
    """The program's folder for files it can rebuild or offer back (search indexes, recovery
    copies): the platform's cache folder, then ``timeline-viewer`` and ``parts``."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base.joinpath("timeline-viewer", *parts)
