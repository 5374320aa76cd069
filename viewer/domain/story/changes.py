"""Which events an edit changed.

An edit builds the next snapshot from the last and shares every event it does not change
(:mod:`viewer.domain.authoring.edits`), so comparing the two event lists tells exactly which
rows are new: rows replaced in place, rows appended at the end, or one row removed. Anything
else (a reordering, several removals) is no simple change, and the caller derives the snapshot
afresh.

The lists are compared with list equality, which runs in C and takes an item it meets twice
(the same object) as equal without looking inside: about a tenth of a millisecond for 100,000
shared events. Halves that differ are split until the differing rows are found, so one edit
costs a few comparisons of ever shorter slices. An event replaced by an equal one counts as
unchanged: everything derived from it would be the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SMALL = 16  # slices this short are compared item by item


@dataclass(frozen=True)
class Change:
    """``kind`` is "replace" (``rows`` hold new events in place), "append" (``rows`` are new
    at the end) or "remove" (``rows`` holds the one row that is gone)."""

    kind: str
    rows: tuple[int, ...]


def event_change(old: list[Any], new: list[Any]) -> Change | None:
    if len(new) == len(old):
        rows: list[int] = []
        if old != new:
            _differing(old, new, 0, len(old), rows)
        return Change("replace", tuple(rows))
    if len(new) > len(old):
        if old == new[:len(old)]:
            return Change("append", tuple(range(len(old), len(new))))
        return None
    if len(new) == len(old) - 1:
        gone = _first_difference(old, new)
        if old[gone + 1:] == new[gone:]:
            return Change("remove", (gone,))
    return None


def _differing(old: list[Any], new: list[Any], low: int, high: int, rows: list[int]) -> None:
    """Appends to ``rows`` the rows in ``low``..``high`` where the lists differ (known to
    differ somewhere there)."""
    if high - low <= SMALL:
        rows.extend(row for row in range(low, high) if old[row] != new[row])
        return
    middle = (low + high) // 2
    for start, end in ((low, middle), (middle, high)):
        if old[start:end] != new[start:end]:
            _differing(old, new, start, end, rows)


def _first_difference(old: list[Any], new: list[Any]) -> int:
    """The first row where ``new`` (one shorter) differs from ``old``; ``len(new)`` if none."""
    low, high = 0, len(new)  # new[:low] == old[:low]; the difference is at or before high
    while high - low > SMALL:
        middle = (low + high) // 2
        if old[low:middle] == new[low:middle]:
            low = middle
        else:
            high = middle
    return next((row for row in range(low, high) if old[row] != new[row]), high)
