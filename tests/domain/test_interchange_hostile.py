"""Whatever another tool's file holds, an import either succeeds (with one line per thing it
could not keep) or says in a sentence why it cannot read the file: never a traceback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.domain.interchange.formats import READERS, ImportFailed, import_file

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12))
KEYS = st.sampled_from(["year", "month", "day", "hour", "minute", "start_date", "end_date",
                        "text", "headline", "media", "url", "group", "display_date",
                        "unique_id", "events", "eras", "title", "items", "groups", "id",
                        "content", "start", "end", "type", "background", "credit"])
JSON = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=6)), max_leaves=30)


def _import(tmp_path, name, data: bytes, format_name=None) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        result = import_file(path, format_name)
    except ImportFailed as error:
        assert str(error).startswith(str(path)), error
        return
    assert all(note.startswith(name) for note in result.notes)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=JSON, format_name=st.sampled_from([None, "timelinejs", "vis"]))
def test_any_json_imports_or_is_refused_in_a_sentence(tmp_path, document, format_name):
    _import(tmp_path, "any.json", json.dumps(document).encode(), format_name)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(slides=st.lists(st.dictionaries(KEYS, JSON, max_size=6), max_size=5))
def test_any_slides_import_or_are_refused(tmp_path, slides):
    _import(tmp_path, "slides.json", json.dumps({"events": slides, "eras": slides}).encode(),
            "timelinejs")
    _import(tmp_path, "items.json", json.dumps({"items": slides, "groups": slides}).encode(),
            "vis")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), format_name=st.sampled_from(sorted(READERS)))
def test_any_bytes_in_any_format_are_read_or_refused(tmp_path, data, format_name):
    _import(tmp_path, "bytes.bin", data, format_name)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(st.text(max_size=8), min_size=18, max_size=18), max_size=5))
def test_any_sheet_rows_import_or_are_refused(tmp_path, cells):
    from viewer.domain.interchange.timelinejs import COLUMNS

    lines = [",".join(COLUMNS)] + [",".join(json.dumps(c) for c in row) for row in cells]
    _import(tmp_path, "sheet.csv", "\n".join(lines).encode(), "timelinejs-csv")


def test_hostile_timeline_project_and_calendar_files(tmp_path):
    for name, text in (
            ("a.timeline", "<timeline><timetype>gregoriantime</timetype><events><event>"
                           "<start>someday</start><end/><text>x</text></event></events>"
                           "<eras><era><start>2020-13-45 00:00:00</start></era></eras>"
                           "</timeline>"),
            ("b.timeline", '<!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                           "<timeline><events><event><start>2020-01-01</start><end>"
                           "2019-01-01</end><text>&b;</text></event></events></timeline>"),
            ("c.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n"
                      "SUMMARY:x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:no start\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n"),
            ("d.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20200105\r\n"
                      "DTEND;VALUE=DATE:20200101\r\nSUMMARY:backwards\r\nEND:VEVENT\r\n"
                      "END:VCALENDAR\r\n")):
        _import(tmp_path, name, text.encode())


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=st.dictionaries(KEYS, JSON, max_size=6), year=st.integers(1, 9999),
       title=JSON)
def test_slides_with_a_good_date_and_anything_else_import_or_say_why(tmp_path, extra, year,
                                                                     title):
    slide = {**extra, "start_date": {"year": year}}
    item = {**extra, "start": f"{year:04d}-01-01"}
    _import(tmp_path, "good.json", json.dumps({"events": [slide], "title": title}).encode(),
            "timelinejs")
    _import(tmp_path, "good-items.json", json.dumps({"items": [item], "title": title}).encode(),
            "vis")
