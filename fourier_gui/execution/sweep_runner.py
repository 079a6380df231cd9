"""Running a sweep (physics/sweeps.py): its runs are independent, so any `concurrent.futures.Executor` takes
them. The default is the local process pool (execution/pools.py); a cluster executor works unchanged, for
example with Dask distributed (execution/cluster.py)::

    from dask.distributed import Client
    with Client("tcp://scheduler:8786") as client:
        table = run_sweep(spec, executor=client.get_executor())
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, wait

from fourier_gui.execution.pools import default_executor
from fourier_gui.execution.run import simulate
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.sweeps import SweepRow, SweepRun, SweepSpec, SweepTable, measure_run

#: Seconds between two looks at `should_stop` while runs are in progress.
POLL_SECONDS = 0.2


class SweepRunError(FourierGuiError):
    """One run of a sweep failed (its worker died for good, or it raised): names the point and the seed."""

    def __init__(self, run: SweepRun, cause: BaseException) -> None:
        self.run = run
        where = f"value {run.value:g}" + ("" if math.isnan(run.value2) else f", {run.value2:g}")
        super().__init__(f"the run at {where}, seed {run.parameters.seed} failed: {type(cause).__name__}: {cause}")


def run_point(run: SweepRun) -> SweepRow:
    """Run one sweep point to 5/γ and measure it (a top-level function, so process pools can call it)."""
    return measure_run(run, simulate(run.parameters))


def run_sweep(
    spec: SweepSpec,
    executor: Executor | None = None,
    on_result: Callable[[SweepRow], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SweepTable:
    """Run every point of the sweep; results arrive through `on_result` as they finish.

    `should_stop()` is polled a few times a second; when it returns True the runs not yet started are
    cancelled and the table holds what finished. An executor given by the caller is not shut down.
    """
    spec = spec.validated()
    table = SweepTable(spec)
    own = executor is None
    executor = executor or default_executor()
    try:
        for row in iter_sweep(spec, executor, should_stop):
            table.add(row)
            if on_result is not None:
                on_result(row)
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)
    return table


def iter_sweep(
    spec: SweepSpec, executor: Executor, should_stop: Callable[[], bool] | None = None
) -> Iterator[SweepRow]:
    """Yield the row of each run of a validated sweep as it finishes (in completion order).

    `should_stop()` is polled a few times a second; True cancels the runs not yet started.
    """
    runs = {executor.submit(run_point, run): run for run in spec.runs()}
    pending: set[Future] = set(runs)
    while pending:
        done, pending = wait(pending, timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
        for future in done:
            try:
                yield future.result()
            except Exception as exc:  # a worker that died for good, a run that raised: say which run
                for other in pending:
                    other.cancel()
                run = runs[future]
                raise SweepRunError(run, exc) from exc
        if should_stop is not None and should_stop():
            for future in pending:
                future.cancel()
            return
