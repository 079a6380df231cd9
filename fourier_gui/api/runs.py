"""`fourier_gui.simulate` and the `Run` it returns (docs/api.md): the command line's `simulate` from Python, the
same parameters, the same checks, the same numbers bit for bit, the same files.

    run = fourier_gui.simulate("fig2", levels=200)
    run.times, run.gamma_t, run.exact, run.ham, run.currents, run.verdict, run.summary
    run.save("fig2.csv", "fig2.json", "fig2.npz")
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fourier_gui.api.frames import data_frame
from fourier_gui.io.provenance import action
from fourier_gui.io.results_csv import format_value, result_metadata
from fourier_gui.io.typed_metadata import typed_metadata
from fourier_gui.physics.errors import FourierGuiError, ParameterError
from fourier_gui.physics.fields import FIELD_BY_NAME, FIELDS
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult

#: Text fields that a script may give as a list: one number per site, or per edge.
LIST_FIELDS = ("site_levels", "bond_lam", "site_offsets")
#: The prefixes under which files write the parameters (a run's CSV, a sweep's base).
PARAMETER_PREFIXES = ("param.", "base.", "parameters.")


class SaveError(FourierGuiError, ValueError):
    """A file `save` cannot write: an unknown kind, or what a run read from a table does not have."""


def _plain(name: str, value: Any) -> Any:
    """A value as the field holds it: numpy numbers as Python's, whole numbers as floats for a float field (as
    the command line reads `--lam 1`), lists for the system's text fields (sites 1-based, as an edge file)."""
    f = FIELD_BY_NAME[name]
    if isinstance(value, str | bool) or value is None:
        return value
    if name == "edges" and isinstance(value, Iterable):
        return "; ".join(",".join(format_value(_plain_number(x)) for x in edge) for edge in value)
    if name in LIST_FIELDS and isinstance(value, Iterable):
        return ",".join(format_value(_plain_number(x)) for x in value)
    value = _plain_number(value)
    if f.kind is float and isinstance(value, int):
        return float(value)
    return value


def _plain_number(value: Any) -> Any:
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def run_parameters(preset: str | os.PathLike | SimulationParameters | None = None, **changes: Any):
    """The parameters of a run: a preset (a bundled name or a preset file; or parameters), then `changes`,
    validated; raises ParameterError naming the parameter and its allowed range, as the command line does."""
    from fourier_gui.io.presets import load_preset

    if isinstance(preset, SimulationParameters):
        base = preset
    else:
        base = load_preset(os.fspath(preset)).parameters if preset is not None else SimulationParameters()
    known = [f.name for f in FIELDS]
    for name, value in changes.items():
        if name not in known:
            raise ParameterError(name, value, f"unknown parameter; known: {', '.join(known)}")
    if changes.get("t_max") is not None and changes.get("t_max_gamma") is not None:
        raise ParameterError("t_max", changes["t_max"], "t_max or t_max_gamma, not both")
    changes = {name: _plain(name, value) for name, value in changes.items()}
    if changes.get("t_max") is not None:
        changes["t_max_gamma"] = None
    if changes.get("t_max_gamma") is not None:
        changes["t_max"] = None
    return base.with_changes(**changes).validated()


def call_text(function: str, preset: object, changes: dict[str, Any]) -> str:
    """`fourier_gui.simulate('fig2', levels=200)`: the call, for the files' provenance."""
    args = [] if preset is None else ["…" if isinstance(preset, SimulationParameters) else repr(str(preset))]
    args += [f"{k}={v!r}" for k, v in changes.items()]
    return f"fourier_gui.{function}({', '.join(args)})"


def parameters_from_metadata(metadata: dict[str, Any]) -> SimulationParameters | None:
    """The parameters a file's typed metadata holds (under any of PARAMETER_PREFIXES), or None."""
    for prefix in PARAMETER_PREFIXES:
        values = {k[len(prefix) :]: v for k, v in metadata.items() if k.startswith(prefix)}
        if values:
            return SimulationParameters.from_dict({k: v for k, v in values.items() if k in FIELD_BY_NAME})
    return None


