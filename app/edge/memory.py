"""The C heap of a serving process: large blocks go back to the system when freed.

glibc serves an allocation over its mmap threshold (128 KiB at first) from its own
mapping, returned on free; but each such free raises the threshold, up to 32 MiB, after
which large bodies and URLs come from the heap, whose freed holes a process keeps. A
flood of distinct long URLs then leaves the RSS far above what the caches hold. A fixed
threshold keeps the RSS within what the caches count (measured in `bench/hostile.py`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 64 * 1024  # bytes: larger blocks get their own mapping
TRIM_THRESHOLD = 1024 * 1024  # bytes: free heap top past this goes back to the system


def bound_heap() -> bool:
    """Fix glibc's thresholds; False where the C library is not glibc (musl, macOS)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(name)
        return bool(
            libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
            and libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
        )
    return False
