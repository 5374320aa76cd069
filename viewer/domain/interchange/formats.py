"""Which importer reads a file: named by the user, or guessed from its content."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from viewer.domain.authoring.reports import guess_language
from viewer.domain.format.fast_load import replace
from viewer.domain.format.model import FORMAT
from viewer.domain.interchange.calendar_ics import read_ics
from viewer.domain.interchange.imported import Imported, NotThisFormat
from viewer.domain.interchange.timeline_project import read_timeline_project
from viewer.domain.interchange.timelinejs import read_timelinejs, read_timelinejs_csv
from viewer.domain.interchange.vis_items import read_vis

Reader = Callable[[bytes, str, str], Imported]
READERS: dict[str, Reader] = {
    "timelinejs": read_timelinejs,
    "timelinejs-csv": read_timelinejs_csv,
    "timeline": read_timeline_project,
    "vis": read_vis,
    "ics": read_ics,
}
FORMAT_NAMES = {"timelinejs": "TimelineJS JSON", "timelinejs-csv": "TimelineJS sheet (CSV)",
                "timeline": "The Timeline Project (.timeline)", "vis": "vis-timeline items (JSON)",
                "ics": "iCalendar (.ics)"}
# Files a user may pick in File ▸ Import… (a JSON file may be TimelineJS or vis-timeline).
SUFFIXES = ("*.json", "*.csv", "*.timeline", "*.ics")


OURS = "ours"  # what guess_format says of a timeline of this viewer


class ImportFailed(Exception):
    """The file could not be imported at all; the message names it and says why."""


def guess_format(data: bytes) -> str | None:
    """The format ``data`` looks like, or None."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if head.startswith(b"<"):
        return "timeline" if b"<timeline" in data[:4096] else None
    if head[:1] in (b"{", b"["):
        try:
            document = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return None
        if isinstance(document, dict) and document.get("format") == FORMAT:
            return OURS
        if isinstance(document, list) or (isinstance(document, dict) and
                                           isinstance(document.get("items"), list)):
            return "vis"
        if isinstance(document, dict) and ("events" in document or "timeline" in document):
            return "timelinejs"
        return None
    first_line = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    if "Year" in first_line and "Headline" in first_line:
        return "timelinejs-csv"
    return None


def import_file(path: Path, format_name: str | None = None,
                language: str | None = None) -> Imported:
    """Reads another tool's timeline file; raises :class:`ImportFailed` with a message that
    names the file. ``language`` (of the timeline's texts) is guessed from its titles and
    summaries when not given."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailed(f"{path}: cannot be read: {error.strerror or error}") from None
    chosen = format_name or guess_format(data)
    if chosen == OURS:
        raise ImportFailed(f"{path}: is a timeline of this viewer already; open it "
                           "(timeline-viewer FILE, or File ▸ Open) instead of importing it")
    if chosen is None:
        raise ImportFailed(f"{path}: its format is not one this viewer imports ("
                           + ", ".join(FORMAT_NAMES.values()) + "); name it with --from")
    try:
        imported = READERS[chosen](data, path.name, language or "en")
    except NotThisFormat as error:
        raise ImportFailed(f"{path}: {error}") from None
    imported.format = chosen
    if language is None:
        events = imported.timeline.events[:300]
        guessed = guess_language(" ".join([imported.timeline.title]
                                          + [f"{e.title} {e.summary}" for e in events]))
        if guessed != imported.timeline.language:
            imported.timeline = replace(imported.timeline, language=guessed)
    return imported


def foreign_format(path: Path) -> str | None:
    """The format of ``path`` if it is another tool's timeline (not one of ours), else None.
    Reads the first 64 KiB (a drop on the window asks this on the GUI thread): a JSON array
    is vis-timeline's, an object with "events" TimelineJS's, one with "items" vis-timeline's;
    only a JSON file that says none of this in its head is read whole."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return None
    if b'"timeline/1"' in head[:4096]:
        return None
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start == b"[":
        return "vis"
    if start == b"{":
        if b'"events"' in head or b'"timeline"' in head:
            return "timelinejs"
        if b'"items"' in head:
            return "vis"
        found = guess_format(path.read_bytes())
    else:
        found = guess_format(head)
    return None if found == OURS else found
