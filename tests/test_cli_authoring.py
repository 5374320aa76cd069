"""Building a timeline from the command line: new, add-report, add-event, dates, amounts."""

from __future__ import annotations

import json

import pytest

from viewer.cli import main

WIRE = ("SAN FRANCISCO, March 12 (Wire) - Harbor Dynamics said on Thursday it had raised "
        "$300 million in a round led by Cobalt Partners.\n\nThe company plans to list its "
        "shares in the second half of next year, according to people familiar with the matter."
        "\n\nHarbor said it would hire. Harbor said it would build.\n")
BERICHT = ("# Harbor sammelt Geld ein\n\nLaut dem Handelsblatt verhandelt Harbor Dynamics seit "
           "Januar mit Nordlicht Logistik über einen Liefervertrag im Wert von bis zu 400 "
           "Millionen Euro.\n")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def harbor(tmp_path, capsys):
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "bericht.md").write_text(BERICHT, encoding="utf-8")
    path = tmp_path / "harbor.json"
    assert run(capsys, "new", path, "--title", "Harbor Dynamics")[0] == 0
    assert run(capsys, "add-report", path, tmp_path / "wire.txt", "--outlet", "Wire Service",
               "--published", "2026-03-13", "--title", "Harbor raises $300 million") == \
        (0, "001", "")
    code, out, _ = run(capsys, "add-report", path, tmp_path / "bericht.md", "--published",
                       "13. März 2026", "--json")
    assert code == 0 and json.loads(out) == {"id": "002"}
    return path


