"""Adding a report and making an event from one of its passages: the steps the app's dialogs
and the command line share.

A report's text is stored once, as UTF-8 in the timeline's sources folder, under a name that
holds the start of its SHA-256 (so two versions never overwrite each other), and the source
records the full hash. Its publication date is a vague date with a basis: printed in the report
("stated"), from the page's metadata or inferred by the user (both "other reporting", with a
note saying which).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.domain.authoring.edits import EditRefused, slug, unique_id, with_entity, with_source
from viewer.domain.authoring.recognize import Recognized, recognize
from viewer.domain.files.atomic import write_atomic
from viewer.domain.format.fast_load import build, in_memory
from viewer.domain.format.model import (
    AnchoredQuote,
    BasisKind,
    Claim,
    DateBasis,
    Entity,
    EntityKind,
    Event,
    EventKind,
    EventStatus,
    Source,
    VagueDate,
)
from viewer.domain.wording.dates import Reference, UnreadableDate, resolve_date

HOW_KNOWN = ("printed", "metadata", "inferred")  # where a publication date comes from


@dataclass(frozen=True)
class StoredReport:
    file: str     # relative to the sources folder
    sha256: str


def store_report(folder: Path, text: str, stem: str) -> StoredReport:
    """Writes ``text`` as UTF-8 into ``folder`` (made if missing); a file with the same name
    and bytes is left as it is, one with other bytes is never overwritten."""
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    name = f"{stem}_{digest[:16]}.txt"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.exists():
        if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            raise EditRefused(f"{target} exists with other content; move it away and try again")
    else:
        write_atomic(target, data)
    return StoredReport(name, digest)


def published_date(wording: str, how: str = "printed", note: str | None = None) -> VagueDate:
    """A report's publication date from its wording ("16. Dezember 2025", "2025-12-16",
    "Dezember 2025"); ``how`` is "printed", "metadata" or "inferred" (then ``note`` says
    from what). Raises :class:`UnreadableDate`."""
    try:
        date = resolve_date(wording.strip())
    except ValueError as error:  # relative wording: nothing to be relative to
        raise UnreadableDate(f"'{wording}' is relative; give the date itself") from error
    if how == "printed":
        return date
    if how not in HOW_KNOWN:
        raise ValueError(f"unknown basis '{how}'")
    note = note or ("from the page's metadata" if how == "metadata" else None)
    if not note:
        raise UnreadableDate("an inferred publication date needs a note saying from what")
    return date.model_copy(update={"basis": DateBasis(kind=BasisKind.OTHER_REPORTING,
                                                      note=note)})


def add_report(timeline: Any, folder: Path, text: str, *, title: str, language: str,
               published: VagueDate, outlet: str | None = None, url: str | None = None,
               title_printed: bool = True) -> tuple[Any, str]:
    """The timeline with a new report (and its outlet as an entity, if new); returns it and
    the report's id. The text is stored in ``folder`` at once."""
    taken = {s.id for s in timeline.sources}
    source_id = unique_id(taken, f"{len(taken) + 1:03d}")
    outlet_id = None
    if outlet:
        timeline, outlet_id = ensure_entity(timeline, outlet, EntityKind.OUTLET)
    stored = store_report(folder, text, source_id)
    source = build(Source, id=source_id, title=title.strip() or stored.file,
                   title_printed=title_printed, outlet=outlet_id, language=language,
                   file=stored.file, sha256=stored.sha256, published=published, url=url or None)
    return with_source(timeline, source), source_id


def ensure_entity(timeline: Any, name_or_id: str, kind: EntityKind = EntityKind.COMPANY
                  ) -> tuple[Any, str]:
    """The id of the entity with this id, name or alias; a new entity of ``kind`` when there
    is none."""
    folded = name_or_id.strip().casefold()
    for entity in timeline.entities:
        if folded in {entity.id, entity.name.casefold(), *(a.casefold() for a in entity.aliases)}:
            return timeline, entity.id
    entity_id = unique_id({e.id for e in timeline.entities}, slug(name_or_id, "entity"))
    entity = build(Entity, id=entity_id, name=name_or_id.strip(), kind=kind)
    return with_entity(timeline, entity), entity_id


