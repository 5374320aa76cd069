"""Import from and export to TimelineJS, The Timeline Project, vis-timeline and iCalendar.

The fixtures under tests/fixtures/interchange are written after each format's public
documentation and examples (TimelineJS's JSON docs and Sheets template, the Timeline
Project's file layout, vis-timeline's item and group examples, RFC 5545's examples)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import LoadedTimeline, load_timeline
from viewer.domain.interchange.calendar_ics import read_ics, write_ics
from viewer.domain.interchange.formats import (
    ImportFailed,
    foreign_format,
    guess_format,
    import_file,
)
from viewer.domain.interchange.html_text import plain_text
from viewer.domain.interchange.timeline_project import (
    read_timeline_project,
    write_timeline_project,
)
from viewer.domain.interchange.timelinejs import read_timelinejs, write_timelinejs
from viewer.domain.story.open_timeline import OpenTimeline

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interchange"
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def _dates(timeline, key="id"):
    return {getattr(e, key): (e.date.start, e.date.end, str(e.date.precision),
                              str(e.date.relation)) for e in timeline.events}


def _day(text):
    return dt.date.fromisoformat(text) if text else None


def test_each_fixture_is_recognised_by_its_content():
    assert {path.name: guess_format(path.read_bytes()) for path in FIXTURES.iterdir()} == {
        "timelinejs-whitney.json": "timelinejs", "timelinejs-sheet.csv": "timelinejs-csv",
        "project.timeline": "timeline", "vis-items.json": "vis", "calendar.ics": "ics"}
    # A drop on the window decides from the file's head (the same answers), never for ours.
    assert {path.name: foreign_format(path) for path in FIXTURES.iterdir()} == \
        {path.name: guess_format(path.read_bytes()) for path in FIXTURES.iterdir()}
    assert foreign_format(SEED_TIMELINE) is None


def test_timelinejs_keeps_precision_groups_eras_and_says_what_it_dropped():
    result = import_file(FIXTURES / "timelinejs-whitney.json")
    timeline = result.timeline
    assert timeline.title == "Whitney Houston 1963 - 2012"
    dates = _dates(timeline)
    assert dates["first-album"] == (_day("1985-02-14"), _day("1985-02-14"), "day", "at")
    assert dates["the-bodyguard"] == (_day("1992-11-01"), _day("1992-11-30"), "month", "at")
    assert dates["i-look-to-you"] == (_day("2009-01-01"), _day("2009-12-31"), "year", "at")
    assert dates["first-tour-first-quarter"][2] == "quarter"
    events = {e.id: e for e in timeline.events}
    assert events["i-look-to-you"].date.text == "Sometime in 2009"  # the display date
    assert events["the-bodyguard"].title == "The Bodyguard"  # markup gone
    assert events["first-album"].summary.endswith(
        "see the album (https://en.wikipedia.org/wiki/Whitney_Houston_(album)).")
    assert events["death"].summary == "Died in Beverly Hills."  # the script's text is dropped
    assert events["first-album"].media[0].url == "https://youtu.be/example-video"
    assert all(e.unsourced and e.date.basis.kind == "imported" for e in timeline.events)
    assert "slide 1" in events["first-album"].date.basis.note
    assert [g.title for g in timeline.groups] == ["Music", "Film"]
    assert events["first-album"].group == "music"
    assert [(e.title, e.start, e.end) for e in timeline.eras] == [
        ("Early years", _day("1963-01-01"), _day("1985-02-28"))]
    notes = "\n".join(result.notes)
    assert "slide 6 ('Out of range'): year -500 is outside 1–9999" in notes
    assert "slide 5 ('Death'): time of day 15:55" in notes
    assert "slide 7 ('Embedded tweet'): media is embedded HTML" in notes
    assert "slide 2 ('The Bodyguard'): background" in notes
    assert len(timeline.events) == 6  # all but the year -500


def test_timelinejs_sheet_reads_the_template_columns():
    result = import_file(FIXTURES / "timelinejs-sheet.csv")
    timeline = result.timeline
    assert (timeline.title, timeline.description) == ("Space race",
                                                      "A few moments of the space race.")
    dates = _dates(timeline)
    assert dates["apollo-11"] == (_day("1969-07-01"), _day("1969-07-31"), "month", "at")
    assert dates["last-apollo"][2] == "year"
    assert {e.id: e.date.text for e in timeline.events}["apollo-11"] == "July 1969"
    assert [(e.title, e.start, e.end) for e in timeline.eras] == [
        ("Space race era", _day("1955-01-01"), _day("1975-12-31"))]
    assert any("row 4 ('Vostok 1'): time 06:07 not kept" in note for note in result.notes)


def test_timeline_project_fuzzy_ends_today_categories_and_containers():
    result = import_file(FIXTURES / "project.timeline")
    timeline = result.timeline
    events = {e.title: e for e in timeline.events}
    # Time is continuous there: 3 March 00:00 to 6 March 00:00 covers 3–5 March.
    assert (events["Conference"].date.start, events["Conference"].date.end) == (
        _day("2020-03-03"), _day("2020-03-05"))
    assert events["Rough date"].date.precision == "span"  # fuzzy: vague, not a point
    assert events["Rough date"].date.text.startswith("c. ")
    assert (events["Still going"].date.relation, events["Still going"].date.end) == ("since",
                                                                                     None)
    assert [(g.title, g.color) for g in timeline.groups] == [("Work", "#ff0000"),
                                                              ("Home", "#0080ff")]
    assert [t.title for t in timeline.threads] == ["Move house"]
    assert events["Pack"].thread == events["Unpack"].thread == timeline.threads[0].id
    assert "Move house" not in events  # a container is the thread, not an event
    assert "(Draft) plan" in events  # its leading space only kept it from reading as one
    launch = events["Launch"].date  # a milestone is a point at its start
    assert (launch.start, launch.end, launch.precision) == (_day("2020-07-01"),
                                                          _day("2020-07-01"), "day")
    assert events["Conference"].summary == "The first event"
    assert [(e.title, e.end) for e in timeline.eras] == [("Planning", _day("2020-03-31"))]
    notes = "\n".join(result.notes)
    assert "time of day 09:30" in notes and "parent category 'Work' is not kept" in notes


def test_vis_items_groups_background_items_and_milliseconds():
    result = import_file(FIXTURES / "vis-items.json")
    timeline = result.timeline
    dates = _dates(timeline)
    assert dates["3"] == (_day("2014-04-18"), _day("2014-04-24"), "span", "at")
    assert dates["7"] == (_day("2014-05-01"), _day("2014-05-01"), "day", "at")  # ms since 1970
    assert dates["5"][:2] == (_day("2014-04-25"), _day("2014-04-25"))  # a point
    assert [(g.id, g.title, g.color) for g in timeline.groups] == [
        ("1", "Truck 1", "#ffeecc"), ("2", "Truck 2", None)]
    assert [(e.title, e.start, e.end) for e in timeline.eras] == [
        ("Holiday", _day("2014-04-12"), _day("2014-04-13"))]
    assert {e.id: e.summary for e in timeline.events}["2"] == "A tooltip"
    notes = "\n".join(result.notes)
    assert "item 9 ('broken'): has start 'soon'" in notes
    assert "item 8: id 'x y' is not a valid id here" in notes


def test_calendar_all_day_ends_are_exclusive_and_repeats_are_reported():
    result = import_file(FIXTURES / "calendar.ics")
    timeline = result.timeline
    assert timeline.title == "Team calendar"
    events = {e.title: e for e in timeline.events}
    jazz = events["Festival International de Jazz de Montreal"]
    assert (jazz.date.start, jazz.date.end) == (_day("2007-06-28"), _day("2007-07-08"))
    assert events["Budget month"].date.precision == "month"
    assert events["Budget month"].media[0].url == "https://example.org/budget"
    assert jazz.id == "20070423T123432Z-541111" and jazz.summary == "Location: Montreal"
    assert events["Our Blissful Anniversary"].summary == "Remember the flowers, and the card."
    notes = "\n".join(result.notes)
    assert "repeats (RRULE)" in notes and "time of day 16:30 of its DTSTART" in notes


@pytest.fixture(scope="module")
def seed():
    return OpenTimeline(load_timeline(SEED_TIMELINE))


def _reopened(imported) -> OpenTimeline:
    return OpenTimeline(LoadedTimeline(Path("imported.json"), imported.timeline, {}))


@pytest.mark.parametrize("name", ["timelinejs", "ics"])
def test_an_export_imports_back_to_the_same_events_dates_and_precisions(seed, name):
    if name == "timelinejs":
        back = read_timelinejs(json.dumps(write_timelinejs(seed)).encode(), "out.json")
    else:
        back = read_ics(write_ics(seed, NOW), "out.ics")
    assert _dates(back.timeline) == _dates(seed.timeline)
    assert {e.id: (e.title, e.summary) for e in back.timeline.events} == \
        {e.id: (e.title, e.summary) for e in seed.timeline.events}  # the quotes stay out
    assert back.notes == []


def test_a_timeline_project_export_imports_back_with_threads_and_lanes(seed):
    back = read_timeline_project(write_timeline_project(seed), "out.timeline")
    got = _dates(back.timeline, "title")
    wanted = _dates(seed.timeline, "title")
    # The Timeline Project has "ends today" but no "before"/"until": those come back as the
    # day they were known by (documented).
    for title, (_, end, _, relation) in wanted.items():
        if relation in ("before", "until"):
            assert got.pop(title)[:2] == (end, end)
        else:
            assert got.pop(title) == wanted[title], title
    assert not got
    assert sorted(t.title for t in back.timeline.threads) == \
        sorted(t.title for t in seed.timeline.threads)
    assert {e.title: e.summary for e in back.timeline.events} == \
        {e.title: e.summary for e in seed.timeline.events}
    assert {g.title for g in back.timeline.groups} == {
        seed.name_of(e.actors[0]) for e in seed.timeline.events if e.actors}


@pytest.mark.parametrize("fixture", ["timelinejs-whitney.json", "project.timeline",
                                     "vis-items.json", "calendar.ics",
                                     "timelinejs-sheet.csv"])
@pytest.mark.parametrize("target", ["timelinejs", "timeline", "ics"])
def test_imported_timelines_survive_every_export(fixture, target):
    first = import_file(FIXTURES / fixture).timeline
    opened = _reopened(import_file(FIXTURES / fixture))
    if target == "timelinejs":
        back = read_timelinejs(json.dumps(write_timelinejs(opened)).encode(), "x.json")
    elif target == "timeline":
        back = read_timeline_project(write_timeline_project(opened), "x.timeline")
    else:
        back = read_ics(write_ics(opened, NOW), "x.ics")
    assert _dates(back.timeline, "title") == _dates(first, "title")
    assert {e.title: e.summary for e in back.timeline.events} == \
        {e.title: e.summary for e in first.events}
    groups = {g.id: g.title for g in first.groups}
    assert {e.title: groups.get(e.group) for e in first.events} == \
        {e.title: {g.id: g.title for g in back.timeline.groups}.get(e.group)
         for e in back.timeline.events}
    if target != "ics":  # a calendar has no eras
        assert [(e.title, e.start, e.end) for e in back.timeline.eras] == \
            [(e.title, e.start, e.end) for e in first.eras]


def test_the_timelinejs_export_cites_each_quote_with_its_report(seed):
    slides = {s["unique_id"]: s for s in write_timelinejs(seed)["events"]}
    event = seed.timeline.events[0]
    text = slides[event.id]["text"]["text"]
    for quote in event.quotes:
        assert quote.text.replace("&", "&amp;")[:40] in text.replace("&quot;", '"')
        assert seed.sources[quote.source].title.replace("&", "&amp;") in text
    assert slides[event.id]["display_date"] == event.date.text


def test_the_timeline_project_export_is_in_its_element_order(seed):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(write_timeline_project(seed))
    assert [child.tag for child in root] == ["version", "timetype", "categories", "events",
                                             "view"]
    order = ["start", "end", "text", "progress", "fuzzy", "locked", "ends_today", "category",
             "description"]
    for event in root.iterfind("events/event"):
        tags = [child.tag for child in event]
        assert tags == [tag for tag in order if tag in tags]


def test_files_that_are_not_what_they_claim_say_so_and_name_the_file(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [', encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"broken\.json: its format is not one"):
        import_file(broken)
    with pytest.raises(ImportFailed, match=r"broken\.json: is not TimelineJS JSON"):
        import_file(broken, "timelinejs")
    numeric = tmp_path / "n.timeline"
    numeric.write_text("<timeline><version>2</version><timetype>numtime</timetype>"
                       "<categories/><events/></timeline>", encoding="utf-8")
    with pytest.raises(ImportFailed, match="numtime"):
        import_file(numeric)
    with pytest.raises(ImportFailed, match="cannot be read"):
        import_file(tmp_path / "missing.ics")
    with pytest.raises(ImportFailed, match="is a timeline of this viewer already"):
        import_file(SEED_TIMELINE)


def test_html_becomes_text_and_nothing_runs():
    assert plain_text('<p>One <a href="https://a.example/x">link</a></p><p>Two</p>') == \
        "One link (https://a.example/x)\n\nTwo"
    assert plain_text("<script>alert(1)</script><style>p{}</style>Kept &amp; sound") == \
        "Kept & sound"
    assert plain_text('<a href="javascript:alert(1)">click</a>') == "click"
    assert plain_text('<img src="https://t.example/p.gif" alt="a chart">') == "[a chart]"
    assert plain_text("plain  text") == "plain text"


def test_is_unsourced_finds_the_events_no_report_backs(tmp_path, seed):
    from viewer.domain.search.index import SearchIndex
    from viewer.domain.search.plan import SearchPlan
    from viewer.domain.search.query import parse_query
    from viewer.domain.search.scan import ScanSearch

    imported = import_file(FIXTURES / "timelinejs-whitney.json").timeline
    loaded = LoadedTimeline(tmp_path / "whitney.json", imported, {})
    index = SearchIndex(loaded, tmp_path / "cache")
    for query, wanted in (("is:unsourced", 6), ("is:unbelegt album", 1),
                          ("is:contested", 0)):
        assert index.run(parse_query(query), limit=None).event_count == wanted, query
        assert ScanSearch(SearchPlan(loaded)).run(parse_query(query), limit=None) \
            .event_count == wanted, query  # before the index is built
    assert SearchIndex(seed.loaded, tmp_path / "cache").run(
        parse_query("is:unsourced"), limit=None).event_count == 0


def test_the_language_of_an_imported_timeline_is_guessed_from_its_texts(tmp_path):
    german = {"title": {"text": {"headline": "Die Geschichte der Firma"}},
              "events": [{"start_date": {"year": 2020}, "text": {
                  "headline": "Gründung", "text": "Die Firma wird in Köln gegründet und ist "
                  "nach einem Jahr die größte der Stadt."}}]}
    path = tmp_path / "firma.json"
    path.write_text(json.dumps(german), encoding="utf-8")
    assert import_file(path).timeline.language == "de"
    assert import_file(path, language="en").timeline.language == "en"  # as the user says
    assert import_file(FIXTURES / "timelinejs-whitney.json").timeline.language == "en"
