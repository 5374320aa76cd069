"""Exports an open timeline as JSON (``timeline-export/1``), CSV or a Markdown fact sheet.

Each reads the :class:`~viewer.domain.story.open_timeline.OpenTimeline`: events come in the
viewer's one date order (the order of stepping, the list and search results), conflicts and
names are those the views show.

The JSON export is a stable contract, documented in ``docs/export-format.md``; add fields
only, never rename or drop one without a new format version.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any

from viewer.domain.format.model import Event, MoneyAmount, VagueDate
from viewer.domain.story.conflicts import Conflict, conflict_note
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.wording.describe import (
    describe_amount,
    describe_basis,
    describe_date,
    describe_day,
    describe_kind,
    describe_status,
)

EXPORT_FORMAT = "timeline-export/1"


def export_json(opened: OpenTimeline) -> dict[str, Any]:
    timeline, names = opened.timeline, opened.name_of
    return {
        "format": EXPORT_FORMAT,
        "title": timeline.title,
        "description": timeline.description,
        "sources": [{"id": s.id, "title": s.title, "title_printed": s.title_printed,
                     "language": s.language, "file": s.file,
                     "outlet": names(s.outlet) if s.outlet else None,
                     "published": _date(s.published)} for s in timeline.sources],
        "entities": [{"id": e.id, "name": e.name, "kind": e.kind.value, "aliases": e.aliases}
                     for e in timeline.entities],
        "threads": [{"id": t.id, "title": t.title,
                     "events": [opened.events[i].id for i in opened.thread_members.get(t.id, [])]}
                    for t in timeline.threads],
        "events": [_event(opened, index) for index in opened.order_list],
    }


def _event(opened: OpenTimeline, index: int) -> dict[str, Any]:
    event, names = opened.events[index], opened.name_of
    return {
        "id": event.id, "title": event.title, "title_de": event.title_de,
        "summary": event.summary, "kind": event.kind.value, "status": event.status.value,
        "actors": event.actors,
        "thread": event.thread,
        "flows": [{"source": f.source, "target": f.target, "kind": f.kind.value}
                  for f in event.flows],
        "date": _date(event.date),
        "context_date": _date(event.context_date) if event.context_date else None,
        "amounts": [_amount(amount, [names(w) for w in claim.attributed_to])
                    for claim in event.claims for amount in claim.amounts],
        "quotes": [{"source": q.source, "start": q.start, "end": q.end, "text": q.text,
                    "attributed_to": [names(w) for w in claim.attributed_to]}
                   for claim in event.claims for q in claim.quotes],
        "conflicts": [_conflict(event, conflict, names) for conflict in opened.conflicts_of(index)],
        "unsourced": event.unsourced,  # no quote backs it (imported from another tool)
        "group": opened.group_titles.get(event.group) if event.group else None,
    }


def _conflict(event: Event, conflict: Conflict, names) -> dict[str, Any]:
    claims = []
    for index in conflict.claims:
        claim = event.claims[index]
        value = claim.amounts[0].text if conflict.field == "amount" else claim.date.text
        claims.append({"attributed_to": [names(w) for w in claim.attributed_to],
                       "text": value, "quote": claim.quotes[0].text})
    return {"field": conflict.field, "claims": claims,
            "note": conflict_note(event, conflict, names)}


def _date(date: VagueDate) -> dict[str, Any]:
    return {"text": date.text, "value": date.value,
            "start": date.start.isoformat() if date.start else None,
            "end": date.end.isoformat() if date.end else None,
            "precision": date.precision.value, "relation": date.relation.value,
            "basis": {"kind": date.basis.kind.value, "source": date.basis.source,
                      "note": date.basis.note}}


def _amount(amount: MoneyAmount, attributed_to: list[str]) -> dict[str, Any]:
    return {"text": amount.text, "min": _number(amount.min), "max": _number(amount.max),
            "currency": amount.currency, "currency_inferred": amount.currency_inferred,
            "qualifier": amount.qualifier.value, "attributed_to": attributed_to}


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


CSV_COLUMNS = ["id", "title", "title_de", "kind", "status", "actors", "date", "date_text",
               "date_start", "date_end", "precision", "relation", "date_basis", "context_date",
               "amounts", "attributed_to", "quotes", "sources", "summary", "conflicts"]


def export_csv(opened: OpenTimeline) -> str:
    names, sources = opened.name_of, opened.sources
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for index in opened.order_list:
        event = opened.events[index]
        who = dict.fromkeys(names(w) for c in event.claims for w in c.attributed_to)
        row = [event.id, event.title, event.title_de or "", event.kind.value, event.status.value,
               "; ".join(names(a) for a in event.actors), describe_date(event.date),
               event.date.text, _iso(event.date.start), _iso(event.date.end),
               event.date.precision.value, event.date.relation.value,
               describe_basis(event.date, sources),
               _iso(event.context_date.start) if event.context_date else "",
               "; ".join(describe_amount(a) for a in event.amounts), "; ".join(who),
               " | ".join(q.text for q in event.quotes),
               "; ".join(dict.fromkeys(q.source for q in event.quotes)), event.summary,
               "; ".join(conflict_note(event, c, names) for c in opened.conflicts_of(index))]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _cell(value: str) -> str:
    """Spreadsheets run cells that start with = + @ as formulas; a leading ' keeps them text."""
    return "'" + value if value[:1] in ("=", "+", "@") else value


