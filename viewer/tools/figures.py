"""How benchmarks sum up their samples."""

from __future__ import annotations

import math
import statistics


def spread(samples: list[float], digits: int = 2) -> dict[str, float]:
    """Median, 95th percentile (nearest rank: the smallest sample at or above 95 % of them)
    and largest of ``samples``, and how many there were: what every benchmark reports."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(0.95 * len(ordered)))
    return {"p50": round(statistics.median(ordered), digits),
            "p95": round(ordered[rank - 1], digits), "max": round(ordered[-1], digits),
            "n": len(ordered)}
