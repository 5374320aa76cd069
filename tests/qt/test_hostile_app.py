"""Hostile input in the app: markup from a file or a query is shown as text, and a hostile
file leaves the open timeline as it was."""

from __future__ import annotations

import copy
import json
import shutil

import pytest

from tests.test_hostile_input import FILES, write
from viewer.bundled import bundled_root


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(bundled_root() / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.mark.parametrize("query", ["<b>bold</b>", '"unclosed <i>'])
def test_markup_in_a_query_is_never_interpreted(qtbot, window, query):
    window.search.setText(query)
    qtbot.waitUntil(lambda: window.document.answered_query == query)
    shown = window.results.message.text()
    assert "<b>bold</b>" not in shown and "<i>" not in shown


def test_markup_in_a_report_title_is_shown_as_text(qtbot, window, tmp_path, seed_raw):
    raw = copy.deepcopy(seed_raw)
    raw["sources"][0]["title"] = "<b>bold</b> & co"
    raw["sources_dir"] = str(bundled_root() / "seeds")
    path = tmp_path / "markup.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert window.open_now(path)
    window.source.show_source(raw["sources"][0]["id"])
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in window.source.header.text()


@pytest.mark.parametrize("name", ["nested 100,000 deep", "binary", "date with no days"])
def test_the_app_keeps_its_timeline_when_a_hostile_file_is_opened(qtbot, window, folder,
                                                                  seed_raw, name):
    path = write(folder, name, FILES[name], seed_raw)
    with qtbot.waitSignal(window.opener.failed, timeout=20000):
        window.open_path(path)
    assert len(window.document.events) == 18
