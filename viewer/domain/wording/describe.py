"""Short human wording for amounts and vague dates ("≥ 10 bn USD", "Q4 2026", "since 2019").

Shared by the exports and the desktop panes so that a figure reads the same everywhere. Each
function takes the language of the reader: "en" (the wording below) or "de" (from
:mod:`viewer.domain.wording.german`: "bis zu 50 Mrd. USD", "seit 2019", "16.–17. Dez. 2025").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from viewer.domain.format.model import (
    BasisKind,
    MoneyAmount,
    Precision,
    Qualifier,
    Relation,
    Source,
    VagueDate,
)
from viewer.domain.wording import german

SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))
MARKS = {
    Qualifier.EXACT: "", Qualifier.AT_LEAST: "≥ ", Qualifier.MORE_THAN: "> ",
    Qualifier.UP_TO: "up to ", Qualifier.LESS_THAN: "< ", Qualifier.ABOUT: "≈ ",
    Qualifier.JUST_UNDER: "just under ",
}


def describe_amount(amount: MoneyAmount, language: str = "en") -> str:
    """"≥ 10 bn USD", "10–20 bn USD", "≈ 1.4 tn USD", "222.10 USD"."""
    if language == "de":
        return _german_amount(amount)
    if amount.qualifier is Qualifier.BETWEEN and amount.min is not None and amount.max is not None:
        divisor, unit = _scale(amount.max)
        figure = f"{_figure(amount.min, divisor)}–{_figure(amount.max, divisor)}"
    else:
        value = amount.min if amount.min is not None else amount.max
        divisor, unit = _scale(value)
        figure = MARKS.get(amount.qualifier, "") + _figure(value, divisor)
    inferred = " (currency inferred)" if amount.currency_inferred else ""
    return f"{figure}{' ' + unit if unit else ''} {amount.currency}{inferred}"


def _german_amount(amount: MoneyAmount) -> str:
    if amount.qualifier is Qualifier.BETWEEN and amount.min is not None and amount.max is not None:
        figure = german.between(amount.min, amount.max)
    else:
        value = amount.min if amount.min is not None else amount.max
        figure = german.QUALIFIERS.get(str(amount.qualifier), "") + german.figure(value)
    inferred = german.CURRENCY_INFERRED if amount.currency_inferred else ""
    return f"{figure} {amount.currency}{inferred}"


def _scale(value: Decimal) -> tuple[Decimal, str]:
    return next(((d, u) for d, u in SCALES if value >= d), (Decimal(1), ""))


def _figure(value: Decimal, divisor: Decimal) -> str:
    if divisor == 1:
        return f"{value:,.2f}" if value != value.to_integral_value() else f"{value:,.0f}"
    scaled = value / divisor
    return f"{scaled.normalize():f}"


def describe_day(day: dt.date, language: str = "en") -> str:
    return german.day(day) if language == "de" else f"{day.day} {day:%b %Y}"


def describe_date(date: VagueDate, language: str = "en") -> str:
    """The resolved date at its own precision: "October 2025", "since 2019", "16–17 Dec 2025"."""
    core = _at_precision(date, language)
    if language == "de":
        if date.relation is Relation.BEFORE and date.end is not None:
            return f"bis {german.day(date.end)}"
        return german.RELATIONS[str(date.relation)] + core
    prefix = {Relation.SINCE: "since ", Relation.UNTIL: "until ", Relation.AFTER: "after ",
              Relation.BEFORE: "before ", Relation.AT: ""}[date.relation]
    if date.relation is Relation.BEFORE and date.end is not None:
        return f"by {describe_day(date.end)}"
    return prefix + core


def _at_precision(date: VagueDate, language: str = "en") -> str:
    start, end = date.start, date.end
    anchor = start or end
    in_german = language == "de"
    if anchor is None:
        return date.value
    if date.precision is Precision.YEAR:
        return str(anchor.year)
    if date.precision is Precision.QUARTER:
        return german.quarter(anchor) if in_german else \
            date.value.split("-")[1] + " " + date.value.split("-")[0]
    if date.precision is Precision.MONTH:
        return german.month(anchor) if in_german else f"{anchor:%B %Y}"
    if date.precision is Precision.WEEK:
        return german.week(anchor) if in_german else f"week of {describe_day(anchor)}"
    if date.precision is Precision.DAY:
        return describe_day(anchor, language)
    return _span(start, end, language)


def _span(start: dt.date | None, end: dt.date | None, language: str = "en") -> str:
    if start is None or end is None:
        return describe_day(start or end, language)
    if language == "de":
        return german.span(start, end)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{describe_day(start)} – {describe_day(end)}"


def cite(quote_text: str, source: Source, outlet: str | None) -> str:
    """A quote as a reader would cite it: „…" — outlet, „title", published (as written;
    as resolved), URL."""
    published = source.published
    when = describe_date(published)
    wording = published.text if published.text and published.text != when else ""
    parts = [f"„{quote_text}“ — " + (f"{outlet}, " if outlet else "") + f"„{source.title}“",
             "published " + (f"{wording} ({when})" if wording else when)]
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def describe_basis(date: VagueDate, sources: dict[str, Source], language: str = "en") -> str:
    """"'im Oktober', relative to the report of 16–17 Dec 2025"."""
    if language == "de":
        return _german_basis(date, sources)
    basis = date.basis
    if basis.kind is BasisKind.RELATIVE:
        source = sources.get(basis.source or "")
        when = describe_date(source.published) if source else basis.source
        return f"'{date.text}', relative to the report of {when}"
    if basis.kind is BasisKind.OTHER_REPORTING:
        return f"from other reporting: {basis.note}"
    if basis.kind is BasisKind.IMPORTED:
        return f"imported from {basis.note}"
    return f"'{date.text}', as stated"


def _german_basis(date: VagueDate, sources: dict[str, Source]) -> str:
    basis = date.basis
    if basis.kind is BasisKind.RELATIVE:
        source = sources.get(basis.source or "")
        when = describe_date(source.published, "de") if source else basis.source
        return german.basis_relative(date.text, when)
    if basis.kind is BasisKind.OTHER_REPORTING:
        return german.basis_other(basis.note or "")
    if basis.kind is BasisKind.IMPORTED:
        return f"importiert aus {basis.note}"
    return german.basis_stated(date.text)


def describe_kind(kind: str, language: str = "en") -> str:
    """"Negotiation" / "Verhandlung"."""
    return german.KINDS.get(str(kind), str(kind)) if language == "de" else \
        str(kind).replace("_", " ").capitalize()


def describe_status(status: str, language: str = "en") -> str:
    """"In negotiation" / "In Verhandlung"."""
    return german.STATUSES.get(str(status), str(status)) if language == "de" else \
        str(status).replace("_", " ").capitalize()
