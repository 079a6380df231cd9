"""The study "Where diffusion ends": each Fourier mode's decay rate over HAM's γ_q against its wavelength,
over seeds, with the two limits of diffusion (Steinigeweg, Breuer and Gemmer, PRL 99, 150601 (2007);
docs/physics.md §5, "Where diffusion ends").

The study is a sweep of the mode q (`sweeps.SweepSpec`, `vary="mode"`, quantity `mode-efold`): one run per
mode and seed, run by the sweep runner on any executor (execution/sweep_runner.py), and summarised here per
mode (median, range, mean and standard deviation over the seeds). Pure functions; no clock, no files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics import cost, transport
from fourier_gui.physics.criteria import correlation_time, lam_for_c1
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.sweeps import SweepRow, SweepSpec, SweepTable

#: The study's geometries: a chain (open ends, modes cos(qπ(μ−½)/N)) or a ring (modes cos(2πk(μ−½)/N), q = 2k).
GEOMETRIES = ("chain", "ring")
#: The command line's and the window's name of the study.
NAME = "diffusion-range"
TITLE = "Where diffusion ends"
#: The quantity each run measures (sweeps.QUANTITIES): the rate of the mode's first e-fold from t = 0.
QUANTITY = "mode-efold"


def heisenberg_time(levels: int, bandwidth: float) -> float:
    """t_H = 2πn/δε, the inverse level spacing of one subunit's band times 2π (docs/physics.md §1)."""
    return 2.0 * math.pi * levels / bandwidth


def mode_wavelength(q: int, sites: int) -> float:
    """The wavelength 2N/q in sites of chain mode q, and of ring mode k = q/2 (N/k)."""
    return 2.0 * sites / q


def rate_at_wavelength(gamma: float, wavelength: float) -> float:
    """HAM's decay rate of the mode of this wavelength (sites), γ_q = 2γ(1 − cos(2π/wavelength)): the
    eigenvalue of γ times the chain's (or ring's) Laplacian of that mode (eqs. 11–13)."""
    return 2.0 * gamma * (1.0 - math.cos(2.0 * math.pi / wavelength))


def wavelength_at_rate(gamma: float, rate: float) -> float:
    """The wavelength (sites) whose HAM rate is `rate`: inf for rate ≤ 0, NaN above the fastest (4γ)."""
    if rate <= 0:
        return math.inf
    x = 1.0 - rate / (2.0 * gamma)
    return math.nan if x < -1.0 else 2.0 * math.pi / math.acos(x)


@dataclass(frozen=True)
class DiffusionLimits:
    """The two limits of diffusion in wavelength (sites): modes shorter than `short_wavelength` would decay
    within one correlation time (γ_q·τ_c > 1), modes longer than `long_wavelength` outlive the Heisenberg time
    (γ_q·t_H < 1). NaN: no wavelength of that side (no mode is that fast)."""

    tau_c: float  # ħ/ΔE
    heisenberg: float  # ħ/ΔE
    short_wavelength: float  # sites
    long_wavelength: float  # sites


def limits(gamma: float, levels: int, bandwidth: float) -> DiffusionLimits:
    """The limits of eq. (10)'s γ on a band of n levels and width δε: 1/γ_q against τ_c = 2π/δε and
    t_H = 2πn/δε (physics.md §5)."""
    tau_c, t_h = correlation_time(bandwidth), heisenberg_time(levels, bandwidth)
    short = wavelength_at_rate(gamma, transport.MODE_SHORT_EDGE / tau_c)
    long = wavelength_at_rate(gamma, transport.MODE_LONG_EDGE / t_h)
    return DiffusionLimits(tau_c, t_h, short, long)


def default_modes(geometry: str, sites: int, count: int = 11) -> tuple[int, ...]:
    """About `count` modes spread evenly in log wavelength from the longest to the shortest: q = 1 … N−1 on a
    chain, the even q = 2k (k = 1 … ⌊(N−1)/2⌋) on a ring."""
    step = 2 if geometry == "ring" else 1
    top = (sites - 1) // step
    if top < 1:
        return ()
    ks = np.unique(np.rint(np.geomspace(1, top, min(count, top))).astype(int))
    return tuple(int(k) * step for k in ks)


