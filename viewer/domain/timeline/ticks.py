"""Axis ticks that adapt from decades down to days.

``axis_ticks`` picks the finest calendar unit whose ticks stay at least ``min_spacing`` pixels
apart at the scale's own density, walks it across the visible days, and marks the ticks where
the next coarser unit begins ("2026" above "Jan") as major. Ticks inside an axis break are left
out; the break is drawn instead.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from babel.dates import get_month_names
from dateutil.relativedelta import relativedelta

from viewer.domain.timeline.timescale import TimeScale

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    major: bool
    major_label: str = ""


@dataclass(frozen=True)
class Unit:
    name: str
    days: float
    step: relativedelta
    floor: Callable[[dt.date], dt.date]
    label: Callable[[dt.date, str], str]
    parent: Callable[[dt.date], bool]
    parent_label: Callable[[dt.date, str], str]


def _year_floor(every: int) -> Callable[[dt.date], dt.date]:
    return lambda d: dt.date(max(1, d.year - d.year % every), 1, 1)


@functools.lru_cache(maxsize=4)
def _months(language: str) -> tuple[str, ...]:
    """Abbreviated month names: English as the axis always wrote them, German from CLDR
    ("Jan.", "Feb.", "März" …)."""
    if language != "de":
        return MONTHS_EN
    names = get_month_names("abbreviated", context="stand-alone", locale="de_DE")
    return tuple(names[month] for month in range(1, 13))


def _month(d: dt.date, language: str) -> str:
    return _months(language)[d.month - 1]


UNITS = (
    Unit("day", 1, relativedelta(days=1), lambda d: d, lambda d, lang: str(d.day),
         lambda d: d.day == 1, lambda d, lang: f"{_month(d, lang)} {d.year}"),
    Unit("week", 7, relativedelta(weeks=1), lambda d: d - dt.timedelta(days=d.weekday()),
         lambda d, lang: f"{d.day}{'.' if lang == 'de' else ''} {_month(d, lang)}",
         lambda d: d.day <= 7, lambda d, lang: f"{_month(d, lang)} {d.year}"),
    Unit("month", 30.44, relativedelta(months=1), lambda d: d.replace(day=1), _month,
         lambda d: d.month == 1, lambda d, lang: str(d.year)),
    Unit("quarter", 91.3, relativedelta(months=3),
         lambda d: dt.date(d.year, d.month - (d.month - 1) % 3, 1),
         lambda d, lang: f"Q{(d.month - 1) // 3 + 1}", lambda d: d.month == 1,
         lambda d, lang: str(d.year)),
    Unit("year", 365.25, relativedelta(years=1), _year_floor(1), lambda d, lang: str(d.year),
         lambda d: d.year % 10 == 0, lambda d, lang: _decade(d.year - d.year % 10, lang)),
    Unit("5 years", 1826, relativedelta(years=5), _year_floor(5), lambda d, lang: str(d.year),
         lambda d: d.year % 50 == 0, lambda d, lang: ""),
    Unit("decade", 3652.5, relativedelta(years=10), _year_floor(10),
         lambda d, lang: _decade(d.year, lang), lambda d: d.year % 100 == 0,
         lambda d, lang: ""),
    Unit("50 years", 18262, relativedelta(years=50), _year_floor(50),
         lambda d, lang: str(d.year), lambda d: d.year % 100 == 0, lambda d, lang: ""),
)


def _decade(year: int, language: str) -> str:
    """"2020s" / "2020er"."""
    return f"{year}er" if language == "de" else f"{year}s"


def choose_unit(px_per_day: float, min_spacing: float) -> Unit:
    return next((u for u in UNITS if u.days * px_per_day >= min_spacing), UNITS[-1])


def axis_ticks(scale: TimeScale, width: float, *, min_spacing: float = 56.0,
               language: str = "en") -> list[Tick]:
    unit = choose_unit(scale.px_per_day, min_spacing)
    first = _clamp_day(scale.day(0.0))
    last = _clamp_day(scale.day(width))
    ticks: list[Tick] = []
    last_x = -1e9
    day, guard, after_gap = unit.floor(first), 0, False
    while day <= last and guard < 2000:
        guard += 1
        real = day.toordinal()
        gap = scale.warp.gap_at(real)
        if gap is not None:  # jump over the break instead of walking through it
            day = _next_after(unit, _clamp_day(gap.end))
            after_gap = True
            continue
        x = scale.x(real)
        if x < -1:  # left of the view: its label would be cut; the next tick names the year
            pass
        elif x - last_x >= min_spacing * 0.8:  # the far side of a break may crowd the last tick
            major = unit.parent(day)
            # The first tick of a stretch names its year (or month) even if no new one starts.
            context = major or not ticks or after_gap
            ticks.append(Tick(x, unit.label(day, language), major,
                              unit.parent_label(day, language) if context else ""))
            last_x, after_gap = x, False
        try:
            day = day + unit.step
        except (OverflowError, ValueError):
            break
    return ticks


def _next_after(unit: Unit, day: dt.date) -> dt.date:
    floor = unit.floor(day)
    return floor if floor >= day else floor + unit.step


def _clamp_day(day: float) -> dt.date:
    ordinal = int(min(max(day, dt.date(1, 1, 1).toordinal()), dt.date(9999, 12, 31).toordinal()))
    return dt.date.fromordinal(ordinal)