@dataclass(eq=False)
class Run:
    """One run: P_μ(t) of the exact dynamics and of HAM at the output times, the bond currents, the Fourier-law
    verdict and the summary; from `simulate`, a session (with its results) or a run's CSV (`read`).

    `times` are in ħ/ΔE (`gamma_t` the same times in 1/γ); `exact` and `ham` are (M, N) for M output times
    and N sites, rows beyond a stopped run's end left out; `currents` and `ham_currents` (M, E) on the E bonds
    or edges named by `current_names` (None from a CSV written without them); `metadata` the run CSV's header
    entries, typed; `summary` the JSON summary (None for a run read from a CSV); `result` the whole
    results store (docs/architecture.md) where there is one.
    """

    parameters: SimulationParameters
    times: np.ndarray
    exact: np.ndarray
    ham: np.ndarray
    currents: np.ndarray | None
    ham_currents: np.ndarray | None
    current_names: list[str]
    method: str
    complete: bool
    metadata: dict[str, Any]
    summary: dict[str, Any] | None = None
    result: SimulationResult | None = field(default=None, repr=False)
    source: str | None = None  # the file it was read from
    call: str | None = None  # the call that made it
    couplings: Any = field(default=None, repr=False)  # (model, ψ(0) block): what the .npz holds
    made: dt.datetime | None = field(default=None, repr=False)
    #: ψ(t) at the output times, (M, D, K), where `simulate(keep_states=True)` kept them: amplitudes in the frame
    #: of H − ΔE (the gap's global phase e^{−iΔE·t} left out, docs/physics.md), basis index k = offset of
    #: site μ's band + level i (the couplings file's order), one column per sample.
    states: np.ndarray | None = field(default=None, repr=False)

    @classmethod
    def from_result(
        cls, result: SimulationResult, call: str | None = None, couplings: Any = None, source: str | None = None
    ) -> Run:
        """The run of a results store (its rows so far)."""
        from fourier_gui.io.summary import run_summary

        n = result.completed
        made = dt.datetime.now(dt.UTC)
        with action(f"python: {call}") if call else nullcontext():
            metadata = typed_metadata({k: format_value(v) for k, v in result_metadata(result, made).items()})
            summary = run_summary(result)
        return cls(
            parameters=result.parameters,
            times=result.times[:n],
            exact=result.exact[:n],
            ham=result.ham[:n],
            currents=result.currents[:n],
            ham_currents=result.ham_currents[:n],
            current_names=result.parameters.system().current_names(),
            method=result.method,
            complete=result.is_complete,
            metadata=metadata,
            summary=summary,
            result=result,
            source=source,
            call=call,
            couplings=couplings,
            made=made,
        )

    # --- what is derived -------------------------------------------------------------------
    @property
    def gamma(self) -> float:
        """γ of eq. (10) (the slowest bond's on unequal bonds), in ΔE/ħ."""
        return self.parameters.gamma

    @property
    def gamma_t(self) -> np.ndarray:
        """The output times in units of 1/γ."""
        return self.times * self.gamma

    @property
    def sites(self) -> int:
        return int(self.exact.shape[1])

    @property
    def verdict(self) -> dict[str, Any] | None:
        """The Fourier-law verdict (docs/physics.md §5): verdict, reason, gamma_ratio, chi2, … (None before t_fit)."""
        entries = {k.partition(".")[2]: v for k, v in self.metadata.items() if k.startswith("fourier_law.")}
        return entries or None

    def table(self, what: str = "populations") -> dict[str, np.ndarray]:
        """The tidy table as columns, one row per output time and site (`populations`: t, gamma_t, site, exact,
        ham) or per output time and bond (`currents`: t, gamma_t, bond, exact, ham)."""
        if what == "populations":
            exact, ham, names = self.exact, self.ham, np.arange(1, self.sites + 1)
            key = "site"
        elif what == "currents":
            if self.currents is None or self.ham_currents is None:
                raise ParameterError("what", what, "populations (this run's file holds no currents)")
            exact, ham, names, key = self.currents, self.ham_currents, np.array(self.current_names), "bond"
        else:
            raise ParameterError("what", what, "populations or currents")
        count = names.size
        return {
            "t": np.repeat(self.times, count),
            "gamma_t": np.repeat(self.gamma_t, count),
            key: np.tile(names, self.times.size),
            "exact": exact.reshape(-1),
            "ham": ham.reshape(-1),
        }

    def to_dataframe(self, what: str = "populations") -> Any:
        """`table(what)` as a pandas DataFrame (pandas is imported here, and only here)."""
        return data_frame(self.table(what))

    # --- files -------------------------------------------------------------------------------
    def save(self, *paths: str | os.PathLike, currents: bool = False) -> None:
        """Write the files the command line writes, each kind chosen by its name: `.csv` the run's table
        (`--csv`; `currents=True` adds the bond currents, `--currents`), `.fourier.json` a session with the
        results, any other `.json` the summary (`--json`), `.npz` the couplings (`--couplings`)."""
        from fourier_gui.io.couplings_file import write_couplings
        from fourier_gui.io.results_csv import write_csv
        from fourier_gui.io.session import write_session
        from fourier_gui.io.summary import write_json

        result = self.result
        if result is None:
            raise SaveError(f"a run read from {self.source!r} holds only its table: copy the file itself")
        with action(f"python: {self.call}") if self.call else nullcontext():
            for path in paths:
                name = os.fspath(path).lower()
                if name.endswith(".csv"):
                    write_csv(path, result, now=self.made, currents=currents)
                elif name.endswith(".fourier.json"):
                    write_session(path, self.parameters, result)
                elif name.endswith(".json"):
                    from fourier_gui.io.summary import run_summary

                    write_json(path, run_summary(result))
                elif name.endswith(".npz"):
                    if self.couplings is None:
                        raise SaveError(f"{os.fspath(path)!r}: only a run made here holds its couplings")
                    model, psi0 = self.couplings
                    write_couplings(path, model, psi0, self.parameters.bandwidth, self.parameters.system().offsets)
                else:
                    raise SaveError(
                        f"{os.fspath(path)!r} is out of range (allowed: a .csv, .json, .fourier.json or .npz file)"
                    )


