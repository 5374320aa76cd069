"""The loader's one pass over a decoded timeline: ids, references, invariants and quotes.

One pass keeps loading linear and cheap at 100,000 events: each event is visited once, each
quote compared with its source text once. Quotes found elsewhere are relocated (a warning);
everything else that is wrong is an error naming the item and the field.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from viewer.domain.format.anchoring import QuoteNotFound, anchor
from viewer.domain.format.fast_load import in_memory, replace
from viewer.domain.format.invariants import (
    amount_problem,
    basis_problem,
    era_problem,
    negative_bound,
    offsets_problem,
    span_problem,
)
from viewer.domain.format.problems import Problem, Severity


def _subject(event: Any) -> str:
    return f"event '{event.id}'"


def _date_suspect(date: Any, check: TimelineCheck) -> bool:
    """Whether a date needs the full check (it almost never does)."""
    return span_problem(date) is not None or basis_problem(date.basis) is not None or \
        (date.basis.source is not None and date.basis.source not in check.sources)


class TimelineCheck:
    """Collects the problems of one timeline; ``run`` returns it with relocated quotes."""

    def __init__(self, file: str, timeline: Any, texts: dict[str, str]) -> None:
        self.file, self.timeline, self.texts = file, in_memory(timeline), texts
        timeline = self.timeline
        self.sources = {source.id for source in timeline.sources}
        self.entities = {entity.id for entity in timeline.entities}
        self.threads = {thread.id for thread in timeline.threads}
        self.groups = {group.id for group in timeline.groups}
        self.problems: list[Problem] = []

    def run(self, events: list[Any] | None = None) -> Any:
        """Checks the timeline (``events``: of its events, only these, but ids across all;
        for a snapshot whose other events were checked before)."""
        self._duplicates()
        for source in self.timeline.sources:
            subject = f"source '{source.id}'"
            if source.outlet is not None and source.outlet not in self.entities:
                self._unknown(subject, "outlet", "entity", source.outlet)
            self._date(subject, "published", source.published)
        for entity in self.timeline.entities:
            if entity.part_of is not None and entity.part_of not in self.entities:
                self._unknown(f"entity '{entity.id}'", "part_of", "entity", entity.part_of)
        for index, era in enumerate(self.timeline.eras):
            problem = era_problem(era)
            if problem:
                self._error(f"era #{index + 1} '{era.title}'", "end", problem)
        if events is not None:
            for event in events:
                self._event(event)
            return self.timeline
        events = [self._event(event) for event in self.timeline.events]
        if any(new is not old for new, old in zip(events, self.timeline.events, strict=True)):
            return replace(self.timeline, events=events)
        return self.timeline

    def _error(self, subject: str, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, subject, field, message))

    def _duplicates(self) -> None:
        for kind, items in (("source", self.timeline.sources), ("entity", self.timeline.entities),
                            ("event", self.timeline.events),
                            ("group", self.timeline.groups)):
            for item_id, count in Counter(item.id for item in items).items():
                if count > 1:
                    self._error(f"{kind} '{item_id}'", "id",
                                f"is used by {count} {kind} entries; give each its own id")

    def _unknown(self, subject: str, field: str, kind: str, item_id: str) -> None:
        where = "entities" if kind == "entity" else "sources"
        self._error(subject, field, f"names {kind} '{item_id}', which this timeline does not "
                    f"define; add it to the {where} or fix the id")

    def _date(self, subject: str, field: str, date: Any) -> None:
        for problem, where in ((span_problem(date), field),
                               (basis_problem(date.basis), f"{field}.basis")):
            if problem:
                self._error(subject, where, problem)
        source = date.basis.source
        if source is not None and source not in self.sources:
            self._unknown(subject, f"{field}.basis.source", "source", source)

    def _event(self, event: Any) -> Any:
        # Field names and subjects are made only when something is wrong: this runs for
        # every event of a file, and most events are fine.
        entities = self.entities
        if not entities.issuperset(event.actors):
            for index, actor in enumerate(event.actors):
                if actor not in entities:
                    self._unknown(_subject(event), f"actors[{index}]", "entity", actor)
        if _date_suspect(event.date, self):
            self._date(_subject(event), "date", event.date)
        for index, flow in enumerate(event.flows):
            for end in ("source", "target"):
                if getattr(flow, end) not in entities:
                    self._unknown(_subject(event), f"flows[{index}].{end}", "entity",
                                  getattr(flow, end))
        if event.thread is not None and event.thread not in self.threads:
            self._error(_subject(event), "thread", f"names thread '{event.thread}', which this "
                        "timeline does not define; add it to the threads or fix the id")
        if event.group is not None and event.group not in self.groups:
            self._error(_subject(event), "group", f"names group '{event.group}', which this "
                        "timeline does not define; add it to the groups or fix the id")
        if event.context_date is not None:
            self._date(_subject(event), "context_date", event.context_date)
        if not event.claims:
            self.problems.append(Problem(
                self.file, _subject(event), "claims", "is unsourced: no passage of a report "
                "backs it (imported from another tool); add evidence from a report",
                Severity.WARNING))
            return event
        claims, changed = [], False
        for c, claim in enumerate(event.claims):
            checked = self._claim(event, c, claim)
            changed = changed or checked is not claim
            claims.append(checked)
        return replace(event, claims=claims) if changed else event

    def _claim(self, event: Any, c: int, claim: Any) -> Any:
        if not self.entities.issuperset(claim.attributed_to):
            for index, who in enumerate(claim.attributed_to):
                if who not in self.entities:
                    self._unknown(_subject(event), f"claims[{c}].attributed_to[{index}]",
                                  "entity", who)
        if claim.date is not None:
            self._date(_subject(event), f"claims[{c}].date", claim.date)
        for index, amount in enumerate(claim.amounts):
            negative = negative_bound(amount)
            if negative:
                self._error(_subject(event), f"claims[{c}].amounts[{index}].{negative}",
                            "input should be greater than or equal to 0; give the size and "
                            "say the direction in the event")
            problem = amount_problem(amount)
            if problem:
                self._error(_subject(event), f"claims[{c}].amounts[{index}]", problem)
        quotes, changed = [], False
        for q, quote in enumerate(claim.quotes):
            text = self.texts.get(quote.source)
            if text is not None and quote.start <= quote.end <= len(text) and \
                    text[quote.start:quote.end] == quote.text:
                quotes.append(quote)  # exact at its offsets: the usual case
                continue
            placed = self._quote(_subject(event), f"claims[{c}].quotes[{q}]", quote)
            changed = changed or placed is not quote
            quotes.append(placed)
        return replace(claim, quotes=quotes) if changed else claim

    def _quote(self, subject: str, where: str, quote: Any) -> Any:
        problem = offsets_problem(quote)
        if problem:
            self._error(subject, where, problem)
            return quote
        text = self.texts.get(quote.source)
        if text is None:
            if quote.source not in self.sources:
                self._unknown(subject, f"{where}.source", "source", quote.source)
            return quote  # an unreadable source is reported with the source
        try:
            placed = anchor(quote, text)
        except QuoteNotFound as error:
            self._error(subject, f"{where}.text", str(error))
            return quote
        if placed is not quote:
            self.problems.append(Problem(
                self.file, subject, f"{where}.start",
                f"the quote was not at {quote.start}–{quote.end} but was found once at "
                f"{placed.start}–{placed.end}; it has been moved there (save to keep it)",
                Severity.WARNING))
        return placed
