"""A report's sentences, with their offsets (code points) in its text, German and English.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quotes and brackets stay with it)
followed by space and something that can begin a sentence, and at every line break (the
reports hold one paragraph per line; a heading is a line of its own). A full stop does not
end a sentence after an abbreviation ("Mrd.", "z. B.", "U.S.", "Inc."), a single letter (an
initial), or a number that is a German ordinal ("am 3. Oktober"); a decimal point or comma
has no space after it and never ends one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations, folded, without their final full stop. Grammar and units, never a name.
ABBREVIATIONS = {
    # German
    "mrd", "mio", "tsd", "bzw", "ca", "dr", "prof", "nr", "vgl", "etc", "inkl", "ggf", "evtl",
    "jh", "st", "str", "abs", "bspw", "usw", "u.a", "z.b", "d.h", "u.u", "o.ä", "s.o", "i.d.r",
    "zzgl", "exkl", "jan", "feb", "febr", "aug", "sept", "okt", "nov", "dez", "mo", "di", "mi",
    "do", "fr", "sa", "so", "gmbh", "co", "bzgl", "mind", "max", "min", "rd",
    # English
    "u.s", "u.k", "e.u", "u.n", "inc", "corp", "ltd", "mr", "mrs", "ms", "jr", "sr", "no", "vs",
    "e.g", "i.e", "approx", "est", "mar", "apr", "jun", "jul", "sep", "oct", "dec", "bn", "mn",
    "gov", "sen", "rep", "gen", "col", "lt", "plc", "llc", "dept", "fig", "p.m", "a.m",
}
MONTHS = {"januar", "jänner", "februar", "märz", "maerz", "april", "mai", "juni", "juli",
          "august", "september", "oktober", "november", "dezember"}

_END = re.compile(r"[.!?…]+[\"”“'’»)\]]*")
_STARTS = re.compile(r"\s+(?=[\"„“‚'«(\[]?[A-ZÄÖÜ0-9])")
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # the number of the line it stands on (sentences of one paragraph share it)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, without the space around them."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        start = 0
        for match in _END.finditer(line):
            after = _STARTS.match(line, match.end())
            if after is None or not _ends_here(line, match):
                continue
            _add(sentences, line, offset, start, match.end(), paragraph)
            start = after.end()
        _add(sentences, line, offset, start, len(line), paragraph)
        offset += len(line) + 1
    return sentences


def _add(sentences: list[Sentence], line: str, offset: int, start: int, end: int,
         paragraph: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + piece.index(stripped)
        sentences.append(Sentence(offset + first, offset + first + len(stripped), paragraph))


def _ends_here(line: str, match: re.Match[str]) -> bool:
    """Whether the punctuation of ``match`` ends a sentence (not an abbreviation's point)."""
    if not match.group(0).startswith("."):
        return True  # ! ? … end one
    token = _TOKEN_BEFORE.search(line, 0, match.start())
    if token is None:
        return True
    word = token.group(1)
    folded = word.casefold().strip(".")
    if folded in ABBREVIATIONS or (len(folded) == 1 and folded.isalpha()):
        return False
    if re.fullmatch(r"(?:\w\.)+\w", word):  # "U.S", "z.B", "e.g": letters with points
        return False
    if word.isdigit() and len(word) <= 2:  # "am 3. Oktober", "der 2. Schritt"
        rest = line[match.end():].lstrip()
        following = re.match(r"[\wÄÖÜäöü]+", rest)
        if following and (following.group(0).casefold() in MONTHS
                          or following.group(0)[0].islower()):
            return False
    return True
