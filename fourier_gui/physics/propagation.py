"""Exact Schrödinger dynamics ψ(t) = e^{−i(H−ΔE)t} ψ(0) on an output grid, streamed in chunks.

Two methods:

* `chebyshev_chunks`: Chebyshev expansion of the propagator. The time axis is cut into windows; all
  output times of a window come from one expansion, ψ(t0+τ) = e^{−ibτ} Σ_k (2−δ_k0)(−i)^k J_k(aτ) T_k(H̃)ψ(t0),
  H̃ = (H−b)/a, by multiplying blocks of stored Chebyshev vectors with a matrix of Bessel coefficients.
* `eigen_chunks`: one dense eigendecomposition (D³, not interruptible), then any time at D² cost.

A `checkpoint()` callable, called between blocks of products, may block (pause) and returns True to stop.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.model import Model
from fourier_gui.physics.spectrum import spectral_interval

Checkpoint = Callable[[], bool]
BESSEL_TOLERANCE = 1e-16
#: Allowed growth of a Chebyshev vector's norm before the spectral bound is deemed too small.
NORM_GUARD = 1.0 + 1e-6
WIDEN_FACTOR = 1.25
#: Rows that become final together are summarized (populations, currents) this many bytes of states at a
#: time: the currents' planar copies of a whole window's rows took as much memory as the couplings' half.
CHUNK_BYTES = 8 * 2**20
#: Below this argument the Bessel functions come from their series (J_k ≈ (x/2)^k/k!, error ~x²).
SERIES_LIMIT = 1e-20


@dataclass
class Chunk:
    """Site probabilities and bond currents at consecutive output times `start … start+m−1`."""

    start: int
    times: np.ndarray  # (m,)
    sample_probabilities: np.ndarray  # (m, N, K)
    completed_time: float  # the time up to which the run has advanced
    sample_currents: np.ndarray | None = None  # (m, E, K): J_ab from a to b on every edge (docs/physics.md §5)
    level_populations: np.ndarray | None = None  # (m, N, bins): binned |ψ|² of each band (uniform chains only)
    cell_populations: np.ndarray | None = None  # (m, C, N): |ψ|² per energy cell (bands at different energies)
    states: np.ndarray | None = None  # (m, D, K): ψ(t) in the frame of H − ΔE, where the caller asked to keep them

    @property
    def probabilities(self) -> np.ndarray:
        """P_μ(t) averaged over the K samples, shape (m, N)."""
        return self.sample_probabilities.mean(axis=2)

    @property
    def norm_error(self) -> float:
        """max |Σ_μ P_μ − 1| over the chunk's times and samples."""
        if self.times.size == 0:
            return 0.0
        return float(np.max(np.abs(self.sample_probabilities.sum(axis=1) - 1.0)))


class SpectrumEscaped(RuntimeError):
    """A Chebyshev vector grew: the spectral interval did not hold the spectrum."""


def bessel_cutoff(x: float, tolerance: float = BESSEL_TOLERANCE) -> int:
    """The number of Chebyshev terms K such that |J_k(x)| < tolerance for every k ≥ K.

    J_k(x) falls faster than exponentially once k > x; the values come from `bessel_table`.
    """
    span = int(10 * max(x, 1.0) ** (1.0 / 3.0)) + 60
    values = np.abs(bessel_table(np.array([x]), int(x) + span + 1)[0])
    significant = np.nonzero(values >= tolerance)[0]
    return int(significant[-1]) + 1 if significant.size else 1


