"""Reads a money amount from its German or English wording.

``parse_amount("zwischen zehn und 20 Milliarden Dollar")`` gives 10–20 × 10^9 USD, qualified
"between". German rules: Milliarde = 10^9 and Billion = 10^12 (English "billion" is 10^9, so the
language matters), decimal comma, number words, compounds ("38-Milliarden-Dollar-Vertrag"), one
scale word over a range, and a currency the wording leaves out (taken from ``default_currency``
and marked as inferred).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from viewer.domain.format.model import MoneyAmount, Qualifier


class UnreadableAmount(ValueError):
    """The wording holds no amount of money this parser can read; the message says why."""


# Longest phrases first: "knapp unter" must win over "unter".
QUALIFIERS = [
    (Qualifier.JUST_UNDER, ("knapp unter", "knapp", "fast", "beinahe", "nahezu", "just under",
                            "just shy of", "almost", "nearly")),
    (Qualifier.AT_LEAST, ("mindestens", "wenigstens", "at least", "no less than")),
    (Qualifier.MORE_THAN, ("mehr als", "ueber", "jenseits", "gut", "more than", "over", "above",
                           "upwards of", "in excess of")),
    (Qualifier.UP_TO, ("bis zu", "up to", "as much as", "as high as")),
    (Qualifier.LESS_THAN, ("weniger als", "unter", "less than", "under", "below")),
    (Qualifier.ABOUT, ("rund", "etwa", "circa", "ca", "ungefaehr", "annaehernd", "about",
                       "around", "roughly", "approximately", "some")),
    (Qualifier.BETWEEN, ("zwischen", "between")),
]
ARTICLES = {"a", "an", "ein", "eine", "einer", "einem", "einen"}

SCALES_DE = {"tausend": 3, "tsd": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9,
             "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12, "bio": 12}
SCALES_EN = {"thousand": 3, "k": 3, "million": 6, "millions": 6, "m": 6, "mn": 6, "mio": 6,
             "billion": 9, "billions": 9, "bn": 9, "b": 9, "trillion": 12, "trillions": 12,
             "tn": 12, "trn": 12}
CURRENCIES = {"usd": "USD", "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD",
              "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR", "gbp": "GBP",
              "pfund": "GBP", "pound": "GBP", "pounds": "GBP", "£": "GBP", "chf": "CHF",
              "franken": "CHF", "jpy": "JPY", "yen": "JPY", "¥": "JPY", "cny": "CNY",
              "yuan": "CNY"}

UNITS = {"null": 0, "zero": 0, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eins": 1,
         "one": 1, "a": 1, "an": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4,
         "four": 4, "fuenf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7,
         "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10, "elf": 11,
         "eleven": 11, "zwoelf": 12, "twelve": 12, "dreizehn": 13, "thirteen": 13,
         "vierzehn": 14, "fourteen": 14, "fuenfzehn": 15, "fifteen": 15, "sechzehn": 16,
         "sixteen": 16, "siebzehn": 17, "seventeen": 17, "achtzehn": 18, "eighteen": 18,
         "neunzehn": 19, "nineteen": 19}
TENS = {"zwanzig": 20, "twenty": 20, "dreissig": 30, "thirty": 30, "vierzig": 40, "forty": 40,
        "fuenfzig": 50, "fifty": 50, "sechzig": 60, "sixty": 60, "siebzig": 70, "seventy": 70,
        "achtzig": 80, "eighty": 80, "neunzig": 90, "ninety": 90, "hundert": 100,
        "hundred": 100}
HALVES = {"halb": Decimal("0.5"), "halbe": Decimal("0.5"), "halben": Decimal("0.5"),
          "halber": Decimal("0.5"), "half": Decimal("0.5"), "anderthalb": Decimal("1.5"),
          "eineinhalb": Decimal("1.5"), "zweieinhalb": Decimal("2.5")}
GERMAN_MARKERS = re.compile(
    r"milliard|mrd|billionen|millionen|\bmio\b|bis zu|mindestens|mehr als|ueber|knapp|\brund\b"
    r"|\betwa\b|zwischen|jenseits|weniger als|\beine[rn]?\b|halbe|\d,\d|\d\.\d{3}(?!\d)")


def parse_amount(text: str, *, language: str | None = None,
                 default_currency: str | None = None) -> MoneyAmount:
    """The amount ``text`` states; ``language`` is "de" or "en" (guessed when left out)."""
    words = _words(text)
    joined = " ".join(words)
    if re.search(r"\b(prozent|percent|prozentpunkte)\b|%", joined):
        raise UnreadableAmount(f"'{text}' is a percentage, not an amount of money")
    language = language or ("de" if GERMAN_MARKERS.search(joined) else "en")
    numbers = _numbers(words, language)
    if not numbers:
        raise UnreadableAmount(f"'{text}' contains no number")
    currency = next((CURRENCIES[w] for w in words if w in CURRENCIES), None)
    if currency is None and default_currency is None:
        raise UnreadableAmount(f"'{text}' names no currency and none was given for its report")
    qualifier = _qualifier(joined, numbers)
    low, high = numbers[0][1], numbers[-1][1]
    bounds = {
        Qualifier.EXACT: (low, low), Qualifier.ABOUT: (low, low),
        Qualifier.AT_LEAST: (low, None), Qualifier.MORE_THAN: (low, None),
        Qualifier.UP_TO: (None, low), Qualifier.LESS_THAN: (None, low),
        Qualifier.JUST_UNDER: (None, low), Qualifier.BETWEEN: (low, high),
    }[qualifier]
    if bounds[0] is not None and bounds[1] is not None and bounds[1] < bounds[0]:
        raise UnreadableAmount(f"'{text}' gives a range whose upper end is below its lower end")
    return MoneyAmount(text=text, min=bounds[0], max=bounds[1],
                       currency=currency or default_currency,
                       currency_inferred=currency is None, qualifier=qualifier)


def _words(text: str) -> list[str]:
    folded = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = re.sub(r"(\d)\s*[–—-]\s*(\d)", r"\1 - \2", folded)  # a range, not a compound
    folded = re.sub(r"([$€£¥])", r" \1 ", folded)
    folded = re.sub(r"(\d)([a-z])", r"\1 \2", folded)
    words = re.findall(r"\d[\d.,]*\d|\d|[a-z$€£¥]+|-(?= \d)", folded)
    # "twenty-five" arrives as two words; read it as one number.
    for index in range(len(words) - 2, -1, -1):
        if TENS.get(words[index], 0) in range(20, 91) and 0 < UNITS.get(words[index + 1], 0) < 10:
            words[index:index + 2] = [str(TENS[words[index]] + UNITS[words[index + 1]])]
    return words


def _numbers(words: list[str], language: str) -> list[tuple[int, Decimal]]:
    """(position, value) of each number, each scaled by the scale word that follows it."""
    scales = SCALES_DE if language == "de" else SCALES_EN
    found: list[tuple[int, Decimal, int | None]] = []
    for index, word in enumerate(words):
        value = _number(word, language)
        if value is None:
            continue
        if word in ARTICLES and (index + 1 == len(words) or words[index + 1] not in scales):
            continue  # "eine Billion" counts, "an OpenAI" does not
        scale = next((scales[w] for w in words[index + 1:index + 3] if w in scales), None)
        found.append((index, value, scale))
    last_scale = next((s for _, _, s in reversed(found) if s is not None), None)
    # "zwischen zehn und 20 Milliarden": the scale word at the end serves the whole range.
    return [(i, _tidy(v * Decimal(10) ** (s if s is not None else last_scale or 0)))
            for i, v, s in found]


def _tidy(value: Decimal) -> Decimal:
    """1.4 × 10^12 as 1400000000000, not 1400000000000.0; 222,10 keeps its cents."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _number(word: str, language: str) -> Decimal | None:
    if word[0].isdigit():
        return _digits(word, language)
    if word in UNITS:
        return Decimal(UNITS[word])
    if word in TENS:
        return Decimal(TENS[word])
    if word in HALVES:
        return HALVES[word]
    match = re.fullmatch(r"(\w+?)und(\w+zig)", word)  # "fuenfundzwanzig"
    if match and match.group(1) in UNITS and match.group(2) in TENS:
        return Decimal(UNITS[match.group(1)] + TENS[match.group(2)])
    return None


def _digits(word: str, language: str) -> Decimal | None:
    thousands, decimal = (".", ",") if language == "de" else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+(\{decimal}\d+)?", word):
        word = word.replace(thousands, "")
    word = word.replace(decimal, ".")
    try:
        return Decimal(word)
    except InvalidOperation:
        return None


def _qualifier(joined: str, numbers: list[tuple[int, Decimal]]) -> Qualifier:
    found = [(match.start(), qualifier) for qualifier, phrases in QUALIFIERS for phrase in phrases
             for match in [re.search(rf"(?<![\w$€£¥]){re.escape(phrase)}(?!\w)", joined)] if match]
    if len(numbers) > 1 and not any(q is Qualifier.UP_TO for _, q in found):
        return Qualifier.BETWEEN
    if not found:
        return Qualifier.EXACT
    return min(found, key=lambda item: item[0])[1]
