"""The CSV of the study "Where diffusion ends" (physics/diffusion_range.py; docs/contracts.md, "Study CSV"):
one row per run and one per mode, with its limits and provenance in the header."""

from __future__ import annotations

import datetime as dt
import math
import os
from typing import Any

from fourier_gui import __version__
from fourier_gui.io.atomic import atomic_open
from fourier_gui.io.provenance import metadata_lines
from fourier_gui.io.results_csv import format_value
from fourier_gui.physics import transport
from fourier_gui.physics.diffusion_range import NAME, DiffusionRangeSpec, mode_wavelength, summarize
from fourier_gui.physics.sweeps import SweepTable

#: The columns and their units (docs/contracts.md): rates in ΔE/ħ, wavelengths in sites, the rest pure numbers.
COLUMNS = (
    "row",  # run | mode
    "q",
    "wavelength_sites",
    "seed",
    "count",
    "gamma_q",  # ΔE/ħ
    "gamma_q_tau_c",
    "gamma_q_t_h",
    "window",
    "rate_ratio",  # a run's first e-fold rate / γ_q; on a mode row the median over seeds
    "rate_ratio_low",
    "rate_ratio_high",
    "rate_ratio_mean",
    "rate_ratio_sd",
    "tail_rate_ratio",  # the sweeps' mode-rate (from τ_c while above 20 %); mode row: median
    "tail_rate_ratio_low",
    "tail_rate_ratio_high",
    "elapsed_s",
)

FIT_WINDOW = "ln(a_q(0)/a_q(t)) = rate*t through the origin over 0 <= t <= first time a_q <= a_q(0)/e"
TAIL_WINDOW = "ln a_q(t) = c - rate*t least squares over 2*pi/bandwidth <= t while a_q > 0.2*a_q(0)"


def study_metadata(spec: DiffusionRangeSpec, table: SweepTable) -> dict[str, Any]:
    base = spec.base()
    lim = spec.limits()
    meta: dict[str, Any] = {"app": "fourier-gui", "version": __version__, "kind": "study", "study": NAME}
    meta.update(
        {
            "param.geometry": spec.geometry,
            "param.sites": spec.sites,
            "param.levels": spec.levels,
            "param.c1": spec.c1,
            "param.bandwidth": spec.bandwidth,
            "param.lam": base.lam,
            "gamma": base.gamma,
            "param.c2": base.c2,
            "param.samples": spec.samples,
            "seeds": spec.seeds,
            "param.seed": spec.seed,
            "modes": ",".join(str(q) for q in spec.modes_used()),
            "tau_c": lim.tau_c,
            "heisenberg_time": lim.heisenberg,
            "short_wavelength": _cell(lim.short_wavelength),
            "long_wavelength": _cell(lim.long_wavelength),
            "unit.wavelength_sites": "sites",
            "unit.gamma_q": "DeltaE/hbar",
            "unit.tau_c": "hbar/DeltaE",
            "unit.heisenberg_time": "hbar/DeltaE",
            "unit.elapsed_s": "s",
            "fit_window": FIT_WINDOW,
            "tail_window": TAIL_WINDOW,
            "complete": table.complete,
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    )
    meta.update(metadata_lines([spec.seed + s for s in range(spec.seeds)]))
    return meta


def study_rows(spec: DiffusionRangeSpec, table: SweepTable) -> list[dict[str, Any]]:
    """The rows of the CSV: every run (in mode and seed order), then every mode over its seeds."""
    base, lim, modes = spec.base(), spec.limits(), spec.modes_used()
    rows: list[dict[str, Any]] = []
    for r in table.rows:
        q = modes[r.point]
        gq = transport.ham_mode_rate(base.gamma, q, spec.sites)
        rows.append(
            {
                "row": "run",
                "q": q,
                "wavelength_sites": mode_wavelength(q, spec.sites),
                "seed": r.seed,
                "count": 1,
                "gamma_q": gq,
                "gamma_q_tau_c": gq * lim.tau_c,
                "gamma_q_t_h": gq * lim.heisenberg,
                "window": r.mode_window,
                "rate_ratio": r.mode_efold_ratio,
                "tail_rate_ratio": r.mode_rate_ratio,
                "elapsed_s": r.elapsed_s,
            }
        )
    for m in summarize(spec, table):
        rows.append(
            {
                "row": "mode",
                "q": m.q,
                "wavelength_sites": m.wavelength,
                "count": m.count,
                "gamma_q": m.gamma_q,
                "gamma_q_tau_c": m.gamma_q_tau_c,
                "gamma_q_t_h": m.gamma_q_t_h,
                "window": m.window,
                "rate_ratio": m.median,
                "rate_ratio_low": m.low,
                "rate_ratio_high": m.high,
                "rate_ratio_mean": m.mean,
                "rate_ratio_sd": m.sd,
                "tail_rate_ratio": m.tail_median,
                "tail_rate_ratio_low": m.tail_low,
                "tail_rate_ratio_high": m.tail_high,
            }
        )
    return rows


def _cell(value: Any) -> str:
    """A value as the run CSV writes it; NaN (a number that does not exist) as an empty cell."""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return format_value(value)


def write_study_csv(path: str | os.PathLike, spec: DiffusionRangeSpec, table: SweepTable) -> None:
    """Write the study's table atomically (`-` is standard output)."""
    with atomic_open(path, "w", allow_stdout=True, encoding="utf-8", newline="\n") as f:
        for key, value in study_metadata(spec, table).items():
            f.write(f"# {key}: {format_value(value)}\n")
        f.write(",".join(COLUMNS) + "\n")
        for row in study_rows(spec, table):
            f.write(",".join(_cell(row[c]) if c in row else "" for c in COLUMNS) + "\n")
