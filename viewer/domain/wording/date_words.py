"""Turns a German or English date wording into a short code string plus values.

Each recognised word becomes one code letter ("im vierten Quartal dieses Jahres" -> ``OQTJ``,
"early 2024" -> ``EY``), so that :mod:`viewer.domain.wording.dates` can read the grammar of
date phrases from a few regular expressions over codes instead of a table of whole phrases.
Month and weekday
names come from python-dateutil ``parserinfo`` objects, one German and one English.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import ClassVar

from dateutil import parser as du_parser


class GermanParserInfo(du_parser.parserinfo):
    """German month and weekday names for dateutil (umlauts also folded: "Maerz")."""

    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        ("Jan", "Januar", "Jänner", "Jaenner"),
        ("Feb", "Februar"),
        ("Mär", "März", "Maer", "Maerz", "Mrz"),
        ("Apr", "April"),
        ("Mai",),
        ("Jun", "Juni"),
        ("Jul", "Juli"),
        ("Aug", "August"),
        ("Sep", "Sept", "September"),
        ("Okt", "Oktober"),
        ("Nov", "November"),
        ("Dez", "Dezember"),
    ]
    # Only full names: the short forms ("so", "do", "mi") are ordinary German words.
    WEEKDAYS: ClassVar[list[tuple[str, ...]]] = [
        ("Montag",),
        ("Dienstag",),
        ("Mittwoch",),
        ("Donnerstag",),
        ("Freitag",),
        ("Samstag", "Sonnabend"),
        ("Sonntag",),
    ]


GERMAN = GermanParserInfo()
ENGLISH = du_parser.parserinfo()

# Parts of a day: "Donnerstagabend", "Thursday evening". They do not narrow a date below a day.
DAY_PARTS = ("abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht", "frueh")
ENGLISH_DAY_PARTS = {"evening", "morning", "afternoon", "night", "noon"}

NUMBER_WORDS = {
    **dict.fromkeys(("ein", "eine", "einem", "einen", "einer", "one", "a"), 1),
    **dict.fromkeys(("zwei", "two"), 2), **dict.fromkeys(("drei", "three"), 3),
    **dict.fromkeys(("vier", "four"), 4), **dict.fromkeys(("fuenf", "five"), 5),
    **dict.fromkeys(("sechs", "six"), 6), **dict.fromkeys(("sieben", "seven"), 7),
    **dict.fromkeys(("acht", "eight"), 8), **dict.fromkeys(("neun", "nine"), 9),
    **dict.fromkeys(("zehn", "ten"), 10), **dict.fromkeys(("elf", "eleven"), 11),
    **dict.fromkeys(("zwoelf", "twelve"), 12),
}
ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fuenft": 5, "sechst": 6,
                 "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}

# Word -> code. German inflections are folded by the stem rules in ``_stem_code``.
WORD_CODES = {
    "seit": "S", "since": "S", "ab": "S",
    "fruehestens": "S",  # "frühestens 2028": not before 2028, open after
    "bis": "B", "until": "B", "till": "B", "by": "B",
    "spaetestens": "B",  # "spätestens im März": by the end of March
    "vor": "V", "before": "V", "prior": "V",
    "nach": "A", "after": "A",
    "ago": "G",
    "zwischen": "b", "between": "b", "von": "b", "from": "b",
    "und": "&", "and": "&", "to": "&",
    "this": "T", "current": "T", "laufenden": "T",
    "next": "X", "coming": "X",
    "last": "L", "past": "L", "previous": "L",
    "recent": "R",
    "anfang": "E", "early": "E", "beginning": "E", "start": "E",
    "mitte": "I", "mid": "I", "middle": "I",
    "ende": "Z", "late": "Z", "end": "Z",
    "heute": "0", "today": "0", "gestern": "-", "yesterday": "-", "tomorrow": "+",
    "vorgestern": "=", "uebermorgen": "~",
    "derzeit": "n", "aktuell": "n", "nun": "n", "jetzt": "n", "zurzeit": "n", "momentan": "n",
    "gegenwaertig": "n", "currently": "n", "now": "n", "parallel": "n",
    "nachboerslich": "n", "vorboerslich": "n", "afterhours": "n", "premarket": "n",
    "bereits": "a", "schon": "a", "bisher": "a", "bislang": "a", "already": "a",
    "kuerzlich": "r", "juengst": "r", "recently": "r",
    "quartal": "Q", "quartals": "Q", "quarter": "Q",
    "halbjahr": "H", "halbjahres": "H", "half": "H",
    "woche": "K", "week": "K", "wochen": "k", "weeks": "k",
    "monat": "U", "monats": "U", "month": "U", "monate": "u", "monaten": "u", "months": "u",
    "jahr": "J", "jahres": "J", "year": "J", "jahre": "j", "jahren": "j", "years": "j",
    "tag": "D", "tages": "D", "day": "D", "tage": "d", "tagen": "d", "days": "d",
    "vorjahr": "LJ", "vorjahres": "LJ", "vormonat": "LU", "vorwoche": "LK",
    "nicht": "!", "not": "!", "kein": "!", "keine": "!", "never": "!", "nie": "!",
}
STEM_CODES = (("dies", "T"), ("naechst", "X"), ("kommend", "X"), ("letzt", "L"),
              ("vergangen", "L"), ("vorig", "L"), ("bestehend", "a"), ("existing", "a"))


@dataclass(frozen=True)
class Token:
    code: str
    value: object = None


@functools.lru_cache(maxsize=8192)
def tokenize(text: str) -> tuple[Token, ...]:
    """Codes for the words of ``text``; words that say nothing about time are left out.
    Kept for the texts asked most lately: the recognizers ask it of every word of a passage
    (half of the time it takes to make an event from a passage went into it)."""
    tokens: list[Token] = []
    for word in _words(text):
        tokens.extend(_word_tokens(word))
    return tuple(tokens)


def _words(text: str) -> list[str]:
    folded = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = re.sub(r"[–—]", "-", folded)
    folded = re.sub(r"\b(after|pre)[\s-]+(hours|market)\b", r"\1\2", folded)
    # Keep ISO dates and dd.mm.yyyy whole; split other hyphens ("mid-2027") and punctuation.
    pieces = re.findall(r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d+\.|[\w-]+", folded)
    words: list[str] = []
    for piece in pieces:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", piece):
            words.append(piece)
        else:
            words.extend(part for part in piece.split("-") if part)
    return words


def _word_tokens(word: str) -> list[Token]:
    full = _full_date(word)
    if full is not None:
        return [Token("F", full)]
    if re.fullmatch(r"\d{4}", word) and 1000 <= int(word) <= 2999:
        return [Token("Y", int(word))]
    if match := re.fullmatch(r"(\d{1,2})(\.|st|nd|rd|th)?", word):
        return [Token("O" if match.group(2) else "N", int(match.group(1)))]
    if match := re.fullmatch(r"([qh])([1-4])", word):
        return [Token("Q" if match.group(1) == "q" else "H"), Token("N", int(match.group(2)))]
    if word in WORD_CODES:
        return [Token(code) for code in WORD_CODES[word]]
    if word in NUMBER_WORDS:
        return [Token("N", NUMBER_WORDS[word])]
    return _name_tokens(word)


def _name_tokens(word: str) -> list[Token]:
    month = GERMAN.month(word) or ENGLISH.month(word)
    if month is not None:
        return [Token("M", month)]
    for part in ("", *DAY_PARTS):
        stem = word[: -len(part)] if part and word.endswith(part) else word
        if part and stem == word:
            continue
        day = GERMAN.weekday(stem) if len(stem) > 4 else None
        if day is None and len(stem) > 5:
            day = ENGLISH.weekday(stem)
        if day is not None:
            return [Token("W", day)]
    if word in ENGLISH_DAY_PARTS or word in DAY_PARTS:
        return []
    return _stem_tokens(word)


def _stem_tokens(word: str) -> list[Token]:
    for stem, number in ORDINAL_STEMS.items():
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            return [Token("O", number)]
    for stem, code in STEM_CODES:
        if word.startswith(stem):
            return [Token(code)]
    return []


def _full_date(word: str) -> dt.date | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", word) or None
    parts = None
    if match:
        parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    elif match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", word):
        parts = (int(match.group(3)), int(match.group(2)), int(match.group(1)))
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None
