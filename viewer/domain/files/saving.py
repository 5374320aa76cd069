"""Writes a timeline file: stable, diff-friendly, atomic.

The bytes depend only on the timeline: keys in the order the models define them, two spaces of
indent, one line per field (so each quote is a block of its own lines and a changed offset is
a one-line diff), UTF-8 as written (no ``\\u`` escapes), a field at its default left out, and a
final newline. Loading a saved file and saving it again gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from viewer.domain.files.atomic import write_atomic
from viewer.domain.format.fast_load import in_memory

_ENCODER = msgspec.json.Encoder(decimal_format="string")


def timeline_bytes(timeline: Any) -> bytes:
    return msgspec.json.format(_ENCODER.encode(in_memory(timeline)), indent=2) + b"\n"


def save_timeline(path: Path | str, timeline: Any) -> None:
    """Replaces ``path`` with the timeline, atomically (see :func:`write_atomic`)."""
    write_atomic(Path(path), timeline_bytes(timeline))
