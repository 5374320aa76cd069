"""Reading the text directly, before the index is ready, finds exactly what the index finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.search.index import SearchIndex
from viewer.domain.search.plan import SearchPlan
from viewer.domain.search.scan import ScanSearch
from viewer.domain.search.text import Tolerant, fold
from viewer.tools.generate import generate_timeline

SEED_QUERIES = ["Börsengang", "Boersengang", "BORSENGANG", "geschäft", "Vertrag", "Trai", "1,4",
                "222,10", '"rund 1,4 Billionen"', "Amazon Trainium", "a", "ma", "ChatGPT",
                "Straße", "actor:amazon", "outlet:wsj Amazon", "after:2025-10 before:2026 Amazon",
                "amount:>=10bn", "source:004", "is:contested", "kind:neg", "Microsoft 2019"]
GENERATED_QUERIES = ["a", "ma", "nord", "geschäft", "Uebernahme", "Boersengang", "vertrag",
                     '"bis zu 5"', "1,4", "Milliarden Euro", "kind:neg nord",
                     "after:2020 before:2021 investiert", "Vorgang 4711", "Vorgang 12"]


def hits(results):
    return ([(h.kind, h.event, h.source, h.start, h.end, h.snippet, h.highlight, h.quoted)
             for h in results.events],
            [(h.kind, h.event, h.source, h.start, h.end, h.snippet, h.highlight, h.quoted)
             for h in results.passages])


def both(loaded):
    plan = SearchPlan(loaded)
    return SearchIndex(plan), ScanSearch(plan)


@pytest.fixture(scope="module")
def seed():
    return both(load_timeline(SEED_TIMELINE))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = generate_timeline(20_000, 200, 3, tmp_path_factory.mktemp("scan") / "t.json")
    return both(load_timeline(path))


def assert_same(index, scan, query):
    expected, found = index.search(query, 200), scan.search(query, 200)
    assert hits(found) == hits(expected), query
    assert (found.event_count, found.passage_count, found.matched) == \
        (expected.event_count, expected.passage_count, expected.matched), query
    assert found.read_directly and not expected.read_directly
    assert hits(scan.first(query)) == hits(index.first(query)), query


@pytest.mark.parametrize("query", SEED_QUERIES)
def test_reading_the_seed_directly_finds_what_the_index_finds(seed, query):
    assert_same(*seed, query)


@pytest.mark.parametrize("query", GENERATED_QUERIES)
def test_reading_20000_events_directly_finds_what_the_index_finds(generated, query):
    assert_same(*generated, query)


def test_a_first_answer_of_a_common_word_reads_only_the_first_block(generated):
    index, _ = generated
    scan = ScanSearch(index.plan)
    assert scan.first("a").events
    assert scan.texts._made.keys() == {("events", 0), ("passages", 0)}


WRITINGS = st.text(alphabet="aAäÄeEéoOöÖuUüÜsSßẞfiﬁlLnrtg-, ", max_size=40)


@settings(max_examples=400, deadline=None)
@given(WRITINGS, st.data())
def test_a_tolerant_pattern_finds_every_way_a_folded_word_can_be_written(text, data):
    folded = fold(text)
    start = data.draw(st.integers(0, max(0, len(folded) - 1)))
    needle = folded[start:start + data.draw(st.integers(1, 8))].strip()
    if needle:
        assert Tolerant.pattern(needle).search(text), (text, needle)
