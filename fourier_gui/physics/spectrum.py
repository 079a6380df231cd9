"""The interval [lo, hi] that the Chebyshev propagator maps onto [−1, 1] (docs/physics.md §3).

Its half-width a sets the cost of a run: a·t products to reach time t. Weyl's bound (the diagonal's range
± ‖V‖, `model.spectral_bounds`) always holds but overshoots by 15–90 % (the norms of the coupling blocks
add up as if their top singular vectors were aligned, and the band edges are where V's weight is thin).
A few dozen Lanczos steps find the extreme eigenvalues themselves: each extreme Ritz value θ has an
eigenvalue within its residual r = |β_k·s_k| (the last component of its Ritz vector times the last
off-diagonal), and θ ± r stands in for the edge. The steps stop when the next ones would cost more products
than the narrower interval saves over the run's horizon.

Should the estimate still miss an edge, nothing is lost: the Chebyshev series of e^{−izx} converges for
every x, a miss of δ (relative to a) only multiplies the truncation error 1e-16 by cosh(K·√(2δ)), and a
miss large enough to matter makes the Chebyshev vectors grow, which the propagator's norm guard catches (it
widens the interval and redoes the window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

#: At most this many Lanczos steps (products); checked for convergence every CHECK_EVERY steps.
MAX_STEPS = 200
CHECK_EVERY = 10
#: Models up to this dimension take the dense eigenvalues (a millisecond), padded by PAD of the width.
DENSE_LIMIT = 256
PAD = 1e-9
#: A residual above this share of the half-width leaves the edges to Weyl's bound (where it is narrower).
LOOSE = 0.05
#: The fixed start vector's seed: the interval, and so the whole run, is repeatable bit for bit.
START_SEED = 20051028


class HasSpectrum(Protocol):
    @property
    def dimension(self) -> int: ...

    def apply(self, block: np.ndarray, out: np.ndarray | None = None, shift: float = 0.0) -> np.ndarray: ...

    def spectral_bounds(self) -> tuple[float, float]: ...

    def dense(self) -> np.ndarray: ...


def spectral_interval(
    model: HasSpectrum,
    vector_shape: tuple[int, ...],
    horizon: float,
    stop: Callable[[], bool] | None = None,
) -> tuple[float, float] | None:
    """[lo, hi] holding the spectrum of H − ΔE; None if `stop()` asked to stop.

    `vector_shape` is the shape of one state block with a single column, (D, 1); `horizon`
    the time the run will propagate, which prices a Lanczos step against what it saves. Weyl's bound
    (itself a power iteration over every block) is computed only where Lanczos cannot vouch for the edges.
    """
    if model.dimension <= DENSE_LIMIT:
        energies = np.linalg.eigvalsh(model.dense())
        pad = PAD * (energies[-1] - energies[0]) + 1e-15
        return float(energies[0] - pad), float(energies[-1] + pad)
    return lanczos_edges(model, vector_shape, horizon, stop)


def lanczos_edges(
    model: HasSpectrum,
    vector_shape: tuple[int, ...],
    horizon: float,
    stop: Callable[[], bool] | None = None,
) -> tuple[float, float] | None:
    """θ_min − r_min and θ_max + r_max from plain Lanczos (no reorthogonalization: lost orthogonality only
    adds copies of converged Ritz values, never moves the extreme ones outward). Weyl's bound where the
    recursion breaks down (an invariant subspace may miss the edges) or ends unconverged."""
    rng = np.random.default_rng(START_SEED)
    v = rng.standard_normal(vector_shape) + 1j * rng.standard_normal(vector_shape)
    v /= np.linalg.norm(v)
    previous = np.zeros_like(v)
    w = np.empty_like(v)
    alphas: list[float] = []
    betas: list[float] = []
    edges = (-np.inf, np.inf)
    converged = False
    for step in range(1, min(MAX_STEPS, model.dimension) + 1):
        model.apply(v, out=w)
        alpha = float(np.vdot(v, w).real)
        w -= alpha * v
        if betas:
            w -= betas[-1] * previous
        beta = float(np.linalg.norm(w))
        alphas.append(alpha)
        betas.append(beta)
        if beta <= 1e-12 * max(abs(alpha), *betas):  # an invariant subspace: it may miss the edges
            return model.spectral_bounds()
        previous, v = v, previous
        np.divide(w, beta, out=v)
        if step % CHECK_EVERY:
            continue
        if stop is not None and stop():
            return None
        lo, hi, residual = ritz_edges(np.array(alphas), np.array(betas))
        saved = ((edges[1] - edges[0]) - (hi - lo)) / 2.0 * horizon
        edges = (lo, hi)
        if saved < CHECK_EVERY:  # ten more steps would save fewer than ten products
            converged = residual <= LOOSE * (hi - lo) / 2.0
            break
    if not converged:
        weyl = model.spectral_bounds()
        return max(weyl[0], edges[0]), min(weyl[1], edges[1])
    return edges


def ritz_edges(alphas: np.ndarray, betas: np.ndarray) -> tuple[float, float, float]:
    """The extreme Ritz values of the Lanczos tridiagonal, each moved outward by its residual, and the larger
    of the two residuals."""
    tridiagonal = np.diag(alphas) + np.diag(betas[:-1], 1) + np.diag(betas[:-1], -1)
    theta, vectors = np.linalg.eigh(tridiagonal)
    residual = np.abs(betas[-1] * vectors[-1])
    return float(theta[0] - residual[0]), float(theta[-1] + residual[-1]), float(max(residual[0], residual[-1]))
