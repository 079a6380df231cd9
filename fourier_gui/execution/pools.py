"""The local process pool a sweep runs on: spawned workers with one thread each, and a stop that ends the
runs in progress at once.

The pool spawns fresh interpreters, so a script that runs a sweep needs the usual
`if __name__ == "__main__":` guard around its top-level code (the app's entry points have it).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor

from fourier_gui.execution.cpus import usable_cpus
from fourier_gui.execution.thread_limits import one_thread_per_worker

#: Seconds to wait for a terminated worker to go.
JOIN_SECONDS = 5


class SweepPool(ProcessPoolExecutor):
    """A process pool that can end its workers mid-run (`terminate_workers`, as Python 3.14's own)."""

    def terminate_workers(self) -> None:
        """Cancel what has not started and end the runs in progress at once."""
        own = getattr(ProcessPoolExecutor, "terminate_workers", None)
        if own is not None:  # Python ≥ 3.14: the standard library's
            own(self)
            return
        # Before Python 3.14 a pool offers no public handle on its workers: the only one is the base class's
        # private table of processes, read here, in a subclass of that class, and nowhere else — and read
        # before `shutdown`, which empties it (read after, the runs in progress went on to their end).
        processes = list((getattr(self, "_processes", None) or {}).values())
        self.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=JOIN_SECONDS)


def default_executor(workers: int | None = None) -> SweepPool:
    """A process pool over the CPUs this process may use (execution/cpus.py: its affinity and CPU quota; spawned
    workers, one BLAS and one kernel thread each)."""
    workers = workers or usable_cpus()
    return SweepPool(workers, mp_context=multiprocessing.get_context("spawn"), initializer=one_thread_per_worker)


def shutdown_now(executor: Executor) -> None:
    """Cancel what has not started and, for our process pool, end the runs in progress at once (a
    cluster's executor cancels; its runs in progress finish unseen)."""
    if isinstance(executor, SweepPool):
        executor.terminate_workers()
    else:
        executor.shutdown(wait=False, cancel_futures=True)
