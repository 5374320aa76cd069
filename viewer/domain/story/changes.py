"""Which events an edit changed.

An edit builds the next snapshot from the last and shares every event it does not change
(:mod:`viewer.domain.authoring.edits`), so comparing the two event lists tells exactly which
rows are new: rows replaced in place, rows appended at the end, or one row removed. Anything
else (a reordering, several removals) is no simple change, and the caller derives the snapshot
afresh.

The lists are compared with list equality, which runs in C and takes an item it meets twice
(the same object) as equal without looking inside, in blocks of a few thousand rows: a block
that differs is split until the differing rows are found (a millisecond at 100,000 events).
An event replaced by an equal one counts as unchanged: everything derived from it would be the
same.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

SMALL = 16  # slices this short are compared item by item
BLOCK = 2048  # rows compared at once


@dataclass(frozen=True)
class Change:
    """``kind`` is "replace" (``rows`` hold new events in place), "append" (``rows`` are new
    at the end), "remove" (``rows`` holds the one row that is gone) or "insert" (``rows``
    holds the one new row, the rows from it on were one lower before)."""

    kind: str
    rows: tuple[int, ...]

    def inverse(self) -> Change | None:
        """The change that takes the new list back to the old (an undo), when it is a simple
        change too: a replacement replaces the same rows back, one appended or inserted row
        is removed, a removed row is inserted back."""
        if self.kind == "replace":
            return self
        if self.kind == "remove":
            return Change("insert", self.rows)
        if len(self.rows) == 1:  # one row appended or inserted
            return Change("remove", self.rows)
        return None


# Lists an edit made, with the list it made each from and how: (old, new, change). Strong
# references, so that an identity here cannot be taken by another list; a few suffice (the
# next snapshot is derived right after its edit).
_NOTED: deque[tuple[list[Any], list[Any], Change]] = deque(maxlen=8)


def noted(old: list[Any], new: list[Any], change: Change) -> list[Any]:
    """Notes that ``new`` is ``old`` after ``change`` (said by an edit that knows what it did)
    and returns ``new``: :func:`event_change` then answers without comparing the lists (two
    milliseconds at 100,000 events). Lists of a snapshot are never changed in place."""
    _NOTED.append((old, new, change))
    return new


def event_change(old: list[Any], new: list[Any]) -> Change | None:
    for was, made, change in reversed(_NOTED):
        if made is new and was is old:
            return change
    return compared(old, new)


def compared(old: list[Any], new: list[Any]) -> Change | None:
    """The change from ``old`` to ``new`` found by comparing them."""
    if len(new) == len(old):
        rows: list[int] = []
        if old != new:
            _differing(old, new, 0, len(old), rows)
        return Change("replace", tuple(rows))
    if len(new) > len(old):
        if not any(old[start:start + BLOCK] != new[start:min(start + BLOCK, len(old))]
                   for start in range(0, len(old), BLOCK)):
            return Change("append", tuple(range(len(old), len(new))))
        if len(new) == len(old) + 1:  # one row put back between others (a deletion undone)
            at = _first_difference(new, old)
            if not _tail_differs(new, old, at):
                return Change("insert", (at,))
        return None
    if len(new) == len(old) - 1:
        gone = _first_difference(old, new)
        if not _tail_differs(old, new, gone):
            return Change("remove", (gone,))
    return None


def _differing(old: list[Any], new: list[Any], low: int, high: int, rows: list[int]) -> None:
    """Appends to ``rows`` the rows in ``low``..``high`` where the lists differ: compared in
    blocks (short slices stay in the allocator's small blocks; a slice of half the list would
    cost page faults), a differing block split until its rows are found."""
    if high - low <= SMALL:
        rows.extend(row for row in range(low, high) if old[row] != new[row])
        return
    step = BLOCK if high - low > BLOCK else max(SMALL, (high - low) // 8)
    for start in range(low, high, step):
        end = min(start + step, high)
        if old[start:end] != new[start:end]:
            _differing(old, new, start, end, rows)


def _tail_differs(old: list[Any], new: list[Any], gone: int) -> bool:
    """Whether ``new[gone:]`` differs from ``old[gone + 1:]``."""
    return any(old[start + 1:start + 1 + BLOCK] != new[start:start + BLOCK]
               for start in range(gone, len(new), BLOCK))


def _first_difference(old: list[Any], new: list[Any]) -> int:
    """The first row where ``new`` (one shorter) differs from ``old``; ``len(new)`` if none."""
    for start in range(0, len(new), BLOCK):
        end = min(start + BLOCK, len(new))
        if old[start:end] != new[start:end]:
            return next(row for row in range(start, end) if old[row] != new[row])
    return len(new)