def reference_of(source: Any) -> Reference:
    """The days a report may have come out, for resolving its relative wordings."""
    published = source.published
    start, end = published.start or published.end, published.end or published.start
    if start is None:
        return None
    return start if start == end else (start, end)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) that hold ``text[start:end]``."""
    before = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÄÖÜ\"„“])|\n\s*\n", text)
                  if m.end() <= start), default=0)
    after = re.search(r"[.!?](?=\s|$)|\n\s*\n", text[end:])
    return before, end + (after.end() if after else len(text) - end)


def read_passage(timeline: Any, texts: dict[str, str], quote: Any) -> Recognized:
    """The recognizers run on a quote; a date missing from the quote is looked for in the
    rest of its sentence (the date of "Amazon verhandelt …" is often at the sentence's end)."""
    source = next(s for s in timeline.sources if s.id == quote.source)
    reference = reference_of(source)
    found = recognize(quote.text, entities=timeline.entities, reference=reference,
                      source=source.id, language=source.language)
    if not found.dates:
        text = texts.get(source.id, "")
        start, end = sentence_around(text, quote.start, quote.end)
        wider = recognize(text[start:end], entities=[], reference=reference, source=source.id,
                          language=source.language)
        found.dates, found.date_problem = wider.dates, wider.date_problem
    return found


TENTATIVE_WORDS = re.compile(r"\b(plan|plans|planned|will|would|soll|sollen|plant|planen|"
                             r"geplant|könnte|could|may|expected|erwartet|denkbar|möglich|"
                             r"possible|consider|frühestens|earliest)\w*", re.IGNORECASE)
TALKS_WORDS = re.compile(r"\b(verhand|gespräch|talks|negotiat|in discussions|erwäg|consider)",
                         re.IGNORECASE)


def guess_status(passage: str) -> EventStatus:
    """Talks, a plan, or done, from the passage's wording (the user confirms)."""
    if TALKS_WORDS.search(passage):
        return EventStatus.IN_NEGOTIATION
    if TENTATIVE_WORDS.search(passage):
        return EventStatus.PLANNED
    return EventStatus.COMPLETED


def event_from_quote(timeline: Any, texts: dict[str, str], quote: AnchoredQuote, *, title: str,
                     date: VagueDate | None = None, kind: EventKind | str = EventKind.OTHER,
                     status: EventStatus | str | None = None, actors: list[str] | None = None,
                     attributed_to: list[str] | None = None, event_id: str | None = None,
                     found: Recognized | None = None, title_de: str | None = None,
                     ids: Container[str] | None = None) -> Any:
    """A new event with one claim quoting ``quote``; what is left out is taken from the
    recognizers (the date from the quote's sentence, amounts, known actors, attribution).
    ``ids``: the ids of the timeline's events, when the caller has them at hand. Raises
    :class:`EditRefused` when no date is given or found."""
    quote = in_memory(quote)
    found = found or read_passage(timeline, texts, quote)
    if date is None:
        if found.date is None:
            raise EditRefused("no date wording was found in the passage or its sentence"
                              + (f" ({found.date_problem})" if found.date_problem else "")
                              + "; give the date as the report words it")
        date = found.date
    voices = attributed_to if attributed_to is not None else \
        [f.value for f in found.attributed_to if f.value]
    claim = build(Claim, attributed_to=list(dict.fromkeys(voices)),
                  amounts=[f.value for f in found.amounts], quotes=[quote])
    if ids is None:
        ids = {e.id for e in timeline.events}
    return build(Event, id=event_id or unique_id(ids, slug(title, "event")), title=title.strip(),
                 title_de=title_de or None, kind=kind,
                 status=status or guess_status(quote.text),
                 actors=actors if actors is not None else list(dict.fromkeys(
                     f.value for f in found.actors)),
                 date=date, claims=[claim])


def date_for(wording: str, source: Any) -> VagueDate:
    """A wording read against the report it comes from (raises :class:`UnreadableDate`)."""
    return resolve_date(wording.strip(), reference_of(source), source=source.id)
