"""Rules that tie two fields of one object together, stated once.

The pydantic models call these from their validators; the fast loader calls them in its single
pass over the events (its decoded objects have the same attributes). Each returns a sentence
for the user, or ``None`` when the object is fine.
"""

from __future__ import annotations

from typing import Any


def span_problem(date: Any) -> str | None:
    if date.start is None and date.end is None:
        return "a date needs a start or an end (or both); give the days its wording allows"
    if date.start is not None and date.end is not None and date.end < date.start:
        return f"end {date.end} is before start {date.start}; swap or fix them"
    return None


def basis_problem(basis: Any) -> str | None:
    if basis.kind == "relative_to_source" and basis.source is None:
        return "a date resolved relative to a source must name that source"
    if basis.kind == "other_reporting" and not basis.note:
        return "a date from other reporting needs a note saying where it comes from"
    if basis.kind == "imported" and not basis.note:
        return "an imported date needs a note naming the file it was imported from"
    return None


def amount_problem(amount: Any) -> str | None:
    low, high = amount.min, amount.max
    if low is None and high is None:
        return "an amount needs a min or a max"
    if low is not None and high is not None and high < low:
        return f"max {high} is below min {low}; swap or fix them"
    return None


def negative_bound(amount: Any) -> str | None:
    """"min" or "max" if that bound is below zero (pydantic's models check this by type)."""
    for name in ("min", "max"):
        value = getattr(amount, name)
        if value is not None and value < 0:
            return name
    return None


def offsets_problem(quote: Any) -> str | None:
    if quote.end < quote.start:
        return f"end {quote.end} is before start {quote.start}; fix the offsets"
    return None


def era_problem(era: Any) -> str | None:
    if era.end < era.start:
        return f"end {era.end} is before start {era.start}; swap or fix them"
    return None
