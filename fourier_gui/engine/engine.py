"""The engine: owns the QThread of the running job and relays its signals to the window."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThread, Signal

from fourier_gui.engine.sweep_worker import SweepWorker
from fourier_gui.engine.worker import CallWorker, SimulationWorker
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.sweeps import SweepSpec

#: Every QThread the engine started; tests check that none is left running.
_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def running_threads() -> list[QThread]:
    return [t for t in _THREADS if t.isRunning()]


class Engine(QObject):
    """Runs one job at a time in its own thread: a simulation, a sweep or a one-off computation.

    Pause and resume apply to simulations; stop and `shutdown` (for closing) to every job.
    """

    prepared = Signal(object)  # simulation: the empty result with times, HAM and method
    chunk = Signal(object)  # simulation: a propagation.Chunk
    result = Signal(object)  # sweep: one finished run; call: the return value
    finished = Signal(str, float)
    failed = Signal(str, str)
    state_changed = Signal(str)  # "idle", "running", "paused", "stopping"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: QObject | None = None
        self.state = "idle"

    # --- queries ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._thread is not None

    # --- starting jobs ----------------------------------------------------------------
    def start(self, params: SimulationParameters) -> None:
        """Run `params` (a snapshot: later edits in the window do not reach this run)."""
        worker = SimulationWorker(params)
        worker.prepared.connect(self.prepared)
        worker.chunk.connect(self.chunk)
        self._start(worker)

    def start_sweep(self, spec: SweepSpec, workers: int | None = None) -> None:
        worker = SweepWorker(spec, workers)
        worker.result.connect(self.result)
        self._start(worker)

    def start_call(self, function, *args) -> None:
        """Run `function(*args)` off the GUI thread; its return value arrives through `result`."""
        worker = CallWorker(function, args)
        worker.result.connect(self.result)
        self._start(worker)

    def _start(self, worker: QObject) -> None:
        if self.busy:
            raise RuntimeError("a job is already in progress")
        thread = QThread()
        thread.setObjectName("fourier-gui engine")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self.finished)
        worker.failed.connect(self.failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        _THREADS.add(thread)
        self._set_state("running")
        thread.start()

    def pause(self) -> None:
        if isinstance(self._worker, SimulationWorker) and self.state == "running":
            self._worker.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self._worker is not None and self.state == "paused":
            self._worker.resume()
            self._set_state("running")

    def stop(self) -> None:
        if self._worker is not None and self.state in ("running", "paused"):
            self._worker.stop()
            self._set_state("stopping")

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the run and wait for its thread to end (for closing the window). True if it ended."""
        thread = self._thread
        if thread is None:
            return True
        if self._worker is not None:
            self._worker.stop()
        thread.quit()
        ended = thread.wait(timeout_ms)
        self._on_thread_finished()
        return ended

    # --- internals --------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        thread.deleteLater()
        self._set_state("idle")
