"""A report that changed: every quote of it is found again in the new text.

Exact at its offsets: kept. Exactly once elsewhere (or several times, with its ``prefix`` and
``suffix`` picking one): moved. Otherwise the closest passage by fuzzy matching (``rapidfuzz``'s
partial-ratio alignment, the way Hypothesis re-anchors annotations on changed pages) is
proposed with its score, and is only used when the user accepts it; below ``LEAST_SCORE``, or
rejected, the quote is lost. Nothing is ever accepted silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from viewer.domain.authoring.edits import EditRefused
from viewer.domain.authoring.passages import CONTEXT, occurrences, quote_at, whole_words
from viewer.domain.format.fast_load import replace

LEAST_SCORE = 70.0  # a proposal below this is no proposal: the passage is lost


@dataclass(frozen=True)
class Reanchored:
    """Where one quote is in the new text: "kept", "moved", "changed" (a proposal, with
    ``score`` out of 100) or "lost" (``new`` is None)."""

    event_id: str
    claim: int
    quote: int
    old: Any
    new: Any
    status: str
    score: float

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.event_id, self.claim, self.quote)


def reanchor(timeline: Any, source_id: str, text: str) -> list[Reanchored]:
    """Every quote of report ``source_id`` found again in ``text``, in the timeline's order."""
    found = []
    for event in timeline.events:
        for c, claim in enumerate(event.claims):
            for q, quote in enumerate(claim.quotes):
                if quote.source == source_id:
                    found.append(_find(event.id, c, q, quote, text))
    return found


def _find(event_id: str, claim: int, index: int, quote: Any, text: str) -> Reanchored:
    def result(new: Any, status: str, score: float = 100.0) -> Reanchored:
        return Reanchored(event_id, claim, index, quote, new, status, score)
    if text[quote.start:quote.end] == quote.text:
        return result(quote_at(quote.source, text, quote.start, quote.end), "kept")
    places = occurrences(text, quote.text)
    if len(places) > 1:
        places = [p for p in places if _context_fits(quote, text, p)] or places
        places = sorted(places, key=lambda p: abs(p - quote.start))[:1]
    if places:
        start = places[0]
        return result(quote_at(quote.source, text, start, start + len(quote.text)), "moved")
    return _fuzzy(result, quote, text)


def _fuzzy(result, quote: Any, text: str) -> Reanchored:
    alignment = fuzz.partial_ratio_alignment(quote.text, text, score_cutoff=LEAST_SCORE)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return result(None, "lost", alignment.score if alignment else 0.0)
    start, end = _tightened(quote.text, text, alignment.dest_start, alignment.dest_end)
    return result(quote_at(quote.source, text, start, end), "changed", round(alignment.score, 1))


def _tightened(needle: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The aligned window (as long as the quote) moved to where the quote's first and last
    words stand in it, when they are still there, so that a proposal neither starts in the
    sentence before nor stops short; then widened to whole words."""
    words = needle.split()
    slack = max(20, len(needle) // 4)
    low, high = max(0, start - slack), min(len(text), end + slack)
    head = " ".join(words[:3])
    tail = " ".join(words[-3:])
    first = text.find(head, low, high)
    last = text.rfind(tail, low, high)
    if first >= 0:
        start = first
    if last >= 0 and last + len(tail) > start:
        end = last + len(tail)
    return whole_words(text, start, max(end, start + 1))


def _context_fits(quote: Any, text: str, start: int) -> bool:
    before = text[max(0, start - CONTEXT):start]
    after = text[start + len(quote.text):start + len(quote.text) + CONTEXT]
    return (quote.prefix is None or before.endswith(quote.prefix[-8:])) and \
        (quote.suffix is None or after.startswith(quote.suffix[:8]))


def with_report_updated(timeline: Any, source_id: str, file: str, sha256: str,
                        results: list[Reanchored],
                        accepted: set[tuple[str, int, int]]) -> tuple[Any, list[str]]:
    """The timeline with report ``source_id`` pointing at its new text (``file``,
    ``sha256``) and every quote of it re-anchored: kept and moved quotes follow, changed ones
    only when their key is in ``accepted``, the rest are removed (an event left without any
    quote is deleted; their ids are returned)."""
    new_quote = {r.key: (r.new if r.status in ("kept", "moved") or r.key in accepted else None)
                 for r in results}
    events, deleted = [], []
    for event in timeline.events:
        claims = []
        for c, claim in enumerate(event.claims):
            quotes = [new_quote.get((event.id, c, q), quote)
                      for q, quote in enumerate(claim.quotes)]
            quotes = [quote for quote in quotes if quote is not None]
            if quotes:
                claims.append(replace(claim, quotes=quotes))
        if claims:
            events.append(replace(event, claims=claims) if claims != list(event.claims)
                          else event)
        else:
            deleted.append(event.id)
    sources = []
    for source in timeline.sources:
        sources.append(replace(source, file=file, sha256=sha256) if source.id == source_id
                       else source)
    if not any(s.id == source_id for s in timeline.sources):
        raise EditRefused(f"there is no report '{source_id}' in the timeline")
    return replace(timeline, events=events, sources=sources), deleted
