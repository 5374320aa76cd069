"""Where outlets disagree the event says so; where they agree it does not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.format.model import (
    AnchoredQuote,
    BasisKind,
    Claim,
    DateBasis,
    Event,
    EventKind,
    EventStatus,
    Precision,
    VagueDate,
)
from viewer.domain.interchange.export import export_json
from viewer.domain.story.conflicts import find_conflicts
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.wording.amounts import parse_amount


@pytest.fixture(scope="module")
def loaded():
    return load_timeline(SEED_TIMELINE)


def day(text, start, end):
    return VagueDate(text=text, value=start.isoformat(), precision=Precision.SPAN, start=start,
                     end=end, basis=DateBasis(kind=BasisKind.STATED))


def claim(who, amount=None, date=None):
    quote = AnchoredQuote(source="s", start=0, end=1, text="x")
    return Claim(attributed_to=who, amounts=[parse_amount(amount)] if amount else [],
                 date=date, quotes=[quote])


def event(*claims):
    return Event(id="e", title="t", kind=EventKind.NEGOTIATION,
                 status=EventStatus.IN_NEGOTIATION, date=day("x", dt.date(2026, 1, 1),
                                                            dt.date(2026, 1, 1)),
                 claims=list(claims))


def test_the_seed_has_one_conflict_the_january_figures(loaded):
    contested = {e.id: find_conflicts(e) for e in loaded.timeline.events}
    contested = {k: v for k, v in contested.items() if v}
    assert list(contested) == ["amazon-openai-talks-january"]
    (conflict,) = contested["amazon-openai-talks-january"]
    assert conflict.field == "amount" and conflict.claims == (0, 1)


def test_agreeing_figures_are_not_flagged(loaded):
    events = {e.id: e for e in loaded.timeline.events}
    # "bis zu 100 Milliarden" (WSJ, The Information) and the headline's "100-Milliarden-Runde"
    assert find_conflicts(events["openai-100bn-round-talks"]) == []
    # "über 500 Milliarden" and "jenseits der halben Billion"
    assert find_conflicts(events["openai-valuation-500bn"]) == []


@pytest.mark.parametrize(("first", "second", "conflict"), [
    ("bis zu 50 Milliarden Dollar", "zwischen 10 und 20 Milliarden Dollar", True),
    ("10 Milliarden Dollar", "20 Milliarden Dollar", True),          # ranges do not overlap
    ("rund 10 Milliarden Dollar", "etwa 11 Milliarden Dollar", False),
    ("mindestens 8 Milliarden Dollar", "mehr als 8 Milliarden Dollar", False),
    ("10 Milliarden Dollar", "20 Milliarden Euro", False),           # not the same currency
])
def test_amount_rules(first, second, conflict):
    found = find_conflicts(event(claim(["a"], first), claim(["b"], second)))
    assert bool(found) is conflict


def test_one_voice_does_not_contradict_itself():
    same = event(claim(["a"], "10 Milliarden Dollar"), claim(["a"], "20 Milliarden Dollar"))
    assert find_conflicts(same) == []


def test_dates_that_cannot_coincide_conflict():
    october = day("im Oktober", dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    december = day("im Dezember", dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    found = find_conflicts(event(claim(["a"], date=october), claim(["b"], date=december)))
    assert [c.field for c in found] == ["date"]
    overlapping = day("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert find_conflicts(event(claim(["a"], date=october), claim(["b"], date=overlapping))) == []


def test_export_carries_the_conflict_with_its_claims(loaded):
    talks = next(e for e in export_json(OpenTimeline(loaded))["events"]
                 if e["id"] == "amazon-openai-talks-january")
    (conflict,) = talks["conflicts"]
    assert conflict["field"] == "amount"
    assert [c["attributed_to"] for c in conflict["claims"]] == [["Wall Street Journal"],
                                                                ["The Information"]]
    assert conflict["note"] == ("Wall Street Journal: up to 50 bn USD · "
                                "The Information: 10–20 bn USD")
    assert all(e["conflicts"] == [] for e in export_json(OpenTimeline(loaded))["events"]
               if e["id"] != "amazon-openai-talks-january")
