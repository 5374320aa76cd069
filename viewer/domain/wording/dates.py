"""Resolves a German or English date wording against a report's publication date.

``resolve_date("im Oktober", (date(2025, 12, 16), date(2025, 12, 17)), source="000")`` gives
October 2025 at month precision, with its basis (relative to report 000). The publication date
may itself be vague: the wording is resolved against its earliest and its latest day and the
two results are joined, so an uncertain reference widens the result instead of hiding.

The grammar works on the code letters of :mod:`viewer.domain.wording.date_words`; each rule
below is a shape of phrase ("phase? month year?"), not a phrase, so new wordings need no new
table rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta, weekday

from viewer.domain.format.model import BasisKind, DateBasis, Precision, Relation, VagueDate
from viewer.domain.wording.date_words import Token, tokenize

ONE_DAY = dt.timedelta(days=1)
Reference = dt.date | tuple[dt.date, dt.date] | None


class UnreadableDate(ValueError):
    """The wording holds no date this resolver can read; the message says why."""


@dataclass(frozen=True)
class Interval:
    start: dt.date | None
    end: dt.date | None
    precision: Precision
    value: str


class _Ref:
    """The reference day, noting whether a rule needed it (then the basis is relative)."""

    def __init__(self, day: dt.date | None, text: str) -> None:
        self._day, self._text, self.used = day, text, False

    @property
    def day(self) -> dt.date:
        if self._day is None:
            raise UnreadableDate(
                f"'{self._text}' is relative; it needs the publication date of its report"
            )
        self.used = True
        return self._day


class _Words:
    """The tokens of one phrase, looked up by code letter."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens = tokens
        self.codes = "".join(token.code for token in tokens)

    def get(self, codes: str) -> object:
        return next((t.value for t in self.tokens if t.code in codes), None)

    def has(self, code: str) -> bool:
        return code in self.codes


def resolve_date(text: str, reference: Reference = None, *, source: str | None = None) -> VagueDate:
    """Reads ``text`` as a date; ``reference`` is the report's publication day or days."""
    tokens = tokenize(text)
    if any(token.code == "!" for token in tokens):
        raise UnreadableDate(f"'{text}' is negated; a negated date cannot be placed")
    if not tokens:
        raise UnreadableDate(f"'{text}' contains no date this reader knows")
    days = reference if isinstance(reference, tuple) else (reference,)
    readings = []
    relative = False
    for day in dict.fromkeys(days):
        ref = _Ref(day, text)
        readings.append(_read(_Words(tokens), ref, text))
        relative = relative or ref.used
    relation, interval = _join(readings)
    if interval.start is not None and interval.end is not None and interval.end < interval.start:
        raise UnreadableDate(f"'{text}' ends before it begins ({interval.start} to "
                             f"{interval.end}); give the earlier date first")
    if relative:
        if source is None:
            raise ValueError("a relative date needs the id of the source it is relative to")
        basis = DateBasis(kind=BasisKind.RELATIVE, source=source)
    else:
        basis = DateBasis(kind=BasisKind.STATED)
    return VagueDate(text=text, value=interval.value, precision=interval.precision,
                     relation=relation, start=interval.start, end=interval.end, basis=basis)


def _join(readings: list[tuple[Relation, Interval]]) -> tuple[Relation, Interval]:
    relation, first = readings[0]
    if all(interval == first for _, interval in readings):
        return relation, first
    starts = [i.start for _, i in readings]
    ends = [i.end for _, i in readings]
    start = None if None in starts else min(starts)
    end = None if None in ends else max(ends)
    return relation, Interval(start, end, Precision.SPAN, _span_value(start, end))


def _span_value(start: dt.date | None, end: dt.date | None) -> str:
    return f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def _read(words: _Words, ref: _Ref, text: str) -> tuple[Relation, Interval]:
    codes = words.codes
    if re.fullmatch(r"N[DdKkUuJj]G|VN[DdKkUuJj]", codes):
        return Relation.AT, _ago(words, ref)
    if codes == "a":
        day = ref.day
        return Relation.BEFORE, Interval(None, day, Precision.DAY, day.isoformat())
    # "bereits im Oktober", "derzeit im Oktober": the adverb adds nothing to a stated date.
    plain = _Words([t for t in words.tokens if t.code not in "an"])
    if plain.codes not in ("", "S", "B", "V", "A"):
        words, codes = plain, plain.codes
    if match := re.fullmatch(r"b?([^&B]+)[&B](.+)", codes):
        return Relation.AT, _between(words, match, ref, text)
    relation = {"S": Relation.SINCE, "B": Relation.UNTIL, "V": Relation.BEFORE,
                "A": Relation.AFTER}.get(codes[:1])
    if relation is None:
        return Relation.AT, _point(words, ref, text)
    point = _point(_Words(words.tokens[1:]), ref, text)
    return relation, _relate(relation, point)


