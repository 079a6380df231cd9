"""The parameters of one run, their validation and the quantities derived from them.

Units throughout: ħ = ΔE = k_B = 1 (docs/physics.md §1). The fields, their ranges and their help
texts are declared once, in `fourier_gui.physics.fields`. `SimulationParameters.validated()` is the one
validator: each field's own range (fields.py), the initial state, the sizes (here), the derived scales
(scales.py) and the system they make (system.py), in that order.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from functools import cached_property
from typing import Any

import numpy as np

from fourier_gui.physics.criteria import (
    Criteria,
    first_criterion,
    hamiltonian_rate,
    second_criterion,
    worst_edge_criteria,
)
from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.fields import FIELDS, MAX_LEVELS, MAX_POINTS, MAX_SAMPLES, MAX_SEED, MAX_SITES, shown
from fourier_gui.physics.geometry import GRID
from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.scales import check_scales
from fourier_gui.physics.system import System, resolve_system

#: The fields the resolved system is made of (`system.resolve_system`'s arguments).
SYSTEM_FIELDS = (
    "sites",
    "levels",
    "lam",
    "seed",
    "geometry",
    "site_levels",
    "bond_lam",
    "disorder",
    "site_offsets",
    "edges",
)

#: Digits of a grid's R and C at most (R·C ≤ MAX_SITES).
GRID_DIGITS = len(str(MAX_SITES))

__all__ = [
    "MAX_POINTS",
    "MAX_SAMPLES",
    "MAX_SEED",
    "ParameterError",
    "SimulationParameters",
    "hamiltonian_rate",
]


@dataclass(frozen=True)
class SimulationParameters:
    """Everything that defines one run. Immutable; `validated()` checks every field.

    `t_max` (in ħ/ΔE) wins over `t_max_gamma` (in units of 1/γ) when both are given. The defaults,
    ranges and help texts of the fields are the rows of `fields.FIELDS` (a test keeps the two equal).
    """

    sites: int = 3
    levels: int = 500
    bandwidth: float = 0.05
    lam: float = 5e-5
    seed: int = 0
    ensemble: str = "complex"
    couplings_precision: str = "single"
    initial: str = "band:1"
    samples: int = 1
    t_max: float | None = None
    t_max_gamma: float | None = 5.0
    points: int = 201
    method: str = "auto"
    initial_seed: int | None = None
    geometry: str = "chain"
    site_levels: str = ""
    bond_lam: str = ""
    disorder: float = 0.0
    site_offsets: str = ""
    edges: str = ""

    # --- derived quantities -------------------------------------------------------------
    def system(self) -> System:
        """The resolved system (sites, offsets, edges with λ, layout); raises ParameterError naming the field.
        Worked out once per parameters (the cost estimate, the panel and the run all ask for it)."""
        return self._system

    @cached_property
    def _system(self) -> System:
        return resolve_system(**{name: getattr(self, name) for name in SYSTEM_FIELDS})

    @cached_property
    def edge_criteria(self) -> Criteria:
        """Eq. (14) on every edge, the worst one (`criteria.worst_edge_criteria`): what the panel's badges show
        and the Fourier-law verdict asks. Worked out once per parameters."""
        system = self.system()
        return worst_edge_criteria(system.site_levels.tolist(), system.edges, system.lams.tolist(), self.bandwidth)

    @property
    def dimension(self) -> int:
        """D = Σ n_μ (N·n for equal subunits), the size of the one-excitation subspace."""
        return self.system().dimension

    @property
    def coupling_entries(self) -> int:
        """Σ over edges of n_a·n_b: the entries of all coupling blocks ((N−1)·n² on the uniform chain)."""
        return self.system().coupling_entries

    @property
    def equal_bonds(self) -> bool:
        """Every bond has the global λ and joins bands of the global n (offsets aside): γ, c1 and c2 are then
        the global formulas'; otherwise each bond has its own (docs/physics.md §6)."""
        return not (self.site_levels.strip() or self.bond_lam.strip() or self.edges.strip())

    @cached_property
    def bond_figures(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """γ, c1 and c2 (eqs. 10, 14) of every bond (E,) at its worst: a bond's rate into a band grows with that
        band's n (the golden rule's density of final states), so γ and c1 take the smaller of its two bands'
        n (the slower direction, the fewer levels in reach) and c2 the larger (the stronger mixing)."""
        s = self.system()
        ends = np.asarray(s.edges, dtype=np.int64).reshape(-1, 2)
        n_a, n_b = s.site_levels[ends[:, 0]].astype(float), s.site_levels[ends[:, 1]].astype(float)
        fewer, more = np.minimum(n_a, n_b), np.maximum(n_a, n_b)
        lam = np.asarray(s.lams, dtype=float)
        return (
            hamiltonian_rate(fewer, lam, self.bandwidth),
            first_criterion(fewer, lam, self.bandwidth),
            second_criterion(more, lam, self.bandwidth),
        )

    @property
    def largest_offset_step(self) -> float:
        """max over bonds of |Δ_a − Δ_b|/δε: 0 on aligned bands, under 1 where neighbouring bands overlap only
        partly, 1 or more where they do not (docs/physics.md §6, "Off-resonant transfer")."""
        s = self.system()
        if not np.any(s.offsets) or not len(s.edges):
            return 0.0
        ends = np.asarray(s.edges, dtype=np.int64).reshape(-1, 2)
        return float(np.max(np.abs(s.offsets[ends[:, 0]] - s.offsets[ends[:, 1]]))) / self.bandwidth

    @property
    def bond_rates(self) -> np.ndarray:
        """γ_ab = 2πλ_ab²n/δε of every bond (E,), with the smaller of its two bands' n (eq. 10)."""
        return self.bond_figures[0]

    @property
    def gamma(self) -> float:
        """Eq. (10): γ = 2πλ²n/δε; on unequal bonds the slowest bond's γ_ab, which sets the run's length in 1/γ
        and its relaxation time (docs/physics.md §6)."""
        if self.equal_bonds:
            return hamiltonian_rate(self.levels, self.lam, self.bandwidth)
        return float(np.min(self.bond_figures[0]))

    @property
    def c1(self) -> float:
        """Eq. (14), first criterion: c1 = 2λn/δε, must be ≥ 1; on unequal bonds the smallest of the bonds'."""
        if self.equal_bonds:
            return first_criterion(self.levels, self.lam, self.bandwidth)
        return float(np.min(self.bond_figures[1]))

    @property
    def c2(self) -> float:
        """Eq. (14), second criterion: c2 = λ²n/δε², must be ≪ 1; on unequal bonds the largest of the bonds'."""
        if self.equal_bonds:
            return second_criterion(self.levels, self.lam, self.bandwidth)
        return float(np.max(self.bond_figures[2]))

    @property
    def resolved_t_max(self) -> float:
        """The last output time in ħ/ΔE."""
        if self.t_max is not None:
            return float(self.t_max)
        if self.t_max_gamma is None:
            raise ParameterError("t_max", None, "give t_max or t_max_gamma")
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
    def from_dict(cls, data: object) -> SimulationParameters:
        """Parameters from a dict (a session's or a preset's); unknown keys are refused by name."""
        if not isinstance(data, dict):
            raise ParameterError("parameters", data, "a mapping of parameter names to values")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(map(str, data)) - known)
        if unknown:
            raise ParameterError(
                unknown[0], data.get(unknown[0]), f"unknown parameter; known: {', '.join(sorted(known))}"
            )
        return cls(**data)

    def with_changes(self, **changes: Any) -> SimulationParameters:
        return replace(self, **changes)

    # --- validation ---------------------------------------------------------------------
    def validated(self) -> SimulationParameters:
        """Return self if every value is allowed, else raise ParameterError for the first that is not."""
        for f in FIELDS:
            f.check(getattr(self, f.name))
        if self.t_max is None and self.t_max_gamma is None:
            raise ParameterError("t_max", None, "give t_max or t_max_gamma")
        parse_initial_spec(self.initial, self.sites, self.levels)
        _check_sizes(self)  # numbers too long to count with, before the graph's lists are built
        check_scales(self)  # γ, 1/γ, c1, c2, ‖H‖ and a·t_max within their usable ranges
        self.system()
        if not math.isfinite(self.resolved_t_max):
            raise ParameterError("t_max_gamma", self.t_max_gamma, "t_max_gamma/γ must be finite")
        return self


