"""A sweep's table as CSV (one row per run plus one aggregated row per point) and its JSON summary."""

from __future__ import annotations

import os
from typing import Any

from fourier_gui import __version__
from fourier_gui.io.atomic import atomic_open
from fourier_gui.io.provenance import metadata_lines, provenance
from fourier_gui.io.results_csv import format_value, parameter_metadata
from fourier_gui.io.summary import utc_now, write_json
from fourier_gui.physics.sweeps import SweepTable

COLUMNS = (
    "row",
    "point",
    "value",
    "repetition",
    "seed",
    "count",
    "lam",
    "gamma",
    "c1",
    "c2",
    "d1_squared",
    "d1_squared_std",
    "rate_over_gamma",
    "rate_over_gamma_std",
    "method",
    "elapsed_s",
    "fourier_r2",
    "fourier_r2_std",
    "fourier_gamma_ratio",
    "fourier_gamma_ratio_std",
    "mode_rate_ratio",
    "mode_rate_ratio_std",
    "mode_window",
    "mode_efold_ratio",
    "mode_efold_ratio_std",
)


def sweep_metadata(table: SweepTable) -> dict[str, Any]:
    spec = table.spec
    meta: dict[str, Any] = {"app": "fourier-gui", "version": __version__, "kind": "sweep"}
    meta.update({"vary": spec.vary, "values": ",".join(format_value(v) for v in spec.values)})
    if spec.vary2 is not None:  # a grid: every value with every value2
        meta.update({"vary2": spec.vary2, "values2": ",".join(format_value(v) for v in spec.values2)})
    # the measured quantity under the command line's name for it (--figure)
    meta.update({"seeds": spec.seeds, "hold": spec.hold, "figure": spec.quantity, "complete": table.complete})
    if spec.quantity in ("mode-rate", "mode-efold"):
        meta["mode"] = spec.mode
    meta.update(parameter_metadata(spec.base))  # the base, before each point sets the varied fields
    meta["date"] = utc_now()
    law = sweep_law(table)
    if law is not None:  # the fit travels with the table (issue 14)
        for key, value in law_dict(law, spec.vary).items():
            meta[f"fit.{key}"] = ",".join(map(repr, value)) if isinstance(value, list) else value
    meta.update(metadata_lines(sweep_seeds(spec)))
    return meta


def sweep_seeds(spec) -> list[int]:
    """The coupling seeds of a sweep's repetitions (docs/physics.md: base.seed + s)."""
    return [spec.base.seed + s for s in range(spec.seeds)]


def sweep_rows(table: SweepTable) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for r in table.rows:
        rows.append(
            {
                "row": "run",
                "point": r.point,
                "value": r.value,
                "repetition": r.repetition,
                "seed": r.seed,
                "count": 1,
                "lam": r.lam,
                "gamma": r.gamma,
                "c1": r.c1,
                "c2": r.c2,
                "d1_squared": r.d1_squared,
                "rate_over_gamma": r.fitted_rate_over_gamma,
                "method": r.method,
                "elapsed_s": r.elapsed_s,
                "fourier_r2": r.fourier_r2,
                "fourier_gamma_ratio": r.fourier_gamma_ratio,
                "mode_rate_ratio": r.mode_rate_ratio,
                "mode_window": r.mode_window,
                "mode_efold_ratio": r.mode_efold_ratio,
                "value2": r.value2,
            }
        )
    for a in table.aggregate():
        rows.append(
            {
                "row": "mean",
                "point": a["point"],
                "value": a["value"],
                "count": a["count"],
                "lam": a["lam"],
                "c1": a["c1"],
                "c2": a["c2"],
                "d1_squared": a["d1_mean"],
                "d1_squared_std": a["d1_std"],
                "rate_over_gamma": a["rate_mean"],
                "rate_over_gamma_std": a["rate_std"],
                "fourier_r2": a["r2_mean"],
                "fourier_r2_std": a["r2_std"],
                "fourier_gamma_ratio": a["gamma_ratio_mean"],
                "fourier_gamma_ratio_std": a["gamma_ratio_std"],
                "mode_rate_ratio": a["mode_rate_mean"],
                "mode_rate_ratio_std": a["mode_rate_std"],
                "mode_window": a["mode_window"],
                "mode_efold_ratio": a["mode_efold_mean"],
                "mode_efold_ratio_std": a["mode_efold_std"],
                "value2": a["value2"],
            }
        )
    return rows


