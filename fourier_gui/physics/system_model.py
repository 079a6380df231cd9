"""Any connected graph of subunits (docs/physics.md §6): site μ has n_μ levels centred at 1 + Δ_μ, and
each edge (a, b) its own coupling block B_ab = λ_ab·c^(ab) (n_b × n_a, mapping a's band to b's).

Basis: the sites' bands one after another, a state block has shape (D, K), D = Σ n_μ. H·ψ costs two block
products per edge. The uniform chain keeps its own faster `ChainModel`; on a chain of equal bands this
model draws the very same couplings (same stream, same order), so both give the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from fourier_gui.physics.model import GAP, FastProduct, band_energies, block_norms


def draw_edge_couplings(
    site_levels: np.ndarray, edges: list[tuple[int, int]], seed: int, ensemble: str = "complex"
) -> list[np.ndarray]:
    """c^(ab) (n_b × n_a, without λ) for each edge in order, from `numpy.random.default_rng(seed)`:
    `complex`: the real parts of every edge, then the imaginary parts, each standard normal times √½;
    `real`: standard normal. On a chain of equal bands this is `model.draw_couplings`' stream."""
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


@dataclass
class SystemModel:
    """H = Σ_μ Σ_i ε_{μ,i}|μ,i⟩⟨μ,i| + Σ_(a,b) (B_ab |b⟩⟨a| + h.c.) on the flat basis of all bands."""

    site_energies: list[np.ndarray]  # absolute band energies of each site (gap included)
    edges: list[tuple[int, int]]
    blocks: list[np.ndarray]  # B_ab, λ included: (n_b, n_a)
    starts: np.ndarray = field(init=False)  # first basis index of each site, and D at the end
    #: The fused product, attached by the runner (execution/fused_kernel.attach_fused_kernel); None: numpy.
    fused: FastProduct | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.starts = np.concatenate([[0], np.cumsum([e.size for e in self.site_energies])]).astype(int)
        self._diagonal = np.concatenate(self.site_energies) - GAP
        self._bands = [(self.band(a), self.band(b)) for a, b in self.edges]

    @classmethod
    def draw(
        cls,
        site_levels: np.ndarray,
        offsets: np.ndarray,
        bandwidth: float,
        edges: list[tuple[int, int]],
        lams: np.ndarray,
        seed: int,
        ensemble: str = "complex",
    ) -> SystemModel:
        couplings = draw_edge_couplings(site_levels, edges, seed, ensemble)
        # site μ's band is the chain's band shifted by its offset Δ_μ
        energies = [band_energies(int(n), bandwidth) + float(d) for n, d in zip(site_levels, offsets, strict=True)]
        return cls(energies, list(edges), [lam * c for lam, c in zip(lams, couplings, strict=True)])

    @property
    def sites(self) -> int:
        return len(self.site_energies)

    @property
    def site_levels(self) -> np.ndarray:
        return np.diff(self.starts)

    @property
    def dimension(self) -> int:
        return int(self.starts[-1])

    @property
    def is_real(self) -> bool:
        return not any(np.iscomplexobj(b) for b in self.blocks)

    @property
    def shifted_energies(self) -> np.ndarray:
        """All band energies minus the gap, in basis order: the diagonal that propagation uses."""
        return self._diagonal

    def band(self, site: int) -> slice:
        return slice(int(self.starts[site]), int(self.starts[site + 1]))

    def attach_product(self, product: FastProduct | None) -> None:
        """Use `product` for H·ψ and the currents; its blocks then live in the product's buffer, `blocks`
        being views of it (no second copy). None: numpy."""
        self.fused = product
        if product is not None:
            self.blocks = product.views

    def uses_fused_kernel(self) -> bool:
        """True when `apply` runs an attached fused product."""
        return self.fused is not None

    def apply(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray:
        """(H − ΔE − shift)·ψ for a block of shape (D, K): with the fused kernel where it is attached
        (execution/fused_kernel.py), else `apply_numpy`."""
        if out is None:
            out = np.empty_like(block)
        if self.fused is not None and self.fused.accepts(block, out):
            return self.fused.apply(block, out, shift)
        return self.apply_numpy(block, out, shift)

    def apply_numpy(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray:
        """(H − ΔE − shift)·ψ for a block of shape (D, K): a diagonal and two products per edge. The reference
        of the fused kernel."""
        if out is None:
            out = np.empty_like(block)
        np.multiply((self._diagonal - shift)[:, None], block, out=out)
        for (sa, sb), coupling in zip(self._bands, self.blocks, strict=True):
            out[sb] += coupling @ block[sa]
            if np.iscomplexobj(coupling):  # B^H x = conj(B^T conj(x)): the stored block transposed, no copy
                out[sa] += np.conj(coupling.T @ np.conj(block[sb]))
            else:
                out[sa] += coupling.T @ block[sb]
        return out

    def dense(self) -> np.ndarray:
        """The dense (D, D) matrix of H − ΔE (small D only)."""
        h = np.diag(self.shifted_energies).astype(np.float64 if self.is_real else np.complex128)
        for (a, b), coupling in zip(self.edges, self.blocks, strict=True):
            h[self.band(b), self.band(a)] = coupling
            h[self.band(a), self.band(b)] = coupling.conj().T
        return h

    def coupling_norm_bound(self) -> float:
        """‖V‖ ≤ max over sites of Σ ‖B‖ of its edges (`model.block_norms`; the Chebyshev propagator
        guards against an underestimate)."""
        per_site = np.zeros(self.sites)
        for (a, b), coupling in zip(self.edges, self.blocks, strict=True):
            norm = float(block_norms(coupling[None])[0])
            per_site[a] += norm
            per_site[b] += norm
        return float(per_site.max())

    def spectral_bounds(self) -> tuple[float, float]:
        """An interval [lo, hi] that holds the spectrum of H − ΔE."""
        v = self.coupling_norm_bound()
        e = self.shifted_energies
        return float(e.min() - v), float(e.max() + v)

    def site_probabilities(self, states: np.ndarray) -> np.ndarray:
        """P_μ = Σ_{i ∈ μ} |ψ_i|² for states (m, D, K): (m, N, K)."""
        weights = states.real**2 + states.imag**2
        return np.add.reduceat(weights, self.starts[:-1], axis=1)

    def level_populations(self, states: np.ndarray) -> None:
        """Bands of a graph may differ in size: no level-resolved view (the system view shows P_μ)."""
        return None

    def bond_currents(self, states: np.ndarray) -> np.ndarray:
        """J_ab = 2·Im(ψ_b^† B_ab ψ_a) for each edge, the current from a to b: (m, E, K)."""
        if self.fused is not None:
            return self.fused.bond_currents(states)
        m, _d, k = states.shape
        out = np.empty((m, len(self.edges), k))
        columns = np.ascontiguousarray(states.transpose(1, 0, 2)).reshape(self.dimension, m * k)
        for e, ((a, b), coupling) in enumerate(zip(self.edges, self.blocks, strict=True)):
            moved = coupling @ columns[self.band(a)]
            target = columns[self.band(b)]
            out[:, e, :] = (2.0 * (target.real * moved.imag - target.imag * moved.real).sum(axis=0)).reshape(m, k)
        return out


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
