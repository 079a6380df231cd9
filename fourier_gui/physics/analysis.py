"""Analysis of runs (docs/physics.md): the diffusion criteria (eq. 14, from `criteria`), the deviation D₁² (eq. 15), the correlation
function f(τ) (eq. 9) and the decay rate fitted to an exact run."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.criteria import correlation_time
from fourier_gui.physics.ham import laplacian_modes
from fourier_gui.physics.optimize import minimize_bounded
from fourier_gui.physics.parameters import SimulationParameters


def d1_squared(times: np.ndarray, exact_p1: np.ndarray, ham_p1: np.ndarray, gamma: float) -> float:
    """Eq. (15): D₁² = (γ/5)∫₀^{5/γ} (P₁^HAM − P₁^exact)² dt, trapezoidal on the output grid.

    The grid must reach 5/γ; points beyond it are left out.
    """
    end = 5.0 / gamma
    times = np.asarray(times, dtype=float)
    if times[-1] < end * (1.0 - 1e-9):
        raise ValueError(f"D₁² needs a run up to 5/γ = {end:.6g}; this one ends at {times[-1]:.6g}")
    keep = times <= end * (1.0 + 1e-9)
    diff2 = (np.asarray(ham_p1)[keep] - np.asarray(exact_p1)[keep]) ** 2
    return float(gamma / 5.0 * np.trapezoid(diff2, times[keep]))


def _offset_weights(coupling_block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """W_d = Σ_{j−i=d} |c_ji|² for offsets d = −(n−1) … n−1 (ω_ji depends on j−i only)."""
    n = coupling_block.shape[0]
    block = coupling_block.astype(np.complex128 if np.iscomplexobj(coupling_block) else np.float64, copy=False)
    w2 = np.abs(block) ** 2  # in double, whatever the storage (single-precision couplings: the same numbers)
    offsets = np.arange(-(n - 1), n)
    weights = np.array([np.trace(w2, offset=-d) for d in offsets])  # entries with j − i = d
    return offsets, weights


def correlation_function(coupling_block: np.ndarray, bandwidth: float, taus: np.ndarray) -> np.ndarray:
    """Eq. (9): f(τ) = (2/n) Σ_{ij} |λc_ji|² (1 − cos ω_ji τ)/ω_ji², ω_ji = ε_j − ε_i (τ²/2 at ω = 0).

    `coupling_block` is B = λc of one bond (λ included).
    """
    n = coupling_block.shape[0]
    offsets, weights = _offset_weights(coupling_block)
    omega = bandwidth * offsets / n
    taus = np.asarray(taus, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = (1.0 - np.cos(np.outer(taus, omega))) / omega**2
    terms[:, offsets == 0] = (taus**2 / 2.0)[:, None]
    return (2.0 / n) * terms @ weights


def correlation_slope(coupling_block: np.ndarray, bandwidth: float, taus: np.ndarray) -> np.ndarray:
    """df/dτ = (2/n) Σ |λc_ji|² sin(ω_ji τ)/ω_ji (τ at ω = 0): tends to γ for τ_c ≪ τ ≪ 2πn/δε."""
    n = coupling_block.shape[0]
    offsets, weights = _offset_weights(coupling_block)
    omega = bandwidth * offsets / n
    taus = np.asarray(taus, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.sin(np.outer(taus, omega)) / omega
    terms[:, offsets == 0] = taus[:, None]
    return (2.0 / n) * terms @ weights


#: The late slope of f(τ) is fitted from this many correlation times on (to a quarter of the Heisenberg time).
SLOPE_FROM_CORRELATION_TIMES = 2.0


def heisenberg_time(levels: int, bandwidth: float) -> float:
    """2πn/δε: up to it the sum in f(τ) behaves like an integral."""
    return 2.0 * np.pi * levels / bandwidth


def fit_decay_rate(times: np.ndarray, exact: np.ndarray, initial: np.ndarray, gamma_guess: float) -> float:
    """The rate γ_fit whose HAM solution (eqs. 11–13) is closest, in least squares, to the exact P(t).

    `exact` has shape (M, N); `initial` is P(0). Searched between γ_guess/100 and 100·γ_guess.
    """
    times = np.asarray(times, dtype=float)
    exact = np.asarray(exact, dtype=float)
    # in the Laplacian's orthonormal modes the misfit is the same sum of squares, and HAM's amplitudes are
    # a_q·e^{−γλ_q t}: the modes are found once, each trial rate costs O(M·N) instead of an N × N solve
    eigenvalues, modes = laplacian_modes(exact.shape[1])
    start = modes.T @ np.asarray(initial, dtype=float)
    observed = exact @ modes

    def misfit(log_rate: float) -> float:
        predicted = np.exp(-np.exp(log_rate) * np.outer(times, eigenvalues)) * start
        return float(np.sum((predicted - observed) ** 2))

    center = np.log(gamma_guess)
    grid = center + np.linspace(-np.log(100), np.log(100), 81)
    best = int(np.argmin([misfit(g) for g in grid]))
    lo, hi = grid[max(best - 1, 0)], grid[min(best + 1, grid.size - 1)]
    return float(np.exp(minimize_bounded(misfit, lo, hi, xtol=1e-8)))


@dataclass(frozen=True)
class CorrelationStudy:
    """f(τ) of eq. (9) for one bond with what the paper reads off it."""

    taus: np.ndarray
    f: np.ndarray
    gamma: float
    tau_c: float
    heisenberg: float
    slope: float  # fitted on 2τ_c … Heisenberg/4, to compare with γ
    intercept: float

    @property
    def slope_over_gamma(self) -> float:
        return self.slope / self.gamma

    def asymptote(self) -> np.ndarray:
        """γτ shifted to meet f at late times: the linear growth whose slope is the HAM rate."""
        return self.gamma * self.taus + self.intercept


def correlation_study(
    coupling_block: np.ndarray, bandwidth: float, gamma: float, points: int = 400
) -> CorrelationStudy:
    """f(τ) on a logarithmic grid from τ_c/100 to twice the Heisenberg time (so that the τ² growth, the
    linear regime and its end all show), its late slope fitted on 2τ_c … T_H/4, and the γτ asymptote."""
    n = coupling_block.shape[0]
    tau_c, t_h = correlation_time(bandwidth), heisenberg_time(n, bandwidth)
    taus = np.geomspace(0.01 * tau_c, 2.0 * t_h, points)
    f = correlation_function(coupling_block, bandwidth, taus)
    late = (taus >= SLOPE_FROM_CORRELATION_TIMES * tau_c) & (taus <= 0.25 * t_h)
    if late.sum() < 2:  # a tiny band: no linear regime to speak of
        late = taus >= taus[points // 2]
    slope, _ = np.polyfit(taus[late], f[late], 1)
    intercept = float(np.mean(f[late] - gamma * taus[late]))
    return CorrelationStudy(taus, f, gamma, tau_c, t_h, float(slope), intercept)


def parameters_correlation(params: SimulationParameters) -> CorrelationStudy:
    """f(τ) of eq. (9) for the first bond of the couplings that `params` draw, with γ of eq. (10)."""
    from fourier_gui.physics.model import Model
    from fourier_gui.physics.system import System

    chain = System.uniform_chain(params.sites, params.levels, params.lam)  # eq. (9) is the paper's chain's
    model = Model.draw(chain, params.bandwidth, params.seed, params.ensemble, params.couplings_precision)
    model.widen()  # the stored couplings, in double
    return correlation_study(model.blocks[0], params.bandwidth, params.gamma)
