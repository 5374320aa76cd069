"""``timeline-viewer bench --edit``: what an edit costs on a large timeline, until the canvas
has repainted, and what a save costs against ``json.dumps`` of the same data.

For each size, in a process of its own, in the main window (1600×900, offscreen) with the file
open and its search index built: a new event from a passage of a report, a change of its date,
undo and redo, each timed from the call to the end of the canvas's next paint with every view
of the window brought up to date, 60 times each after a first round that is reported apart
(the first edit after opening pays for what is made once: patterns compiled, a lane laid out);
after each round, a search for the new event's title, timed until its complete answer is shown
(the index follows the edits, see :mod:`viewer.domain.search.overlay`). The same steps with
the canvas alone. Then Save As into a temporary folder, three times, against
``json.dumps(indent=2)`` of the same timeline as plain data. Figures, never assertions.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from viewer.domain.authoring.adding import date_for, event_from_quote
from viewer.domain.authoring.edits import changed, with_event, with_event_replaced
from viewer.domain.authoring.passages import quote_at
from viewer.domain.format.model import Event
from viewer.tools.bench import HEIGHT, WIDTH, machine, sources_for
from viewer.tools.bench_open import index_cache
from viewer.tools.figures import spread
from viewer.tools.generate import generate_timeline

REPEAT = 60  # rounds after the first: a 95th percentile of 20 would be their largest


def run_edit(sizes: list[int], *, as_json: bool, cache: Path | None = None) -> int:
    """Each size in a process of its own (as the paint figures are): a size measured after
    another in one process inherits its heap and its Qt state, and the app opens one file
    in a fresh process."""
    cache = cache or Path(tempfile.gettempdir()) / "timeline-viewer-bench"
    runs = []
    for size in sizes:
        done = subprocess.run([sys.executable, "-m", "viewer", "bench-one", str(size),
                               "--cache", str(cache), "--edit"], env=dict(os.environ),
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        runs.append(json.loads(done.stdout))
    result = {"machine": machine(), "runs": runs}
    if as_json:
        print(json.dumps(result, indent=2))
    else:
        for run in runs:
            steps = ", ".join(f"{name} p50/p95 {s['p50']}/{s['p95']} ms"
                              for name, s in run["edit_ms"].items())
            steps += f" (search {run['search_state']})"
            alone = ", ".join(f"{name} {s['p50']}/{s['p95']}"
                              for name, s in run["canvas_alone_ms"].items())
            first = ", ".join(f"{name} {value}" for name, value in run["first_round_ms"].items())
            print(f"{run['events']:,} events, in the window: {steps}; first round: {first} ms; "
                  f"the canvas alone: {alone} ms; save {run['save_s']} s, json.dumps "
                  f"{run['json_dumps_s']} s (ratio {run['save_ratio']})")
    return 0


def measure_edit(events: int, cache: Path) -> dict[str, Any]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    path = cache / f"bench-{events}-{sources_for(events)}.json"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        generate_timeline(events, sources_for(events), 1, path)
    app = QApplication.instance() or QApplication([])
    samples, state, save_s, dumps_s = _in_the_window(app, path)
    # The window and its 60 rounds of snapshots are gone before the canvas is measured alone
    # (kept, they made its figures slower than the window's).
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    alone = _canvas_alone(path)
    return {"events": events, "repeat": REPEAT, "search_state": state,
            "edit_ms": {name: spread(values[1:], 1) for name, values in samples.items()},
            "first_round_ms": {name: round(values[0], 1) for name, values in samples.items()},
            "canvas_alone_ms": {name: spread(values[1:], 1) for name, values in alone.items()},
            "canvas_alone_first_round_ms": {name: round(values[0], 1)
                                            for name, values in alone.items()},
            "save_s": round(save_s, 3), "json_dumps_s": round(dumps_s, 3),
            "save_ratio": round(save_s / dumps_s, 2)}


def _in_the_window(app: Any, path: Path) -> tuple[dict[str, list[float]], str, float, float]:
    """The rounds in the main window, the search state after them, and the save figures."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings

    from viewer.app import build_window
    from viewer.qt.window.settings import ViewerSettings

    folder = Path(tempfile.mkdtemp(prefix="bench-edit-"))
    with index_cache(folder):
        settings = ViewerSettings(QSettings(str(folder / "settings.ini"),
                                            QSettings.Format.IniFormat))
        window = build_window(path, now=dt.date(2026, 11, 22), settings=settings)
        window.resize(WIDTH, HEIGHT)
        window.show()
        document, canvas = window.document, window.canvas
        _wait(app, lambda: document.search.state == "ready", 300)  # the steady state

        class Paints(QObject):
            count = 0

            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False
        paints = Paints()
        canvas.installEventFilter(paints)

        def timed(step) -> float:
            """From the call to the end of the canvas's next paint, with every view of the
            window brought up to date (the list, the details, the report, the overview)."""
            before = paints.count
            start = time.perf_counter()
            step()
            app.processEvents()
            if paints.count == before:  # nothing asked the canvas to paint yet: it paints now
                canvas.repaint()
            return (time.perf_counter() - start) * 1000

        clock = QElapsedTimer()

        def searched(query: str) -> float:
            """Until the complete answer to ``query`` of the edited timeline is shown (asked
            at once, as Enter does: without the pause that waits for more typing)."""
            clock.start()
            document.set_query(query)
            document.search.ask_now()
            _wait(app, lambda: document.answered_query == query and document.results
                  is not None and document.results.complete, 60)
            return clock.nsecsElapsed() / 1e6

        def search_after(number: int) -> float:
            taken = searched(f"Benchmark event {number}")
            document.set_query("")
            return taken
        samples = _rounds(document, timed, search_after)
        state = document.search.state
        save_s, dumps_s = _save_figures(document)
        document.search.close()
        document.undo_stack.setClean()  # the benchmark's edits are not to be kept
        document.undo_stack.clear()
        window.close()
        window.deleteLater()
    return samples, state, save_s, dumps_s


