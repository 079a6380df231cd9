"""The store of one run: exact and HAM site probabilities on the output grid and the series derived from
them, filled row by row while the run computes.

`SimulationResult.empty` makes the store; `store_chunk` / `store_rows` fill rows and derive their series
(`derive_rows`); `summarize` computes the pooled transport summary of the rows so far. Who calls them, in
which thread and how often, is the runner's business (execution/run.py; docs/architecture.md, "Threads").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from fourier_gui.physics import transport
from fourier_gui.physics.analysis import d1_squared, fit_decay_rate
from fourier_gui.physics.couplings import GAP, band_energies
from fourier_gui.physics.criteria import Criteria
from fourier_gui.physics.fourier_verdict import FourierVerdict, fourier_verdict
from fourier_gui.physics.ham import exact_drive, ham_on_system
from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.model import level_bin_starts
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.propagation import Chunk
from fourier_gui.physics.thermodynamics import local_temperature
from fourier_gui.physics.transport import TransportSummary


@dataclass(eq=False)
class SimulationResult:
    """Exact and HAM site probabilities on the output grid (M times, N sites, K samples, B bonds or edges);
    rows 0 … completed−1 are filled.

    Hand-over between threads: while a run computes, one thread writes the store (the worker, through
    `store_chunk`) and others read it (the window's, 30 times a second), without a lock:

    1. The fields above `exact_samples` are set before the store is handed over and never change.
    2. The worker writes rows start … stop−1 of every per-row array, samples first, then their derived
       series, and only then publishes them by raising `completed` (one assignment). A reader takes
       `n = completed` once and reads rows < n only: those are whole.
    3. `transport` is never changed in place: `summarize` makes a new, read-only summary and the runner
       swaps it in with one assignment. A reader takes the reference once and has a consistent summary.
    4. `completed_time`, `elapsed_s`, `max_norm_error` and `rewrites` are single numbers, for progress.

    The one exception: a Chebyshev window redone with a wider spectral interval computes rows < completed
    again (the same solution within the propagation's tolerance). `rewrites` grows before they are
    overwritten, so a view that draws row by row starts over.
    """

    # --- fixed when the store is made ---
    parameters: SimulationParameters
    method: str  # "chebyshev" or "eigen"
    times: np.ndarray  # (M,) output times, ħ/ΔE
    ham: np.ndarray  # (M, N) HAM's P_μ(t) (eq. 7; the golden-rule rate matrix on graphs, docs/physics.md §6)
    ham_currents: np.ndarray  # (M, B) HAM's current on each bond or edge
    cell_rates: np.ndarray | None  # (C, N, N) the golden rule per energy cell; offset bands only (HamSolution)
    ham_sigma2: np.ndarray  # (M,) HAM's spreading σ²(t) about mu0
    ham_mode_amplitude: np.ndarray  # (M,) HAM's a_q(t) of the mode mode_q
    ham_alpha: np.ndarray  # (M,) HAM's local exponent d ln σ²/d ln t
    edges: list[tuple[int, int]]  # the edges the currents live on: the chain's bonds (μ, μ+1) or the graph's
    mu0: float  # the initial centre of the excitation (1-based): the origin of σ² (docs/physics.md §5)
    mode_q: int  # the Fourier mode that a_q(t) follows: the start's, else 1
    t_fit: float  # the fits use rows from here on (transport.fit_time)
    # --- rows, written by the worker and valid below `completed` ---
    exact_samples: np.ndarray = field(repr=False)  # (M, N, K) P_μ(t) of each sample
    current_samples: np.ndarray = field(repr=False)  # (M, B, K) J(t) of each sample (docs/physics.md §5)
    level_populations: np.ndarray | None = field(repr=False)  # (M, N, bins) float32 of each band; uniform chains only
    cell_populations: np.ndarray | None = field(repr=False)  # (M, C, N) sample mean per energy cell; offset bands only
    exact_mean: np.ndarray = field(repr=False)  # (M, N) sample mean of P_μ(t)
    exact_low: np.ndarray = field(repr=False)  # (M, N) sample minimum
    exact_high: np.ndarray = field(repr=False)  # (M, N) sample maximum
    temperatures: np.ndarray = field(repr=False)  # (M, N) local T_μ(t) (docs/physics.md §4)
    currents: np.ndarray = field(repr=False)  # (M, B) sample mean of J(t) (§5)
    steps: np.ndarray = field(repr=False)  # (M, B) P_a − P_b on each bond or edge: Fourier's law's drive
    sigma2: np.ndarray = field(repr=False)  # (M,) spreading σ²(t) about mu0 (§5)
    mode_amplitude: np.ndarray = field(repr=False)  # (M,) a_q(t) of the mode mode_q (§5)
    # --- published by the worker ---
    transport: TransportSummary = field(repr=False)  # pooled over the first transport.rows rows
    completed: int = 0  # rows 0 … completed−1 are whole
    completed_time: float = 0.0  # the time up to which the run has advanced
    elapsed_s: float = 0.0
    max_norm_error: float = 0.0  # max |Σ_μ P_μ − 1| so far
    rewrites: int = 0  # how often stored rows were computed again
    product: str = ""  # what multiplied H·ψ ("numba kernel", "numpy", "numpy eigh"); "" where unknown (a session)

    @classmethod
    def empty(cls, params: SimulationParameters, method: str) -> SimulationResult:
        """The store of a run of `params` with no exact row yet: times, HAM and its series complete."""
        times = params.output_times()
        m, n, k = times.size, params.sites, params.samples
        spec = parse_initial_spec(params.initial, n, params.levels)
        p0 = spec.probabilities(n)
        system = params.system()  # HAM on any system: the golden-rule rates (eqs. 10–13, docs/physics.md §6)
        edges = list(system.edges)
        start_energy = None
        if spec.kind == "level":  # the energy of the one level the run starts in, relative to the gap
            site = spec.site - 1
            energies = band_energies(int(system.site_levels[site]), params.bandwidth) - GAP + system.offsets[site]
            start_energy = {site: float(energies[min(spec.level, energies.size) - 1])}
        solution = ham_on_system(p0, system, params.bandwidth, times, start_energy)
        ham, ham_currents = solution.probabilities, solution.currents
        levels: np.ndarray | None = None  # level-resolved populations: bands of one size (uniform chains)
        if system.is_uniform_chain:
            levels = np.full((m, n, level_bin_starts(params.levels).size), np.nan, dtype=np.float32)
        cells: np.ndarray | None = None  # populations per energy cell: bands at different energies
        if solution.cell_rates is not None:
            cells = np.full((m, solution.cell_rates.shape[0], n), np.nan)
        bonds = ham_currents.shape[1]
        mu0 = transport.start_site(ham[0])
        mode_q = spec.mode if spec.kind == "mode" else 1
        ham_sigma2 = transport.spreading(ham, mu0)
        return cls(
            parameters=params,
            method=method,
            times=times,
            ham=ham,
            ham_currents=ham_currents,
            ham_sigma2=ham_sigma2,
            ham_mode_amplitude=transport.mode_amplitude(ham, mode_q),
            ham_alpha=transport.local_exponent(times, ham_sigma2),
            edges=edges,
            mu0=mu0,
            mode_q=mode_q,
            t_fit=transport.fit_time(params.gamma, params.bandwidth),
            exact_samples=np.full((m, n, k), np.nan),
            current_samples=np.full((m, bonds, k), np.nan),
            level_populations=levels,
            cell_populations=cells,
            cell_rates=solution.cell_rates,
            exact_mean=np.full((m, n), np.nan),
            exact_low=np.full((m, n), np.nan),
            exact_high=np.full((m, n), np.nan),
            temperatures=np.full((m, n), np.nan),
            currents=np.full((m, bonds), np.nan),
            steps=np.full((m, bonds), np.nan),
            sigma2=np.full(m, np.nan),
            mode_amplitude=np.full(m, np.nan),
            transport=TransportSummary.empty(m),
        )

    # --- readouts -----------------------------------------------------------------------
    @property
    def is_complete(self) -> bool:
        return self.completed == self.times.size

    @property
    def exact(self) -> np.ndarray:
        """P_μ(t) averaged over samples, (M, N); NaN where not computed yet."""
        return self.exact_mean

    @property
    def alpha(self) -> np.ndarray:
        """(M,) the local exponent d ln σ²/d ln t of the rows summarized so far (NaN beyond)."""
        return self.transport.alpha

    @property
    def progress(self) -> float:
        return min(1.0, self.completed_time / self.times[-1]) if self.times[-1] > 0 else 1.0

    @property
    def gamma(self) -> float:
        return self.parameters.gamma

    @property
    def criteria(self) -> Criteria:
        """Eq. (14) of the run: its worst bond's (the uniform chain's own where every bond is alike)."""
        return self.parameters.edge_criteria

    def d1_squared(self) -> float | None:
        """Eq. (15) if the computed part of the run covers 5/γ, else None."""
        n = self.completed
        if n < 2 or self.times[n - 1] * self.gamma < 5.0 * (1.0 - 1e-9):
            return None
        return d1_squared(self.times[:n], self.exact[:n, 0], self.ham[:n, 0], self.gamma)

    def summary_figures(self) -> tuple[float, float | None, float | None, float]:
        """γ, D₁² (eq. 15; None before 5/γ), the fitted rate over γ (None without a fit) and the norm error:
        what the summary line says, for the command line's English and the window's language alike."""
        fitted = self.fitted_rate()
        return self.gamma, self.d1_squared(), None if fitted is None else fitted / self.gamma, self.max_norm_error

    def summary_line(self) -> str:
        """γ, D₁² (eq. 15), the fitted rate over γ and the norm error, in one line."""
        gamma, d1, ratio, error = self.summary_figures()
        parts = [f"γ = {gamma:.4g}"]
        if d1 is not None:
            parts.append(f"D₁² = {d1:.3g}")
        if ratio is not None:
            parts.append(f"fitted rate / γ = {ratio:.3f}")
        parts.append(f"norm error {error:.1e}")
        return ", ".join(parts)

    def fitted_rate(self) -> float | None:
        """The rate of the chain's HAM (eqs. 11–13) that fits the exact run best (compare with γ); None before
        three rows exist, and on any system but the uniform chain (one rate means nothing there). Computed by
        the worker with the run's last summary; a reader finds it there."""
        summary = self.transport
        if summary.final and summary.rows == self.completed:
            return summary.fitted_rate
        return _fitted_rate(self)


def store_chunk(result: SimulationResult, chunk: Chunk) -> None:
    """Store a propagated chunk (chunks arrive in order; a redone window repeats rows): its rows with their
    series, its norm error and the time the run reached."""
    if chunk.times.size:
        if chunk.start < result.completed:
            result.rewrites += 1
        store_rows(
            result,
            chunk.start,
            chunk.sample_probabilities,
            chunk.sample_currents,
            chunk.level_populations,
            chunk.cell_populations,
        )
        result.max_norm_error = float(np.maximum(result.max_norm_error, chunk.norm_error))  # NaN stays NaN
    result.completed_time = max(result.completed_time, chunk.completed_time)


def store_rows(
    result: SimulationResult,
    start: int,
    sample_probabilities: np.ndarray,
    sample_currents: np.ndarray | None = None,
    level_populations: np.ndarray | None = None,
    cell_populations: np.ndarray | None = None,
) -> None:
    """Store rows start … start+m−1 ((m, N, K) probabilities, (m, B, K) currents) with their derived series,
    then publish them: `completed` moves last, so a reader never sees a row counted before it is whole."""
    stop = start + sample_probabilities.shape[0]
    result.exact_samples[start:stop] = sample_probabilities
    if sample_currents is not None:
        result.current_samples[start:stop] = sample_currents
    if level_populations is not None and result.level_populations is not None:
        result.level_populations[start:stop] = level_populations
    if cell_populations is not None and result.cell_populations is not None:
        result.cell_populations[start:stop] = cell_populations
    derive_rows(result, start, stop)
    result.completed = max(result.completed, stop)


def derive_rows(result: SimulationResult, start: int, stop: int) -> None:
    """The series of rows start … stop−1 from their samples: sample mean, spread, local temperatures, mean
    currents, the steps P_a − P_b, σ² and the mode amplitude (once per row, never per frame)."""
    r, rows = result, slice(start, stop)
    samples = r.exact_samples[rows]
    r.exact_mean[rows] = mean = samples.mean(axis=2)
    r.exact_low[rows] = samples.min(axis=2)
    r.exact_high[rows] = samples.max(axis=2)
    system = r.parameters.system()  # each subunit's own n_μ and excitation energy ΔE + Δ_μ (docs/physics.md §4)
    r.temperatures[rows] = local_temperature(system.site_levels, mean, GAP + system.offsets)
    r.currents[rows] = r.current_samples[rows].mean(axis=2)
    r.steps[rows] = transport.edge_steps(mean, r.edges)
    r.sigma2[rows] = transport.spreading(mean, r.mu0)
    r.mode_amplitude[rows] = transport.mode_amplitude(mean, r.mode_q)


def summarize(result: SimulationResult, final: bool | None = None) -> TransportSummary:
    """The pooled transport summary of the rows stored so far (O(M·N), cheap beside a chunk's propagation):
    the Fourier-law fit, κ_meas(T) and α(t) (docs/physics.md §5); when `final` (default: the run is complete)
    also the fitted rate, which costs more. A new object: the caller swaps it in."""
    r, n = result, result.completed
    alpha = np.full(r.times.size, np.nan)
    alpha[:n] = transport.local_exponent(r.times[:n], r.sigma2[:n])
    alpha.flags.writeable = False
    fit = transport.fourier_fit(r.times[:n], r.currents[:n], r.exact_mean[:n], r.gamma, r.parameters.bandwidth, r.edges)
    system = r.parameters.system()
    kappa = transport.measured_conductivity(
        r.times[:n], r.currents[:n], r.exact_mean[:n], r.t_fit, r.edges, system.site_levels, GAP + system.offsets
    )
    final = result.is_complete if final is None else final
    fitted = _fitted_rate(result) if final else None
    return TransportSummary(fit, kappa, alpha, n, law_verdict(result) if n else None, final, fitted)


def _fitted_rate(result: SimulationResult) -> float | None:
    n = result.completed
    if n < 3 or not result.parameters.system().is_uniform_chain:
        return None
    return fit_decay_rate(result.times[:n], result.exact[:n], result.ham[0], result.gamma)


def law_verdict(result: SimulationResult) -> FourierVerdict:
    """Fourier's law judged on the rows so far: each edge's mean current against the golden-rule drive
    k_ab·P_a − k_ba·P_b of the mean populations (per energy cell on offset bands), past t_fit (`fourier_verdict`, docs/physics.md §5)."""
    r, n = result, result.completed
    p = r.parameters
    system = p.system()
    mean = r.exact_mean[:n]
    a, b = system.ends[:, 0], system.ends[:, 1]
    cells = None if r.cell_populations is None else r.cell_populations[:n]
    if cells is not None and not np.all(np.isfinite(cells)):
        cells = None  # rows stored without them (a session read back): the drive of aligned bands
    drive = exact_drive(mean, cells, r.cell_rates, system, p.bandwidth)
    worst = Criteria(p.c1, p.c2)
    return fourier_verdict(
        r.times[:n],
        r.currents[:n],
        drive,
        mean[:, a] * mean[:, b],
        system.lams,
        p.samples,
        p.bandwidth,
        r.t_fit,
        worst.c1,  # the smallest c1 of any bond, and the window 4π²·c2 of the largest c2 (eq. 14)
        worst.window,
        steps=mean[:, a] - mean[:, b],
    )
