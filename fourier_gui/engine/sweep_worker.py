"""Runs a sweep (a list of independent runs) from a QThread, with its runs in a process pool."""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot

from fourier_gui.physics.parameters import ParameterError
from fourier_gui.physics.sweeps import SweepSpec, default_executor, run_sweep, shutdown_now


class SweepWorker(QObject):
    """Emits `result` per finished run; `stop` (any thread) ends the runs in progress at once."""

    result = Signal(object)  # sweeps.RunFigures
    finished = Signal(str, float)  # "done" or "stopped", elapsed seconds
    failed = Signal(str, str)

    def __init__(self, spec: SweepSpec, workers: int | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.workers = workers
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        start = time.perf_counter()
        executor = None
        try:
            spec = self.spec.validated()
            executor = default_executor(self.workers)
            run_sweep(spec, executor, on_result=self.result.emit, should_stop=self._stop.is_set)
            self.finished.emit("stopped" if self._stop.is_set() else "done", time.perf_counter() - start)
        except ParameterError as exc:
            self.failed.emit(str(exc), "")
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        finally:
            if executor is not None:
                shutdown_now(executor)
