"""The HAM rate and the diffusion criteria: the one home of eqs. (10) and (14) (docs/physics.md §1).

γ = 2πλ²n/δε (eq. 10); c1 = 2λn/δε ≥ 1 and c2 = λ²n/δε² ≪ 1 (eq. 14), with the verdicts
met / marginal / violated (c2 ≤ 0.1 met, 0.1 … 1 marginal, > 1 violated). Beside them the diffusive
window: a rate needs times past the correlation time 2π/δε and before 1/γ, so their ratio
(2π/δε)/(1/γ) = 4π²·c2 must be ≪ 1 (docs/physics.md §5). Thresholds are compared with a relative
tolerance, so that c1 = 0.9999999999999999 (λ typed to 17 digits) counts as 1.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

#: A number, or an array of them (one per bond): the formulas below take either.
Value = TypeVar("Value", float, np.ndarray)

#: c1 must reach this (eq. 14).
C1_MIN = 1.0
#: c2 up to this counts as met, up to C2_VIOLATED as marginal, above as violated (eq. 14, "≪ 1").
C2_MET = 0.1
C2_VIOLATED = 1.0
#: The diffusive window 4π²·c2 up to this counts as met, up to WINDOW_VIOLATED as marginal.
WINDOW_MET = 0.1
WINDOW_VIOLATED = 1.0
VERDICTS = ("met", "marginal", "violated")
#: Relative tolerance of every threshold comparison (rounding of typed values).
TOLERANCE = 1e-9


def correlation_time(bandwidth: float) -> float:
    """τ_c = 2π/δε, the period of the band's widest frequency (docs/physics.md §1), the one τ_c of the app:
    below it f(τ) grows like τ², past it like γτ (f′(τ)/γ is only 0.31 at 1/δε)."""
    return 2.0 * math.pi / bandwidth


def at_least(value: float, threshold: float) -> bool:
    """value ≥ threshold, up to the relative TOLERANCE."""
    return value >= threshold * (1.0 - TOLERANCE)


def at_most(value: float, threshold: float) -> bool:
    """value ≤ threshold, up to the relative TOLERANCE."""
    return value <= threshold * (1.0 + TOLERANCE)


def graded(value: float, met: float, violated: float) -> str:
    """met up to `met`, marginal up to `violated`, violated above."""
    if at_most(value, met):
        return "met"
    return "marginal" if at_most(value, violated) else "violated"


def hamiltonian_rate(levels: Value, lam: Value, bandwidth: float) -> Value:
    """Eq. (10): the HAM transition rate γ = 2πλ²n/δε."""
    return 2.0 * math.pi * lam * lam * levels / bandwidth  # lam*lam: inf on overflow, refused by the caller


def first_criterion(levels: Value, lam: Value, bandwidth: float) -> Value:
    """Eq. (14): c1 = 2λn/δε."""
    return 2.0 * lam * levels / bandwidth


def second_criterion(levels: Value, lam: Value, bandwidth: float) -> Value:
    """Eq. (14): c2 = λ²n/δε²."""
    return lam * lam * levels / (bandwidth * bandwidth)


def lam_for_c1(c1: float, levels: float, bandwidth: float) -> float:
    """The coupling λ = c1·δε/(2n) that puts a band of n levels at the given c1 (Fig. 3's protocol)."""
    return c1 * bandwidth / (2.0 * levels)


def c1_where_c2_is(c2: float, levels: float) -> float:
    """Along λ at fixed n, c2 = c1²/(4n): the c1 at which c2 reaches a given value."""
    return math.sqrt(4.0 * levels * c2)


def regime_bounds(levels: float) -> list[tuple[float, float, str]]:
    """Intervals of c1 (at fixed n) where eq. (14) fails or is marginal: (low, high, verdict)."""
    marginal = c1_where_c2_is(min(C2_MET, WINDOW_MET / (4 * math.pi**2)), levels)
    violated = c1_where_c2_is(min(C2_VIOLATED, WINDOW_VIOLATED / (4 * math.pi**2)), levels)
    return [(1e-3, C1_MIN, "violated"), (marginal, violated, "marginal"), (violated, 1e4, "violated")]


@dataclass(frozen=True)
class Criteria:
    """Eq. (14): c1 = 2λn/δε ≥ 1 and c2 = λ²n/δε² ≪ 1, each with a verdict met / marginal / violated."""

    c1: float
    c2: float

    @property
    def c1_verdict(self) -> str:
        return "met" if at_least(self.c1, C1_MIN) else "violated"

    @property
    def c2_verdict(self) -> str:
        return graded(self.c2, C2_MET, C2_VIOLATED)

    @property
    def window(self) -> float:
        """(2π/δε)·γ = 4π²·c2: the correlation time over the relaxation time; a diffusive window needs ≪ 1."""
        return 4.0 * math.pi**2 * self.c2

    @property
    def window_verdict(self) -> str:
        return graded(self.window, WINDOW_MET, WINDOW_VIOLATED)

    @property
    def verdict(self) -> str:
        """The worst of the three verdicts."""
        return max(self.c1_verdict, self.c2_verdict, self.window_verdict, key=VERDICTS.index)


def diffusion_criteria(levels: float, lam: float, bandwidth: float) -> Criteria:
    """Eq. (14) for one band size, coupling and band width."""
    return Criteria(first_criterion(levels, lam, bandwidth), second_criterion(levels, lam, bandwidth))


def worst_edge_criteria(
    site_levels: Sequence[float], edges: Sequence[tuple[int, int]], lams: Sequence[float], bandwidth: float
) -> Criteria:
    """Eq. (14) on every edge of a graph (docs/physics.md §6), in each direction with the receiving band's
    n: the criteria of the worst edge, which is what the badges show."""
    worst: Criteria | None = None
    for (a, b), lam in zip(edges, lams, strict=True):
        for n in (site_levels[a], site_levels[b]):
            edge = diffusion_criteria(n, lam, bandwidth)
            if (
                worst is None
                or VERDICTS.index(edge.verdict) > VERDICTS.index(worst.verdict)
                or (edge.verdict == worst.verdict and (edge.c1 < worst.c1 or edge.c2 > worst.c2))
            ):
                worst = edge
    if worst is None:
        raise ValueError("a graph needs at least one edge")
    return worst
