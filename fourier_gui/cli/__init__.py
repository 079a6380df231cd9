"""The command line (docs/contracts.md): `fourier-gui`, `simulate`, `sweep`, `presets`."""

import os

# Threads that share the machine (README, "Sharing the machine"), set before numpy and numba load their
# thread pools; a value the user set wins. Idle OpenBLAS threads spin ≈ 2^28 cycles before they sleep, and
# OpenMP's (the fused kernel's, through numba) spin at every barrier: on a busy machine a thread that lost its
# core keeps the other spinning. Beside two busy processes Fig. 2 took 31 s in three runs of five instead of
# 1.4 s, ten-sites 12–46 s instead of 8 s; quiet, both cost nothing measurable (ten-sites +4 %).
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from fourier_gui.cli.main import gui_main, main  # after the environment is set

__all__ = ["gui_main", "main"]
