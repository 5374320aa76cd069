"""The German window shows no English word of its own: every text the interface writes is
German; only what the file itself says in English (summaries, notes) may stay English."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

from tests.qt.conftest import TODAY
from viewer.app import build_window

# Words the interface used to write in English and that German never uses.
ENGLISH = {"the", "of", "and", "events", "event", "shown", "since", "until", "relative",
           "report", "reporting", "from", "other", "open", "search", "zoom", "date", "kind",
           "negotiation", "planned", "completed", "expected", "ongoing", "up",
           "under", "just", "bn", "tn", "today", "story", "evidence", "actors", "passages",
           "week", "y", "mo", "dec", "oct", "select", "source", "investment", "reports",
           "disagree", "amount", "view", "file", "help", "edit", "go", "fit", "all"}


def file_strings(opened) -> list[str]:
    """Everything the timeline file itself writes (it may be English)."""
    timeline = opened.timeline
    texts = [timeline.title, timeline.description]
    for event in timeline.events:
        texts += [event.title, event.title_de or "", event.summary, event.date.text,
                  event.date.basis.note or ""]
        if event.context_date:
            texts += [event.context_date.text, event.context_date.basis.note or ""]
        for claim in event.claims:
            texts += [claim.statement or ""] + [q.text for q in claim.quotes]
            texts += [a.text for a in claim.amounts]
    for source in timeline.sources:
        texts += [source.title, source.published.text, source.published.basis.note or ""]
    texts += [e.name for e in timeline.entities]
    texts += [t.title for t in timeline.threads]
    return sorted((t for t in texts if t), key=len, reverse=True)


def interface_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for bar in window.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    for action in window.findChildren(type(window.action("open"))):
        texts.append(action.text())
    model = window.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    texts += [model.index(r, c).data() for r in range(model.rowCount())
              for c in range(model.columnCount())]
    texts.append(window.detail.toPlainText())
    picture = window.canvas.picture()
    texts += [t.label + " " + t.major_label for t in picture.ticks]
    texts += [label for _, _, label in picture.breaks]
    texts += [p.label for p in picture.layout.placed] + [b.name for b in picture.layout.lanes]
    return [t for t in texts if t]


def test_no_english_word_in_the_german_window(qtbot, settings, failed_loads, german):
    window = build_window(None, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.document.select_id("amazon-openai-talks-january")
    window.open_selected_source()
    data = file_strings(window.document.opened)
    found = {}
    for text in interface_texts(window):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")
        for piece in data:
            text = text.replace(piece, " ")
        for word in re.findall(r"[A-Za-zÄÖÜäöüß]+", text):
            if word.lower() in ENGLISH:
                found.setdefault(word, text[:80])
    assert not found, found
