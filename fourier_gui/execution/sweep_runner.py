"""Running a sweep (physics/sweeps.py): its runs are independent, so any `concurrent.futures.Executor` takes
them. The default is the local process pool (execution/pools.py); a cluster executor works unchanged, for
example with Dask distributed (execution/cluster.py)::

    from dask.distributed import Client
    with Client("tcp://scheduler:8786") as client:
        table = run_sweep(spec, executor=client.get_executor())
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, wait

from fourier_gui.execution.pools import default_executor
from fourier_gui.execution.run import simulate
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.sweeps import SweepRow, SweepRun, SweepSpec, SweepTable, measure_run

#: Seconds between two looks at `should_stop` while runs are in progress.
POLL_SECONDS = 0.2
#: Seconds between two questions to a cluster about its workers.
WORKER_POLL_SECONDS = 2.0
#: Seconds a cluster may have no worker before the sweep gives up (WorkersLostError).
WORKERLESS_SECONDS = 30.0


class SweepRunError(FourierGuiError):
    """One run of a sweep failed (its worker died for good, or it raised): names the point and the seed."""

    def __init__(self, run: SweepRun, cause: BaseException) -> None:
        self.run = run
        where = f"value {run.value:g}" + ("" if math.isnan(run.value2) else f", {run.value2:g}")
        super().__init__(f"the run at {where}, seed {run.parameters.seed} failed: {type(cause).__name__}: {cause}")


class WorkersLostError(FourierGuiError):
    """The cluster has had no worker for WORKERLESS_SECONDS: the runs not finished are given up."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no Dask worker for {seconds:g} s: the runs not finished are given up")


def run_point(run: SweepRun) -> SweepRow:
    """Run one sweep point to 5/γ and measure it (a top-level function, so process pools can call it)."""
    return measure_run(run, simulate(run.parameters))


def run_sweep(
    spec: SweepSpec,
    executor: Executor | None = None,
    on_result: Callable[[SweepRow], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    finished: Iterable[SweepRow] = (),
    workers: Callable[[], int] | None = None,
) -> SweepTable:
    """Run every point of the sweep; results arrive through `on_result` as they finish.

    `should_stop()` is polled a few times a second; when it returns True the runs not yet started are
    cancelled and the table holds what finished. `finished` rows (a journal's, io/sweep_journal.py) go into
    the table as they are and their runs are not made again. `workers()`, the number of a cluster's workers,
    is asked every few seconds: none for WORKERLESS_SECONDS raises WorkersLostError. An executor given by the
    caller is not shut down.
    """
    spec = spec.validated()
    table = SweepTable(spec)
    for row in finished:
        table.add(row)
    done = {(r.point, r.repetition) for r in table.rows}
    runs = [run for run in spec.runs() if (run.point, run.repetition) not in done]
    own = executor is None
    executor = executor or default_executor()
    try:
        for row in iter_sweep(spec, executor, should_stop, runs=runs, workers=workers):
            table.add(row)
            if on_result is not None:
                on_result(row)
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)
    return table


def iter_sweep(
    spec: SweepSpec,
    executor: Executor,
    should_stop: Callable[[], bool] | None = None,
    runs: Iterable[SweepRun] | None = None,
    workers: Callable[[], int] | None = None,
) -> Iterator[SweepRow]:
    """Yield the row of each run of a validated sweep (or of `runs`, some of its runs) as it finishes (in
    completion order).

    `should_stop()` is polled a few times a second; True cancels the runs not yet started. `workers()` is
    asked every WORKER_POLL_SECONDS (an error counts as no worker): none for WORKERLESS_SECONDS cancels what
    is left and raises WorkersLostError.
    """
    given = {executor.submit(run_point, run): run for run in (spec.runs() if runs is None else runs)}
    pending: set[Future] = set(given)
    watch = _WorkerWatch(workers) if workers is not None else None
    while pending:
        done, pending = wait(pending, timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
        for future in done:
            try:
                yield future.result()
            except Exception as exc:  # a worker that died for good, a run that raised: say which run
                for other in pending:
                    other.cancel()
                run = given[future]
                raise SweepRunError(run, exc) from exc
        if should_stop is not None and should_stop():
            for future in pending:
                future.cancel()
            return
        if watch is not None and pending and watch.lost():
            for future in pending:
                future.cancel()
            raise WorkersLostError(watch.limit)


class _WorkerWatch:
    """When a cluster last had a worker, asked every WORKER_POLL_SECONDS."""

    def __init__(self, workers: Callable[[], int]) -> None:
        self.workers = workers
        self.limit = WORKERLESS_SECONDS
        self.last_seen = self.last_asked = time.monotonic()

    def lost(self) -> bool:
        """True once no worker has been seen for `limit` seconds."""
        now = time.monotonic()
        if now - self.last_asked >= WORKER_POLL_SECONDS:
            self.last_asked = now
            try:
                count = self.workers()
            except Exception:  # a scheduler that does not answer has no worker for us
                count = 0
            if count > 0:
                self.last_seen = now
        return now - self.last_seen >= self.limit
