"""The fused kernel's warm-up as the engine sees it: start loading it when a window opens, and whether a run
will still wait for it (the machine's free memory is execution/memory.py's)."""

from __future__ import annotations

from fourier_gui.execution import fused_kernel
from fourier_gui.physics.cost import double_coupling_bytes
from fourier_gui.physics.parameters import SimulationParameters


def warm_up_kernels() -> bool:
    """Start loading the fused kernels in the background now (a window just opened), so that no first large
    run waits for their compile; True if a load started."""
    if not fused_kernel.pending(fused_kernel.MIN_BLOCK_BYTES):
        return False
    fused_kernel.preload(fused_kernel.MIN_BLOCK_BYTES)
    return True


def kernels_loading() -> bool:
    """True while a background load of the kernels has not ended."""
    return fused_kernel.loading()


def kernel_load_pending(params: SimulationParameters) -> bool:
    """True if this run will first load the fused kernels into this process (≈ 0.5 s; the very first time
    on a machine numba compiles them, ≈ 9 s): worth a word in the window's status."""
    return fused_kernel.pending(double_coupling_bytes(params))
