"""The Hilbert Space Average Method prediction (eqs. 10–13): diffusive rate equations and their solution.

dP/dt = −γ·L·P with L the Laplacian of the path graph (free ends). L = Σ_q λ_q v_q v_qᵀ with
λ_q = 2 − 2cos(qπ/N) and v_q(μ) ∝ cos(qπ(μ − ½)/N), q = 0 … N−1, so P(t) is a closed form.
"""

from __future__ import annotations

import numpy as np


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
