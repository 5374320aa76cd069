"""Problems found in a timeline file, phrased for the person who has to fix them.

A problem names the file, what it is about (an event, a source, an entity, or the timeline as
a whole) and the field, and says what is wrong in one line. Pydantic's errors are translated
here so that no user ever reads a validation traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import ValidationError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    file: str
    subject: str
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.subject}, field '{self.field}'" if self.field else self.subject
        return f"{self.file}: {self.severity}: {where}: {self.message}"


class TimelineError(Exception):
    """Loading failed; ``problems`` holds every error found (and any warnings)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


COLLECTIONS = {"events": "event", "sources": "source", "entities": "entity"}


def subject_of(raw: Any, collection: str, index: int) -> str:
    """"event 'amazon-talks'" for an item with an id, "event #3" for one without."""
    kind = COLLECTIONS[collection]
    try:
        item_id = raw[collection][index].get("id")
    except (AttributeError, IndexError, KeyError, TypeError):
        item_id = None
    return f"{kind} '{item_id}'" if isinstance(item_id, str) else f"{kind} #{index + 1}"


def json_problem(file: str, error: json.JSONDecodeError) -> Problem:
    return Problem(file, "the file", "", f"is not valid JSON: {error.msg} at line {error.lineno}, "
                   f"column {error.colno}")


def validation_problems(file: str, raw: Any, error: ValidationError) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        loc = list(detail["loc"])
        subject = "the timeline"
        if len(loc) >= 2 and loc[0] in COLLECTIONS and isinstance(loc[1], int):
            subject = subject_of(raw, loc[0], loc[1])
            loc = loc[2:]
        problems.append(Problem(file, subject, _field_path(loc), _message(detail)))
    return problems


def _field_path(loc: list[str | int]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _message(detail: dict[str, Any]) -> str:
    kind, message = detail["type"], detail["msg"]
    if kind == "missing":
        return "is missing; add it"
    if kind == "extra_forbidden":
        return "is not a field of this format; remove it or check its spelling"
    message = message.removeprefix("Value error, ")
    given = detail.get("input")
    short = isinstance(given, str | int | float | bool) and len(str(given)) < 60
    if kind != "model_type" and short:
        message = f"{message} (got {given!r})"
    return message[0].lower() + message[1:] if message else message
