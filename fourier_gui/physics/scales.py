"""The numerical scales of a run, checked before anything is built (docs/physics.md §3, "Usable ranges").

A run computes with γ = 2πλ²n/δε (eq. 10), 1/γ, c1 and c2 (eq. 14) on every bond, the spectral
half-width a of H (δε/2 + W/2 + 2λ√n per bond) and t_max; its Chebyshev expansion takes about a·t_max
products. Each of these must be a normal, finite double with room to spare: a parameter that pushes one
out (λ = 1e152 makes γ infinite, δε = 1e-169 makes δε² zero, W = 1e308 overflows ‖H‖) is refused here,
by name and with the range that works with the others as they are, instead of running into NaN.
Called by the one validator, `SimulationParameters.validated()` (physics/parameters.py), after each field's
own check (physics/fields.py) and the sizes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.fields import FIELD_BY_NAME, shown

#: γ, c1, c2, 1/γ and t_max stay within these (a double spans 1e±308; the rest is room for products).
SCALE_LOW = 1e-250
SCALE_HIGH = 1e250
#: The spectral half-width at most: a²·D stays finite in every norm and eigensolver.
MAX_ENERGY = 1e100
#: a·t_max at most: beyond, rounding alone spoils the phases a·t (and the run would last for years).
MAX_PRODUCTS = 1e14

#: The ordinary value of each parameter a scale depends on: a refusal names the one farthest from it.
ORDINARY = {"lam": 5e-5, "bond_lam": 5e-5, "edges": 5e-5, "bandwidth": 0.05}
#: Each scale as C·λ^p·n^q·δε^r (eqs. 10 and 14).
SCALES = {"γ": (2.0 * math.pi, 2, 1, -1), "c1": (2.0, 1, 1, -1), "c2": (1.0, 2, 1, -2)}


#: `parameters.SimulationParameters`, which calls this check from `validated()` (so it is not imported here).
SimulationParameters = Any


def check_scales(p: SimulationParameters) -> None:
    """Raise ParameterError, naming the parameter and its usable range, if a derived scale of the run would
    overflow, underflow or turn non-finite; otherwise return None. The sizes are checked before (they bound
    the graph's lists this builds)."""
    bonds = _bonds(p)
    _check_rates(p, bonds)
    _check_energy(p, bonds)
    _check_time(p, bonds)


@dataclass(frozen=True)
class Bonds:
    """The couplings of a run: λ per bond, where it came from (the parameter to name), the n of its two
    sites, the largest number of bonds at one site and the band offsets."""

    lams: np.ndarray
    sources: list[str]
    levels_a: np.ndarray
    levels_b: np.ndarray
    degree: int
    offsets: np.ndarray

    def half_width(self, bandwidth: float) -> float:
        """An upper bound of the spectral half-width a of H − ΔE: the bands' half-width and offsets plus
        ‖λc‖ ≈ 2λ√n for each of the (at most `degree`) bonds of a site."""
        return bandwidth / 2.0 + self.spread + self.degree * self.coupling

    @property
    def coupling(self) -> float:
        with np.errstate(all="ignore"):
            return 2.0 * float(np.max(self.lams * np.sqrt(np.maximum(self.levels_a, self.levels_b))))

    @property
    def spread(self) -> float:
        return float(np.max(np.abs(self.offsets))) if self.offsets.size else 0.0


def _bonds(p: SimulationParameters) -> Bonds:
    """The bonds of the run; the global λ and n come first (they set γ, and with it t_max = t_max_gamma/γ)."""
    lam, n = float(p.lam), float(p.levels)
    plain = ("chain", "", "", 0.0, "", "")
    if (p.geometry, p.site_levels, p.bond_lam, p.disorder, p.site_offsets, p.edges) == plain:  # the plain chain
        one = np.array([n])
        return Bonds(np.array([lam]), ["lam"], one, one, 2 if p.sites > 2 else 1, np.zeros(1))
    layout = p.system()
    given = _edge_lams_given(p)
    sources = ["bond_lam" if p.bond_lam.strip() else ("edges" if g else "lam") for g in given]
    ends = np.array(layout.edges, dtype=np.int64).reshape(-1, 2)
    levels = np.asarray(layout.site_levels, dtype=float)
    degree = int(np.bincount(ends.ravel(), minlength=p.sites).max())
    return Bonds(
        np.concatenate([[lam], np.asarray(layout.lams, dtype=float)]),
        ["lam", *sources],
        np.concatenate([[n], levels[ends[:, 0]]]),
        np.concatenate([[n], levels[ends[:, 1]]]),
        degree,
        np.asarray(layout.offsets, dtype=float),
    )


def _edge_lams_given(p: SimulationParameters) -> list[bool]:
    """For each edge of an explicit edge list, whether its line gives its own λ (a,b,λ)."""
    if not p.edges.strip():
        return [False] * len(p.system().edges)
    lines = [line.split("#", 1)[0].strip() for line in p.edges.replace(";", "\n").splitlines()]
    return [line.count(",") == 2 for line in lines if line]


def _check_rates(p: SimulationParameters, bonds: Bonds) -> None:
    """γ, c1 and c2 (eqs. 10, 14) of every bond, in each direction with the receiving band's n (as the
    criteria take them), computed as the formulas compute them, within the usable range."""
    bandwidth = float(p.bandwidth)
    for levels in (bonds.levels_a, bonds.levels_b):
        lams = bonds.lams
        with np.errstate(all="ignore"):
            values = {
                "γ": 2.0 * math.pi * lams * lams * levels / bandwidth,
                "c1": 2.0 * lams * levels / bandwidth,
                "c2": lams * lams * levels / (bandwidth * bandwidth),
            }
        for scale, value in values.items():
            bad = ~(np.isfinite(value) & (value >= SCALE_LOW) & (value <= SCALE_HIGH))
            if bad.any():
                edge = int(np.argmax(bad))
                lam, n = float(lams[edge]), float(levels[edge])
                _refuse_rate(p, bonds, f"{scale} = {value[edge]:.3g}", bonds.sources[edge], lam, n)


def _refuse_rate(p: SimulationParameters, bonds: Bonds, here: str, source: str, lam: float, n: float) -> None:
    """Name λ's source or δε, whichever is farther from its ordinary value, with its usable range."""
    far = abs(math.log10(lam / ORDINARY[source])) >= abs(math.log10(p.bandwidth / ORDINARY["bandwidth"]))
    what = f"so that γ, c1 and c2 stay within {SCALE_LOW:.0e} … {SCALE_HIGH:.0e}; here {here}"
    if far:
        low, high = _lam_range(n, p.bandwidth, bonds)
        raise ParameterError(
            source,
            shown(getattr(p, source)),
            f"{_up(low)} ≤ λ ≤ {_down(high)} with n = {n:g} and δε = {p.bandwidth:g}, {what}",
        )
    low = _bandwidth_low(lam, n)
    raise ParameterError("bandwidth", p.bandwidth, f"{_up(low)} ≤ δε < 1 with λ = {lam:g} and n = {n:g}, {what}")


def _up(x: float) -> str:
    """x to three significant digits, rounded up: a quoted lower end that is itself allowed."""
    return _rounded(x, math.ceil)


def _down(x: float) -> str:
    """x to three significant digits, rounded down: a quoted upper end that is itself allowed."""
    return _rounded(x, math.floor)


def _rounded(x: float, direction) -> str:
    if not (math.isfinite(x) and x > 0):
        return f"{x:.3g}"
    exponent = math.floor(math.log10(x)) - 2
    mantissa = direction(x / 10.0**exponent)
    return f"{mantissa / 100:.2f}e{exponent + 2:+03d}" if abs(exponent + 2) > 3 else f"{mantissa * 10.0**exponent:.6g}"


def _log_range(exponent: int, rest: float) -> tuple[float, float]:
    """The range of log10 x for which rest + exponent·log10 x lies in the usable range of a scale."""
    low = (math.log10(SCALE_LOW) * 1.0 - rest) / exponent
    high = (math.log10(SCALE_HIGH) * 1.0 - rest) / exponent
    return (low, high) if exponent > 0 else (high, low)


def _lam_range(n: float, bandwidth: float, bonds: Bonds) -> tuple[float, float]:
    """λ for which γ, c1, c2 (at this n and δε) and the spectral half-width are all usable."""
    room = max(MAX_ENERGY - bandwidth / 2.0 - bonds.spread, 0.0) / (2.0 * bonds.degree * math.sqrt(n))
    low, high = -math.inf, math.log10(room) if room > 0 else -math.inf
    for c, lam_exp, n_exp, bw_exp in SCALES.values():
        lo, hi = _log_range(lam_exp, math.log10(c) + n_exp * math.log10(n) + bw_exp * math.log10(bandwidth))
        low, high = max(low, lo), min(high, hi)
    return 10.0 ** (low + 1e-9), 10.0 ** (high - 1e-9)


def _bandwidth_low(lam: float, n: float) -> float:
    """The smallest δε (at this λ and n) for which γ, c1 and c2 are usable."""
    low = -math.inf
    for c, lam_exp, n_exp, bw_exp in SCALES.values():
        lo, _hi = _log_range(bw_exp, math.log10(c) + lam_exp * math.log10(lam) + n_exp * math.log10(n))
        low = max(low, lo)
    return 10.0 ** (low + 1e-9)


def _check_energy(p: SimulationParameters, bonds: Bonds) -> None:
    """The spectral half-width within MAX_ENERGY: the larger of the disorder's share and the couplings'
    is refused."""
    a = bonds.half_width(p.bandwidth)
    if math.isfinite(a) and a <= MAX_ENERGY:
        return
    if bonds.spread >= bonds.degree * bonds.coupling:
        if p.site_offsets.strip():
            raise ParameterError("site_offsets", p.site_offsets, f"|Δ_μ| ≤ {MAX_ENERGY:.0e}, the energies H can hold")
        raise ParameterError("disorder", p.disorder, f"0 ≤ W ≤ {MAX_ENERGY:.0e}, the energies H can hold")
    with np.errstate(all="ignore"):
        edge = int(np.argmax(bonds.lams * np.sqrt(np.maximum(bonds.levels_a, bonds.levels_b))))
    n = max(bonds.levels_a[edge], bonds.levels_b[edge])
    high = _lam_range(n, p.bandwidth, bonds)[1]
    source = bonds.sources[edge]
    raise ParameterError(
        source,
        shown(getattr(p, source)),
        f"λ ≤ {_down(high)} with n = {n:g}, so that ‖H‖ stays below {MAX_ENERGY:.0e}; here ‖H‖ ≈ {a:.3g}",
    )


def _check_time(p: SimulationParameters, bonds: Bonds) -> None:
    """t_max (given, or t_max_gamma/γ) within the usable range, and a·t_max within MAX_PRODUCTS."""
    name = "t_max" if p.t_max is not None else "t_max_gamma"
    value = float(p.t_max if p.t_max is not None else p.t_max_gamma)
    unit = 1.0 if p.t_max is not None else p.gamma  # γ, eq. (10): the slowest bond's on unequal bonds
    t_max = value / unit
    a = bonds.half_width(p.bandwidth)
    field = FIELD_BY_NAME[name]
    if not (math.isfinite(t_max) and SCALE_LOW <= t_max <= SCALE_HIGH):
        low, high = SCALE_LOW * unit, SCALE_HIGH * unit
        raise ParameterError(
            name,
            value,
            f"{_up(low)} ≤ {name} ≤ {_down(high)} (in {field.unit}), so that t_max stays within "
            f"{SCALE_LOW:.0e} … {SCALE_HIGH:.0e} ħ/ΔE; here t_max = {t_max:.3g} ħ/ΔE",
        )
    if a * t_max > MAX_PRODUCTS:
        high = MAX_PRODUCTS / a * unit
        raise ParameterError(
            name,
            value,
            f"{name} ≤ {_down(high)} (in {field.unit}): this run would take a·t_max ≈ {a * t_max:.2g} products of H "
            f"with the state, beyond the usable {MAX_PRODUCTS:.0e}",
        )
