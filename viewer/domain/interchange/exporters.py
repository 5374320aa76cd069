"""Every export by name: what the command line's ``export --format`` and File ▸ Export… offer,
each as the text it writes (the command prints it or writes it; the window writes it)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from viewer.domain.interchange.calendar_ics import write_ics
from viewer.domain.interchange.export import export_csv, export_json, export_markdown
from viewer.domain.interchange.timeline_project import write_timeline_project
from viewer.domain.interchange.timelinejs import write_timelinejs
from viewer.domain.story.open_timeline import OpenTimeline


@dataclass(frozen=True)
class Exporter:
    suffix: str
    write: Callable[[OpenTimeline, str, dt.datetime], str]  # (timeline, language, now) -> text


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


EXPORTERS: dict[str, Exporter] = {
    "json": Exporter(".json",
                     lambda opened, language, now: _json(export_json(opened))),
    "csv": Exporter(".csv",
                    lambda opened, language, now: export_csv(opened)),
    "markdown": Exporter(".md",
                         lambda opened, language, now: export_markdown(opened, language)),
    "timelinejs": Exporter(".json",
                           lambda opened, language, now: _json(write_timelinejs(opened))),
    "timeline": Exporter(".timeline",
                         lambda opened, language, now:
                         write_timeline_project(opened).decode("utf-8")),
    "ics": Exporter(".ics",
                    lambda opened, language, now: write_ics(opened, now).decode("utf-8")),
}


def export_bytes(opened: OpenTimeline, format_name: str, language: str,
                 now: dt.datetime) -> bytes:
    """The export as a file holds it (a CSV file starts with a byte-order mark, so that
    spreadsheets read it as UTF-8)."""
    text = EXPORTERS[format_name].write(opened, language, now)
    return (("\ufeff" if format_name == "csv" else "") + text).encode("utf-8")
