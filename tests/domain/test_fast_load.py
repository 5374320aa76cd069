"""The fast Struct twins say exactly what the pydantic models say."""

from __future__ import annotations

import msgspec
import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.format import model
from viewer.domain.format.fast_load import decode_timeline, mirror

MODELS = [model.DateBasis, model.VagueDate, model.MoneyAmount, model.AnchoredQuote, model.Entity,
          model.Source, model.Claim, model.Event, model.Timeline]


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
    fast = msgspec.to_builtins(decode_timeline(data))
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
