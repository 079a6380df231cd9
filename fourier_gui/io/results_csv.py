"""The CSV contract of docs/contracts.md.

UTF-8, comma separated, '.' decimals, full precision (shortest repr that round-trips). Leading
`# key: value` lines carry the app version, every parameter, γ, c1, c2, the method and the date; then
the header `t,exact_P1,…,exact_PN,ham_P1,…,ham_PN` and one row per computed output time. With currents,
`exact_J1,…,exact_J{N−1},ham_J1,…,ham_J{N−1}` follow (J_μ from site μ to μ+1, docs/physics.md §5); on a graph
`exact_J_a-b,…,ham_J_a-b,…`, one per edge. The last column, `gamma_t`, is γ·t (dimensionless). A value that
does not exist is an empty cell.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from fourier_gui import __version__
from fourier_gui.io.atomic import atomic_open
from fourier_gui.io.provenance import metadata_lines, run_seeds
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.physics.system import System


@dataclass
class CsvTable:
    """A CSV read back: its metadata (strings), column names and data rows."""

    metadata: dict[str, str]
    columns: list[str]
    data: np.ndarray  # (rows, columns)

    def column(self, name: str) -> np.ndarray:
        return self.data[:, self.columns.index(name)]


def result_metadata(result: SimulationResult, now: dt.datetime | None = None) -> dict[str, object]:
    """The `# key: value` lines of a result's CSV."""
    p = result.parameters
    now = now or dt.datetime.now(dt.UTC)
    meta: dict[str, object] = {"app": "fourier-gui", "version": __version__}
    meta.update(parameter_metadata(p))
    meta.update(
        {
            "time_unit": "hbar/DeltaE",  # the t column, and t_max_resolved, completed_until below; gamma_t is γ·t
            "t_max_resolved": result.times[-1],
            "gamma": p.gamma,
            "c1": p.c1,
            "c2": p.c2,
            "method": result.method,
            "complete": result.is_complete,
            "completed_until": result.times[result.completed - 1] if result.completed else 0.0,
            "rows": result.completed,
            "max_norm_error": result.max_norm_error,
            "date": now.isoformat(timespec="seconds"),
        }
    )
    verdict = result.transport.verdict
    if verdict is not None:  # Fourier's law (docs/physics.md §5, "The verdict")
        meta.update({f"fourier_law.{key}": value for key, value in verdict.as_dict().items()})
    meta.update(metadata_lines(run_seeds(p), result.product))
    return meta


def csv_columns(system: System, currents: bool = False) -> list[str]:
    """The header; currents named by the system (`System.current_names`: J1 … J{N−1} on the uniform chain's
    bonds, J_a-b on a graph's edges)."""
    sites = system.sites
    columns = ["t"] + [f"exact_P{m}" for m in range(1, sites + 1)] + [f"ham_P{m}" for m in range(1, sites + 1)]
    if currents:
        names = system.current_names()
        columns += [f"exact_{n}" for n in names] + [f"ham_{n}" for n in names]
    return [*columns, "gamma_t"]


def format_value(value: object) -> str:
    """A value as a CSV writes it: full precision, true/false, and a value that does not exist (None, NaN) as
    nothing — an empty cell, or an empty `# key:` line (docs/contracts.md, "CSV")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (float, np.floating)):
        return "" if value != value else repr(float(value))
    return str(value)


def write_csv(
    path: str | os.PathLike, result: SimulationResult, now: dt.datetime | None = None, currents: bool = False
) -> None:
    """Write the computed rows of `result` (all of them, or those of a stopped run) atomically;
    `currents` adds the exact and HAM bond currents."""
    rows = result.completed
    parts = [result.times[:rows], result.exact[:rows], result.ham[:rows]]
    if currents:
        parts += [result.currents[:rows], result.ham_currents[:rows]]
    parts.append(result.parameters.gamma * result.times[:rows])  # γt, last: the columns before keep their places
    columns = csv_columns(result.parameters.system(), currents)
    write_table(path, result_metadata(result, now), columns, np.column_stack(parts))


def write_table(
    path: str | os.PathLike, metadata: dict[str, object], columns, rows: np.ndarray, integers: Sequence[str] = ()
) -> None:
    """The CSV contract's shape, for every table the app writes: `# key: value` lines, the header, one
    line per row at full precision — the `integers` columns as whole numbers, a value that does not exist
    (NaN) as an empty cell; atomically, `-` meaning standard output."""
    whole = [name in integers for name in columns]
    with atomic_open(path, "w", allow_stdout=True, encoding="utf-8", newline="\n") as f:
        for key, value in metadata.items():
            f.write(f"# {key}: {format_value(value)}".rstrip() + "\n")
        f.write(",".join(columns) + "\n")
        for row in rows.tolist():
            f.write(",".join(_cell(v, w) for v, w in zip(row, whole, strict=True)) + "\n")


def _cell(value: float, whole: bool) -> str:
    if value != value:  # NaN: no value
        return ""
    return str(int(value)) if whole else repr(value)


def parameter_metadata(params) -> dict[str, object]:
    """Every parameter as a `param.NAME` metadata entry."""
    return {f"param.{k}": v for k, v in params.to_dict().items()}


def read_csv(path: str | os.PathLike) -> CsvTable:
    """Read a CSV written by `write_csv` (or any file of the same contract): the metadata as text, a value
    that does not exist as "" (older files wrote `none` or `nan`), the data as floats (NaN where empty)."""
    metadata: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        line = f.readline()
        while line.startswith("#"):
            key, _, value = line[1:].strip().partition(":")
            value = value.strip()
            metadata[key.strip()] = "" if value in ("none", "nan") else value
            line = f.readline()
        columns = line.strip().split(",")
        data = np.genfromtxt(f, delimiter=",", ndmin=2) if columns != [""] else np.zeros((0, 0))  # "" → NaN
    if data.size == 0:
        data = np.zeros((0, len(columns)))
    return CsvTable(metadata, columns, data)
