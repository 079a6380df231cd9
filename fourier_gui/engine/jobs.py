"""One job worker for every long computation: runs, sweeps, f(τ) and every later study.

A *job* is a callable `job(control) -> Iterable[item]`: it yields items (chunks, finished sweep runs,
a study's result) and calls `control.checkpoint()` between blocks of work, which holds while paused and
returns True when asked to stop. Progress, errors and the thread's lifetime are handled here, once
(docs/architecture.md, "Threads").
"""

from __future__ import annotations

import enum
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from fourier_gui.physics.errors import FourierGuiError


class JobEnd(enum.Enum):
    """How a job that did not fail ended: on its own, or because it was asked to stop."""

    DONE = "done"
    STOPPED = "stopped"


@dataclass(frozen=True)
class JobFinished:
    """A job ended on its own (DONE) or because it was asked to stop (STOPPED)."""

    status: JobEnd
    elapsed_s: float


@dataclass(frozen=True)
class JobFailed:
    """A job raised: `reason` is one line for the user, `details` a traceback for unexpected errors."""

    reason: str
    details: str = ""


class JobControl:
    """Pause, resume and stop, callable from any thread; the job polls `checkpoint()`."""

    POLL_S = 0.05

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()
        self._stop = threading.Event()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def checkpoint(self) -> bool:
        """Hold while paused; True when the job should stop."""
        while not self._running.wait(self.POLL_S):
            pass
        return self._stop.is_set()


Job = Callable[[JobControl], Iterable[object]]


def failure_of(exc: BaseException) -> JobFailed:
    """The user's view of an exception: the project's own errors are their message, others a traceback."""
    if isinstance(exc, FourierGuiError):
        return JobFailed(str(exc))
    return JobFailed(f"{type(exc).__name__}: {exc}", traceback.format_exc())


class JobWorker(QObject):
    """Runs one job in the thread it was moved to and relays its items."""

    item = Signal(object)  # whatever the job yields; its consumer knows the type
    finished = Signal(JobFinished)
    failed = Signal(JobFailed)

    def __init__(self, job: Job, control: JobControl) -> None:
        super().__init__()
        self.job = job
        self.control = control

    @Slot()
    def run(self) -> None:
        start = time.perf_counter()
        items = iter(self.job(self.control))
        try:
            for item in items:
                self.item.emit(item)
                if self.control.stopped:
                    break
            close = getattr(items, "close", None)
            if close is not None:  # a generator's `finally` runs here, in this thread, before `finished`
                close()
        except Exception as exc:  # every failure reaches the user, as one line or a dialog with details
            self.failed.emit(failure_of(exc))
            return
        status = JobEnd.STOPPED if self.control.stopped else JobEnd.DONE
        self.finished.emit(JobFinished(status, time.perf_counter() - start))
