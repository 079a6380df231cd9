"""The jobs the app runs through `Engine.start`: a simulation, a sweep, f(τ) and a one-off computation.

Each returns a `Job` (engine/jobs.py): a callable that takes the job's control and yields its items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fourier_gui.engine.jobs import Job, JobControl
from fourier_gui.physics.parameters import SimulationParameters

if TYPE_CHECKING:  # each job imports what it runs when it is made: the window opens sooner
    from fourier_gui.physics.simulation import SimulationResult
    from fourier_gui.physics.sweeps import SweepSpec


@dataclass(frozen=True)
class RunPrepared:
    """The first item of a run: its result store, empty, with times, HAM and the chosen method.

    The run fills this very object, chunk by chunk, in the worker thread (rows are counted in
    `completed` only once whole), so views read it without a copy.
    """

    result: SimulationResult


def run_job(params: SimulationParameters) -> Job:
    """Propagate `params` (a snapshot: later edits in the window do not reach it); yields
    `RunPrepared`, then each `propagation.Chunk` once it is stored."""

    from fourier_gui.execution import ExactRun  # imported here, in the GUI thread, not in the worker's

    def job(control: JobControl) -> Iterator[object]:
        run = ExactRun(params, cancelled=lambda: control.stopped)  # Stop or a closed window: no wait for the kernels
        if control.stopped:
            return
        yield RunPrepared(run.result)
        try:
            yield from run.chunks(control.checkpoint)
        finally:  # a stopped run's pooled summary covers all its rows too
            run.catch_up_summary()

    return job


def sweep_job(spec: SweepSpec, workers: int | None = None, scheduler: str | None = None) -> Job:
    """Run a sweep in a process pool, or on a Dask scheduler (execution/cluster.py); yields each run's
    `sweeps.SweepRow` as it finishes. Pausing holds the results back; stopping ends the local runs in
    progress at once (a cluster's are cancelled or left to finish unseen)."""

    from fourier_gui.execution.pools import default_executor, shutdown_now
    from fourier_gui.execution.sweep_runner import iter_sweep

    def job(control: JobControl) -> Iterator[object]:
        valid = spec.validated()
        if scheduler:
            from fourier_gui.execution.cluster import dask_executor

            with dask_executor(scheduler) as executor:
                yield from iter_sweep(valid, executor, should_stop=control.checkpoint)
            return
        executor = default_executor(workers)
        try:
            yield from iter_sweep(valid, executor, should_stop=control.checkpoint)
        finally:
            shutdown_now(executor)

    return job


def correlation_job(params: SimulationParameters) -> Job:
    """f(τ) (eq. 9) for the first bond of the couplings `params` draw; yields the `CorrelationStudy`."""

    from fourier_gui.physics.analysis import parameters_correlation

    def job(control: JobControl) -> Iterator[object]:
        yield parameters_correlation(params)

    return job


def call_job(function: Callable[..., Any], *args: Any) -> Job:
    """One call off the GUI thread; yields its return value (it cannot be interrupted midway)."""

    def job(control: JobControl) -> Iterator[object]:
        yield function(*args)

    return job
