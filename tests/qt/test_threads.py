"""Developments of one story are linked: shown in order, drawn as a line, stepped through."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from viewer.domain.interchange.export import export_json


def test_the_story_of_the_amazon_talks_reads_in_order(window):
    document = window.document
    document.select_id("amazon-openai-talks-january")
    text = window.detail.toPlainText()
    assert "Story: Amazon's talks to invest in OpenAI" in text
    assert text.index("16–17 Dec 2025: Amazon and OpenAI in talks over at least 10 bn USD") < \
        text.index("29 Jan 2026: Amazon weighs investing up to 50 bn USD")
    assert len(window.canvas.picture().thread) == 2


def test_stepping_through_a_story_by_keyboard_and_link(window):
    document = window.document
    document.select_id("amazon-openai-talks-january")
    window.action("previous_in_story").trigger()
    assert document.selected_event().id == "amazon-openai-talks-december"
    window.action("previous_in_story").trigger()      # stays at the first step
    assert document.selected_event().id == "amazon-openai-talks-december"
    later = document.thread_of(document.selected)[1]
    window.detail.anchorClicked.emit(QUrl(f"event:{later}"))
    assert document.selected_event().id == "amazon-openai-talks-january"


def test_export_lists_threads_in_date_order(window):
    threads = {t["id"]: t["events"] for t in export_json(window.document.opened)["threads"]}
    assert threads["amazon-openai-talks"] == ["amazon-openai-talks-december",
                                              "amazon-openai-talks-january"]
    assert threads["openai-valuation"] == ["openai-valuation-500bn",
                                           "openai-trillion-valuation-target"]
