"""What the window shows of a run before it runs: closed forms of the panel's parameters, computed once
per change of parameters by the `RunModel` (docs/architecture.md, "The run model"), read by the views."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.model import band_energies
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.thermodynamics import ConductivityCurve, conductivity_curve

#: The temperatures of the κ(T) view (ΔE/k_B).
PREVIEW_TEMPERATURES = (0.01, 1.0, 400)


@dataclass(frozen=True)
class RunPreview:
    """The closed-form views of one set of parameters: κ(T) and c(T) of eq. (16), the band's levels."""

    parameters: SimulationParameters
    conductivity: ConductivityCurve
    level_energies: np.ndarray  # (n,) ε_i, absolute (ΔE = 1), for the level diagram


def run_preview(params: SimulationParameters) -> RunPreview:
    """Microseconds to milliseconds of numpy: made on the GUI thread when the parameters change."""
    temperatures = np.linspace(*PREVIEW_TEMPERATURES)
    curve = conductivity_curve(params.levels, params.lam, params.bandwidth, temperatures)
    energies = band_energies(params.levels, params.bandwidth)
    for array in (curve.temperatures, curve.kappa, curve.specific_heat, energies):
        array.flags.writeable = False
    return RunPreview(params, curve, energies)
