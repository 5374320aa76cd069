"""Suggested events: a report read sentence by sentence for the developments it reports.

Each sentence is read by the recognizers (:mod:`viewer.domain.authoring.recognize`): its date
wordings resolved against the report's publication date, its amounts, the actors the timeline
knows and the names it does not, and who it is attributed to. A sentence that names a
development (invest, negotiate, agree, plan, list shares, restructure, warn, value …, German and
English, inflected and inside compounds) and an actor becomes a candidate; neighbouring
sentences of one paragraph about the same development (its kind, a shared actor) merge into one
candidate with a quote each; a candidate that matches an event of the timeline (a shared
actor, overlapping days, amounts alike) is offered as evidence for it.

Every candidate says why it was made (``reasons``) and how sure that is (``score``). The rules
name grammar and vocabulary, never a company, an amount or a phrase of a particular report.
A sentence with no date wording is dated by the report itself (the development is known by
the day it came out), and its basis says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from viewer.domain.authoring.adding import ensure_entity, reference_of
from viewer.domain.authoring.edits import slug, unique_id, with_evidence
from viewer.domain.authoring.passages import quote_at
from viewer.domain.authoring.recognize import (
    Found,
    find_amounts,
    find_attribution,
    find_dates,
    find_entities,
    find_new_names,
)
from viewer.domain.authoring.reports import guess_language
from viewer.domain.authoring.sentences import Sentence, split_sentences
from viewer.domain.format.fast_load import build
from viewer.domain.format.fast_load import replace as fast_replace
from viewer.domain.format.model import (
    BasisKind,
    Claim,
    DateBasis,
    EntityKind,
    Event,
    EventKind,
    EventStatus,
    Relation,
    VagueDate,
)
from viewer.domain.wording.amount_ranges import range_of
from viewer.domain.wording.dates import UnreadableDate, resolve_date

# What a development is called, by kind, in the order a sentence's kind is chosen: the more
# particular first (a funding round under negotiation is a funding round; an IPO is a plan;
# talks reported by a paper from Wall Street are talks).
DEVELOPMENTS: list[tuple[EventKind, re.Pattern[str]]] = [(kind, re.compile(pattern)) for
                                                         kind, pattern in [
    (EventKind.PLAN, r"börsengang|boersengang|börsennotierung|an die (?:\w+ )?börse|\bipo\b|"
                     r"going public|go public|public listing|stock market listing|"
                     r"public offering|\bthe offering\b|\blisting plans?\b"),
    (EventKind.FUNDING_ROUND, r"finanzierungsrunde|\w*runde\b|funding round|\w*-round\b|"
                              r"\bround of funding|\braise[sd]?\b|\braising\b|"
                              r"kapitalerhöhung|kapitalaufnahme|geld (?:ein)?sammeln|"
                              r"capital increase|rights issue|share sale|bond (?:sale|issue)|"
                              r"sammel\w* (?:\w+ ){0,4}ein\b"),
    (EventKind.RESTRUCTURING, r"umstrukturier\w*|umbau\w*|restructur\w*|recapitali[sz]\w*|"
                              r"rekapitalisier\w*|neuordnung|umwandl\w*|umgewandelt|"
                              r"spin[- ]?off|abspaltung"),
    (EventKind.CRITICISM, r"\bwarn\w*|kritik\w*|kritisier\w*|critici[sz]\w*|bedenken|"
                          r"\bconcerns?\b|zirkul\w*|zirkel\w*|circular|blase\w*|blasenbild\w*|bubble|skeptisch|"
                          r"sceptic\w*|skeptic\w*"),
    (EventKind.VALUATION, r"bewertung\w*|bewertet\w*|valuation\w*|\bvalued\b|"
                          r"\bworth\b(?! of)"),
    (EventKind.CONTRACT, r"vertrag\w*|vereinbar\w*|abkommen|\bdeal\b|\bcontract\w*|"
                         r"agreement\w*|\bagreed\b|\bsigned\b|unterzeichn\w*|"
                         r"partnerschaft\w*|partnership\w*|auftrag\w*"),
    (EventKind.COMMITMENT, r"zusag\w*|zugesagt|verpflicht\w*|\bcommit\w*|pledg\w*"),
    (EventKind.NEGOTIATION, r"verhandl\w*|verhandel\w*|\bgespräch\w*|\btalks\b|negotiat\w*|"
                            r"in discussions|\bin gesprächen"),
    (EventKind.MARKET_REACTION, r"nachbörslich|vorbörslich|\baktien?\b|aktienkurs\w*|"
                                r"\b(?:shares?|stock)\b.{0,60}?\b(?:fell|rose|jumped|dropped|"
                                r"slid|gained|climbed|slumped|surged|tumbled|plunged|rallied|"
                                r"doubled|tripled|halved|soared)\b|"
                                r"after-hours|pre-market|premarket|"
                                r"\bkurs\w* (?:fiel|stieg|sank|legte)|wall street|"
                                r"\banleger\w*|\binvestors? (?:reacted|cheered)"),
    (EventKind.INVESTMENT, r"investi\w*|\binvest\w*|beteilig\w*|\bstakes?\b|einstieg\w*|"
                           r"einsteig\w*|\banteil\w*|\bbackers?\b|geldgeber\w*|"
                           r"übernahme\w*|übernimmt|übernehmen|takeover|acquisition|"
                           r"acquir\w*|\bbuys?\b|\bbought\b|\bkauf\w*|\bgekauft|\bfunding\b|"
                           r"\bsale\b|\bsell\w*|\bsold\b|verkauf\w*|veräußer\w*"),
    (EventKind.OTHER, r"\brevenue\w*|\bsales rose|\bprofit\w*|\bearnings\b|\blosses\b|"
                      r"\bnet loss\b|umsatz\w*|gewinn\w*|verlust\w*|quartalszahl\w*|"
                      r"\blayoffs?\b|stellenabbau|entlass\w*|\bresign\w*|rücktritt\w*|"
                      r"\bcut\w* (?:\w+ ){0,4}(?:jobs|workforce|staff|positions)\b|"
                      r"stellen (?:\w+ )?(?:streich|abbau)\w*|arbeitsplätze\w*|"
                      r"\blaunch\w*|bring \w+ to market|markteinführung|auf den markt|"
                      r"\bapprov\w*|zulassung\w*|genehmig\w*|\btrials?\b|studie\w*|"
                      r"\bsued?\b|\blawsuits?\b|\bklage\w*|\bverklagt\w*|\bfine[ds]?\b|"
                      r"\bstrafe\w*|bußgeld\w*"),
    (EventKind.PLAN, r"\bplan\w*|geplant\w*|beabsichtig\w*|\bintends?\b|\baims? to\b|"
                     r"\bvorhaben|strebt \w* an|anstreb\w*"),
]]
EXPECTED_WORDS = re.compile(r"\berwart\w*|\bexpected\b|\bexpects?\b|\bdürfte\w*|\blikely\b|"
                            r"\bvoraussichtlich|\bprognos\w*|\bforecast\w*|\bzielt\w*|"
                            r"\btarget\w*|\banvisier\w*", re.IGNORECASE)
TENTATIVE = re.compile(r"\b(?:plan\w*|geplant\w*|will|would|soll\w*|könnte\w*|could|may|"
                       r"might|möglich\w*|possible|erwäg\w*|consider\w*|denkbar|"
                       r"beabsichtig\w*|intend\w*)\b", re.IGNORECASE)
TALKS = re.compile(r"verhand\w*|gespräch\w*|\btalks\b|negotiat\w*|in discussions",
                   re.IGNORECASE)
ONGOING = re.compile(r"\b(?:derzeit|aktuell|laufend\w*|currently|ongoing|continues?|"
                     r"weiterhin|still)\b", re.IGNORECASE)
# "SAN FRANCISCO, March 12 (Wire) - ": where and when wire copy was filed, not who acts.
DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'/-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?"
                      r"(?:\([^)]*\)\s*)?[-–—]+\s*")
PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?(?:%|prozent\b|percent\b|per cent\b|"
                     r"prozentpunkte\w*|percentage points?)", re.IGNORECASE)
QUESTION_OR_CAPTION = re.compile(r"\?$|^(?:foto|bild|grafik|photo|image|quelle|source):",
                                 re.IGNORECASE)

MIN_SCORE = 3.25     # below this a sentence is not proposed: a development and an actor
                     # need one more sign (a date, an amount, a voice, a second actor)
MERGE_SCORE = 0.5    # what each further quote of the same development adds
TITLE_LENGTH = 90


@dataclass
class Candidate:
    """A proposed event: the passage (``start``–``end`` in the report's text) and its quotes
    (one per sentence), what the recognizers read in it, and why it was proposed."""

    start: int
    end: int
    text: str
    quotes: list[tuple[int, int]]
    date: VagueDate
    date_found: Found | None   # the wording the date was read from (None: the report's date)
    amounts: list[Found]
    actors: list[Found]        # known entities (value: id) and new names (value: the name)
    attributed_to: list[Found]
    kind: EventKind
    status: EventStatus
    score: float
    reasons: list[str]
    title: str
    matches_event: str | None = None
    paragraph: int = 0
    developments: list[str] = field(default_factory=list)
    sentences: tuple[int, int] = (0, 0)  # the first and last sentence, by number

    def as_json(self) -> dict[str, Any]:
        date = self.date
        return {
            "start": self.start, "end": self.end, "text": self.text,
            "quotes": [{"start": a, "end": b} for a, b in self.quotes],
            "title": self.title,
            "date": {"text": self.date_found.text if self.date_found else None,
                     "start": _iso(date.start), "end": _iso(date.end),
                     "precision": str(date.precision), "relation": str(date.relation),
                     "value": date.value, "basis": str(date.basis.kind),
                     "note": date.basis.note},
            "amounts": [_amount_json(f) for f in self.amounts],
            "actors": [f.value for f in self.actors],
            # names the timeline has no entity for (an entity's value is its id)
            "new_actors": [f.value for f in self.actors if f.value == f.text],
            "attributed_to": [f.value if f.value is not None else f.text
                              for f in self.attributed_to],
            "kind": str(self.kind), "status": str(self.status),
            "score": round(self.score, 2), "reasons": self.reasons,
            "matches_event": self.matches_event,
        }


def suggest(text: str, *, published: VagueDate | None = None, source_id: str = "report",
            language: str | None = None, entities: Iterable[Any] = (),
            events: Iterable[Any] = (),
            progress: Callable[[float], None] | None = None) -> list[Candidate]:
    """The candidates of a report, best first. ``published``: its publication date (relative
    wordings are resolved against it); ``entities`` and ``events``: the timeline's, to name
    known actors and to find the events a candidate adds evidence to. ``progress(fraction)``
    is called now and then (and may raise to stop)."""
    language = language or guess_language(text)
    entities, events = list(entities), list(events)
    reference = None
    if published is not None:
        reference = reference_of(_Published(published))
    names = _ReportNames(text, language)
    sentences = split_sentences(text)
    read: list[Candidate] = []
    for number, sentence in enumerate(sentences):
        if progress is not None and not number % 10:
            progress(number / max(len(sentences), 1))
        candidate = _read(text, number, sentence, entities, names, reference, published,
                          source_id, language, read[-1] if read else None)
        if candidate is not None:
            read.append(candidate)
    merged = _merged(read, text)
    by_actor: dict[str, list[Any]] = {}
    for event in events:
        for actor in event.actors:
            by_actor.setdefault(actor, []).append(event)
    for candidate in merged:
        candidate.matches_event = _matching_event(candidate, by_actor)
        if candidate.matches_event:
            candidate.reasons.append(f"matches event '{candidate.matches_event}'")
    chosen = [c for c in merged if c.score >= MIN_SCORE]
    if progress is not None:
        progress(1.0)
    return sorted(chosen, key=lambda c: (-c.score, c.start))


class _Published:
    """A stand-in source for :func:`reference_of` (a date and nothing else)."""

    def __init__(self, published: VagueDate) -> None:
        self.published = published


def _read(text: str, number: int, sentence: Sentence, entities: list[Any],
          names: _ReportNames, reference: Any, published: VagueDate | None, source_id: str,
          language: str, before: Candidate | None) -> Candidate | None:
    passage = text[sentence.start:sentence.end]
    # The development read a sentence or two before: its subject may go on here ("The
    # company", "das Unternehmen", "es"), and within the paragraph its date may hold.
    follows = before is not None and number - before.sentences[1] <= 2
    if QUESTION_OR_CAPTION.search(passage.strip()):
        return None
    folded = passage.casefold()
    kinds = [(kind, match) for kind, pattern in DEVELOPMENTS
             if (match := pattern.search(folded)) is not None]
    if not kinds:
        return None
    kind = kinds[0][0]
    word = passage[kinds[0][1].start():kinds[0][1].end()]
    reasons = [f"development: {kind} (“{word}”)"]
    score = 2.0
    if word[:1].islower() and (language == "de" or re.search(r"(?:ed|s|ing)$", word)):
        score += 0.25  # told as a happening (a verb), not only named
        reasons.append("told as a happening")
    dateline = DATELINE.match(passage)
    skip = dateline.end() if dateline else 0
    actors = [_shifted(f, skip) for f in _actors(passage[skip:], entities, names, language)]
    inherited = False
    if actors:
        reasons.append("actors: " + ", ".join(f.text for f in actors))
        score += 1.0 + (0.5 if len(actors) > 1 else 0.0)
    elif follows:
        # "das Unternehmen", "der Konzern", "es": the subject of the sentence before
        actors, inherited = [replace(f, start=0, end=0) for f in before.actors], True
        reasons.append("actors of the sentence before: " + ", ".join(f.text for f in actors))
        score += 0.5
    else:
        return None
    dates, _ = find_dates(passage, reference, source_id) if reference is not None else \
        (_stated_dates(passage), "")
    dates = [d for d in dates if d.start >= skip] or dates  # the dateline's day comes last
    date_found, date = None, None
    if dates:
        date_found, date = dates[0], dates[0].value
        date_found = replace(date_found, start=sentence.start + date_found.start,
                             end=sentence.start + date_found.end)
        score += 1.0
        reasons.append(f"date: “{dates[0].text}”")
    else:
        weak = _weak_date(passage, reference, source_id)
        if weak is not None:
            date_found = replace(weak, start=sentence.start + weak.start,
                                 end=sentence.start + weak.end)
            date = weak.value
            score += 0.5
            reasons.append(f"date: “{weak.text}” (relative to the report)")
        elif follows and before.paragraph == sentence.paragraph and \
                before.date_found is not None:
            date_found, date = before.date_found, before.date
            reasons.append(f"date: “{before.date_found.text}” from the sentence before")
        elif published is not None:
            date = _by_publication(published, source_id)
            reasons.append("no date wording: known by the report's publication")
        else:
            return None  # no date at all: nothing to place it by
    amounts = find_amounts(passage, language)
    if amounts:
        score += 0.75
        reasons.append("amounts: " + ", ".join(f.text for f in amounts))
    elif (change := PERCENT.search(passage)) is not None:
        score += 0.5
        reasons.append(f"a change: “{change.group(0)}”")
    voices = find_attribution(passage, entities)
    if voices:
        score += 0.25
        reasons.append("attributed to: " + ", ".join(f.text for f in voices))
    status = _status(passage, kind)
    offset = sentence.start
    return Candidate(
        start=sentence.start, end=sentence.end, text=passage,
        quotes=[(sentence.start, sentence.end)], date=date, date_found=date_found,
        amounts=[_shifted(f, offset) for f in amounts],
        actors=actors if inherited else [_shifted(f, offset) for f in actors],
        attributed_to=[_shifted(f, offset) for f in voices], kind=kind, status=status,
        score=score, reasons=reasons, title=_title(passage[skip:]),
        paragraph=sentence.paragraph, developments=[str(k) for k, _ in kinds],
        sentences=(number, number))


def _shifted(found: Found, offset: int) -> Found:
    return replace(found, start=found.start + offset, end=found.end + offset)


def _status(passage: str, kind: EventKind) -> EventStatus:
    if TALKS.search(passage):
        return EventStatus.IN_NEGOTIATION
    if EXPECTED_WORDS.search(passage):
        return EventStatus.EXPECTED
    if TENTATIVE.search(passage) or kind is EventKind.PLAN:
        return EventStatus.PLANNED
    if kind is EventKind.VALUATION:
        return EventStatus.REPORTED_ESTIMATE
    if kind is EventKind.CRITICISM or ONGOING.search(passage):
        return EventStatus.ONGOING
    return EventStatus.COMPLETED


def _stated_dates(passage: str) -> list[Found]:
    """Without a publication date only wordings that need none (stated dates) resolve."""
    found, _ = find_dates(passage, None, None)
    return found


_WEAK_WORD = re.compile(r"[\wäöüÄÖÜß]+")


def _weak_date(passage: str, reference: Any, source_id: str) -> Found | None:
    """A single word that places a development by the report (“bereits”, “nun”, “derzeit”,
    “already”, “currently”): the resolver reads it, the date tagger does not offer it alone."""
    if reference is None:
        return None
    for match in _WEAK_WORD.finditer(passage):
        word = match.group(0)
        if len(word) < 3 or word[0].isdigit():
            continue
        try:
            date = resolve_date(word, reference, source=source_id)
        except (UnreadableDate, ValueError):
            continue
        return Found(word, match.start(), match.end(), date)
    return None


def date_without_wording(passage: str, source: Any) -> VagueDate | None:
    """The date of a passage that words none, as suggestions read it: a word that places it
    by the report ("derzeit", "bereits", "currently"), else the days up to the report's
    publication (said so in the basis); None when the report's date is not known either."""
    weak = _weak_date(passage, reference_of(source), source.id)
    if weak is not None:
        return weak.value
    published = source.published
    return _by_publication(published, source.id) if published.start or published.end else None


def _by_publication(published: VagueDate, source_id: str) -> VagueDate:
    """The days up to the report's publication: what a report says without a date happened by
    the day it came out (marked as such in the basis)."""
    end = published.end or published.start
    return build(VagueDate, text=published.text, value=published.value,
                 precision=published.precision, relation=Relation.BEFORE, start=None, end=end,
                 basis=build(DateBasis, kind=BasisKind.RELATIVE, source=source_id,
                             note="no date in the passage: known by the report's "
                                  "publication"))


def _title(passage: str) -> str:
    text = " ".join(passage.split())
    if len(text) <= TITLE_LENGTH:
        return text.rstrip(".")
    cut = text.rfind(" ", 0, TITLE_LENGTH)
    return text[:cut if cut > 20 else TITLE_LENGTH].rstrip(",;:") + " …"


# --- actors ------------------------------------------------------------------------------------

ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "eines", "kein", "keine", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer",
            "dieser", "diese", "dieses", "diesem", "diesen", "jede", "jeder", "jedes", "alle",
            "the", "a", "an", "this", "these", "those", "its", "their", "his", "her"}
