"""Search finds every fact and passage, forgiving German spelling; filters narrow it."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.search.index import SearchIndex
from viewer.domain.search.query import QueryError, parse_query
from viewer.domain.search.text import fold, fold_with_map


@pytest.fixture(scope="module")
def index():
    return SearchIndex(load_timeline(SEED_TIMELINE))


def event_ids(index, query):
    results = index.search(query)
    return [index.loaded.timeline.events[hit.event].id for hit in results.events]


def matched_text(hit):
    return hit.snippet[hit.highlight[0]:hit.highlight[1]]


def test_folding_reads_umlauts_spelled_out_and_eszett():
    assert fold("Börsengang") == fold("Boersengang") == fold("Borsengang") == "borsengang"
    assert fold("Straße") == fold("STRASSE") == "strasse"
    text = "Die Börse und die Straße"
    folded, where = fold_with_map(text)
    assert folded == fold(text)
    assert text[where[folded.index("strasse")]] == "S"


@pytest.mark.parametrize("query", ["Börsengang", "Boersengang", "Borsengang", "BÖRSENGANG"])
def test_german_spellings_find_the_ipo(index, query):
    assert event_ids(index, query) == ["openai-ipo-planned"]


@pytest.mark.parametrize(("query", "event", "found"), [
    ("geschäft", "analysts-warn-circular-deals", "geschäft"),   # inside "Zirkelgeschäfte"
    ("Vertrag", "aws-openai-cloud-contract", "Vertrag"),        # in "38-Milliarden-Dollar-Vertrag"
    ("Trai", "amazon-openai-talks-december", "Trai"),           # a prefix, while typing
    ("1,4", "openai-infrastructure-commitments", "1,4"),        # numbers as written
    ("222,10", "amazon-stock-after-hours", "222,10"),
    ('"rund 1,4 Billionen"', "openai-infrastructure-commitments", "rund 1,4 Billionen"),
])
def test_words_inside_compounds_prefixes_numbers_and_phrases(index, query, event, found):
    results = index.search(query)
    assert event in [index.loaded.timeline.events[h.event].id for h in results.events]
    hit = next(h for h in results.events if index.loaded.timeline.events[h.event].id == event)
    assert matched_text(hit) == found


def test_every_word_must_match(index):
    assert event_ids(index, "Amazon Trainium") == ["amazon-openai-talks-december"]
    assert event_ids(index, "Trainium Börsengang") == []


def test_one_and_two_letter_prefixes_answer(index):
    assert len(event_ids(index, "t")) >= len(event_ids(index, "tr")) >= 1


def test_passages_reach_text_no_event_quotes(index):
    results = index.search("Sprengkraft")
    assert results.events == [] or len(results.events) == 0
    (passage,) = list(results.passages)
    assert passage.source == "000" and passage.quoted is False
    text = index.loaded.texts["000"]
    assert text[passage.start:passage.end] == "Sprengkraft"


def test_every_result_points_at_its_match_in_the_source(index):
    for query in ("Trainium", "geschäft", "WSJ", "nachbörslich", "Zirkel", "Amazon"):
        results = index.search(query)
        for hit in list(results.events) + list(results.passages):
            if hit.start is None:
                continue
            found = index.loaded.texts[hit.source][hit.start:hit.end]
            assert fold(found) == fold(query), (query, hit)


@pytest.mark.parametrize(("query", "expected"), [
    ("actor:aws", {"aws-openai-cloud-contract", "amazon-openai-talks-january"}),
    ("actor:Amazon Web Services", {"aws-openai-cloud-contract", "amazon-openai-talks-january"}),
    ("kind:neg", {"amazon-openai-talks-december", "amazon-openai-talks-january",
                  "microsoft-tranche-talks"}),
    ("status:planned", {"openai-ipo-planned", "nvidia-plans-stake"}),
    ("outlet:bloomberg", {"amazon-openai-talks-december"}),
    ("outlet:information amazon", {"openai-100bn-round-talks", "amazon-openai-talks-january"}),
    ("source:004 Anthropic", {"amazon-anthropic-stake", "openai-ipo-planned"}),
    ("after:2026-02", {"openai-ipo-planned", "openai-trillion-valuation-target",
                       "microsoft-invests-since-2019"}),
    ("before:2025-11 kind:restructuring", {"openai-restructuring"}),
    ("amount:>=1tn", {"openai-infrastructure-commitments", "openai-trillion-valuation-target"}),
    ("amount:<=100m", {"amazon-stock-after-hours"}),
])
def test_filters(index, query, expected):
    assert set(event_ids(index, query)) == expected


def test_event_only_filters_leave_no_passages(index):
    assert len(index.search("kind:negotiation Amazon").passages) == 0
    assert len(index.search("source:004 Anthropic").passages) >= 1


def test_results_come_in_date_order(index):
    ids = event_ids(index, "Microsoft")
    assert ids[0] == "microsoft-invests-since-2019"


@pytest.mark.parametrize(("query", "says"), [
    ('"rund 1,4', "does not close"),
    ("colour:red", "there is no filter 'colour:'"),
    ("after:2025-13", "is not a date"),
    ("before:gestern", "is not a date"),
    ("amount:viel", "is not an amount"),
    ("kind:", "needs a value"),
])
def test_bad_queries_say_what_to_change(query, says):
    with pytest.raises(QueryError, match=says):
        parse_query(query)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from viewer.tools.generate import generate_timeline

    folder = tmp_path_factory.mktemp("generated")
    return load_timeline(generate_timeline(600, 12, 3, folder / "t.json"))


GENERATED_QUERIES = ["a", "ma", "nord", "geschäft", "Milliarden Euro", '"bis zu 5"', "1,4",
                     "kind:neg nord", "actor:rhein", "actor:rhein amount:>=50bn",
                     "after:2020 before:2021 investiert", "after:2024", "outlet:kurier Zusagen",
                     "source:r0000 Vertrag", "source:r00003", "is:contested", "status:planned ma",
                     "Vorgang 17", "Vorgang 999999"]


def ids(hits):
    return [(h.kind, h.event, h.source, h.start) for h in hits]


@pytest.mark.parametrize("query", GENERATED_QUERIES)
def test_the_first_answer_is_the_start_of_the_complete_one(generated, query):
    index = SearchIndex(generated)
    every = index.search(query)
    first = index.first(query, count=7)
    assert ids(first.events) == ids(every.events[:7])
    assert ids(first.passages) == ids(every.passages[:7])
    if every.event_count <= 7 and every.passage_count <= 7:
        assert first.complete and first.matched == every.matched
        assert (first.event_count, first.passage_count) == (every.event_count,
                                                              every.passage_count)
    elif first.complete:  # a narrow filter's few documents were all read: exact anyway
        assert first.matched == every.matched and first.event_count == every.event_count
    else:
        assert first.matched is None


@pytest.mark.parametrize("query", GENERATED_QUERIES)
def test_reading_documents_one_by_one_finds_what_the_index_finds(generated, query, monkeypatch):
    """A filter that leaves few documents is answered by reading them; both ways must agree."""
    import viewer.domain.search.index as search_index

    index = SearchIndex(generated)
    monkeypatch.setattr(search_index, "DIRECT", 0)
    through_index = index.search(query)
    monkeypatch.setattr(search_index, "DIRECT", 10**9)
    one_by_one = index.search(query)
    assert ids(one_by_one.events) == ids(through_index.events)
    assert ids(one_by_one.passages) == ids(through_index.passages)


def test_events_come_in_date_order_and_passages_by_report_date(generated):
    index = SearchIndex(generated)
    results = index.search("a")
    ranks = [index.facts.rank[h.event] for h in results.events]
    assert ranks == sorted(ranks) and len(ranks) > 300
    published = {s.id: s.published.start for s in generated.timeline.sources}
    days = [published[h.source] for h in results.passages]
    assert days == sorted(days)
    assert results.event_count == len(results.events)  # no cap: every match is counted


def test_the_index_is_cached_by_content_and_rebuilt_when_it_changes(generated, tmp_path,
                                                                      monkeypatch):
    """A cached index answers like one in memory, also when its passages are searched in a
    second thread (as they are from 50,000 documents on)."""
    import dataclasses

    import viewer.domain.search.index as search_index

    monkeypatch.setattr(search_index, "PARALLEL_DOCUMENTS", 0)

    in_memory = SearchIndex(generated)
    built = SearchIndex(generated, tmp_path)
    assert not built.from_cache and len(list(tmp_path.glob("*.sqlite"))) == 1
    cached = SearchIndex(generated, tmp_path)
    assert cached.from_cache and cached._helper is not None  # two readers of the file
    for query in GENERATED_QUERIES:
        expected = in_memory.search(query)
        for index in (built, cached):
            for answer in (index.search(query), index.first(query, count=7)):
                assert ids(answer.events) == ids(expected.events[:len(answer.events)])
                assert ids(answer.passages) == ids(expected.passages[:len(answer.passages)])
            every = index.search(query)
            assert (every.event_count, every.passage_count, every.matched) == \
                (expected.event_count, expected.passage_count, expected.matched)
    source = generated.timeline.sources[0].id
    texts = dict(generated.texts)
    texts[source] = texts[source].replace("Milliarden", "Milliarde", 1)
    changed = SearchIndex(dataclasses.replace(generated, texts=texts), tmp_path)
    assert not changed.from_cache and len(list(tmp_path.glob("*.sqlite"))) == 2


def test_a_damaged_or_unwritable_cache_is_passed_over(generated, tmp_path):
    SearchIndex(generated, tmp_path)
    (cached,) = tmp_path.glob("*.sqlite")
    cached.write_bytes(b"not a database")
    rebuilt = SearchIndex(generated, tmp_path)
    assert not rebuilt.from_cache and rebuilt.search("nord").event_count > 0
    assert SearchIndex(generated, tmp_path).from_cache  # the rebuilt one replaced it
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    assert SearchIndex(generated, blocked / "search").search("nord").event_count > 0


def test_an_event_found_by_a_name_shows_who_it_names(index):
    hits = {index.loaded.timeline.events[h.event].id: h for h in index.search("ChatGPT").events}
    hit = hits["microsoft-invests-since-2019"]
    assert hit.snippet.startswith("Actors: Microsoft, OpenAI (ChatGPT-Entwickler)")
    assert matched_text(hit) == "ChatGPT"


def test_fast_folding_equals_folding_character_by_character():
    """fold() takes shortcuts for speed; it must equal the plain rule: casefold, strip accents,
    then read ae/oe/ue as a/o/u from left to right, and agree with fold_with_map."""
    import random
    import re

    from viewer.domain.search.text import ACCENTS

    def plain(text):
        return re.sub("ae|oe|ue", lambda m: m.group()[0], text.casefold().translate(ACCENTS))

    pieces = ["a", "e", "o", "u", "ä", "Ä", "ö", "ü", "ß", "é", "ẞ", "x", " ", "Ae", "OE", "ue",
              "ø", "ı", "İ", "1,4", "-"]
    generator = random.Random(5)
    for _ in range(5000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 14)))
        assert fold(text) == plain(text) == fold_with_map(text)[0], text


def test_every_event_hit_shows_the_words_it_was_found_by(index):
    """Titles, summaries, claims, quotes or names: wherever the match is, the snippet has it."""
    for query in ("valuation", "talks", "ChatGPT", "Trainium", "restructur", "Azure", "bn"):
        for hit in index.search(query).events:
            assert fold(matched_text(hit)) == fold(query), (query, hit)
