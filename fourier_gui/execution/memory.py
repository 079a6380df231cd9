"""The machine's free memory: the one reader of /proc/meminfo. A leaf module (no project imports), so that
the file readers of io/ may ask it before they load anything (docs/architecture.md, "Layers")."""

from __future__ import annotations

import os

MEMINFO = "/proc/meminfo"


def available_memory() -> int | None:
    """Free memory in bytes (MemAvailable on Linux, free physical pages elsewhere), or None if unknown."""
    try:
        with open(MEMINFO, encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


__all__ = ["available_memory"]