_CAPITAL = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&-]*)")


class _ReportNames:
    """Capitalised words the report uses as names: in German, where every noun is
    capitalised, a word counts as a name when it stands inside sentences at least twice and
    never after an article or an inflected adjective ("die Runde", "neue Runde"); in English,
    any capitalised word inside a sentence that is not a sentence's first."""

    def __init__(self, text: str, language: str) -> None:
        self.german = language == "de"
        seen: dict[str, int] = {}
        first: dict[str, int] = {}
        nouns: set[str] = set()
        for match in _CAPITAL.finditer(text):
            word = match.group(1).rstrip("-&")
            last = match.start() - 1  # the last character before it that is not a space
            while last >= 0 and text[last] in " \t":
                last -= 1
            if last < 0 or text[last] in ".!?:\"„“\n-–—":
                first[word] = first.get(word, 0) + 1
                continue  # a sentence's first word: capitalised anyway
            previous = re.findall(r"[\wäöüß]+", text[max(0, last - 59):last + 1])[-2:]
            if previous and (previous[-1].casefold() in ARTICLES or (
                    len(previous) == 2 and previous[0].casefold() in ARTICLES
                    and previous[-1][0].islower()
                    and re.search(r"(?:e|en|er|es|em)$", previous[-1]))):
                nouns.add(word)  # "die Runde", "die neue Runde"
            seen[word] = seen.get(word, 0) + 1
        self.nouns = nouns
        self.names = {w for w, n in seen.items() if w not in nouns and
                      (n >= 2 or not self.german or _looks_like_name(w))}
        if not self.german:  # English: a word that begins sentences and is never written
            lower = set(re.findall(r"\b[a-z][\w-]*", text))  # small is a name ("Helix")
            self.names |= {w for w, n in first.items() if n + seen.get(w, 0) >= 2 and
                           w.casefold() not in lower and w.casefold() not in LEADING
                           and w.casefold() not in ARTICLES and w not in nouns}

    def found(self, passage: str) -> list[Found]:
        result = []
        for match in _CAPITAL.finditer(passage):
            word = match.group(1).rstrip("-&")
            if "-" in word:  # a compound: "Helix-Aktie" names Helix, "KI-Chips" no one
                word = word.split("-")[0]
                if word.casefold() in STOP_NAMES or not (word in self.names or
                                                         _looks_like_name(word)):
                    continue
            if word.endswith("s") and word[:-1] in self.names:
                word = word[:-1]  # a genitive: "Helix' ", "Northwinds"
            if _AMOUNT_WORD.fullmatch(word) or word.casefold() in LEADING | {"the"}:
                continue
            if len(word) > 1 and (word in self.names or _looks_like_name(word)):
                result.append(Found(word, match.start(), match.start() + len(word), word))
        return result