def _canvas_alone(path: Path) -> dict[str, list[float]]:
    """The same steps with the document and the canvas alone (no list, details, report or
    overview), rendered into a 1600×900 image: what the canvas itself costs."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from viewer.domain.story.open_timeline import open_timeline
    from viewer.qt.document.document import TimelineDocument
    from viewer.qt.timeline.canvas import TimelineCanvas

    app = QApplication.instance() or QApplication([])
    with index_cache(Path(tempfile.mkdtemp(prefix="bench-index-"))):
        document = TimelineDocument()
        canvas = TimelineCanvas(document, dt.date(2026, 11, 22))
        canvas.resize(WIDTH, HEIGHT)
        document.set_open(open_timeline(path, keep=True))
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.render(image)
        _wait(app, lambda: document.search.state == "ready", 300)  # no indexing meanwhile

        def timed(step) -> float:
            start = time.perf_counter()
            step()
            app.processEvents()
            canvas.render(image)
            return (time.perf_counter() - start) * 1000

        samples = _rounds(document, timed)
        document.search.close()
    return samples


def _rounds(document: Any, timed: Callable[[Callable[[], object]], float],
            search_after: Callable[[int], float] | None = None) -> dict[str, list[float]]:
    """``REPEAT`` + 1 rounds of the four steps, each timed by ``timed`` (the first round is
    reported apart); with ``search_after``, a search after each round."""
    samples: dict[str, list[float]] = {"new_event": [], "edit_date": [], "undo": [],
                                       "redo": []}
    if search_after is not None:
        samples["search_after_edit"] = []
    for number in range(REPEAT + 1):
        made: list[str] = []
        samples["new_event"].append(timed(lambda n=number, m=made: m.append(
            _new_event(document, n))))
        samples["edit_date"].append(timed(lambda m=made: _edit_date(document, m[0])))
        samples["undo"].append(timed(document.undo_stack.undo))
        samples["redo"].append(timed(document.undo_stack.redo))
        if search_after is not None:
            samples["search_after_edit"].append(search_after(number))
    return samples


def _wait(app: Any, done, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the benchmark waited too long for the window")
        app.processEvents()
        time.sleep(0.002)


def _new_event(document: Any, number: int) -> str:
    opened = document.opened
    source = opened.timeline.sources[number % len(opened.timeline.sources)]
    text = opened.texts[source.id]
    quote = quote_at(source.id, text, 0, min(len(text), 120))
    event = event_from_quote(opened.timeline, opened.texts, quote,
                             title=f"Benchmark event {number}", event_id=f"bench-{number}",
                             date=date_for("im Oktober 2025", source), ids=opened.ids)
    document.edit(f"New Event {number}", with_event(opened.timeline, event, ids=opened.ids),
                  select=event.id)
    return event.id


def _edit_date(document: Any, event_id: str) -> None:
    opened = document.opened
    event = opened.events[opened.ids[event_id]]
    source = opened.sources[event.quotes[0].source]
    new = changed(event, Event, date=date_for("im November 2025", source))
    document.edit("Edit Event", with_event_replaced(opened.timeline, event_id, new,
                                                    at=opened.ids[event_id]), select=event_id)


def _save_figures(document: Any) -> tuple[float, float]:
    folder = Path(tempfile.mkdtemp(prefix="bench-save-"))
    saves, dumps = [], []
    data = msgspec.to_builtins(document.opened.timeline)
    for _ in range(3):
        start = time.perf_counter()
        document.save(folder / "saved.json")
        saves.append(time.perf_counter() - start)
        start = time.perf_counter()
        json.dumps(data, ensure_ascii=False, indent=2)
        dumps.append(time.perf_counter() - start)
    return min(saves), min(dumps)


if __name__ == "__main__":  # pragma: no cover - for profiling by hand
    sys.exit(run_edit([int(sys.argv[1])], as_json=True))
