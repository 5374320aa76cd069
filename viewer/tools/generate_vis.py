"""A vis-timeline item array for ``bench --file``: the same items another tool would draw.

Deterministic per seed: ``events`` items over 25 years in twenty groups, three in ten of them
ranges of up to 200 days, as vis-timeline's own examples write them (ISO dates, numeric ids).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

FIRST = dt.date(2000, 1, 1)
GROUPS = 20


def generate_vis(events: int, seed: int, output: Path) -> Path:
    chance = random.Random(seed)
    items = []
    for number in range(1, events + 1):
        start = FIRST + dt.timedelta(days=chance.randint(0, 9000))
        item = {"id": number, "content": f"item {number}", "start": start.isoformat(),
                "group": chance.randint(1, GROUPS)}
        if chance.random() < 0.3:
            item["end"] = (start + dt.timedelta(days=chance.randint(1, 200))).isoformat()
        items.append(item)
    groups = [{"id": group, "content": f"Team {group}"} for group in range(1, GROUPS + 1)]
    output.write_text(json.dumps({"groups": groups, "items": items}), encoding="utf-8")
    return output
