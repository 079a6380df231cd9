"""The Hilbert Space Average Method prediction (eqs. 10–13): diffusive rate equations and their solution.

dP/dt = −γ·L·P with L the Laplacian of the path graph (free ends). L = Σ_q λ_q v_q v_qᵀ with
λ_q = 2 − 2cos(qπ/N) and v_q(μ) ∝ cos(qπ(μ − ½)/N), q = 0 … N−1, so P(t) is a closed form. On any other
system HAM is generalised to golden-rule rates between neighbouring bands (docs/physics.md §6).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics import transport
from fourier_gui.physics.criteria import hamiltonian_rate
from fourier_gui.physics.golden_rule import (
    bands_aligned,
    cell_probabilities,
    cell_rates,
    energy_cells,
    initial_cell_populations,
    resolved_currents,
)
from fourier_gui.physics.system import System


def path_laplacian(sites: int) -> np.ndarray:
    """L of the chain with free ends: (L P)_μ = (P_μ − P_{μ−1}) + (P_μ − P_{μ+1}), missing neighbours left out."""
    lap = 2.0 * np.eye(sites) - np.eye(sites, k=1) - np.eye(sites, k=-1)
    lap[0, 0] = lap[-1, -1] = 1.0
    return lap


def laplacian_modes(sites: int) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues 2 − 2cos(qπ/N) and orthonormal cosine eigenvectors (columns) of the path Laplacian."""
    q = np.arange(sites)
    mu = np.arange(sites)
    eigenvalues = 2.0 - 2.0 * np.cos(q * np.pi / sites)
    modes = np.cos(np.pi * np.outer(mu + 0.5, q) / sites)
    modes /= np.linalg.norm(modes, axis=0)
    return eigenvalues, modes


def ham_probabilities(initial: np.ndarray, gamma: float, times: np.ndarray) -> np.ndarray:
    """Eqs. (11–13): P(t) = Σ_q v_q (v_q·P(0)) e^{−γλ_q t}, shape (M, N)."""
    p0 = np.asarray(initial, dtype=float)
    eigenvalues, modes = laplacian_modes(p0.size)
    amplitudes = modes.T @ p0  # (N,)
    decay = np.exp(-gamma * np.outer(np.asarray(times, dtype=float), eigenvalues))  # (M, N)
    return (decay * amplitudes[None, :]) @ modes.T


def currents(probabilities: np.ndarray, gamma: float) -> np.ndarray:
    """Discrete Fourier law J_μ = −γ(P_{μ+1} − P_μ), the current from site μ to μ+1; shape (..., N−1)."""
    p = np.asarray(probabilities, dtype=float)
    return -gamma * np.diff(p, axis=-1)


def equilibrium(sites: int) -> np.ndarray:
    """The long-time limit P_μ = 1/N (equipartition of the excitation)."""
    return np.full(sites, 1.0 / sites)


def rate_matrix(
    site_levels: np.ndarray, bandwidth: float, edges: list[tuple[int, int]], lams: np.ndarray
) -> np.ndarray:
    """HAM generalised to aligned bands (docs/physics.md §6): k_ab = 2π·λ_ab²·ρ_b with ρ_b = n_b/δε (eq. 10
    per edge); K (N × N) with dP/dt = K·P, columns sum to 0. Bands at different energies need the
    energy-resolved rule (physics/golden_rule.py)."""
    k = np.zeros((len(site_levels), len(site_levels)))
    for (a, b), lam in zip(edges, lams, strict=True):
        for src, dst in ((a, b), (b, a)):
            rate = 2.0 * math.pi * lam**2 * (site_levels[dst] / bandwidth)
            k[dst, src] += rate
            k[src, src] -= rate
    return k


