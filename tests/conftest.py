from __future__ import annotations

import atexit
import copy
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# Before any QApplication exists: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Search indexes are cached in a folder of the test run, never in the user's cache.
os.environ["TIMELINE_VIEWER_CACHE"] = tempfile.mkdtemp(prefix="timeline-viewer-test-cache-")

from viewer.bundled import bundled_root, default_timeline

atexit.register(shutil.rmtree, os.environ["TIMELINE_VIEWER_CACHE"], ignore_errors=True)


@pytest.fixture(autouse=True)
def recovery_folder(tmp_path_factory, monkeypatch) -> Path:
    """Recovery copies of unsaved changes go to a folder of each test, never the user's."""
    folder = tmp_path_factory.mktemp("recovery")
    monkeypatch.setenv("TIMELINE_VIEWER_RECOVERY", str(folder))
    return folder

SEED_TIMELINE = default_timeline()


@pytest.fixture(scope="session")
def seed_raw() -> dict[str, Any]:
    return json.loads(SEED_TIMELINE.read_text(encoding="utf-8"))


@pytest.fixture
def make_timeline(tmp_path: Path, seed_raw: dict[str, Any]) -> Callable[..., Path]:
    """Writes a copy of the seed timeline (and its seeds) after ``change`` edited the raw JSON."""

    def make(change: Callable[[dict[str, Any]], Any] | None = None, *, text: str | None = None,
             name: str = "timeline.json") -> Path:
        seeds = tmp_path / "seeds"
        if not seeds.exists():
            shutil.copytree(bundled_root() / "seeds", seeds)
        folder = tmp_path / "timelines"
        folder.mkdir(exist_ok=True)
        raw = copy.deepcopy(seed_raw)
        raw["sources_dir"] = "../seeds"
        if change is not None:
            change(raw)
        path = folder / name
        path.write_text(text if text is not None else json.dumps(raw, ensure_ascii=False),
                        encoding="utf-8")
        return path

    return make


def event_of(raw: dict[str, Any], event_id: str) -> dict[str, Any]:
    return next(event for event in raw["events"] if event["id"] == event_id)
