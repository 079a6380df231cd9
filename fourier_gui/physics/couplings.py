"""The ingredients of H (eqs. 3–5 of the paper; docs/physics.md §1 and §6): band energies, the random coupling
matrices c^(ab) and the norms of their blocks.

The couplings are drawn from `numpy.random.default_rng(seed)`, entries i.i.d. with E|c|² = 1: `complex` real
parts of every bond or edge first, then the imaginary parts, each standard normal times √½; `real` standard
normal. On a chain of equal bands the per-edge draw is the chain's stream, entry for entry.
"""

from __future__ import annotations

import math

import numpy as np

#: The gap ΔE = 1 only adds a global phase; propagation uses energies shifted by it.
GAP = 1.0


def band_energies(levels: int, bandwidth: float) -> np.ndarray:
    """ε_i = 1 − δε/2 + δε·(i − 1/2)/n, i = 1…n (absolute, gap included)."""
    i = np.arange(1, levels + 1)
    return GAP - bandwidth / 2.0 + bandwidth * (i - 0.5) / levels


def draw_couplings(sites: int, levels: int, seed: int, ensemble: str = "complex") -> np.ndarray:
    """The chain's bond matrices c^{(μ)} (without λ) as one stack (N−1, n, n), c[μ−1, j−1, i−1] = c^{(μ)}_{ji}
    (complex128, or float64 for the real ensemble)."""
    rng = np.random.default_rng(seed)
    shape = (sites - 1, levels, levels)
    if ensemble == "real":
        return rng.standard_normal(shape)
    if ensemble != "complex":
        raise ValueError(f"unknown ensemble {ensemble!r}")
    # Bond by bond into the result: the same stream as two whole-array draws, without their memory.
    c = np.empty(shape, dtype=np.complex128)
    for part in (c.real, c.imag):
        for bond in range(shape[0]):
            part[bond] = rng.standard_normal(shape[1:])
    c *= np.sqrt(0.5)
    return c


def draw_edge_couplings(
    site_levels: np.ndarray, edges: list[tuple[int, int]], seed: int, ensemble: str = "complex"
) -> list[np.ndarray]:
    """c^(ab) (n_b × n_a, without λ) for each edge in order, from the same stream as `draw_couplings`."""
    rng = np.random.default_rng(seed)
    shapes = [(int(site_levels[b]), int(site_levels[a])) for a, b in edges]
    if ensemble == "real":
        return [rng.standard_normal(shape) for shape in shapes]
    if ensemble != "complex":
        raise ValueError(f"unknown ensemble {ensemble!r}")
    blocks = [np.empty(shape, dtype=np.complex128) for shape in shapes]
    for part in ("real", "imag"):
        for block in blocks:
            getattr(block, part)[...] = rng.standard_normal(block.shape)
    for block in blocks:
        block *= math.sqrt(0.5)
    return blocks


def block_norms(blocks: np.ndarray, iterations: int = 40, safety: float = 1.05) -> np.ndarray:
    """‖B‖₂ of each matrix in a stack (E, rows, cols): exact (SVD) when a side is ≤ 64, else a power
    iteration estimate times `safety`."""
    if min(blocks.shape[1:]) <= 64:
        return np.linalg.norm(blocks, ord=2, axis=(1, 2))
    return safety * _power_iteration_norms(blocks, iterations)


def _power_iteration_norms(b: np.ndarray, iterations: int) -> np.ndarray:
    """Largest singular value of each matrix in the stack b (power iteration on B^H B)."""
    rng = np.random.default_rng(12345)
    x = rng.standard_normal((b.shape[0], b.shape[2], 1)).astype(b.dtype)
    sigma = np.zeros(b.shape[0])
    for _ in range(iterations):
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        y = b @ x
        sigma = np.linalg.norm(y, axis=(1, 2))
        x = np.conj(b.transpose(0, 2, 1) @ np.conj(y))
    return sigma