def _looks_like_name(word: str) -> bool:
    """CamelCase or capitals ("DeepMind", "SAP"), never a short word in capitals alone."""
    return bool(re.search(r"[a-zäöü][A-ZÄÖÜ]", word)) or (len(word) >= 3 and word.isupper())


# Groups that act in reports without a name: analysts warn, investors react.
ROLES = re.compile(r"\b(?:analyst\w*|expert\w*|kritiker\w*|critics?|anleger\w*|investoren|"
                   r"investors?|beobachter\w*|observers?|ökonom\w*|economists?|"
                   r"regulators?\b|aufsicht\w*|aufseher\w*|wettbewerbshüter\w*|"
                   r"shareholders?|aktionär\w*|gewerkschaft\w*|unions?|"
                   r"kartellbeh\w*|kartellamt\w*|wettbewerbsbeh\w*|beh(?:ö|oe)rde\w*|"
                   r"regierung\w*|authorit(?:y|ies)|government\w*|antitrust)\b",
                   re.IGNORECASE)
_AMOUNT_WORD = re.compile(r"(?:\w+-)*(?:Milliarden|Milliarde|Millionen|Million|Billionen|"
                          r"Billion|Dollar|Euro|Pfund|Franken|billions?|millions?|"
                          r"trillions?|dollars?|euros?|Prozent\w*|percent|Punkte?)",
                          re.IGNORECASE)
