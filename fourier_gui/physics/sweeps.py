"""Studies beyond one run: sweeps of one parameter (or two) over several seeds, their table and power-law fits.

What a sweep is, what each run contributes (`measure_run`) and how the table aggregates: pure functions of
parameters and results. Running the runs, on a process pool or a cluster, is execution/sweep_runner.py.

Seeds are derived deterministically: repetition s of every point uses coupling seed `base.seed + s`
(and initial seed `base.initial_seed + s` when one is set), so a sweep is reproducible and its points
share their random draws (common random numbers), which sharpens differences between points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from fourier_gui.physics import transport
from fourier_gui.physics.criteria import correlation_time, lam_for_c1
from fourier_gui.physics.fields import FIELD_BY_NAME
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.power_law import PowerLaw, replicate_power_law
from fourier_gui.physics.simulation import SimulationResult

#: `mode` varies the Fourier mode q of a `mode:q` start (the length-scale test of diffusion, docs/physics.md §5).
VARIABLES = ("levels", "sites", "lam", "bandwidth", "samples", "mode")
#: What a sweep keeps while its points vary: c1 = 2λn/δε (eq. 14, λ follows every point) or λ itself.
HOLDS = ("c1", "lam")
#: The quantity a sweep measures per run and plots (the command line's `--figure`, the files' `figure`):
#: D₁² (eq. 15), the Fourier-law fit's R² or γ_fit/γ (docs/physics.md §5), or the measured decay rate of
#: Fourier mode q over HAM's γ_q (runs then start in `mode:q`): fitted from τ_c on (`mode-rate`) or over its
#: first e-fold from t = 0 (`mode-efold`, the study "Where diffusion ends", physics/diffusion_range.py).
QUANTITIES = ("d1", "fourier-r2", "gamma-ratio", "mode-rate", "mode-efold")
QUANTITY_LABELS = {
    "d1": "D₁² (eq. 15)",
    "fourier-r2": "R² of J = γ_fit·ΔP",
    "gamma-ratio": "γ_fit/γ (Fourier-law fit)",
    "mode-rate": "mode decay rate / γ_q",
    "mode-efold": "mode's first e-fold rate / γ_q",
}
#: The quantities that start each run in the mode it measures.
MODE_QUANTITIES = ("mode-rate", "mode-efold")
INTEGER_VARIABLES = ("levels", "sites", "samples", "mode")


def default_hold(vary: str, vary2: str | None = None) -> str:
    """What a sweep of `vary` (and `vary2`, a grid) holds unless told otherwise — the one rule of the window
    and the command line: c1 when n varies and λ does not (the paper's Fig. 3 protocol, docs/physics.md:
    λ = c1·δε/(2n) at every point, so the criterion of eq. 14 stays where the base puts it), λ otherwise
    (a sweep of λ sets λ itself; one of N, δε or K keeps the base's λ, as `--vary bandwidth` always did)."""
    varied = (vary, vary2)
    return "c1" if "levels" in varied and "lam" not in varied else "lam"


def held_lam(hold: str, base: SimulationParameters, levels: int, bandwidth: float) -> float:
    """λ at a point of n levels and band width δε: the base's λ when λ is held, else the λ that keeps the
    base's c1 = 2λn/δε (eq. 14), λ = c1·δε/(2n)."""
    return base.lam if hold == "lam" else lam_for_c1(base.c1, levels, bandwidth)


def variable_label(name: str, unit: bool = False) -> str:
    """How the window and the command line name a swept variable: its field's words from the table of
    parameters ('coupling λ', with `unit` 'coupling λ (ΔE)'), or 'Fourier mode q'."""
    if name == "mode":
        return "Fourier mode q"
    return FIELD_BY_NAME[name].words(capital=False, unit=unit)


def variable_symbol(name: str) -> str:
    """The paper's symbol of a swept variable: n, N, λ, δε, K or q."""
    return "q" if name == "mode" else FIELD_BY_NAME[name].symbol


@dataclass(frozen=True)
class SweepSpec:
    """Vary `vary` over `values`, `seeds` repetitions each, around `base`.

    `hold="c1"` rescales λ with every point so that c1 = 2λn/δε keeps the base value; `hold="lam"` keeps λ
    fixed; the default ("auto") is `default_hold(vary, vary2)`: c1 when n varies, the paper's Fig. 3
    protocol. `quantity` is what each run measures (QUANTITIES). Runs always reach 5/γ (eq. 15).
    """

    base: SimulationParameters
    vary: str
    values: tuple[float, ...]
    seeds: int = 5
    hold: str = "auto"
    quantity: str = "d1"
    mode: int = 1  # q of the mode-rate quantity
    #: A second varied parameter makes the sweep a grid (every value with every value2), e.g. λ × n for
    #: the regime map from exact runs; empty for a one-parameter sweep.
    vary2: str | None = None
    values2: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if self.hold == "auto":
            object.__setattr__(self, "hold", default_hold(self.vary, self.vary2))

    @property
    def is_grid(self) -> bool:
        return self.vary2 is not None

    def points(self) -> list[tuple[float, float]]:
        """The sweep's points in order: (value, value2), value2 NaN for a one-parameter sweep; row-major
        (value2 varies fastest) for a grid."""
        if self.vary2 is None:
            return [(float(v), math.nan) for v in self.values]
        return [(float(v), float(w)) for v in self.values for w in self.values2]

    def validated(self) -> SweepSpec:
        if self.vary not in VARIABLES:
            raise ParameterError("vary", self.vary, "one of " + ", ".join(VARIABLES))
        if self.hold not in HOLDS:
            raise ParameterError("hold", self.hold, "one of " + ", ".join(HOLDS))
        if not isinstance(self.seeds, int) or not 1 <= self.seeds <= 1000:
            raise ParameterError("seeds", self.seeds, "integer 1 … 1000")
        if not self.values:
            raise ParameterError("values", self.values, "at least one value")
        if self.quantity not in QUANTITIES:
            # named as the command line's --figure and the files' `figure`
            raise ParameterError("figure", self.quantity, "one of " + ", ".join(QUANTITIES))
        if self.vary2 is not None:
            grid_variables = tuple(v for v in VARIABLES if v != "mode")
            for name in (self.vary, self.vary2):
                if name not in grid_variables:
                    raise ParameterError("vary", f"{self.vary},{self.vary2}", "two of " + ", ".join(grid_variables))
            if self.vary2 == self.vary:
                raise ParameterError("vary", f"{self.vary},{self.vary2}", "two different parameters")
            if not self.values2:
                raise ParameterError("values", self.values2, "values for both parameters, separated by ;")
            if len(self.points()) * self.seeds > 100_000:
                raise ParameterError("values", len(self.points()), "at most 100000 runs (points × seeds)")
        for run in self.runs():
            run.parameters.validated()
        return self

    def point_parameters(self, value: float, value2: float = math.nan) -> SimulationParameters:
        """The parameters of one point (before the seed), with λ following it when c1 is held (`held_lam`)."""
        v = _typed(self.vary, value)
        field = {} if self.vary == "mode" else {self.vary: v}
        if self.vary2 is not None:
            field[self.vary2] = _typed(self.vary2, value2)
        p = self.base.with_changes(**field, t_max=None, t_max_gamma=max(5.0, self.base.t_max_gamma or 5.0))
        if "lam" not in (self.vary, self.vary2):
            p = p.with_changes(lam=held_lam(self.hold, self.base, p.levels, p.bandwidth))
        q = int(v) if self.vary == "mode" else self.mode
        if self.vary == "mode" or self.quantity in MODE_QUANTITIES:  # long enough for the mode to decay to the floor
            length = max(p.t_max_gamma or 5.0, transport.mode_run_length(q, p.sites))
            p = p.with_changes(initial=f"mode:{q}", t_max_gamma=length)
        return p

    def runs(self) -> list[SweepRun]:
        out = []
        for i, (value, value2) in enumerate(self.points()):
            point = self.point_parameters(value, value2)
            for s in range(self.seeds):
                initial = None if self.base.initial_seed is None else self.base.initial_seed + s
                params = point.with_changes(seed=self.base.seed + s, initial_seed=initial)
                out.append(SweepRun(i, value, s, params, value2))
        return out


def parse_values(text: str, name: str = "values") -> tuple[float, ...]:
    """The comma-separated numbers of a sweep's values, as typed; ParameterError names `name`."""
    try:
        values = tuple(float(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise ParameterError(name, text, "a comma-separated list of numbers") from None
    if not values:
        raise ParameterError(name, text, "at least one value")
    return values


def _typed(name: str, value: float) -> int | float:
    """A swept value as its field wants it: whole numbers for n, N, K and q."""
    if name not in INTEGER_VARIABLES:
        return float(value)
    if not math.isfinite(value) or int(value) != value:
        raise ParameterError(name, value, "whole numbers")
    return int(value)


@dataclass(frozen=True)
class SweepRun:
    point: int
    value: float
    repetition: int
    parameters: SimulationParameters
    value2: float = math.nan  # the second parameter's value on a grid


@dataclass(frozen=True)
class SweepRow:
    """What one run contributes to a sweep's table: one row, with every measured quantity."""

    point: int
    value: float
    repetition: int
    seed: int
    lam: float
    gamma: float
    c1: float
    c2: float
    d1_squared: float
    fitted_rate_over_gamma: float
    method: str
    elapsed_s: float
    fourier_r2: float = math.nan
    fourier_gamma_ratio: float = math.nan
    mode_rate_ratio: float = math.nan  # measured decay rate of the start's mode / γ_q
    value2: float = math.nan  # the second parameter's value on a grid
    #: where the start's mode sits against diffusion's two limits (`transport.mode_window`); "" without a mode
    mode_window: str = ""
    mode_efold_ratio: float = math.nan  # the rate of the mode's first e-fold from t = 0 / γ_q

    def quantity(self, name: str) -> float:
        """The measured quantity `name` (one of QUANTITIES) of this run."""
        return {
            "d1": self.d1_squared,
            "fourier-r2": self.fourier_r2,
            "gamma-ratio": self.fourier_gamma_ratio,
            "mode-rate": self.mode_rate_ratio,
            "mode-efold": self.mode_efold_ratio,
        }[name]


def measure_run(run: SweepRun, result: SimulationResult) -> SweepRow:
    """What the run of one sweep point (computed to 5/γ) contributes to the table."""
    p = run.parameters
    fitted = result.fitted_rate()
    d1 = result.d1_squared()
    fit = result.transport.fourier
    from_mode = p.initial.startswith("mode:")  # a mode's decay is measured only from a mode start
    start = correlation_time(p.bandwidth)  # past the τ² start (docs/physics.md §5, "Fourier modes")
    rate = transport.fit_mode_rate(result.times, result.mode_amplitude, start) if from_mode else None
    efold = transport.efold_mode_rate(result.times, result.mode_amplitude) if from_mode else None
    gamma_q = transport.ham_mode_rate(p.gamma, result.mode_q, p.sites)
    return SweepRow(
        run.point,
        run.value,
        run.repetition,
        p.seed,
        p.lam,
        p.gamma,
        p.c1,
        p.c2,
        math.nan if d1 is None else float(d1),
        float(fitted / p.gamma) if fitted is not None else math.nan,
        result.method,
        result.elapsed_s,
        math.nan if fit is None else fit.r2,
        math.nan if fit is None else fit.gamma_ratio,
        math.nan if rate is None else rate / gamma_q,
        run.value2,
        transport.mode_window(gamma_q, p.bandwidth, p.levels) if from_mode else "",
        math.nan if efold is None else efold / gamma_q,
    )


@dataclass
class SweepTable:
    """Per-run rows and, per point, mean, standard deviation and count of D₁² and γ_fit/γ."""

    spec: SweepSpec
    rows: list[SweepRow] = field(default_factory=list)

    def add(self, row: SweepRow) -> None:
        self.rows.append(row)
        self.rows.sort(key=lambda r: (r.point, r.repetition))

    @property
    def complete(self) -> bool:
        return len(self.rows) == len(self.spec.points()) * self.spec.seeds

    def aggregate(self) -> list[dict]:
        """One dict per point with at least one finished run, in the order of the values."""
        out = []
        for i, (value, value2) in enumerate(self.spec.points()):
            rows = [r for r in self.rows if r.point == i]
            if not rows:
                continue
            d1 = np.array([r.d1_squared for r in rows])
            rate = np.array([r.fitted_rate_over_gamma for r in rows])
            out.append(
                {
                    "point": i,
                    "value": float(value),
                    "value2": float(value2),
                    "count": len(rows),
                    "c1": rows[0].c1,
                    "c2": rows[0].c2,
                    "lam": rows[0].lam,
                    "d1_mean": float(d1.mean()),
                    "d1_std": float(d1.std(ddof=1)) if len(rows) > 1 else 0.0,
                    "rate_mean": float(np.nanmean(rate)),
                    "rate_std": float(np.nanstd(rate, ddof=1)) if len(rows) > 1 else 0.0,
                    **_mean_and_std("quantity", [r.quantity(self.spec.quantity) for r in rows]),
                    **_mean_and_std("r2", [r.fourier_r2 for r in rows]),
                    **_mean_and_std("gamma_ratio", [r.fourier_gamma_ratio for r in rows]),
                    **_mean_and_std("mode_rate", [r.mode_rate_ratio for r in rows]),
                    **_mean_and_std("mode_efold", [r.mode_efold_ratio for r in rows]),
                    "mode_window": rows[0].mode_window,  # a property of the point: the same in every run
                }
            )
        return out

    def power_law(self) -> PowerLaw | None:
        """D₁² ∝ value^exponent: fitted to each seed's whole sweep (repetition s of every point shares its
        seed) with Student-t intervals over the seeds (physics/power_law.py, docs/physics.md §7); the
        point means' fit with its residual error for a single seed; None with fewer than two points, and for
        a grid."""
        if self.spec.is_grid:
            return None
        runs = np.full((len(self.spec.values), self.spec.seeds), np.nan)
        for r in self.rows:
            if r.d1_squared == r.d1_squared and r.d1_squared > 0:
                runs[r.point, r.repetition] = r.d1_squared
        kept = np.any(np.isfinite(runs), axis=1)
        if np.count_nonzero(kept) < 2:
            return None
        return replicate_power_law(np.asarray(self.spec.values, dtype=float)[kept].tolist(), runs[kept])


def _mean_and_std(name: str, values: list[float]) -> dict[str, float]:
    """`{name}_mean` and `{name}_std` over the finite values (both NaN when there are none: no spread is
    said of a figure that does not exist; the std 0 for one value)."""
    finite = np.array([v for v in values if math.isfinite(v)])
    mean = float(finite.mean()) if finite.size else math.nan
    std = float(finite.std(ddof=1)) if finite.size > 1 else (0.0 if finite.size else math.nan)
    return {f"{name}_mean": mean, f"{name}_std": std}