@dataclass(frozen=True)
class DiffusionRangeSpec:
    """One study: modes `modes` (q; on a ring even q = 2k) of a chain or ring of N subunits with n levels,
    λ from c1 = 2λn/δε (eq. 14), `seeds` coupling seeds seed … seed+S−1, K samples per run."""

    geometry: str = "chain"
    sites: int = 60
    levels: int = 100
    c1: float = 2.0
    bandwidth: float = 0.05
    samples: int = 2
    seeds: int = 3
    modes: tuple[int, ...] = ()  # empty: default_modes
    seed: int = 0
    points: int = 201

    def modes_used(self) -> tuple[int, ...]:
        return self.modes or default_modes(self.geometry, self.sites)

    def base(self) -> SimulationParameters:
        lam = lam_for_c1(self.c1, self.levels, self.bandwidth)
        return SimulationParameters(
            sites=self.sites,
            levels=self.levels,
            bandwidth=self.bandwidth,
            lam=lam,
            seed=self.seed,
            samples=self.samples,
            points=self.points,
            geometry=self.geometry,
            method="chebyshev",
        )

    def sweep(self) -> SweepSpec:
        """The sweep of the modes that runs the study: one task per mode and seed."""
        values = tuple(float(q) for q in self.modes_used())
        return SweepSpec(self.base(), "mode", values, self.seeds, "lam", QUANTITY)

    def validated(self) -> DiffusionRangeSpec:
        """Self, or ParameterError naming the field and its range."""
        if self.geometry not in GEOMETRIES:
            raise ParameterError("geometry", self.geometry, "chain or ring")
        if not isinstance(self.sites, int) or not 3 <= self.sites <= 1000:
            raise ParameterError("sites", self.sites, "integer 3 … 1000")
        if not isinstance(self.c1, float | int) or not 0.0 < self.c1 <= 100.0:
            raise ParameterError("c1", self.c1, "0 < c1 ≤ 100")
        if not isinstance(self.levels, int) or not 1 <= self.levels <= 100_000:
            raise ParameterError("levels", self.levels, "integer 1 … 100000")
        if not isinstance(self.bandwidth, float | int) or not 0.0 < self.bandwidth <= 1.0:
            raise ParameterError("bandwidth", self.bandwidth, "0 < δε ≤ 1")
        modes = self.modes_used()
        if not modes:
            raise ParameterError("modes", self.modes, "at least one mode")
        for q in modes:
            if self.geometry == "ring" and q % 2:
                raise ParameterError("modes", q, "even q = 2k on a ring (its modes are cos(2πk(μ − ½)/N))")
            if not 1 <= q <= self.sites - 1:
                raise ParameterError("modes", q, f"1 … {self.sites - 1} (N − 1)")
        self.sweep().validated()  # n, δε, K, seeds through the table of parameters
        return self

    def limits(self) -> DiffusionLimits:
        return limits(self.base().gamma, self.levels, self.bandwidth)

    def run_seconds(self) -> dict[tuple[int, int], float]:
        """physics/cost.py's estimate of each run, by (point, repetition) as its `SweepRow` says (seconds on
        the reference 2-core machine; the progress's weights and the time left)."""
        return {(r.point, r.repetition): cost.chebyshev_estimate(r.parameters).seconds for r in self.sweep().runs()}

    def estimated_seconds(self, workers: int = 2) -> float:
        """The whole study's estimate spread over `workers` processes (one kernel thread each)."""
        times = sorted(self.run_seconds().values(), reverse=True)
        loads = [0.0] * max(1, workers)
        for t in times:  # longest first onto the least loaded worker
            loads[loads.index(min(loads))] += t
        return max(loads)


@dataclass(frozen=True)
class ModePoint:
    """One mode of the study, over its seeds: the measured rate over γ_q (median, range, mean, sd)."""

    q: int
    wavelength: float  # sites
    gamma_q: float  # ΔE/ħ
    gamma_q_tau_c: float  # γ_q·τ_c, dimensionless
    gamma_q_t_h: float  # γ_q·t_H, dimensionless
    window: str  # transport.mode_window: short, diffusive or long
    count: int
    median: float
    low: float
    high: float
    mean: float
    sd: float
    #: the sweeps' mode-rate (log-linear fit from τ_c while a_q stays above 20 %): median and range over seeds
    tail_median: float
    tail_low: float
    tail_high: float


def summarize(spec: DiffusionRangeSpec, table: SweepTable) -> list[ModePoint]:
    """Per mode with at least one finished run, in the order of the modes."""
    base = spec.base()
    lim = spec.limits()
    out = []
    for i, q in enumerate(spec.modes_used()):
        rows: list[SweepRow] = [r for r in table.rows if r.point == i]
        if not rows:
            continue
        ratio = np.array([r.mode_efold_ratio for r in rows if math.isfinite(r.mode_efold_ratio)])
        tail = np.array([r.mode_rate_ratio for r in rows if math.isfinite(r.mode_rate_ratio)])
        gq = transport.ham_mode_rate(base.gamma, q, spec.sites)

        def stat(f, a: np.ndarray) -> float:
            return float(f(a)) if a.size else math.nan

        out.append(
            ModePoint(
                q,
                mode_wavelength(q, spec.sites),
                gq,
                gq * lim.tau_c,
                gq * lim.heisenberg,
                transport.mode_window(gq, spec.bandwidth, spec.levels),
                len(rows),
                stat(np.median, ratio),
                stat(np.min, ratio),
                stat(np.max, ratio),
                stat(np.mean, ratio),
                float(ratio.std(ddof=1)) if ratio.size > 1 else math.nan,
                stat(np.median, tail),
                stat(np.min, tail),
                stat(np.max, tail),
            )
        )
    return out


def progress(done_seconds: float, total_seconds: float, elapsed: float) -> tuple[float, float]:
    """(fraction done, seconds left) from the estimates of the runs finished and of all runs, and the time
    elapsed: the rate measured so far applied to what is left (NaN before anything finished)."""
    if total_seconds <= 0:
        return 1.0, 0.0
    fraction = min(1.0, done_seconds / total_seconds)
    left = elapsed * (1.0 - fraction) / fraction if fraction > 0 else math.nan
    return fraction, left