def _relate(relation: Relation, point: Interval) -> Interval:
    if relation is Relation.SINCE:
        return Interval(point.start, None, point.precision, point.value)
    if relation is Relation.UNTIL:
        return Interval(None, point.end, point.precision, point.value)
    if relation is Relation.BEFORE:
        return Interval(None, point.start - ONE_DAY, point.precision, point.value)
    return Interval(point.end + ONE_DAY, None, point.precision, point.value)


def _between(words: _Words, match: re.Match[str], ref: _Ref, text: str) -> Interval:
    offset = 1 if words.codes.startswith("b") else 0
    split = match.end(1)
    first_words, second_words = words.tokens[offset:split], words.tokens[split + 1:]
    # "zwischen März und Mai 2026": one year at the end serves both ends.
    year = [t for t in second_words if t.code == "Y"]
    if year and not any(t.code in "YF" for t in first_words):
        first_words = [*first_words, year[-1]]
    first = _point(_Words(first_words), ref, text)
    second = _point(_Words(second_words), ref, text)
    return Interval(first.start, second.end, Precision.SPAN, _span_value(first.start, second.end))


def _point(words: _Words, ref: _Ref, text: str) -> Interval:
    for pattern, reader in POINT_RULES:
        if re.fullmatch(pattern, words.codes):
            return reader(words, ref)
    raise UnreadableDate(f"cannot read a date from '{text}'")


# --- calendar pieces -------------------------------------------------------------------------

def _day(day: dt.date) -> Interval:
    return Interval(day, day, Precision.DAY, day.isoformat())


def _month(year: int, month: int) -> Interval:
    start = dt.date(year, month, 1)
    end = start + relativedelta(months=1) - ONE_DAY
    return Interval(start, end, Precision.MONTH, f"{year}-{month:02d}")


def _quarter(year: int, quarter: int) -> Interval:
    start = dt.date(year, 3 * quarter - 2, 1)
    end = start + relativedelta(months=3) - ONE_DAY
    return Interval(start, end, Precision.QUARTER, f"{year}-Q{quarter}")


def _half(year: int, half: int) -> Interval:
    start = dt.date(year, 6 * half - 5, 1)
    end = start + relativedelta(months=6) - ONE_DAY
    return Interval(start, end, Precision.SPAN, f"{year}-H{half}")


def _year(year: int) -> Interval:
    return Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, str(year))


def _week(monday: dt.date) -> Interval:
    iso = monday.isocalendar()
    return Interval(monday, monday + dt.timedelta(days=6), Precision.WEEK,
                    f"{iso.year}-W{iso.week:02d}")


