"""`fourier_gui.read(path)`: any file the app writes, back as the object that wrote it (docs/api.md), through the
readers of io/ (so that it reads what they read):

- a run's CSV → `Run` (io/results_csv.read_csv); a session with results → `Run` with its whole results store,
  without → its SimulationParameters (io/session.read_session);
- a run's JSON summary, a sweep's JSON summary → the dict (io/summary.read_json);
- a couplings file (.npz) → `CouplingsFile`, whose `model()` rebuilds H (io/couplings_file.read_couplings);
- a sweep's CSV → `Sweep`; any other table (figure data, κ(T)) → `Table` (io/sweep_files.read_sweep_csv).

Metadata and columns are typed (io/typed_metadata.py): numbers as numbers, text as text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from fourier_gui.api.frames import data_frame
from fourier_gui.api.runs import Run, parameters_from_metadata
from fourier_gui.api.sweeps import Sweep
from fourier_gui.io.typed_metadata import typed_metadata, typed_rows
from fourier_gui.physics.errors import FourierGuiError


class UnknownFileError(FourierGuiError, ValueError):
    """A file that is none of the app's: names the file and what read() takes."""


KINDS = "a run or sweep CSV, a figure or κ(T) table, a JSON summary, a session (.fourier.json) or a couplings .npz"


@dataclass(eq=False)
class Table:
    """A table the app wrote (a figure's data, κ(T)): typed `metadata`, `columns` and `rows` (column → values)."""

    metadata: dict[str, Any]
    columns: list[str]
    rows: dict[str, list[Any]]
    source: str | None = None

    def column(self, name: str) -> np.ndarray:
        return np.asarray(self.rows[name])

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (pandas is imported here, and only here)."""
        return data_frame(self.rows)


def read(path: str | os.PathLike) -> Any:
    """The file at `path` as the object that wrote it (the module's list); raises the project's errors, naming
    the file, for anything else."""
    where = os.fspath(path)
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise UnknownFileError(f"cannot read {where!r}: {exc.strerror or exc}") from None
    if head.startswith(b"PK"):  # a zip: numpy's .npz
        from fourier_gui.io.couplings_file import read_couplings

        return read_couplings(path)
    if head.lstrip()[:1] == b"{":
        return _read_json(path, where)
    if head.startswith(b"#") or where.lower().endswith(".csv"):
        return _read_table(path, where)
    raise UnknownFileError(f"{where!r} is none of the app's files (allowed: {KINDS})")


def _read_json(path: str | os.PathLike, where: str) -> Any:
    from fourier_gui.io.session import FORMAT, read_session
    from fourier_gui.io.user_files import load_user_json

    data = load_user_json(path, UnknownFileError, "JSON file")
    if isinstance(data, dict) and data.get("format") == FORMAT:
        params, result = read_session(path)
        if result is None:
            return params
        run = Run.from_result(result, source=where)
        # when and how the session was made, as it says (not when and by whom it was read)
        run.metadata = {k: v for k, v in run.metadata.items() if k != "date" and not k.startswith("provenance.")}
        saved = {f"provenance.{k}": v for k, v in (data.get("provenance") or {}).items() if v is not None}
        if "date" in data:
            saved["date"] = data["date"]
        run.metadata.update(typed_metadata({k: str(v) for k, v in saved.items()}))
        return run
    if not isinstance(data, dict):
        raise UnknownFileError(f"{where!r} is none of the app's files (allowed: {KINDS})")
    return data


def _read_table(path: str | os.PathLike, where: str) -> Any:
    from fourier_gui.io.results_csv import read_csv
    from fourier_gui.io.sweep_files import read_sweep_csv

    try:
        texts, rows = read_sweep_csv(path)  # the metadata and the cells as written
    except (OSError, UnicodeDecodeError) as exc:
        raise UnknownFileError(f"cannot read {where!r}: {exc}") from None
    metadata = typed_metadata(texts)
    columns = [c for c in rows[0] if isinstance(c, str)] if rows else _header(path)  # DictReader's None: extra cells
    if metadata.get("kind") == "sweep":
        return Sweep(metadata, columns, typed_rows(rows, columns), source=where)
    if "exact_P1" in columns and "t" in columns:
        try:
            return _run_from_csv(read_csv(path), metadata, where)
        except FourierGuiError:
            raise
        except (ValueError, TypeError, IndexError, KeyError) as exc:  # columns missing, rows of other lengths
            reason = " ".join(str(exc).split())[:200]
            raise UnknownFileError(f"run CSV {where!r} does not hold a run's table: {reason}") from None
    return Table(metadata, columns, typed_rows(rows, columns), source=where)


def _header(path: str | os.PathLike) -> list[str]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                return line.strip().split(",") if line.strip() else []
    return []


def _run_from_csv(table: Any, metadata: dict[str, Any], where: str) -> Run:
    params = parameters_from_metadata(metadata)
    if params is None:
        raise UnknownFileError(f"run CSV {where!r} holds no parameters (# param.* lines)")
    sites = sum(1 for c in table.columns if c.startswith("exact_P"))
    exact = np.column_stack([table.column(f"exact_P{m}") for m in range(1, sites + 1)])
    ham = np.column_stack([table.column(f"ham_P{m}") for m in range(1, sites + 1)])
    names = [c[len("exact_") :] for c in table.columns if c.startswith("exact_J")]
    rows = table.data.shape[0]
    currents = ham_currents = None
    if names:
        currents = np.column_stack([table.column(f"exact_{n}") for n in names])
        ham_currents = np.column_stack([table.column(f"ham_{n}") for n in names])
    return Run(
        parameters=params,
        times=table.column("t"),
        exact=exact.reshape(rows, sites),
        ham=ham.reshape(rows, sites),
        currents=currents,
        ham_currents=ham_currents,
        current_names=names or params.system().current_names(),
        method=str(metadata.get("method", "")),
        complete=bool(metadata.get("complete", False)),
        metadata=metadata,
        source=where,
    )


__all__ = ["Table", "UnknownFileError", "read"]
