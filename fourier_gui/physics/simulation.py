"""One run end to end: model, initial states, exact dynamics streamed in chunks, HAM beside it.

The store a run fills (execution/run.py streams the chunks into it).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from fourier_gui.physics import transport
from fourier_gui.physics.analysis import d1_squared, fit_decay_rate
from fourier_gui.physics.criteria import Criteria, diffusion_criteria
from fourier_gui.physics.ham import ham_probabilities
from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.model import level_bin_starts
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.propagation import Chunk
from fourier_gui.physics.system_model import rate_matrix, rate_probabilities
from fourier_gui.physics.thermodynamics import local_temperature
from fourier_gui.physics.transport import TransportSummary

#: Seconds between two recomputations of a run's pooled transport figures (the fit, κ_meas, α).
SUMMARY_SECONDS = 0.25


@dataclass
class SimulationResult:
    """Exact and HAM site probabilities on the output grid; rows 0 … completed−1 are filled."""

    parameters: SimulationParameters
    method: str
    times: np.ndarray  # (M,)
    exact_samples: np.ndarray  # (M, N, K)
    ham: np.ndarray  # (M, N)
    completed: int = 0
    completed_time: float = 0.0
    elapsed_s: float = 0.0
    max_norm_error: float = 0.0
    rewrites: int = 0  # how often stored rows were computed again (a widened Chebyshev window redoes its rows)
    current_samples: np.ndarray = field(default=None, repr=False)  # type: ignore[arg-type]  # (M, N−1, K)
    #: (M, N, bins) binned level populations of each band (docs/physics.md §1); None on graphs
    level_populations: np.ndarray | None = field(default=None, repr=False)
    # Derived per stored row, once, by whoever stores it (the worker thread during a run), never per frame:
    exact_mean: np.ndarray = field(init=False, repr=False)  # (M, N) sample mean of P_μ(t)
    exact_low: np.ndarray = field(init=False, repr=False)  # (M, N) sample minimum
    exact_high: np.ndarray = field(init=False, repr=False)  # (M, N) sample maximum
    temperatures: np.ndarray = field(init=False, repr=False)  # (M, N) local T_μ(t) (docs/physics.md §4)
    currents: np.ndarray = field(init=False, repr=False)  # (M, N−1) sample mean of J_μ(t) (§5)
    sigma2: np.ndarray = field(init=False, repr=False)  # (M,) spreading σ²(t) about μ0 (§5)
    mode_amplitude: np.ndarray = field(init=False, repr=False)  # (M,) a_q(t) of the mode `mode_q` (§5)
    transport: TransportSummary = field(init=False, repr=False)  # the Fourier-law fit and κ_meas so far
    alpha: np.ndarray = field(init=False, repr=False)  # (M,) local exponent d ln σ²/d ln t of the rows so far
    # HAM's counterparts, in closed form for the whole grid at once:
    ham_currents: np.ndarray = field(init=False, repr=False)  # (M, N−1)
    ham_sigma2: np.ndarray = field(init=False, repr=False)  # (M,)
    ham_mode_amplitude: np.ndarray = field(init=False, repr=False)  # (M,)
    ham_alpha: np.ndarray = field(init=False, repr=False)  # (M,)

    def __post_init__(self) -> None:
        m, n, k = self.exact_samples.shape
        self.exact_mean, self.exact_low, self.exact_high, self.temperatures = (
            np.full((m, n), np.nan) for _ in range(4)
        )
        p = self.parameters
        # the edges the currents live on: None for the chain's bonds (μ, μ+1), else the graph's (§6)
        layout = None if p.is_uniform_chain else p.system()
        self.edges: list[tuple[int, int]] | None = None if layout is None else layout.edges
        bonds = n - 1 if layout is None else len(layout.edges)
        if self.current_samples is None:
            self.current_samples = np.full((m, bonds, k), np.nan)
        if self.level_populations is None and layout is None:
            bins = level_bin_starts(p.levels).size
            self.level_populations = np.full((m, n, bins), np.nan, dtype=np.float32)
        self.currents = np.full((m, bonds), np.nan)
        self.steps = np.full((m, bonds), np.nan)  # P_a − P_b on each bond or edge: Fourier's law's drive
        self.sigma2, self.mode_amplitude = np.full(m, np.nan), np.full(m, np.nan)
        self.mu0 = transport.start_site(self.ham[0])
        spec = parse_initial_spec(self.parameters.initial, n, self.parameters.levels)
        self.mode_q = spec.mode if spec.kind == "mode" else 1
        if layout is None:
            self.ham_currents = transport.ham_currents(self.ham, self.gamma)
        else:
            rates = rate_matrix(layout.site_levels, layout.offsets, p.bandwidth, layout.edges, layout.lams)
            self.ham_currents = transport.rate_currents(self.ham, rates, layout.edges)
        self.ham_sigma2 = transport.spreading(self.ham, self.mu0)
        self.ham_mode_amplitude = transport.mode_amplitude(self.ham, self.mode_q)
        self.ham_alpha = transport.local_exponent(self.times, self.ham_sigma2)
        self.alpha = np.full(m, np.nan)
        self.transport = TransportSummary.empty()
        self.t_fit = transport.fit_time(self.gamma, self.parameters.bandwidth)  # the fits use rows from here on
        self.summarized_rows, self.summarized_at = 0, time.perf_counter()
        if self.completed:
            self._derive(0, self.completed)
            self.summarize()

    @classmethod
    def empty(cls, params: SimulationParameters, method: str) -> SimulationResult:
        times = params.output_times()
        p0 = parse_initial_spec(params.initial, params.sites, params.levels).probabilities(params.sites)
        exact = np.full((times.size, params.sites, params.samples), np.nan)
        if params.is_uniform_chain:
            return cls(params, method, times, exact, ham_probabilities(p0, params.gamma, times))
        layout = params.system()  # HAM generalised: the golden-rule rate matrix (docs/physics.md §6)
        rates = rate_matrix(layout.site_levels, layout.offsets, params.bandwidth, layout.edges, layout.lams)
        return cls(params, method, times, exact, rate_probabilities(p0, rates, layout.site_levels, times))

    def add(self, chunk: Chunk) -> None:
        """Store a chunk of exact probabilities (chunks arrive in order)."""
        m = chunk.times.size
        if m:
            if chunk.start < self.completed:
                self.rewrites += 1
            self.store_rows(chunk.start, chunk.sample_probabilities, chunk.sample_currents, chunk.level_populations)
            self.max_norm_error = float(np.maximum(self.max_norm_error, chunk.norm_error))  # NaN stays NaN
            # the pooled figures a few times a second (and at the end): live enough, and cheap
            if self.is_complete or time.perf_counter() - self.summarized_at >= SUMMARY_SECONDS:
                self.summarize()
        self.completed_time = max(self.completed_time, chunk.completed_time)

    def store_rows(
        self,
        start: int,
        sample_probabilities: np.ndarray,
        sample_currents: np.ndarray | None = None,
        level_populations: np.ndarray | None = None,
    ) -> None:
        """Store rows start … start+m−1 (m, N, K) with their derived series; `completed` moves last,
        so a reader on another thread never sees a row counted before it is whole."""
        stop = start + sample_probabilities.shape[0]
        self.exact_samples[start:stop] = sample_probabilities
        if sample_currents is not None:
            self.current_samples[start:stop] = sample_currents
        if level_populations is not None and self.level_populations is not None:
            self.level_populations[start:stop] = level_populations
        self._derive(start, stop)
        self.completed = max(self.completed, stop)

    def _derive(self, start: int, stop: int) -> None:
        rows = self.exact_samples[start:stop]
        self.exact_mean[start:stop] = rows.mean(axis=2)
        self.exact_low[start:stop] = rows.min(axis=2)
        self.exact_high[start:stop] = rows.max(axis=2)
        self.temperatures[start:stop] = local_temperature(self.parameters.levels, self.exact_mean[start:stop])
        self.currents[start:stop] = self.current_samples[start:stop].mean(axis=2)
        self.steps[start:stop] = transport.edge_steps(self.exact_mean[start:stop], self.edges)
        self.sigma2[start:stop] = transport.spreading(self.exact_mean[start:stop], self.mu0)
        self.mode_amplitude[start:stop] = transport.mode_amplitude(self.exact_mean[start:stop], self.mode_q)

    def catch_up_summary(self) -> None:
        """Summarize the rows stored since the last summary, if any (at the end of a run, or a stop)."""
        if self.summarized_rows != self.completed:
            self.summarize()

    def summarize(self) -> None:
        """The pooled transport figures of the rows so far (O(M·N), cheap beside a chunk's propagation)."""
        n, p = self.completed, self.parameters
        self.summarized_rows, self.summarized_at = n, time.perf_counter()
        self.alpha[:n] = transport.local_exponent(self.times[:n], self.sigma2[:n])
        self.transport = TransportSummary(
            transport.fourier_fit(
                self.times[:n], self.currents[:n], self.exact_mean[:n], self.gamma, p.bandwidth, self.edges
            ),
            transport.measured_conductivity(
                self.times[:n], self.currents[:n], self.temperatures[:n], self.t_fit, edges=self.edges
            ),
        )

    # --- views --------------------------------------------------------------------------
    @property
    def is_complete(self) -> bool:
        return self.completed == self.times.size

    @property
    def exact(self) -> np.ndarray:
        """P_μ(t) averaged over samples, (M, N); NaN where not computed yet."""
        return self.exact_mean

    @property
    def progress(self) -> float:
        return min(1.0, self.completed_time / self.times[-1]) if self.times[-1] > 0 else 1.0

    @property
    def gamma(self) -> float:
        return self.parameters.gamma

    @property
    def criteria(self) -> Criteria:
        p = self.parameters
        return diffusion_criteria(p.levels, p.lam, p.bandwidth)

    def d1_squared(self) -> float | None:
        """Eq. (15) if the computed part of the run covers 5/γ, else None."""
        n = self.completed
        if n < 2 or self.times[n - 1] * self.gamma < 5.0 * (1.0 - 1e-9):
            return None
        return d1_squared(self.times[:n], self.exact[:n, 0], self.ham[:n, 0], self.gamma)

    def summary_line(self) -> str:
        """γ, D₁² (eq. 15), the fitted rate over γ and the norm error, in one line."""
        parts = [f"γ = {self.gamma:.4g}"]
        d1 = self.d1_squared()
        if d1 is not None:
            parts.append(f"D₁² = {d1:.3g}")
        fitted = self.fitted_rate()
        if fitted is not None:
            parts.append(f"fitted rate / γ = {fitted / self.gamma:.3f}")
        parts.append(f"norm error {self.max_norm_error:.1e}")
        return ", ".join(parts)

    def fitted_rate(self) -> float | None:
        """The decay rate fitted to the exact run (compare with γ), or None before two points exist."""
        n = self.completed
        if n < 3:
            return None
        return fit_decay_rate(self.times[:n], self.exact[:n], self.ham[0], self.gamma)