# The last word of a company's name that says it is one ("… AG", "… Partners", "… Bank").
COMPANY_FORMS = {"ag", "se", "gmbh", "kg", "kgaa", "co", "holding", "holdings", "group",
                 "gruppe", "inc", "ltd", "corp", "plc", "llc", "capital", "partners", "ventures",
                 "bank", "fund", "systems", "technologies"}
LEADING = {"sollte", "sollten", "für", "den", "dem", "der", "die", "das", "dieses", "diese",
           "dieser", "im", "wie", "laut", "nach", "bei", "mit", "von", "auch", "doch", "zudem",
           "seit", "mehr", "als", "um", "auf", "aus", "zu", "zum", "zur", "vor", "unter",
           "über", "durch", "gegen", "ob", "wenn", "dass", "und", "oder", "aber", "so", "nun",
           "if", "should", "for", "with", "from", "by", "of", "to", "as", "while", "when"}


def _actors(passage: str, entities: list[Any], names: _ReportNames,
            language: str) -> list[Found]:
    known = find_entities(passage, entities)
    taken = [(f.start, f.end) for f in known]
    new = []
    for found in find_new_names(passage, entities, language):
        cleaned = _cleaned(found, names)
        if cleaned is not None and not _within(cleaned, taken):
            new.append(cleaned)
            taken.append((cleaned.start, cleaned.end))
    for found in names.found(passage):
        if not _within(found, taken) and found.text.casefold() not in STOP_NAMES:
            new.append(found)
            taken.append((found.start, found.end))
    new += [Found(m.group(0), m.start(), m.end(), m.group(0)) for m in ROLES.finditer(passage)
            if not _within(Found("", m.start(), m.end(), None), taken)]
    unique: dict[str, Found] = {}
    for found in sorted(known + new, key=lambda f: f.start):
        unique.setdefault(str(found.value).casefold(), found)
    return list(unique.values())


