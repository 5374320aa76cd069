"""Exports carry every event with its dates, amounts and exact quotes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import SEED_TIMELINE
from viewer.cli import main
from viewer.domain.files.loading import load_timeline
from viewer.domain.interchange.export import export_csv, export_json, export_markdown
from viewer.domain.story.open_timeline import OpenTimeline


@pytest.fixture(scope="module")
def loaded():
    return OpenTimeline(load_timeline(SEED_TIMELINE))


def test_json_export_follows_the_contract(loaded):
    data = export_json(loaded)
    assert data["format"] == "timeline-export/1"
    assert {s["id"]: s["file"] for s in data["sources"]} == {
        "000": "000_8e38079d058985df.txt", "004": "004_e462da31cd2f4787.txt"}
    assert data["sources"][0]["published"]["basis"]["kind"] == "other_reporting"
    for event in data["events"]:
        assert set(event) >= {"id", "title", "kind", "status", "actors", "date", "amounts",
                              "quotes"}
        assert set(event["date"]) >= {"text", "start", "end", "precision", "relation", "basis"}
        for amount in event["amounts"]:
            assert set(amount) >= {"text", "min", "max", "currency", "qualifier"}
        for quote in event["quotes"]:
            assert set(quote) >= {"source", "start", "end", "text", "attributed_to"}
            assert loaded.texts[quote["source"]][quote["start"]:quote["end"]] == quote["text"]


def test_json_export_is_in_date_order_with_open_ends_as_null(loaded):
    events = export_json(loaded)["events"]
    assert events[0]["id"] == "microsoft-invests-since-2019"
    assert events[0]["date"]["end"] is None
    assert events[-1]["id"] in {"openai-ipo-planned", "openai-trillion-valuation-target"}


def test_json_amounts_are_numbers_attributed_to_their_outlet(loaded):
    talks = next(e for e in export_json(loaded)["events"]
                 if e["id"] == "amazon-openai-talks-january")
    assert [(a["min"], a["max"], a["attributed_to"]) for a in talks["amounts"]] == [
        (None, 50_000_000_000, ["Wall Street Journal"]),
        (10_000_000_000, 20_000_000_000, ["The Information"])]


def test_csv_has_one_row_per_event(loaded):
    rows = list(csv.DictReader(io.StringIO(export_csv(loaded))))
    assert len(rows) == len(loaded.timeline.events)
    ipo = next(r for r in rows if r["id"] == "openai-ipo-planned")
    assert (ipo["date"], ipo["date_start"], ipo["date_end"]) == ("Q4 2026", "2026-10-01",
                                                                  "2026-12-31")


def test_markdown_is_a_fact_sheet_with_block_quotes(loaded):
    text = export_markdown(loaded)
    assert "### October 2025: OpenAI restructures" in text
    assert "'im Oktober', relative to the report of 16–17 Dec 2025" in text
    assert "> Nachbörslich gab das Papier um 0,21 Prozent auf 222,10 US-Dollar nach." in text
    assert text.index("since 2019") < text.index("October 2025") < text.index("Q4 2026")


def test_export_writes_a_file_atomically(tmp_path, capsys):
    out = tmp_path / "timeline.csv"
    assert main(["export", "--format", "csv", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode()) and b"amazon-openai-talks-january" in data
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.csv"]


def test_export_to_stdout_is_valid_json(capsys):
    assert main(["export", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "timeline-export/1"


def test_export_to_a_missing_folder_says_so(tmp_path, capsys):
    out = tmp_path / "no" / "such" / "folder.json"
    assert main(["export", "-o", str(out)]) == 1
    assert "cannot write it (No such file or directory)" in capsys.readouterr().err
