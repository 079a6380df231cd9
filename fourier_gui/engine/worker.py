"""The worker that runs one simulation in a QThread and streams its chunks."""

from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal, Slot

from fourier_gui.physics.cost import InsufficientMemoryError
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.physics.simulation import ExactRun, SimulationResult


class SimulationWorker(QObject):
    """Runs `ExactRun(params)`; `pause`, `resume` and `stop` may be called from any thread.

    Signals carry numpy arrays only; the worker touches no widget.
    """

    prepared = Signal(object)  # SimulationResult: empty, with times, HAM and the chosen method
    chunk = Signal(object)  # propagation.Chunk
    finished = Signal(str, float)  # "done" or "stopped", elapsed seconds
    failed = Signal(str, str)  # one-line reason, details

    def __init__(self, params: SimulationParameters) -> None:
        super().__init__()
        self.params = params
        self._resume = threading.Event()
        self._resume.set()
        self._stop = threading.Event()

    # --- control, from any thread ---------------------------------------------------------
    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    def stop(self) -> None:
        self._stop.set()
        self._resume.set()

    def _checkpoint(self) -> bool:
        """Called between blocks of products: holds while paused, True when asked to stop."""
        while not self._resume.wait(0.05):
            pass
        return self._stop.is_set()

    # --- the job ------------------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        start = time.perf_counter()
        try:
            run = ExactRun(self.params)
            self.prepared.emit(SimulationResult.empty(self.params, run.method))
            for chunk in run.chunks(self._checkpoint):  # the propagators call the checkpoint between blocks
                self.chunk.emit(chunk)
            status = "stopped" if self._stop.is_set() else "done"
            self.finished.emit(status, time.perf_counter() - start)
        except (ParameterError, InsufficientMemoryError) as exc:
            self.failed.emit(str(exc), "")
        except Exception as exc:  # any other failure reaches the user as a dialog
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())


class CallWorker(QObject):
    """Runs one function call off the GUI thread (for cheap-to-write, slow-to-run computations)."""

    result = Signal(object)
    finished = Signal(str, float)
    failed = Signal(str, str)

    def __init__(self, function, args: tuple) -> None:
        super().__init__()
        self.function = function
        self.args = args

    def stop(self) -> None:
        """A single call cannot be interrupted; its result is simply dropped by the caller."""

    @Slot()
    def run(self) -> None:
        start = time.perf_counter()
        try:
            value = self.function(*self.args)
            self.result.emit(value)
            self.finished.emit("done", time.perf_counter() - start)
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
