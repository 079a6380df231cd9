"""The modular chain (Fig. 1, eqs. 3–5 of the paper) in its one-excitation subspace.

Basis |μ,i⟩: subunit μ in band level i, all others in their ground state; index k = (μ−1)·n + (i−1).
A state block has shape (N, n, K): K states at once. H is never formed densely except by `dense()`.

The terms of V that create or destroy two excitations are off-resonant by about 2ΔE and are left out
(rotating-wave approximation), as in the paper's numerics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from fourier_gui.physics.parameters import SimulationParameters

#: The gap ΔE = 1 only adds a global phase; propagation uses energies shifted by it.
GAP = 1.0


class FastProduct(Protocol):
    """A faster H·ψ and bond currents that the runner attaches to a model (execution/fused_kernel.py); the
    model only calls it. `views` are the coupling blocks as the product holds them."""

    views: list[np.ndarray]

    def accepts(self, block: np.ndarray, out: np.ndarray) -> bool: ...

    def apply(self, block: np.ndarray, out: np.ndarray, shift: float) -> np.ndarray: ...

    def bond_currents(self, states: np.ndarray) -> np.ndarray: ...


def band_energies(levels: int, bandwidth: float) -> np.ndarray:
    """ε_i = 1 − δε/2 + δε·(i − 1/2)/n, i = 1…n (absolute, gap included)."""
    i = np.arange(1, levels + 1)
    return GAP - bandwidth / 2.0 + bandwidth * (i - 0.5) / levels


def draw_couplings(sites: int, levels: int, seed: int, ensemble: str = "complex") -> np.ndarray:
    """The bond matrices c^{(μ)} (without λ), shape (N−1, n, n), c[μ−1, j−1, i−1] = c^{(μ)}_{ji}.

    Entries i.i.d. with E|c|² = 1, drawn from `numpy.random.default_rng(seed)`:
    `complex`: real parts for all bonds, then imaginary parts, each standard normal times √½;
    `real`: standard normal (returned as float64).
    """
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


#: Level-resolved populations are kept in at most this many bins of neighbouring levels per band.
LEVEL_BINS = 48


def level_bin_starts(levels: int, bins: int = LEVEL_BINS) -> np.ndarray:
    """The first level of each of min(levels, bins) bins of (nearly) equal size, in energy order."""
    count = min(levels, bins)
    return (np.arange(count) * levels) // count


def level_populations(states: np.ndarray, bins: int = LEVEL_BINS) -> np.ndarray:
    """Σ_{i ∈ bin} |⟨μ,i|ψ⟩|², averaged over samples, for states (m, N, n, K): (m, N, min(n, bins)).

    Summed over the bins it is P_μ (docs/physics.md §1); it shows where in each band the energy sits.
    """
    weights = states.real**2 + states.imag**2
    binned = np.add.reduceat(weights, level_bin_starts(states.shape[2], bins), axis=2)
    return binned.mean(axis=3)


def site_probabilities(states: np.ndarray) -> np.ndarray:
    """P_μ = Σ_i |⟨μ,i|ψ⟩|² for states of shape (m, N, n, K); returns (m, N, K)."""
    return np.einsum("mnik,mnik->mnk", states.real, states.real) + np.einsum("mnik,mnik->mnk", states.imag, states.imag)


@dataclass
class ChainModel:
    """H = Σ ε_i |μ,i⟩⟨μ,i| + Σ_μ (B_μ |μ+1⟩⟨μ| + h.c.), with B_μ = λ·c^{(μ)} (eq. 3–5).

    `coupling_blocks[μ−1]` is B_μ (λ included): real for the real ensemble, complex otherwise.
    """

    band_energies: np.ndarray
    coupling_blocks: np.ndarray
    #: The fused product, attached by the runner (execution/fused_kernel.attach_fused_kernel); None: numpy.
    fused: FastProduct | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_parameters(cls, params: SimulationParameters) -> ChainModel:
        c = draw_couplings(params.sites, params.levels, params.seed, params.ensemble)
        c *= params.lam
        return cls(band_energies(params.levels, params.bandwidth), c)

    @property
    def sites(self) -> int:
        return self.coupling_blocks.shape[0] + 1

    @property
    def levels(self) -> int:
        return self.band_energies.shape[0]

    @property
    def dimension(self) -> int:
        return self.sites * self.levels

    @property
    def is_real(self) -> bool:
        return not np.iscomplexobj(self.coupling_blocks)

    @property
    def shifted_energies(self) -> np.ndarray:
        """Band energies minus the gap: the diagonal that propagation uses."""
        return self.band_energies - GAP

    def apply(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray:
        """(H − ΔE − shift)·ψ for a block of shape (N, n, K): each coupling block read once by the fused
        numba kernel (execution/fused_kernel.py) where it is attached, else `apply_numpy`."""
        if out is None:
            out = np.empty_like(block)
        if self.fused is not None and self.fused.accepts(block, out):
            flat = (self.dimension, block.shape[-1])  # the kernel's (D, K) view of the same memory
            self.fused.apply(block.reshape(flat), out.reshape(flat), shift)
            return out
        return self.apply_numpy(block, out, shift)

    def attach_product(self, product: FastProduct | None) -> None:
        """Use `product` for H·ψ and the currents (the chain's stack of blocks stays as it is); None: numpy."""
        self.fused = product

    def uses_fused_kernel(self) -> bool:
        """True when `apply` runs an attached fused product."""
        return self.fused is not None

    def apply_numpy(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray:
        """(H − ΔE − shift)·ψ for a block of shape (N, n, K): 2(N−1) batched matrix products and a diagonal.

        Both `block` and `out` must be C-contiguous. The reference of the fused kernel.
        """
        if out is None:
            out = np.empty_like(block)
        np.multiply((self.shifted_energies - shift)[None, :, None], block, out=out)
        b = self.coupling_blocks
        if self.is_real:
            # Real B times complex x: multiply the real and imaginary parts in one real product.
            xr = _as_real_columns(block)
            outr = _as_real_columns(out)
            outr[1:] += b @ xr[:-1]
            outr[:-1] += b.transpose(0, 2, 1) @ xr[1:]
        else:
            out[1:] += b @ block[:-1]
            # B^H x = conj(B^T conj(x)): uses the stored matrices transposed, without a copy.
            out[:-1] += np.conj(b.transpose(0, 2, 1) @ np.conj(block[1:]))
        return out

    def dense(self) -> np.ndarray:
        """The dense (D, D) matrix of H − ΔE (small D only)."""
        n, N = self.levels, self.sites
        h = np.zeros((N * n, N * n), dtype=np.float64 if self.is_real else np.complex128)
        idx = np.arange(N * n)
        h[idx, idx] = np.tile(self.shifted_energies, N)
        for mu in range(N - 1):
            b = self.coupling_blocks[mu]
            h[(mu + 1) * n : (mu + 2) * n, mu * n : (mu + 1) * n] = b
            h[mu * n : (mu + 1) * n, (mu + 1) * n : (mu + 2) * n] = b.conj().T
        return h

    def coupling_norm_bound(self, iterations: int = 40, safety: float = 1.05) -> float:
        """An upper estimate of ‖V‖, the norm of the coupling part of H.

        ‖V‖ ≤ max_μ (‖B_{μ−1}‖ + ‖B_μ‖). Each ‖B_μ‖₂ is exact (SVD) for n ≤ 64 and a power-iteration
        estimate times `safety` above; the Chebyshev propagator also guards against an underestimate.
        """
        norms = block_norms(self.coupling_blocks, iterations, safety)
        padded = np.concatenate([[0.0], norms, [0.0]])
        return float(np.max(padded[:-1] + padded[1:]))

    def site_probabilities(self, states: np.ndarray) -> np.ndarray:
        """P_μ for states of shape (m, N, n, K); returns (m, N, K)."""
        return site_probabilities(states)

    def level_populations(self, states: np.ndarray) -> np.ndarray:
        """Binned level populations of each band, (m, N, bins): see `level_populations`."""
        return level_populations(states)

    def bond_currents(self, states: np.ndarray) -> np.ndarray:
        """J_μ = 2·Im(ψ_{μ+1}^† B_μ ψ_μ) for states (m, N, n, K): the current from site μ to μ+1, (m, N−1, K).

        All output times and samples side by side as columns: one matrix–matrix product per bond, which
        reads each B_μ once per chunk instead of once per output time.
        """
        m, sites, n, k = states.shape
        if self.fused is not None:
            return self.fused.bond_currents(states.reshape(m, sites * n, k))
        columns = np.ascontiguousarray(states.transpose(1, 2, 0, 3)).reshape(sites, n, m * k)
        source, target = columns[:-1], columns[1:]
        b = self.coupling_blocks
        moved = (b @ source.real) + 1j * (b @ source.imag) if self.is_real else b @ source
        current = 2.0 * (target.real * moved.imag - target.imag * moved.real).sum(axis=1)  # (N−1, m·K)
        return current.reshape(sites - 1, m, k).transpose(1, 0, 2)

    def spectral_bounds(self) -> tuple[float, float]:
        """An interval [lo, hi] that holds the spectrum of H − ΔE (Weyl: diagonal range ± ‖V‖)."""
        v = self.coupling_norm_bound()
        e = self.shifted_energies
        return float(e.min() - v), float(e.max() + v)


def block_norms(blocks: np.ndarray, iterations: int = 40, safety: float = 1.05) -> np.ndarray:
    """‖B‖₂ of each matrix in a stack (E, rows, cols): exact (SVD) when a side is ≤ 64, else a power
    iteration estimate times `safety`."""
    if min(blocks.shape[1:]) <= 64:
        return np.linalg.norm(blocks, ord=2, axis=(1, 2))
    return safety * _power_iteration_norms(blocks, iterations)


def _as_real_columns(block: np.ndarray) -> np.ndarray:
    """View a complex (N, n, K) block as a real (N, n, 2K) one without copying."""
    return block.view(np.float64)


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
