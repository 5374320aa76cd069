"""Recognizers that read a passage a user selected and prefill an event: the date wording in
it (resolved against the report's publication date), the amounts as written, the actors known
to the timeline (and capitalised names it does not know yet), and who the passage attributes
its claim to.

Every finding keeps its wording and where it stands in the passage; the user confirms or
changes each. The rules name grammar (prepositions, attribution verbs), never a company, an
amount or a phrase of a particular report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from viewer.domain.authoring.reports import guess_language
from viewer.domain.format.model import MoneyAmount, VagueDate
from viewer.domain.wording.amounts import UnreadableAmount, parse_amount
from viewer.domain.wording.date_words import tokenize
from viewer.domain.wording.dates import Reference, UnreadableDate, resolve_date

# Words that belong to a date's wording when they stand right before it ("im Oktober",
# "noch für das vierte Quartal", "in early November"), never on their own.
LEAD_WORDS = {"im", "am", "in", "an", "ab", "bis", "vom", "zum", "seit", "noch", "für", "fuer",
              "das", "die", "der", "den", "dem", "des", "on", "at", "by", "from", "until",
              "since", "the", "of", "during", "before", "after", "vor", "nach"}
MOST_WORDS = 9  # a date wording longer than this is not one
# Words that may stand inside a date's wording between two date words ("the second half of
# next year", "Ende des Jahres").
INNER_WORDS = {"of", "the", "des", "der", "dieses", "diesen", "im", "in", "am"}
# Codes of words that place a date on their own (a month, a year, a weekday, a quarter, a unit
# of time, today); the others ("seit", "bis", "und", a bare number, "now") join a wording but
# never make one.
STRONG = set("MYWQHKUJDOkujd0-+=~")


@dataclass(frozen=True)
class Found:
    """A wording found at ``start``–``end`` of the passage, and what it was read as."""

    text: str
    start: int
    end: int
    value: Any  # a VagueDate, a MoneyAmount, or an entity id


@dataclass
class Recognized:
    """What a passage says, for the event editor to prefill."""

    dates: list[Found] = field(default_factory=list)
    amounts: list[Found] = field(default_factory=list)
    actors: list[Found] = field(default_factory=list)        # value: entity id
    new_names: list[Found] = field(default_factory=list)     # value: the name
    attributed_to: list[Found] = field(default_factory=list)  # value: entity id or None
    date_problem: str = ""  # why a date-like wording could not be resolved

    @property
    def date(self) -> VagueDate | None:
        return self.dates[0].value if self.dates else None


def recognize(passage: str, *, entities: list[Any] = (), reference: Reference = None,
              source: str | None = None, language: str | None = None) -> Recognized:
    """Reads ``passage`` (``entities`` of the timeline; ``reference`` the report's publication
    day or days; ``source`` its id, the basis of relative dates)."""
    found = Recognized()
    language = language or guess_language(passage)
    found.dates, found.date_problem = find_dates(passage, reference, source)
    found.amounts = find_amounts(passage, language)
    found.actors = find_entities(passage, entities)
    known = {(f.start, f.end) for f in found.actors}
    taken = [(f.start, f.end) for f in found.dates + found.amounts + found.actors]
    found.new_names = [n for n in find_new_names(passage, entities, language)
                       if (n.start, n.end) not in known and not _overlaps(n, taken)]
    found.attributed_to = find_attribution(passage, entities)
    return found


# --- dates ---------------------------------------------------------------------------------

_WORD = re.compile(r"[\w'’.\-/]+")


def _words(passage: str) -> list[tuple[int, int, str]]:
    words = []
    for match in _WORD.finditer(passage):
        start, end = match.span()
        while end > start and passage[end - 1] in ".-/'’":
            end -= 1
        if end > start:
            words.append((start, end, passage[start:end]))
    return words


def find_dates(passage: str, reference: Reference = None,
               source: str | None = None) -> tuple[list[Found], str]:
    """Date wordings in ``passage``, each resolved; and, when a wording could not be resolved,
    why (the first reason)."""
    words = _words(passage)
    codes = ["" if _is_amount_number(words, i) else "".join(t.code for t in tokenize(word))
             for i, (_, _, word) in enumerate(words)]
    dated = [bool(code) for code in codes]
    found: list[Found] = []
    problem = ""
    i = 0
    while i < len(words):
        if not dated[i]:
            i += 1
            continue
        last = i
        while last + 1 - i < MOST_WORDS:
            if last + 1 < len(words) and dated[last + 1]:
                last += 1
            elif last + 2 < len(words) and words[last + 1][2].casefold() in INNER_WORDS \
                    and dated[last + 2]:
                last += 2
            else:
                break
        if not any(set(codes[k]) & STRONG for k in range(i, last + 1)):
            i = last + 1
            continue
        first = i
        while first > 0 and words[first - 1][2].casefold() in LEAD_WORDS and i - first < 3:
            first -= 1
        reading, why = _resolve_run(passage, words, first, i, last, reference, source)
        if reading is not None:
            found.append(reading)
        elif why and not problem:
            problem = why
        i = last + 1
    return found, problem


def _resolve_run(passage: str, words: list[tuple[int, int, str]], first: int, core: int,
                 last: int, reference: Reference,
                 source: str | None) -> tuple[Found | None, str]:
    """The widest wording around ``core``..``last`` that resolves (the lead words are kept
    when the date reads with them)."""
    why = ""
    for lead in range(first, core + 1):
        for end in range(last, core - 1, -1):
            start, stop = words[lead][0], words[end][1]
            text = passage[start:stop]
            try:
                date = resolve_date(text, reference, source=source)
            except UnreadableDate as error:
                why = why or str(error)
                continue
            except ValueError:
                continue  # relative, and no report to be relative to
            return Found(text, start, stop, date), ""
    return None, why


def _is_amount_number(words: list[tuple[int, int, str]], index: int) -> bool:
    """A number followed by a scale or currency word is an amount, not a day or a year."""
    word = words[index][2]
    if not re.fullmatch(r"\d[\d.,]*", word) or index + 1 >= len(words):
        return False
    return bool(_SCALE_OR_CURRENCY.fullmatch(words[index + 1][2]))


# --- amounts -------------------------------------------------------------------------------

_QUALIFIER = (r"(?:bis\s+zu|mindestens|mehr\s+als|über|ueber|knapp|rund|etwa|ungefähr|"
              r"zwischen|weniger\s+als|jenseits\s+von|up\s+to|at\s+least|more\s+than|about|"
              r"around|nearly|almost|over|less\s+than|between|some|roughly|just\s+under)")
_NUMBER = (r"(?:\d[\d.,]*|eine[rnm]?|ein|one|two|three|four|five|six|seven|eight|nine|ten|"
           r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|hundert|a)")
_SCALE = (r"(?:Milliarden|Milliarde|Mrd\.?|Millionen|Million|Mio\.?|Billionen|Billion|"
          r"billions?|millions?|trillions?|thousand|bn|mn|tn|m|k|Tsd\.?)")
_CURRENCY = r"(?:US-Dollar|Dollar|Euro|Pfund|USD|EUR|GBP|dollars|euros|pounds|\$|€|£)"
_SCALE_OR_CURRENCY = re.compile(f"{_SCALE}|{_CURRENCY}", re.IGNORECASE)
_AMOUNT = re.compile(
    rf"(?:{_QUALIFIER}\s+)?(?:{_CURRENCY}\s*)?{_NUMBER}"
    rf"(?:\s*(?:-|–|bis|und|to|and)\s*(?:{_CURRENCY}\s*)?{_NUMBER})?"
    rf"(?:[\s-]*{_SCALE})?(?:\s*{_CURRENCY})?(?![\w])", re.IGNORECASE)


def find_amounts(passage: str, language: str | None = None) -> list[Found]:
    found = []
    for match in _AMOUNT.finditer(passage):
        text = match.group(0).strip()
        if not _SCALE_OR_CURRENCY.search(text) or not re.search(r"\d|[a-z]", text):
            continue
        start = match.start() + match.group(0).index(text)
        try:
            amount: MoneyAmount = parse_amount(text, language=language)
        except UnreadableAmount:
            continue
        found.append(Found(text, start, start + len(text), amount))
    return found


# --- actors and names ----------------------------------------------------------------------

def find_entities(passage: str, entities: list[Any]) -> list[Found]:
    """Known entities named in the passage, by name or alias (in order of appearance; where
    names overlap, the longest: "Amazon Web Services" before "Amazon")."""
    if not entities:
        return []
    patterns, owners = _entity_patterns(entities)
    found: dict[str, Found] = {}
    for pattern, folded in zip(patterns, (False, True), strict=True):
        if pattern is None:
            continue
        for match in pattern.finditer(passage):
            text = match.group(0)
            entity_id = owners[text.casefold() if folded else text]
            if entity_id not in found or match.start() < found[entity_id].start:
                found[entity_id] = Found(text, match.start(), match.end(), entity_id)
    return sorted(found.values(), key=lambda f: f.start)


# The entities last read and their patterns, as one tuple: threads (the suggestions' reading,
# the GUI) swap it whole, so that a reader never pairs one list with another's patterns.
_PATTERNS: list[Any] = [(None, None)]


def _entity_patterns(entities: list[Any]) -> tuple[tuple[Any, Any], dict[str, str]]:
    """One pattern for the names written as they are ("AMD", "AWS": four letters or fewer,
    only as written) and one for the longer names in any case, with the entity of each name;
    made once per list of entities (a report of 500 sentences against 250 entities would
    otherwise search 375,000 times)."""
    last, made = _PATTERNS[0]
    if last is entities:
        return made
    owners: dict[str, str] = {}
    exact, folded = [], []
    for entity in entities:
        for name in [entity.name, *entity.aliases]:
            if not name:
                continue
            if len(name) <= 4:
                owners.setdefault(name, entity.id)
                exact.append(name)
            else:
                owners.setdefault(name.casefold(), entity.id)
                folded.append(name)

    def compiled(names: list[str], flags: int) -> re.Pattern[str] | None:
        if not names:
            return None
        ordered = sorted(set(names), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", flags)
    result = ((compiled(exact, 0), compiled(folded, re.IGNORECASE)), owners)
    _PATTERNS[0] = (entities, result)
    return result


# Capitalised words that are grammar or time, not names (German capitalises every noun, so
# only names that look like names are offered there: CamelCase, capitals, or several
# capitalised words in a row).
_NOT_NAMES = {"the", "a", "an", "in", "on", "at", "and", "but", "according", "after", "before",
              "der", "die", "das", "ein", "eine", "laut", "wie", "im", "am", "es", "sie", "er",
              "this", "that", "it", "he", "she", "they", "we", "mr", "ms", "dr", "ceo"}
_NAME = re.compile(r"(?<![\w])([A-ZÄÖÜ][\w&\-]*(?:\s+(?:[A-ZÄÖÜ][\w&\-]*|&))*)")


def find_new_names(passage: str, entities: list[Any], language: str | None = None) -> list[Found]:
    known = _known_names(entities)
    german = language == "de"
    found = []
    for match in _NAME.finditer(passage):
        text = match.group(1).rstrip("-&").strip()
        parts = [p for p in text.split() if p.casefold() not in _NOT_NAMES]
        if not parts:
            continue
        text = " ".join(parts)
        if text.casefold() in known or all(tokenize(part) for part in parts):
            continue  # a known name, or words of a date ("Mitte Oktober")
        start = passage.index(parts[0], match.start())
        sentence_start = start == 0 or passage[:start].rstrip()[-1:] in ".!?:\"„“"
        looks_like_name = bool(re.search(r"[a-z][A-Z]|^[A-Z]{2,}", text)) or len(parts) > 1
        if german and not looks_like_name:
            continue
        if sentence_start and not looks_like_name:
            continue
        found.append(Found(text, start, start + len(text), text))
    return found


_KNOWN: list[Any] = [(None, frozenset())]  # the entities last read, and their folded names


def _known_names(entities: list[Any]) -> frozenset[str]:
    last, names = _KNOWN[0]
    if last is not entities:
        names = frozenset(n.casefold() for e in entities for n in [e.name, *e.aliases])
        _KNOWN[0] = (entities, names)
    return names


# --- attribution ---------------------------------------------------------------------------

_WHO = r"(?P<who>[A-ZÄÖÜ][\w&\-]*(?:\s+(?:[A-ZÄÖÜ][\w&\-]*|of|&)){0,4})"
_ARTICLE = r"(?:(?:dem|der|des|einem|einer|the)\s+)?"
ATTRIBUTIONS = [
    rf"\b(?i:laut)\s+{_ARTICLE}(?:(?:US-)?(?:Zeitung|Wirtschaftszeitung|Nachrichtenagentur|Magazin|"
    rf"Bericht(?:en)?|Insidern?|Angaben)\s+(?:des\s+|der\s+|von\s+)?)?{_WHO}",
    rf"\b(?i:nach)\s+Angaben\s+(?:von\s+|des\s+|der\s+){_WHO}",
    rf"\bberichtet(?:e|en)?\s+{_ARTICLE}{_WHO}",
    rf"\b(?i:wie)\s+{_ARTICLE}{_WHO}\s+(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)",
    rf"\b(?i:according)\s+to\s+{_ARTICLE}{_WHO}",
    rf"\b(?:reported|said|wrote)\s+by\s+{_ARTICLE}{_WHO}",
    rf"{_WHO}\s+(?:reported|reports|said|says|wrote)\b",
]
UNNAMED = [
    r"people\s+familiar\s+with\s+the\s+(?:matter|talks|plans|deal)",
    r"(?:person|people|sources)\s+(?:close\s+to|briefed\s+on)\s+the\s+\w+",
    r"mit\s+de[rn]\s+\w+\s+vertraute[n]?\s+Person(?:en)?",
    r"informierte[n]?\s+Kreise[n]?", r"Insider[n]?", r"(?:anonymous|unnamed)\s+sources",
]


def find_attribution(passage: str, entities: list[Any]) -> list[Found]:
    """Who the passage credits: a known entity (value: its id), a name the timeline does not
    know yet, or an unnamed voice (value ``None``; the wording says who)."""
    found: list[Found] = []
    for pattern in ATTRIBUTIONS:
        for match in re.finditer(pattern, passage):
            who = match.group("who").strip()
            entity = _entity_named(who, entities)
            start = match.start("who")
            if entity is None and who.casefold() in _NOT_NAMES:
                continue
            found.append(Found(who, start, start + len(who), entity))
    for pattern in UNNAMED:
        for match in re.finditer(pattern, passage, re.IGNORECASE):
            found.append(Found(match.group(0), match.start(), match.end(), None))
    unique: dict[tuple[int, int], Found] = {(f.start, f.end): f for f in found}
    return sorted(unique.values(), key=lambda f: f.start)


def _entity_named(name: str, entities: list[Any]) -> str | None:
    folded = name.casefold()
    for entity in entities:
        names = [entity.name, *entity.aliases]
        if any(folded == n.casefold() or folded.startswith(n.casefold() + " ") or
               n.casefold().startswith(folded + " ") for n in names):
            return entity.id
    return None


def _overlaps(item: Found, spans: list[tuple[int, int]]) -> bool:
    return any(item.start < end and start < item.end for start, end in spans)
