"""The Hilbert Space Average Method prediction (eqs. 10–13): diffusive rate equations and their solution.

dP/dt = −γ·L·P with L the Laplacian of the path graph (free ends). L = Σ_q λ_q v_q v_qᵀ with
λ_q = 2 − 2cos(qπ/N) and v_q(μ) ∝ cos(qπ(μ − ½)/N), q = 0 … N−1, so P(t) is a closed form. On any other
system HAM is generalised to golden-rule rates between neighbouring bands (docs/physics.md §6).
"""

from __future__ import annotations

import math

import numpy as np

from fourier_gui.physics import transport
from fourier_gui.physics.criteria import hamiltonian_rate
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
    site_levels: np.ndarray, offsets: np.ndarray, bandwidth: float, edges: list[tuple[int, int]], lams: np.ndarray
) -> np.ndarray:
    """HAM generalised (docs/physics.md §6): k_ab = 2π·λ_ab²·ρ_b·O_ab with ρ_b = n_b/δε and O_ab the
    overlap max(0, 1 − |Δ_a − Δ_b|/δε) of equal-width bands; K (N × N) with dP/dt = K·P, columns sum to 0."""
    k = np.zeros((len(site_levels), len(site_levels)))
    for (a, b), lam in zip(edges, lams, strict=True):
        overlap = max(0.0, 1.0 - abs(float(offsets[a]) - float(offsets[b])) / bandwidth)
        for src, dst in ((a, b), (b, a)):
            rate = 2.0 * math.pi * lam**2 * (site_levels[dst] / bandwidth) * overlap
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
    """The golden-rule rate matrix K of a system (`rate_matrix`)."""
    return rate_matrix(system.site_levels, system.offsets, bandwidth, list(system.edges), system.lams)


def edge_rates(system: System, bandwidth: float) -> np.ndarray:
    """The golden-rule rates of every edge (a, b) in both directions, (E, 2): k_ab (from a into b) and k_ba,
    the entries K[b, a] and K[a, b] of `rate_matrix` (γ both ways on the uniform chain, eq. 10)."""
    a, b = system.ends[:, 0], system.ends[:, 1]
    levels = system.site_levels.astype(float)
    overlap = np.maximum(0.0, 1.0 - np.abs(system.offsets[a] - system.offsets[b]) / bandwidth)
    scale = 2.0 * math.pi * system.lams**2 * overlap / bandwidth
    return np.column_stack([scale * levels[b], scale * levels[a]])


def chain_rate(system: System, bandwidth: float) -> float:
    """γ of eq. (10) for the uniform chain's n and λ."""
    return hamiltonian_rate(int(system.site_levels[0]), float(system.lams[0]), bandwidth)


def ham_on_system(p0: np.ndarray, system: System, bandwidth: float, times: np.ndarray) -> np.ndarray:
    """HAM's P_μ(t) on a system, (M, N): the closed form of eqs. (11–13) on the uniform chain, e^{Kt}·P(0)
    of the generalised rates otherwise."""
    if system.is_uniform_chain:
        return ham_probabilities(p0, chain_rate(system, bandwidth), times)
    return rate_probabilities(p0, system_rates(system, bandwidth), system.site_levels, times)


def ham_currents_on_system(probabilities: np.ndarray, system: System, bandwidth: float) -> np.ndarray:
    """HAM's current on every edge of a system, (M, E): γ(P_μ − P_{μ+1}) on the uniform chain, k_ab·P_a − k_ba·P_b
    otherwise."""
    if system.is_uniform_chain:
        return transport.ham_currents(probabilities, chain_rate(system, bandwidth), list(system.edges))
    return transport.rate_currents(probabilities, edge_rates(system, bandwidth), list(system.edges))
