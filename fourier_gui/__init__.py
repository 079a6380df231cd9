"""fourier-gui: watch Fourier's law emerge from Schrödinger dynamics.

Michel, Mahler, Gemmer, "Fourier's Law from Schrödinger Dynamics", PRL 95, 180602 (2005).

From Python (docs/api.md)::

    import fourier_gui
    run = fourier_gui.simulate("fig2", levels=200)      # a Run: times, exact, ham, currents, verdict, summary
    table = fourier_gui.sweep("levels", [100, 200, 300], preset="fig3", seeds=3)
    again = fourier_gui.read("fig2.csv")                # any file the app writes

Importing the package sets the thread policy (execution/thread_policy.py) before numpy loads, and nothing more:
the API's names load on first use, and none of them imports Qt.
"""

from typing import Any

from fourier_gui.execution.thread_policy import apply_thread_policy

__version__ = "0.1.0"

apply_thread_policy()  # before numpy and numba load their thread pools

__all__ = ["MissingPackageError", "Run", "Sweep", "Table", "__version__", "read", "simulate", "sweep"]


def __getattr__(name: str) -> Any:
    """`simulate`, `sweep`, `read` and their objects on first use (fourier_gui/api/; typed there, for a type
    checker: `from fourier_gui.api import simulate`)."""
    if name not in __all__:  # `__wrapped__`, `__path__`, …: asked by inspect and importers, answered at once
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    api = import_module("fourier_gui.api")  # not `from fourier_gui import api`: that asks this function again
    return getattr(api, name)
