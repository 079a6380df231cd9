"""Transport measured in the exact dynamics: bond currents, the Fourier-law fit, the conductivity the
currents imply, spreading and Fourier modes (docs/physics.md §5).

Every function takes arrays on the output grid (times (M,), P (M, N), J (M, N−1)) and knows nothing of
how they were computed, so exact runs, ensembles and HAM are measured alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.criteria import correlation_time
from fourier_gui.physics.fourier_verdict import FourierVerdict
from fourier_gui.physics.initial_states import mode_profile
from fourier_gui.physics.model import Model
from fourier_gui.physics.thermodynamics import conductivity, local_temperature, specific_heat

#: Bins of the measured conductivity κ_meas(T), and the fewest samples a bin needs to be shown.
KAPPA_BINS = 12
KAPPA_MIN_COUNT = 3
#: Bonds whose population step is below this carry no usable rate J/ΔP for κ_meas.
MIN_POPULATION_STEP = 1e-6
#: A mode's decay is fitted while its amplitude stays above this fraction of its start (above the noise).
MODE_FLOOR = 0.2


def bond_currents(model: Model, states: np.ndarray) -> np.ndarray:
    """J from a to b on every bond or edge, J = 2·Im(ψ_b^† B_ab ψ_a): (m, bonds, K) (docs/physics.md §5).

    The cost is one product with the couplings per output time, far below the propagation's.
    """
    return model.bond_currents(states)


def population_derivative(model: Model, states: np.ndarray) -> np.ndarray:
    """dP_μ/dt = 2·Im(ψ_μ^† (Hψ)_μ) from H·ψ (not from differences) for states (m, D, K), (m, N, K): the
    continuity check."""
    h_states = np.stack([model.apply(np.ascontiguousarray(state)) for state in states])
    return 2.0 * model.site_sums(states.real * h_states.imag - states.imag * h_states.real)


def ham_currents(ham_probabilities: np.ndarray, gamma: float, edges: list[tuple[int, int]]) -> np.ndarray:
    """HAM's discrete Fourier law J_μ = γ(P_μ − P_{μ+1}) on the chain's bonds (μ, μ+1), (M, N−1)."""
    return gamma * edge_steps(ham_probabilities, edges)


def rate_currents(probabilities: np.ndarray, rates: np.ndarray, edges: list[tuple[int, int]]) -> np.ndarray:
    """The golden-rule drive on each edge, J_ab = k_ab·P_a − k_ba·P_b (docs/physics.md §6), (M, E): HAM's
    current of the populations given, and what Fourier's law says the exact current follows. `rates` holds
    (k_ab, k_ba) per edge (`ham.edge_rates`)."""
    a, b = np.array([e[0] for e in edges]), np.array([e[1] for e in edges])
    return rates[:, 0] * probabilities[:, a] - rates[:, 1] * probabilities[:, b]


def edge_steps(values: np.ndarray, edges: list[tuple[int, int]]) -> np.ndarray:
    """values_a − values_b on every edge (a, b), (M, E)."""
    a, b = np.array([e[0] for e in edges]), np.array([e[1] for e in edges])
    return values[:, a] - values[:, b]


def edge_means(values: np.ndarray, edges: list[tuple[int, int]]) -> np.ndarray:
    """(values_a + values_b)/2 on every edge, (M, E)."""
    a, b = np.array([e[0] for e in edges]), np.array([e[1] for e in edges])
    return 0.5 * (values[:, a] + values[:, b])


def fit_time(gamma: float, bandwidth: float) -> float:
    """t_fit = max(0.2/γ, 4π/δε): past the correlation time, where a rate can hold."""
    return max(0.2 / gamma, 2.0 * correlation_time(bandwidth))


@dataclass(frozen=True)
class FourierFit:
    """J = γ_fit·(P_μ − P_{μ+1}) fitted through the origin over all bonds past t_fit, with its R²."""

    gamma_fit: float
    gamma_ratio: float  # γ_fit/γ
    r2: float
    t_fit: float
    points: int

    @property
    def holds(self) -> bool:
        """The verdict shown to users: a good linear law with about HAM's rate."""
        return self.r2 >= 0.8 and 0.7 <= self.gamma_ratio <= 1.3

    def verdict(self) -> str:
        law = "Fourier's law holds" if self.holds else "No Fourier's law"
        return f"{law}: R² = {self.r2:.2f}, γ_fit/γ = {self.gamma_ratio:.2f}"