def _cleaned(found: Found, names: _ReportNames) -> Found | None:
    """A name the recognizer offers, without what is not a name in it: a leading word of
    grammar ("Sollte Helix"), an amount's words ("Milliarden Dollar"), a descriptive compound
    ("Helix-Tochter HRX", "Chiphersteller Quantos"); None if nothing is left."""
    parts = list(re.finditer(r"\S+", found.text))
    kept = []
    for part in parts:
        word = part.group(0)
        if _AMOUNT_WORD.fullmatch(word) or word.casefold() in STOP_NAMES:
            continue
        if "-" in word and not _looks_like_name(word.split("-")[-1]) and \
                word.split("-")[-1] not in names.names:
            continue  # "KI-Wettlauf", "US-Dollar": a compound noun
        kept.append(part)
    while kept and kept[0].group(0).casefold() in LEADING:
        kept.pop(0)
    company = len(kept) > 1 and kept[-1].group(0).casefold() in COMPANY_FORMS
    if names.german and not company:  # "Lindauer Bank", "Ostwind Motors AG": a company
        kept = [p for p in kept if p.group(0) in names.names or _looks_like_name(p.group(0))]
    if len(kept) == 2 and kept[0].group(0) in names.nouns:
        kept.pop(0)  # a descriptive noun before a name
    if not kept or (len(kept) == 1 and len(kept[0].group(0)) < 2):
        return None
    start, end = found.start + kept[0].start(), found.start + kept[-1].end()
    text = found.text[kept[0].start():kept[-1].end()]
    return Found(text, start, end, text)


