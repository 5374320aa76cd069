"""``timeline-viewer bench --search``: index build time and query latency at several sizes.

Each size is a generated timeline with 1,000 sources. The query set mixes what people type:
one- and two-letter prefixes, words inside compounds, German spellings, phrases, numbers as
written and filters. Each query runs five times after one warm-up; p50/p95 are over all runs.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from viewer.bench import machine
from viewer.domain.generate import generate_timeline
from viewer.domain.loading import load_timeline
from viewer.domain.search_index import SearchIndex

SOURCES = 1000
QUERIES = ("a", "ma", "nord", "geschäft", "Uebernahme", "Boersengang", "vertrag",
           '"bis zu 5"', "1,4", "Milliarden Euro", "kind:neg nord", "actor:rhein amount:>=50bn",
           "after:2020 before:2021 investiert", "outlet:kurier Zusagen", "Vorgang 4711")
REPEAT = 5


def run_search(sizes: list[int], *, as_json: bool, cache: Path | None = None) -> int:
    cache = cache or Path(tempfile.gettempdir()) / "timeline-viewer-bench"
    runs = [measure(size, cache) for size in sizes]
    result = {"machine": machine(), "queries": list(QUERIES), "runs": runs}
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"machine: {result['machine']['cpu']}, {result['machine']['cores']} cores\n")
    print(f"{'events':>8} {'sources':>8} {'build s':>8} {'query p50 ms':>13} {'p95 ms':>8}"
          f" {'slowest':>24}")
    for r in runs:
        print(f"{r['events']:>8,} {r['sources']:>8,} {r['index_build_s']:>8.2f} "
              f"{r['query_ms']['p50']:>13.1f} {r['query_ms']['p95']:>8.1f} "
              f"{r['slowest_query']:>24}")
    return 0


def measure(events: int, cache: Path) -> dict[str, Any]:
    path = cache / f"bench-search-{events}-{SOURCES}.json"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        generate_timeline(events, SOURCES, 1, path)
    loaded = load_timeline(path)
    start = time.perf_counter()
    index = SearchIndex(loaded)
    build = time.perf_counter() - start
    times: list[float] = []
    worst: dict[str, float] = {}
    for query in QUERIES:
        index.search(query)
        for _ in range(REPEAT):
            begin = time.perf_counter()
            index.search(query)
            elapsed = (time.perf_counter() - begin) * 1000
            times.append(elapsed)
            worst[query] = max(worst.get(query, 0.0), elapsed)
    ordered = sorted(times)
    slowest = max(worst, key=worst.get)
    return {"events": events, "sources": SOURCES, "index_build_s": round(build, 3),
            "query_ms": {"p50": round(statistics.median(ordered), 2),
                         "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 2)},
            "slowest_query": slowest, "slowest_ms": round(worst[slowest], 2)}
