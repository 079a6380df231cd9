"""What a lesson step says its run shows, as checks on a `SimulationResult` (docs/contracts.md, "Lesson files").

A closed set of expectations, each a pure function of the run's arrays:

- `Verdict`: the Fourier-law verdict at the end of the run (holds, fails or undecided);
- `Population`: the exact P_μ (mean over the run's samples) of one site at one time, within [min, max];
- `SpreadingExponent`: α of σ²(t) ∝ t^α, a least-squares fit of ln σ² against ln t over a window of γt;
- `HamAgrees` / `HamDeparts`: the largest |P_exact − P_HAM| over the run and the sites is at most / at least a
  bound: the exact dynamics follows HAM's rate equations, or visibly does not.

Times are in units of 1/γ (γt), as a class reads them. The lesson files' thresholds, and why each holds,
are argued in tests/physics/test_lesson_checks.py, which runs every shipped step over several seeds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from fourier_gui.physics.simulation import SimulationResult

VERDICTS = ("holds", "fails", "undecided")


@dataclass(frozen=True)
class Outcome:
    """One expectation checked on one run: did it hold, what was measured, and what was wanted (plain words)."""

    holds: bool
    measured: str
    wanted: str

    def __str__(self) -> str:
        return f"{'ok' if self.holds else 'NOT MET'}: {self.wanted}; the run shows {self.measured}"


def _rows(result: SimulationResult) -> int:
    if result.completed < 2:
        raise ValueError("the run has fewer than two output times")
    return result.completed


def _index_at(result: SimulationResult, gamma_t: float) -> int:
    """The stored output time nearest γt = `gamma_t`."""
    n = _rows(result)
    return int(np.argmin(np.abs(result.times[:n] * result.parameters.gamma - gamma_t)))


@dataclass(frozen=True)
class Verdict:
    verdict: str  # one of VERDICTS

    def check(self, result: SimulationResult) -> Outcome:
        found = result.transport.verdict
        got = "no verdict" if found is None else found.verdict
        return Outcome(got == self.verdict, f"the verdict {got!r}", f"the verdict {self.verdict!r}")


@dataclass(frozen=True)
class Population:
    site: int  # 1-based
    at_gamma_t: float
    min: float
    max: float

    def check(self, result: SimulationResult) -> Outcome:
        k = _index_at(result, self.at_gamma_t)
        value = float(result.exact_mean[k, self.site - 1])
        shown_at = float(result.times[k] * result.parameters.gamma)
        return Outcome(
            bool(self.min <= value <= self.max),
            f"P_{self.site} = {value:.3f} at γt = {shown_at:.2f}",
            f"P_{self.site} in [{self.min:g}, {self.max:g}] at γt = {self.at_gamma_t:g}",
        )


def spreading_exponent(times_gamma: np.ndarray, sigma2: np.ndarray, start: float, stop: float) -> float:
    """α of σ² ∝ t^α: the slope of ln σ² against ln γt over start ≤ γt ≤ stop (NaN with fewer than 3 points)."""
    inside = (times_gamma >= start) & (times_gamma <= stop) & (times_gamma > 0) & (sigma2 > 0) & np.isfinite(sigma2)
    if np.count_nonzero(inside) < 3:
        return float("nan")
    return float(np.polyfit(np.log(times_gamma[inside]), np.log(sigma2[inside]), 1)[0])


@dataclass(frozen=True)
class SpreadingExponent:
    from_gamma_t: float
    to_gamma_t: float
    min: float
    max: float

    def check(self, result: SimulationResult) -> Outcome:
        n = _rows(result)
        alpha = spreading_exponent(
            result.times[:n] * result.parameters.gamma, result.sigma2[:n], self.from_gamma_t, self.to_gamma_t
        )
        window = f"{self.from_gamma_t:g} ≤ γt ≤ {self.to_gamma_t:g}"
        return Outcome(
            bool(self.min <= alpha <= self.max),
            f"σ² ∝ t^{alpha:.2f} over {window}",
            f"σ² ∝ t^α with α in [{self.min:g}, {self.max:g}] over {window}",
        )


def ham_deviation(result: SimulationResult) -> float:
    """max over the run's rows and sites of |P_exact − P_HAM| (the sample mean against HAM)."""
    n = _rows(result)
    return float(np.nanmax(np.abs(result.exact_mean[:n] - result.ham[:n])))


def _deviation_outcome(result: SimulationResult, bound: float, at_most: bool) -> Outcome:
    """HAM's largest miss of the run against `bound`: within it (`at_most`) or beyond it."""
    deviation = ham_deviation(result)
    return Outcome(
        deviation <= bound if at_most else deviation >= bound,
        f"max |P_exact − P_HAM| = {deviation:.3f}",
        f"max |P_exact − P_HAM| {'≤' if at_most else '≥'} {bound:g}",
    )


@dataclass(frozen=True)
class HamAgrees:
    max_deviation: float

    def check(self, result: SimulationResult) -> Outcome:
        return _deviation_outcome(result, self.max_deviation, at_most=True)


@dataclass(frozen=True)
class HamDeparts:
    min_deviation: float

    def check(self, result: SimulationResult) -> Outcome:
        return _deviation_outcome(result, self.min_deviation, at_most=False)


Expectation = Verdict | Population | SpreadingExponent | HamAgrees | HamDeparts


def check_all(expectations: tuple[Expectation, ...], result: SimulationResult) -> list[Outcome]:
    """Each expectation checked on the (finished) run `result`."""
    return [expectation.check(result) for expectation in expectations]
