"""German-forgiving text folding for search.

``fold`` lowercases (``ß`` becomes ``ss``), strips accents (``ä`` becomes ``a``) and reads the
spelled-out umlauts ``ae``/``oe``/``ue`` as ``a``/``o``/``u``, so "Börsengang", "Boersengang" and
"Borsengang" all fold to "borsengang". The index stores folded text and queries are folded the
same way. ``fold_with_map`` does the same for one short text and remembers, for every folded
character, the character of the original it came from, so a match can be shown where it is.
"""

from __future__ import annotations

import re
import unicodedata

SPELLED_UMLAUT = re.compile("ae|oe|ue")


def _accent_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii():
            table[code] = base.lower()
    return table


ACCENTS = _accent_table()


NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """The folded form of ``text``. Fast, as the index folds millions of characters: accents
    are looked up only in the runs of non-ASCII characters, and the spelled-out umlauts are
    three replacements (they never overlap, so this equals replacing them left to right)."""
    text = text.casefold()
    if not text.isascii():
        text = NON_ASCII.sub(lambda run: run.group().translate(ACCENTS), text)
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, per folded character, the index of its original character."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in char.casefold().translate(ACCENTS):
            chars.append(piece)
            origin.append(index)
    folded, where, position = [], [], 0
    while position < len(chars):  # the same left-to-right rule as SPELLED_UMLAUT.sub
        pair = "".join(chars[position:position + 2])
        folded.append(chars[position])
        where.append(origin[position])
        position += 2 if pair in ("ae", "oe", "ue") else 1
    return "".join(folded), where


def word_start(needle: str) -> re.Pattern[str]:
    """Where the index's word table finds a short ``needle`` (one or two characters, typed as
    the start of a word): after no letter, digit or one of the characters its tokenizer keeps
    inside words (``-,.``)."""
    return re.compile(r"(?<![^\W_])(?<![-,.])" + re.escape(needle))


def find_all(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Every place in ``text`` (original offsets, in order) where one of the folded ``needles``
    occurs, by the index's rules: three characters or more anywhere, fewer at a word's start."""
    folded, where = fold_with_map(text)
    spans = set()
    for needle in needles:
        pattern = re.compile(re.escape(needle)) if len(needle) >= 3 else word_start(needle)
        for match in pattern.finditer(folded):
            spans.add((where[match.start()], where[match.end() - 1] + 1))
    return sorted(spans)


def locate(text: str, needles: list[str]) -> tuple[int, int] | None:
    """Where in ``text`` (original offsets) the first of the folded ``needles`` occurs."""
    spans = find_all(text, needles)
    return spans[0] if spans else None


def snippet(text: str, start: int, end: int, width: int = 60) -> tuple[str, int, int]:
    """Up to ``width`` characters either side of ``text[start:end]``, on one line, and where the
    match lies inside the snippet."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    head = "…" if left > 0 else ""
    tail = "…" if right < len(text) else ""
    piece = text[left:right].replace("\n", " ")
    return head + piece + tail, len(head) + start - left, len(head) + end - left


class Tolerant:
    """Patterns over *unfolded* text that find every place where a folded needle could occur:
    each character may be written in any way that folds to it ("Ö", "ö", "o" for "o"), a
    vowel may be followed by the "e" of a spelled-out umlaut, and a character that folds to
    several ("ß" to "ss") may stand for the run. Such a pattern may also find a little more
    than the needle (its matches are candidates, confirmed by folding them); it never misses.
    The search uses it to read the reports directly while the index is still being built."""

    _variants: dict[str, set[str]] | None = None
    _expansions: dict[str, list[str]] | None = None

    @classmethod
    def _tables(cls) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
        if cls._variants is None or cls._expansions is None:
            variants: dict[str, set[str]] = {}
            expansions: dict[str, list[str]] = {}
            every = "".join(map(chr, range(0x20000)))
            for char in every:  # only characters that fold to something else matter
                if char.casefold() == char and ord(char) not in ACCENTS:
                    continue
                folded = char.casefold().translate(ACCENTS)
                for piece in set(folded):
                    variants.setdefault(piece, set()).add(char)
                if len(folded) > 1:
                    expansions.setdefault(folded, []).append(char)
            cls._variants, cls._expansions = variants, expansions
        return cls._variants, cls._expansions

    @staticmethod
    def reach(needle: str) -> int:
        """The longest text a needle's pattern can match: each character, and a spelled-out
        umlaut's "e" after it."""
        return 2 * len(needle)

    @classmethod
    def pattern(cls, needle: str) -> re.Pattern[str]:
        """The pattern for a folded ``needle``."""
        variants, expansions = cls._tables()
        optional = [False] * len(needle)
        for expansion in expansions:  # "ss" may be one "ß": the second "s" may be absent
            start = needle.find(expansion)
            while start != -1:
                for position in range(start + 1, start + len(expansion)):
                    optional[position] = True
                start = needle.find(expansion, start + 1)
        units = []
        spelled_e = _class(variants, "e")
        for position, char in enumerate(needle):
            unit = _class(variants, char)
            if char in "aou":
                unit += f"(?:{spelled_e})?"
            units.append(f"(?:{unit})?" if optional[position] else unit)
        return re.compile("".join(units))


def _class(variants: dict[str, set[str]], char: str) -> str:
    members = sorted(variants.get(char, set()) | {char})
    if len(members) == 1:
        return re.escape(char)
    return "[" + "".join(re.escape(member) for member in members) + "]"
