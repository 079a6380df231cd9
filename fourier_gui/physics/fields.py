"""The parameters of a run, declared once (docs/architecture.md, "How to add a parameter").

Each row of `FIELDS` says everything the app needs about one field of `SimulationParameters`: its
plain-language label, symbol, unit, type, allowed range, default, step, tooltip (with the paper's
equation), command-line option and panel group. The parameter panel, the command-line options and
their range messages, validation, session files and CSV metadata are all generated from it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.geometry import GEOMETRY_EXAMPLES, GEOMETRY_HELP

MAX_POINTS = 1_000_000
MAX_SAMPLES = 10_000
MAX_SEED = 2**31 - 1
#: Subunits and levels per band at most: beyond, the graph's own lists (edges, offsets) would fill the memory
#: before the run's memory estimate could refuse it, and n_μ would leave the integers numpy counts with.
MAX_SITES = 1_000_000
MAX_LEVELS = 1_000_000_000
#: Longer integers and texts are shown abbreviated in a refusal (a value must not flood the one line).
SHOWN_DIGITS = 24
SHOWN_CHARACTERS = 60


def shown(value: object) -> object:
    """The value as a refusal quotes it: long integers and long texts abbreviated (Python's `repr` of an
    integer over 4300 digits would itself fail)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**SHOWN_DIGITS:
        digits = len(str(abs(value))) if value.bit_length() < 14_000 else int(value.bit_length() * 0.30103) + 1
        return f"{'-' if value < 0 else ''}an integer of {digits} digits"
    if isinstance(value, str) and len(value) > SHOWN_CHARACTERS:
        return f"{value[: SHOWN_CHARACTERS - 20]}… ({len(value)} characters)"
    return value


@dataclass(frozen=True)
class Field:
    """One parameter. `low`/`high` bound numbers (inclusive unless `open_low`/`open_high`)."""

    name: str
    label: str  # plain language, shown in the panel
    symbol: str  # the paper's symbol, shown in the tooltip and the derived readouts
    kind: type  # int, float or str
    default: object
    tooltip: str
    cli: str
    group: str = "Chain"  # panel group: Chain, Initial state, Run; "" = not a panel row of its own
    unit: str = ""
    low: float | None = None
    high: float | None = None
    open_low: bool = False
    open_high: bool = False
    choices: tuple[str, ...] = ()
    choice_tips: tuple[str, ...] = ()
    optional: bool = False  # None is allowed (the value then comes from elsewhere)
    advanced: bool = False  # hidden in presentation mode
    scientific: bool = False  # a float spanning decades: shown as 5e-05, stepped by ~10 %
    panel_high: float | None = None  # the spin box's upper end where the physics sets none
    suggestions: tuple[str, ...] = ()  # free text, with these offered in a list (the panel: an editable combo)

    @property
    def allowed(self) -> str:
        """The allowed values in words, as every refusal quotes them."""
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.kind is int:
            low = int(self.low or 0)
            return f"integer ≥ {low}" if self.high is None else f"integer {low} … {int(self.high)}"
        if self.kind is float:
            parts = []
            if self.low is not None:
                parts.append(f"{self.low:g} {'<' if self.open_low else '≤'} {self.name}")
            if self.high is not None:
                parts.append(f"{'<' if self.open_high else '≤'} {self.high:g}")
            text = " ".join(parts) if self.high is not None else (parts[0] if parts else self.name)
            return text + ("" if self.high is not None else ", finite")
        return self.tooltip

    def check(self, value: object) -> None:
        """Raise ParameterError unless `value` is allowed for this field."""
        if value is None and self.optional:
            return
        refused = self.refusal(value)
        if self.choices:
            if value not in self.choices:
                raise refused
            return
        v: int | float
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise refused
            v = int(value)  # compared as an integer: exact, whatever its length
        elif self.kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
                raise refused
            try:
                v = float(value)
            except OverflowError:  # an integer beyond 1.8e308 (a JSON file may hold one)
                raise refused from None
            if not math.isfinite(v):
                raise refused
        else:
            if not isinstance(value, str):
                raise refused
            return
        if self.low is not None and (v < self.low or (self.open_low and v == self.low)):
            raise refused
        if self.high is not None and (v > self.high or (self.open_high and v == self.high)):
            raise refused

    def refusal(self, value: object) -> ParameterError:
        """The error that refuses `value` for this field (long values abbreviated)."""
        return ParameterError(self.name, shown(value), self.allowed)

    def help(self) -> str:
        """The command-line help line."""
        return f"{self.symbol}, {self.label.lower()} ({self.allowed})"

    def words(self, capital: bool = True, unit: bool = False) -> str:
        """The label with the paper's symbol, as sweeps, axes and handouts name the field: 'Coupling λ'
        ('coupling λ' without `capital`, 'Coupling λ (ΔE)' with `unit`); the symbol is left out where the
        label already says it ('Coupling seed')."""
        label = self.label if capital else self.label[:1].lower() + self.label[1:]
        text = label if self.symbol.lower() in label.lower().split() else f"{label} {self.symbol}"
        return f"{text} ({self.unit})" if unit and self.unit else text


