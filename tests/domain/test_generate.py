"""Synthetic timelines validate cleanly, are deterministic, and look like news."""

from __future__ import annotations

from collections import Counter

from viewer.cli import main
from viewer.domain.files.date_check import date_warnings
from viewer.domain.files.loading import load_timeline
from viewer.tools.generate import generate_timeline


def test_generated_timeline_validates_without_warnings(tmp_path):
    loaded = load_timeline(generate_timeline(600, 12, 7, tmp_path / "synthetic.json"))
    assert loaded.warnings == [] and date_warnings(loaded) == []
    assert len(loaded.timeline.events) == 600 and len(loaded.timeline.sources) == 12


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    first = generate_timeline(200, 5, 3, tmp_path / "a" / "t.json").read_bytes()
    again = generate_timeline(200, 5, 3, tmp_path / "b" / "t.json").read_bytes()
    other = generate_timeline(200, 5, 4, tmp_path / "c" / "t.json").read_bytes()
    assert first == again != other


def test_every_precision_relation_and_several_outlets_occur(tmp_path):
    events = load_timeline(generate_timeline(1500, 30, 1, tmp_path / "t.json")).timeline.events
    precisions = Counter(e.date.precision.value for e in events)
    relations = Counter(e.date.relation.value for e in events)
    assert set(precisions) == {"day", "week", "month", "quarter", "year", "span"}
    assert set(relations) >= {"at", "since", "until", "before"}
    outlets = {who for e in events for c in e.claims for who in c.attributed_to}
    assert len(outlets) >= 6


def test_news_comes_in_bursts(tmp_path):
    events = load_timeline(generate_timeline(2000, 40, 1, tmp_path / "t.json")).timeline.events
    days = Counter(e.date.start for e in events if e.date.precision.value == "day")
    busiest = days.most_common(1)[0][1]
    assert busiest >= 20  # many events on one day, as real news comes


def test_generate_command(tmp_path, capsys):
    out = tmp_path / "cli.json"
    arguments = ["generate", "--events", "50", "--sources", "3", "--seed", "2", "-o", str(out)]
    assert main(arguments) == 0
    assert main(["validate", str(out)]) == 0
    assert "50 events" in capsys.readouterr().out
