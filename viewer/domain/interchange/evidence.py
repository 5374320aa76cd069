"""What every export writes of an event besides its date: its lane, and its evidence (the
summary, then each quote with its report) as text or HTML.

The evidence follows a line of its own (:data:`MARK`), so that an import of an export takes
back the summary alone and a timeline does not grow a copy of its quotes at each round trip.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from viewer.domain.format.model import VagueDate
from viewer.domain.story.open_timeline import OpenTimeline

MARK = "— Evidence, as anchored in timeline-viewer —"


def date_bounds(date: VagueDate) -> tuple[dt.date, dt.date | None]:
    """The days another tool is given for a vague date: its first and last (an open end has
    none; a date with only an end is given as that day)."""
    start = date.start or date.end
    assert start is not None  # a vague date has a start or an end
    return start, date.end if date.start is not None else None


def lane_name(opened: OpenTimeline, index: int) -> str | None:
    """The lane an event is drawn in when another tool groups events: its group, else its first
    actor, else none."""
    event = opened.events[index]
    if event.group:
        return opened.group_titles.get(event.group, event.group)
    return opened.name_of(event.actors[0]) if event.actors else None


def citation(opened: OpenTimeline, source: Any) -> str:
    """"Title, outlet, published" of a report."""
    outlet = opened.name_of(source.outlet) if source.outlet else ""
    return ", ".join(part for part in (source.title, outlet, source.published.text) if part)


def _quotes(opened: OpenTimeline, index: int) -> list[tuple[str, str]]:
    found = []
    for quote in opened.events[index].quotes:
        source = opened.sources.get(quote.source)
        found.append((quote.text, citation(opened, source) if source else quote.source))
    return found


UNSOURCED = "Unsourced: no report backs this event yet."


def evidence_text(opened: OpenTimeline, index: int) -> str:
    """The summary, then (after :data:`MARK`) the date as worded and each quote with its
    report, as plain text (a calendar's or The Timeline Project's description)."""
    event = opened.events[index]
    lines = [event.summary, ""] if event.summary else []
    lines += [MARK, f"Date as reported: {event.date.text}"]
    lines += [f"„{text}“ — {cite}" for text, cite in _quotes(opened, index)]
    if event.unsourced:
        lines.append(UNSOURCED)
    return "\n".join(lines)


def evidence_html(opened: OpenTimeline, index: int) -> str:
    """The same as HTML (a TimelineJS slide's text): each quote a ``<blockquote>`` with its
    ``<cite>``."""
    event = opened.events[index]
    parts = [f"<p>{escape(event.summary)}</p>"] if event.summary else []
    parts.append(f"<p><small>{escape(MARK)}</small></p>")
    parts += [f"<blockquote>„{escape(text)}“ <cite>{escape(cite)}</cite></blockquote>"
              for text, cite in _quotes(opened, index)]
    if event.unsourced:
        parts.append(f"<p><em>{escape(UNSOURCED)}</em></p>")
    return "".join(parts)


def own_summary(text: str) -> str:
    """An imported description without the evidence an export of ours added to it."""
    cut = text.find(MARK)
    return text[:cut].strip() if cut >= 0 else text
