"""TimelineJS (Knight Lab): its JSON format and its Google Sheets template as CSV.

Read: each slide becomes an unsourced event; the title slide the timeline's title and
description; ``eras`` eras; ``group`` a group (a lane). A date with only a year is a year, with
a month a month, with a day a day; a start and an end are the span between them (a whole
quarter or week is that). ``display_date`` is kept as the date's wording. HTML in texts becomes
plain text with links kept as URLs; media are kept as references (never fetched); a media
"URL" that is really embedded HTML (a tweet's blockquote, an iframe) is not kept. Times of day
and backgrounds are reported as not kept.

Written: slides whose text is the event's summary followed by its quotes, each cited with its
report; ``media.credit`` names the event's first report (and ``media.url`` is the report's
address when known); groups are the lanes; ``unique_id`` is the event id.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from html import escape
from typing import Any

from viewer.domain.interchange.evidence import (
    citation,
    date_bounds,
    evidence_html,
    lane_name,
    own_summary,
)
from viewer.domain.interchange.html_text import plain_text
from viewer.domain.interchange.imported import (
    Draft,
    Imported,
    NotThisFormat,
    Partial,
    TimelineBuilder,
    Unreadable,
    date_hint,
    hinted,
    partial_date,
)
from viewer.domain.story.open_timeline import OpenTimeline

NAME = "TimelineJS"
HINT = "timeline_viewer"  # a slide's extra key: TimelineJS ignores it, our import reads it


def read_timelinejs(data: bytes, file_name: str, language: str = "en") -> Imported:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NotThisFormat(f"is not TimelineJS JSON: {error}") from None
    if isinstance(document, dict) and isinstance(document.get("timeline"), dict):
        raise NotThisFormat("is a TimelineJS 2 file (a 'timeline' object with 'date' entries); "
                            "open it in TimelineJS 3's converter or re-export it as TimelineJS 3")
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        raise NotThisFormat("is not TimelineJS JSON: it needs an object with an 'events' list")
    build = TimelineBuilder(NAME, file_name)
    for number, slide in enumerate(document["events"], 1):
        where = _where("slide", number, slide)
        if not isinstance(slide, dict):
            build.note(where, "is not an object; not imported")
            continue
        try:
            build.event(_slide(build, where, slide))
        except Unreadable as error:
            build.note(where, f"{error}; not imported")
    for number, era in enumerate(document.get("eras") or [], 1):
        where = _where("era", number, era)
        try:
            start, end = _dates(era)
            headline = plain_text((era.get("text") or {}).get("headline"))
            build.era(where, headline, start.first(), (end or start).last())
        except (Unreadable, AttributeError) as error:
            build.note(where, f"{error}; not imported")
    title = document.get("title") if isinstance(document.get("title"), dict) else {}
    text = title.get("text") if isinstance(title.get("text"), dict) else {}
    return build.build(plain_text(text.get("headline")) or file_name,
                       plain_text(text.get("text")), language)


def _where(kind: str, number: int, item: Any) -> str:
    headline = ""
    if isinstance(item, dict) and isinstance(item.get("text"), dict):
        headline = plain_text(str(item["text"].get("headline") or ""))[:60]
    return f"{kind} {number}" + (f" ('{headline}')" if headline else "")


def _dates(item: dict[str, Any]) -> tuple[Partial, Partial | None]:
    start = item.get("start_date")
    if not isinstance(start, dict):
        raise Unreadable("has no start_date")
    end = item.get("end_date")
    first = Partial.read(start.get("year"), start.get("month"), start.get("day"))
    last = Partial.read(end.get("year"), end.get("month"), end.get("day")) \
        if isinstance(end, dict) and end.get("year") not in (None, "") else None
    return first, last


def _slide(build: TimelineBuilder, where: str, slide: dict[str, Any]) -> Draft:
    start, end = _dates(slide)
    display = slide.get("display_date") or (slide.get("start_date") or {}).get("display_date")
    for name in ("start_date", "end_date"):
        time = _time(slide.get(name))
        if time:
            build.note(where, f"time of day {time} of its {name} not kept (dates are kept to "
                       "the day)")
    if slide.get("background"):
        build.note(where, "background (colour or image) not kept")
    text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
    group = str(slide["group"]).strip() if slide.get("group") else None
    return Draft(where=where, title=plain_text(text.get("headline")),
                 summary=own_summary(plain_text(text.get("text"))),
                 date=hinted(partial_date(start, end, note=build.basis_note(where),
                                          text=plain_text(display) if display else None),
                             slide.get(HINT)),
                 ident=str(slide["unique_id"]) if slide.get("unique_id") else None,
                 group=build.group(group) if group else None,
                 media=_media(build, where, slide.get("media")))


def _time(date: Any) -> str | None:
    if not isinstance(date, dict) or date.get("hour") in (None, ""):
        return None
    try:
        return f"{int(date['hour']):02d}:{int(date.get('minute') or 0):02d}"
    except (TypeError, ValueError):
        return str(date.get("hour"))


def _media(build: TimelineBuilder, where: str, media: Any) -> list[dict[str, str | None]]:
    if not isinstance(media, dict) or not str(media.get("url") or "").strip():
        return []
    url = str(media["url"]).strip()
    if url.startswith("<"):
        build.note(where, "media is embedded HTML (a tweet, an iframe…), which is never run "
                   "here; not kept")
        return []
    return [{"url": url, "credit": plain_text(media.get("credit")) or None,
             "caption": plain_text(media.get("caption")) or None,
             "thumbnail": str(media.get("thumbnail") or "").strip() or None}]


# --- the Google Sheets template -------------------------------------------------------------

COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
           "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
           "Media Thumbnail", "Type", "Group", "Background")


def read_timelinejs_csv(data: bytes, file_name: str, language: str = "en") -> Imported:
    try:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error) as error:
        raise NotThisFormat(f"is not a TimelineJS sheet: {error}") from None
    if not rows or not {"Year", "Headline"} <= {(k or "").strip() for k in rows[0]}:
        raise NotThisFormat("is not a TimelineJS sheet: it needs the template's columns "
                            "(Year, Month, Day, …, Headline, Text, …)")
    build = TimelineBuilder(f"{NAME} sheet", file_name)
    title, description = file_name, ""
    for number, raw in enumerate(rows, 2):  # row 1 holds the column names
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items()
               if isinstance(v, str)}
        where = f"row {number}" + (f" ('{row['Headline'][:60]}')" if row.get("Headline") else "")
        kind = row.get("Type", "").lower()
        if not any(row.values()):
            continue
        if kind == "title":
            title, description = plain_text(row.get("Headline")), plain_text(row.get("Text"))
            continue
        try:
            start = Partial.read(row.get("Year"), row.get("Month"), row.get("Day"))
            end = Partial.read(row["End Year"], row.get("End Month"), row.get("End Day")) \
                if row.get("End Year") else None
            if kind == "era":
                build.era(where, plain_text(row.get("Headline")), start.first(),
                          (end or start).last())
                continue
            for column in ("Time", "End Time"):
                if row.get(column):
                    build.note(where, f"{column.lower()} {row[column]} not kept (dates are kept "
                               "to the day)")
            if row.get("Background"):
                build.note(where, "background (colour or image) not kept")
            media = _media(build, where, {"url": row.get("Media"),
                                          "credit": row.get("Media Credit"),
                                          "caption": row.get("Media Caption"),
                                          "thumbnail": row.get("Media Thumbnail")})
            group = row.get("Group")
            build.event(Draft(
                where=where, title=plain_text(row.get("Headline")),
                summary=own_summary(plain_text(row.get("Text"))),
                date=partial_date(start, end, note=build.basis_note(where),
                                  text=row.get("Display Date") or None),
                group=build.group(group) if group else None, media=media))
        except Unreadable as error:
            build.note(where, f"{error}; not imported")
    return build.build(title or file_name, description, language)


# --- writing --------------------------------------------------------------------------------

def _date_parts(day: dt.date, precision: str) -> dict[str, int]:
    parts = {"year": day.year}
    if precision not in ("year",):
        parts["month"] = day.month
    if precision in ("day", "week", "span"):
        parts["day"] = day.day
    return parts


def write_timelinejs(opened: OpenTimeline) -> dict[str, Any]:
    timeline = opened.timeline
    events = []
    for index in opened.order_list:
        event = opened.events[index]
        start, end = date_bounds(event.date)
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _date_parts(start, event.date.precision),
            "text": {"headline": escape(event.title), "text": evidence_html(opened, index)},
            "display_date": event.date.text,
        }
        if end is not None and (end != start or event.date.precision != "day"):
            slide["end_date"] = _date_parts(end, event.date.precision)
        if event.date.precision in ("year", "month") and end == _same_period_end(start, event):
            slide.pop("end_date", None)  # "2019" alone says the whole year
        lane = lane_name(opened, index)
        if lane:
            slide["group"] = lane
        hint = date_hint(event.date)
        if hint:
            slide[HINT] = hint
        media = _slide_media(opened, event)
        if media:
            slide["media"] = media
        events.append(slide)
    result: dict[str, Any] = {
        "title": {"text": {"headline": escape(timeline.title),
                           "text": f"<p>{escape(timeline.description)}</p>"
                           if timeline.description else ""}},
        "events": events,
    }
    if timeline.eras:
        result["eras"] = [{"start_date": _date_parts(era.start, "day"),
                           "end_date": _date_parts(era.end, "day"),
                           "text": {"headline": escape(era.title)}} for era in timeline.eras]
    return result


def _same_period_end(start: dt.date, event: Any) -> dt.date:
    precision = event.date.precision
    return Partial(start.year, start.month if precision == "month" else None).last()


def _slide_media(opened: OpenTimeline, event: Any) -> dict[str, str] | None:
    if event.media:
        media = event.media[0]
        return {key: value for key, value in (("url", media.url), ("credit", media.credit),
                                              ("caption", media.caption),
                                              ("thumbnail", media.thumbnail)) if value}
    quoted = [q.source for q in event.quotes if q.source in opened.sources]
    if not quoted:
        return None
    source = opened.sources[quoted[0]]
    if not source.url:
        return None  # TimelineJS needs a URL for media; the citation is in the text
    return {"url": source.url, "credit": citation(opened, source)}