def sweep_columns(table: SweepTable) -> tuple[str, ...]:
    """The contract's columns, and `value2` last for a grid."""
    return (*COLUMNS, "value2") if table.spec.is_grid else COLUMNS


def write_sweep_csv(path: str | os.PathLike, table: SweepTable) -> None:
    columns = sweep_columns(table)
    with atomic_open(path, "w", allow_stdout=True, encoding="utf-8", newline="\n") as f:
        for key, value in sweep_metadata(table).items():
            f.write(f"# {key}: {format_value(value)}".rstrip() + "\n")
        f.write(",".join(columns) + "\n")
        for row in sweep_rows(table):
            f.write(",".join(format_value(row[c]) if c in row else "" for c in columns) + "\n")


def sweep_summary(table: SweepTable) -> dict[str, Any]:
    spec = table.spec
    summary: dict[str, Any] = {
        "vary": spec.vary,
        "values": list(spec.values),
        **({"vary2": spec.vary2, "values2": list(spec.values2)} if spec.is_grid else {}),
        "seeds": spec.seeds,
        "hold": spec.hold,
        "complete": table.complete,
        "runs": len(table.rows),
        "points": [_json_point(point) for point in table.aggregate()],
        "base": spec.base.to_dict(),
        "version": __version__,
        "date": utc_now(),
        "provenance": provenance(sweep_seeds(spec)),
    }
    law = sweep_law(table)
    if law is not None:
        summary["power_law"] = law_dict(law, spec.vary)
    return summary


def _json_point(point: dict[str, Any]) -> dict[str, Any]:
    """A point of the table as the JSON has always named it: the measured quantity as `figure_mean`/`_std`
    (the command line's --figure)."""
    return {key.replace("quantity_", "figure_"): value for key, value in point.items()}


def sweep_law(table: SweepTable):
    """The fitted power law of D₁², for sweeps of n, N or K (None otherwise)."""
    return table.power_law() if table.spec.vary in ("levels", "sites", "samples") else None


def law_dict(law, against: str) -> dict[str, Any]:
    """The fit as JSON: exponent, its error and intervals (Student-t over whole seeds), prefactor, method."""
    return {
        "exponent": law.exponent,
        "exponent_error": law.exponent_error,
        "ci68": None if law.ci68 is None else list(law.ci68),
        "ci95": None if law.ci95 is None else list(law.ci95),
        "prefactor": law.prefactor,
        "error_method": law.method,
        "resamples": law.resamples,
        "weighted": law.weighted,
        "of": "d1_squared",
        "against": against,
    }


def write_sweep_json(path: str | os.PathLike, table: SweepTable) -> None:
    write_json(path, sweep_summary(table))


def read_sweep_csv(path: str | os.PathLike) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The metadata and the rows (as strings, empty cells included) of a sweep CSV. The base parameters
    are `param.NAME` (files of fourier-gui 0.x before it said `base.NAME`: read as `param.NAME` too), a value
    that does not exist is "" (older files said `nan` or `none`)."""
    import csv

    metadata: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    body: list[str] = []
    for line in lines:
        if line.startswith("#") and not body:
            key, _, value = line[1:].strip().partition(":")
            key = key.strip()
            key = f"param.{key[5:]}" if key.startswith("base.") else key  # the older files' prefix
            metadata[key] = _missing(value.strip())
        else:
            body.append(line)
    return metadata, [{k: _missing(v) for k, v in row.items()} for row in csv.DictReader(body)]


def _missing(text: str) -> str:
    """A value as written, with the older spellings of a value that does not exist (`nan`, `none`) as ""."""
    return "" if text in ("nan", "none") else text