def bessel_table(x: np.ndarray, terms: int) -> np.ndarray:
    """J_k(x_j) for k = 0 … terms−1, shape (m, terms), by Miller's backward recurrence.

    J_{k−1} = (2k/x) J_k − J_{k+1}, started far above the largest needed order and normalized by
    J_0 + 2 Σ J_{2k} = 1. One vector operation per order for all x at once (scipy's `jv` per entry
    costs microseconds, more than the Hamiltonian products for the Fig. 2 run).
    """
    x = np.asarray(x, dtype=float)
    table = np.zeros((x.size, terms))
    zero = x == 0.0
    table[zero, 0] = 1.0
    tiny = ~zero & (x < SERIES_LIMIT)  # 2/x would overflow the recurrence: J_k = (x/2)^k/k! to double precision
    if tiny.any():
        table[tiny, 0] = 1.0
        for k in range(1, terms):
            table[tiny, k] = table[tiny, k - 1] * (x[tiny] / 2.0) / k
    xs = x[~zero & ~tiny]
    if xs.size == 0:
        return table
    top = max(terms, float(xs.max()))
    start = 2 * ((int(top) + 20 + int(math.sqrt(40.0 * top))) // 2)
    values = np.zeros((xs.size, start + 2))
    values[:, start] = 1e-300
    inv = 2.0 / xs
    big = 1e250
    for k in range(start, 0, -1):
        values[:, k - 1] = k * inv * values[:, k] - values[:, k + 1]
        over = np.abs(values[:, k - 1]) > big
        if over.any():
            values[over, k - 1 :] /= big
    norm = values[:, 0] + 2.0 * values[:, 2::2].sum(axis=1)
    table[~zero & ~tiny] = values[:, :terms] / norm[:, None]
    return table


def real_coefficients(taus: np.ndarray, terms: int, a: float) -> np.ndarray:
    """W[j, k] = (2−δ_k0) J_k(aτ_j): C[j, k] = e^{−ibτ_j} (−i)^k W[j, k] with the factor (−i)^k carried by
    the rotated Chebyshev vectors and the phase by the row (see `chebyshev_window`), shape (m, terms)."""
    w = bessel_table(a * taus, terms)
    w[:, 1:] *= 2.0
    return w


def row_cutoffs(coeff: np.ndarray, tolerance: float = BESSEL_TOLERANCE) -> np.ndarray:
    """For each output row, the number of terms K_j after which its coefficients are below `tolerance`.

    Made non-decreasing, so rows complete in order as the recursion advances.
    """
    significant = np.abs(coeff) >= tolerance
    last = coeff.shape[1] - 1 - np.argmax(significant[:, ::-1], axis=1)
    return np.maximum.accumulate(np.where(significant.any(axis=1), last + 1, 1))


def chebyshev_window(
    model: Model,
    state: np.ndarray,
    taus: np.ndarray,
    a: float,
    b: float,
    block: int,
    checkpoint: Checkpoint | None = None,
) -> Generator[tuple[int, int, np.ndarray], None, np.ndarray | None]:
    """States e^{−i(H−ΔE)τ} state for each τ in `taus` (ascending, ≥ 0), yielded as rows complete.

    Row j needs only the first K_j terms (its Bessel cut-off), so early rows are final long before the
    window's last term; each flush yields `(lo, hi, states[lo:hi])` with states of shape (·, D, K).
    Coefficients beyond K_j are set to zero, so the rows do not depend on how they are streamed.
    Returns the state at the last τ, or None if `checkpoint` asked to stop.
    Raises SpectrumEscaped if [b−a, b+a] misses the spectrum.

    The ring holds the rotated vectors R_k = (−i)^k T_k(H̃)ψ, whose recurrence R_{k+1} = −2i·H̃R_k + R_{k−1}
    costs the same as T_k's; then every coefficient is real (`real_coefficients`) and the recombination of a
    block of terms is one real matrix product on the vectors' real view — half the flops of a complex one.
    The phase e^{−ibτ_j} of each row is applied once, when the row is final.
    """
    terms = bessel_cutoff(a * float(taus.max()))
    coeff = real_coefficients(taus, terms, a)  # (−i)^k lives in the rotated ring, e^{−ibτ_j} in `phases`
    cutoffs = row_cutoffs(coeff)
    coeff[np.arange(terms)[None, :] >= cutoffs[:, None]] = 0.0
    phases = np.exp(-1j * b * taus)[:, None]
    shape = state.shape
    size = state.size
    ring = np.empty((block, *shape), dtype=np.complex128)
    real_ring = ring.reshape(block, size).view(np.float64)  # (block, 2·size): real and imaginary interleaved
    out = np.zeros((taus.size, size), dtype=np.complex128)
    real_out = out.view(np.float64)
    reference_norm = np.linalg.norm(state.reshape(-1, shape[-1]), axis=0)
    rows_per_slice = max(1, CHUNK_BYTES // max(1, out[0].nbytes))
    scale = -2j / a
    ring[0] = state
    filled = 1
    done = 0  # rows 0 … done−1 have been yielded
    for k in range(1, terms + 1):
        if k < terms:
            slot = ring[k % block]
            model.apply(ring[(k - 1) % block], out=slot, shift=b)
            if k == 1:
                slot *= -1j / a
            else:
                slot *= scale
                slot += ring[(k - 2) % block]
            filled += 1
        if filled == block or (k == terms and filled):
            last = min(k, terms - 1)
            first = last - filled + 1  # a multiple of `block`: slots 0 … filled−1 hold terms first … last
            # rows a slice at a time: the product's temporary stays small (a whole window's was as large as `out`)
            for lo in range(done, taus.size, rows_per_slice):
                hi = min(taus.size, lo + rows_per_slice)
                real_out[lo:hi] += coeff[lo:hi, first : last + 1] @ real_ring[:filled]
            filled = 0
            norms = np.linalg.norm(ring[last % block].reshape(-1, shape[-1]), axis=0)
            if np.any(norms > NORM_GUARD * reference_norm + 1e-12):
                raise SpectrumEscaped(f"Chebyshev vector norm {norms.max():.3g} > {reference_norm.max():.3g}")
            ready = int(np.searchsorted(cutoffs, last + 1, side="right"))
            if ready > done:
                out[done:ready] *= phases[done:ready]  # these rows are final: their phase, once
                yield done, ready, out[done:ready].reshape(ready - done, *shape)
                done = ready
            if checkpoint is not None and checkpoint():
                return None
    return out[-1].reshape(shape).copy()  # final, so already phased


def chebyshev_chunks(
    model: Model,
    psi0: np.ndarray,
    times: np.ndarray,
    products_per_window: int,
    outputs_per_window: int,
    block: int = 32,
    checkpoint: Checkpoint | None = None,
    keep_states: bool = False,
) -> Iterator[Chunk]:
    """Stream P_μ(t) for `times` (ascending, ≥ 0) by windowed Chebyshev expansion (with the states themselves
    where `keep_states`).

    A chunk is emitted whenever output rows complete (every `block` products at most), so a caller sees
    results long before a window ends. Should the spectral guard trip, the window is redone with a wider
    interval and its rows are emitted again (a consumer stores rows by index, so they are overwritten).
    """
    return _chebyshev_chunks(
        model, psi0, times, products_per_window, outputs_per_window, block, checkpoint, keep_states
    )


def _chebyshev_chunks(
    model: Model,
    psi0: np.ndarray,
    times: np.ndarray,
    products_per_window: int,
    outputs_per_window: int,
    block: int,
    checkpoint: Checkpoint | None,
    keep_states: bool = False,
) -> Iterator[Chunk]:
    horizon = float(times[-1]) if times.size else 0.0
    interval = spectral_interval(model, (*psi0.shape[:-1], 1), horizon, checkpoint)
    if interval is None:
        return
    lo, hi = interval
    b = 0.5 * (hi + lo)
    a = 0.5 * (hi - lo) * (1.0 + 1e-9) + 1e-14
    state = np.ascontiguousarray(psi0, dtype=np.complex128)
    t_state = 0.0
    index = 0
    empty = np.zeros((0, model.sites, psi0.shape[-1]))
    while index < times.size:
        reach = products_per_window / a
        stop = index
        while stop < times.size and stop - index < outputs_per_window and times[stop] - t_state <= reach:
            stop += 1
        has_outputs = stop > index
        taus = times[index:stop] - t_state if has_outputs else np.array([reach])
        rows = chebyshev_window(model, state, taus, a, b, block, checkpoint)
        try:
            while True:
                try:
                    lo_row, hi_row, states = next(rows)
                except StopIteration as finished:
                    final = finished.value
                    break
                if has_outputs:
                    step = max(1, CHUNK_BYTES // max(1, states[0].nbytes))
                    for first in range(0, hi_row - lo_row, step):
                        part = states[first : first + step]
                        span = slice(index + lo_row + first, index + lo_row + first + part.shape[0])
                        yield Chunk(
                            span.start,
                            times[span],
                            model.site_probabilities(part),
                            float(times[span][-1]),
                            model.bond_currents(part),
                            model.level_populations(part),
                            model.cell_populations(part),
                            part.copy() if keep_states else None,
                        )
        except SpectrumEscaped:
            a *= WIDEN_FACTOR
            continue
        if final is None:
            return
        state = final
        t_state += float(taus[-1])
        if not has_outputs:
            yield Chunk(index, times[index:index], empty, t_state)
        index = stop


def eigen_chunks(
    model: Model,
    psi0: np.ndarray,
    times: np.ndarray,
    outputs_per_chunk: int,
    checkpoint: Checkpoint | None = None,
    keep_states: bool = False,
) -> Iterator[Chunk]:
    """Stream P_μ(t) from one dense eigendecomposition H = U E U^H (numpy `eigh`); the states too where
    `keep_states`."""
    energies, vectors = np.linalg.eigh(model.dense())
    shape = psi0.shape
    samples = shape[-1]
    flat = psi0.reshape(-1, samples)
    coeff = vectors.conj().T @ flat  # (D, K)
    for start in range(0, times.size, outputs_per_chunk):
        if checkpoint is not None and checkpoint():
            return
        t = times[start : start + outputs_per_chunk]
        phased = np.exp(-1j * np.outer(energies, t))[:, :, None] * coeff[:, None, :]  # (D, m, K)
        phased = phased.reshape(flat.shape[0], -1)
        if np.isrealobj(vectors):
            states = vectors @ phased.real + 1j * (vectors @ phased.imag)
        else:
            states = vectors @ phased
        states = np.moveaxis(states.reshape(*shape[:-1], t.size, samples), -2, 0)  # (m, *block shape)
        yield Chunk(
            start,
            t,
            model.site_probabilities(states),
            float(t[-1]),
            model.bond_currents(states),
            model.level_populations(states),
            model.cell_populations(states),
            states if keep_states else None,
        )
