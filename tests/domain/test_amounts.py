"""The amount parser reads German and English money wordings with their qualifiers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from viewer.domain.format.model import Qualifier
from viewer.domain.wording.amounts import UnreadableAmount, parse_amount
from viewer.domain.wording.describe import describe_amount

BN, TN = Decimal(10) ** 9, Decimal(10) ** 12


@pytest.mark.parametrize(("text", "qualifier", "low", "high"), [
    # Every amount in the seed reports.
    ("mindestens 10 Milliarden US-Dollar", "at_least", 10 * BN, None),
    ("mehr als 10 Milliarden Dollar", "more_than", 10 * BN, None),
    ("über 500 Milliarden US-Dollar", "more_than", 500 * BN, None),
    ("jenseits der halben Billion Dollar", "more_than", TN / 2, None),
    ("mehr als 13 Milliarden Dollar", "more_than", 13 * BN, None),
    ("mindestens 8 Milliarden Dollar", "at_least", 8 * BN, None),
    ("rund 1,4 Billionen Dollar", "about", Decimal("1.4") * TN, Decimal("1.4") * TN),
    ("38-Milliarden-Dollar-Vertrag", "exact", 38 * BN, 38 * BN),
    ("222,10 US-Dollar", "exact", Decimal("222.10"), Decimal("222.10")),
    ("bis zu 100 Milliarden Dollar", "up_to", None, 100 * BN),
    ("bis zu 50 Milliarden Dollar", "up_to", None, 50 * BN),
    ("zwischen zehn und 20 Milliarden Dollar", "between", 10 * BN, 20 * BN),
    ("bis zu 30 Milliarden Dollar", "up_to", None, 30 * BN),
    ("knapp unter zehn Milliarden Dollar", "just_under", None, 10 * BN),
    ("über eine Billion Dollar", "more_than", TN, None),
    # Amounts the seeds do not contain.
    ("$38 billion", "exact", 38 * BN, 38 * BN),
    ("up to $50bn", "up_to", None, 50 * BN),
    ("€2.5 million", "exact", Decimal(2_500_000), Decimal(2_500_000)),
    ("more than $10 billion", "more_than", 10 * BN, None),
    ("between $10 billion and $20 billion", "between", 10 * BN, 20 * BN),
    ("$10-20bn", "between", 10 * BN, 20 * BN),
    ("about 1.4 trillion dollars", "about", Decimal("1.4") * TN, Decimal("1.4") * TN),
    ("nearly $10bn", "just_under", None, 10 * BN),
    ("at least £3 million", "at_least", Decimal(3_000_000), None),
    ("2,5 Mio. Euro", "exact", Decimal(2_500_000), Decimal(2_500_000)),
    ("1.000 Euro", "exact", Decimal(1000), Decimal(1000)),
    ("fünfundzwanzig Millionen Euro", "exact", Decimal(25_000_000), Decimal(25_000_000)),
    ("twenty-five million dollars", "exact", Decimal(25_000_000), Decimal(25_000_000)),
    ("weniger als 5 Milliarden Euro", "less_than", None, 5 * BN),
    ("etwa 7,5 Milliarden Euro", "about", Decimal("7.5") * BN, Decimal("7.5") * BN),
])
def test_wording_gives_range_and_qualifier(text, qualifier, low, high):
    amount = parse_amount(text)
    assert (amount.qualifier, amount.min, amount.max) == (Qualifier(qualifier), low, high)
    assert amount.text == text


def test_billion_means_ten_to_the_twelfth_in_german_and_ninth_in_english():
    assert parse_amount("1 Billion Dollar", language="de").min == TN
    assert parse_amount("1 billion dollars", language="en").min == BN


def test_currency_left_out_is_taken_from_the_report_and_marked_inferred():
    amount = parse_amount("100-Milliarden-Runde", default_currency="USD")
    assert (amount.min, amount.currency, amount.currency_inferred) == (100 * BN, "USD", True)
    assert parse_amount("38 Milliarden Dollar").currency_inferred is False


@pytest.mark.parametrize(("text", "reason"), [
    ("0,21 Prozent", "percentage"),
    ("viel Geld", "no number"),
    ("10 Milliarden", "no currency"),
    ("zwischen 20 und 10 Milliarden Dollar", "below its lower end"),
])
def test_unreadable_amounts_say_why(text, reason):
    with pytest.raises(UnreadableAmount, match=reason):
        parse_amount(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("mindestens 10 Milliarden US-Dollar", "≥ 10 bn USD"),
    ("zwischen zehn und 20 Milliarden Dollar", "10–20 bn USD"),
    ("rund 1,4 Billionen Dollar", "≈ 1.4 tn USD"),
    ("bis zu 50 Milliarden Dollar", "up to 50 bn USD"),
    ("222,10 US-Dollar", "222.10 USD"),
])
def test_amounts_read_the_same_everywhere(text, shown):
    assert describe_amount(parse_amount(text)) == shown
