"""Reads a source report safely: inside its folder, UTF-8, exact characters, hashed once."""

from __future__ import annotations

import hashlib
import stat
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
    if path.exists() and not path.is_file():
        # A named pipe or a device would make reading wait forever; a folder is no report.
        raise SourceUnreadable(f"'{relative}' is {_kind_of(path)}, not a file; a report must "
                               "be a plain text file")
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


def _kind_of(path: Path) -> str:
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"


def plain_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file without waiting forever (``None`` if it can)."""
    if path.exists() and not path.is_file():
        return f"is {_kind_of(path)}, not a file"
    return None
