"""vis-timeline's data: a JSON array of items, or an object with ``items`` and ``groups``.

An item's ``content`` (HTML) is its title, its ``title`` (the tooltip, HTML) its summary, its
``group`` a group named by the groups array's ``content``. ``start``/``end`` are instants (ISO
strings or milliseconds since 1970); vis draws a range up to its end, so an end at midnight
closes the day before. ``point`` and ``box`` items are points at their start; ``background``
items are eras. ``className``, ``style``, ``subgroup`` and ``editable`` only style or
arrange the drawing and are left out; a time of day is reported as not kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

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

NAME = "vis-timeline"
_ISO = re.compile(r"\s*([+-]?\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?"
                  r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*")


def _instant(value: Any, what: str) -> tuple[dt.date, str | None]:
    if isinstance(value, bool) or value is None:
        raise Unreadable(f"has {what} {value!r}, which is not a date")
    if isinstance(value, int | float):
        try:
            moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=value)
        except OverflowError:
            raise Unreadable(f"has {what} {value!r} (milliseconds), outside the years 1–9999") \
                from None
        time = None if moment.time() == dt.time(0) else moment.strftime("%H:%M")
        return moment.date(), time
    match = _ISO.fullmatch(str(value))
    if not match:
        raise Unreadable(f"has {what} {value!r}, which is not an ISO date or milliseconds")
    year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups()[:6])
    first = Partial(year or 0, month, day).first() if year is not None else None
    if first is None:
        raise Unreadable(f"has {what} {value!r}, which has no year")
    midnight = not hour and not minute and not second
    return first, None if midnight else f"{hour or 0:02d}:{minute or 0:02d}"


def read_vis(data: bytes, file_name: str, language: str = "en") -> Imported:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NotThisFormat(f"is not vis-timeline JSON: {error}") from None
    groups_raw: list[Any] = []
    if isinstance(document, dict) and isinstance(document.get("items"), list):
        items, groups_raw = document["items"], document.get("groups") or []
    elif isinstance(document, list):
        items = document
    else:
        raise NotThisFormat("is not vis-timeline JSON: it needs an array of items (or an "
                            "object with 'items' and 'groups')")
    build = TimelineBuilder(NAME, file_name)
    group_titles = {}
    for group in groups_raw:
        if isinstance(group, dict) and group.get("id") is not None:
            key = str(group["id"])
            group_titles[key] = plain_text(str(group.get("content") or "")) or key
            build.group(key, group_titles[key], _style_color(group.get("style")))
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            build.note(f"item {number}", "is not an object; not imported")
            continue
        content = plain_text(str(item.get("content") or ""))
        where = f"item {number}" + (f" ('{content[:60]}')" if content else "")
        try:
            _item(build, where, item, content)
        except Unreadable as error:
            build.note(where, f"{error}; not imported")
    title = document.get("title") if isinstance(document, dict) else None
    return build.build(str(title) if title else file_name.removesuffix(".json"), "", language)


def _item(build: TimelineBuilder, where: str, item: dict[str, Any], content: str) -> None:
    start, start_time = _instant(item.get("start"), "start")
    kind = str(item.get("type") or ("range" if item.get("end") is not None else "box"))
    last, end_time = start, None
    if item.get("end") is not None and kind in ("range", "background"):
        end, end_time = _instant(item["end"], "end")
        last = end - ONE_DAY if end_time is None and end > start else end
    if kind == "background":
        build.era(where, content, start, last, _style_color(item.get("style")))
        return
    for name, time in (("start", start_time), ("end", end_time)):
        if time:
            build.note(where, f"time of day {time} of its {name} not kept (dates are kept to "
                       "the day)")
    group = item.get("group")
    build.event(Draft(where=where, title=content,
                      summary=plain_text(str(item.get("title") or "")),
                      date=days_date(start, last, note=build.basis_note(where)),
                      ident=str(item["id"]) if item.get("id") is not None else None,
                      group=build.group(str(group)) if group is not None else None))


def _style_color(style: Any) -> str | None:
    match = re.search(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6})", str(style or ""))
    return rgb_color(match.group(1)) if match else None
