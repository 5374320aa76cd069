"""The command line's authoring commands: ``new``, ``add-report``, ``add-event``, and the
resolvers ``dates`` and ``amounts``. Each edit loads the timeline with all its checks, makes
the new snapshot, validates it as ``validate`` would, and only then saves, atomically; on any
problem the file stays as it was and the exit status is 1."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from viewer.command_table import CommandTable
from viewer.domain.authoring.adding import (
    add_report,
    date_for,
    ensure_entity,
    event_from_quote,
    published_date,
    read_passage,
)
from viewer.domain.authoring.edits import EditRefused, new_timeline, problems_of, with_event
from viewer.domain.authoring.passages import PassageNotFound, find_passage
from viewer.domain.authoring.reports import ReportUnreadable, read_report
from viewer.domain.files.loading import load_timeline
from viewer.domain.files.saving import save_timeline
from viewer.domain.format.model import EntityKind, EventKind, EventStatus
from viewer.domain.format.problems import Severity
from viewer.domain.wording.amounts import UnreadableAmount, parse_amount
from viewer.domain.wording.dates import UnreadableDate, resolve_date

HANDLERS = CommandTable()
_handler = HANDLERS.register


def add_parsers(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="start a new timeline file with a sources folder beside it")
    new.add_argument("file", type=Path)
    new.add_argument("--title", help="the timeline's title (default: the file's name)")
    new.add_argument("--language", choices=("en", "de"), default="en")
    report = sub.add_parser("add-report", help="add a report (text, Markdown, HTML or PDF)")
    report.add_argument("file", type=Path, help="the timeline JSON file")
    report.add_argument("report", type=Path, help="the report to add")
    report.add_argument("--title", help="default: the report's own title")
    report.add_argument("--outlet", help="who published it (an entity id or a new name)")
    report.add_argument("--language", choices=("de", "en"), help="default: guessed")
    report.add_argument("--published", metavar="WORDING_OR_DATE",
                        help="the publication date as printed or known (default: the page's "
                             "metadata, if it has one)")
    report.add_argument("--published-basis", choices=("printed", "metadata", "inferred"),
                        help="where the date comes from (default printed, or metadata)")
    report.add_argument("--note", help="for an inferred date: from what it was inferred")
    report.add_argument("--url", help="where the report was published (never fetched)")
    report.add_argument("--json", action="store_true")
    event = sub.add_parser("add-event", help="make an event from an exact passage of a report")
    event.add_argument("file", type=Path, help="the timeline JSON file")
    event.add_argument("--source", required=True, metavar="ID", help="the report's id")
    event.add_argument("--quote", required=True, help="the exact text of the passage")
    event.add_argument("--occurrence", type=int, metavar="N",
                       help="which occurrence, when the passage occurs several times")
    event.add_argument("--title", required=True)
    event.add_argument("--title-de")
    event.add_argument("--date", metavar="WORDING",
                       help="the date as the report words it (default: found in the sentence)")
    event.add_argument("--kind", choices=[k.value for k in EventKind], default="other")
    event.add_argument("--status", choices=[s.value for s in EventStatus],
                       help="default: from the passage's wording")
    event.add_argument("--actor", action="append", metavar="ID_OR_NAME",
                       help="repeatable; default: the known entities the passage names")
    event.add_argument("--attributed-to", action="append", metavar="ID_OR_NAME",
                       help="repeatable; default: who the passage credits")
    event.add_argument("--id", help="the event's id (default: made from the title)")
    event.add_argument("--json", action="store_true")
    suggest = sub.add_parser("suggest", help="propose the events a report tells of, best first")
    suggest.add_argument("report", type=Path, help="the report (text, Markdown, HTML or PDF)")
    suggest.add_argument("--published", metavar="WORDING_OR_DATE",
                         help="its publication date (default: the page's metadata); relative "
                              "wordings are read against it")
    suggest.add_argument("--language", choices=("de", "en"), help="default: guessed")
    suggest.add_argument("--timeline", type=Path,
                         help="a timeline whose entities name actors and whose events a "
                              "proposal may add evidence to")
    suggest.add_argument("--json", action="store_true", help="the candidates as a JSON list")
    dates = sub.add_parser("dates", help="read a date wording against a reference date")
    dates.add_argument("wording")
    dates.add_argument("--reference", metavar="DATE_OR_SPAN",
                       help="the report's publication day, or two days as START/END")
    dates.add_argument("--json", action="store_true")
    amounts = sub.add_parser("amounts", help="read an amount of money as written")
    amounts.add_argument("wording")
    amounts.add_argument("--language", choices=("de", "en"))
    amounts.add_argument("--json", action="store_true")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


@_handler("new")
def _new(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.exists():
        return _fail(f"{path}: already exists; choose another name (nothing was changed)")
    if path.suffix.lower() != ".json":
        return _fail(f"{path}: a timeline file ends in .json")
    folder = f"{path.stem}-sources"
    timeline = new_timeline(args.title or path.stem.replace("-", " ").replace("_", " "),
                            sources_dir=folder, language=args.language)
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.parent / folder).mkdir(exist_ok=True)
    save_timeline(path, timeline)
    print(f"wrote {path} (reports go to {path.parent / folder})", file=sys.stderr)
    return 0


@_handler("add-report")
def _add_report(args: argparse.Namespace) -> int:
    loaded = load_timeline(args.file)
    try:
        report = read_report(args.report)
        wording = args.published or report.published
        if not wording:
            return _fail(f"{args.report.name}: the report gives no publication date; give it "
                         "with --published (and --published-basis inferred --note … when it is "
                         "not printed)")
        how = args.published_basis or ("printed" if args.published else "metadata")
        published = published_date(wording, how, args.note)
        title = args.title or report.title or args.report.stem
        timeline, source_id = add_report(
            loaded.timeline, loaded.sources_dir, report.text, title=title,
            language=args.language or report.language, published=published,
            outlet=args.outlet or report.site, url=args.url or report.url)
    except (ReportUnreadable, UnreadableDate, EditRefused) as error:
        return _fail(f"{args.file.name}: {error}")
    texts = {**loaded.texts, source_id: report.text}
    status = _save(args.file, timeline, texts)
    if status == 0:
        print(json.dumps({"id": source_id}) if args.json else source_id)
    return status


@_handler("suggest")
def _suggest(args: argparse.Namespace) -> int:
    from viewer.domain.authoring.suggest import suggest

    try:
        report = read_report(args.report)
        wording = args.published or report.published
        published = published_date(wording, "printed" if args.published else "metadata") \
            if wording else None
    except (ReportUnreadable, UnreadableDate) as error:
        return _fail(f"{args.report.name}: {error}")
    entities, events = [], []
    if args.timeline is not None:
        loaded = load_timeline(args.timeline)
        entities, events = loaded.timeline.entities, loaded.timeline.events
    if published is None:
        print(f"{args.report.name}: no publication date (give --published): wordings such as "
              "'im Oktober' cannot be placed, so only stated dates are read", file=sys.stderr)
    candidates = suggest(report.text, published=published, source_id=args.report.stem,
                         language=args.language or report.language, entities=entities,
                         events=events)
    if args.json:
        print(json.dumps([c.as_json() for c in candidates], ensure_ascii=False, indent=2))
        return 0
    for number, candidate in enumerate(candidates, 1):
        found = candidate.as_json()
        date = found["date"]
        when = f"“{date['text']}” " if date["text"] else ""
        days = f"{date['start'] or '…'} – {date['end'] or '…'}"
        print(f"{number}. {candidate.title}")
        print(f"   {candidate.kind}, {candidate.status}; {when}{days}; score "
              f"{found['score']}; characters {candidate.start}–{candidate.end}")
        if found["matches_event"]:
            print(f"   more evidence for event '{found['matches_event']}'")
        print("   because: " + "; ".join(candidate.reasons))
    if not candidates:
        print(f"{args.report.name}: no development with an actor found", file=sys.stderr)
    return 0


@_handler("add-event")
def _add_event(args: argparse.Namespace) -> int:
    loaded = load_timeline(args.file)
    timeline, texts = loaded.timeline, loaded.texts
    source = next((s for s in timeline.sources if s.id == args.source), None)
    if source is None:
        known = ", ".join(s.id for s in timeline.sources) or "none yet"
        return _fail(f"{args.file.name}: there is no report '{args.source}' (reports: {known})")
    try:
        quote = find_passage(source.id, texts[source.id], args.quote, args.occurrence)
        date = date_for(args.date, source) if args.date else None
        actors = voices = None
        if args.actor is not None:
            timeline, actors = _entities(timeline, args.actor, EntityKind.COMPANY)
        if args.attributed_to is not None:
            timeline, voices = _entities(timeline, args.attributed_to, EntityKind.OUTLET)
        event = event_from_quote(timeline, texts, quote, title=args.title, date=date,
                                 kind=args.kind, status=args.status, actors=actors,
                                 attributed_to=voices, event_id=args.id,
                                 title_de=args.title_de)
        timeline = with_event(timeline, event)
    except (PassageNotFound, UnreadableDate, EditRefused) as error:
        return _fail(f"{args.file.name}: {error}")
    status = _save(args.file, timeline, texts)
    if status == 0:
        print(json.dumps({"id": event.id, "date": _date_json(event.date)}, ensure_ascii=False)
              if args.json else event.id)
        if args.actor is None:
            _hint_new_names(timeline, texts, quote)
    return status


def _hint_new_names(timeline: Any, texts: dict[str, str], quote: Any) -> None:
    names = [f.text for f in read_passage(timeline, texts, quote).new_names]
    if names:
        print(f"names in the passage that are not entities yet: {', '.join(names)} (make them "
              "actors with --actor NAME)", file=sys.stderr)


def _entities(timeline: Any, names: list[str], kind: EntityKind) -> tuple[Any, list[str]]:
    ids = []
    for name in names:
        timeline, entity_id = ensure_entity(timeline, name, kind)
        ids.append(entity_id)
    return timeline, ids


def _save(path: Path, timeline: Any, texts: dict[str, str]) -> int:
    problems = problems_of(timeline, texts, path.name)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    for problem in problems:
        print(problem, file=sys.stderr)
    if errors:
        return _fail(f"{path.name}: not saved; the file is unchanged")
    try:
        save_timeline(path, timeline)
    except OSError as error:
        return _fail(f"{path.name}: could not be saved ({error.strerror}); the file is "
                     "unchanged")
    return 0


@_handler("dates")
def _dates(args: argparse.Namespace) -> int:
    try:
        reference = _reference(args.reference) if args.reference else None
        date = resolve_date(args.wording, reference, source="reference")
    except UnreadableDate as error:
        return _fail(str(error))
    except ValueError as error:
        return _fail(f"'{args.wording}': {error}; give the report's date with --reference")
    data = _date_json(date)
    print(json.dumps(data, ensure_ascii=False) if args.json else
          f"{data['text']}: {data['relation']} {data['start'] or 'open'} to "
          f"{data['end'] or 'open'} ({data['precision']}, {data['value']}; "
          f"{data['basis']['kind']})")
    return 0


def _reference(text: str) -> dt.date | tuple[dt.date, dt.date]:
    try:
        days = [dt.date.fromisoformat(part.strip()) for part in text.split("/")]
    except ValueError:
        raise UnreadableDate(f"--reference '{text}' is not a date (YYYY-MM-DD) or a span "
                             "(YYYY-MM-DD/YYYY-MM-DD)") from None
    if len(days) == 1:
        return days[0]
    if len(days) == 2 and days[0] <= days[1]:
        return days[0], days[1]
    raise UnreadableDate(f"--reference '{text}' must be one day or START/END with START ≤ END")


def _date_json(date: Any) -> dict[str, Any]:
    return {"text": date.text, "start": date.start.isoformat() if date.start else None,
            "end": date.end.isoformat() if date.end else None,
            "precision": str(date.precision), "relation": str(date.relation),
            "value": date.value,
            "basis": {"kind": str(date.basis.kind), "source": date.basis.source,
                      "note": date.basis.note}}


@_handler("amounts")
def _amounts(args: argparse.Namespace) -> int:
    try:
        amount = parse_amount(args.wording, language=args.language)
    except UnreadableAmount as error:
        return _fail(str(error))
    data = {"text": amount.text, "min": _number(amount.min), "max": _number(amount.max),
            "currency": amount.currency, "currency_inferred": amount.currency_inferred,
            "qualifier": str(amount.qualifier)}
    print(json.dumps(data, ensure_ascii=False) if args.json else
          f"{data['text']}: {data['qualifier']} {data['min'] or '…'} to {data['max'] or '…'} "
          f"{data['currency']}")
    return 0


def _number(value: Decimal | None) -> int | str | None:
    """Whole numbers as JSON numbers; fractions as strings of digits (exact, not floats)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else str(value)
