"""Suggested events: sentences found with their offsets, candidates anchored and dated, the
quality figures of issue 14 on the bundled reports and on English wire copy, and rules that
name no company and no phrase of the bundled reports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.authoring import sentences as sentences_module
from viewer.domain.authoring import suggest as suggest_module
from viewer.domain.authoring.sentences import split_sentences
from viewer.domain.authoring.suggest import suggest
from viewer.domain.files.loading import load_timeline
from viewer.domain.format.model import BasisKind
from viewer.domain.wording.dates import resolve_date
from viewer.tools.bench_suggest import bundled_quality, english_quality


def pieces(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_sentences_end_where_a_reader_ends_them():
    text = ("Die Firma sammelt 1,5 Mrd. Euro ein. Das ist z. B. viel. Am 3. Oktober kam "
            "J. P. Morgan dazu. „Wir wachsen“, sagte er.\nZwischentitel ohne Punkt\n"
            "U.S. regulators said on Tuesday it was fine. Apple Inc. rose 2.5 percent! Next?")
    assert pieces(text) == [
        "Die Firma sammelt 1,5 Mrd. Euro ein.", "Das ist z. B. viel.",
        "Am 3. Oktober kam J. P. Morgan dazu.", "„Wir wachsen“, sagte er.",
        "Zwischentitel ohne Punkt", "U.S. regulators said on Tuesday it was fine.",
        "Apple Inc. rose 2.5 percent!", "Next?"]
    lines = [s.paragraph for s in split_sentences(text)]
    assert lines == [0, 0, 0, 0, 1, 2, 2, 2]


@pytest.fixture(scope="module")
def seed():
    return load_timeline(SEED_TIMELINE)


def test_candidates_are_anchored_and_dated_against_the_report(seed):
    source = seed.timeline.sources[1]
    text = seed.texts[source.id]
    found = suggest(text, published=source.published, source_id=source.id, language="de")
    assert found and [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    for candidate in found:
        assert text[candidate.start:candidate.end] == candidate.text
        assert all(candidate.start <= a < b <= candidate.end for a, b in candidate.quotes)
        if candidate.date_found is not None:
            wording = candidate.date_found
            assert text[wording.start:wording.end] == wording.text
        else:  # no wording: dated by the report, and the basis says so
            assert candidate.date.basis.kind is BasisKind.RELATIVE
            assert "publication" in candidate.date.basis.note
        for amount in candidate.amounts:
            assert text[amount.start:amount.end] == amount.text
    talks = next(c for c in found if "Finanzierungsrunde" in c.text and "WSJ" in c.text)
    assert (str(talks.kind), str(talks.status)) == ("funding_round", "in_negotiation")
    assert talks.date_found.text == "am Donnerstagabend"
    assert str(talks.date.start) == "2026-01-29"  # the Thursday before publication
    assert [a.text for a in talks.amounts] == ["bis zu 100 Milliarden Dollar"]
    ipo = next(c for c in found if "vierte Quartal dieses Jahres" in c.text)
    assert (str(ipo.kind), str(ipo.date.start), str(ipo.date.end)) == \
        ("plan", "2026-10-01", "2026-12-31")


def test_on_the_bundled_reports_recall_is_at_least_80_percent_with_few_candidates():
    figures = bundled_quality()
    assert figures["recall"] >= 0.8, figures["missed"]
    assert figures["per_event"] <= 1.5


def test_english_wire_copy_is_read_as_well():
    figures = english_quality()
    assert figures["recall"] >= 0.8, figures["missed"]
    assert figures["precision"] >= 0.7


def test_a_candidate_that_matches_an_event_is_offered_as_evidence_for_it(seed):
    source = seed.timeline.sources[1]
    found = suggest(seed.texts[source.id], published=source.published, source_id=source.id,
                    entities=seed.timeline.entities, events=seed.timeline.events)
    events = {e.id: e for e in seed.timeline.events}
    matched = [c for c in found if c.matches_event]
    assert len(matched) >= len(found) // 2
    for candidate in matched:
        event = events[candidate.matches_event]
        assert {f.value for f in candidate.actors} & set(event.actors)
    alone = suggest(seed.texts[source.id], published=source.published, source_id=source.id)
    assert not any(c.matches_event for c in alone)


def test_without_a_publication_date_only_stated_dates_place_a_candidate():
    text = "Northwind Capital invested $40 million in Helix Robotics in March 2024."
    found = suggest(text, language="en")
    assert [str(c.date.start) for c in found] == ["2024-03-01"]
    assert suggest("Northwind Capital invested $40 million in Helix Robotics on Tuesday.",
                   language="en") == []


def test_no_rule_names_a_company_an_amount_or_a_phrase_of_the_bundled_reports(seed):
    rules = "\n".join(Path(module.__file__).read_text(encoding="utf-8").casefold()
                      for module in (suggest_module, sentences_module))
    named = [e for e in seed.timeline.entities if str(e.kind) in ("company", "outlet", "person")]
    for entity in named:  # (groups and unnamed voices are words: "analysts", "insiders")
        for name in [entity.name, *entity.aliases]:
            if len(name) > 3:  # short ones ("AWS") may stand inside other words
                assert not re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", rules), name
    for text in seed.texts.values():
        words = re.findall(r"\w+", text.casefold())
        for i in range(len(words) - 3):
            phrase = " ".join(words[i:i + 4])
            assert phrase not in rules, phrase
    assert not re.search(r"\d+[.,]?\d*\s*(?:milliarden|billion|million)", rules)


def test_a_long_report_is_read_with_progress():
    text = " ".join(["Northwind Capital invested $40 million in Helix Robotics on Tuesday."] * 200)
    seen = []
    found = suggest(text, published=resolve_date("2026-03-12", None), language="en",
                    progress=seen.append)
    assert found and seen[0] == 0.0 and seen[-1] == 1.0 and len(seen) > 3


def test_every_accepted_candidate_makes_a_valid_event_and_evidence_joins_an_event(tmp_path):
    from viewer.domain.authoring.adding import add_report
    from viewer.domain.authoring.edits import (
        new_timeline,
        problems_of,
        with_event,
        with_event_replaced,
    )
    from viewer.domain.authoring.suggest import accepted, as_evidence
    from viewer.domain.format.problems import Severity
    from viewer.tools.bench_suggest import bundled_root

    folder = bundled_root() / "resources" / "evaluation" / "suggest-en"
    text = (folder / "meridian.txt").read_text(encoding="utf-8")
    timeline = new_timeline("Meridian", sources_dir="sources", language="en")
    timeline, source_id = add_report(timeline, tmp_path / "sources", text, title="Meridian",
                                     language="en",
                                     published=resolve_date("2026-05-05", None))
    texts = {source_id: text}
    found = suggest(text, published=timeline.sources[0].published, source_id=source_id,
                    language="en")
    for candidate in found:
        timeline, event = accepted(timeline, texts, source_id, candidate)
        timeline = with_event(timeline, event)
    errors = [p for p in problems_of(timeline, texts, "t.json") if p.severity is Severity.ERROR]
    assert errors == [] and len(timeline.events) == len(found)
    takeover = next(e for e in timeline.events if "acquire" in e.quotes[0].text)
    names = {e.id: e.name for e in timeline.entities}
    assert {"Meridian Energy AG", "Solvar Grid"} <= {names[a] for a in takeover.actors}
    assert takeover.date.basis.source == source_id and str(takeover.date.start) == "2026-05-05"
    # The same passage again, as evidence for the event: a new claim quoting it.
    timeline2, more = as_evidence(timeline, texts, source_id, found[0], takeover)
    assert len(more.claims) == len(takeover.claims) + 1
    timeline2 = with_event_replaced(timeline2, takeover.id, more)
    assert not [p for p in problems_of(timeline2, texts, "t.json")
                if p.severity is Severity.ERROR]
