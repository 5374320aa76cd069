"""Building a timeline from one's own reports, without the GUI: reading reports, anchoring
passages, the recognizers, edits on snapshots and saving."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.authoring.adding import (
    add_report,
    event_from_quote,
    guess_status,
    published_date,
    sentence_around,
)
from viewer.domain.authoring.edits import (
    EditRefused,
    new_timeline,
    problems_of,
    slug,
    unique_id,
    with_event,
    without_event,
    without_source,
)
from viewer.domain.authoring.passages import PassageNotFound, find_passage, quote_at
from viewer.domain.authoring.recognize import recognize
from viewer.domain.authoring.reports import ReportUnreadable, guess_language, read_report
from viewer.domain.files.loading import load_timeline
from viewer.domain.files.saving import save_timeline, timeline_bytes
from viewer.domain.format.problems import TimelineError

WIRE = ("SAN FRANCISCO, March 12 (Wire) - Harbor Dynamics said on Thursday it had raised "
        "$300 million in a round led by Cobalt Partners, according to people familiar with the "
        "matter. The company plans to list its shares in the second half of next year.")
BERICHT = ("Laut dem Handelsblatt verhandelt Harbor Dynamics seit Januar mit Nordlicht Logistik "
           "über einen Liefervertrag im Wert von bis zu 400 Millionen Euro. Der Börsengang ist "
           "für das zweite Halbjahr 2027 geplant.")
MARCH_13 = dt.date(2026, 3, 13)


def test_reports_are_read_as_exact_text_with_their_titles(tmp_path):
    (tmp_path / "a.md").write_text("# Harbor raises money\r\n\r\nText ä.\r\n", encoding="utf-8")
    report = read_report(tmp_path / "a.md")
    assert report.text == "# Harbor raises money\n\nText ä.\n"  # \n only, marks kept
    assert report.title == "Harbor raises money"
    (tmp_path / "b.docx").write_bytes(b"PK")
    with pytest.raises(ReportUnreadable, match=r"b\.docx: a report must be plain text"):
        read_report(tmp_path / "b.docx")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe bad")
    with pytest.raises(ReportUnreadable, match=r"c\.txt: is not UTF-8"):
        read_report(tmp_path / "c.txt")


def test_a_web_page_gives_its_article_and_metadata_and_no_markup(tmp_path):
    paragraphs = "".join(f"<p>{WIRE} Paragraph {n} adds more detail to the story.</p>"
                         for n in range(4))
    (tmp_path / "page.html").write_text(
        "<html><head><title>Harbor raises $300 million</title>"
        '<meta property="og:site_name" content="Wire Service">'
        '<meta name="date" content="2026-03-13">'
        "<script>alert('x')</script></head><body><nav>Home | World</nav>"
        f"<article><h1>Harbor raises $300 million</h1>{paragraphs}</article>"
        "<footer>© Wire</footer></body></html>", encoding="utf-8")
    report = read_report(tmp_path / "page.html")
    assert "Harbor Dynamics said on Thursday" in report.text
    assert "<" not in report.text and "alert" not in report.text and "Home | World" not in \
        report.text
    assert report.title == "Harbor raises $300 million"
    assert report.site == "Wire Service" and report.published == "2026-03-13"


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica (written by hand, as the format allows)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)


def test_a_pdf_gives_its_text_layer(tmp_path):
    (tmp_path / "r.pdf").write_bytes(minimal_pdf("Harbor Dynamics raised 300 million dollars."))
    assert "Harbor Dynamics raised 300 million dollars." in read_report(tmp_path / "r.pdf").text
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    with pytest.raises(ReportUnreadable, match=r"broken\.pdf"):
        read_report(tmp_path / "broken.pdf")


def test_the_language_is_guessed_from_common_words():
    assert guess_language(WIRE) == "en" and guess_language(BERICHT) == "de"


def test_a_selection_becomes_a_quote_with_context_to_find_it_again():
    quote = quote_at("001", WIRE, WIRE.index("Harbor") - 1, WIRE.index(" said") + 6)
    assert quote.text == "Harbor Dynamics said"  # white space at the edges trimmed
    assert WIRE[quote.start:quote.end] == quote.text
    assert quote.prefix.endswith("(Wire) - ") and quote.suffix.startswith(" on Thursday")


def test_a_passage_is_found_once_or_the_user_is_told_where_it_is():
    assert find_passage("001", WIRE, "led by Cobalt Partners").start == WIRE.index("led by")
    with pytest.raises(PassageNotFound, match="is not in report '001'"):
        find_passage("001", WIRE, "led by cobalt partners")
    text = "Harbor said. Harbor said again."
    with pytest.raises(PassageNotFound, match=r"occurs 2 times .*1: characters 0–11, 2: "
                                              r"characters 13–24.*--occurrence"):
        find_passage("001", text, "Harbor said")
    assert find_passage("001", text, "Harbor said", occurrence=2).start == 13


def test_the_recognizers_read_an_english_wire_passage():
    found = recognize(WIRE, reference=MARCH_13, source="001", language="en")
    dates = {f.text: (f.value.start, f.value.end) for f in found.dates}
    assert dates["on Thursday"] == (dt.date(2026, 3, 12), dt.date(2026, 3, 12))
    assert dates["in the second half of next year"] == (dt.date(2027, 7, 1),
                                                       dt.date(2027, 12, 31))
    (amount,) = found.amounts
    assert (amount.text, amount.value.min, amount.value.currency) == ("$300 million",
                                                                      300_000_000, "USD")
    assert {f.text for f in found.new_names} >= {"Harbor Dynamics", "Cobalt Partners"}
    assert "people familiar with the matter" in {f.text for f in found.attributed_to}


def test_the_recognizers_read_a_german_passage_with_known_entities():
    timeline = load_timeline(SEED_TIMELINE).timeline  # has outlets such as the WSJ
    passage = ("Laut dem Wall Street Journal verhandelt die Firma seit Januar über bis zu 400 "
               "Millionen Euro.")
    found = recognize(passage, entities=timeline.entities, reference=MARCH_13, source="001",
                      language="de")
    assert [(f.text, f.value.start, f.value.end) for f in found.dates] == [
        ("seit Januar", dt.date(2026, 1, 1), None)]
    assert [f.value.max for f in found.amounts] == [400_000_000]
    assert [f.value for f in found.attributed_to] == ["wsj"]
    assert found.new_names == []  # German nouns are not offered as names


def test_the_status_is_guessed_from_the_wording():
    assert guess_status("verhandelt seit Januar") == "in_negotiation"
    assert guess_status("The company plans to list its shares") == "planned"
    assert guess_status("said it had raised $300 million") == "completed"


def test_the_sentence_around_a_quote():
    start = WIRE.index("The company")
    assert WIRE[slice(*sentence_around(WIRE, start, start + 5))].startswith("The company plans")


def build(tmp_path):
    timeline = new_timeline("Harbor", sources_dir="sources")
    timeline, wire = add_report(timeline, tmp_path / "sources", WIRE, title="Harbor raises",
                                language="en", published=published_date("2026-03-13"),
                                outlet="Wire Service")
    timeline, bericht = add_report(timeline, tmp_path / "sources", BERICHT, title="Harbor",
                                   language="de", published=published_date("13. März 2026"))
    return timeline, {wire: WIRE, bericht: BERICHT}


def test_reports_are_stored_with_their_hash_and_outlet(tmp_path):
    timeline, _ = build(tmp_path)
    wire, bericht = timeline.sources
    assert (tmp_path / "sources" / wire.file).read_text(encoding="utf-8") == WIRE
    assert wire.file.startswith("001_") and wire.sha256.startswith(wire.file[4:20])
    assert [e.name for e in timeline.entities] == ["Wire Service"] and wire.outlet == \
        "wire-service"
    assert bericht.published.start == dt.date(2026, 3, 13)


def test_an_event_from_a_passage_is_dated_by_its_sentence_and_validates(tmp_path):
    timeline, texts = build(tmp_path)
    quote = find_passage("001", WIRE, "The company plans to list its shares")
    event = event_from_quote(timeline, texts, quote, title="Harbor plans IPO", kind="plan")
    assert event.date.text == "in the second half of next year"  # from the rest of the sentence
    assert event.date.basis.kind == "relative_to_source" and event.date.basis.source == "001"
    assert event.status == "planned" and event.id == "harbor-plans-ipo"
    after = with_event(timeline, event)
    assert problems_of(after, texts, "harbor.json") == []
    assert timeline.events == []  # the old snapshot is untouched: undo keeps it


def test_edits_refuse_what_would_break_the_evidence(tmp_path):
    timeline, texts = build(tmp_path)
    quote = find_passage("002", BERICHT, "verhandelt Harbor Dynamics seit Januar")
    event = event_from_quote(timeline, texts, quote, title="Talks")
    timeline = with_event(timeline, event)
    with pytest.raises(EditRefused, match="already in the timeline"):
        with_event(timeline, event)
    with pytest.raises(EditRefused, match=r"report '002' is quoted by 1 event.*'talks'"):
        without_source(timeline, "002")
    assert [s.id for s in without_source(without_event(timeline, "talks"), "002").sources] == [
        "001"]
    timeline, undated = add_report(timeline, tmp_path / "sources", "Harbor declined to comment.",
                                   title="Comment", language="en",
                                   published=published_date("2026-03-13"))
    with pytest.raises(EditRefused, match="no date wording"):
        event_from_quote(timeline, {**texts, undated: "Harbor declined to comment."},
                         find_passage(undated, "Harbor declined to comment.", "declined"),
                         title="x")


def test_ids_are_made_from_titles_and_kept_unique():
    assert slug("Amazon–OpenAI talks: 10 Mrd. $ (Übernahme)") == \
        "amazon-openai-talks-10-mrd-ubernahme"
    assert unique_id({"talks", "talks-2"}, "talks") == "talks-3"


def test_a_saved_file_saves_to_the_same_bytes_and_keeps_the_model_order(tmp_path):
    timeline, texts = build(tmp_path)
    quote = find_passage("001", WIRE, "Harbor Dynamics said on Thursday it had raised "
                                      "$300 million")
    timeline = with_event(timeline, event_from_quote(timeline, texts, quote, title="Raise"))
    path = tmp_path / "harbor.json"
    save_timeline(path, timeline)
    first = path.read_bytes()
    loaded = load_timeline(path)
    assert loaded.warnings == [] and loaded.timeline == timeline
    assert timeline_bytes(loaded.timeline) == first
    text = first.decode("utf-8")
    assert text.index('"format"') < text.index('"title"') < text.index('"sources"') < \
        text.index('"events"')
    assert '\n              "text": "Harbor Dynamics said on Thursday it had raised $300 ' \
           'million",\n' in text  # one line per field of a quote
    assert "\\u" not in text and "13. März 2026" in text  # UTF-8 as written


def test_the_bundled_timeline_saves_and_loads_back_the_same(tmp_path):
    loaded = load_timeline(SEED_TIMELINE)
    copy = tmp_path / "copy.json"
    data = timeline_bytes(loaded.timeline).replace(
        b'"sources_dir": "../../seeds"',
        f'"sources_dir": "{loaded.sources_dir.as_posix()}"'.encode())
    copy.write_bytes(data)
    again = load_timeline(copy)
    assert again.timeline.events == loaded.timeline.events and again.warnings == []


def test_removing_a_report_takes_its_quotes_and_the_events_left_without_any(tmp_path):
    from viewer.domain.authoring.edits import with_evidence, without_report

    timeline, texts = build(tmp_path)
    both = event_from_quote(timeline, texts, find_passage("001", WIRE, "Harbor Dynamics said"),
                            title="Both", date=published_date("2026-03-12"))
    both = with_evidence(both, find_passage("002", BERICHT, "verhandelt Harbor Dynamics"))
    only = event_from_quote(timeline, texts, find_passage("002", BERICHT, "Der Börsengang"),
                            title="Only")
    timeline = with_event(with_event(timeline, both), only)
    after, changed, deleted = without_report(timeline, "002")
    assert (changed, deleted) == (["both"], ["only"])
    assert [q.source for q in after.events[0].quotes] == ["001"]
    assert [s.id for s in after.sources] == ["001"]
    assert problems_of(after, {"001": WIRE}, "harbor.json") == []


def test_a_save_checks_the_events_not_checked_before_and_ids_across_all(tmp_path,
                                                                          monkeypatch):
    """A snapshot that shares the reports, entities and texts of one known to be sound has
    only its other events checked (a save of 100,000 events checked all of them in 2.8 s);
    what is wrong in those is found as before, and a repeated id across all."""
    from viewer.domain.format.checks import TimelineCheck
    from viewer.domain.format.fast_load import replace

    timeline, texts = build(tmp_path)
    first = event_from_quote(timeline, texts, find_passage("001", WIRE, "The company plans"),
                             title="Plans", event_id="plans")
    sound = with_event(timeline, first)
    visited = []
    seen = TimelineCheck._event
    monkeypatch.setattr(TimelineCheck, "_event",
                        lambda check, event: (visited.append(event.id), seen(check, event))[1])
    second = event_from_quote(timeline, texts, find_passage("002", BERICHT, "Harbor Dynamics"),
                              title="Talks", event_id="talks")
    later = with_event(sound, second)
    assert problems_of(later, texts, "h.json", checked=(sound, texts)) == []
    assert visited == ["talks"]
    visited.clear()
    assert problems_of(later, texts, "h.json") == [] and visited == ["plans", "talks"]
    # What is wrong in a new event is still said, in the format's words or the checks'.
    stray = replace(second, id="stray", actors=["nobody"])
    (problem,) = problems_of(replace(sound, events=[*sound.events, stray]), texts, "h.json",
                             checked=(sound, texts))
    assert "event 'stray'" in str(problem) and "actors[0]" in str(problem)
    odd = replace(second, id="odd", date=replace(second.date, precision="fortnight"))
    (problem,) = problems_of(replace(sound, events=[*sound.events, odd]), texts, "h.json",
                             checked=(sound, texts))
    assert "event 'odd'" in str(problem) and "precision" in str(problem)
    twin = replace(second, id="plans")  # an id the checked events already use
    assert any("is used by 2 event" in str(p) for p in problems_of(
        replace(sound, events=[*sound.events, twin]), texts, "h.json", checked=(sound, texts)))
    # Other texts (a report changed): every event is checked again.
    visited.clear()
    problems_of(later, dict(texts), "h.json", checked=(sound, texts))
    assert visited == ["plans", "talks"]


def test_a_snapshot_the_format_forbids_is_explained_in_the_format_s_words(tmp_path):
    from viewer.domain.format.fast_load import replace

    timeline, texts = build(tmp_path)
    wrong = replace(timeline, sources=[replace(timeline.sources[0], language="deutsch"),
                                       timeline.sources[1]])
    (problem,) = problems_of(wrong, texts, "harbor.json")
    assert problem.file == "harbor.json" and "source '001'" in str(problem)
    assert "language" in str(problem)


def test_a_recovery_copy_brings_the_snapshot_back_and_refuses_a_foreign_one(tmp_path):
    from viewer.domain.files.recovery import (
        discard_recovery,
        pending_recovery,
        recovery_path,
        write_recovery,
    )

    timeline, texts = build(tmp_path)
    path = tmp_path / "harbor.json"
    assert pending_recovery(path) is None
    write_recovery(path, timeline)
    back = pending_recovery(path)
    assert back.timeline == timeline and back.texts == texts and back.written
    other = tmp_path / "other.json"
    recovery_path(other).write_bytes(recovery_path(path).read_bytes())  # copied by hand
    with pytest.raises(TimelineError, match="cannot be used: not a recovery copy"):
        pending_recovery(other)
    discard_recovery(path)
    assert pending_recovery(path) is None


@pytest.mark.parametrize("per", [1, 2, 500])
def test_a_recovery_copy_made_in_pieces_reads_back_as_the_timeline(per):
    """A recovery copy is encoded a few hundred events at a time (a pool thread then holds
    the interpreter a millisecond or two at a time, not the whole encoding); put together,
    the pieces read back as the timeline, with no events or many."""
    from viewer.domain.files.saving import timeline_pieces
    from viewer.domain.format.fast_load import decode_timeline, replace

    timeline = load_timeline(SEED_TIMELINE).timeline
    pieces = list(timeline_pieces(timeline, per))
    assert len(pieces) == 2 + -(-len(timeline.events) // per)
    assert decode_timeline(b"".join(pieces)) == timeline
    empty = replace(timeline, events=[])
    assert decode_timeline(b"".join(timeline_pieces(empty, per))) == empty


def test_a_changed_report_re_anchors_every_quote_and_proposes_the_rest(tmp_path):
    from viewer.domain.authoring.adding import store_report
    from viewer.domain.authoring.reanchor import reanchor, with_report_updated

    timeline, texts = build(tmp_path)
    raised = "Harbor Dynamics said on Thursday it had raised $300 million"
    plans = "The company plans to list its shares in the second half of next year"
    led = "in a round led by Cobalt Partners"
    for title, words in (("Raised", raised), ("Plans", plans), ("Led", led)):
        event = event_from_quote(timeline, texts, find_passage("001", WIRE, words), title=title,
                                 date=published_date("2026-03-12"))
        timeline = with_event(timeline, event)
    # The outlet corrected its story: a new first line, a figure changed, a phrase dropped.
    new = ("UPDATED with details.\n" + WIRE.replace("$300 million", "$320 million")
           .replace(" in a round led by Cobalt Partners", ""))
    results = {r.event_id: r for r in reanchor(timeline, "001", new)}
    assert results["plans"].status == "moved" and \
        new[results["plans"].new.start:results["plans"].new.end] == plans
    changed = results["raised"]
    assert changed.status == "changed" and 80 <= changed.score < 100
    assert changed.new.text == raised.replace("$300", "$320")
    assert results["led"].status == "lost"
    stored = store_report(tmp_path / "sources", new, "001")
    after, deleted = with_report_updated(timeline, "001", stored.file, stored.sha256,
                                         list(results.values()), accepted={changed.key})
    assert deleted == ["led"]
    assert [e.quotes[0].text for e in after.events] == [changed.new.text, plans]
    assert problems_of(after, {**texts, "001": new}, "harbor.json") == []
    rejected, _ = with_report_updated(timeline, "001", stored.file, stored.sha256,
                                      list(results.values()), accepted=set())
    assert [e.id for e in rejected.events] == ["plans"]  # never accepted silently


def test_evidence_joins_a_claim_or_makes_one_with_its_own_figures(tmp_path):
    from viewer.domain.authoring.edits import with_evidence
    from viewer.domain.wording.amounts import parse_amount

    timeline, texts = build(tmp_path)
    event = event_from_quote(timeline, texts, find_passage("001", WIRE, "Harbor Dynamics said"),
                             title="Raise", date=published_date("2026-03-12"))
    more = find_passage("001", WIRE, "led by Cobalt Partners")
    joined = with_evidence(event, more, claim=0, amounts=[parse_amount("$300 million")])
    assert len(joined.claims) == 1 and [q.text for q in joined.quotes] == [
        "Harbor Dynamics said", "led by Cobalt Partners"]
    assert [a.text for a in joined.amounts] == ["$300 million"]
    other = with_evidence(event, find_passage("002", BERICHT, "bis zu 400 Millionen Euro"),
                          attributed_to=["wire-service"],
                          amounts=[parse_amount("bis zu 400 Millionen Euro")])
    assert [c.attributed_to for c in other.claims] == [[], ["wire-service"]]
    assert problems_of(with_event(timeline, other), texts, "harbor.json") == []


def test_a_selection_cut_inside_words_becomes_whole_words():
    from viewer.domain.authoring.passages import whole_words

    text = "im Wert von bis zu 90 Millionen Euro."
    start, end = whole_words(text, text.index("ert"), text.index("Euro") + 2)
    assert text[start:end] == "Wert von bis zu 90 Millionen Euro"
    exact = (text.index("bis"), text.index(" 90"))
    assert whole_words(text, *exact) == exact  # a selection of whole words stays as it is
