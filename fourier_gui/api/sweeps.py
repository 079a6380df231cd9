"""`fourier_gui.sweep` and the `Sweep` it returns (docs/api.md): the command line's `sweep` from Python, on the
same runner (execution/sweep_runner.py), the same hold rule (physics/sweeps.default_hold), the same table.

    table = fourier_gui.sweep("levels", [100, 200, 300], preset="fig3", seeds=3)
    table.fit["exponent"], table.rows["d1_squared"], table.to_dataframe()
    table.save("fig3.csv", "fig3.json")

Its runs go to a pool of spawned processes (or a Dask cluster): a script that sweeps needs the usual
`if __name__ == "__main__":` guard around its top-level code.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from fourier_gui.api.frames import data_frame
from fourier_gui.api.runs import SaveError, call_text, run_parameters
from fourier_gui.io.provenance import action
from fourier_gui.io.results_csv import format_value
from fourier_gui.io.typed_metadata import typed_metadata, typed_rows
from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.parameters import SimulationParameters


@dataclass(eq=False)
class Sweep:
    """A sweep's table: `metadata` (the CSV's header entries, typed), `columns` and `rows` (column name → the
    values of every row: one per run, `row` = run, and one per point, `row` = mean, as the CSV), `fit` (the
    fitted power law of D₁² for sweeps of n, N or K, else None); from `sweep`, or read from its CSV.
    `table` is the SweepTable (physics/sweeps.py) of a sweep made here."""

    metadata: dict[str, Any]
    columns: list[str]
    rows: dict[str, list[Any]]
    table: Any = field(default=None, repr=False)
    source: str | None = None
    call: str | None = None

    @classmethod
    def from_table(cls, table: Any, call: str | None = None) -> Sweep:
        from fourier_gui.io.sweep_files import sweep_columns, sweep_metadata, sweep_rows

        columns = list(sweep_columns(table))
        cells = [{c: format_value(row[c]) if c in row else "" for c in columns} for row in sweep_rows(table)]
        with action(f"python: {call}") if call else nullcontext():
            metadata = typed_metadata({k: format_value(v) for k, v in sweep_metadata(table).items()})
        return cls(metadata, columns, typed_rows(cells, columns), table, call=call)

    @property
    def fit(self) -> dict[str, Any] | None:
        """The power law D₁² ∝ x^exponent: exponent, exponent_error, ci68, ci95, prefactor, error_method, …"""
        entries = {k.partition(".")[2]: v for k, v in self.metadata.items() if k.startswith("fit.")}
        return entries or None

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (pandas is imported here, and only here)."""
        return data_frame(self.rows)

    def save(self, *paths: str | os.PathLike) -> None:
        """Write the command line's files, each kind by its name: `.csv` the table (`--csv`), `.json` the
        summary (`--json`)."""
        from fourier_gui.io.sweep_files import write_sweep_csv, write_sweep_json

        if self.table is None:
            raise SaveError(f"a sweep read from {self.source!r} holds only its table: copy the file itself")
        with action(f"python: {self.call}") if self.call else nullcontext():
            for path in paths:
                name = os.fspath(path).lower()
                if name.endswith(".csv"):
                    write_sweep_csv(path, self.table)
                elif name.endswith(".json"):
                    write_sweep_json(path, self.table)
                else:
                    raise SaveError(f"{os.fspath(path)!r} is out of range (allowed: a .csv or .json file)")


def sweep(
    vary: str,
    values: Iterable[float],
    preset: str | os.PathLike | SimulationParameters | None = None,
    *,
    seeds: int = 5,
    hold: str | None = None,
    quantity: str = "d1",
    mode: int = 1,
    vary2: str | None = None,
    values2: Iterable[float] = (),
    workers: int | None = None,
    dask: str | None = None,
    executor: Executor | None = None,
    progress: Callable[[float], None] | None = None,
    **parameters: Any,
) -> Sweep:
    """Vary `vary` over `values` (and `vary2` over `values2`: a grid), `seeds` runs each, around the preset
    and `parameters`, as `fourier-gui sweep` does, and return the `Sweep`.

    `hold`: c1 or lam; by default c1 when n varies and λ does not (physics/sweeps.default_hold). `quantity`: d1,
    fourier-r2, gamma-ratio or mode-rate (the command line's `--figure`, with `mode` its q). The runs go to
    `executor` if given (any concurrent.futures.Executor, left open), else a Dask cluster (`dask`: local[:W] or
    tcp://HOST:PORT), else a pool of `workers` processes (default: one per usable CPU). `progress(fraction)` after
    each finished run. Bad values raise ParameterError naming the parameter and its allowed range."""
    from fourier_gui.execution.thread_policy import warn_if_late
    from fourier_gui.physics.sweeps import SweepSpec

    warn_if_late()
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or not 1 <= workers <= 256):
        raise ParameterError("workers", workers, "integer 1 … 256")
    if sum(x is not None for x in (workers, dask, executor)) > 1:
        raise ParameterError("workers", workers, "one of workers, dask or executor: a cluster brings its own workers")
    base = run_parameters(preset, **parameters)
    try:
        points = tuple(float(v) for v in values)
        points2 = tuple(float(v) for v in values2)
    except (TypeError, ValueError):
        raise ParameterError("values", values, "numbers") from None
    spec = SweepSpec(base, vary, points, seeds, hold or "auto", quantity, mode, vary2, points2).validated()
    call = call_text(
        "sweep", preset, {"vary": vary, "values": list(points), "seeds": seeds, **parameters, "quantity": quantity}
    )
    total = len(spec.points()) * spec.seeds
    done = []

    def on_result(_row: Any) -> None:
        done.append(1)
        if progress is not None:
            progress(len(done) / total)

    table = _run(spec, executor, workers, dask, on_result)
    return Sweep.from_table(table, call)


def _run(spec: Any, executor: Executor | None, workers: int | None, dask: str | None, on_result: Callable) -> Any:
    """The sweep's table, on the executor the caller chose (as the command line's sweep runs it)."""
    from fourier_gui.execution.pools import default_executor, shutdown_now
    from fourier_gui.execution.sweep_runner import run_sweep

    if executor is not None:
        return run_sweep(spec, executor=executor, on_result=on_result)
    context: AbstractContextManager[Executor]
    if dask is not None:
        from fourier_gui.execution.cluster import dask_executor

        context = dask_executor(dask)
    else:
        context = default_executor(workers)
    with context as own:
        try:
            return run_sweep(spec, executor=own, on_result=on_result)
        except BaseException:  # a failed run or Ctrl-C: the runs still going end now, not at their end
            if dask is None:
                shutdown_now(own)
            raise


__all__ = ["Sweep", "sweep"]
