"""Reads a source report safely: inside its folder, UTF-8, exact characters, hashed once."""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath, PureWindowsPath


class SourceUnreadable(ValueError):
    """The source file cannot serve as evidence; the message says why and what to do."""


def read_source(folder: Path, relative: str) -> tuple[str, str]:
    """The exact text of ``relative`` inside ``folder`` and the SHA-256 of its bytes.

    The text is decoded without newline translation, so quote offsets count the characters
    that are really in the file.
    """
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).is_absolute():
        raise SourceUnreadable(f"'{relative}' is an absolute path; give it relative to the "
                               "sources folder")
    root = folder.resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root):
        raise SourceUnreadable(f"'{relative}' lies outside the sources folder {root}; "
                               "move the file into that folder")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceUnreadable(f"'{relative}' does not exist in {root}") from None
    except OSError as error:
        raise SourceUnreadable(f"'{relative}' cannot be read: {error.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceUnreadable(f"'{relative}' is not UTF-8 text (byte {error.start} cannot be "
                               "decoded); convert it to UTF-8 and update its hash") from None
    return text, hashlib.sha256(data).hexdigest()
