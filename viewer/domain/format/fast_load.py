"""Fast decoding of timeline files into compact, validated objects mirroring the pydantic models.

The pydantic models in :mod:`viewer.domain.format.model` are the one definition of the format: they
give the JSON Schema, the user-facing error messages, and the objects code builds by hand. For
loading large files they are too slow and too big (100,000 events: about 8 s and 900 MB on the
reference machine), so this module derives a ``msgspec.Struct`` twin of every model from the
model itself (same field names, types, defaults, constraints and properties) and decodes with
that (about 1.6 s and a third of the memory). Nothing is written twice: a field added to a
model appears here by construction.

Cross-field rules (an end before its start, a maximum below its minimum) live in
:mod:`viewer.domain.format.invariants` and run in the loader's single pass over the events.

The twins are the one runtime type of a timeline in memory: a timeline built from the models
(by hand, in a test, or by an editor) becomes its twin with :func:`in_memory`, so that the
checks, the views and the edits meet one kind of object whichever way it was made.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Annotated, Any

import annotated_types
import msgspec
import numpy as np
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from viewer.domain.format.model import Event, Timeline

_MIRRORS: dict[type[BaseModel], type[msgspec.Struct]] = {}


def mirror(model: type[BaseModel]) -> type[msgspec.Struct]:
    """The frozen Struct twin of ``model`` (built once, then cached)."""
    if model not in _MIRRORS:
        hints = typing.get_type_hints(model, include_extras=True)
        fields: list[tuple[Any, ...]] = []
        for name, info in model.model_fields.items():
            kind = _translate(hints[name])
            fields.append((name, kind) if info.is_required() else (name, kind, info.default))
        properties = {key: value for key, value in vars(model).items()
                      if isinstance(value, property)}
        _MIRRORS[model] = msgspec.defstruct(
            model.__name__, fields, kw_only=True, frozen=True, forbid_unknown_fields=True,
            gc=False, omit_defaults=True,  # a saved file leaves out what is at its default
            namespace={**properties, "__doc__": model.__doc__})
    return _MIRRORS[model]


def _translate(kind: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin is Annotated:
        base, *extras = typing.get_args(kind)
        meta = _constraints(extras)
        if base not in (int, float):
            meta.pop("ge", None)  # msgspec bounds only int and float; invariants check Decimals
        base = _translate(base)
        return Annotated[base, msgspec.Meta(**meta)] if meta else base
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_translate(arg) for arg in typing.get_args(kind))]  # noqa: UP007
    if origin is list:
        return list[_translate(typing.get_args(kind)[0])]
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return mirror(kind)
    return kind


def _constraints(extras: list[Any]) -> dict[str, Any]:
    items: list[Any] = []
    for extra in extras:
        items.extend(extra.metadata if isinstance(extra, FieldInfo) else [extra])
    meta: dict[str, Any] = {}
    for item in items:
        if isinstance(item, annotated_types.MinLen):
            meta["min_length"] = item.min_length
        elif isinstance(item, annotated_types.MaxLen):
            meta["max_length"] = item.max_length
        elif isinstance(item, annotated_types.Ge):
            meta["ge"] = item.ge
        elif getattr(item, "pattern", None):
            meta["pattern"] = item.pattern
    return meta


TIMELINE_DECODER = msgspec.json.Decoder(mirror(Timeline))
STEP = 2000  # events decoded per step: a few milliseconds, so other threads get their turn


def _outline() -> type[msgspec.Struct]:
    """The timeline's twin with each event left as raw JSON, to be decoded step by step."""
    twin = mirror(Timeline)
    fields: list[tuple[Any, ...]] = []
    for name, kind, default in zip(twin.__struct_fields__, twin.__annotations__.values(),
                                   (msgspec.NODEFAULT,) * (len(twin.__struct_fields__)
                                                           - len(twin.__struct_defaults__))
                                   + twin.__struct_defaults__, strict=True):
        kind = list[msgspec.Raw] if name == "events" else kind
        fields.append((name, kind) if default is msgspec.NODEFAULT else (name, kind, default))
    return msgspec.defstruct("TimelineOutline", fields, kw_only=True, frozen=True,
                             forbid_unknown_fields=True, gc=False)


OUTLINE_DECODER = msgspec.json.Decoder(_outline())
EVENTS_DECODER = msgspec.json.Decoder(list[mirror(Event)])


def decode_timeline(data: bytes, step: Callable[[int, int], None] | None = None) -> Timeline:
    """Decodes and type-checks ``data``; raises ``msgspec.ValidationError``/``DecodeError``.

    The result has the attributes of :class:`Timeline` (and its nested models). With ``step``,
    events are decoded a few thousand at a time and ``step(done, total)`` is called after each
    batch: a thread that loads in the background then lets the GUI thread run (one decode of
    100,000 events would hold the interpreter for over a second), and can stop there by
    raising."""
    if step is None:
        return TIMELINE_DECODER.decode(data)
    outline = OUTLINE_DECODER.decode(data)
    raw, decode = outline.events, EVENTS_DECODER.decode
    events: list[Any] = []
    step(0, len(raw))
    buffer = memoryview(data)
    for first in range(0, len(raw), STEP):
        batch = raw[first:first + STEP]
        # The events of a batch lie side by side in the file: one slice, one decode.
        start, end = _offset(batch[0], data), _offset(batch[-1], data) + len(batch[-1])
        if 0 <= start < end <= len(data):
            events += decode(b"[" + buffer[start:end] + b"]")
        else:  # not views into ``data`` after all: one by one
            events += [decode(b"[" + bytes(item) + b"]")[0] for item in batch]
        step(len(events), len(raw))
    fields = {name: getattr(outline, name) for name in outline.__struct_fields__}
    return mirror(Timeline)(**{**fields, "events": events})


def _offset(raw: msgspec.Raw, data: bytes) -> int:
    """Where a raw item lies in ``data`` (a Raw is a view into the buffer it was decoded
    from)."""
    return np.frombuffer(raw, np.uint8).ctypes.data - np.frombuffer(data, np.uint8).ctypes.data


def replace(item: Any, **changes: Any) -> Any:
    """A copy of an object in memory (a Struct twin) with some fields changed."""
    return msgspec.structs.replace(in_memory(item), **changes)


def in_memory(item: Any) -> Any:
    """``item`` as the program holds it: a model instance becomes its validated twin (through
    its JSON, so values read exactly as from a file); a twin is returned as it is."""
    if isinstance(item, BaseModel):
        return msgspec.json.decode(item.model_dump_json(), type=mirror(type(item)))
    return item


def build(model: type[BaseModel], **fields: Any) -> Any:
    """A new object of ``model``, validated by the model (its messages on error), as its twin.
    Field values may be twins, model instances or plain values."""
    return in_memory(model.model_validate({key: _plain(value) for key, value in fields.items()}))


def _plain(value: Any) -> Any:
    if isinstance(value, msgspec.Struct):
        return msgspec.to_builtins(value)
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def as_model(item: Any, model: type[BaseModel]) -> BaseModel:
    """A twin as its pydantic model, for the model's validation and its messages (raises
    pydantic's ``ValidationError``)."""
    return model.model_validate_json(msgspec.json.encode(item))
