"""The engine: runs one job at a time in its own QThread and relays its items (docs/architecture.md, "Threads")."""

from __future__ import annotations

import enum
import weakref

from PySide6.QtCore import QObject, QThread, Signal

from fourier_gui.engine.jobs import Job, JobControl, JobFailed, JobFinished, JobWorker

#: Every QThread an engine started; tests check that none is left running.
_THREADS: weakref.WeakSet[QThread] = weakref.WeakSet()


class EngineState(enum.Enum):
    """Where an engine is with its job: IDLE (no thread), RUNNING, PAUSED, or STOPPING (asked to, not there yet)."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPING = "stopping"


def running_threads() -> list[QThread]:
    return [t for t in _THREADS if t.isRunning()]


class Engine(QObject):
    """Runs one job at a time; pause, resume and stop act at the job's next checkpoint.

    `state` is an `EngineState`; `shutdown` (for closing) stops the job and
    waits for its thread.
    """

    item = Signal(object)  # what the job yields
    finished = Signal(JobFinished)
    failed = Signal(JobFailed)
    state_changed = Signal(EngineState)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: JobWorker | None = None
        self._control: JobControl | None = None
        self.state = EngineState.IDLE

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: Job) -> None:
        """Run `job` in a new thread; raises RuntimeError if a job is in progress."""
        if self.busy:
            raise RuntimeError("a job is already in progress")
        control = JobControl()
        worker = JobWorker(job, control)
        thread = QThread()
        thread.setObjectName("fourier-gui engine")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.item.connect(self.item)
        worker.finished.connect(self.finished)
        worker.failed.connect(self.failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker, self._control = thread, worker, control
        _THREADS.add(thread)
        self._set_state(EngineState.RUNNING)
        thread.start()

    def pause(self) -> None:
        if self._control is not None and self.state is EngineState.RUNNING:
            self._control.pause()
            self._set_state(EngineState.PAUSED)

    def resume(self) -> None:
        if self._control is not None and self.state is EngineState.PAUSED:
            self._control.resume()
            self._set_state(EngineState.RUNNING)

    def stop(self) -> None:
        if self._control is not None and self.state in (EngineState.RUNNING, EngineState.PAUSED):
            self._control.stop()
            self._set_state(EngineState.STOPPING)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the job and wait for its thread to end (for closing the window). True if it ended within
        `timeout_ms`; otherwise it waits on, for as long as the job takes to reach its next checkpoint: a
        QThread destroyed while it runs aborts the whole process."""
        thread = self._thread
        if thread is None:
            return True
        if self._control is not None:
            self._control.stop()
        thread.quit()
        ended = thread.wait(timeout_ms)
        if not ended:
            thread.wait()
        self._on_thread_finished()
        return ended

    def _set_state(self, state: EngineState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_thread_finished(self) -> None:
        if self._thread is None:
            return
        thread, worker = self._thread, self._worker
        self._thread = self._worker = self._control = None
        if worker is not None:
            worker.deleteLater()
        thread.deleteLater()
        self._set_state(EngineState.IDLE)
