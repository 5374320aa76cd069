"""Every kind of bad input gets one clear line per problem and exit 1, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import event_of
from viewer.cli import main

TALKS = "amazon-openai-talks-january"


def first_quote(raw, event_id=TALKS):
    return event_of(raw, event_id)["claims"][0]["quotes"][0]


def set_in(path, value):
    def change(raw):
        target = raw
        for key in path[:-1]:
            target = event_of(raw, key) if isinstance(key, str) and key.endswith("-january") \
                else target[key]
        target[path[-1]] = value
    return change


CASES = {
    "missing field": (lambda raw: event_of(raw, TALKS).pop("kind"),
                      ["event 'amazon-openai-talks-january'", "field 'kind'", "missing"]),
    "unknown field": (lambda raw: event_of(raw, TALKS).update(colour="red"),
                      ["event 'amazon-openai-talks-january'", "field 'colour'", "not a field"]),
    "wrong type": (lambda raw: first_quote(raw).update(start="zwölf"),
                   ["event 'amazon-openai-talks-january'", "claims[0].quotes[0].start",
                    "integer"]),
    "unknown source": (lambda raw: first_quote(raw).update(source="999"),
                       ["claims[0].quotes[0].source", "source '999'", "does not define"]),
    "unknown entity": (lambda raw: event_of(raw, TALKS)["actors"].append("tesla"),
                       ["field 'actors[3]'", "entity 'tesla'"]),
    "quote not in source": (lambda raw: first_quote(raw).update(text="Amazon zahlt alles."),
                            ["claims[0].quotes[0].text", "not in the source"]),
    "offsets out of range": (lambda raw: first_quote(raw).update(start=99000, end=99010,
                                                                 text="gibt es nicht"),
                             ["claims[0].quotes[0].text", "past the end"]),
    "end before start": (lambda raw: first_quote(raw).update(start=50, end=10),
                         ["claims[0].quotes[0]", "end 10 is before start 50"]),
    "date end before start": (lambda raw: event_of(raw, TALKS)["date"].update(
        start="2026-02-01", end="2026-01-01"), ["field 'date'", "before start"]),
    "impossible date": (lambda raw: event_of(raw, TALKS)["date"].update(start="2026-02-30"),
                        ["field 'date.start'", "valid date"]),
    "negative amount": (lambda raw: event_of(raw, TALKS)["claims"][0]["amounts"][0].update(
        max="-50000000000"), ["claims[0].amounts[0].max", "greater than or equal to 0"]),
    "source missing": (lambda raw: raw["sources"][0].update(file="nicht-da.txt"),
                       ["source '000'", "field 'file'", "does not exist"]),
    "source outside its folder": (lambda raw: raw["sources"][0].update(file="../timeline.json"),
                                  ["source '000'", "field 'file'", "outside the sources folder"]),
    "source path absolute": (lambda raw: raw["sources"][0].update(file="/etc/hostname"),
                             ["source '000'", "field 'file'", "absolute path"]),
    "unknown thread": (lambda raw: event_of(raw, TALKS).update(thread="no-such-story"),
                       ["field 'thread'", "thread 'no-such-story'"]),
    "duplicate id": (lambda raw: raw["events"].append(dict(event_of(raw, TALKS))),
                     ["event 'amazon-openai-talks-january'", "field 'id'", "used by 2"]),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_names_file_item_and_field(case, make_timeline, capsys):
    change, expected = CASES[case]
    path = make_timeline(change)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("timeline.json: error: "), err
    for words in expected:
        assert words in err, f"{words!r} not in {err!r}"
    assert "Traceback" not in err


def test_malformed_json_gives_line_and_column(make_timeline, capsys):
    path = make_timeline(text='{\n  "format": "timeline/1",\n  "title": "x"\n  "sources": []\n}')
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is not valid JSON: Expecting ',' delimiter at line 4, column 3" in err


def test_empty_file(make_timeline, capsys):
    assert main(["validate", str(make_timeline(text=""))]) == 1
    assert "timeline.json: error: the file: is empty" in capsys.readouterr().err


def test_source_not_utf8(make_timeline, capsys, tmp_path):
    path = make_timeline()
    (tmp_path / "seeds" / "004_e462da31cd2f4787.txt").write_bytes(b"Gr\xfc\xdfe aus M\xfcnchen")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "source '004', field 'file'" in err and "not UTF-8 text (byte 2" in err


def test_changed_source_is_caught_by_its_hash(make_timeline, capsys, tmp_path):
    path = make_timeline()
    seed = tmp_path / "seeds" / "000_8e38079d058985df.txt"
    seed.write_bytes(seed.read_bytes() + b"Nachtrag.\n")
    assert main(["validate", str(path)]) == 1
    assert "source '000', field 'sha256': the file 000_8e38079d058985df.txt has changed" in \
        capsys.readouterr().err


def test_missing_timeline_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.json")]) == 1
    assert "nope.json: error: the file: does not exist" in capsys.readouterr().err


def test_a_stale_quote_found_once_is_relocated_with_a_warning(make_timeline, capsys):
    path = make_timeline(lambda raw: first_quote(raw).update(start=0, end=0 + len(
        first_quote(raw)["text"])))
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert "warning: event 'amazon-openai-talks-january', field 'claims[0].quotes[0].start'" \
        in captured.err
    assert captured.out.rstrip().endswith(", 1 warning")  # one, not "1 warnings"
    assert main(["validate", "--strict", str(path)]) == 1


def test_a_date_claiming_more_than_its_wording_is_flagged(make_timeline, capsys):
    path = make_timeline(lambda raw: event_of(raw, "openai-restructuring")["date"].update(
        start="2025-10-28", end="2025-10-28"))
    assert main(["validate", str(path)]) == 0
    assert "'im Oktober' reads as at 2025-10-01 to 2025-10-31" in capsys.readouterr().err


def test_the_real_command_prints_no_traceback(make_timeline):
    path = make_timeline(text="[1, 2")
    run = subprocess.run([sys.executable, "-m", "viewer", "validate", str(path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "line 1, column 6" in run.stderr


@pytest.mark.parametrize(("word", "says"), [
    ("valdiate", "did you mean 'validate'?"), ("exprot", "did you mean 'export'?"),
    ("zzz", "commands: validate, export")])
def test_a_mistyped_command_gets_an_answer_and_never_a_window(word, says):
    run = subprocess.run([sys.executable, "-m", "viewer", word], capture_output=True,
                         text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen",
                                                     "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2
    assert f"unknown command '{word}'" in run.stderr and says in run.stderr
