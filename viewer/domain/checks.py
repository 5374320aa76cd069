"""The loader's one pass over a decoded timeline: ids, references, invariants and quotes.

One pass keeps loading linear and cheap at 100,000 events: each event is visited once, each
quote compared with its source text once. Quotes found elsewhere are relocated (a warning);
everything else that is wrong is an error naming the item and the field.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from viewer.domain.anchoring import QuoteNotFound, anchor
from viewer.domain.fast_load import replace
from viewer.domain.invariants import (
    amount_problem,
    basis_problem,
    negative_bound,
    offsets_problem,
    span_problem,
)
from viewer.domain.problems import Problem, Severity


class TimelineCheck:
    """Collects the problems of one timeline; ``run`` returns it with relocated quotes."""

    def __init__(self, file: str, timeline: Any, texts: dict[str, str]) -> None:
        self.file, self.timeline, self.texts = file, timeline, texts
        self.sources = {source.id for source in timeline.sources}
        self.entities = {entity.id for entity in timeline.entities}
        self.threads = {thread.id for thread in timeline.threads}
        self.problems: list[Problem] = []

    def run(self) -> Any:
        self._duplicates()
        for source in self.timeline.sources:
            subject = f"source '{source.id}'"
            if source.outlet is not None and source.outlet not in self.entities:
                self._unknown(subject, "outlet", "entity", source.outlet)
            self._date(subject, "published", source.published)
        for entity in self.timeline.entities:
            if entity.part_of is not None and entity.part_of not in self.entities:
                self._unknown(f"entity '{entity.id}'", "part_of", "entity", entity.part_of)
        events = [self._event(event) for event in self.timeline.events]
        if any(new is not old for new, old in zip(events, self.timeline.events, strict=True)):
            return replace(self.timeline, events=events)
        return self.timeline

    def _error(self, subject: str, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, subject, field, message))

    def _duplicates(self) -> None:
        for kind, items in (("source", self.timeline.sources), ("entity", self.timeline.entities),
                            ("event", self.timeline.events)):
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
        subject = f"event '{event.id}'"
        for index, actor in enumerate(event.actors):
            if actor not in self.entities:
                self._unknown(subject, f"actors[{index}]", "entity", actor)
        self._date(subject, "date", event.date)
        for index, flow in enumerate(event.flows):
            for end in ("source", "target"):
                if getattr(flow, end) not in self.entities:
                    self._unknown(subject, f"flows[{index}].{end}", "entity", getattr(flow, end))
        if event.thread is not None and event.thread not in self.threads:
            self._error(subject, "thread", f"names thread '{event.thread}', which this timeline "
                        "does not define; add it to the threads or fix the id")
        if event.context_date is not None:
            self._date(subject, "context_date", event.context_date)
        claims = [self._claim(subject, c, claim) for c, claim in enumerate(event.claims)]
        if any(new is not old for new, old in zip(claims, event.claims, strict=True)):
            return replace(event, claims=claims)
        return event

    def _claim(self, subject: str, c: int, claim: Any) -> Any:
        for index, who in enumerate(claim.attributed_to):
            if who not in self.entities:
                self._unknown(subject, f"claims[{c}].attributed_to[{index}]", "entity", who)
        if claim.date is not None:
            self._date(subject, f"claims[{c}].date", claim.date)
        for index, amount in enumerate(claim.amounts):
            where = f"claims[{c}].amounts[{index}]"
            negative = negative_bound(amount)
            if negative:
                self._error(subject, f"{where}.{negative}", "input should be greater than or "
                            "equal to 0; give the size and say the direction in the event")
            problem = amount_problem(amount)
            if problem:
                self._error(subject, where, problem)
        quotes = [self._quote(subject, f"claims[{c}].quotes[{q}]", quote)
                  for q, quote in enumerate(claim.quotes)]
        if any(new is not old for new, old in zip(quotes, claim.quotes, strict=True)):
            return replace(claim, quotes=quotes)
        return claim

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