def fourier_fit(
    times: np.ndarray,
    currents: np.ndarray,
    probabilities: np.ndarray,
    gamma: float,
    bandwidth: float,
    edges: list[tuple[int, int]],
) -> FourierFit | None:
    """Least squares through the origin of J_ab(t) against P_a(t) − P_b(t) on every edge, t ≥ t_fit
    (docs/physics.md §5); None while fewer than three usable points exist."""
    t_fit = fit_time(gamma, bandwidth)
    rows = times >= t_fit
    j = currents[rows].ravel()
    step = edge_steps(probabilities[rows], edges).ravel()
    usable = np.isfinite(j) & np.isfinite(step)
    j, step = j[usable], step[usable]
    if j.size < 3 or not np.any(step):
        return None
    slope = float(step @ j / (step @ step))
    spread = float(np.sum((j - j.mean()) ** 2))
    r2 = 1.0 - float(np.sum((j - slope * step) ** 2)) / spread if spread > 0 else math.nan
    return FourierFit(slope, slope / gamma, r2, t_fit, int(j.size))


@dataclass(frozen=True)
class KappaBins:
    """κ_meas = (J/ΔP)·c(T̄) binned in the bond temperature T̄: median and quartiles per bin."""

    temperature: np.ndarray
    median: np.ndarray
    low: np.ndarray
    high: np.ndarray
    count: np.ndarray


def measured_conductivity(
    times: np.ndarray,
    currents: np.ndarray,
    probabilities: np.ndarray,
    t_fit: float,
    edges: list[tuple[int, int]],
    site_levels: np.ndarray,
    energies: np.ndarray | float = 1.0,
    bins: int = KAPPA_BINS,
) -> KappaBins:
    """Fourier's law J = κ·ΔT read backwards, per bond and output time past t_fit, at the bond temperature
    T̄ of its mean population (P_a + P_b)/2, binned (bins with fewer than KAPPA_MIN_COUNT samples dropped):
    κ_meas = (J/ΔP)·c(T̄), the bond's measured rate times the local slope c = du/dT of eq. (16). The secant
    J/ΔT of a finite step misreads κ by up to 14 % where c(T) curves (docs/physics.md §5). `site_levels` n_μ
    and `energies` ΔE + Δ_μ of each site (a bond takes the mean of its two)."""
    rows = times >= t_fit
    p = probabilities[rows]
    step = edge_steps(p, edges)
    a, b = np.array([e[0] for e in edges]), np.array([e[1] for e in edges])
    levels = np.asarray(site_levels, dtype=float)
    energy = np.broadcast_to(np.asarray(energies, dtype=float), levels.shape)
    n, e = 0.5 * (levels[a] + levels[b]), 0.5 * (energy[a] + energy[b])
    bond_t = local_temperature(n, edge_means(p, edges), e)
    with np.errstate(divide="ignore", invalid="ignore"):
        kappa = currents[rows] / step * specific_heat(n, bond_t, e)
    usable = np.isfinite(kappa) & np.isfinite(bond_t) & (np.abs(step) > MIN_POPULATION_STEP) & (bond_t > 0)
    kappa, bond_t = kappa[usable], bond_t[usable]
    empty = np.zeros(0)
    if kappa.size < KAPPA_MIN_COUNT:
        return KappaBins(empty, empty, empty, empty, empty.astype(int))
    bin_edges = np.linspace(bond_t.min(), bond_t.max() * (1 + 1e-12), bins + 1)
    which = np.clip(np.digitize(bond_t, bin_edges) - 1, 0, bins - 1)
    out: list[tuple[float, float, float, float, int]] = []
    for i in range(bins):
        sample = kappa[which == i]
        if sample.size >= KAPPA_MIN_COUNT:
            q1, q2, q3 = np.percentile(sample, [25, 50, 75])
            out.append((float(bond_t[which == i].mean()), q2, q1, q3, sample.size))
    if not out:
        return KappaBins(empty, empty, empty, empty, empty.astype(int))
    t, med, lo, hi, n = (np.array(col) for col in zip(*out, strict=True))
    return KappaBins(t, med, lo, hi, n.astype(int))


