"""The Python API (docs/api.md): `simulate`, `sweep` and `read`, the command line's equals from a script or a
notebook, and the objects they return (`Run`, `Sweep`, `Table`). No Qt: it runs headless, without PySide6.

`import fourier_gui` makes them its own attributes, loaded on first use (`fourier_gui.simulate`, …).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fourier_gui.api.files import Table, read
    from fourier_gui.api.frames import MissingPackageError
    from fourier_gui.api.runs import Run, simulate
    from fourier_gui.api.sweeps import Sweep, sweep

#: Each public name and the module that holds it.
HOMES = {
    "simulate": "runs",
    "Run": "runs",
    "sweep": "sweeps",
    "Sweep": "sweeps",
    "read": "files",
    "Table": "files",
    "MissingPackageError": "frames",
}
__all__ = ["MissingPackageError", "Run", "Sweep", "Table", "read", "simulate", "sweep"]


def __getattr__(name: str) -> object:
    """A public name on first use: `import fourier_gui` loads neither numpy nor the physics until then."""
    if name in HOMES:
        from importlib import import_module

        return getattr(import_module(f"fourier_gui.api.{HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
