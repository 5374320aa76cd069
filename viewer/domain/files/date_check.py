"""Re-reads every date's wording and warns where the stored days say something else.

A date stored as "im Oktober" but with the days of 28 October claims more than its report
says; this check catches such drift (by hand edits or by a generator) before a reader sees it.
"""

from __future__ import annotations

from collections.abc import Iterator

from viewer.domain.files.loading import LoadedTimeline
from viewer.domain.format.model import BasisKind, Source, VagueDate
from viewer.domain.format.problems import Problem, Severity
from viewer.domain.wording.dates import UnreadableDate, resolve_date


def date_warnings(loaded: LoadedTimeline) -> list[Problem]:
    sources = loaded.sources
    name = loaded.path.name
    problems = []
    for event in loaded.timeline.events:
        dates = [("date", event.date)]
        dates += [(f"claims[{i}].date", c.date) for i, c in enumerate(event.claims) if c.date]
        for field, date in dates:
            problems.extend(_check(name, f"event '{event.id}'", field, date, sources))
    return problems


def _check(file: str, subject: str, field: str, date: VagueDate,
           sources: dict[str, Source]) -> Iterator[Problem]:
    if date.basis.kind in (BasisKind.OTHER_REPORTING, BasisKind.IMPORTED):
        return  # days from elsewhere (an imported file gives them as fields, not as wording)
    reference = None
    if date.basis.kind is BasisKind.RELATIVE:
        published = sources[date.basis.source].published
        reference = (published.start or published.end, published.end or published.start)
    try:
        fresh = resolve_date(date.text, reference, source=date.basis.source)
    except UnreadableDate as error:
        yield Problem(file, subject, f"{field}.text", f"{error}; the stored days cannot be "
                      "checked against the wording", Severity.WARNING)
        return
    stored = (date.start, date.end, date.relation)
    if stored != (fresh.start, fresh.end, fresh.relation):
        yield Problem(file, subject, field,
                      f"'{date.text}' reads as {fresh.relation} {fresh.start or 'open'} to "
                      f"{fresh.end or 'open'}, but the file says {date.relation} "
                      f"{date.start or 'open'} to {date.end or 'open'}; a date must not claim "
                      "more than its wording", Severity.WARNING)
