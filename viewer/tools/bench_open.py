"""``bench``'s ``open`` figures: opening a timeline in the real main window, as a user does.

Measured on a copy of the generated file whose index has never been built (an empty cache
folder), in the app's own code path (File ▸ Open: a background thread loads, another process
builds the search index):

- ``interactive_s``: from asking to open until the timeline is on screen and the window
  answers input (a posted event is handled within 50 ms), the best of three opens (each with
  a never-built index), as ``load_s`` is the best of three loads; ``handover_s``: until the
  thread that loads had it ready (first open);
- ``first_results_s``: from typing a query (the last key) until its first results are shown;
- ``frame_ms``: the canvas painting (fit all, then panning) at least 60 frames from then on,
  while the index is still being built in the other process; ``frames_while_indexing`` says
  how many of them were. ``index_ready_s``: when the index took over from reading the text.

Everything runs inside the Qt event loop, as in the app: the loop sleeps between events, so
the measurement itself takes nothing from the threads it measures.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from viewer.tools.figures import spread

QUERY = "Übernahme"
ANSWER_WITHIN = 0.05   # a posted event handled this soon: the window answers input
FRAMES = 60
FRAME_GAP_MS = 30      # the event loop runs between frames, as between a user's drags
WINDOW_S = 10.0        # frames are painted during the first ten seconds after opening
WIDTH, HEIGHT = 1600, 900
OPENS = 3              # opens per size; interactive_s is the best, like load_s


class _Probe:
    """Drives one open through its phases on timers; ``result`` is filled when done."""

    def __init__(self, window: Any, path: Path, loop: Any, *, only_open: bool = False) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.window, self.path, self.loop = window, path, loop
        self.only_open = only_open  # stop once the timeline is interactive
        self.QTimer = QTimer
        self.result: dict[str, Any] = {}
        self.paints = 0
        self.frames: list[float] = []
        self.indexing: list[bool] = []
        self.index_ready: float | None = None
        outer = self

        class Paints(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    outer.paints += 1
                return False
        self._filter = Paints()
        window.canvas.installEventFilter(self._filter)
        window.document.search.state_changed.connect(self._on_search_state)
        window.opener.opened.connect(self._on_handover)

    def start(self) -> None:
        self.begin = time.perf_counter()
        self.window.open_path(self.path)
        self._poll(self._on_screen, self._probe_input)

    def _poll(self, ready: Callable[[], bool], then: Callable[[], None]) -> None:
        def check() -> None:
            if ready():
                then()
            else:
                self.QTimer.singleShot(5, check)
        self.QTimer.singleShot(5, check)

    def _on_screen(self) -> bool:
        document = self.window.document
        return document.opened is not None and document.opened.path == self.path and \
            self.paints > 0 and not self.window.opener.busy()

    def _probe_input(self) -> None:
        posted = time.perf_counter()

        def answered() -> None:
            now = time.perf_counter()
            if now - posted <= ANSWER_WITHIN:
                self.result["interactive_s"] = round(now - self.begin, 3)
                if self.only_open:
                    self.loop.quit()
                else:
                    self._type_query()
            else:
                self.QTimer.singleShot(5, self._probe_input)
        self.QTimer.singleShot(0, answered)

    def _type_query(self) -> None:
        document = self.window.document
        self.typed = time.perf_counter()
        self.window.search.setText(QUERY)
        self._poll(lambda: document.results is not None and document.answered_query == QUERY,
                   self._results_shown)

    def _results_shown(self) -> None:
        self.window.results.repaint()  # the pane shows them
        self.result["first_results_s"] = round(time.perf_counter() - self.typed, 3)
        self.result["first_results_read_directly"] = self.window.document.results.read_directly
        self.window.canvas.fit_all()
        self._frame()

    def _frame(self) -> None:
        canvas = self.window.canvas
        count = len(self.frames)
        start = time.perf_counter()
        if count % 40 == 0:
            canvas.fit_all()
        else:
            canvas.pan(-40 if (count // 40) % 2 else 40)
        canvas.repaint()
        self.frames.append((time.perf_counter() - start) * 1000)
        self.indexing.append(self.index_ready is None)
        elapsed = time.perf_counter() - self.begin
        if len(self.frames) < FRAMES or (elapsed < WINDOW_S and self.index_ready is None):
            self.QTimer.singleShot(FRAME_GAP_MS, self._frame)
        else:
            self._finish()

    def _on_handover(self, path: Path, opened: Any) -> None:
        if path == self.path:  # loaded and derived in the thread; the window takes it now
            self.result["handover_s"] = round(time.perf_counter() - self.begin, 3)

    def _on_search_state(self) -> None:
        document = self.window.document
        if document.search.state == "ready" and self.index_ready is None and \
                document.opened is not None and document.opened.path == self.path:
            self.index_ready = time.perf_counter() - self.begin

    def _finish(self) -> None:
        self.result["frame_ms"] = spread(self.frames)
        self.result["frames"] = len(self.frames)
        self.result["frames_while_indexing"] = sum(self.indexing)
        self.result["index_ready_s"] = None if self.index_ready is None else \
            round(self.index_ready, 3)
        self.result["query"] = QUERY
        self.loop.quit()


def open_figures(source: Path, repeat: int = OPENS) -> dict[str, Any]:
    """Opens a copy of ``source`` in a main window, each time with a new, empty index cache:
    once with the whole probe, then ``repeat - 1`` more times up to interactive only.
    ``interactive_s`` is the best of them (as ``load_s`` is the best of three loads), and
    ``interactive_runs_s`` lists them all."""
    result = _open_once(source, only_open=False)
    runs = [result["interactive_s"]]
    runs += [_open_once(source, only_open=True)["interactive_s"] for _ in range(repeat - 1)]
    return {**result, "interactive_s": min(runs), "interactive_runs_s": runs}


def _open_once(source: Path, *, only_open: bool) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.app import build_window
    from viewer.qt.window.settings import ViewerSettings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-open-"))
    with index_cache(folder):
        copy = folder / source.name
        shutil.copyfile(source, copy)
        sources = source.with_name(source.stem + "-sources")
        (folder / sources.name).symlink_to(sources.resolve(), target_is_directory=True)
        settings = ViewerSettings(QSettings(str(folder / "settings.ini"),
                                            QSettings.Format.IniFormat))
        window = build_window(None, settings=settings)  # the bundled timeline, as at start
        window.resize(WIDTH, HEIGHT)
        window.show()
        app.processEvents()
        loop = QEventLoop()
        probe = _Probe(window, copy, loop, only_open=only_open)
        QTimer.singleShot(0, probe.start)
        QTimer.singleShot(120_000, loop.quit)  # never hang a benchmark
        loop.exec()
        window.document.search.close()
        window.close()
        QThreadPool.globalInstance().waitForDone()  # nothing of this window runs on later
        app.processEvents()
        return probe.result


@contextlib.contextmanager
def index_cache(folder: Path) -> Iterator[None]:
    """Search indexes go to ``index-cache`` in ``folder`` meanwhile (never built there
    before); the folder is removed afterwards."""
    previous = os.environ.get("TIMELINE_VIEWER_CACHE")
    os.environ["TIMELINE_VIEWER_CACHE"] = str(folder / "index-cache")
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("TIMELINE_VIEWER_CACHE", None)
        else:
            os.environ["TIMELINE_VIEWER_CACHE"] = previous
        shutil.rmtree(folder, ignore_errors=True)
