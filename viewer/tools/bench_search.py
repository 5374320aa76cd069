"""``timeline-viewer bench --search``: index build time and query latency at several sizes.

Each size is a generated timeline with 1,000 sources. The query set mixes what people type:
one- and two-letter prefixes, words inside compounds, German spellings, phrases, numbers as
written and filters. Each query runs five times after one warm-up; p50/p95 are over all runs.

Two latencies per query, as the app answers twice: ``first`` is the time until the results
pane can show the earliest hits (what a typing user waits for), ``complete`` the time to count
every match and know every matching event (what the timeline's dimming waits for; it runs in
the background and is interrupted when the user types on). The index is timed built from
scratch and opened from the content-hash cache.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from viewer.domain.files.loading import load_timeline
from viewer.domain.search.index import SearchIndex
from viewer.tools.bench import machine
from viewer.tools.figures import spread
from viewer.tools.generate import generate_timeline

SOURCES = 1000
QUERIES = ("a", "ma", "nord", "geschäft", "Uebernahme", "Boersengang", "vertrag",
           '"bis zu 5"', "1,4", "Milliarden Euro", "kind:neg nord", "actor:rhein amount:>=50bn",
           "after:2020 before:2021 investiert", "outlet:kurier Zusagen", "Vorgang 4711")
REPEAT = 5


def run_search(sizes: list[int], *, as_json: bool, cache: Path | None = None) -> int:
    cache = cache or Path(tempfile.gettempdir()) / "timeline-viewer-bench"
    runs = [measure(size, cache) for size in sizes]
    result = {"machine": machine(), "queries": list(QUERIES), "runs": runs}
    if len(runs) > 1:
        small, large = runs[0], runs[-1]
        result["ratios"] = {
            f"{mode} {stat}": round(large[mode + "_ms"][stat] / small[mode + "_ms"][stat], 2)
            for mode in ("first", "complete") for stat in ("p50", "p95")}
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"machine: {result['machine']['cpu']}, {result['machine']['cores']} cores\n")
    print(f"{'events':>8} {'build s':>8} {'cached s':>9} {'first p50':>10} {'p95 ms':>7}"
          f" {'complete p50':>13} {'p95 ms':>7}  slowest first / complete")
    for r in runs:
        print(f"{r['events']:>8,} {r['index_build_s']:>8.2f} {r['index_cached_s']:>9.2f} "
              f"{r['first_ms']['p50']:>10.2f} {r['first_ms']['p95']:>7.2f} "
              f"{r['complete_ms']['p50']:>13.2f} {r['complete_ms']['p95']:>7.2f}  "
              f"{r['first_slowest']} / {r['complete_slowest']}")
    if "ratios" in result:
        print(f"\n{runs[-1]['events']:,} over {runs[0]['events']:,}: " + ", ".join(
            f"{name} {value}" for name, value in result["ratios"].items()))
    return 0


def measure(events: int, cache: Path) -> dict[str, Any]:
    path = cache / f"bench-search-{events}-{SOURCES}.json"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        generate_timeline(events, SOURCES, 1, path)
    loaded = load_timeline(path)
    indexes = Path(tempfile.mkdtemp(prefix="bench-search-index-"))
    try:
        start = time.perf_counter()
        SearchIndex(loaded, indexes)  # built from scratch, then written to the cache
        build = time.perf_counter() - start
        start = time.perf_counter()
        index = SearchIndex(loaded, indexes)
        cached = time.perf_counter() - start
        assert index.from_cache
    finally:
        shutil.rmtree(indexes, ignore_errors=True)
    result: dict[str, Any] = {"events": events, "sources": SOURCES,
                              "documents": index.doc_count,
                              "index_build_s": round(build, 3), "index_cached_s": round(cached, 3)}
    for mode, ask in (("first", index.first), ("complete", index.search)):
        times: list[float] = []
        worst: dict[str, float] = {}
        for query in QUERIES:
            ask(query)
            for _ in range(REPEAT):
                begin = time.perf_counter()
                ask(query)
                elapsed = (time.perf_counter() - begin) * 1000
                times.append(elapsed)
                worst[query] = max(worst.get(query, 0.0), elapsed)
        slowest = max(worst, key=worst.get)
        result[mode + "_ms"] = spread(times)
        result[mode + "_slowest"] = f"{slowest} {worst[slowest]:.2f} ms"
    return result
