"""Does the exact dynamics obey Fourier's law? A verdict that a single pure state cannot fool
(docs/physics.md §5, "The verdict").

The law says that the current on each edge follows the golden-rule drive `k_ab·P_a − k_ba·P_b`
(γ·(P_μ − P_{μ+1}) on a uniform chain) on time scales past the correlation time τ_c = 2π/δε. One pure
state's currents fluctuate around that drive: for a random state with populations P_a, P_b the current
J_ab = 2·Im(ψ_b^†·B_ab·ψ_a) has variance 2·λ_ab²·P_a·P_b (E|c|² = 1), and each τ_c brings a fresh value.
So the currents and the drive are averaged over windows of two correlation times past t_fit, the slope
J/drive is fitted with each window weighted by its expected variance (fluctuations / (K·independent
values) plus a systematic floor of FLOOR × the drive), and the law is judged by

- the reduced χ² of the residuals against that variance: above its 99.9 % quantile there is no linear law;
- the slope s = γ_fit/γ and its standard error: s ≈ 1 holds, s elsewhere holds with HAM's rate off by s.

A run too short to pass t_fit, or whose currents are too noisy to fix the slope, is "undecided" — unless
eq. (14) says there is no rate to find: c1 < 1 (too few levels) or 4π²·c2 ≫ 1 (the populations settle
before one correlation time: no diffusive window).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from fourier_gui.physics.criteria import C1_MIN, at_least, correlation_time

#: Window length in correlation times 2π/δε.
WINDOW_CORRELATION_TIMES = 2.0
#: The systematic share of the drive a window may miss before it counts against the law.
FLOOR = 0.35
#: Normal quantile of the χ² test (99.9 %): a law that holds fails it about once in a thousand runs.
Z_CHI2 = 3.09
#: The slope's standard error above which the currents are too noisy to judge.
MAX_SLOPE_ERROR = 0.2
#: HAM's rate counts as right while γ_fit/γ lies in [1/RATE_TOLERANCE, RATE_TOLERANCE] (or within 3 errors).
RATE_TOLERANCE = 1.3
#: The fewest windows past t_fit a verdict needs.
MIN_WINDOWS = 3
#: A run whose correlation time exceeds its relaxation time this many times over has no diffusive window
#: (4π²·c2 ≫ 1): when it is too short to judge, that is the verdict.
WINDOW_CLOSED = 10.0
#: A window whose pair product P_a·P_b is below this share of the largest one the run reaches on any bond
#: carries nothing the fit can use: the variance 2λ²P_aP_b/K that would weight it is the leading order for a
#: state spread over both bands, and vanishes with the emptier side, where the corrections it leaves out
#: (the population arriving within one correlation time, ~4π²·c2·P_a; off-resonant admixture ~c2·P_a) rule
#: instead. Left in, nearly empty bonds took almost all the weight (1e15 × a carrying bond's) and set γ_fit.
CARRYING_SHARE = 0.01
#: Populations of neighbours that differ by more than this are not "still equal": with no drive between them,
#: the golden rule has no channel there (bands that do not overlap), not a run too short.
EQUAL_POPULATIONS = 0.01

HOLDS, FAILS, UNDECIDED = "holds", "fails", "undecided"


@dataclass(frozen=True)
class FourierVerdict:
    """The verdict (`holds`, `fails`, `undecided`), its reason in plain words and the numbers behind it."""

    verdict: str
    reason: str
    gamma_ratio: float  # fitted slope J/drive = γ_fit/γ (NaN when not fitted)
    ratio_error: float  # its standard error
    chi2: float  # reduced χ² of the windows against the expected fluctuations
    chi2_limit: float  # its 99.9 % quantile
    windows: int  # window × edge points in the fit
    t_fit: float
    #: The law holds, but some bond has c1 < 1: outside the regime HAM is derived for (eq. 14), whose
    #: populations then need not follow the exact ones although the currents follow the drive.
    outside_regime: bool = False

    @property
    def label(self) -> str:
        """One short line for a badge."""
        if self.verdict == HOLDS and self.outside_regime:
            return "Fourier's law holds, outside HAM's regime"
        if self.verdict == HOLDS:
            return "Fourier's law holds" if self.rate_right else f"Fourier's law holds, rate ×{self.gamma_ratio:.2f}"
        return "No Fourier's law" if self.verdict == FAILS else "Fourier's law undecided"

    @property
    def plain(self) -> str:
        """The verdict in words for a class, no symbol or number (the `reason` holds those, for a tooltip and
        the files): what the currents do."""
        if self.verdict == HOLDS and self.outside_regime:
            return "Fourier's law holds, but outside the conditions HAM is derived for: its curves may be off"
        if self.verdict == HOLDS:
            if self.rate_right:
                return "Fourier's law holds: the currents follow the energy differences"
            pace = "faster" if self.gamma_ratio > 1 else "slower"
            return f"Fourier's law holds: the currents follow the energy differences, {pace} than HAM's rate"
        if self.verdict == FAILS and self.reason.startswith("no resonant channel"):
            return "No Fourier's law: no energy can flow between these subunits (their bands do not overlap)"
        if self.verdict == FAILS:
            return "No Fourier's law: the currents do not follow the energy differences"
        if self.reason.startswith("too short"):
            return "Not decided yet: the run is too short to tell"
        return "Not decided: the currents are too noisy to tell"

    @property
    def badge(self) -> tuple[str, str]:
        """The badge of this verdict: its colour (met / marginal / violated) and its word."""
        if self.verdict == HOLDS and self.outside_regime:
            return ("marginal", "holds, outside HAM's regime")
        if self.verdict == HOLDS:
            return ("met", "holds") if self.rate_right else ("marginal", f"holds, rate ×{self.gamma_ratio:.2f}")
        return ("violated", "fails") if self.verdict == FAILS else ("marginal", "undecided")

    def as_dict(self) -> dict[str, object]:
        """The numbers of the verdict for the JSON summary and the CSV metadata (docs/contracts.md); a number
        not yet known (no fit) is None."""
        numbers = {
            "verdict": self.verdict,
            "reason": self.reason,
            "gamma_ratio": self.gamma_ratio,
            "gamma_ratio_error": self.ratio_error,
            "chi2": self.chi2,
            "chi2_limit": self.chi2_limit,
            "windows": self.windows,
            "t_fit": self.t_fit,
            "outside_regime": self.outside_regime,
        }
        return {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in numbers.items()}

    @property
    def rate_right(self) -> bool:
        s, e = self.gamma_ratio, self.ratio_error
        return 1 / RATE_TOLERANCE <= s <= RATE_TOLERANCE or abs(s - 1.0) <= 3 * e


def chi2_quantile(dof: int, z: float = Z_CHI2) -> float:
    """The reduced χ² that `dof` degrees of freedom exceed with the normal tail probability of z
    (Wilson–Hilferty: accurate to a few per cent from dof = 3 on)."""
    a = 2.0 / (9.0 * dof)
    return (1.0 - a + z * math.sqrt(a)) ** 3


def window_index(times: np.ndarray, length: float) -> np.ndarray:
    """Consecutive windows of `length` from times[0]: the window number of each time, 0 … W−1 (no gaps)."""
    raw = np.floor((times - times[0]) / length + 1e-9).astype(np.int64)
    return np.unique(raw, return_inverse=True)[1]


def fourier_verdict(
    times: np.ndarray,
    currents: np.ndarray,
    drive: np.ndarray,
    pair_products: np.ndarray,
    lams: np.ndarray,
    samples: int,
    bandwidth: float,
    t_fit: float,
    worst_c1: float,
    window: float = 0.0,
    steps: np.ndarray | None = None,
) -> FourierVerdict:
    """Judge J (M, E) against the golden-rule drive (M, E) from `t_fit` on. `pair_products` is P_a·P_b on each
    edge (M, E), `lams` the λ of each edge (E,), `samples` the number K of pure states averaged; `worst_c1`
    and `window` (4π²·c2 = (2π/δε)·γ) are eq. (14)'s criteria of the worst edge; `steps` (M, E), the
    population differences P_a − P_b, tell a drive that is zero because the populations are equal from one
    that is zero because the golden rule has no channel (bands that do not overlap)."""
    tau_c = correlation_time(bandwidth)
    rows = (times >= t_fit) & np.all(np.isfinite(currents), axis=1) & np.all(np.isfinite(drive), axis=1)
    nothing = FourierVerdict(UNDECIDED, "", math.nan, math.nan, math.nan, math.nan, 0, t_fit)
    if np.count_nonzero(rows) < MIN_WINDOWS:
        return _too_short(
            nothing, f"the run must go on past t = {t_fit:.4g} (2 correlation times 4π/δε and 0.2/γ)", window
        )
    t = times[rows]
    which = window_index(t, WINDOW_CORRELATION_TIMES * tau_c)
    count = which.max() + 1
    if count < MIN_WINDOWS:
        return _too_short(nothing, "fewer than three correlation-time windows past t_fit", window)
    step = float(np.median(np.diff(times))) if times.size > 1 else tau_c
    j, d, v = _window_means(which, count, currents[rows], drive[rows], pair_products[rows])
    points = np.bincount(which).astype(float)
    independent = np.maximum(1.0, np.minimum(points, points * step / tau_c))[:, None]
    carrying = v >= CARRYING_SHARE * float(np.max(v, initial=0.0))
    j, d, v, independent = j[carrying], d[carrying], v[carrying], np.broadcast_to(independent, carrying.shape)[carrying]
    edge_lams = np.broadcast_to(np.asarray(lams, dtype=float)[None, :], carrying.shape)[carrying]
    noise = 2.0 * edge_lams**2 * v / (samples * independent)
    slope, error = _weighted_slope(j, d, noise)
    if not math.isfinite(slope):
        if steps is not None and float(np.max(np.abs(steps[rows]), initial=0.0)) > EQUAL_POPULATIONS:
            return _with(
                nothing,
                FAILS,
                "no resonant channel: the bands of neighbouring subunits do not overlap, so the golden rule "
                "gives no rate between them (eq. 10) and a longer run cannot change that",
            )
        return _with(nothing, reason="too short to tell: no drive yet (the populations are still equal)")
    variance = np.maximum(noise + (FLOOR * slope * d) ** 2, 1e-300)  # an edge with P_a·P_b = 0 and no drive
    dof = max(1, j.size - 1)
    chi2 = float(np.sum((j - slope * d) ** 2 / variance) / dof)
    verdict = FourierVerdict(UNDECIDED, "", slope, error, chi2, chi2_quantile(dof), int(j.size), t_fit)
    judged = _with(verdict, **_judge(verdict, worst_c1))
    if judged.verdict == HOLDS and not at_least(worst_c1, C1_MIN):  # the c1 badge's own rule
        note = (
            f"; but c1 = {worst_c1:.2g} < 1: outside the regime HAM is derived for (eq. 14), its populations may be off"
        )
        return replace(judged, reason=judged.reason + note, outside_regime=True)
    return judged


def _too_short(nothing: FourierVerdict, why: str, window: float) -> FourierVerdict:
    """A run too short to judge: undecided, unless it has no diffusive window at all (4π²·c2 ≫ 1)."""
    if window > WINDOW_CLOSED:
        return _with(
            nothing,
            FAILS,
            f"no diffusive window: the correlation time 2π/δε is {window:.3g}× the relaxation "
            "time 1/γ (4π²·c2 ≫ 1, eq. 14), so the populations settle before a rate can form",
        )
    return _with(nothing, reason=f"too short to tell: {why}")


def _window_means(which: np.ndarray, count: int, *series: np.ndarray) -> list[np.ndarray]:
    """Each (M, E) series averaged within each window: (W, E) each."""
    points = np.bincount(which, minlength=count)[:, None]
    out = []
    for s in series:
        sums = np.zeros((count, s.shape[1]))
        np.add.at(sums, which, s)
        out.append(sums / points)
    return out


def _weighted_slope(j: np.ndarray, d: np.ndarray, noise: np.ndarray) -> tuple[float, float]:
    """J = s·drive through the origin, each point weighted by 1/variance; with the standard error of s,
    widened by the χ² when the scatter exceeds the fluctuations (never narrowed)."""
    w = 1.0 / np.maximum(noise, 1e-300)
    norm = float(np.sum(w * d * d))
    if norm <= 0 or not math.isfinite(norm):
        return math.nan, math.nan
    slope = float(np.sum(w * d * j)) / norm
    dof = max(1, j.size - 1)
    scatter = float(np.sum(w * (j - slope * d) ** 2)) / dof
    return slope, math.sqrt(max(1.0, scatter) / norm)


def _judge(v: FourierVerdict, worst_c1: float) -> dict[str, str]:
    c1_note = f"c1 = {worst_c1:.2g} < 1: too few levels in the band for a rate (eq. 14)"
    if v.ratio_error > MAX_SLOPE_ERROR or v.gamma_ratio <= 3 * v.ratio_error:  # no slope told from zero
        if not at_least(worst_c1, C1_MIN):
            return {"verdict": FAILS, "reason": f"the currents do not follow the drive and {c1_note}"}
        return {
            "verdict": UNDECIDED,
            "reason": f"too noisy to tell: γ_fit/γ = {v.gamma_ratio:.2f} ± {v.ratio_error:.2f}; "
            "average more states (samples K) or run longer",
        }
    if v.chi2 > v.chi2_limit:
        return {
            "verdict": FAILS,
            "reason": f"no linear law: the currents stray from the drive by more than one state's fluctuations allow "
            f"(χ² = {v.chi2:.2f} > {v.chi2_limit:.2f})",
        }
    if not v.rate_right:
        return {
            "verdict": HOLDS,
            "reason": f"the currents follow the drive, but HAM's rate is off: γ_fit/γ = {v.gamma_ratio:.2f} ± {v.ratio_error:.2f}",
        }
    return {
        "verdict": HOLDS,
        "reason": f"the currents follow the golden-rule drive within one state's fluctuations: "
        f"γ_fit/γ = {v.gamma_ratio:.2f} ± {v.ratio_error:.2f}",
    }


def _with(v: FourierVerdict, verdict: str | None = None, reason: str = "") -> FourierVerdict:
    return replace(v, verdict=verdict or v.verdict, reason=reason)