# Capitalised words of grammar that can stand inside a sentence (pronouns of address, days,
# months: time is read by the date tagger).
STOP_NAMES = {"sie", "ihr", "ihnen", "ihre", "i", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "january", "february", "march",
              "april", "may", "june", "july", "august", "september", "october", "november",
              "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
              "samstag", "sonntag", "januar", "februar", "märz", "mai", "juni", "juli",
              "oktober", "dezember", "ki", "ai", "ceo", "cfo", "us", "usa", "eu", "ipo",
              "sept", "jan", "feb", "aug", "oct", "nov", "dec",
              # who a report is from or what a company is called by, not a company
              "american", "british", "chinese", "japanese", "german", "french", "dutch",
              "italian", "spanish", "european", "korean", "indian", "swiss", "canadian",
              "chief", "executive", "series",
              # nouns of fixed phrases ("unter Berufung auf", "im Rahmen", "nach Angaben")
              "berufung", "rahmen", "angaben", "zuge", "folge", "hinblick", "bezug"}


def _within(found: Found, spans: list[tuple[int, int]]) -> bool:
    return any(found.start < end and start < found.end for start, end in spans)


# --- merging and matching ----------------------------------------------------------------------

def _merged(read: list[Candidate], text: str) -> list[Candidate]:
    """Neighbouring sentences about the same development (its kind and an actor in common) as
    one candidate with a quote each."""
    merged: list[Candidate] = []
    for candidate in read:
        last = merged[-1] if merged else None
        if last is not None and last.sentences[1] + 1 == candidate.sentences[0] and \
                last.kind == candidate.kind and _shared_actor(last, candidate) and \
                _same_time(last, candidate):
            last.end, last.quotes = candidate.end, [*last.quotes, *candidate.quotes]
            last.sentences = (last.sentences[0], candidate.sentences[1])
            last.text = text[last.start:last.end]
            last.amounts += [a for a in candidate.amounts
                             if a.text not in {b.text for b in last.amounts}]
            last.actors += [a for a in candidate.actors
                            if a.value not in {b.value for b in last.actors}]
            last.attributed_to += candidate.attributed_to
            if last.date_found is None and candidate.date_found is not None:
                last.date, last.date_found = candidate.date, candidate.date_found
                last.reasons = [r for r in last.reasons if not r.startswith("no date")]
                last.reasons.append(f"date: “{candidate.date_found.text}” from the sentence "
                                    "after")
            last.score += MERGE_SCORE
            last.reasons.append(f"{len(last.quotes)} sentences about it")
            continue
        merged.append(candidate)
    return merged


