"""The JSON Schema of the timeline format, generated from the models (never written by hand)."""

from __future__ import annotations

import json

from viewer.domain.format.model import Timeline

SCHEMA_ID = "https://timeline-viewer.invalid/schema/timeline-1.json"


def timeline_schema() -> dict:
    schema = Timeline.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def timeline_schema_text() -> str:
    return json.dumps(timeline_schema(), ensure_ascii=False, indent=2) + "\n"
