"""The index is built in a process of its own, which says how far it is and where it put it."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.search.index import SearchIndex
from viewer.domain.search.plan import SearchPlan


def run_worker(timeline, cache):
    process = subprocess.Popen([sys.executable, "-m", "viewer.domain.search.worker",
                                str(timeline), "--cache", str(cache)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    lines = [json.loads(line) for line in process.stdout]  # stdin stays open meanwhile
    process.stdin.close()
    process.wait(timeout=60)
    return process.returncode, lines


def test_the_worker_builds_the_index_the_app_then_opens(tmp_path):
    code, lines = run_worker(SEED_TIMELINE, tmp_path)
    assert code == 0
    done = lines[-1]
    assert not done["cached"] and done["documents"] == SearchPlan(
        load_timeline(SEED_TIMELINE)).doc_count
    plan = SearchPlan(load_timeline(SEED_TIMELINE))
    index = SearchIndex.open_file(plan, tmp_path / done["index"].rsplit("/", 1)[-1])
    assert index is not None
    assert [plan.opened.events[h.event].id for h in index.search("Börsengang").events] == \
        ["openai-ipo-planned"]
    assert run_worker(SEED_TIMELINE, tmp_path)[1][-1]["cached"]  # the second time: found


def test_a_worker_for_a_broken_file_says_so_in_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, lines = run_worker(bad, tmp_path / "cache")
    assert code == 1 and lines == [{"progress": 0.0}] * (len(lines) - 1) + [lines[-1]]
    assert "cannot be read" in lines[-1]["error"] and "bad.json" in lines[-1]["error"]


def test_the_worker_stops_when_the_app_goes(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "viewer.domain.search.worker",
                                str(SEED_TIMELINE), "--cache", str(tmp_path)],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    process.stdin.close()  # what the app's end looks like from the worker
    assert process.wait(timeout=30) == 0
