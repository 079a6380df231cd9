"""Session files: the parameters as JSON, and the results too if the user asks."""

from __future__ import annotations

import math
import os
from typing import Any

import numpy as np

from fourier_gui import __version__
from fourier_gui.execution.memory import available_memory
from fourier_gui.io.atomic import atomic_write_text
from fourier_gui.io.provenance import provenance, run_seeds
from fourier_gui.io.strict_json import dumps
from fourier_gui.io.summary import utc_now
from fourier_gui.io.user_files import load_user_json
from fourier_gui.physics.cost import format_bytes
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.fields import shown
from fourier_gui.physics.model import LEVEL_BINS
from fourier_gui.physics.parameters import ParameterError, SimulationParameters, check_window_range
from fourier_gui.physics.simulation import SimulationResult, store_rows, summarize

FORMAT = "fourier-gui session"
#: The free memory assumed where the system does not say.
FALLBACK_MEMORY = 4 * 2**30


class SessionError(FourierGuiError, ValueError):
    """A file that is not a readable session."""


def _rows(array: np.ndarray) -> list:
    return np.where(np.isnan(array), np.array(None, dtype=object), array).tolist()


def session_dict(params: SimulationParameters, result: SimulationResult | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "version": __version__, "parameters": params.to_dict()}
    data["date"] = utc_now()  # when it was saved (UTC, ISO 8601), as every JSON the app writes says
    data["provenance"] = provenance(run_seeds(params), None if result is None else result.product)
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
        # where in each band the energy sits (the level diagram's shading) and per energy cell: not derivable
        # from the samples, so saved too (a reopened session lost the shading)
        for key in ("level_populations", "cell_populations"):
            array = getattr(result, key)
            if array is not None:
                data["results"][key] = _rows(array[:n].astype(float))
    return data


def write_session(
    path: str | os.PathLike, params: SimulationParameters, result: SimulationResult | None = None
) -> None:
    atomic_write_text(path, dumps(session_dict(params, result), ensure_ascii=False) + "\n")


def read_session(path: str | os.PathLike) -> tuple[SimulationParameters, SimulationResult | None]:
    """Parameters (validated) and, when saved, the results; raises SessionError or ParameterError, each
    naming the file and the field."""
    where = os.fspath(path)
    data = load_user_json(path, SessionError, "session")  # a regular file of bounded size, or one line
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(f"{where!r} is not a fourier-gui session file")
    params = _parameters(where, "parameters", data.get("parameters"))
    saved = data.get("results")
    if saved is None or saved == {}:
        return params, None
    if not isinstance(saved, dict):
        raise SessionError(f"session {where!r}: field 'results' must be a JSON object")
    result = _results(where, saved)
    product = data.get("provenance", {}).get("product") if isinstance(data.get("provenance"), dict) else None
    if isinstance(product, str):  # what multiplied H·ψ, as the run that was saved said
        result.product = product
    return params, result


def _parameters(where: str, key: str, value: object) -> SimulationParameters:
    try:
        params = SimulationParameters.from_dict(value).validated()
        check_window_range(params)  # opened in the window: a value beyond its editors is refused, not lowered
        return params
    except ParameterError as exc:
        raise ParameterError(f"session {where!r}: {key}.{exc.name}", exc.value, exc.allowed) from None
    except TypeError as exc:  # a value of the wrong type that a check compared or converted
        raise SessionError(f"session {where!r}: field {key!r}: {exc}") from None


def _number(where: str, saved: dict, key: str, default: float | None = None) -> float:
    value = saved.get(key, default)
    try:
        number = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else math.nan
    except OverflowError:  # an integer beyond 1.8e308
        number = math.nan
    if not math.isfinite(number):
        raise SessionError(f"session {where!r}: field 'results.{key}' must be a finite number, not {shown(value)!r}")
    return number


def results_bytes(params: SimulationParameters) -> int:
    """The memory the results of a run with these parameters take once read (docs/contracts.md): the
    samples and currents (M × N × K), a dozen derived (M × N) arrays, the binned level populations and
    HAM's N × N matrices."""
    m, n, k = params.points, params.sites, params.samples
    return 8 * (2 * m * n * k + 12 * m * n + 3 * n * n) + 4 * m * n * LEVEL_BINS


def _check_size(where: str, params: SimulationParameters) -> None:
    """Refuse, before anything is allocated, results that would not fit in the free memory."""
    need = results_bytes(params)
    free = available_memory() or FALLBACK_MEMORY
    if need > free // 2:
        raise SessionError(
            f"session {where!r}: its results ({params.points} points × {params.sites} sites × {params.samples} "
            f"samples) need about {format_bytes(need)}, more than half of the {format_bytes(free)} of free memory"
        )


def _array(where: str, saved: dict, key: str, shape: tuple[int, ...]) -> np.ndarray:
    try:
        array = np.array(saved.get(key), dtype=float)
    except (TypeError, ValueError):  # ragged lists, text, nested objects
        array = None
    if array is None or array.size != math.prod(shape) or (array.size and array.shape != shape):  # [] for no rows
        raise SessionError(f"session {where!r}: field 'results.{key}' must hold {' × '.join(map(str, shape))} numbers")
    return array.reshape(shape)


def _results(where: str, saved: dict) -> SimulationResult:
    run_params = _parameters(where, "results.parameters", saved.get("parameters"))
    method = saved.get("method")
    if method not in ("chebyshev", "eigen"):
        raise SessionError(f"session {where!r}: field 'results.method' must be chebyshev or eigen, not {method!r}")
    _check_size(where, run_params)
    result = SimulationResult.empty(run_params, method)
    completed = _number(where, saved, "completed")
    n = int(completed)
    if n != completed or not 0 <= n <= result.times.size:
        raise SessionError(
            f"session {where!r}: field 'results.completed' must be a whole number 0 … {result.times.size}"
        )
    rows = _array(where, saved, "exact_samples", (n, run_params.sites, run_params.samples))
    currents = None
    if saved.get("current_samples") is not None:
        shape = (n, result.current_samples.shape[1], run_params.samples)  # bonds of a chain, edges of a graph
        currents = _array(where, saved, "current_samples", shape)
    extra: dict[str, np.ndarray] = {}
    for key in ("level_populations", "cell_populations"):  # optional: sessions before they were saved lack them
        target = getattr(result, key)
        if target is not None and saved.get(key) is not None:
            array = _array(where, saved, key, (n, *target.shape[1:]))
            if not np.all(np.isnan(array) | ((array >= 0) & (array <= 1))):  # probabilities, or null for unknown
                raise SessionError(f"session {where!r}: field 'results.{key}' must hold probabilities 0 … 1")
            extra[key] = array
    store_rows(result, 0, rows, currents, **extra)
    result.transport = summarize(result, final=True)
    result.completed_time = _number(where, saved, "completed_time")
    result.elapsed_s = _number(where, saved, "elapsed_s", 0.0)
    result.max_norm_error = _number(where, saved, "max_norm_error", 0.0)
    return result
