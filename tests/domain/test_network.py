"""The deal network is built from the events: directions, amounts, dates, circular flows."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.story.network import build_network
from viewer.domain.story.open_timeline import OpenTimeline


@pytest.fixture(scope="module")
def seed():
    return (OpenTimeline(load_timeline(SEED_TIMELINE)),)


def edges(network):
    return {(e.source, e.target, e.kind): e for e in network.edges}


def test_money_flows_in_the_right_direction_with_its_amounts(seed):
    found = edges(build_network(*seed))
    assert found["amazon", "openai", "investment"].label == \
        "≥ 10 bn USD → up to 50 bn USD; 10–20 bn USD"
    assert found["openai", "aws", "cloud"].label == "38 bn USD"
    assert found["amazon", "anthropic", "investment"].label == "≥ 8 bn USD"
    assert found["nvidia", "openai", "investment"].label == "up to 30 bn USD"
    assert ("openai", "amazon", "investment") not in found


def test_the_circular_flows_are_the_ones_the_report_warns_of(seed):
    network = build_network(*seed)
    assert sorted(map(tuple, network.cycles)) == [("amazon", "openai"), ("microsoft", "openai"),
                                                  ("nvidia", "openai")]
    found = edges(network)
    assert found["openai", "aws", "cloud"].circular        # AWS is part of Amazon
    assert not found["amazon", "anthropic", "investment"].circular


def test_the_network_as_known_in_december(seed):
    found = edges(build_network(*seed, dt.date(2025, 12, 31)))
    assert found["amazon", "openai", "investment"].label == "≥ 10 bn USD"
    # Nvidia as OpenAI's backer and the Azure and chip flows back are reported only in January.
    assert ("nvidia", "openai", "investment") not in found
    assert ("openai", "microsoft", "cloud") not in found
    assert found["microsoft", "openai", "investment"].label == "> 13 bn USD"