def check_window_range(p: SimulationParameters) -> None:
    """Refuse by name a value beyond the window's editors where the physics sets no end (`Field.panel_high`:
    λ, the run length, the disorder): the window takes every value it can hold and lowers none silently."""
    for f in FIELDS:
        value = getattr(p, f.name)
        if f.panel_high is not None and isinstance(value, int | float) and value > f.panel_high:
            raise ParameterError(f.name, value, f"{f.allowed}, at most {f.panel_high:g} in the window")


def _check_sizes(p: SimulationParameters) -> None:
    """The counts that size the graph's own lists, before any list is built."""
    match = GRID.fullmatch(p.geometry) if p.geometry.startswith("grid:") else None
    if match and max(len(match.group(1)), len(match.group(2))) > GRID_DIGITS:
        raise ParameterError("geometry", shown(p.geometry), f"grid:RxC with R·C = N ≤ {MAX_SITES}")
    if p.site_levels.strip():
        for entry in p.site_levels.replace(";", ",").split(","):
            text = entry.strip()
            if text and not (text.isdigit() and text.isascii() and 1 <= int(text[:12]) <= MAX_LEVELS):
                raise ParameterError(
                    "site_levels", shown(p.site_levels), f"{p.sites} whole numbers 1 … {MAX_LEVELS}, comma separated"
                )
