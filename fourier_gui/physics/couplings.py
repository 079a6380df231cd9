"""The ingredients of H (eqs. 3–5 of the paper; docs/physics.md §1 and §6): band energies, the random coupling
matrices c^(ab) and the norms of their blocks.

The couplings are drawn from `numpy.random.default_rng(seed)`, entries i.i.d. with E|c|² = 1: `complex` real
parts of every bond or edge first, then the imaginary parts, each standard normal times √½; `real` standard
normal. On a chain of equal bands the per-edge draw is the chain's stream, entry for entry.

Storage (docs/physics.md §3): `precision="double"` keeps the draw as drawn (complex128 / float64, the couplings
of earlier versions bit for bit); `"single"` (the default) computes each entry exactly as the double draw does
(λ included, where λ is given) and rounds it once to complex64 / float32. The run then propagates exactly those
stored numbers, in double arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

#: The gap ΔE = 1 only adds a global phase; propagation uses energies shifted by it.
GAP = 1.0


def band_energies(levels: int, bandwidth: float) -> np.ndarray:
    """ε_i = 1 − δε/2 + δε·(i − 1/2)/n, i = 1…n (absolute, gap included)."""
    i = np.arange(1, levels + 1)
    return GAP - bandwidth / 2.0 + bandwidth * (i - 0.5) / levels


#: numpy's storage type of a coupling entry: (precision, ensemble) → dtype.
STORAGE = {
    ("double", "complex"): np.complex128,
    ("double", "real"): np.float64,
    ("single", "complex"): np.complex64,
    ("single", "real"): np.float32,
}


#: Single storage holds λ·c only where single precision's range does (normal numbers from 1.2e-38 to 3.4e38):
#: a coupling λ outside [SINGLE_LAM_RANGE] (a study of extreme scales) is stored in double instead.
SINGLE_LAM_RANGE = (1e-30, 1e30)


def stored_precision(precision: str, lams: Sequence[float]) -> str:
    """The precision the couplings are stored in: `precision`, except that "single" becomes "double" where
    some λ_ab lies outside SINGLE_LAM_RANGE (λ·c would overflow single precision, or lose its digits)."""
    low, high = SINGLE_LAM_RANGE
    if precision == "single" and not all(low <= abs(float(lam)) <= high for lam in lams):
        return "double"
    return precision


def storage_dtype(precision: str, ensemble: str) -> type:
    """The dtype the couplings of `ensemble` are stored in at `precision` ("single" or "double")."""
    if ensemble not in ("complex", "real"):
        raise ValueError(f"unknown ensemble {ensemble!r}")
    if precision not in ("single", "double"):
        raise ValueError(f"unknown precision {precision!r}")
    return STORAGE[precision, ensemble]


def draw_couplings(
    sites: int, levels: int, seed: int, ensemble: str = "complex", precision: str = "double", lam: float = 1.0
) -> np.ndarray:
    """The chain's bond matrices λ·c^{(μ)} as one stack (N−1, n, n), c[μ−1, j−1, i−1] = λ·c^{(μ)}_{ji}, in the
    storage of `precision` (`storage_dtype`). Each entry is the double draw's ((x·√½)·λ for complex entries,
    x·λ for real ones, x the stream's standard normal) rounded once; double precision keeps it as it is."""
    rng = np.random.default_rng(seed)
    shape = (sites - 1, levels, levels)
    dtype = storage_dtype(precision, ensemble)
    if precision == "double":  # the stream and the arithmetic of earlier versions, bit for bit
        if ensemble == "real":
            c = rng.standard_normal(shape)
        else:
            # Bond by bond into the result: the same stream as two whole-array draws, without their memory.
            c = np.empty(shape, dtype=np.complex128)
            for part in (c.real, c.imag):
                for bond in range(shape[0]):
                    part[bond] = rng.standard_normal(shape[1:])
            c *= np.sqrt(0.5)
        if lam != 1.0:
            c *= lam
        return c
    c = np.empty(shape, dtype=dtype)
    parts = (c,) if ensemble == "real" else (c.real, c.imag)
    scale = 1.0 if ensemble == "real" else float(np.sqrt(0.5))
    for part in parts:  # one bond's draw in double at a time: no double copy of the whole stack
        for bond in range(shape[0]):
            part[bond] = _drawn(rng, shape[1:], scale, lam)
    return c


def _drawn(rng: np.random.Generator, shape: tuple[int, ...], scale: float, lam: float) -> np.ndarray:
    """The next standard normals of the stream in double, times `scale` then `lam` (as the double draw computes
    them, so that rounding them is rounding the double draw's values)."""
    x = rng.standard_normal(shape)
    if scale != 1.0:
        x *= scale
    if lam != 1.0:
        x *= lam
    return x


def draw_edge_couplings(
    site_levels: np.ndarray,
    edges: list[tuple[int, int]],
    seed: int,
    ensemble: str = "complex",
    precision: str = "double",
    lams: Sequence[float] | None = None,
) -> list[np.ndarray]:
    """λ_ab·c^(ab) (n_b × n_a) for each edge in order (λ_ab = 1 when `lams` is None), from the same stream as
    `draw_couplings`, stored as `draw_couplings` stores them."""
    rng = np.random.default_rng(seed)
    shapes = [(int(site_levels[b]), int(site_levels[a])) for a, b in edges]
    factors = [1.0] * len(shapes) if lams is None else [float(lam) for lam in lams]
    dtype = storage_dtype(precision, ensemble)
    if precision == "double":  # the stream and the arithmetic of earlier versions, bit for bit
        if ensemble == "real":
            blocks = [rng.standard_normal(shape) for shape in shapes]
        else:
            blocks = [np.empty(shape, dtype=np.complex128) for shape in shapes]
            for part in ("real", "imag"):
                for block in blocks:
                    getattr(block, part)[...] = rng.standard_normal(block.shape)
            for block in blocks:
                block *= math.sqrt(0.5)
        return [block if lam == 1.0 else lam * block for lam, block in zip(factors, blocks, strict=True)]
    blocks = [np.empty(shape, dtype=dtype) for shape in shapes]
    scale = 1.0 if ensemble == "real" else math.sqrt(0.5)
    for part in ("real",) if ensemble == "real" else ("real", "imag"):
        for block, lam in zip(blocks, factors, strict=True):
            target = block if ensemble == "real" else getattr(block, part)
            target[...] = _drawn(rng, block.shape, scale, lam)
    return blocks


def block_norms(blocks: np.ndarray, iterations: int = 40, safety: float = 1.05) -> np.ndarray:
    """‖B‖₂ of each matrix in a stack (E, rows, cols), in double whatever the storage: exact (SVD) when a side
    is ≤ 64, else a power iteration estimate times `safety` (single-precision blocks one at a time, each
    taken to double: no double copy of the whole stack)."""
    if min(blocks.shape[1:]) <= 64:
        return np.linalg.norm(_double(blocks), ord=2, axis=(1, 2))
    if blocks.dtype in (np.complex128, np.float64):
        return safety * _power_iteration_norms(blocks, iterations)
    return safety * np.concatenate([_power_iteration_norms(_double(b[None]), iterations) for b in blocks])


def _double(b: np.ndarray) -> np.ndarray:
    """The blocks in double (the stored single-precision numbers exactly; double blocks as they are)."""
    return b.astype(np.complex128 if np.iscomplexobj(b) else np.float64, copy=False)


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