def _same_time(a: Candidate, b: Candidate) -> bool:
    """Whether two sentences can tell of one development by their dates: the later gives
    none of its own, or theirs overlap (a closing expected in the autumn is another step than
    the agreement of today)."""
    if b.date_found is None or b.date_found is a.date_found:
        return True
    return _days_overlap(a.date, b.date)


def _shared_actor(a: Candidate, b: Candidate) -> bool:
    return bool({str(f.value).casefold() for f in a.actors} &
                {str(f.value).casefold() for f in b.actors})


def _matching_event(candidate: Candidate, by_actor: dict[str, list[Any]]) -> str | None:
    """The event this candidate is more evidence for: an actor in common, days that overlap,
    and amounts alike (within a factor of two) when both give one. ``by_actor``: the
    timeline's events by actor (only events with an actor in common are looked at)."""
    actors = {str(f.value) for f in candidate.actors}
    best, best_shared = None, 0
    seen: set[str] = set()
    nearby = [e for a in actors for e in by_actor.get(a, ())
              if e.id not in seen and not seen.add(e.id)]
    for event in nearby:
        shared = len(actors & set(event.actors))
        if not shared or not _days_overlap(candidate.date, event.date):
            continue
        if candidate.kind != event.kind and shared < 2:
            continue
        if not _amounts_alike(candidate.amounts, event):
            continue
        if shared > best_shared:
            best, best_shared = event.id, shared
    return best


