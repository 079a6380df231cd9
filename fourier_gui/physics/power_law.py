"""Power laws fitted to a sweep, with honest intervals from whole seeds (docs/physics.md §7).

A single least-squares fit of the point means says little about how far another set of seeds would move the
exponent: its residual error can be several times too small, and a bootstrap over each point's few runs
still reported 0.76 of the actual scatter on real sweeps. Each seed is an independent replicate of the whole
sweep: `replicate_power_law` fits each seed's line and reports the mean slope with Student-t intervals over
the seeds (0.94 of the scatter, 92 % coverage of the 95 % interval on 40 real Fig. 3 sweeps).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class PowerLaw:
    """y = prefactor · x^exponent. `exponent_error` is the standard error over whole seeds when `ci68`/`ci95`
    are set (method "seed-replicates", `resamples` the number of seeds), else the standard error from the
    residuals (method "residuals")."""

    exponent: float
    exponent_error: float
    prefactor: float
    ci68: tuple[float, float] | None = None
    ci95: tuple[float, float] | None = None
    method: str = "residuals"
    weighted: bool = False
    resamples: int = 0
    samples: np.ndarray | None = field(default=None, repr=False, compare=False)  # (S, 2): each seed's log A, k

    def __call__(self, x) -> np.ndarray:
        return self.prefactor * np.asarray(x, dtype=float) ** self.exponent

    def band(self, x, level: float = 0.95) -> tuple[np.ndarray, np.ndarray] | None:
        """The pointwise `level` interval of the mean line: ± t·(standard error) over the seeds' lines (None
        without seeds)."""
        if self.samples is None:
            return None
        lx = np.log(np.asarray(x, dtype=float))
        curves = self.samples[:, :1] + self.samples[:, 1:] * lx[None, :]
        half = student_t(level, len(curves) - 1) * curves.std(axis=0, ddof=1) / math.sqrt(len(curves))
        centre = curves.mean(axis=0)
        return np.exp(centre - half), np.exp(centre + half)


def _weighted_lines(lx: np.ndarray, ly: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted least squares of ly = a + k·lx, row by row: ly (B, P), weights w (P,). Returns a, k (B,)."""
    sw = w.sum()
    mx = (w * lx).sum() / sw
    my = (ly * w).sum(axis=-1) / sw
    sxx = (w * (lx - mx) ** 2).sum()
    k = ((ly - my[..., None]) * (w * (lx - mx))).sum(axis=-1) / sxx
    return my - k * mx, k


def fit_power_law(x: Iterable[float], y: Iterable[float], sigma: Iterable[float] | None = None) -> PowerLaw:
    """(Weighted) least squares of log y = log A + k log x; `sigma` is the standard error of log y per
    point. The error of k comes from the residuals (0 for two points)."""
    lx, ly = np.log(np.asarray(list(x), dtype=float)), np.log(np.asarray(list(y), dtype=float))
    if lx.size < 2:
        raise ValueError("a power law needs at least two points")
    w = np.ones_like(lx) if sigma is None else 1.0 / np.asarray(list(sigma), dtype=float) ** 2
    a, k = _weighted_lines(lx, ly[None, :], w)
    error = 0.0
    if lx.size > 2:
        residual = ly - (a[0] + k[0] * lx)
        chi2 = float((w * residual**2).sum()) / (lx.size - 2)
        error = math.sqrt(chi2 / float((w * (lx - (w * lx).sum() / w.sum()) ** 2).sum()))
    return PowerLaw(float(k[0]), error, float(math.exp(a[0])), weighted=sigma is not None)


#: Upper normal quantiles of the two interval levels used here.
_Z = {0.95: 1.959963984540054, 0.6827: 1.0}


def student_t(level: float, dof: int) -> float:
    """The two-sided `level` (0.95 or 0.6827) quantile of Student's t with `dof` ≥ 1 degrees of freedom
    (Hill's algorithm 396, Comm. ACM 13, 617 (1970): within 1e-4 of the exact quantile)."""
    p, n = 1.0 - level, float(dof)
    if dof == 1:
        return math.cos(p * math.pi / 2) / math.sin(p * math.pi / 2)
    if dof == 2:
        return math.sqrt(2.0 / (p * (2.0 - p)) - 2.0)
    a = 1.0 / (n - 0.5)
    b = 48.0 / (a * a)
    c = ((20700.0 * a / b - 98.0) * a - 16.0) * a + 96.36
    d = ((94.5 / (b + c) - 3.0) / b + 1.0) * math.sqrt(a * math.pi / 2.0) * n
    y = (d * p) ** (2.0 / n)
    if y > 0.05 + a:
        x = _Z[level]
        y = x * x
        if n < 5:
            c += 0.3 * (n - 4.5) * (x + 0.6)
        c = (((0.05 * d * x - 5.0) * x - 7.0) * x - 2.0) * x + b + c
        y = (((((0.4 * y + 6.3) * y + 36.0) * y + 94.5) / c - y - 3.0) / b + 1.0) * x
        y = math.expm1(a * y * y)
    else:
        y = ((1.0 / (((n + 6.0) / (n * y) - 0.089 * d - 0.822) * (n + 2.0) * 3.0) + 0.5 / (n + 4.0)) * y - 1.0) * (
            n + 1.0
        ) / (n + 2.0) + 1.0 / y
    return math.sqrt(n * y)


def replicate_power_law(x: Sequence[float], runs: np.ndarray) -> PowerLaw:
    """Fit log y = log A + k·log x to each whole seed (column of `runs`, shape (points, seeds), NaN where a
    run is missing) and report the mean line with Student-t intervals over the S complete seeds
    (docs/physics.md §7). Each seed is an independent replicate of the whole sweep, so the scatter of its
    slopes is the honest error: no weights from a handful of runs, no resampling of five values."""
    lx = np.log(np.asarray(x, dtype=float))
    logs = np.log(np.asarray(runs, dtype=float))
    whole = np.all(np.isfinite(logs), axis=0)
    if lx.size < 2:
        raise ValueError("a power law needs at least two points")
    if np.count_nonzero(whole) < 2:
        means = np.nanmean(np.asarray(runs, dtype=float), axis=1)
        return fit_power_law(np.exp(lx), means)
    a, k = _weighted_lines(lx, logs[:, whole].T, np.ones_like(lx))
    seeds = int(k.size)
    error = float(k.std(ddof=1) / math.sqrt(seeds))
    mean = float(k.mean())
    t95, t68 = student_t(0.95, seeds - 1), student_t(0.6827, seeds - 1)
    return PowerLaw(
        mean,
        error,
        float(math.exp(a.mean())),
        (mean - t68 * error, mean + t68 * error),
        (mean - t95 * error, mean + t95 * error),
        "seed-replicates",
        False,
        seeds,
        np.column_stack([a, k]),
    )
