"""What the machine offers a run: its free memory, and whether the fast kernel still has to load."""

from __future__ import annotations

import os

from fourier_gui.execution import fused_kernel
from fourier_gui.physics.cost import coupling_bytes
from fourier_gui.physics.parameters import SimulationParameters

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


def kernel_load_pending(params: SimulationParameters) -> bool:
    """True if this run will first load the fused kernels into this process (≈ 0.5 s; the very first time
    on a machine numba compiles them, ≈ 9 s): worth a word in the window's status."""
    return fused_kernel.pending(coupling_bytes(params))
