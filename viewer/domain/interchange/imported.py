"""What every importer shares: partial dates turned into vague dates, drafts of events turned
into a timeline, and one line per thing that could not be kept.

An importer reads another tool's file into :class:`Draft` events and hands them to a
:class:`TimelineBuilder`. The builder makes each a model event (validated by the model), with
no claims (**unsourced**: no passage of a report backs it) and a date whose basis names the
file it came from. Whatever it cannot represent (a year outside 1–9999, a time of day) is
reported in one line naming the item; the rest is imported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import msgspec

from viewer.domain.authoring.edits import slug, unique_id
from viewer.domain.format.fast_load import mirror
from viewer.domain.format.model import (
    FORMAT,
    BasisKind,
    EventKind,
    EventStatus,
    Precision,
    Timeline,
)

ONE_DAY = dt.timedelta(days=1)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


DateFields = dict[str, Any]  # the fields of a VagueDate


class Unreadable(ValueError):
    """One item (an event, an era) cannot be represented; the message says why in the user's
    terms. The importer reports it in one line and goes on with the rest."""


class NotThisFormat(ValueError):
    """The whole file is not what the importer reads (not JSON, no events, another format)."""


@dataclass(frozen=True)
class Partial:
    """A calendar date as precise as the file gave it: a year, a month, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def read(cls, year: Any, month: Any = None, day: Any = None) -> Partial:
        """From the loose values files hold ("2019", 10, "", None); raises Unreadable."""
        numbers = [_number(value, name) for value, name in
                   ((year, "year"), (month, "month"), (day, "day"))]
        if numbers[0] is None:
            raise Unreadable("has no year")
        if numbers[2] is not None and numbers[1] is None:
            raise Unreadable(f"gives a day ({numbers[2]}) but no month")
        partial = cls(*numbers)  # type: ignore[arg-type]
        partial.first()  # checks the calendar
        return partial

    @classmethod
    def of(cls, day: dt.date) -> Partial:
        return cls(day.year, day.month, day.day)

    def first(self) -> dt.date:
        if not 1 <= self.year <= 9999:
            raise Unreadable(f"year {self.year} is outside 1–9999, the years this viewer's "
                             "calendar holds")
        try:
            return dt.date(self.year, self.month or 1, self.day or 1)
        except ValueError as error:
            raise Unreadable(f"{self.text()} is not a calendar date ({error})") from None

    def last(self) -> dt.date:
        start = self.first()
        if self.day is not None:
            return start
        if self.month is not None:
            return start.replace(day=calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def text(self) -> str:
        return "-".join(f"{part:02d}" if index else str(part) for index, part in
                        enumerate((self.year, self.month, self.day)) if part is not None)


def _number(value: Any, name: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise Unreadable(f"has {name} {value!r}, which is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    raise Unreadable(f"has {name} {value!r}, which is not a whole number")


OPEN_END = ("since", "after")  # relations that leave the end open
OPEN_START = ("until", "before")


def days_date(start: dt.date, end: dt.date | None, *, note: str, text: str | None = None,
              fuzzy: bool = False, relation: str = "at") -> DateFields:
    """A vague date's fields for the days ``start``–``end`` (inclusive) as a file gave them.

    The precision follows what the days cover: one day is a day (a fuzzy one a span), a whole
    calendar year, quarter, month or Monday-to-Sunday week is that, anything else a span.
    ``relation``: "since"/"after" leave the end open (Timeline Project's "ends today"),
    "until"/"before" the start. ``text`` is the tool's own wording where it had one (a display
    date), else the value."""
    end = start if end is None else end
    if end < start:
        raise Unreadable(f"ends ({end}) before it starts ({start})")
    if relation not in ("at", *OPEN_END, *OPEN_START):
        raise Unreadable(f"has the relation {relation!r}, which is not one of at, since, "
                         "after, until, before")
    precision, value = _shape(start, end, fuzzy)
    basis = {"kind": BasisKind.IMPORTED, "note": note}
    words = {"at": "", "since": "since ", "after": "after ", "until": "until ",
             "before": "before "}
    wording = text.strip() if text and text.strip() else \
        ("c. " if fuzzy else "") + words[relation] + value
    return {"text": wording, "value": value, "precision": precision, "relation": relation,
            "start": None if relation in OPEN_START else start,
            "end": None if relation in OPEN_END else end, "basis": basis}


def _shape(start: dt.date, end: dt.date, fuzzy: bool) -> tuple[Precision, str]:
    if start == end:  # a fuzzy day is some time around it
        return (Precision.SPAN if fuzzy else Precision.DAY), str(start)
    whole_months = start.day == 1 and end == Partial(end.year, end.month).last()
    if whole_months and start.year == end.year:
        if start.month == 1 and end.month == 12:
            return Precision.YEAR, str(start.year)
        if start.month == end.month:
            return Precision.MONTH, f"{start.year}-{start.month:02d}"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return Precision.QUARTER, f"{start.year}-Q{start.month // 3 + 1}"
    if start.weekday() == 0 and end == start + 6 * ONE_DAY:
        iso = start.isocalendar()
        return Precision.WEEK, f"{iso.year}-W{iso.week:02d}"
    return Precision.SPAN, f"{start}/{end}"


def date_hint(date: Any) -> dict[str, str] | None:
    """What an export to a tool without open ends adds so that its import gives the same date
    back ("since 2019": relation and precision), or None when the days say it all."""
    start, end = date.start or date.end, date.end or date.start
    if date.relation == "at" and _shape(start, end, False)[0] == date.precision:
        return None
    return {"relation": str(date.relation), "precision": str(date.precision),
            "value": date.value}


def hinted(date: DateFields, hint: Any) -> DateFields:
    """``date`` with a hint written by :func:`date_hint` applied (a hint that cannot be read
    is ignored: the days stand)."""
    if not isinstance(hint, dict) or hint.get("relation") not in ("at", *OPEN_END, *OPEN_START) \
            or hint.get("precision") not in {p.value for p in Precision}:
        return date
    relation = hint["relation"]
    return {**date, "relation": relation, "precision": Precision(hint["precision"]),
            "value": str(hint.get("value") or date["value"]),
            "start": None if relation in OPEN_START else date["start"],
            "end": None if relation in OPEN_END else date["end"]}


def partial_date(start: Partial, end: Partial | None, *, note: str,
                 text: str | None = None, relation: str = "at") -> DateFields:
    """A vague date's fields from partial dates: "2019" is the year 2019, "2019-10" its
    October."""
    return days_date(start.first(), (end or start).last(), note=note, text=text,
                     relation=relation)


@dataclass
class Draft:
    """One event as another tool's file gave it, before it becomes a model event."""

    where: str  # "slide 3 ('Headline')": how the report names it
    title: str
    date: DateFields
    summary: str = ""
    ident: str | None = None
    group: str | None = None  # a group key the builder was told about
    thread: str | None = None  # a thread id the builder was told about
    media: list[dict[str, str | None]] = field(default_factory=list)  # Media's fields


@dataclass
class Imported:
    """An imported timeline and one line for each thing that was not kept. ``format`` is the
    reader's key once :func:`~viewer.domain.interchange.formats.import_file` has read it."""

    timeline: Timeline  # as the program holds timelines: the models' Struct twins
    notes: list[str]
    format: str


class TimelineBuilder:
    """Collects groups, eras, threads and events of an imported file into a timeline."""

    def __init__(self, format_name: str, file_name: str) -> None:
        self.format_name, self.file_name = format_name, file_name
        self.notes: list[str] = []
        # Fields of the models, made into the timeline's twins in one step at the end (a
        # pydantic model per event would take most of the import at 100,000 items).
        self._groups: dict[str, dict[str, Any]] = {}
        self._threads: dict[str, dict[str, Any]] = {}
        self._eras: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []
        self._ids: set[str] = set()

    def basis_note(self, where: str) -> str:
        return f"{self.format_name} file '{self.file_name}', {where}"

    def note(self, where: str, message: str) -> None:
        self.notes.append(f"{self.file_name}: {where}: {message}")

    def group(self, key: str, title: str | None = None, color: str | None = None) -> str:
        """The id of the group ``key`` (made when first named)."""
        if key not in self._groups:
            group_id = unique_id({g["id"] for g in self._groups.values()}, slug(key, "group"))
            self._groups[key] = {"id": group_id, "title": (title or key).strip() or key,
                                 "color": color}
        return self._groups[key]["id"]

    def thread(self, key: str, title: str) -> str:
        if key not in self._threads:
            thread_id = unique_id({t["id"] for t in self._threads.values()},
                                  slug(key, "thread"))
            self._threads[key] = {"id": thread_id, "title": title or key}
        return self._threads[key]["id"]

    def era(self, where: str, title: str, start: dt.date, end: dt.date,
            color: str | None = None) -> None:
        if end < start:
            self.note(where, f"ends ({end}) before it starts ({start}); not imported")
            return
        self._eras.append({"title": title or "—", "start": start, "end": end, "color": color})

    def event(self, draft: Draft) -> None:
        title = " ".join(draft.title.split())
        if not title:
            title = _first_words(draft.summary) or "(untitled)"
            self.note(draft.where, f"has no headline; titled '{title}'")
        wanted = draft.ident if draft.ident and _ID.match(draft.ident) and \
            len(draft.ident) <= 120 else slug(title, "event")
        if draft.ident and wanted != draft.ident:
            self.note(draft.where, f"id {draft.ident!r} is not a valid id here; "
                      f"it is '{wanted}'")
        event_id = unique_id(self._ids, wanted)
        self._ids.add(event_id)
        self._events.append({
            "id": event_id, "title": title, "summary": draft.summary.strip(),
            "kind": EventKind.OTHER, "status": EventStatus.UNSTATED, "date": draft.date,
            "group": draft.group, "thread": draft.thread, "media": draft.media})

    def build(self, title: str, description: str = "", language: str = "en") -> Imported:
        fields = {"format": FORMAT, "title": " ".join(title.split()) or self.file_name,
                  "description": description.strip(), "language": language, "sources": [],
                  "groups": list(self._groups.values()),
                  "threads": list(self._threads.values()), "eras": self._eras,
                  "events": self._events}
        # The twins check types, ids and patterns; the dates were made valid above.
        timeline = msgspec.convert(fields, mirror(Timeline))
        return Imported(timeline, self.notes, self.format_name)


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def rgb_color(text: str | None) -> str | None:
    """"255,0,0" (The Timeline Project) or "#F00"/"#ff0000" (CSS) as "#ff0000"; else None."""
    if not text:
        return None
    text = text.strip()
    parts = text.split(",")
    if len(parts) == 3 and all(p.strip().isdigit() and int(p) <= 255 for p in parts):
        return "#" + "".join(f"{int(p):02x}" for p in parts)
    match = re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text)
    if match:
        digits = match.group(1)
        digits = "".join(c * 2 for c in digits) if len(digits) == 3 else digits
        return "#" + digits.lower()
    return None
