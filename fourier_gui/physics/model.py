"""H of any system of subunits (Fig. 1, eqs. 3–5 of the paper; docs/physics.md §6) in its one-excitation
subspace: one model for the uniform chain and every graph.

Basis |μ,i⟩: subunit μ in band level i, all others in their ground state; the sites' bands one after
another, index k = starts[μ] + i (k = (μ−1)·n + (i−1) on equal bands). A block of K states has shape (D, K),
D = Σ n_μ; H is never formed densely except by `dense()`. The terms of V that create or destroy two
excitations are off-resonant by about 2ΔE and left out (rotating-wave approximation), as in the paper.

Storage: every edge (a, b) has its block B_ab = λ_ab·c^(ab) (n_b × n_a, mapping a's band to b's). The uniform
chain keeps its blocks as one contiguous (N−1, n, n) stack (`stack`, `blocks` are its views) and multiplies
them in batches on the (N, n, K) view of a state block — a free reshape — which is the chain's speed and its
bits. A faster product may be attached from outside (`attach_product`, execution/fast_product.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from fourier_gui.physics.couplings import (
    GAP,
    band_energies,
    block_norms,
    draw_couplings,
    draw_edge_couplings,
    stored_precision,
)
from fourier_gui.physics.geometry import chain_edges
from fourier_gui.physics.golden_rule import EnergyCells, bands_aligned, cell_populations, energy_cells, level_cells
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.system import System

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


class FastProduct(Protocol):
    """A faster (H − ΔE − shift)·ψ for complex128, C-contiguous (D, K) blocks, and the bond currents."""

    def apply(self, block: np.ndarray, out: np.ndarray, shift: float) -> np.ndarray: ...

    def bond_currents(self, states: np.ndarray) -> np.ndarray: ...


class Model:
    """H = Σ_μ Σ_i ε_{μ,i}|μ,i⟩⟨μ,i| + Σ_(a,b) (B_ab |b⟩⟨a| + h.c.), ε_{μ,i} the band of site μ shifted by Δ_μ.

    Made by `draw` (a system's couplings), `chain` (a stack of bond blocks) or the constructor (any edges and
    blocks, e.g. read from a couplings file).
    """

    def __init__(
        self, site_energies: Sequence[np.ndarray], edges: Sequence[tuple[int, int]], blocks: Sequence[np.ndarray]
    ) -> None:
        self.site_energies = list(site_energies)  # absolute band energies of each site (gap included)
        self.edges = [(int(a), int(b)) for a, b in edges]
        self.blocks = list(blocks)  # B_ab, λ included: (n_b, n_a)
        self.stack: np.ndarray | None = None  # the uniform chain's (N−1, n, n) blocks, `blocks` its views
        self.product: FastProduct | None = None
        self.starts = np.concatenate([[0], np.cumsum([e.size for e in self.site_energies])]).astype(int)
        self.diagonal = np.concatenate(self.site_energies) - GAP  # H − ΔE's diagonal, in basis order
        self._bands = [(self.band(a), self.band(b)) for a, b in self.edges]
        self.is_real = not any(np.iscomplexobj(b) for b in self.blocks)  # the real ensemble's blocks
        self.cells: EnergyCells | None = None  # bands at different energies: the golden rule's energy cells
        self._level_cells = np.zeros(0, dtype=np.int64)  # the cell of each level (basis order)

    @classmethod
    def chain(cls, energies: np.ndarray, stack: np.ndarray) -> Model:
        """The uniform chain: N = len(stack) + 1 sites with the band `energies` (n,), bond blocks B_μ = stack[μ−1]."""
        model = cls([energies] * (stack.shape[0] + 1), chain_edges(stack.shape[0] + 1), list(stack))
        model.stack = stack
        return model

    @classmethod
    def draw(
        cls, system: System, bandwidth: float, seed: int, ensemble: str = "complex", precision: str = "single"
    ) -> Model:
        """The system's H with couplings from `seed`: `draw_couplings` on the uniform chain (one stack),
        `draw_edge_couplings` otherwise (the same stream on a chain of equal bands), stored at `precision`
        (λ·c rounded once to single, or kept in double: `couplings.storage_dtype`; single only where λ fits
        single precision's range, `couplings.stored_precision`)."""
        precision = stored_precision(precision, [float(lam) for lam in system.lams])
        if system.is_uniform_chain:
            levels = int(system.site_levels[0])
            c = draw_couplings(system.sites, levels, seed, ensemble, precision, float(system.lams[0]))
            return cls.chain(band_energies(levels, bandwidth), c)
        lams = [float(lam) for lam in system.lams]
        couplings = draw_edge_couplings(system.site_levels, list(system.edges), seed, ensemble, precision, lams)
        # site μ's band is the chain's band shifted by its offset Δ_μ
        energies = [
            band_energies(int(n), bandwidth) + float(d) for n, d in zip(system.site_levels, system.offsets, strict=True)
        ]
        model = cls(energies, system.edges, couplings)
        if not bands_aligned(system.offsets, bandwidth):
            model.resolve_energy_cells(energy_cells(system.site_levels, system.offsets, bandwidth))
        return model

    @classmethod
    def from_parameters(cls, params: SimulationParameters) -> Model:
        return cls.draw(params.system(), params.bandwidth, params.seed, params.ensemble, params.couplings_precision)

    def widen(self) -> None:
        """Keep the blocks in double from now on (the same numbers: single-precision entries are exact in
        double): numpy's products then multiply in place instead of converting every block at every product.
        For a model without a fast product; the memory is what double storage takes."""
        if self.product is not None or all(b.dtype in (np.complex128, np.float64) for b in self.blocks):
            return
        if self.stack is not None:
            self.stack = _double(self.stack)
            self.blocks = list(self.stack)
        else:
            self.blocks = [_double(b) for b in self.blocks]

    def attach_product(self, product: FastProduct, blocks: Sequence[np.ndarray] | None = None) -> None:
        """Let `product` serve `apply` and `bond_currents`. `blocks`: the same blocks as views of the
        product's own buffer, kept instead of the model's (no second copy)."""
        if blocks is not None:
            if [b.shape for b in blocks] != [b.shape for b in self.blocks]:
                raise ValueError("the product's blocks must have the model's shapes")
            self.blocks = list(blocks)
        self.product = product

    @property
    def sites(self) -> int:
        return len(self.site_energies)

    @property
    def site_levels(self) -> np.ndarray:
        return np.diff(self.starts)

    @property
    def dimension(self) -> int:
        return int(self.starts[-1])

    def band(self, site: int) -> slice:
        return slice(int(self.starts[site]), int(self.starts[site + 1]))

    def apply(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray:
        """(H − ΔE − shift)·ψ for a block of shape (D, K): by the attached product where it takes the arrays,
        else `apply_numpy`."""
        if out is None:
            out = np.empty_like(block)
        if self.product is not None and _fast_ready(block, out):
            flat = (self.dimension, block.shape[-1])
            self.product.apply(block.reshape(flat), out.reshape(flat), shift)
            return out
        return self.apply_numpy(block, out, shift)

    def apply_numpy(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray:
        """(H − ΔE − shift)·ψ for a block of shape (D, K) with numpy: a diagonal and two products per edge
        (on the chain: 2(N−1) batched products). The reference of any attached product."""
        if out is None:
            out = np.empty_like(block)
        if self.stack is not None:  # on (N, n, K) views: C-contiguous arrays (the propagator's) are not copied
            x = np.ascontiguousarray(block)
            y = out if out.flags.c_contiguous else np.empty(out.shape, out.dtype)
            self._apply_stack(_bands_view(x, self.sites), _bands_view(y, self.sites), shift)
            if y is not out:
                out[...] = y
            return out
        np.multiply((self.diagonal - shift)[:, None], block, out=out)
        for (sa, sb), coupling in zip(self._bands, self.blocks, strict=True):
            out[sb] += coupling @ block[sa]
            if np.iscomplexobj(coupling):  # B^H x = conj(B^T conj(x)): the stored block transposed, no copy
                out[sa] += np.conj(coupling.T @ np.conj(block[sb]))
            else:
                out[sa] += coupling.T @ block[sb]
        return out

    def _apply_stack(self, block: np.ndarray, out: np.ndarray, shift: float) -> None:
        """The chain's product on C-contiguous (N, n, K) views."""
        b = self.stack
        assert b is not None
        np.multiply((self.site_energies[0] - GAP - shift)[None, :, None], block, out=out)
        if self.is_real:
            # Real B times complex x: multiply the real and imaginary parts in one real product.
            xr, outr = block.view(np.float64), out.view(np.float64)  # (N, n, 2K), no copy
            outr[1:] += b @ xr[:-1]
            outr[:-1] += b.transpose(0, 2, 1) @ xr[1:]
        else:
            out[1:] += b @ block[:-1]
            # B^H x = conj(B^T conj(x)): uses the stored matrices transposed, without a copy.
            out[:-1] += np.conj(b.transpose(0, 2, 1) @ np.conj(block[1:]))

    def dense(self) -> np.ndarray:
        """The dense (D, D) matrix of H − ΔE (small D only)."""
        h = np.diag(self.diagonal).astype(np.float64 if self.is_real else np.complex128)
        for (sa, sb), coupling in zip(self._bands, self.blocks, strict=True):
            h[sb, sa] = coupling
            h[sa, sb] = coupling.conj().T
        return h

    def coupling_norm_bound(self) -> float:
        """‖V‖ ≤ max over sites of Σ ‖B‖ of its edges (`couplings.block_norms`: exact for n ≤ 64, a power
        iteration estimate above; the Chebyshev propagator guards against an underestimate)."""
        norms = block_norms(self.stack) if self.stack is not None else [block_norms(b[None])[0] for b in self.blocks]
        per_site = np.zeros(self.sites)
        for (a, b), norm in zip(self.edges, norms, strict=True):
            per_site[a] += norm
            per_site[b] += norm
        return float(per_site.max())

    def spectral_bounds(self) -> tuple[float, float]:
        """An interval [lo, hi] that holds the spectrum of H − ΔE (Weyl: diagonal range ± ‖V‖)."""
        v = self.coupling_norm_bound()
        return float(self.diagonal.min() - v), float(self.diagonal.max() + v)

    def site_probabilities(self, states: np.ndarray) -> np.ndarray:
        """P_μ = Σ_{i ∈ μ} |ψ_i|² for states (m, D, K): (m, N, K)."""
        if self.stack is not None:
            return site_probabilities(states.reshape(states.shape[0], self.sites, -1, states.shape[-1]))
        return self.site_sums(states.real**2 + states.imag**2)

    def site_sums(self, values: np.ndarray) -> np.ndarray:
        """Σ_{i ∈ μ} of values (m, D, K) over each site's band: (m, N, K)."""
        return np.add.reduceat(values, self.starts[:-1], axis=1)

    def level_populations(self, states: np.ndarray) -> np.ndarray | None:
        """Binned level populations of each band for states (m, D, K), (m, N, bins) (`level_populations`):
        the uniform chain's level diagram; None on other systems (the system view shows P_μ)."""
        if self.stack is None:
            return None
        return level_populations(states.reshape(states.shape[0], self.sites, -1, states.shape[-1]))

    def resolve_energy_cells(self, cells: EnergyCells) -> None:
        """Record each band's populations per energy cell from now on (`cell_populations`): the golden rule's
        drive on bands at different energies (physics/golden_rule.py)."""
        self.cells = cells
        self._level_cells = level_cells(cells, [e - GAP for e in self.site_energies])

    def cell_populations(self, states: np.ndarray) -> np.ndarray | None:
        """p_μ(c), averaged over samples, for states (m, D, K): (m, C, N); None while no cells are resolved."""
        if self.cells is None:
            return None
        weights = (states.real**2 + states.imag**2).mean(axis=2)
        return cell_populations(weights, self._level_cells, self.starts, self.cells.count)

    def bond_currents(self, states: np.ndarray) -> np.ndarray:
        """J_ab = 2·Im(ψ_b^† B_ab ψ_a) for each edge, the current from a to b, for states (m, D, K): (m, E, K).

        All output times and samples side by side as columns: one product per edge and chunk, which reads
        each block once per chunk instead of once per output time.
        """
        if self.product is not None:
            return self.product.bond_currents(states)
        m, _d, k = states.shape
        if self.stack is not None:
            b = self.stack
            columns = np.ascontiguousarray(states.reshape(m, self.sites, -1, k).transpose(1, 2, 0, 3))
            columns = columns.reshape(self.sites, -1, m * k)
            source, target = columns[:-1], columns[1:]
            moved = (b @ source.real) + 1j * (b @ source.imag) if self.is_real else b @ source
            current = 2.0 * (target.real * moved.imag - target.imag * moved.real).sum(axis=1)  # (N−1, m·K)
            return current.reshape(self.sites - 1, m, k).transpose(1, 0, 2)
        out = np.empty((m, len(self.edges), k))
        columns = np.ascontiguousarray(states.transpose(1, 0, 2)).reshape(self.dimension, m * k)
        for e, ((sa, sb), coupling) in enumerate(zip(self._bands, self.blocks, strict=True)):
            moved = coupling @ columns[sa]
            target = columns[sb]
            out[:, e, :] = (2.0 * (target.real * moved.imag - target.imag * moved.real).sum(axis=0)).reshape(m, k)
        return out


def _fast_ready(block: np.ndarray, out: np.ndarray) -> bool:
    """Whether an attached product can take these arrays (complex and C-contiguous, as the propagator's are)."""
    return block.dtype == out.dtype == np.complex128 and block.flags.c_contiguous and out.flags.c_contiguous


def _double(b: np.ndarray) -> np.ndarray:
    """The same numbers in double precision (complex128 or float64)."""
    return b.astype(np.complex128 if np.iscomplexobj(b) else np.float64, copy=False)


def _bands_view(block: np.ndarray, sites: int) -> np.ndarray:
    """The (N, n, K) view of a C-contiguous (D, K) block of equal bands (no copy: writes reach the block)."""
    return np.reshape(block, (sites, -1, block.shape[-1]), copy=False)
