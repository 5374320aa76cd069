"""Where an amount as reported can lie, so that comparisons follow its wording.

"knapp 10 Milliarden" is just under ten billion, "bis zu 50 Milliarden" anything above nothing
up to fifty, "mehr als 13 Milliarden" anything above thirteen. An inequality keeps an amount
whose whole range satisfies it: ``amount:>=10bn`` keeps "more than 13 bn" but neither "just
under 10 bn" nor "up to 50 bn" (which may be far less); ``amount:<10bn`` keeps "just under
10 bn" but not "up to 50 bn"; ``amount:>=1tn`` does not keep "at least 8 bn". An equality
keeps an amount whose range holds the figure: ``amount:=1.4tn`` keeps "rund 1,4 Billionen".

=================  ==================  =============================================
qualifier          range               note
=================  ==================  =============================================
exact              [v, v]
about              [0.9 v, 1.1 v]      a tenth either way, as conflicts read "rund"
at least           [min, ∞)
more than          (min, ∞)
up to              (0, max]
less than          [0, max)
just under         [0.9 max, max)      near the figure, below it
between            [min, max]
=================  ==================  =============================================
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

NEAR = 0.9  # "just under" and "about" lie within a tenth of their figure


@dataclass(frozen=True)
class Range:
    low: float
    high: float          # math.inf: no upper end
    low_open: bool = False
    high_open: bool = False


def range_of(amount: Any) -> Range:
    """The values ``amount`` (a MoneyAmount) allows."""
    low = float(amount.min) if amount.min is not None else None
    high = float(amount.max) if amount.max is not None else None
    figure = low if low is not None else high
    rules = {
        "exact": lambda: Range(figure, figure),
        "about": lambda: Range(NEAR * figure, (2 - NEAR) * (high or figure)),
        "at_least": lambda: Range(figure, high or math.inf),
        "more_than": lambda: Range(figure, high or math.inf, low_open=True),
        "up_to": lambda: Range(low or 0.0, figure if high is None else high, low_open=low is None),
        "less_than": lambda: Range(low or 0.0, high if high is not None else figure,
                                   high_open=True),
        "just_under": lambda: Range(low if low is not None else NEAR * high, high,
                                    high_open=True),
        "between": lambda: Range(low if low is not None else 0.0,
                                 high if high is not None else math.inf),
    }
    return rules.get(str(amount.qualifier), rules["between"])()


def satisfies(low: np.ndarray, high: np.ndarray, low_open: np.ndarray, high_open: np.ndarray,
              operator: str, bound: float) -> np.ndarray:
    """Which ranges compare so with ``bound`` (vectorised): wholly for an inequality, by
    holding it for ``=``."""
    if operator == ">=":
        return low >= bound
    if operator == ">":
        return (low > bound) | ((low == bound) & low_open)
    if operator == "<=":
        return high <= bound
    if operator == "<":
        return (high < bound) | ((high == bound) & high_open)
    reaches = (high > bound) | ((high == bound) & ~high_open)
    starts = (low < bound) | ((low == bound) & ~low_open)
    return reaches & starts
