"""The Timeline Project's ``.timeline`` files (XML, Gregorian time).

Read: events with their start and end (time is continuous there, so an end at midnight is the
end of the day before), text, description, category (a group, with its colour), ``fuzzy`` (the
date is vague: a single day becomes a span), ``ends_today`` (an open end: "since"), containers
(``[1]Name`` and the ``(1)…`` events inside it) as threads, hyperlinks as media references,
eras. ``locked``, progress, icons, alerts and labels say nothing about what happened and are
left out. A time of day other than midnight is reported as not kept; numeric time has no
calendar and is refused.

Written: a file the desktop tool opens (its element order), with one category per lane, each
thread a container around its events, the description holding the summary and the quotes with
their reports, and any date not known to the day marked fuzzy.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import re
import xml.etree.ElementTree as ET

from viewer.domain.format.model import VagueDate
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
    Partial,
    TimelineBuilder,
    Unreadable,
    days_date,
    rgb_color,
)
from viewer.domain.story.open_timeline import OpenTimeline

NAME = "Timeline Project"
_TIME = re.compile(r"\s*(-?\d+)-(\d+)-(\d+)(?:[ T](\d+):(\d+)(?::(\d+))?)?\s*")
# The tool's own encoding: "[1]Name" is container 1, "(1)Name" an event inside it; a title
# that itself starts with "(" or "[" is written with a space before it.
_CONTAINER = re.compile(r"^\[([^\]]*)\](.*)$", re.S)
_MEMBER = re.compile(r"^\(([^)]*)\)(.*)$", re.S)


def _instant(text: str | None, what: str) -> tuple[dt.date, str | None]:
    """A day and, if not midnight, its time of day ("14:30")."""
    match = _TIME.fullmatch(text or "")
    if not match:
        raise Unreadable(f"has {what} {text!r}, which is not a time of the form "
                         "'2010-08-31 00:00:00'")
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    first = Partial(year, month, day).first()
    midnight = hour == minute == second == 0
    return first, None if midnight else f"{hour:02d}:{minute:02d}"


def _flag(element: ET.Element, name: str) -> bool:
    return (element.findtext(name) or "").strip().lower() == "true"


def read_timeline_project(data: bytes, file_name: str, language: str = "en") -> Imported:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise NotThisFormat(f"is not a Timeline Project file: {error}") from None
    if root.tag != "timeline":
        raise NotThisFormat("is not a Timeline Project file: its root element is "
                            f"<{root.tag}>, not <timeline>")
    time_type = (root.findtext("timetype") or "gregoriantime").strip()
    if time_type != "gregoriantime":
        raise NotThisFormat(f"uses The Timeline Project's '{time_type}', which has no calendar "
                            "dates; only Gregorian timelines can be imported")
    build = TimelineBuilder(NAME, file_name)
    colors = {}
    for category in root.iterfind("categories/category"):
        name = (category.findtext("name") or "").strip()
        if name:
            colors[name] = rgb_color(category.findtext("color"))
            if category.findtext("parent"):
                build.note(f"category '{name}'", "its parent category "
                           f"'{category.findtext('parent')}' is not kept (groups are flat)")
    events = list(root.iterfind("events/event"))
    containers = {}
    for element in events:
        found = _CONTAINER.match(element.findtext("text") or "")
        if found:
            containers[found.group(1)] = found.group(2).strip()
    for number, element in enumerate(events, 1):
        text = element.findtext("text") or ""
        if _CONTAINER.match(text):
            continue  # a container is the thread of the events inside it
        member = _MEMBER.match(text)
        thread = None
        if member:
            text = member.group(2)
            if member.group(1) in containers:
                thread = build.thread(f"container-{member.group(1)}",
                                      containers[member.group(1)])
        elif text[:2] in (" (", " ["):
            text = text[1:]  # the space that kept a title from reading as a container
        where = f"event {number}" + (f" ('{plain_text(text)[:60]}')" if text.strip() else "")
        try:
            build.event(_event(build, where, element, text, thread, colors))
        except Unreadable as error:
            build.note(where, f"{error}; not imported")
    for number, era in enumerate(root.iterfind("eras/era"), 1):
        name = (era.findtext("name") or "").strip()
        where = f"era {number}" + (f" ('{name}')" if name else "")
        if _flag(era, "ends_today"):
            build.note(where, "ends today in the file; it is kept up to its stored end")
        try:
            start, _ = _instant(era.findtext("start"), "start")
            end, end_time = _instant(era.findtext("end"), "end")
            if end_time is None and end > start:
                end -= ONE_DAY
            build.era(where, name, start, end, rgb_color(era.findtext("color")))
        except Unreadable as error:
            build.note(where, f"{error}; not imported")
    title = file_name.removesuffix(".timeline")
    return build.build(title, "", language)


def _event(build: TimelineBuilder, where: str, element: ET.Element, text: str,
           thread: str | None, colors: dict[str, str | None]) -> Draft:
    start, start_time = _instant(element.findtext("start"), "start")
    end, end_time = _instant(element.findtext("end"), "end")
    if _flag(element, "milestone"):
        end, end_time = start, None  # a milestone is a point at its start
    elif end_time is None and end > start:
        end -= ONE_DAY  # time is continuous there: an end at midnight closes the day before
    for name, time in (("start", start_time), ("end", end_time)):
        if time:
            build.note(where, f"time of day {time} of its {name} not kept (dates are kept to "
                       "the day)")
    fuzzy = _flag(element, "fuzzy") or _flag(element, "fuzzy_start") or \
        _flag(element, "fuzzy_end")
    date = days_date(start, end, note=build.basis_note(where), fuzzy=fuzzy,
                     relation="since" if _flag(element, "ends_today") else "at")
    category = (element.findtext("category") or "").strip()
    link = (element.findtext("hyperlink") or "").strip()
    return Draft(where=where, title=plain_text(text),
                 summary=own_summary(plain_text(element.findtext("description"))), date=date,
                 group=build.group(category, category, colors.get(category))
                 if category else None,
                 thread=thread,
                 media=[{"url": link}] if link else [])


# --- writing --------------------------------------------------------------------------------

def _time(day: dt.date) -> str:
    return f"{day.isoformat()} 00:00:00"


def _rgb(color: str | None, number: int) -> str:
    if color:
        return ",".join(str(int(color[i:i + 2], 16)) for i in (1, 3, 5))
    red, green, blue = colorsys.hsv_to_rgb((number * 0.618034) % 1.0, 0.35, 0.95)
    return f"{round(red * 255)},{round(green * 255)},{round(blue * 255)}"


def _span(date: VagueDate) -> tuple[dt.date, dt.date]:
    """Start and end (continuous, so the day after the last) of a vague date."""
    start, last = date_bounds(date)
    if last is None:  # an open end: the tool draws to today; the first period is kept
        last = {"year": Partial(start.year), "month": Partial(start.year, start.month),
                "quarter": Partial(start.year, min(12, start.month + 2))}.get(
                    str(date.precision), Partial.of(start)).last()
    if last == start and date.precision == "day":
        return start, start  # a point
    return start, last + ONE_DAY


def write_timeline_project(opened: OpenTimeline) -> bytes:
    timeline = opened.timeline
    root = ET.Element("timeline")
    ET.SubElement(root, "version").text = "2.4.0"
    ET.SubElement(root, "timetype").text = "gregoriantime"
    if timeline.eras:
        eras = ET.SubElement(root, "eras")
        for number, era in enumerate(timeline.eras):
            element = ET.SubElement(eras, "era")
            for name, value in (("name", era.title), ("start", _time(era.start)),
                                ("end", _time(era.end + ONE_DAY)),
                                ("color", _rgb(era.color, number)), ("ends_today", "False")):
                ET.SubElement(element, name).text = value
    lanes = {index: lane_name(opened, index) for index in opened.order_list}
    colors = {g.title: g.color for g in timeline.groups}
    categories = ET.SubElement(root, "categories")
    for number, lane in enumerate(dict.fromkeys(name for name in lanes.values() if name)):
        element = ET.SubElement(categories, "category")
        ET.SubElement(element, "name").text = lane
        ET.SubElement(element, "color").text = _rgb(colors.get(lane), number)
        ET.SubElement(element, "font_color").text = "0,0,0"
    events = ET.SubElement(root, "events")
    containers = {thread.id: number for number, thread in enumerate(timeline.threads, 1)}
    for thread in timeline.threads:
        members = opened.thread_members.get(thread.id, [])
        if not members:
            continue
        spans = [_span(opened.events[i].date) for i in members]
        first = min(start for start, _ in spans)
        last = max(end for _, end in spans)
        _write_event(events, f"[{containers[thread.id]}]{thread.title}", first, last,
                     fuzzy=False, since=False, lane=None, description="")
    for index in opened.order_list:
        event = opened.events[index]
        start, end = _span(event.date)
        title = event.title
        if event.thread in containers:
            title = f"({containers[event.thread]}){title}"
        elif title[:1] in ("(", "["):
            title = " " + title  # else the tool reads it as a container or an event in one
        _write_event(events, title, start, end,
                     fuzzy=event.date.precision != "day", since=event.date.end is None and
                     event.date.start is not None, lane=lanes[index],
                     description=evidence_text(opened, index))
    view = ET.SubElement(root, "view")
    ET.SubElement(view, "hidden_categories")
    ET.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") \
        + b"\n"


def _write_event(parent: ET.Element, text: str, start: dt.date, end: dt.date, *, fuzzy: bool,
                 since: bool, lane: str | None, description: str) -> None:
    element = ET.SubElement(parent, "event")
    values: list[tuple[str, str]] = [
        ("start", _time(start)), ("end", _time(end)), ("text", text), ("progress", "0"),
        ("fuzzy", str(fuzzy)), ("locked", "False"), ("ends_today", str(since))]
    if lane:
        values.append(("category", lane))
    if description:
        values.append(("description", description))
    for name, value in values:
        ET.SubElement(element, name).text = value
