"""Quotes are evidence only if they are exactly where they say they are."""

from __future__ import annotations

import pytest

from viewer.domain.format.anchoring import QuoteNotFound, anchor
from viewer.domain.format.model import AnchoredQuote

TEXT = "Amazon prüft. OpenAI wartet. Amazon prüft. Nvidia liefert."


def quote(start, end, text, **context):
    return AnchoredQuote(source="s", start=start, end=end, text=text, **context)


def test_a_quote_at_its_offsets_is_kept_as_it_is():
    exact = quote(14, 28, "OpenAI wartet.")
    assert anchor(exact, TEXT) is exact


def test_offsets_count_code_points_not_bytes():
    # "ü" is two bytes in UTF-8 but one character: "prüft" starts at 7 either way, ends at 12.
    assert anchor(quote(7, 12, "prüft"), TEXT).end == 12


def test_a_quote_found_once_elsewhere_is_moved_there():
    moved = anchor(quote(0, 14, "Nvidia liefert."), TEXT)
    assert (moved.start, moved.end) == (43, 58)
    assert TEXT[moved.start:moved.end] == "Nvidia liefert."


def test_a_quote_found_twice_is_an_error_unless_context_decides():
    stale = quote(3, 16, "Amazon prüft.")
    with pytest.raises(QuoteNotFound, match="occurs 2 times"):
        anchor(stale, TEXT)
    second = anchor(quote(3, 16, "Amazon prüft.", prefix="wartet. "), TEXT)
    assert second.start == 29


def test_no_fuzzy_acceptance():
    with pytest.raises(QuoteNotFound, match="not in the source"):
        anchor(quote(14, 28, "OpenAI  wartet."), TEXT)


def test_offsets_past_the_end_are_named():
    with pytest.raises(QuoteNotFound, match="past the end"):
        anchor(quote(100, 110, "Nvidia bleibt"), TEXT)