FIELDS: tuple[Field, ...] = (
    Field(
        "sites",
        "Subunits",
        "N",
        int,
        3,
        "N — number of subunits in the chain (≥ 2). Each is a ground state plus a band of n levels (Fig. 1).",
        "--sites",
        low=2,
        high=MAX_SITES,
    ),
    Field(
        "levels",
        "Levels per band",
        "n",
        int,
        500,
        "n — levels in each subunit's band (≥ 1). Enters γ = 2πλ²n/δε (eq. 10) and both criteria (eq. 14).",
        "--levels",
        low=1,
        high=MAX_LEVELS,
    ),
    Field(
        "bandwidth",
        "Band width",
        "δε",
        float,
        0.05,
        "δε — width of each band in units of the gap ΔE = 1 (0 < δε < 1). Enters γ (eq. 10) and eq. (14).",
        "--bandwidth",
        unit="ΔE",
        low=0.0,
        high=1.0,
        open_low=True,
        open_high=True,
        scientific=True,
    ),
    Field(
        "lam",
        "Coupling",
        "λ",
        float,
        5e-5,
        "λ — strength of the next-neighbour coupling λ·V (eq. 3). γ grows like λ² (eq. 10).",
        "--lam",
        unit="ΔE",
        low=0.0,
        open_low=True,
        scientific=True,
        panel_high=10.0,
    ),
    Field(
        "seed",
        "Coupling seed",
        "seed",
        int,
        0,
        "Seed of the random coupling matrices c^(μ) (numpy default_rng). Same seed, same couplings, bit for bit.",
        "--seed",
        low=0,
        high=MAX_SEED,
        advanced=True,
    ),
    Field(
        "ensemble",
        "Random couplings",
        "ensemble",
        str,
        "complex",
        "Ensemble of the coupling entries c_ji: complex Gaussian (default) or real Gaussian, E|c|² = 1 (eq. 3).",
        "--ensemble",
        choices=("complex", "real"),
        advanced=True,
        choice_tips=("Complex Gaussian entries (the paper's choice)", "Real Gaussian entries"),
    ),
    Field(
        "couplings_precision",
        "Couplings stored in",
        "precision",
        str,
        "single",
        "How the drawn couplings λ·c_ji are stored: single precision (default: each drawn in double and rounded "
        "once, half the memory, faster runs; the run propagates exactly the stored H in double arithmetic) or "
        "double (the couplings of earlier versions, bit for bit; also any λ outside 1e-30 … 1e30). "
        "docs/physics.md §3 says why the rounding changes nothing measurable.",
        "--couplings-precision",
        choices=("single", "double"),
        advanced=True,
        choice_tips=(
            "Rounded once to single precision: half the memory (complex64, or float32 for real couplings)",
            "Double precision: the same couplings as earlier versions, bit for bit",
        ),
    ),
    Field(
        "initial",
        "Initial state",
        "ψ(0)",
        str,
        "band:1",
        "Initial state ψ(0): a random state in one site's band (the paper's choice), one single level, "
        "or a random band state on every site with chosen weights P_μ(0).",
        "--initial",
        group="Initial state",
    ),
    Field(
        "samples",
        "Random starts averaged",
        "K",
        int,
        1,
        "K — number of random pure initial states propagated together and averaged "
        "(an ensemble: it emulates a mixed state; the spread is shown as a band).",
        "--samples",
        group="Initial state",
        low=1,
        high=MAX_SAMPLES,
        advanced=True,
    ),
    Field(
        "t_max",
        "Run length",
        "t_max",
        float,
        None,
        "Length of the run in ħ/ΔE (wins over the length in 1/γ when both are given).",
        "--t-max",
        group="",
        unit="ħ/ΔE",
        low=0.0,
        open_low=True,
        optional=True,
        scientific=True,
    ),
    Field(
        "t_max_gamma",
        "Run length",
        "t_max",
        float,
        5.0,
        "Length of the run, in units of 1/γ (the HAM time scale) or in ħ/ΔE. D₁² (eq. 15) needs ≥ 5/γ.",
        "--t-max-gamma",
        group="Run",
        unit="1/γ",
        low=0.0,
        open_low=True,
        optional=True,
        scientific=True,
        panel_high=1e12,
    ),
    Field(
        "points",
        "Time points",
        "M",
        int,
        201,
        "M — number of output times from 0 to t_max (≥ 2).",
        "--points",
        group="Run",
        low=2,
        high=MAX_POINTS,
        advanced=True,
    ),
    Field(
        "method",
        "Solver",
        "method",
        str,
        "auto",
        "How the Schrödinger equation is solved. auto picks the faster of: eigen — one dense "
        "eigendecomposition of H (cost D³, cannot be interrupted while it runs); chebyshev — a Chebyshev "
        "expansion of e^(−iHt) built from products of H with the state (any size).",
        "--method",
        group="Run",
        choices=("auto", "eigen", "chebyshev"),
        advanced=True,
        choice_tips=(
            "The faster of the two for this size",
            "Dense eigendecomposition (small D)",
            "Chebyshev expansion (any D)",
        ),
    ),
    Field(
        "initial_seed",
        "Random seed of the start",
        "initial seed",
        int,
        None,
        "Seed of the random initial state (default: the couplings' seed).",
        "--initial-seed",
        group="",
        low=0,
        high=MAX_SEED,
        optional=True,
    ),
    Field(
        "geometry",
        "Geometry",
        "geometry",
        str,
        "chain",
        f"How the subunits are joined (docs/physics.md §6): {GEOMETRY_HELP}; the chain is the paper's.",
        "--geometry",
        group="System",
        suggestions=GEOMETRY_EXAMPLES,
    ),
    Field(
        "site_levels",
        "Levels of each subunit",
        "n_μ",
        str,
        "",
        "n_μ for every subunit, comma separated (e.g. 100,500,100); empty: all have n levels. "
        "A subunit with more levels holds more energy at equilibrium (P_μ ∝ n_μ).",
        "--site-levels",
        group="System",
        advanced=True,
    ),
    Field(
        "bond_lam",
        "Coupling of each bond",
        "λ_ab",
        str,
        "",
        "λ for every edge, comma separated, in the geometry's edge order; empty: all have λ. "
        "A weak bond is a contact resistance: a temperature step forms across it.",
        "--bond-lam",
        group="System",
        advanced=True,
    ),
    Field(
        "disorder",
        "Disorder width",
        "W",
        float,
        0.0,
        "Band offsets Δ_μ drawn uniformly in [−W/2, W/2] (seeded): a level exchanges energy only with the "
        "neighbour's levels at its own energy, so transport slows and, for W of a few δε, stops.",
        "--disorder",
        group="System",
        unit="ΔE",
        low=0.0,
        panel_high=1.0,
        advanced=True,
    ),
    Field(
        "site_offsets",
        "Band offset of each subunit",
        "Δ_μ",
        str,
        "",
        "Δ_μ for every subunit in ΔE, comma separated (e.g. 0,0.025,0.05): band centres at ΔE + Δ_μ. A level "
        "exchanges energy only with the neighbour's levels at its own energy, so energy stays where the bands "
        "do not overlap (HAM's energy-resolved golden rule, docs/physics.md §6). Empty: drawn from the "
        "disorder width W, or all 0.",
        "--site-offsets",
        group="System",
        advanced=True,
    ),
    Field(
        "edges",
        "Edge list",
        "edges",
        str,
        "",
        "An explicit graph: one edge a,b or a,b,λ per line or between semicolons (sites 1 … N, # comments); "
        "wins over the geometry. The command line reads it from such a CSV file (--edges FILE).",
        "--edges",
        group="",
        advanced=True,
    ),
)

FIELD_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


#: The fields of one subunit's band and its coupling: n, λ, δε (what f(τ) and κ(T) depend on).
BAND_FIELDS = ("levels", "lam", "bandwidth")
#: Parameter name → command-line option.
OPTION_OF: dict[str, str] = {f.name: f.cli for f in FIELDS}
