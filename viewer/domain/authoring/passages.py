"""Quotes made from a selection, and finding an exact passage in a report.

A quote stores its code-point offsets, the exact text, and a little context on each side
(``prefix``/``suffix``) so that it can be found again should the offsets go stale.
"""

from __future__ import annotations

from viewer.domain.format.fast_load import in_memory
from viewer.domain.format.model import AnchoredQuote

CONTEXT = 32  # characters of context kept on each side of a quote


class PassageNotFound(ValueError):
    """The text is not in the report, or is there more than once; the message says where
    and how to choose."""


def quote_at(source_id: str, text: str, start: int, end: int) -> AnchoredQuote:
    """The quote of ``text[start:end]`` (trimmed of surrounding white space)."""
    if not 0 <= start < end <= len(text):
        raise PassageNotFound(f"characters {start}–{end} are not inside the report "
                              f"({len(text)} characters)")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise PassageNotFound("the selection holds only white space; select the words to quote")
    return in_memory(AnchoredQuote(
        source=source_id, start=start, end=end, text=text[start:end],
        prefix=text[max(0, start - CONTEXT):start] or None, suffix=text[end:end + CONTEXT] or None))


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``–``end`` widened to whole words: a selection made with the mouse often starts
    or stops inside a word ("Millionen Eu"), which is never what a quote means."""
    while start > 0 and text[start - 1].isalnum() and start < len(text) and \
            text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0 and needle:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def find_passage(source_id: str, text: str, needle: str,
                 occurrence: int | None = None) -> AnchoredQuote:
    """The quote of the one place ``needle`` occurs (or of its ``occurrence``-th place,
    counted from 1, when it occurs several times)."""
    needle = needle.strip()
    places = occurrences(text, needle) if needle else []
    if not places:
        raise PassageNotFound(f"'{_short(needle)}' is not in report '{source_id}' (quotes must "
                              "be exact, including punctuation and case)")
    if occurrence is not None:
        if not 1 <= occurrence <= len(places):
            raise PassageNotFound(f"'{_short(needle)}' occurs {len(places)} time(s) in report "
                                  f"'{source_id}'; --occurrence must be 1 to {len(places)}")
        places = [places[occurrence - 1]]
    if len(places) > 1:
        where = ", ".join(f"{n}: characters {at}–{at + len(needle)}"
                          for n, at in enumerate(places, 1))
        raise PassageNotFound(f"'{_short(needle)}' occurs {len(places)} times in report "
                              f"'{source_id}' ({where}); quote more words, or choose one with "
                              "--occurrence N")
    return quote_at(source_id, text, places[0], places[0] + len(needle))


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