def _days_overlap(a: VagueDate, b: VagueDate) -> bool:
    first_a, last_a = a.start, a.end
    first_b, last_b = b.start, b.end
    return (first_a is None or last_b is None or first_a <= last_b) and \
        (first_b is None or last_a is None or first_b <= last_a)


def _amounts_alike(amounts: list[Found], event: Any) -> bool:
    theirs = [a for claim in event.claims for a in claim.amounts]
    if not amounts or not theirs:
        return True
    for mine in amounts:
        own = range_of(mine.value)
        for other in theirs:
            if other.currency != mine.value.currency:
                continue
            their = range_of(other)
            if own.low / 2 <= their.high and their.low <= own.high * 2:
                return True
    return False


def _amount_json(found: Found) -> dict[str, Any]:
    amount = found.value
    return {"text": found.text, "min": _number(amount.min), "max": _number(amount.max),
            "currency": amount.currency, "qualifier": str(amount.qualifier)}


def _number(value: Any) -> Any:
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


# --- accepting -----------------------------------------------------------------------------------

def accepted(timeline: Any, texts: dict[str, str], source_id: str, candidate: Candidate, *,
             ids: Any = None) -> tuple[Any, Any]:
    """The timeline with what the candidate needs (its new names as entities) and the event
    it proposes (not yet added: the caller adds it with :func:`with_event`, as one edit).
    Its quotes are anchored in report ``source_id``; its date, amounts and voices are the
    recognizers' readings, which the user may then edit."""
    text = texts[source_id]
    timeline, actors = _entity_ids(timeline, candidate.actors, EntityKind.COMPANY)
    timeline, voices = _entity_ids(timeline, candidate.attributed_to, EntityKind.OUTLET)
    quotes = [quote_at(source_id, text, start, end) for start, end in candidate.quotes]
    claim = build(Claim, attributed_to=voices, amounts=[f.value for f in candidate.amounts],
                  quotes=quotes)
    taken = ids if ids is not None else {e.id for e in timeline.events}
    event = build(Event, id=unique_id(taken, slug(candidate.title, "event")),
                  title=candidate.title, kind=candidate.kind, status=candidate.status,
                  actors=actors, date=_dated_by(candidate.date, source_id), claims=[claim])
    return timeline, event


def as_evidence(timeline: Any, texts: dict[str, str], source_id: str, candidate: Candidate,
                event: Any) -> tuple[Any, Any]:
    """The timeline (with any new voices) and ``event`` with the candidate's passage as a new
    claim: the same development, told again."""
    text = texts[source_id]
    timeline, voices = _entity_ids(timeline, candidate.attributed_to, EntityKind.OUTLET)
    changed = event
    for start, end in candidate.quotes:
        changed = with_evidence(changed, quote_at(source_id, text, start, end),
                                attributed_to=voices,
                                amounts=[f.value for f in candidate.amounts])
        voices = []  # the later quotes join the same claim below
    if len(candidate.quotes) > 1:  # one claim holding every quote of the passage
        claims = list(changed.claims)
        first = len(event.claims)
        merged = build(Claim, attributed_to=claims[first].attributed_to,
                       amounts=claims[first].amounts,
                       quotes=[q for c in claims[first:] for q in c.quotes])
        changed = fast_replace(changed, claims=[*claims[:first], merged])
    return timeline, changed


def _entity_ids(timeline: Any, found: list[Found], kind: EntityKind) -> tuple[Any, list[str]]:
    """Entity ids for what the recognizers found: known ones as they are, a name or an unnamed
    voice ("people familiar with the matter") as a new entity."""
    known = {e.id for e in timeline.entities}
    result: list[str] = []
    for item in found:
        if isinstance(item.value, str) and item.value in known:
            entity_id = item.value
        else:
            name = item.value if isinstance(item.value, str) else item.text
            entity_kind = EntityKind.UNNAMED_SOURCE if item.value is None else (
                EntityKind.GROUP if ROLES.fullmatch(name) else kind)
            timeline, entity_id = ensure_entity(timeline, name, entity_kind)
            known.add(entity_id)
        if entity_id not in result:
            result.append(entity_id)
    return timeline, result


def _dated_by(date: VagueDate, source_id: str) -> VagueDate:
    """The candidate's date with the report it is relative to named by its id in the
    timeline."""
    if date.basis.kind is BasisKind.RELATIVE and date.basis.source != source_id:
        return fast_replace(date, basis=fast_replace(date.basis, source=source_id))
    return date
