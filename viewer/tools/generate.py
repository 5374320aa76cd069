"""Synthetic timelines for benchmarks and tests: German-like reports with anchored evidence.

``generate_timeline(10_000, 100, seed=1, path)`` writes ``path`` and a folder of source texts
beside it. Every event quotes one sentence of its report; that sentence holds the date wording
and the amount wording, and both are read by the same resolver and parser the real data uses, so
the file validates cleanly. Reports come in bursts (many within days, as news does), dates come
in every precision and relation, and claims are attributed to several outlets. The same seed
always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.domain.files.atomic import write_atomic
from viewer.domain.wording.amounts import parse_amount
from viewer.domain.wording.dates import resolve_date
from viewer.tools.generate_words import (
    AMOUNT_WORDINGS,
    BACKGROUND,
    DATE_WORDINGS,
    DEALS,
    ENDINGS,
    FILLER,
    FORMS,
    HEADINGS,
    OUTLETS,
    STEMS,
    UNNAMED,
)

FIRST_DAY = dt.date(2012, 1, 1).toordinal()
MIN_PARAGRAPHS = 24
LAST_DAY = dt.date(2026, 10, 31).toordinal()


@dataclass
class _Report:
    """One synthetic report while it is being written."""

    id: str
    published: tuple[dt.date, dt.date]  # earliest and latest day, like the seeds' inferred dates
    outlet: str
    lines: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, line: str) -> tuple[int, int]:
        start = self.length
        self.lines.append(line)
        self.length += len(line) + 1
        return start, start + len(line)

    @property
    def text(self) -> str:
        return "".join(line + "\n" for line in self.lines)


def generate_timeline(events: int, sources: int, seed: int, path: Path) -> Path:
    """Writes a timeline of ``events`` events quoting ``sources`` reports; returns ``path``."""
    rng = random.Random(seed)
    path = Path(path)
    folder = path.with_name(path.stem + "-sources")
    folder.mkdir(parents=True, exist_ok=True)
    companies = _companies(rng)
    reports = _reports(rng, max(1, sources))
    raw_events = [_event(rng, number, reports[number % len(reports)], companies)
                  for number in range(events)]
    for report in reports:  # appended after the events: their quotes keep their offsets
        _pad(rng, report, companies)
    raw_sources = []
    for report in reports:
        data = report.text.encode("utf-8")
        (folder / f"{report.id}.txt").write_bytes(data)
        raw_sources.append(_source(report, hashlib.sha256(data).hexdigest()))
    timeline = {"format": "timeline/1", "title": f"Synthetic timeline ({events:,} events)",
                "description": f"Generated with seed {seed}.", "language": "de",
                "sources_dir": folder.name, "sources": raw_sources,
                "entities": _entities(companies), "events": raw_events}
    write_atomic(path, json.dumps(timeline, ensure_ascii=False, separators=(",", ":"))
                 .encode("utf-8"))
    return path


def _pad(rng: random.Random, report: _Report, companies: list[tuple[str, str]]) -> None:
    """Background paragraphs until the report has a news article's length."""
    while len(report.lines) < MIN_PARAGRAPHS:
        template = rng.choice(BACKGROUND)
        report.add(template.format(company=rng.choice(companies)[1], n=rng.randint(1, 19),
                                   m=rng.randint(0, 9),
                                   direction=rng.choice(("fester", "schwächer"))))


def _companies(rng: random.Random) -> list[tuple[str, str]]:
    names = sorted({f"{s}{e} {f}" for s in STEMS for e in ENDINGS for f in FORMS})
    chosen = rng.sample(names, 240)
    return [(f"c{index:03d}", name) for index, name in enumerate(chosen)]


def _entities(companies: list[tuple[str, str]]) -> list[dict[str, Any]]:
    entities = [{"id": cid, "name": name, "kind": "company"} for cid, name in companies]
    entities += [{"id": f"o{i:02d}", "name": name, "kind": "outlet"}
                 for i, name in enumerate(OUTLETS)]
    entities += [{"id": f"u{i}", "name": name, "kind": "unnamed_source"}
                 for i, name in enumerate(UNNAMED)]
    return entities


def _reports(rng: random.Random, count: int) -> list[_Report]:
    """Reports cluster in bursts: a few days around each of a handful of news peaks."""
    peaks = [rng.randint(FIRST_DAY, LAST_DAY) for _ in range(max(3, count // 25))]
    reports = []
    for number in range(count):
        day = rng.choice(peaks) + int(rng.gauss(0, 2.5))
        latest = dt.date.fromordinal(min(max(day, FIRST_DAY), LAST_DAY))
        earliest = latest - dt.timedelta(days=1) if rng.random() < 0.3 else latest
        outlet = f"o{rng.randrange(len(OUTLETS)):02d}"
        report = _Report(f"r{number:05d}", (earliest, latest), outlet)
        report.add(f"{rng.choice(STEMS)}: {rng.choice(HEADINGS)}")
        reports.append(report)
    return reports


def _event(rng: random.Random, number: int, report: _Report,
           companies: list[tuple[str, str]]) -> dict[str, Any]:
    (aid, actor), (bid, other) = rng.sample(companies, 2)
    kind, status, predicate, title = rng.choice(DEALS)
    date_text = _date_wording(rng, report.published[1])
    amount_text = _amount_wording(rng)
    who = rng.choice([report.outlet, report.outlet, f"u{rng.randrange(len(UNNAMED))}"])
    verb, rest = predicate.format(amount=amount_text).split(" ", 1)
    # German word order: the date phrase first, then the verb, then the subject.
    sentence = (f"{date_text[0].upper()}{date_text[1:]} {verb} {actor} {rest} {other} "
                f"(Vorgang {number}).")
    if rng.random() < 0.3:
        report.add(rng.choice(FILLER))
    start, end = report.add(sentence)
    date = resolve_date(date_text, report.published, source=report.id).model_dump(mode="json")
    amount = parse_amount(amount_text, language="de").model_dump(mode="json")
    return {"id": f"e{number:06d}", "title": f"{actor} {title.format(amount=amount_text)} {other}",
            "kind": kind, "status": status, "actors": [aid, bid], "date": date,
            "claims": [{"attributed_to": [who], "amounts": [amount],
                        "quotes": [{"source": report.id, "start": start, "end": end,
                                    "text": sentence}]}]}


def _date_wording(rng: random.Random, published: dt.date) -> str:
    # Most news is about the last few days; older and later dates are rarer.
    wording = rng.choice(DATE_WORDINGS[:10] if rng.random() < 0.6 else DATE_WORDINGS)
    year = published.year + (rng.randint(1, 3) if "bis" in wording else -rng.randint(0, 6))
    return wording.format(year=year)


def _amount_wording(rng: random.Random) -> str:
    a = rng.randint(1, 90)
    return rng.choice(AMOUNT_WORDINGS).format(a=a, b=a + rng.randint(1, 30), c=rng.randint(1, 9))


def _source(report: _Report, digest: str) -> dict[str, Any]:
    first, last = (day.isoformat() for day in report.published)
    value = first if first == last else f"{first}/{last}"
    return {"id": report.id, "title": report.lines[0], "outlet": report.outlet, "language": "de",
            "file": f"{report.id}.txt", "sha256": digest,
            "published": {"text": value, "value": value,
                          "precision": "day" if first == last else "span", "relation": "at",
                          "start": first, "end": last,
                          "basis": {"kind": "other_reporting", "note": "synthetic report"}}}
