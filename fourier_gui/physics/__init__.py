"""The physics of the modular chain: formulas on arrays, no Qt, no files, no threads.

Runs are executed by `fourier_gui.execution`::

    from fourier_gui.physics import SimulationParameters
    from fourier_gui.execution import simulate
    result = simulate(SimulationParameters(sites=3, levels=500))
"""

from typing import TYPE_CHECKING

from fourier_gui.physics.parameters import ParameterError, SimulationParameters

if TYPE_CHECKING:
    from fourier_gui.physics.simulation import SimulationResult

__all__ = ["ParameterError", "SimulationParameters", "SimulationResult"]


def __getattr__(name: str) -> object:
    """`SimulationResult` on first use: importing the package (as every module below it does) stays cheap."""
    if name == "SimulationResult":
        from fourier_gui.physics.simulation import SimulationResult

        return SimulationResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
