"""The command line (docs/contracts.md): `fourier-gui`, `simulate`, `sweep`, `presets`.

The thread policy (idle BLAS and OpenMP threads sleep) is set by `import fourier_gui` itself, before this
package and numpy load (execution/thread_policy.py).
"""

from fourier_gui.cli.main import gui_main, main

__all__ = ["gui_main", "main"]
