"""The parameters of one run, their validation and the quantities derived from them.

Units throughout: ħ = ΔE = k_B = 1 (DESIGN.md §1).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np

ENSEMBLES = ("complex", "real")
METHODS = ("auto", "eigen", "chebyshev")
MAX_POINTS = 1_000_000
MAX_SAMPLES = 10_000
MAX_SEED = 2**63 - 1


class ParameterError(ValueError):
    """A parameter value outside its allowed range; names the parameter, the value and the range."""

    def __init__(self, name: str, value: object, allowed: str) -> None:
        self.name = name
        self.value = value
        self.allowed = allowed
        super().__init__(f"{name} = {value!r} is not allowed: {allowed}")


@dataclass(frozen=True)
class SimulationParameters:
    """Everything that defines one run. Immutable; `validated()` checks every field.

    `t_max` (in ħ/ΔE) wins over `t_max_gamma` (in units of 1/γ) when both are given.
    """

    sites: int = 3
    levels: int = 500
    bandwidth: float = 0.05
    lam: float = 5e-5
    seed: int = 0
    ensemble: str = "complex"
    initial: str = "band:1"
    samples: int = 1
    t_max: float | None = None
    t_max_gamma: float | None = 5.0
    points: int = 201
    method: str = "auto"
    initial_seed: int | None = None

    # --- derived quantities -------------------------------------------------------------
    @property
    def dimension(self) -> int:
        """D = N·n, the size of the one-excitation subspace."""
        return self.sites * self.levels

    @property
    def gamma(self) -> float:
        """Eq. (10): γ = 2πλ²n/δε."""
        return hamiltonian_rate(self.levels, self.lam, self.bandwidth)

    @property
    def c1(self) -> float:
        """Eq. (14), first criterion: c1 = 2λn/δε, must be ≥ 1."""
        return 2.0 * self.lam * self.levels / self.bandwidth

    @property
    def c2(self) -> float:
        """Eq. (14), second criterion: c2 = λ²n/δε², must be ≪ 1."""
        return self.lam**2 * self.levels / self.bandwidth**2

    @property
    def resolved_t_max(self) -> float:
        """The last output time in ħ/ΔE."""
        if self.t_max is not None:
            return float(self.t_max)
        assert self.t_max_gamma is not None
        return float(self.t_max_gamma) / self.gamma

    @property
    def resolved_initial_seed(self) -> int:
        return self.seed if self.initial_seed is None else self.initial_seed

    def output_times(self) -> np.ndarray:
        """The M equally spaced output times 0 … t_max."""
        return np.linspace(0.0, self.resolved_t_max, self.points)

    def covers_d1_window(self) -> bool:
        """True when the run reaches t = 5/γ, the window of eq. (15)."""
        return self.resolved_t_max * self.gamma >= 5.0 * (1.0 - 1e-9)

    # --- conversions --------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SimulationParameters:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ParameterError(unknown[0], data[unknown[0]], f"unknown parameter; known: {', '.join(sorted(known))}")
        return cls(**data)

    def with_changes(self, **changes: Any) -> SimulationParameters:
        return replace(self, **changes)

    # --- validation ---------------------------------------------------------------------
    def validated(self) -> SimulationParameters:
        """Return self if every value is allowed, else raise ParameterError for the first that is not."""
        from fourier_gui.physics.initial_states import parse_initial_spec

        _check_int("sites", self.sites, 2)
        _check_int("levels", self.levels, 1)
        _check_float("bandwidth", self.bandwidth, "0 < bandwidth < 1", lambda v: 0.0 < v < 1.0)
        _check_float("lam", self.lam, "0 < lam, finite", lambda v: v > 0.0)
        _check_int("seed", self.seed, 0, MAX_SEED)
        if self.initial_seed is not None:
            _check_int("initial_seed", self.initial_seed, 0, MAX_SEED)
        if self.ensemble not in ENSEMBLES:
            raise ParameterError("ensemble", self.ensemble, "one of " + ", ".join(ENSEMBLES))
        if self.method not in METHODS:
            raise ParameterError("method", self.method, "one of " + ", ".join(METHODS))
        _check_int("samples", self.samples, 1, MAX_SAMPLES)
        _check_int("points", self.points, 2, MAX_POINTS)
        if self.t_max is not None:
            _check_float("t_max", self.t_max, "0 < t_max, finite", lambda v: v > 0.0)
        elif self.t_max_gamma is not None:
            _check_float("t_max_gamma", self.t_max_gamma, "0 < t_max_gamma, finite", lambda v: v > 0.0)
        else:
            raise ParameterError("t_max", None, "give t_max or t_max_gamma")
        parse_initial_spec(self.initial, self.sites)
        if not math.isfinite(self.resolved_t_max):
            raise ParameterError("t_max_gamma", self.t_max_gamma, "t_max_gamma/γ must be finite")
        return self


def hamiltonian_rate(levels: int, lam: float, bandwidth: float) -> float:
    """Eq. (10): the HAM transition rate γ = 2πλ²n/δε."""
    return 2.0 * math.pi * lam**2 * levels / bandwidth


def _check_int(name: str, value: object, lo: int, hi: int | None = None) -> None:
    allowed = f"integer ≥ {lo}" if hi is None else f"integer {lo} … {hi}"
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ParameterError(name, value, allowed)
    if value < lo or (hi is not None and value > hi):
        raise ParameterError(name, value, allowed)


def _check_float(name: str, value: object, allowed: str, ok) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ParameterError(name, value, allowed)
    v = float(value)
    if not math.isfinite(v) or not ok(v):
        raise ParameterError(name, value, allowed)
