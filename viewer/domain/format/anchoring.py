"""Checks an anchored quote against the exact text of its source.

Exact at its offsets: accepted. Found exactly once elsewhere (``prefix``/``suffix`` may pick
among several): moved there, and the caller reports a warning. Anything else is an error: no
fuzzy matching, because a quote that only resembles its source is not evidence.
"""

from __future__ import annotations

from viewer.domain.format.fast_load import replace
from viewer.domain.format.model import AnchoredQuote


class QuoteNotFound(ValueError):
    """The quote is not at its offsets and cannot be placed unambiguously elsewhere."""


def anchor(quote: AnchoredQuote, text: str) -> AnchoredQuote:
    """The quote as it stands in ``text``: itself if exact, else relocated, else an error."""
    if quote.end <= len(text) and text[quote.start:quote.end] == quote.text:
        return quote
    places = [start for start in _occurrences(text, quote.text)
              if _context_fits(quote, text, start)]
    if len(places) == 1:
        start = places[0]
        return _moved(quote, start, start + len(quote.text))
    where = (f"offsets {quote.start}–{quote.end} are past the end of the text ({len(text)} "
             "characters)" if quote.end > len(text) else
             f"the text at {quote.start}–{quote.end} is {text[quote.start:quote.end][:40]!r}")
    if not places:
        raise QuoteNotFound(f"the quoted text is not in the source ({where}); copy the passage "
                            "exactly as the source has it")
    raise QuoteNotFound(f"the quoted text occurs {len(places)} times in the source and its offsets "
                        f"do not match ({where}); fix the offsets or add a prefix or suffix")


def _moved(quote: AnchoredQuote, start: int, end: int) -> AnchoredQuote:
    if isinstance(quote, AnchoredQuote):
        return quote.model_copy(update={"start": start, "end": end})
    return replace(quote, start=start, end=end)  # a quote decoded by the fast loader


def _occurrences(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def _context_fits(quote: AnchoredQuote, text: str, start: int) -> bool:
    if quote.prefix and not text[:start].endswith(quote.prefix):
        return False
    end = start + len(quote.text)
    return not quote.suffix or text[end:end + len(quote.suffix)] == quote.suffix