@dataclass(frozen=True)
class TransportSummary:
    """What the first `rows` rows of a run say about transport: the verdict on Fourier's law, the plain
    fit J = γ_fit·ΔP (None until enough rows), κ_meas(T) and the local exponent α(t) ((M,), NaN from row `rows` on). Made whole by
    `simulation.summarize` and never changed after (its arrays are read-only)."""

    fourier: FourierFit | None
    kappa: KappaBins
    alpha: np.ndarray  # (M,)
    rows: int = 0
    verdict: FourierVerdict | None = None  # does the law hold (fourier_verdict), None before any row
    final: bool = False  # made at the end of the run (complete or stopped): `fitted_rate` is set
    fitted_rate: float | None = None  # the chain's HAM rate fitted to the whole run (SimulationResult.fitted_rate)

    @classmethod
    def empty(cls, points: int) -> TransportSummary:
        """The summary of no rows, for a run of `points` output times."""
        none = np.zeros(0)
        alpha = np.full(points, np.nan)
        alpha.flags.writeable = False
        return cls(None, KappaBins(none, none, none, none, none.astype(int)), alpha)


def hopping_conductivity(levels: int, lam: float, bandwidth: float, temperatures: np.ndarray) -> np.ndarray:
    """κ(T) = γ·c(T) of eq. (16), the curve κ_meas is compared with."""
    return conductivity(levels, lam, bandwidth, temperatures)


def start_site(initial_probabilities: np.ndarray) -> float:
    """μ0 (1-based) of a spreading measurement: the initial centre of the excitation, Σ μ·P_μ(0)."""
    sites = np.arange(1, initial_probabilities.size + 1)
    return float(sites @ initial_probabilities / initial_probabilities.sum())


def spreading(probabilities: np.ndarray, mu0: float) -> np.ndarray:
    """σ²(t) = Σ_μ P_μ(t)·(μ − μ0)², (M,): ≈ 2γt while diffusive, ∝ t² when coherent."""
    sites = np.arange(1, probabilities.shape[1] + 1)
    return probabilities @ (sites - mu0) ** 2


def local_exponent(times: np.ndarray, sigma2: np.ndarray) -> np.ndarray:
    """α(t) = d ln σ²/d ln t (1 diffusive, 2 ballistic); NaN where t or σ² is not positive."""
    alpha = np.full(times.shape, np.nan)
    good = (times > 0) & (sigma2 > 0) & np.isfinite(sigma2)
    if np.count_nonzero(good) >= 3:
        alpha[good] = np.gradient(np.log(sigma2[good]), np.log(times[good]))
    return alpha


def mode_amplitude(probabilities: np.ndarray, q: int) -> np.ndarray:
    """a_q(t) = (2/N)·Σ_μ cos(qπ(μ − ½)/N)·P_μ(t), (M,)."""
    sites = probabilities.shape[1]
    return probabilities @ mode_profile(sites, q) * (2.0 / sites)


def mode_run_length(q: int, sites: int, floor: float = MODE_FLOOR) -> float:
    """t_max·γ a run needs for HAM's mode q to decay to `floor` of its start, with a quarter to spare."""
    return 1.25 * math.log(1.0 / floor) / (2.0 * (1.0 - math.cos(q * math.pi / sites)))