def _phase(interval: Interval, phase: str | None) -> Interval:
    """Early / mid / late: the first, middle or last third (whole months where they divide)."""
    if phase is None:
        return interval
    third = "EIZ".index(phase)
    months = (interval.end.year - interval.start.year) * 12 + interval.end.month \
        - interval.start.month + 1
    if months % 3 == 0 and months > 1:
        start = interval.start + relativedelta(months=third * months // 3)
        end = start + relativedelta(months=months // 3) - ONE_DAY
    else:
        start = interval.start + dt.timedelta(days=10 * third)
        end = interval.end if third == 2 else start + dt.timedelta(days=9)
    return Interval(start, end, Precision.SPAN, _span_value(start, end))


def _nearest(candidates: list[Interval], day: dt.date) -> Interval:
    def distance(interval: Interval) -> int:
        if interval.start <= day <= interval.end:
            return 0
        return min(abs((interval.start - day).days), abs((interval.end - day).days))
    return min(candidates, key=distance)


# --- readers, one per phrase shape --------------------------------------------------------------

def _year_of(words: _Words, ref: _Ref) -> int | None:
    if words.has("Y"):
        return words.get("Y")
    for code, shift in (("T", 0), ("X", 1), ("L", -1)):
        if words.has(code):
            return ref.day.year + shift
    return None


def _in_year(words: _Words, ref: _Ref, make: Callable[[int], Interval]) -> Interval:
    year = _year_of(words, ref)
    if year is not None:
        return make(year)
    day = ref.day
    return _nearest([make(day.year + shift) for shift in (-1, 0, 1)], day)


def _read_day_of_month(words: _Words, ref: _Ref) -> Interval:
    month, number = words.get("M"), words.get("NO")
    try:
        return _in_year(words, ref, lambda year: _day(dt.date(year, month, number)))
    except ValueError as error:
        raise UnreadableDate(f"day {number} of month {month} does not exist") from error


def _read_month(words: _Words, ref: _Ref) -> Interval:
    month = words.get("M")
    return _phase(_in_year(words, ref, lambda year: _month(year, month)), _phase_of(words))


def _read_quarter(words: _Words, ref: _Ref) -> Interval:
    quarter = words.get("NO")
    if not 1 <= quarter <= 4:
        raise UnreadableDate(f"there is no quarter {quarter}")
    return _phase(_in_year(words, ref, lambda year: _quarter(year, quarter)), _phase_of(words))


def _read_half(words: _Words, ref: _Ref) -> Interval:
    half = words.get("NO")
    if half not in (1, 2):
        raise UnreadableDate(f"there is no half-year {half}")
    return _phase(_in_year(words, ref, lambda year: _half(year, half)), _phase_of(words))


def _read_year(words: _Words, ref: _Ref) -> Interval:
    year = _year_of(words, ref)
    return _phase(_year(year if year is not None else ref.day.year), _phase_of(words))


def _read_month_relative(words: _Words, ref: _Ref) -> Interval:
    shifted = ref.day + relativedelta(months=_shift(words))
    return _phase(_month(shifted.year, shifted.month), _phase_of(words))


def _read_week_relative(words: _Words, ref: _Ref) -> Interval:
    day = ref.day
    return _week(day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=_shift(words)))


def _read_recent(words: _Words, ref: _Ref) -> Interval:
    unit = words.codes[-1]
    count = words.get("N") or {"d": 7, "k": 4, "u": 6, "j": 3}[unit]
    day = ref.day
    start = day - _length(unit, count)
    return Interval(start, day, Precision.SPAN, _span_value(start, day))


def _read_weekday(words: _Words, ref: _Ref) -> Interval:
    target, day = words.get("W"), ref.day
    if words.has("L"):
        return _day(day - ONE_DAY + relativedelta(weekday=weekday(target)(-1)))
    if words.has("X"):
        return _day(day + ONE_DAY + relativedelta(weekday=weekday(target)(+1)))
    if words.has("T"):
        return _day(day + dt.timedelta(days=target - day.weekday()))
    # A bare weekday in a report is the latest such day up to the report: news looks back.
    return _day(day + relativedelta(weekday=weekday(target)(-1)))


def _read_relative_day(words: _Words, ref: _Ref) -> Interval:
    shift = {"0": 0, "-": -1, "+": 1, "=": -2, "~": 2}[words.codes]
    return _day(ref.day + dt.timedelta(days=shift))


def _read_recently(words: _Words, ref: _Ref) -> Interval:
    day = ref.day
    start = day - relativedelta(months=1)
    return Interval(start, day, Precision.SPAN, _span_value(start, day))


def _ago(words: _Words, ref: _Ref) -> Interval:
    unit = next(c for c in words.codes if c in "DdKkUuJj").lower()
    moved = ref.day - _length(unit, words.get("N"))
    if unit == "j":
        return _year(moved.year)
    if unit == "u":
        return _month(moved.year, moved.month)
    if unit == "k":
        return _week(moved - dt.timedelta(days=moved.weekday()))
    return _day(moved)


def _length(unit: str, count: int) -> relativedelta:
    return {"d": relativedelta(days=count), "k": relativedelta(weeks=count),
            "u": relativedelta(months=count), "j": relativedelta(years=count)}[unit.lower()]


def _shift(words: _Words) -> int:
    return 1 if words.has("X") else -1 if words.has("L") else 0


def _phase_of(words: _Words) -> str | None:
    return next((code for code in "EIZ" if words.has(code)), None)


YEAR = r"(Y|[TXL]J)?"
POINT_RULES: list[tuple[str, Callable[[_Words, _Ref], Interval]]] = [
    (r"F", lambda words, ref: _day(words.get("F"))),
    (r"WF", lambda words, ref: _day(words.get("F"))),
    (r"W?([NO]MY?|M[NO]Y?)", _read_day_of_month),
    (r"[EIZ]?M" + YEAR, _read_month),
    (r"[EIZ]?(OQ|Q[NO])" + YEAR, _read_quarter),
    (r"[EIZ]?(OH|H[NO])" + YEAR, _read_half),
    (r"[EIZ]?J?Y|[EIZ]?[TXL]J|[EIZ]J", _read_year),
    (r"[EIZ]?[TXL]?U", _read_month_relative),
    (r"[TXL]?K", _read_week_relative),
    (r"[LR]N?[dkuj]", _read_recent),
    (r"[TXL]?W", _read_weekday),
    (r"[0\-+=~]", _read_relative_day),
    (r"n", lambda words, ref: _day(ref.day)),
    (r"r", _read_recently),
]
