"""What the window shows of a run before it runs: closed forms of the panel's parameters, computed once
per change of parameters by the `RunModel` (docs/architecture.md, "The run model"), read by the views."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.model import band_energies
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.thermodynamics import ConductivityCurve, conductivity_curve

#: The temperatures of the κ(T) view (ΔE/k_B).
PREVIEW_TEMPERATURES = (0.01, 1.0, 400)


@dataclass(frozen=True)
class RunPreview:
    """The closed-form views of one set of parameters: κ(T) and c(T) of eq. (16), the band's levels, and
    where the energy starts."""

    parameters: SimulationParameters
    conductivity: ConductivityCurve
    level_energies: np.ndarray  # (n,) ε_i, absolute (ΔE = 1), for the level diagram
    initial_populations: np.ndarray  # (N,) P_μ(0) of the initial state, shown before the first run


def run_preview(params: SimulationParameters) -> RunPreview:
    """Microseconds to milliseconds of numpy: made on the GUI thread when the parameters change."""
    temperatures = np.linspace(*PREVIEW_TEMPERATURES)
    curve = conductivity_curve(params.levels, params.lam, params.bandwidth, temperatures)
    energies = band_energies(params.levels, params.bandwidth)
    try:  # parameters that were never validated (a run refused later, with its one line) preview no start
        start = parse_initial_spec(params.initial, params.sites, params.levels).probabilities(params.sites)
    except ParameterError:
        start = np.full(params.sites, np.nan)
    for array in (curve.temperatures, curve.kappa, curve.specific_heat, energies, start):
        array.flags.writeable = False
    return RunPreview(params, curve, energies, start)
