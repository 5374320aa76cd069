"""Where reports disagree about one event: the claims involved and one sentence saying how.

Two claims conflict when different voices (outlets, unnamed sources, the report itself) give
figures in the same currency whose ranges do not overlap, or whose headline figures differ
materially (more than a quarter of the larger): "up to 50 bn" against "10 to 20 bn" is a
conflict, "up to 100 bn" against "a 100 bn round" is not. Claims with dates conflict when
their days cannot coincide. Claims from the same voice never conflict with each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from typing import Any

from viewer.domain.wording.describe import describe_amount, describe_date

MATERIAL = Decimal("0.25")
CONTESTED = "≠ "  # the badge before the title of an event the reports disagree about
LOWER = {"at_least", "more_than"}


@dataclass(frozen=True)
class Conflict:
    """Claims of one event that cannot all be true; :func:`conflict_note` words it."""

    field: str               # "amount" or "date"
    claims: tuple[int, ...]  # indices into the event's claims


def find_conflicts(event: Any) -> list[Conflict]:
    """The conflicts among an event's claims (found once per load, by
    :class:`~viewer.domain.story.open_timeline.OpenTimeline`; worded per reader)."""
    if len(event.claims) < 2:
        return []
    conflicts = []
    for field, clash, describe in (("amount", _amounts_clash, _amount_of),
                                   ("date", _dates_clash, lambda claim: claim.date)):
        pairs = [(a, b) for (a, first), (b, second) in combinations(enumerate(event.claims), 2)
                 if describe(first) is not None and describe(second) is not None
                 and set(first.attributed_to) != set(second.attributed_to)
                 and clash(describe(first), describe(second))]
        if pairs:
            involved = tuple(sorted({i for pair in pairs for i in pair}))
            conflicts.append(Conflict(field, involved))
    return conflicts


def _amount_of(claim: Any) -> Any:
    return claim.amounts[0] if claim.amounts else None


def _headline(amount: Any) -> Decimal | None:
    """The figure a reader takes away: the bound for "up to"/"at least", else the top."""
    if amount.qualifier in LOWER:
        return amount.min
    return amount.max if amount.max is not None else amount.min


def _amounts_clash(first: Any, second: Any) -> bool:
    if first.currency != second.currency:
        return False
    low = [_widened(a)[0] for a in (first, second)]
    high = [_widened(a)[1] for a in (first, second)]
    if (high[0] is not None and high[0] < low[1]) or (high[1] is not None and high[1] < low[0]):
        return True  # the ranges do not overlap
    a, b = _headline(first), _headline(second)
    return a is not None and b is not None and abs(a - b) > MATERIAL * max(a, b)


def _widened(amount: Any) -> tuple[Decimal, Decimal | None]:
    """The range an amount allows; "about" (rund, etwa) leaves a tenth either way."""
    low = amount.min if amount.min is not None else Decimal(0)
    if amount.qualifier == "about":
        return low * Decimal("0.9"), amount.max * Decimal("1.1")
    return low, amount.max


def _dates_clash(first: Any, second: Any) -> bool:
    def before(a: Any, b: Any) -> bool:
        return a.end is not None and b.start is not None and a.end < b.start
    return before(first, second) or before(second, first)


def conflict_note(event: Any, conflict: Conflict, name_of, language: str = "en") -> str:
    """One line naming each voice and what it says ("Reuters: 10 bn USD · the report: up to 50
    bn USD"); ``name_of`` turns entity ids into names."""
    field, parts = conflict.field, []
    for index in conflict.claims:
        claim = event.claims[index]
        who = ", ".join(name_of(w) for w in claim.attributed_to) or \
            ("der Bericht" if language == "de" else "the report")
        value = describe_amount(claim.amounts[0], language) if field == "amount" else \
            describe_date(claim.date, language)
        parts.append(f"{who}: {value}")
    return " · ".join(parts)


def contested_title(title: str) -> str:
    """A title with the badge that says the reports disagree (canvas, list, details)."""
    return CONTESTED + title
