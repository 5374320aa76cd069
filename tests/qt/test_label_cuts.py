"""The canvas cuts labels to their room with the font engine's elision; the result must fit
and keep what halving with the same widths keeps, or one character less (the engine rounds
to whole pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from viewer.domain.timeline.lane_packing import ELLIPSIS, elide
from viewer.qt.timeline.canvas_layout import LabelWidths

LABELS = ["Microsoft beteiligt sich an OpenAI", "AWS-Vertrag über 38 Milliarden Dollar",
          "Börsengang im vierten Quartal dieses Jahres", "Nvidia  investiert   bis zu 100 Mrd.",
          "≠ Amazon verhandelt über Beteiligung", "Ünïcödé ÄÖÜß — Straße", "A B C D E F G H"]


@pytest.mark.parametrize("text", LABELS)
def test_font_cuts_match_halving_and_fit(qapp, text: str) -> None:
    measure = LabelWidths().measure(QFont("DejaVu Sans", 9))

    def halving(label: str) -> float:  # the same widths, without the font's shortening
        return measure(label)
    full = measure(text)
    for tenth in range(0, 121):
        available = full * tenth / 100
        cut = elide(text, available, measure)
        halved = elide(text, available, halving)
        assert cut == halved or (cut and halved and
                                 len(halved) - 1 <= len(cut) < len(halved)), (text, available)
        if cut:
            assert measure(cut) <= available
            assert cut == text or (cut.endswith(ELLIPSIS) and
                                   text.startswith(cut[:-1].rstrip()))


def test_cuts_are_kept_and_let_go_with_the_font(qapp) -> None:
    widths = LabelWidths()
    measure = widths.measure(QFont("DejaVu Sans", 9))
    first = elide(LABELS[0], 90.0, measure)
    assert widths._cuts  # kept for the next layout at this zoom
    assert elide(LABELS[0], 90.0, widths.measure(QFont("DejaVu Sans", 9))) == first
    widths.measure(QFont("DejaVu Sans", 14))
    assert not widths._cuts and not widths._widths


@pytest.mark.parametrize("size", [9, 14])
def test_the_quick_width_rows_are_packed_by_is_close_and_seldom_short(qapp, size: int) -> None:
    """Rows are packed with the characters' widths added up (no shaping); labels are then
    fitted with shaped widths. The sum leaves out kerning: over by a few pixels (by a tenth on
    a string made of kerning pairs), never short."""
    font = QFont("DejaVu Sans", size)
    quick, shaped = LabelWidths().measure(font), LabelWidths().measure(font)
    for text in [*LABELS, "AVAVAVAV To Ta Te Ty", "Wasserstoff-Allianz WAVE"]:
        width = quick.about(text)
        assert shaped(text) - 0.5 <= width <= shaped(text) * 1.12, (text, shaped(text), width)
    assert quick.about(LABELS[0]) == width_of(quick, LABELS[0])  # characters measured once
    quick(LABELS[0])
    assert quick.about(LABELS[0]) == shaped(LABELS[0])  # a label already shaped: its width


def width_of(measure, text: str) -> float:
    return sum(measure._characters[character] for character in text)