def test_a_timeline_is_built_from_two_reports_and_validates(harbor, capsys):
    code, out, err = run(capsys, "add-event", harbor, "--source", "001", "--quote",
                         "The company plans to list its shares", "--title", "Harbor plans IPO",
                         "--kind", "plan", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["id"] == "harbor-plans-ipo"
    assert (made["date"]["text"], made["date"]["start"], made["date"]["end"]) == (
        "in the second half of next year", "2027-07-01", "2027-12-31")
    assert made["date"]["basis"] == {"kind": "relative_to_source", "source": "001",
                                     "note": None}
    code, out, err = run(capsys, "add-event", harbor, "--source", "002", "--quote",
                         "verhandelt Harbor Dynamics seit Januar mit Nordlicht Logistik",
                         "--title", "Talks with Nordlicht", "--kind", "negotiation",
                         "--actor", "Harbor Dynamics", "--actor", "Nordlicht Logistik",
                         "--attributed-to", "Handelsblatt")
    assert (code, out) == (0, "talks-with-nordlicht"), err
    assert run(capsys, "validate", harbor, "--strict")[0] == 0
    data = json.loads(harbor.read_text(encoding="utf-8"))
    talks = data["events"][1]
    assert talks["status"] == "in_negotiation" and talks["actors"] == ["harbor-dynamics",
                                                                       "nordlicht-logistik"]
    assert talks["claims"][0]["attributed_to"] == ["handelsblatt"]
    assert {e["id"]: e["kind"] for e in data["entities"]}["handelsblatt"] == "outlet"


def test_new_names_are_pointed_out_not_made_entities(harbor, capsys):
    code, _, err = run(capsys, "add-event", harbor, "--source", "001", "--quote",
                       "Harbor Dynamics said on Thursday it had raised $300 million",
                       "--title", "Harbor raises $300 million")
    assert code == 0
    assert "not entities yet: Harbor Dynamics" in err and "--actor" in err
    assert [e["id"] for e in json.loads(harbor.read_text())["entities"]] == ["wire-service"]


def test_an_ambiguous_or_missing_passage_changes_nothing_and_says_how_to_choose(harbor, capsys):
    before = harbor.read_bytes()
    code, _, err = run(capsys, "add-event", harbor, "--source", "001", "--quote",
                       "Harbor said it would", "--title", "Hiring", "--date", "im März")
    assert code == 1
    assert "occurs 2 times" in err and "--occurrence N" in err and "characters" in err
    code, _, err = run(capsys, "add-event", harbor, "--source", "001", "--quote",
                       "Harbor said it would", "--occurrence", "2", "--title", "Hiring",
                       "--date", "im März")
    assert code == 0, err
    after_second = harbor.read_bytes()
    assert after_second != before
    code, _, err = run(capsys, "add-event", harbor, "--source", "009", "--quote", "x",
                       "--title", "x")
    assert code == 1 and "there is no report '009' (reports: 001, 002)" in err
    code, _, err = run(capsys, "add-event", harbor, "--source", "001", "--quote",
                       "led by Cobalt Partners", "--title", "x", "--date", "irgendwann")
    assert code == 1 and "harbor.json" in err
    assert harbor.read_bytes() == after_second


def test_a_report_without_a_date_is_refused_with_what_to_give(tmp_path, capsys, harbor):
    (tmp_path / "plain.txt").write_text("Harbor declined to comment.\n", encoding="utf-8")
    code, _, err = run(capsys, "add-report", harbor, tmp_path / "plain.txt")
    assert code == 1 and "--published" in err
    code, _, err = run(capsys, "add-report", harbor, tmp_path / "plain.txt", "--published",
                       "Dezember 2025", "--published-basis", "inferred")
    assert code == 1 and "needs a note" in err
    code, out, _ = run(capsys, "add-report", harbor, tmp_path / "plain.txt", "--published",
                       "Dezember 2025", "--published-basis", "inferred", "--note",
                       "the page's archive listing")
    assert (code, out) == (0, "003")
    source = json.loads(harbor.read_text())["sources"][2]
    assert source["published"]["basis"] == {"kind": "other_reporting",
                                            "note": "the page's archive listing"}


def test_new_refuses_to_overwrite(harbor, capsys):
    code, _, err = run(capsys, "new", harbor)
    assert code == 1 and "already exists" in err


def test_the_resolvers_answer_on_the_command_line(capsys):
    code, out, _ = run(capsys, "dates", "im vierten Quartal dieses Jahres", "--reference",
                       "2025-12-16/2025-12-17", "--json")
    assert code == 0
    assert {k: v for k, v in json.loads(out).items() if k != "basis"} == {
        "text": "im vierten Quartal dieses Jahres", "start": "2025-10-01",
        "end": "2025-12-31", "precision": "quarter", "relation": "at", "value": "2025-Q4"}
    code, _, err = run(capsys, "dates", "letzte Woche")
    assert code == 1 and "relative" in err
    code, _, err = run(capsys, "dates", "Mitte", "--reference", "gestern")
    assert code == 1 and "--reference 'gestern' is not a date" in err
    code, out, _ = run(capsys, "amounts", "zwischen 10 und 20 Milliarden Dollar", "--json")
    assert json.loads(out) == {"text": "zwischen 10 und 20 Milliarden Dollar",
                               "min": 10_000_000_000, "max": 20_000_000_000,
                               "currency": "USD", "currency_inferred": False,
                               "qualifier": "between"}
    assert json.loads(run(capsys, "amounts", "1,4 Billionen Dollar", "--json")[1])["max"] == \
        1_400_000_000_000
    code, _, err = run(capsys, "amounts", "27 Prozent")
    assert code == 1 and "percentage" in err


def test_suggest_prints_candidates_best_first_and_as_json(harbor, tmp_path, capsys):
    code, out, _err = run(capsys, "suggest", tmp_path / "wire.txt", "--published", "2026-03-12",
                         "--json")
    assert code == 0
    found = json.loads(out)
    assert found and [c["score"] for c in found] == sorted((c["score"] for c in found),
                                                            reverse=True)
    text = WIRE
    raised = next(c for c in found if "raised" in c["text"])
    assert text[raised["start"]:raised["end"]] == raised["text"]
    assert raised["date"] | {"note": None} == {
        "text": "on Thursday", "start": "2026-03-12", "end": "2026-03-12", "precision": "day",
        "relation": "at", "value": "2026-03-12", "basis": "relative_to_source", "note": None}
    assert raised["amounts"] == [{"text": "$300 million", "min": 300000000, "max": 300000000,
                                  "currency": "USD", "qualifier": "exact"}]
    assert {"Harbor Dynamics", "Cobalt Partners"} <= set(raised["actors"])
    assert raised["kind"] == "funding_round" and raised["reasons"]
    listing = next(c for c in found if "list its shares" in c["text"])
    assert (listing["kind"], listing["status"]) == ("plan", "planned")
    assert (listing["date"]["start"], listing["date"]["end"]) == ("2027-07-01", "2027-12-31")
    assert listing["attributed_to"] == ["people familiar with the matter"]
    code, out, _ = run(capsys, "suggest", tmp_path / "wire.txt", "--published", "2026-03-12")
    assert code == 0 and out.startswith("1. ") and "because:" in out


def test_suggest_with_a_timeline_offers_evidence_for_its_events(harbor, tmp_path, capsys):
    path = tmp_path / "harbor.json"
    run(capsys, "add-report", path, tmp_path / "wire.txt", "--published", "2026-03-12")
    run(capsys, "add-event", path, "--source", "001", "--quote",
        "Harbor Dynamics said on Thursday it had raised $300 million", "--title", "Round",
        "--kind", "funding_round", "--actor", "Harbor Dynamics")
    code, out, _ = run(capsys, "suggest", tmp_path / "wire.txt", "--published", "2026-03-12",
                       "--timeline", path, "--json")
    assert code == 0
    raised = next(c for c in json.loads(out) if "raised" in c["text"])
    assert raised["matches_event"] == "round"


def test_suggest_says_what_it_cannot_read(tmp_path, capsys):
    code, _, err = run(capsys, "suggest", tmp_path / "missing.txt")
    assert code == 1 and "missing.txt" in err
    (tmp_path / "r.txt").write_text("Harbor Dynamics raised money on Tuesday.", encoding="utf-8")
    code, _out, err = run(capsys, "suggest", tmp_path / "r.txt")
    assert code == 0 and "--published" in err
