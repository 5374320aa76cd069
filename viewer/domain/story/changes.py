"""Which events an edit changed, found by identity.

An edit builds the next snapshot from the last and shares every event it does not change
(:mod:`viewer.domain.authoring.edits`), so comparing the two event lists by identity tells
exactly which rows are new: rows replaced in place, rows appended at the end, or one row
removed. Anything else (a reordering, several removals) is no simple change, and the caller
derives the snapshot afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count
from operator import is_not
from typing import Any


@dataclass(frozen=True)
class Change:
    """``kind`` is "replace" (``rows`` hold new events in place), "append" (``rows`` are new
    at the end) or "remove" (``rows`` holds the one row that is gone)."""

    kind: str
    rows: tuple[int, ...]


def event_change(old: list[Any], new: list[Any]) -> Change | None:
    # map/compress run in C: a few milliseconds for 100,000 events, where a generator takes
    # twenty.
    if len(new) == len(old):
        return Change("replace", tuple(compress(count(), map(is_not, old, new))))
    if len(new) > len(old):
        if not any(map(is_not, old, new)):
            return Change("append", tuple(range(len(old), len(new))))
        return None
    if len(new) == len(old) - 1:
        gone = next(compress(count(), map(is_not, old, new)), len(new))
        if not any(map(is_not, old[gone + 1:], new[gone:])):
            return Change("remove", (gone,))
    return None
