"""The command line (docs/contracts.md): `fourier-gui`, `simulate`, `sweep`, `presets`."""

from fourier_gui.cli.main import gui_main, main

__all__ = ["gui_main", "main"]
