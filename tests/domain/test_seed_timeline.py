"""The bundled timeline covers both reports, quotes them exactly and dates them honestly."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.conftest import SEED_TIMELINE, event_of
from viewer.bundled import bundled_root
from viewer.domain.files.date_check import date_warnings
from viewer.domain.files.loading import load_timeline
from viewer.domain.format.model import BasisKind, Relation

SEEDS = bundled_root() / "seeds"
BN = Decimal(10) ** 9


@pytest.fixture(scope="module")
def loaded():
    return load_timeline(SEED_TIMELINE)


def test_the_seeds_are_the_shared_reports_byte_for_byte():
    shared = bundled_root().parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("the shared seeds are not beside this checkout")
    for name in ("000_8e38079d058985df.txt", "004_e462da31cd2f4787.txt"):
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes()


def test_loads_without_warnings_and_every_date_matches_its_wording(loaded):
    assert loaded.warnings == []
    assert date_warnings(loaded) == []


def test_every_quote_is_the_source_text_at_its_offsets(seed_raw):
    texts = {s["id"]: (SEEDS / s["file"]).read_bytes().decode("utf-8") for s in seed_raw["sources"]}
    quotes = [q for e in seed_raw["events"] for c in e["claims"] for q in c["quotes"]]
    assert len(quotes) >= 30
    for quote in quotes:
        assert texts[quote["source"]][quote["start"]:quote["end"]] == quote["text"]


# The caption of the graphic 004 does not include is no development of its own.
NOT_A_DEVELOPMENT = ["Das 100-Milliarden-Netzwerk"]


def test_every_amount_in_the_reports_is_quoted_by_an_event(seed_raw):
    for source in seed_raw["sources"]:
        text = (SEEDS / source["file"]).read_text(encoding="utf-8")
        spans = [(q["start"], q["end"]) for e in seed_raw["events"] for c in e["claims"]
                 for q in c["quotes"] if q["source"] == source["id"]]
        for match in re.finditer(r"\b(Milliarden|Billionen?|US-Dollar)\b", text):
            line = text[text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.start())]
            if any(line.startswith(skip) for skip in NOT_A_DEVELOPMENT):
                continue
            assert any(s <= match.start() < e for s, e in spans), \
                f"{source['id']}: '{text[match.start() - 40:match.end() + 20]}' is on no event"


def test_each_outlet_keeps_its_own_figure_on_the_january_talks(loaded):
    talks = next(e for e in loaded.timeline.events if e.id == "amazon-openai-talks-january")
    figures = {tuple(c.attributed_to): (c.amounts[0].min, c.amounts[0].max)
               for c in talks.claims if c.amounts}
    assert figures == {("wsj",): (None, 50 * BN), ("the-information",): (10 * BN, 20 * BN)}


@pytest.mark.parametrize(("event_id", "wording", "start", "end", "outside"), [
    ("microsoft-invests-since-2019", "seit 2019", "2019-01-01", None, "2019-07-22"),
    ("openai-restructuring", "im Oktober", "2025-10-01", "2025-10-31", "2025-10-28"),
    ("aws-openai-cloud-contract", "bereits vereinbart", None, "2025-12-17", "2025-11-03"),
    ("openai-ipo-planned", "noch für das vierte Quartal dieses Jahres", "2026-10-01",
     "2026-12-31", None),
    ("amazon-openai-talks-january", "am Donnerstagabend", "2026-01-29", "2026-01-29", None),
    ("amazon-stock-after-hours", "Nachbörslich", "2025-12-16", "2025-12-17", None),
])
def test_dates_are_as_precise_as_the_text_and_outside_dates_are_marked(
        seed_raw, event_id, wording, start, end, outside):
    event = event_of(seed_raw, event_id)
    assert (event["date"]["text"], event["date"]["start"], event["date"]["end"]) == (
        wording, start, end)
    context = event.get("context_date")
    assert (context["start"] if context else None) == outside
    if context:
        assert context["basis"]["kind"] == "other_reporting" and context["basis"]["note"]


def test_since_2019_stays_open_ended(loaded):
    event = next(e for e in loaded.timeline.events if e.id == "microsoft-invests-since-2019")
    assert event.date.relation is Relation.SINCE and event.date.end is None


def test_publication_dates_say_they_are_inferred(loaded):
    for source in loaded.timeline.sources:
        assert source.published.basis.kind is BasisKind.OTHER_REPORTING
        assert "Not printed" in source.published.basis.note
    assert [s.title_printed for s in loaded.timeline.sources] == [False, True]


def test_relative_dates_name_the_report_they_were_resolved_against(loaded):
    for event in loaded.timeline.events:
        basis = event.date.basis
        if basis.kind is BasisKind.RELATIVE:
            assert basis.source in {q.source for q in event.quotes}, event.id
