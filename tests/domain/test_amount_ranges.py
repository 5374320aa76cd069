"""Amounts compare as the ranges their wording allows: "just under 10 bn" lies below 10 bn,
"up to 50 bn" anywhere up to 50 bn, "more than 13 bn" above 13 bn."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.search.index import SearchIndex
from viewer.domain.wording.amounts import parse_amount


@pytest.fixture(scope="module")
def index():
    return SearchIndex(load_timeline(SEED_TIMELINE))


def found(index, query):
    return {index.loaded.timeline.events[h.event].id for h in index.search(query).events}


def test_just_under_ten_billion_is_below_ten_billion(index):
    assert "microsoft-tranche-talks" not in found(index, "amount:>=10bn")
    assert "microsoft-tranche-talks" in found(index, "amount:<10bn")
    assert "microsoft-tranche-talks" in found(index, "amount:>=9bn")  # near its figure
    assert "microsoft-tranche-talks" not in found(index, "amount:<5bn")


def test_open_ranges_do_not_reach_a_bound_they_may_not_reach(index):
    assert "amazon-anthropic-stake" not in found(index, "amount:>=1tn")     # at least 8 bn
    assert "microsoft-invests-since-2019" in found(index, "amount:>13bn")  # more than 13 bn
    assert "microsoft-invests-since-2019" not in found(index, "amount:<=13bn")
    assert "openai-infrastructure-commitments" in found(index, "amount:=1.4tn")  # rund


@pytest.mark.parametrize(("wording", "query", "kept"), [
    ("knapp 10 Milliarden Dollar", ">=10bn", False),
    ("knapp 10 Milliarden Dollar", "<10bn", True),
    ("bis zu 50 Milliarden Dollar", "<=50bn", True),
    ("bis zu 50 Milliarden Dollar", ">=10bn", False),
    ("bis zu 50 Milliarden Dollar", "=1bn", True),
    ("mehr als 13 Milliarden Dollar", ">13bn", True),
    ("mehr als 13 Milliarden Dollar", "=13bn", False),
    ("mindestens 10 Milliarden Dollar", ">=10bn", True),
    ("mindestens 10 Milliarden Dollar", ">10bn", False),
    ("weniger als 5 Milliarden Dollar", "<5bn", True),
    ("weniger als 5 Milliarden Dollar", "<=4bn", False),
    ("rund 1,4 Billionen Dollar", ">=1tn", True),
    ("zwischen zehn und 20 Milliarden Dollar", ">20bn", False),
    ("zwischen zehn und 20 Milliarden Dollar", ">=10bn", True),
    ("100 Milliarden Dollar", "=100bn", True)])
def test_each_qualifier_compares_by_its_range(wording, query, kept):
    import numpy as np

    from viewer.domain.search.query import parse_query
    from viewer.domain.wording.amount_ranges import range_of, satisfies

    allowed = range_of(parse_amount(wording))
    amount = parse_query("amount:" + query).amount
    result = satisfies(np.array([allowed.low]), np.array([allowed.high]),
                       np.array([allowed.low_open]), np.array([allowed.high_open]),
                       amount.operator, float(amount.value))
    assert bool(result[0]) is kept
