"""``timeline-viewer bench``: load, paint, step and memory figures at several sizes.

Each size runs in a fresh subprocess (so memory figures do not mix) on a generated timeline
(cached between runs). Paint is timed by rendering the real canvas widget into a 1600×900 image
offscreen: a frame at a zoom level includes making its layout; panning reuses layouts as the
canvas does. Each level draws a few warm-up frames first (font and pixmap caches), then 40
timed ones. The figures are measurements, never assertions.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from viewer.domain.files.loading import load_timeline
from viewer.domain.story.open_timeline import open_timeline
from viewer.tools.bench_open import index_cache, open_figures
from viewer.tools.figures import spread
from viewer.tools.generate import generate_timeline

WIDTH, HEIGHT = 1600, 900
WARM_UP = 3  # frames drawn before timing starts at each level
TODAY = dt.date(2026, 11, 22)


def sources_for(events: int) -> int:
    """One source per hundred events (1,000 sources at 100,000), at least ten."""
    return max(10, events // 100)


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in _lines("/proc/meminfo")
                   if line.startswith("MemTotal")), "0")
    from PySide6 import __version__ as pyside

    from viewer.memory import kept

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(int(memory) / 2**20, 1),
            "python": platform.python_version(), "pyside6": pyside, "os": platform.platform(),
            "freed_memory_kept": kept}


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def run(sizes: list[int], *, as_json: bool, cache: Path | None = None,
        file: Path | None = None) -> int:
    """Measures each size on a generated timeline, or with ``file`` that one timeline (ours,
    or another tool's file, imported first)."""
    cache = cache or Path(tempfile.gettempdir()) / "timeline-viewer-bench"
    runs = []
    for size in [0] if file is not None else sizes:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        extra = ["--file", str(file.resolve())] if file is not None else []
        done = subprocess.run([sys.executable, "-m", "viewer", "bench-one", str(size),
                               "--cache", str(cache), *extra], env=env, capture_output=True,
                              text=True, check=False)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        runs.append(json.loads(done.stdout))
        if not as_json:
            print(f"measured {runs[-1]['events']:,} events"
                  + (f" of {file.name}" if file is not None else ""), file=sys.stderr)
    result = {"machine": machine(), "runs": runs}
    print(json.dumps(result, indent=2) if as_json else table(result))
    return 0


def table(result: dict[str, Any]) -> str:
    rows = [f"machine: {result['machine']['cpu']}, {result['machine']['cores']} cores, "
            f"Python {result['machine']['python']}, PySide6 {result['machine']['pyside6']}", "",
            f"{'events':>8} {'load s':>7} {'json s':>7} {'ratio':>6} "
            f"{'all p50/p95 ms':>15} {'year':>13} {'week':>13} {'pan':>13} "
            f"{'next ms':>8} {'RSS MB':>7}"]
    for r in result["runs"]:
        paints = [f"{r['paint_ms'][k]['p50']:.1f}/{r['paint_ms'][k]['p95']:.1f}"
                  for k in ("all", "year", "week", "pan")]
        rows.append(f"{r['events']:>8,} {r['load_s']:>7.2f} {r['json_loads_s']:>7.2f} "
                    f"{r['load_s'] / r['json_loads_s']:>6.1f} {paints[0]:>15} {paints[1]:>13} "
                    f"{paints[2]:>13} {paints[3]:>13} {r['next_event_ms']:>8.1f} "
                    f"{r['rss_mb']:>7.0f}")
    rows += ["", "opening in the main window, index never built (frames while it is built):",
             f"{'events':>8} {'interactive s':>14} {'×load':>6} {'first results s':>16} "
             f"{'frame p50/p95 ms':>17} {'frames':>7} {'index ready s':>14}"]
    for r in result["runs"]:
        o = r["open"]
        frames = f"{o['frame_ms']['p50']:.1f}/{o['frame_ms']['p95']:.1f}"
        ready = f"{o['index_ready_s']:.1f}" if o["index_ready_s"] is not None else "later"
        rows.append(f"{r['events']:>8,} {o['interactive_s']:>14.2f} "
                    f"{o['interactive_s'] / r['load_s']:>6.2f} {o['first_results_s']:>16.3f} "
                    f"{frames:>17} {o['frames_while_indexing']:>3}/{o['frames']:<3} "
                    f"{ready:>14}")
    return "\n".join(rows)


def timeline_to_measure(file: Path, cache: Path) -> Path:
    """``file`` itself when it is a timeline of ours, else its import (kept in ``cache``)."""
    from viewer.domain.files.saving import save_timeline
    from viewer.domain.interchange.formats import foreign_format, import_file

    if not foreign_format(file):
        return file
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"imported-{file.stem}.json"
    save_timeline(path, import_file(file).timeline)
    return path


def measure_one(events: int, cache: Path, file: Path | None = None) -> dict[str, Any]:
    """The figures for one size (or for ``file``); runs inside the subprocess ``run``
    starts."""
    if file is not None:
        path = timeline_to_measure(file, cache)
    else:
        path = cache / f"bench-{events}-{sources_for(events)}.json"
        if not path.exists():
            cache.mkdir(parents=True, exist_ok=True)
            generate_timeline(events, sources_for(events), 1, path)
    data = path.read_bytes()
    json_loads = _best(lambda: json.loads(data))
    load = _best(lambda: load_timeline(path))
    opened = open_timeline(path, keep=True)
    events = len(opened.events)
    with index_cache(Path(tempfile.mkdtemp(prefix="bench-index-"))):  # built while painting
        paint, next_event = _paint_figures(opened)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sources = len(opened.sources)
    del opened
    gc.collect()
    return {"events": events, "sources": sources,
            "file": str(file) if file is not None else None,
            "load_s": round(load, 3),
            "json_loads_s": round(json_loads, 3), "paint_ms": paint,
            "next_event_ms": next_event, "rss_mb": round(rss, 1),
            "open": open_figures(path)}


def _best(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def _paint_figures(opened) -> tuple[dict[str, dict[str, float]], float]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from viewer.domain.timeline.timescale import TimeScale
    from viewer.qt.document.document import TimelineDocument
    from viewer.qt.timeline.canvas import TimelineCanvas

    app = QApplication.instance() or QApplication([])
    document = TimelineDocument()
    canvas = TimelineCanvas(document, TODAY)
    canvas.resize(WIDTH, HEIGHT)
    document.set_open(opened)
    canvas.set_grouping(opened.natural_grouping())  # as the window opens it
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    middle = float(sorted(canvas.first_days())[len(document.items) // 2])

    def level(days: float) -> Callable[[], None]:
        return lambda: canvas.set_scale(TimeScale.fitted(
            middle - days / 2, middle + days / 2, WIDTH, margin=0, warp=canvas.scale().warp))

    def frame(change: Callable[[], None]) -> float:
        start = time.perf_counter()
        change()
        canvas.render(image)
        return (time.perf_counter() - start) * 1000

    def fresh(change: Callable[[], None]) -> Callable[[], None]:
        def again() -> None:
            canvas.forget_layout()  # each frame makes its layout, as after a zoom
            change()
        return again

    def frames(change: Callable[[], None], count: int = 40) -> dict[str, float]:
        for _ in range(WARM_UP):  # glyph and pixmap caches fill on the first frames
            frame(change)
        return spread([frame(change) for _ in range(count)])

    paint = {"all": frames(fresh(canvas.fit_all)), "year": frames(fresh(level(365.25))),
             "week": frames(fresh(level(7)))}
    level(365.25)()
    for _ in range(WARM_UP):
        frame(lambda: canvas.pan(0.5))
    script = [lambda: canvas.pan(-40)] * 30 + [lambda: canvas.zoom(1.1)] * 10 + \
        [lambda: canvas.pan(40)] * 30 + [lambda: canvas.zoom(1 / 1.1)] * 10
    paint["pan"] = spread([frame(step) for step in script])
    document.select(document.order[len(document.order) // 2])
    steps = [frame(lambda: document.step(+1)) for _ in range(50)]
    app.processEvents()
    document.search.close()
    QThreadPool.globalInstance().waitForDone()  # nothing of this document runs on later
    app.processEvents()
    return paint, spread(steps)["p95"]

