"""Atomic file writes: a reader sees the old file or the new one, never half of either.

The new bytes go to a temporary file in the target's folder (same file system, so the final
rename is atomic), are flushed and synced, replace the target, and the folder is synced so the
rename itself survives a crash. A symlink is followed: its target is replaced and the link
stays a link. An existing file keeps its permission bits (a fresh temporary file would have
0600); a new file gets what the umask allows, as ``open`` would give it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

STALE_S = 3600  # a temporary file of a save this old was left by a save that was killed


def write_atomic(path: Path | str, data: bytes | Iterable[bytes]) -> None:
    """Replaces ``path`` with ``data`` (bytes, or pieces of them written in turn)."""
    target = Path(os.path.realpath(path))  # through symlinks, to the file they name
    folder = target.parent
    _remove_stale(folder, target.name)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(data, bytes):
                stream.write(data)
            else:
                for piece in data:
                    stream.write(piece)
            stream.flush()
            os.chmod(temporary, _mode_for(target))
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _remove_stale(folder: Path, name: str) -> None:
    """Temporary files of earlier saves of ``name`` that never finished (the process was
    killed between writing and renaming) are removed once they are an hour old; a younger
    one may belong to a save still running in another process."""
    now = time.time()
    for stale in folder.glob(f".{glob.escape(name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_S:
                stale.unlink()


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask. Linux tells it without changing it; elsewhere it is set and set
    back (for an instant another thread's new file could get no umask)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _sync_folder(folder: Path) -> None:
    """Makes the rename durable; some systems cannot open or sync a folder (then it is
    left to the file system)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
