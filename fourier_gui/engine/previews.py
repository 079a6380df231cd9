"""Cheap closed-form quantities the window shows beside a run (computed here, not in ui/).

Each is microseconds to milliseconds of numpy, so they are called synchronously on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.couplings import band_energies
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.thermodynamics import (
    conductivity,
    conductivity_maximum,
    specific_heat,
)


@dataclass(frozen=True)
class ConductivityCurve:
    temperatures: np.ndarray
    kappa: np.ndarray
    specific_heat: np.ndarray
    peak_temperature: float
    peak_kappa: float


def conductivity_curve(params: SimulationParameters, t_min: float = 0.01, t_max: float = 1.0, points: int = 400):
    """κ(T) and c(T) of eq. (16) for the parameters' n, λ, δε, with the maximum of κ."""
    t = np.linspace(t_min, t_max, points)
    t_star, k_star = conductivity_maximum(params.levels, params.lam, params.bandwidth)
    return ConductivityCurve(
        t,
        conductivity(params.levels, params.lam, params.bandwidth, t),
        specific_heat(params.levels, t),
        t_star,
        k_star,
    )


def level_energies(params: SimulationParameters) -> np.ndarray:
    """The band energies ε_i (absolute, ΔE = 1) for the level diagram."""
    return band_energies(params.levels, params.bandwidth)


def correlation_job(params: SimulationParameters):
    """f(τ) (eq. 9) for the first bond of the couplings `params` draw (run it with Engine.start_call)."""
    from fourier_gui.physics.analysis import parameters_correlation

    return parameters_correlation(params)
