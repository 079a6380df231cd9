"""The physics of the modular chain: formulas on arrays, no Qt, no files, no threads.

Runs are executed by `fourier_gui.execution`::

    from fourier_gui.physics import SimulationParameters
    from fourier_gui.execution import simulate
    result = simulate(SimulationParameters(sites=3, levels=500))
"""

from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.simulation import SimulationResult

__all__ = ["ParameterError", "SimulationParameters", "SimulationResult"]
