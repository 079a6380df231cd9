"""The engine: owns the QThread of the running job and relays its signals to the window."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThread, Signal

from fourier_gui.engine.worker import SimulationWorker
from fourier_gui.physics.parameters import SimulationParameters

#: Every QThread the engine started; tests check that none is left running.
_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


def running_threads() -> list[QThread]:
    return [t for t in _THREADS if t.isRunning()]


class Engine(QObject):
    """Starts one run at a time in its own thread; pause, resume, stop; `shutdown` for closing."""

    prepared = Signal(object)
    chunk = Signal(object)
    finished = Signal(str, float)
    failed = Signal(str, str)
    state_changed = Signal(str)  # "idle", "running", "paused", "stopping"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: SimulationWorker | None = None
        self.state = "idle"

    # --- queries ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._thread is not None

    # --- control ----------------------------------------------------------------------
    def start(self, params: SimulationParameters) -> None:
        """Run `params` (a snapshot: later edits in the window do not reach this run)."""
        if self.busy:
            raise RuntimeError("a run is already in progress")
        thread = QThread()
        thread.setObjectName("fourier-gui engine")
        worker = SimulationWorker(params)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.prepared.connect(self.prepared)
        worker.chunk.connect(self.chunk)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        _THREADS.add(thread)
        self._set_state("running")
        thread.start()

    def pause(self) -> None:
        if self._worker is not None and self.state == "running":
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

    def _on_finished(self, status: str, elapsed: float) -> None:
        self.finished.emit(status, elapsed)

    def _on_failed(self, reason: str, details: str) -> None:
        self.failed.emit(reason, details)

    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            worker.deleteLater()
        thread.deleteLater()
        self._set_state("idle")
