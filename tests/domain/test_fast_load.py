"""The fast Struct twins say exactly what the pydantic models say."""

from __future__ import annotations

import inspect
import typing

import msgspec
import pytest
from pydantic import BaseModel

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import LoadedTimeline
from viewer.domain.format import model
from viewer.domain.format.checks import TimelineCheck
from viewer.domain.format.fast_load import as_model, decode_timeline, in_memory, mirror


def reachable(cls: type[BaseModel], seen: set | None = None) -> set[type[BaseModel]]:
    """Every model a timeline file can contain: the timeline and what its fields hold."""
    seen = set() if seen is None else seen
    seen.add(cls)
    stack = [info.annotation for info in cls.model_fields.values()]
    while stack:
        kind = stack.pop()
        stack.extend(typing.get_args(kind))
        if inspect.isclass(kind) and issubclass(kind, BaseModel) and kind not in seen:
            reachable(kind, seen)
    return seen


MODELS = sorted(reachable(model.Timeline), key=lambda cls: cls.__name__)


def test_the_models_are_found_by_following_the_timeline_s_fields():
    defined = {cls for _, cls in inspect.getmembers(model, inspect.isclass)
               if issubclass(cls, BaseModel) and cls.__module__ == model.__name__
               and cls.model_fields}
    assert set(MODELS) == defined  # no model of the module is left out of the walk
    assert {model.Thread, model.Flow, model.Claim} <= set(MODELS)


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_each_twin_has_the_fields_and_defaults_of_its_model(cls):
    twin = mirror(cls)
    assert twin.__struct_fields__ == tuple(cls.model_fields)
    defaults = dict(zip(twin.__struct_fields__[-len(twin.__struct_defaults__):],
                        twin.__struct_defaults__, strict=True)) if twin.__struct_defaults__ else {}
    for name, info in cls.model_fields.items():
        if not info.is_required():
            default = defaults[name]
            default = default.factory() if hasattr(default, "factory") else default  # [] → factory
            assert default == info.default, name


def test_both_read_the_seed_timeline_to_the_same_values():
    data = SEED_TIMELINE.read_bytes()
    fast = as_model(decode_timeline(data), model.Timeline).model_dump(mode="json")
    slow = model.Timeline.model_validate_json(data).model_dump(mode="json")
    assert fast == slow


def test_properties_come_along():
    timeline = decode_timeline(SEED_TIMELINE.read_bytes())
    talks = next(e for e in timeline.events if e.id == "amazon-openai-talks-january")
    assert [a.qualifier for a in talks.amounts] == ["up_to", "between"]
    assert len(talks.quotes) == 3


@pytest.mark.parametrize("bad", [
    b'{"format": "timeline/1", "title": "x", "sources": [], "events": [], "colour": 1}',
    b'{"format": "timeline/2", "title": "x", "sources": [], "events": []}',
    b'{"format": "timeline/1", "title": 3, "sources": [], "events": []}',
])
def test_both_refuse_what_the_format_forbids(bad):
    with pytest.raises(msgspec.ValidationError):
        decode_timeline(bad)
    with pytest.raises(ValueError):
        model.Timeline.model_validate_json(bad)


def test_a_timeline_built_from_the_models_becomes_the_same_twin_a_file_gives():
    data = SEED_TIMELINE.read_bytes()
    built = model.Timeline.model_validate_json(data)
    held = in_memory(built)
    assert type(held) is mirror(model.Timeline) and held == decode_timeline(data)
    assert in_memory(held) is held
    assert as_model(held, model.Timeline) == built
    loaded = LoadedTimeline(SEED_TIMELINE, built, {})
    assert type(loaded.timeline) is mirror(model.Timeline)


def test_a_quote_of_a_built_timeline_is_relocated_like_one_from_a_file():
    raw = model.Timeline.model_validate_json(SEED_TIMELINE.read_bytes())
    event = raw.events[0]
    quote = event.claims[0].quotes[0]
    text = "Zuerst ein anderer Satz. " + quote.text  # the passage moved 25 characters on
    moved = raw.model_copy(update={"events": [event], "sources": [
        s for s in raw.sources if s.id == quote.source]})
    result = TimelineCheck("built.json", moved, {quote.source: text}).run()
    relocated = result.events[0].claims[0].quotes[0]
    assert (relocated.start, relocated.end) == (25, 25 + len(quote.text))
