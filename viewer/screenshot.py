"""Renders the main window offscreen to a PNG: for documentation and for looking at changes."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from viewer.domain.files.loading import load_timeline
from viewer.domain.format.problems import TimelineError
from viewer.qt.window.settings import ViewerSettings


def take_screenshot(file: Path, output: Path, size: tuple[int, int], *,
                    select: str | None = None, search: str | None = None,
                    language: str = "en", group: str = "actor", axis: str = "event",
                    view: str = "timeline") -> int:
    try:
        load_timeline(file)  # report bad input as the validator does, before any window
    except TimelineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.app import application, build_window

    app = application(language=language)
    with tempfile.TemporaryDirectory() as folder:
        # A screenshot shows the defaults and leaves the user's settings alone.
        settings = ViewerSettings(QSettings(str(Path(folder) / "shot.ini"),
                                            QSettings.Format.IniFormat))
        window = build_window(file, settings=settings)
        window.set_grouping(group)
        window.set_axis(axis)
        if view == "network":
            window.show_network()
        return _render(app, window, output, size, select, search)


def _wait_for(app, condition, limit: float = 60.0) -> None:
    """Lets the search threads answer (the index builds in the background)."""
    deadline = time.monotonic() + limit
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _render(app, window, output: Path, size: tuple[int, int], select: str | None,
            search: str | None) -> int:
    window.resize(*size)
    window.show()
    app.processEvents()
    if select and not window.document.select_id(select):
        print(f"--select: no event has the id '{select}'", file=sys.stderr)
        return 1
    if search:
        window.search.setText(search)
        _wait_for(app, lambda: (window.document.results is not None
                                and window.document.results.complete)
                  or bool(window.document.query_error))
    if select:
        window.open_selected_source()
    app.processEvents()
    image = window.grab().toImage()
    if not image.save(str(output), "PNG"):
        print(f"cannot write {output}", file=sys.stderr)
        return 1
    print(f"wrote {output} ({image.width()}×{image.height()})", file=sys.stderr)
    window.close()
    return 0
