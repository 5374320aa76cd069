"""A cache of built search indexes, keyed by a hash of what was indexed.

Building the index of 100,000 events takes seconds; opening a cached copy takes well under one.
A cached index is a SQLite file named by the SHA-256 of the index format and of every document
in the order it is numbered, so any change to an event, a report or the way text is folded
gives a new name and the old file is simply not used again (the oldest are removed). Files are
written under a temporary name and renamed, so a reader never sees half of one.

The cache lives in the user's cache folder (``$XDG_CACHE_HOME/timeline-viewer/search`` and its
equivalents), or where ``TIMELINE_VIEWER_CACHE`` points; an empty ``TIMELINE_VIEWER_CACHE``
turns it off. A cache that cannot be read or written is skipped: search still works.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

from viewer.domain.files.places import user_cache

FORMAT = "search-index/4"  # change whenever folding, tokenizers or numbering change
KEEP = 4                   # cached indexes kept; older ones are removed
READERS = 2                # connections per open index (a query may use two threads)
MMAP_BYTES = 1 << 32       # map the whole file (SQLite caps this at its own limit)


def default_cache_dir() -> Path | None:
    """Where cached indexes go; ``None`` when caching is turned off."""
    chosen = os.environ.get("TIMELINE_VIEWER_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    return user_cache("search")


def content_key(documents: Iterable[str]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for document in documents:
        data = document.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def path_for(directory: Path, key: str) -> Path:
    return directory / f"{key}.sqlite"


def open_readers(directory: Path, key: str, documents: int,
                 count: int = READERS) -> list[sqlite3.Connection] | None:
    """``count`` read-only connections to the cached index for ``key``, if there is a sound one.
    """
    return open_path(path_for(directory, key), documents, count)


def open_path(path: Path, documents: int,
              count: int = READERS) -> list[sqlite3.Connection] | None:
    """``count`` read-only connections to the index in ``path``, if it is sound and holds
    ``documents`` documents (a damaged one is removed, so that the next build replaces it).

    The file is opened as immutable (it is never changed in place, only replaced or removed)
    and memory-mapped, so queries read the operating system's page cache: as fast as an index
    in memory, shared by the connections, and given back when memory is short."""
    if not path.is_file():
        return None
    readers: list[sqlite3.Connection] = []
    try:
        for _ in range(count):
            reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                     check_same_thread=False)
            readers.append(reader)
            reader.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        tri = readers[0].execute("SELECT count(*) FROM tri_docsize").fetchone()[0]
        words = readers[0].execute("SELECT count(*) FROM words_docsize").fetchone()[0]
        if tri != documents or words != documents:
            raise sqlite3.DatabaseError("the cached index holds other documents")
    except sqlite3.Error:
        for reader in readers:
            reader.close()
        with contextlib.suppress(OSError):
            path.unlink()  # damaged or from elsewhere: the next build replaces it
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return readers


def store(db: sqlite3.Connection, directory: Path, key: str) -> Path | None:
    """Writes ``db`` to the cache; returns the file, or ``None`` when the cache is not writable."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=directory)
        os.close(handle)
        os.unlink(temporary)  # VACUUM INTO wants to create the file itself
        try:
            db.execute("VACUUM INTO ?", (temporary,))
            path = directory / f"{key}.sqlite"
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    except (OSError, sqlite3.Error):
        return None
    _prune(directory)
    return path


def _prune(directory: Path) -> None:
    cached = sorted(directory.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in cached[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
