"""``timeline-viewer bench --suggest``: how good and how fast the suggested events are.

Quality: the two bundled German reports against the bundled timeline's events, and reports
in the style of wire copy written for this purpose (``resources/evaluation/suggest-en``: three
English ones the rules were written against, two pairs each run once unseen and then used for
fixes, and a pair held out, written after the rules were last changed), against the events a
reader expects. An expected event is found when a candidate's passage overlaps one of its
quotes and the candidate's days overlap its days; a candidate is right when it finds one.
Recall = found / expected, precision = right candidates / candidates. The suggester runs as on
a new timeline: no entities, no events.

Speed: a synthetic German report of about 10,000 words (every sentence a development, the
worst case), suggested five times against its timeline's entities and events; the figure is
the median. Then the same report read by the review dock of a window, with how long the GUI
thread waited at most meanwhile.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.bundled import bundled_root, default_timeline
from viewer.domain.authoring.suggest import Candidate, suggest
from viewer.domain.files.loading import load_timeline
from viewer.domain.format.model import VagueDate
from viewer.domain.wording.dates import resolve_date
from viewer.tools.bench import machine

EVENTS = 500  # the synthetic timeline whose one report (about 10,000 words) is read
REPEAT = 5


@dataclass(frozen=True)
class Expected:
    name: str
    quotes: list[tuple[int, int]]
    first: dt.date | None
    last: dt.date | None


def run_suggest(*, as_json: bool) -> int:
    result = {"machine": machine(), "bundled": bundled_quality(),
              "english": english_quality("reports"), "second": english_quality("second"),
              "third": english_quality("third"), "held_out": english_quality("held_out"),
              "speed": speed()}
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    for name in ("bundled", "english", "second", "third", "held_out"):
        figures = result[name]
        print(f"{name}: {figures['candidates']} candidates for {figures['expected']} events "
              f"({figures['per_event']} per event); recall {figures['recall']:.0%}, precision "
              f"{figures['precision']:.0%}; missed: {', '.join(figures['missed']) or 'none'}")
    speed_figures = result["speed"]
    print(f"speed: {speed_figures['words']:,} words, {speed_figures['candidates']} candidates, "
          f"median {speed_figures['median_s']} s of {REPEAT} runs; in the window the GUI "
          f"thread's longest wait while it read {speed_figures['window']['longest_wait_ms']} ms "
          f"(reading took {speed_figures['window']['reading_s']} s)")
    return 0


def bundled_quality() -> dict[str, Any]:
    loaded = load_timeline(default_timeline())
    found: list[tuple[str, list[Candidate]]] = []
    expected: list[tuple[str, Expected]] = []
    for source in loaded.timeline.sources:
        found.append((source.id, suggest(loaded.texts[source.id], published=source.published,
                                         source_id=source.id, language=source.language)))
        for event in loaded.timeline.events:
            quotes = [(q.start, q.end) for q in event.quotes if q.source == source.id]
            if quotes:
                expected.append((source.id, Expected(event.id, quotes, event.date.start,
                                                     event.date.end)))
    return _figures(found, expected, len(loaded.timeline.events))


def english_quality(part: str = "reports") -> dict[str, Any]:
    """The written set's ``part``: "reports" (English, the rules were written against them),
    "second" and "third" (English and German, each run once unseen, then used for fixes) or
    "held_out" (English and German, written after the rules were last changed)."""
    folder = bundled_root() / "resources" / "evaluation" / "suggest-en"
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    found: list[tuple[str, list[Candidate]]] = []
    expected: list[tuple[str, Expected]] = []
    total = 0
    for report in spec[part]:
        text = (folder / report["file"]).read_text(encoding="utf-8")
        published = resolve_date(report["published"], None)
        found.append((report["file"], suggest(text, published=published,
                                              source_id=report["file"],
                                              language=report["language"])))
        for event in report["events"]:
            start = text.index(event["quote"])
            expected.append((report["file"], Expected(
                f"{report['file']}: {event['what']}", [(start, start + len(event["quote"]))],
                dt.date.fromisoformat(event["first"]), dt.date.fromisoformat(event["last"]))))
            total += 1
    return _figures(found, expected, total)


def _figures(found: list[tuple[str, list[Candidate]]], expected: list[tuple[str, Expected]],
             events: int) -> dict[str, Any]:
    hit_events: set[str] = set()
    right = 0
    candidates = 0
    for report, proposed in found:
        for candidate in proposed:
            candidates += 1
            matched = [e.name for where, e in expected if where == report and _finds(candidate, e)]
            hit_events.update(matched)
            right += bool(matched)
    names = list(dict.fromkeys(e.name for _, e in expected))
    return {"expected": events, "candidates": candidates,
            "per_event": round(candidates / max(events, 1), 2),
            "recall": round(len(hit_events) / max(events, 1), 3),
            "precision": round(right / max(candidates, 1), 3),
            "missed": [name for name in names if name not in hit_events]}


def _finds(candidate: Candidate, expected: Expected) -> bool:
    overlaps = any(a < q_end and q_start < b for a, b in candidate.quotes
                   for q_start, q_end in expected.quotes)
    return overlaps and _days_meet(candidate.date, expected.first, expected.last)


def _days_meet(date: VagueDate, first: dt.date | None, last: dt.date | None) -> bool:
    return (date.start is None or last is None or date.start <= last) and \
        (first is None or date.end is None or first <= date.end)


def speed() -> dict[str, Any]:
    from viewer.tools.generate import generate_timeline

    folder = Path(tempfile.mkdtemp(prefix="bench-suggest-"))
    path = generate_timeline(EVENTS, 1, 7, folder / "t.json")  # one report of ~10,000 words
    loaded = load_timeline(path)
    source = loaded.timeline.sources[0]
    text = loaded.texts[source.id]
    words = len(text.split())
    times, count = [], 0
    for _ in range(REPEAT):
        start = time.perf_counter()
        count = len(suggest(text, published=source.published, source_id=source.id,
                            language="de", entities=loaded.timeline.entities,
                            events=loaded.timeline.events))
        times.append(time.perf_counter() - start)
    return {"words": words, "candidates": count, "median_s": round(statistics.median(times), 3),
            "runs_s": [round(t, 3) for t in times], "window": _in_window(path, source.id)}


def _in_window(path: Path, source_id: str) -> dict[str, Any]:
    """The same report read by the review dock of a window (in a pool thread): how long the
    GUI thread waited at most between two turns of a 5 ms timer meanwhile."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.app import build_window
    from viewer.qt.window.settings import ViewerSettings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-suggest-window-"))
    settings = ViewerSettings(QSettings(str(folder / "settings.ini"),
                                        QSettings.Format.IniFormat))
    window = build_window(path, settings=settings)
    window.resize(1600, 900)
    window.show()
    deadline = time.perf_counter() + 120
    while window.document.search.state != "ready" and time.perf_counter() < deadline:
        app.processEvents()  # the file's index is built first: no other process meanwhile
        time.sleep(0.005)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    pane = window.suggestions
    start = time.perf_counter()
    pane.suggest_for(source_id)
    last[0] = time.perf_counter()
    timer.start()
    while pane.busy() and time.perf_counter() - start < 60:
        app.processEvents()
        time.sleep(0.001)
    reading = time.perf_counter() - start
    timer.stop()
    window.document.search.close()
    window.close()
    return {"reading_s": round(reading, 3), "candidates": len(pane.candidates()),
            "longest_wait_ms": round(max(gaps, default=0.0) * 1000, 1),
            "timer_turns": len(gaps)}
