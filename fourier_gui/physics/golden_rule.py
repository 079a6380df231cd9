"""HAM generalised to bands at different energies: the energy-resolved golden rule (docs/physics.md §6).

Energy is conserved: a level of site a exchanges population only with the levels of a neighbour b at its
own energy. So the populations are resolved in energy. The band edges of all sites cut the energy axis
into cells; inside a cell every site either has its whole band density ρ_μ = n_μ/δε or none, so the cells
need no finer resolution. Population p_a(c) of cell c moves to p_b(c) at `k_ab(c) = 2π·λ_ab²·ρ_b(c)` (eq. 10
per energy) and never between cells; `P_μ = Σ_c p_μ(c)`. On aligned bands there is one cell and this is
the single rate matrix of `ham.rate_matrix` (eqs. 10–13 on a chain).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Offsets closer than this fraction of δε count as aligned (one energy cell).
ALIGNED_TOLERANCE = 1e-12


@dataclass(frozen=True)
class EnergyCells:
    """The cells of the energy axis (relative to the gap) and each site's band density in each cell."""

    low: np.ndarray  # (C,) lower edge of each cell, ascending
    high: np.ndarray  # (C,) upper edge
    density: np.ndarray  # (C, N) ρ_μ(c) = n_μ/δε inside μ's band, else 0
    bandwidth: float

    @property
    def count(self) -> int:
        return self.density.shape[0]

    def fractions(self) -> np.ndarray:
        """(C, N): the share of each site's band that lies in each cell (columns sum to 1)."""
        widths = (self.high - self.low)[:, None]
        return np.where(self.density > 0, widths / self.bandwidth, 0.0)


def bands_aligned(offsets: np.ndarray, bandwidth: float) -> bool:
    """True when every band sits at the same energy (one cell: the single-rate HAM holds as it is)."""
    offsets = np.asarray(offsets, dtype=float)
    return bool(offsets.size == 0 or np.ptp(offsets) <= ALIGNED_TOLERANCE * bandwidth)


def energy_cells(site_levels: np.ndarray, offsets: np.ndarray, bandwidth: float) -> EnergyCells:
    """Cut the energy axis at every band edge Δ_μ ± δε/2; keep the cells some band covers."""
    offsets = np.asarray(offsets, dtype=float)
    levels = np.asarray(site_levels, dtype=float)
    if bands_aligned(offsets, bandwidth):
        centre = float(offsets.mean()) if offsets.size else 0.0
        cuts = np.array([centre - bandwidth / 2, centre + bandwidth / 2])
        low, high = np.full(levels.size, cuts[0]), np.full(levels.size, cuts[1])
    else:
        low, high = offsets - bandwidth / 2, offsets + bandwidth / 2
        cuts = np.unique(np.concatenate([low, high]))
    centres = 0.5 * (cuts[:-1] + cuts[1:])
    inside = (centres[:, None] > low[None, :]) & (centres[:, None] < high[None, :])
    covered = inside.any(axis=1)
    density = np.where(inside[covered], levels[None, :] / bandwidth, 0.0)
    return EnergyCells(cuts[:-1][covered], cuts[1:][covered], density, float(bandwidth))


def cell_rates(cells: EnergyCells, edges: list[tuple[int, int]], lams: np.ndarray) -> np.ndarray:
    """(C, N, N) rate matrices K(c) with dp(c)/dt = K(c)·p(c): k_ab(c) = 2π·λ_ab²·ρ_b(c) where both bands
    cover the cell; columns sum to 0."""
    count, sites = cells.density.shape
    rates = np.zeros((count, sites, sites))
    for (a, b), lam in zip(edges, np.asarray(lams, dtype=float), strict=True):
        both = (cells.density[:, a] > 0) & (cells.density[:, b] > 0)
        for src, dst in ((a, b), (b, a)):
            k = np.where(both, 2.0 * math.pi * lam**2 * cells.density[:, dst], 0.0)
            rates[:, dst, src] += k
            rates[:, src, src] -= k
    return rates


def initial_cell_populations(
    p0: np.ndarray, cells: EnergyCells, point_energies: dict[int, float] | None = None
) -> np.ndarray:
    """(C, N): P_μ(0) spread evenly over μ's band (a random band state on average), or, for a site in
    `point_energies` (a single level, energy relative to the gap), all in the cell that holds it."""
    populations = cells.fractions() * np.asarray(p0, dtype=float)[None, :]
    for site, energy in (point_energies or {}).items():
        column = np.zeros(cells.count)
        owned = np.flatnonzero(cells.density[:, site] > 0)
        cell = int(np.clip(np.searchsorted(cells.low, energy, side="right") - 1, owned[0], owned[-1]))
        column[cell] = float(p0[site])
        populations[:, site] = column
    return populations


def cell_probabilities(
    populations0: np.ndarray, rates: np.ndarray, cells: EnergyCells, times: np.ndarray
) -> np.ndarray:
    """p_μ(c, t) for all times, (M, C, N). Detailed balance k_ab(c)·ρ_a(c) = k_ba(c)·ρ_b(c) makes each cell's
    K symmetric after scaling by √ρ: one `eigh` per cell, real and stable."""
    times = np.asarray(times, dtype=float)
    out = np.zeros((times.size, *populations0.shape))
    for c in range(cells.count):
        present = np.flatnonzero(cells.density[c] > 0)
        root = np.sqrt(cells.density[c, present])
        k = rates[c][np.ix_(present, present)]
        symmetric = k * root[None, :] / root[:, None]
        values, vectors = np.linalg.eigh(0.5 * (symmetric + symmetric.T))
        coeff = vectors.T @ (populations0[c, present] / root)
        out[:, c, present] = (np.exp(np.outer(times, values)) * coeff) @ vectors.T * root
    return out


def resolved_currents(cell_populations: np.ndarray, rates: np.ndarray, edges: list[tuple[int, int]]) -> np.ndarray:
    """J_ab = Σ_c (k_ab(c)·p_a(c) − k_ba(c)·p_b(c)) on each edge, (M, E): the golden-rule drive."""
    out = np.empty((cell_populations.shape[0], len(edges)))
    for e, (a, b) in enumerate(edges):
        out[:, e] = cell_populations[:, :, a] @ rates[:, b, a] - cell_populations[:, :, b] @ rates[:, a, b]
    return out


def level_cells(cells: EnergyCells, site_energies: list[np.ndarray]) -> np.ndarray:
    """The cell of every level in basis order, (D,): `site_energies` are each band's level energies relative
    to the gap (Δ_μ + ε_i − ΔE)."""
    energies = np.concatenate([np.asarray(e, dtype=float) for e in site_energies])
    return np.clip(np.searchsorted(cells.low, energies, side="right") - 1, 0, cells.count - 1)


def cell_populations(weights: np.ndarray, cells_of_levels: np.ndarray, starts: np.ndarray, count: int) -> np.ndarray:
    """p_μ(c) = Σ_{i ∈ μ, ε_i ∈ c} |ψ_i|² for level weights (m, D) in basis order (site μ's levels at
    starts[μ] … starts[μ+1]−1): (m, C, N). Summed over the cells it is P_μ."""
    sites = starts.size - 1
    site_of = np.repeat(np.arange(sites), np.diff(starts))
    flat = cells_of_levels * sites + site_of
    out = np.zeros((weights.shape[0], count * sites))
    for row in range(weights.shape[0]):
        out[row] = np.bincount(flat, weights=weights[row], minlength=count * sites)
    return out.reshape(weights.shape[0], count, sites)
