"""Calendars (``.ics``, RFC 5545) through ``icalendar``.

Read: each VEVENT becomes an unsourced event: SUMMARY its title, DESCRIPTION (and LOCATION)
its summary, the first CATEGORIES value its group, URL a media reference, UID its id (the part
before "@"). All-day events keep their days (DTEND is exclusive there); an event with a time of
day is kept to its days and the time reported as not kept; a repeating event (RRULE) is
imported once, at its first occurrence, and reported. X-WR-CALNAME is the title.

Written: one all-day VEVENT per event (an open end gives the first day only), the summary
and quotes with their reports as the description, the lane as CATEGORIES.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from viewer.domain.interchange.evidence import (
    date_bounds,
    evidence_text,
    lane_name,
    own_summary,
)
from viewer.domain.interchange.html_text import plain_text
from viewer.domain.interchange.imported import (
    ONE_DAY,
    Draft,
    Imported,
    NotThisFormat,
    TimelineBuilder,
    Unreadable,
    date_hint,
    days_date,
    hinted,
)
from viewer.domain.story.open_timeline import OpenTimeline

NAME = "calendar"
HINT = "X-TIMELINE-VIEWER-DATE"  # "relation precision value" where the days do not say it


def _value(component: Any, name: str) -> Any:
    """A property's date, date-time or duration; a property icalendar could not read is
    Unreadable (its error named)."""
    found = component.get(name)
    if found is None:
        return None
    try:
        return found.dt
    except (AttributeError, ValueError) as error:  # icalendar's BrokenCalendarProperty
        raise Unreadable(f"has a {name} that cannot be read ({error})") from None


def _day(value: Any, what: str) -> tuple[dt.date, str | None]:
    """A DTSTART/DTEND value as a day and, for a date-time not at midnight, its time."""
    if isinstance(value, dt.datetime):
        time = None if value.time() == dt.time(0) else value.strftime("%H:%M")
        return value.date(), time
    if isinstance(value, dt.date):
        return value, None
    raise Unreadable(f"has {what} {value!r}, which is not a date")


def read_ics(data: bytes, file_name: str, language: str = "en") -> Imported:
    import icalendar  # only an import of a calendar needs it

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as error:
        raise NotThisFormat(f"is not an iCalendar file: {error}") from None
    build = TimelineBuilder(NAME, file_name)
    for number, component in enumerate(calendar.walk("VEVENT"), 1):
        summary = str(component.get("SUMMARY") or "").strip()
        where = f"event {number}" + (f" ('{summary[:60]}')" if summary else "")
        try:
            build.event(_event(build, where, component, summary))
        except Unreadable as error:
            build.note(where, f"{error}; not imported")
    title = str(calendar.get("X-WR-CALNAME") or "").strip() or file_name
    description = str(calendar.get("X-WR-CALDESC") or "").strip()
    return build.build(title, description, language)


def _event(build: TimelineBuilder, where: str, component: Any, summary: str) -> Draft:
    raw_start = _value(component, "DTSTART")
    if raw_start is None:
        raise Unreadable("has no DTSTART")
    start, start_time = _day(raw_start, "DTSTART")
    last, end_time = start, None
    raw_end, duration = _value(component, "DTEND"), _value(component, "DURATION")
    if raw_end is not None:
        end, end_time = _day(raw_end, "DTEND")
        exclusive = not isinstance(raw_end, dt.datetime) or end_time is None
        last = end - ONE_DAY if exclusive and end > start else end
    elif isinstance(duration, dt.timedelta):
        last = max(start, start + duration - ONE_DAY) if duration.days else start
    for name, time in (("DTSTART", start_time), ("DTEND", end_time)):
        if time:
            build.note(where, f"time of day {time} of its {name} not kept (dates are kept to "
                       "the day)")
    if component.get("RRULE") is not None:
        build.note(where, "repeats (RRULE); only its first occurrence is imported")
    description = own_summary(plain_text(str(component.get("DESCRIPTION") or "")))
    location = str(component.get("LOCATION") or "").strip()
    if location:
        description = (description + "\n" if description else "") + f"Location: {location}"
    categories = _categories(component)
    uid = str(component.get("UID") or "").split("@")[0].strip() or None
    url = str(component.get("URL") or "").strip()
    hint = dict(zip(("relation", "precision", "value"),
                    str(component.get(HINT) or "").split(), strict=False))
    return Draft(where=where, title=summary, summary=description,
                 date=hinted(days_date(start, last, note=build.basis_note(where)), hint),
                 ident=uid, group=build.group(categories[0]) if categories else None,
                 media=[{"url": url}] if url else [])


def _categories(component: Any) -> list[str]:
    found = component.get("CATEGORIES")
    if found is None:
        return []
    values = found if isinstance(found, list) else [found]
    names = []
    for value in values:
        names += [str(name).strip() for name in getattr(value, "cats", [value])]
    return [name for name in names if name]


def write_ics(opened: OpenTimeline, now: dt.datetime) -> bytes:
    """The timeline as a calendar; ``now`` is the DTSTAMP every event needs."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//timeline-viewer//Timeline export//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("X-WR-CALNAME", opened.timeline.title)
    if opened.timeline.description:
        calendar.add("X-WR-CALDESC", opened.timeline.description)
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    for index in opened.order_list:
        event = opened.events[index]
        start, last = date_bounds(event.date)
        item = icalendar.Event()
        item.add("UID", f"{event.id}@timeline-viewer")
        item.add("DTSTAMP", stamp)
        item.add("SUMMARY", event.title)
        item.add("DTSTART", start)
        if last is not None:
            item.add("DTEND", last + ONE_DAY)
        item.add("DESCRIPTION", evidence_text(opened, index))
        lane = lane_name(opened, index)
        if lane:
            item.add("CATEGORIES", [lane])
        hint = date_hint(event.date)
        if hint:
            item.add(HINT, " ".join(hint.values()))
        calendar.add_component(item)
    return calendar.to_ical()