#: A mode whose HAM decay time 1/γ_q is shorter than one correlation time (γ_q·τ_c above 1) would be gone
#: to 1/e while the dynamics is still its quadratic start, before the rate equations apply: its decay is not
#: diffusion (the short-wavelength edge). N = 10, c1 = 2 reaches 0.77 at q = 9 and decays at 0.94 of γ_q.
MODE_SHORT_EDGE = 1.0
#: A mode whose decay time 1/γ_q is longer than the Heisenberg time t_H = 2πn/δε (γ_q·t_H below 1) outlives
#: the continuum the golden rule assumes: the discrete levels are resolved first (the long-wavelength edge).
MODE_LONG_EDGE = 1.0


def mode_window(gamma_q: float, bandwidth: float, levels: int) -> str:
    """Where mode q's decay sits against the two limits of diffusion (docs/physics.md §5, "Fourier modes"):
    "short" (γ_q·τ_c > MODE_SHORT_EDGE: gone within a correlation time τ_c = 2π/δε), "long" (γ_q·t_H <
    MODE_LONG_EDGE: slower than the Heisenberg time t_H = 2πn/δε) or "diffusive"."""
    if gamma_q * correlation_time(bandwidth) > MODE_SHORT_EDGE:
        return "short"
    if gamma_q * 2.0 * math.pi * levels / bandwidth < MODE_LONG_EDGE:
        return "long"
    return "diffusive"


def ham_mode_rate(gamma: float, q: int, sites: int) -> float:
    """γ_q = 2γ(1 − cos(qπ/N)): HAM's decay rate of mode q."""
    return 2.0 * gamma * (1.0 - math.cos(q * math.pi / sites))


def fit_mode_rate(
    times: np.ndarray, amplitude: np.ndarray, start: float = 0.0, floor: float = MODE_FLOOR
) -> float | None:
    """The decay rate of a_q: log-linear least squares from t = `start` (the correlation time 2π/δε: before
    it a_q falls like 1 − c·t², not exponentially) while a_q stays above `floor`·a_q(0) (past that the
    equilibrium fluctuations of a finite band dominate); None with fewer than 3 points — a run too short
    for the mode, or a mode gone before the correlation time."""
    good = np.isfinite(amplitude)
    if not good.any() or amplitude[0] <= 0:
        return None
    above = (amplitude > floor * amplitude[0]) & good
    stop = int(np.argmin(above)) if not above.all() else amplitude.size
    keep = times[:stop] >= start
    t, a = times[:stop][keep], amplitude[:stop][keep]
    if t.size < 3:
        return None
    slope = np.polyfit(t, np.log(a), 1)[0]
    return float(-slope)


def efold_mode_rate(times: np.ndarray, amplitude: np.ndarray) -> float | None:
    """The rate of a_q's first e-fold (docs/physics.md §5, "Where diffusion ends"): least squares of
    ln(a_q(0)/a_q(t)) = Γ·t through the origin over 0 ≤ t ≤ t_e, t_e the first output time at which a_q has
    fallen to a_q(0)/e (the whole run if it never does). An exponential e^{−γ_q t} gives γ_q exactly; a mode
    that loses its first e-fold within the quadratic start (t ≲ τ_c) reads below γ_q. None with fewer than
    3 points past t = 0 or a start that is not positive."""
    good = np.isfinite(amplitude)
    if not good.all() or amplitude[0] <= 0:
        return None
    fallen = np.nonzero(amplitude <= amplitude[0] / math.e)[0]
    stop = int(fallen[0]) + 1 if fallen.size else amplitude.size
    t, a = times[:stop], amplitude[:stop]
    if np.count_nonzero(t > 0) < 3 or np.any(a <= 0):
        return None
    y = np.log(a[0] / a)
    return float(t @ y / (t @ t))
