"""The date resolver reads German and English wordings, relative to a report's date."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.domain.format.model import BasisKind, Precision, Relation
from viewer.domain.wording.dates import UnreadableDate, resolve_date

D = dt.date
REPORT_000 = (D(2025, 12, 16), D(2025, 12, 17))  # evening of the 16th or the 17th
REPORT_004 = (D(2026, 1, 29), D(2026, 1, 30))


def read(text, reference=REPORT_000):
    return resolve_date(text, reference, source="r")


@pytest.mark.parametrize(("text", "reference", "relation", "precision", "start", "end"), [
    # Every temporal expression of the seed reports.
    ("seit 2019", REPORT_000, "since", "year", D(2019, 1, 1), None),
    ("im Oktober", REPORT_000, "at", "month", D(2025, 10, 1), D(2025, 10, 31)),
    ("am Donnerstagabend", REPORT_004, "at", "day", D(2026, 1, 29), D(2026, 1, 29)),
    ("im vierten Quartal dieses Jahres", REPORT_004, "at", "quarter", D(2026, 10, 1),
     D(2026, 12, 31)),
    ("noch für das vierte Quartal dieses Jahres", REPORT_004, "at", "quarter", D(2026, 10, 1),
     D(2026, 12, 31)),
    ("nachbörslich", REPORT_000, "at", "span", D(2025, 12, 16), D(2025, 12, 17)),
    ("in den letzten Monaten", REPORT_004, "at", "span", D(2025, 7, 29), D(2026, 1, 30)),
    ("bereits vereinbart", REPORT_000, "before", "span", None, D(2025, 12, 17)),
    ("derzeit", REPORT_004, "at", "span", D(2026, 1, 29), D(2026, 1, 30)),
    # Wordings the seeds do not contain.
    ("Anfang März", REPORT_000, "at", "span", D(2026, 3, 1), D(2026, 3, 10)),
    ("Mitte 2027", REPORT_000, "at", "span", D(2027, 5, 1), D(2027, 8, 31)),
    ("Ende des Jahres", REPORT_004, "at", "span", D(2026, 9, 1), D(2026, 12, 31)),
    ("nächstes Jahr", REPORT_000, "at", "year", D(2026, 1, 1), D(2026, 12, 31)),
    ("vergangene Woche", REPORT_000, "at", "week", D(2025, 12, 8), D(2025, 12, 14)),
    ("am 15. März", REPORT_000, "at", "day", D(2026, 3, 15), D(2026, 3, 15)),
    ("Q3 2027", None, "at", "quarter", D(2027, 7, 1), D(2027, 9, 30)),
    ("early 2024", None, "at", "span", D(2024, 1, 1), D(2024, 4, 30)),
    ("last Tuesday", D(2026, 1, 30), "at", "day", D(2026, 1, 27), D(2026, 1, 27)),
    ("next Tuesday", D(2026, 1, 30), "at", "day", D(2026, 2, 3), D(2026, 2, 3)),
    ("in the fourth quarter of this year", REPORT_004, "at", "quarter", D(2026, 10, 1),
     D(2026, 12, 31)),
    ("on Thursday evening", REPORT_004, "at", "day", D(2026, 1, 29), D(2026, 1, 29)),
    ("after hours", REPORT_000, "at", "span", D(2025, 12, 16), D(2025, 12, 17)),
    ("in recent months", REPORT_004, "at", "span", D(2025, 7, 29), D(2026, 1, 30)),
    ("since October", REPORT_000, "since", "month", D(2025, 10, 1), None),
    ("vor zwei Jahren", D(2025, 6, 1), "at", "year", D(2023, 1, 1), D(2023, 12, 31)),
    ("two years ago", D(2025, 6, 1), "at", "year", D(2023, 1, 1), D(2023, 12, 31)),
    ("im Vorjahr", D(2025, 6, 1), "at", "year", D(2024, 1, 1), D(2024, 12, 31)),
    ("bis Ende 2026", None, "until", "span", None, D(2026, 12, 31)),
    ("vor 2020", None, "before", "year", None, D(2019, 12, 31)),
    ("after 2020", None, "after", "year", D(2021, 1, 1), None),
    ("zwischen März und Mai 2026", None, "at", "span", D(2026, 3, 1), D(2026, 5, 31)),
    ("von 2019 bis 2021", None, "at", "span", D(2019, 1, 1), D(2021, 12, 31)),
    ("Donnerstag, 29. Januar 2026", None, "at", "day", D(2026, 1, 29), D(2026, 1, 29)),
    ("March 15, 2025", None, "at", "day", D(2025, 3, 15), D(2025, 3, 15)),
    ("2026-01-29", None, "at", "day", D(2026, 1, 29), D(2026, 1, 29)),
    ("H1 2026", None, "at", "span", D(2026, 1, 1), D(2026, 6, 30)),
    ("gestern", D(2026, 1, 30), "at", "day", D(2026, 1, 29), D(2026, 1, 29)),
    ("im Jahr 2019", None, "at", "year", D(2019, 1, 1), D(2019, 12, 31)),
    ("Mitte des Jahres", D(2026, 1, 30), "at", "span", D(2026, 5, 1), D(2026, 8, 31)),
])
def test_wording_resolves_to_the_days_it_allows(text, reference, relation, precision, start, end):
    date = read(text, reference)
    assert (date.relation, date.precision, date.start, date.end) == (
        Relation(relation), Precision(precision), start, end)
    assert date.text == text


def test_a_bare_month_is_the_nearest_one_to_the_report():
    # In a December report "im Oktober" looks back, "im März" looks ahead.
    assert read("im Oktober").value == "2025-10"
    assert read("im März").value == "2026-03"


def test_the_basis_says_whether_the_report_date_was_needed():
    assert read("seit 2019").basis.kind is BasisKind.STATED
    relative = read("im Oktober")
    assert relative.basis.kind is BasisKind.RELATIVE and relative.basis.source == "r"


def test_an_uncertain_report_date_widens_the_result_instead_of_hiding():
    # Published late on Thursday or on Friday: "gestern" is Wednesday or Thursday.
    date = read("gestern", REPORT_004)
    assert (date.start, date.end, date.precision) == (D(2026, 1, 28), D(2026, 1, 29),
                                                      Precision.SPAN)


def test_values_are_written_at_their_precision():
    assert read("im vierten Quartal dieses Jahres", REPORT_004).value == "2026-Q4"
    assert read("vergangene Woche").value == "2025-W50"
    assert read("am Donnerstagabend", REPORT_004).value == "2026-01-29"


@pytest.mark.parametrize(("text", "reference", "reason"), [
    ("irgendwann", REPORT_000, "contains no date"),
    ("nicht im Oktober", REPORT_000, "negated"),
    ("am 31. Februar 2026", None, "does not exist"),
    ("im Oktober", None, "needs the publication date"),
    ("im fünften Quartal 2026", None, "no quarter 5"),
])
def test_unreadable_wordings_say_why(text, reference, reason):
    with pytest.raises(UnreadableDate, match=reason):
        resolve_date(text, reference, source="r")


def test_not_before_and_not_after_keep_their_open_side():
    import datetime as dt

    from viewer.domain.wording.dates import resolve_date

    earliest = resolve_date("frühestens 2028")
    assert (earliest.relation, earliest.start, earliest.end) == ("since", dt.date(2028, 1, 1), None)
    latest = resolve_date("spätestens im März 2027")
    assert (latest.relation, latest.start, latest.end) == ("until", None, dt.date(2027, 3, 31))