def simulate(
    preset: str | os.PathLike | SimulationParameters | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    keep_states: bool = False,
    **parameters: Any,
) -> Run:
    """Run the exact and HAM dynamics to the end, as `fourier-gui simulate` does, and return the `Run`.

    `preset`: a bundled preset's name (`fourier-gui presets`), a preset file, or SimulationParameters; the
    defaults without one. `parameters`: the fields of the command line's options by their names (`sites`,
    `levels`, `lam`, `bandwidth`, `seed`, `initial`, `samples`, `t_max` or `t_max_gamma`, `points`, …; a graph's
    `edges` as pairs (a, b) or triples (a, b, λ) of sites 1 … N, `site_levels`, `bond_lam`, `site_offsets` as
    lists). A bad value raises ParameterError naming the parameter and its allowed range; a run too large for
    the free memory InsufficientMemoryError. `progress(fraction)` is called after each stored chunk.
    `keep_states` keeps ψ(t) at the output times (`Run.states`, M × D × K complex numbers; refused where they
    would take more than half the free memory)."""
    from fourier_gui.execution import ExactRun
    from fourier_gui.execution.thread_policy import warn_if_late

    params = run_parameters(preset, **parameters)
    warn_if_late()
    states = _states_store(params) if keep_states else None
    run = ExactRun(params, keep_states=keep_states)
    for chunk in run.chunks():
        if states is not None and chunk.states is not None:
            states[chunk.start : chunk.start + chunk.times.size] = chunk.states
        if progress is not None:
            progress(run.result.progress)
    call = call_text("simulate", preset, {**parameters, **({"keep_states": True} if keep_states else {})})
    done = Run.from_result(run.result, call=call, couplings=(run.model, run.psi0))
    done.states = None if states is None else states[: run.result.completed]
    return done


def _states_store(params: SimulationParameters) -> np.ndarray:
    """The (M, D, K) array ψ(t) is kept in; ParameterError where it would take more than half the free memory."""
    from fourier_gui.execution.memory import available_memory
    from fourier_gui.physics.cost import format_bytes

    need = 16 * params.points * params.dimension * params.samples
    free = available_memory()
    if free is not None and need > free // 2:
        raise ParameterError(
            "keep_states",
            True,
            f"ψ(t) of {params.points} times × D = {params.dimension} × {params.samples} samples needs "
            f"{format_bytes(need)}, more than half of the {format_bytes(free)} of free memory: fewer points",
        )
    return np.empty((params.points, params.dimension, params.samples), dtype=np.complex128)


__all__ = ["Run", "SaveError", "run_parameters", "simulate"]
