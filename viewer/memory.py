"""How the app's process keeps the memory it frees, where the C library lets it say so.

An edit of a large timeline makes and frees arrays as long as the timeline (100,000 events:
a few dozen of 0.8 MB each per edit). With glibc's defaults the freed top of the heap goes
back to the system at once (above twice the largest block freed so far), and the next edit
asks for it again: fresh pages, which the kernel must find and zero. Kept instead, an edit,
its undo and its redo took 10-25% less time (``bench --edit``, 100,000 events, p50 and p95
over 40 rounds, three pairs of runs with and without), for 30 MB more at the peak.

Only glibc is asked; elsewhere (musl, macOS, Windows) nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
MIB = 1024 * 1024
KEPT_FREE = 256 * MIB   # free memory at the top of the heap that is kept, not given back
OWN_MAPPING = 32 * MIB  # blocks at least this large get a mapping of their own (glibc's most)
kept = False  # whether this process keeps what it frees (benchmarks report it)


def keep_freed_memory() -> bool:
    """Asks glibc to keep up to 256 MiB of freed heap and to serve blocks under 32 MiB from
    the heap; True when it agreed (False: not glibc, or it refused)."""
    global kept
    if platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        kept = bool(libc.mallopt(M_MMAP_THRESHOLD, OWN_MAPPING)) and \
            bool(libc.mallopt(M_TRIM_THRESHOLD, KEPT_FREE))
    except (OSError, AttributeError):
        kept = False
    return kept
