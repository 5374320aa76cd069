"""German wording from the Qt-free layer: dates and numbers by CLDR (Babel), the few words it
lacks from one table; English stays as it was."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.interchange.export import export_markdown
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.wording.amounts import parse_amount
from viewer.domain.wording.describe import (
    describe_amount,
    describe_date,
    describe_kind,
    describe_status,
)


@pytest.fixture(scope="module")
def seed():
    opened = OpenTimeline(load_timeline(SEED_TIMELINE))
    return opened, {e.id: e for e in opened.events}


@pytest.mark.parametrize(("event", "english", "german"), [
    ("amazon-openai-talks-december", "16–17 Dec 2025", "16.–17. Dez. 2025"),
    ("microsoft-invests-since-2019", "since 2019", "seit 2019"),
    ("openai-restructuring", "October 2025", "Oktober 2025"),
    ("openai-ipo-planned", "Q4 2026", "4. Quartal 2026"),
    ("aws-openai-cloud-contract", "by 17 Dec 2025", "bis 17. Dez. 2025"),
])
def test_dates_read_in_both_languages(seed, event, english, german):
    date = seed[1][event].date
    assert describe_date(date) == english and describe_date(date, "de") == german


@pytest.mark.parametrize(("wording", "english", "german"), [
    ("bis zu 50 Milliarden Dollar", "up to 50 bn USD", "bis zu 50\u00a0Mrd. USD"),
    ("knapp 10 Milliarden Dollar", "just under 10 bn USD", "knapp 10\u00a0Mrd. USD"),
    ("rund 1,4 Billionen Dollar", "≈ 1.4 tn USD", "rund 1,4\u00a0Bio. USD"),
    ("zwischen zehn und 20 Milliarden Dollar", "10–20 bn USD", "10–20\u00a0Mrd. USD"),
    ("222,10 Dollar", "222.10 USD", "222,10 USD"),
])
def test_amounts_read_in_both_languages(wording, english, german):
    amount = parse_amount(wording)
    assert describe_amount(amount) == english and describe_amount(amount, "de") == german


def test_kinds_and_statuses_have_german_names():
    assert describe_kind("negotiation", "de") == "Verhandlung"
    assert describe_status("in_negotiation", "de") == "In Verhandlung"
    assert describe_status("in_negotiation") == "In negotiation"


def test_the_fact_sheet_is_written_in_german_on_request(seed):
    sheet = export_markdown(seed[0], "de")
    assert "## Ereignisse in zeitlicher Reihenfolge" in sheet
    assert "16.–17. Dez. 2025" in sheet and "seit 2019" in sheet
    assert "bis zu 50\u00a0Mrd. USD" in sheet and "Laut dem Bericht selbst" in sheet
    assert "### 29. Jan. 2026: Amazon erwägt Investition von bis zu 50 Milliarden" in sheet
    for english in ("According to", "Date from other reporting", "## Sources", "actors:",
                    "characters", "the report itself"):
        assert english not in sheet
    assert export_markdown(seed[0]) == export_markdown(seed[0], "en")
