"""The JSON summary of a run (docs/contracts.md) and generic JSON files."""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

from fourier_gui import __version__
from fourier_gui.io.atomic import atomic_write_text
from fourier_gui.io.provenance import provenance, run_seeds
from fourier_gui.io.strict_json import dumps
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult


def run_summary(result: SimulationResult) -> dict[str, Any]:
    """gamma, c1, c2, method, d1_squared (when the run covers 5/γ), elapsed_s, max_norm_error, and more."""
    p = result.parameters
    criteria = result.criteria
    summary: dict[str, Any] = {
        "gamma": p.gamma,
        "c1": p.c1,
        "c2": p.c2,
        "method": result.method,
        "elapsed_s": result.elapsed_s,
        "max_norm_error": result.max_norm_error,
    }
    if not p.equal_bonds:  # unequal bonds: the headline is the slowest γ, the smallest c1, the largest c2
        summary["bonds"] = bond_table(p)
    d1 = result.d1_squared()
    if d1 is not None:
        summary["d1_squared"] = d1
    fit, verdict = result.transport.fourier, result.transport.verdict
    if verdict is not None:
        summary["fourier_fit"] = verdict.as_dict() | {"r2": None if fit is None else fit.r2}
    fitted = result.fitted_rate()
    summary.update(
        {
            "fitted_rate": fitted,
            "fitted_rate_over_gamma": None if fitted is None else fitted / p.gamma,
            "criteria": {
                "c1": criteria.c1_verdict,
                "c2": criteria.c2_verdict,
                "window": criteria.window_verdict,
                "overall": criteria.verdict,
            },
            "complete": result.is_complete,
            "completed_until": float(result.times[result.completed - 1]) if result.completed else 0.0,
            "final_exact": result.exact[result.completed - 1].tolist() if result.completed else None,
            "parameters": p.to_dict(),
            "version": __version__,
            "date": utc_now(),
            "provenance": provenance(run_seeds(p), result.product),
        }
    )
    return summary


def utc_now() -> str:
    """The date and time a file is written: UTC, ISO 8601 to the second (`2026-12-07T11:45:39+00:00`)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def bond_table(p: SimulationParameters) -> list[dict[str, Any]]:
    """Each bond's sites (1-based), λ, γ, c1 and c2 (eqs. 10, 14, with the smaller of its bands' n)."""
    system = p.system()
    rates, c1, c2 = p.bond_figures
    return [
        {"a": int(a) + 1, "b": int(b) + 1, "lam": float(lam), "gamma": float(g), "c1": float(x), "c2": float(y)}
        for (a, b), lam, g, x, y in zip(system.edges, system.lams, rates, c1, c2, strict=True)
    ]


def write_json(path: str | os.PathLike, data: dict[str, Any]) -> None:
    """`data` as strict JSON (io/strict_json.py: a number that does not exist is null), atomically."""
    atomic_write_text(path, dumps(data, indent=2, ensure_ascii=False) + "\n", allow_stdout=True)


def read_json(path: str | os.PathLike) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)
