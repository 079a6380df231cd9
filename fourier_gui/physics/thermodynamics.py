"""Heat conduction near equilibrium (eq. 16): one subunit in a canonical state at temperature T.

Z = 1 + n e^{−1/T}, u = n e^{−1/T}/Z (its excitation probability), c = du/dT = n e^{−1/T}/(T² Z²),
κ = γ·c (eq. 16). A local excitation probability P defines a local temperature 1/T = ln(n(1−P)/P).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.criteria import hamiltonian_rate


def _boltzmann(levels, temperature: np.ndarray, energy=1.0) -> np.ndarray:
    t = np.asarray(temperature, dtype=float)
    with np.errstate(divide="ignore", over="ignore"):
        return np.asarray(levels, dtype=float) * np.exp(-np.asarray(energy, dtype=float) / t)


def partition_function(levels: int, temperature) -> np.ndarray:
    """Z(T) = 1 + n e^{−1/T}."""
    return 1.0 + _boltzmann(levels, temperature)


def internal_energy(levels: int, temperature) -> np.ndarray:
    """u(T) = n e^{−1/T} / Z, the mean energy of one subunit (ΔE = 1)."""
    w = _boltzmann(levels, temperature)
    return w / (1.0 + w)


def specific_heat(levels, temperature, energy=1.0) -> np.ndarray:
    """c(T) = du/dT = n e^{−1/T} / (T² Z²); for a band at excitation energy E (ΔE + Δ_μ) n·(E/T)²·e^{−E/T}/Z²."""
    t = np.asarray(temperature, dtype=float)
    e = np.asarray(energy, dtype=float)
    w = _boltzmann(levels, t, e)
    return w * e**2 / (t**2 * (1.0 + w) ** 2)


def conductivity(levels: int, lam: float, bandwidth: float, temperature) -> np.ndarray:
    """Eq. (16): κ(T) = γ·c(T) = (2πλ²n²/δε)(1/T)² e^{−1/T} / (1 + n e^{−1/T})²."""
    return hamiltonian_rate(levels, lam, bandwidth) * specific_heat(levels, temperature)


def local_temperature(levels, probability, energy=1.0) -> np.ndarray:
    """T from E/T = ln(n(1−P)/P), the canonical share P = n·e^{−E/T}/(1 + n·e^{−E/T}) of a subunit with n
    levels at excitation energy E (ΔE + Δ_μ; `levels` and `energy` broadcast against P's last axis, one
    per site): 0 for P = 0, ∞ at P = n/(n+1), negative (inverted) above it."""
    p = np.asarray(probability, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # P → 0: T → 0 (set below)
        inverse = np.log(np.asarray(levels, dtype=float) * (1.0 - p) / p)
        t = np.asarray(energy, dtype=float) / inverse
    return np.where(p <= 0.0, 0.0, t)


def conductivity_maximum(levels: int, lam: float, bandwidth: float, t_min: float = 1e-3, t_max: float = 10.0):
    """(T*, κ(T*)) at the maximum of κ(T), found on a fine logarithmic grid refined by a bounded search."""
    from fourier_gui.physics.optimize import minimize_bounded

    grid = np.geomspace(t_min, t_max, 2000)
    k = conductivity(levels, lam, bandwidth, grid)
    i = int(np.argmax(k))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, grid.size - 1)]
    t_star = minimize_bounded(lambda t: -float(conductivity(levels, lam, bandwidth, t)), lo, hi, xtol=1e-12)
    return t_star, float(conductivity(levels, lam, bandwidth, t_star))


@dataclass(frozen=True)
class ConductivityCurve:
    """κ(T) and c(T) of eq. (16) on a grid of temperatures, with the maximum (T*, κ(T*)) of κ."""

    temperatures: np.ndarray
    kappa: np.ndarray
    specific_heat: np.ndarray
    peak_temperature: float
    peak_kappa: float


def conductivity_curve(levels: int, lam: float, bandwidth: float, temperatures: np.ndarray) -> ConductivityCurve:
    """κ(T) = γ·c(T) (eq. 16) and c(T) at `temperatures`, with the maximum of κ."""
    t_star, k_star = conductivity_maximum(levels, lam, bandwidth)
    kappa = conductivity(levels, lam, bandwidth, temperatures)
    return ConductivityCurve(temperatures, kappa, specific_heat(levels, temperatures), t_star, k_star)
