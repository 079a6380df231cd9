"""The physics of the modular chain: pure numpy, no Qt, no files.

Everything the window shows can be computed from a Python prompt::

    from fourier_gui.physics import SimulationParameters, simulate
    result = simulate(SimulationParameters(sites=3, levels=500))
"""

from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.simulation import ExactRun, SimulationResult, simulate

__all__ = ["ExactRun", "ParameterError", "SimulationParameters", "SimulationResult", "simulate"]