# The fact sheet's own words; dates, amounts, kinds and statuses come from describe.
SHEET = {
    "en": {"sources": "Sources", "no headline": " (no headline printed; descriptive title)",
           "published": "published", "events": "Events in date order", "date": "Date",
           "open": "open", "to": "to", "other": "Date from other reporting",
           "actors": "actors", "disagree": "Reports disagree", "amount": "amount",
           "itself": "the report itself", "according": "According to {who}",
           "characters": "characters",
           "unsourced": "Unsourced: no passage of a report backs this event yet"},
    "de": {"sources": "Quellen", "no headline": " (keine Überschrift gedruckt; beschreibender "
           "Titel)", "published": "veröffentlicht", "events": "Ereignisse in zeitlicher "
           "Reihenfolge", "date": "Datum", "open": "offen", "to": "bis",
           "other": "Datum aus anderer Berichterstattung", "actors": "Akteure",
           "disagree": "Die Berichte widersprechen sich", "amount": "Betrag",
           "itself": "dem Bericht selbst", "according": "Laut {who}", "characters": "Zeichen",
           "unsourced": "Ohne Beleg: Keine Stelle eines Berichts stützt dieses Ereignis bisher"},
}


def export_markdown(opened: OpenTimeline, language: str = "en") -> str:
    """A fact sheet in date order, in English or German (``language`` "en" or "de")."""
    words = SHEET["de" if language == "de" else "en"]
    timeline = opened.timeline
    lines = [f"# {timeline.title}", "", timeline.description, "", f"## {words['sources']}", ""]
    for source in timeline.sources:
        printed = "" if source.title_printed else words["no headline"]
        lines.append(f"- **{source.id}**: {source.title}{printed}; {source.language}; "
                     f"{words['published']} {describe_date(source.published, language)} "
                     f"({source.published.basis.note})")
    lines += ["", f"## {words['events']}", ""]
    for index in opened.order_list:
        lines += _markdown_event(opened, index, language, words)
    return "\n".join(lines).rstrip() + "\n"


def _markdown_event(opened: OpenTimeline, index: int, language: str,
                    words: dict[str, str]) -> list[str]:
    event, names, sources = opened.events[index], opened.name_of, opened.sources
    title = event.title_de if language == "de" and event.title_de else event.title
    when = describe_date(event.date, language)
    lines = [f"### {when}: {title}", ""]
    lines.append(f"- {words['date']}: {when} ({describe_basis(event.date, sources, language)}; "
                 f"{_iso(event.date.start) or words['open']} {words['to']} "
                 f"{_iso(event.date.end) or words['open']})")
    if event.context_date:
        lines.append(f"- {words['other']}: {describe_day(event.context_date.start, language)}: "
                     f"{event.context_date.basis.note}")
    kind, status = (describe_kind(event.kind, language), describe_status(event.status, language)) \
        if language == "de" else (event.kind.value.replace("_", " "),
                                  event.status.value.replace("_", " "))
    lines.append(f"- {kind}, {status}; {words['actors']}: "
                 f"{', '.join(names(a) for a in event.actors)}")
    for conflict in opened.conflicts_of(index):
        field = words["amount"] if conflict.field == "amount" and language == "de" else \
            ("Datum" if language == "de" else conflict.field)
        lines.append(f"- **{words['disagree']}** ({field}): "
                     f"{conflict_note(event, conflict, names, language)}")
    if event.unsourced:
        lines.append(f"- **{words['unsourced']}**")
    for claim in event.claims:
        who = ", ".join(names(w) for w in claim.attributed_to) or words["itself"]
        figures = "; ".join(describe_amount(a, language) for a in claim.amounts)
        lines += ["", words["according"].format(who=who) + (f": {figures}" if figures else ""),
                  ""]
        for quote in claim.quotes:
            source = sources[quote.source]
            lines += [f"> {quote.text}", ">", f"> — {source.title}, "
                      f"{describe_date(source.published, language)} ({words['characters']} "
                      f"{quote.start}–{quote.end})", ""]
    return [*lines, ""]
