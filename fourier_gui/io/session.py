"""Session files: the parameters as JSON, and the results too if the user asks."""

from __future__ import annotations

import json
import os
from typing import Any

import numpy as np

from fourier_gui import __version__
from fourier_gui.io.atomic import atomic_write_text
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult

FORMAT = "fourier-gui session"


class SessionError(FourierGuiError, ValueError):
    """A file that is not a readable session."""


def _rows(array: np.ndarray) -> list:
    return np.where(np.isnan(array), np.array(None, dtype=object), array).tolist()


def session_dict(params: SimulationParameters, result: SimulationResult | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "version": __version__, "parameters": params.to_dict()}
    if result is not None:
        n = result.completed
        data["results"] = {
            "method": result.method,
            "parameters": result.parameters.to_dict(),
            "completed": n,
            "completed_time": result.completed_time,
            "elapsed_s": result.elapsed_s,
            "max_norm_error": result.max_norm_error,
            "exact_samples": _rows(result.exact_samples[:n]),
            "current_samples": _rows(result.current_samples[:n]),
        }
    return data


def write_session(
    path: str | os.PathLike, params: SimulationParameters, result: SimulationResult | None = None
) -> None:
    atomic_write_text(path, json.dumps(session_dict(params, result), ensure_ascii=False) + "\n")


def read_session(path: str | os.PathLike) -> tuple[SimulationParameters, SimulationResult | None]:
    """Parameters (validated) and, when saved, the results; raises SessionError or ParameterError."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SessionError(f"cannot read {os.fspath(path)!r}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(f"{os.fspath(path)!r} is not a fourier-gui session file")
    params = SimulationParameters.from_dict(data["parameters"]).validated()
    saved = data.get("results")
    if not saved:
        return params, None
    run_params = SimulationParameters.from_dict(saved["parameters"]).validated()
    result = SimulationResult.empty(run_params, saved["method"])
    n = int(saved["completed"])
    rows = np.array(saved["exact_samples"], dtype=float).reshape(n, run_params.sites, run_params.samples)
    currents = None
    if saved.get("current_samples") is not None:
        shape = (n, result.current_samples.shape[1], run_params.samples)  # bonds of a chain, edges of a graph
        currents = np.array(saved["current_samples"], dtype=float).reshape(shape)
    result.store_rows(0, rows, currents)
    result.summarize()
    result.completed_time = float(saved["completed_time"])
    result.elapsed_s = float(saved.get("elapsed_s", 0.0))
    result.max_norm_error = float(saved.get("max_norm_error", 0.0))
    return params, result