def rate_probabilities(p0: np.ndarray, rates: np.ndarray, site_levels: np.ndarray, times: np.ndarray) -> np.ndarray:
    """P(t) = e^{Kt}·P(0) for all times, (M, N). Detailed balance (k_ab·n_a = k_ba·n_b) makes
    S = N^{−½} K N^{½} symmetric (N = diag n_μ): one `eigh`, real and stable."""
    root = np.sqrt(np.asarray(site_levels, dtype=float))
    symmetric = rates * root[None, :] / root[:, None]
    values, vectors = np.linalg.eigh(0.5 * (symmetric + symmetric.T))
    coeff = vectors.T @ (p0 / root)
    return (np.exp(np.outer(times, values)) * coeff) @ vectors.T * root


def system_rates(system: System, bandwidth: float) -> np.ndarray:
    """The golden-rule rate matrix K of a system of aligned bands (`rate_matrix`)."""
    return rate_matrix(system.site_levels, bandwidth, list(system.edges), system.lams)


def edge_rates(system: System, bandwidth: float) -> np.ndarray:
    """The golden-rule rates of every edge (a, b) of aligned bands in both directions, (E, 2): k_ab (from a
    into b) and k_ba, the entries K[b, a] and K[a, b] of `rate_matrix` (γ both ways on the uniform chain, eq. 10)."""
    a, b = system.ends[:, 0], system.ends[:, 1]
    levels = system.site_levels.astype(float)
    scale = 2.0 * math.pi * system.lams**2 / bandwidth
    return np.column_stack([scale * levels[b], scale * levels[a]])


def chain_rate(system: System, bandwidth: float) -> float:
    """γ of eq. (10) for the uniform chain's n and λ."""
    return hamiltonian_rate(int(system.site_levels[0]), float(system.lams[0]), bandwidth)


@dataclass(frozen=True)
class HamSolution:
    """HAM's P_μ(t) (M, N) and current on every edge (M, E) on a system; on bands at different energies also
    the golden rule's rate matrix of each energy cell (C, N, N), which the exact run's drive needs too."""

    probabilities: np.ndarray
    currents: np.ndarray
    cell_rates: np.ndarray | None = None


def ham_on_system(
    p0: np.ndarray, system: System, bandwidth: float, times: np.ndarray, start_energy: dict[int, float] | None = None
) -> HamSolution:
    """HAM on a system: the closed form of eqs. (11–13) and γ(P_μ − P_{μ+1}) on the uniform chain;
    e^{Kt}·P(0) and k_ab·P_a − k_ba·P_b of the golden-rule rates on aligned bands; the energy-resolved golden
    rule (physics/golden_rule.py) on bands at different energies. `start_energy`: a site that starts in one
    level, with that level's energy relative to the gap."""
    edges = list(system.edges)
    if system.is_uniform_chain:
        gamma = chain_rate(system, bandwidth)
        probabilities = ham_probabilities(p0, gamma, times)
        return HamSolution(probabilities, transport.ham_currents(probabilities, gamma, edges))
    if bands_aligned(system.offsets, bandwidth):
        probabilities = rate_probabilities(p0, system_rates(system, bandwidth), system.site_levels, times)
        return HamSolution(probabilities, transport.rate_currents(probabilities, edge_rates(system, bandwidth), edges))
    cells = energy_cells(system.site_levels, system.offsets, bandwidth)
    rates = cell_rates(cells, edges, system.lams)
    populations = cell_probabilities(initial_cell_populations(p0, cells, start_energy), rates, cells, times)
    return HamSolution(populations.sum(axis=1), resolved_currents(populations, rates, edges), rates)


def exact_drive(
    probabilities: np.ndarray,
    cell_populations: np.ndarray | None,
    rates: np.ndarray | None,
    system: System,
    bandwidth: float,
) -> np.ndarray:
    """The golden-rule drive of the exact populations on every edge, (M, E): k_ab·P_a − k_ba·P_b on aligned
    bands; Σ_c (k_ab(c)·p_a(c) − k_ba(c)·p_b(c)) of the populations per energy cell (M, C, N) with the cells'
    `rates` (`HamSolution.cell_rates`) otherwise."""
    edges = list(system.edges)
    if cell_populations is None or rates is None:
        return transport.rate_currents(probabilities, edge_rates(system, bandwidth), edges)
    return resolved_currents(cell_populations, rates, edges)
