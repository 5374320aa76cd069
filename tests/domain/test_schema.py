"""The JSON Schema beside the timeline is the one the models generate, and the file obeys it."""

from __future__ import annotations

import json

from viewer.bundled import schema_file
from viewer.domain.format.schema import timeline_schema


def test_shipped_schema_is_generated_from_the_models():
    shipped = json.loads(schema_file().read_text(encoding="utf-8"))
    assert shipped == timeline_schema(), (
        "resources/timeline.schema.json is stale: run `timeline-viewer schema -o "
        "resources/timeline.schema.json`")


def test_schema_names_every_event_field(seed_raw):
    event = timeline_schema()["$defs"]["Event"]
    assert set(seed_raw["events"][0]) <= set(event["properties"])
    assert event["additionalProperties"] is False
