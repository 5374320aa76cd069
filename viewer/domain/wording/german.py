"""German wording for dates, amounts, kinds and statuses (the Qt-free layer's words).

Dates and numbers come from CLDR through Babel ("16.–17. Dez. 2025", "Oktober 2025",
"4. Quartal 2026", "1,4 Bio. USD"); only the few words CLDR has no entry for (a relation such
as "seit", a qualifier such as "bis zu", the names of kinds and statuses) are listed here.
:mod:`viewer.domain.wording.describe` asks this module when the language is German and keeps its own
English wording otherwise.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date, format_interval
from babel.numbers import format_compact_decimal, format_decimal

LOCALE = "de_DE"

QUALIFIERS = {"exact": "", "at_least": "mindestens ", "more_than": "mehr als ",
              "up_to": "bis zu ", "less_than": "weniger als ", "about": "rund ",
              "just_under": "knapp "}
RELATIONS = {"since": "seit ", "until": "bis ", "after": "nach ", "before": "vor ", "at": ""}
KINDS = {"investment": "Investition", "funding_round": "Finanzierungsrunde",
         "negotiation": "Verhandlung", "restructuring": "Umstrukturierung",
         "contract": "Vertrag", "commitment": "Zusage", "valuation": "Bewertung",
         "market_reaction": "Marktreaktion", "plan": "Plan", "criticism": "Kritik",
         "other": "Sonstiges"}
STATUSES = {"completed": "Abgeschlossen", "ongoing": "Laufend",
            "in_negotiation": "In Verhandlung", "planned": "Geplant", "expected": "Erwartet",
            "reported_estimate": "Berichtete Schätzung",
            "unstated": "Nicht angegeben"}


def day(value: dt.date) -> str:
    """"16. Dez. 2025"."""
    return format_date(value, "d. MMM y", locale=LOCALE)


def span(start: dt.date, end: dt.date) -> str:
    """"16.–17. Dez. 2025", "16. Dez. 2025 – 2. Jan. 2026"."""
    return format_interval(start, end, "yMMMd", locale=LOCALE)


def month(value: dt.date) -> str:
    return format_date(value, "LLLL y", locale=LOCALE)


def quarter(value: dt.date) -> str:
    return format_date(value, "QQQQ y", locale=LOCALE)


def week(value: dt.date) -> str:
    return f"Woche vom {day(value)}"


def figure(value: Decimal) -> str:
    """"1,4 Bio.", "50 Mrd.", "5 Mio.", "222,10"."""
    if value >= 10 ** 6:
        return format_compact_decimal(value, format_type="short", locale=LOCALE,
                                      fraction_digits=2)
    if value != value.to_integral_value():
        return format_decimal(value, "#,##0.00", locale=LOCALE)
    return format_decimal(value, "#,##0", locale=LOCALE)


def between(low: Decimal, high: Decimal) -> str:
    """"10–20 Mrd." (one scale word for both ends when they share it)."""
    first, second = figure(low), figure(high)
    low_number, _, low_scale = first.partition("\u00a0")
    high_number, _, high_scale = second.partition("\u00a0")
    if low_scale and low_scale == high_scale:
        return f"{low_number}–{high_number}\u00a0{high_scale}"
    return f"{first}–{second}"


def basis_relative(text: str, published: str) -> str:
    return f"„{text}“, bezogen auf den Bericht vom {published}"


def basis_other(note: str) -> str:
    return f"aus anderer Berichterstattung: {note}"


def basis_stated(text: str) -> str:
    return f"„{text}“, wie angegeben"


CURRENCY_INFERRED = " (Währung erschlossen)"
