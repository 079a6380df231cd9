"""The run model: the one state of a run that every view observes (docs/architecture.md, "The run model").

It holds the current parameters with their closed-form preview, the state of the run (an enum), the one
result store that the worker fills chunk by chunk, and whether the shown results are *stale* (computed for
other parameters than the current ones). Windows send it commands and redraw from it; it owns no widget.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from fourier_gui.engine.engine import Engine, EngineState
from fourier_gui.engine.jobs import JobEnd, JobFailed, JobFinished
from fourier_gui.engine.run_preview import RunPreview, run_preview
from fourier_gui.engine.standard_jobs import RunPrepared, run_job
from fourier_gui.execution.kernel_warmup import kernel_load_pending, kernels_loading, warm_up_kernels
from fourier_gui.execution.memory import available_memory
from fourier_gui.physics.parameters import SimulationParameters

if TYPE_CHECKING:  # loaded with the first run: the window opens sooner
    from fourier_gui.physics.simulation import SimulationResult


class RunState(enum.Enum):
    IDLE = "idle"  # nothing run yet, or reset
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # ran to its end
    STOPPED = "stopped"  # stopped by the user: the partial result stays
    FAILED = "failed"


#: The states in which a run holds a worker thread.
ACTIVE = frozenset({RunState.RUNNING, RunState.PAUSED})


@dataclass(frozen=True)
class RunEnded:
    """How a run ended: FINISHED, STOPPED or FAILED, after `elapsed_s`; a failure has a reason."""

    state: RunState
    elapsed_s: float
    reason: str = ""
    details: str = ""


class RunModel(QObject):
    """Parameters, run state, the result store and the stale flag; commands: start, pause, resume,
    toggle_pause, stop, reset, load, shutdown. Every transition emits `state_changed`."""

    state_changed = Signal(RunState)
    prepared = Signal(object)  # a new result store (a run started, or a session was loaded)
    ended = Signal(RunEnded)
    stale_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = Engine(self)
        self.engine.item.connect(self._on_item)
        self.engine.finished.connect(self._on_finished)
        self.engine.failed.connect(self._on_failed)
        # the thread ends a moment after the job: announce the state again, now that a run can start
        self.engine.state_changed.connect(self._on_engine_state)
        self.state: RunState = RunState.IDLE
        self.parameters: SimulationParameters | None = None
        self.preview: RunPreview | None = None  # the closed forms of `parameters`
        self.loading_kernel = False  # the run just started loads the fast kernel first
        self.result: SimulationResult | None = None
        self.data_version = 0  # grows with every stored chunk: views redraw when it moved
        self.started_at = 0.0
        self.stale = False

    # --- queries ------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    @property
    def can_start(self) -> bool:
        return self.parameters is not None and not self.engine.busy

    @property
    def elapsed_s(self) -> float:
        return time.perf_counter() - self.started_at if self.started_at else 0.0

    def preview_for(self, params: SimulationParameters) -> RunPreview:
        """The closed-form preview of `params`: the current one, or (other parameters, e.g. a loaded
        result's) made now."""
        if self.preview is not None and self.preview.parameters == params:
            return self.preview
        return run_preview(params)

    @staticmethod
    def warm_up() -> bool:
        """Load the fast kernel in the background (at the window's start): True if a load started."""
        return warm_up_kernels()

    @staticmethod
    def kernel_loading() -> bool:
        return kernels_loading()

    @staticmethod
    def available_memory() -> int | None:
        """The machine's free memory now, in bytes (None: unknown): the panel checks a run's estimate with it."""
        return available_memory()

    # --- commands -----------------------------------------------------------------------
    def set_parameters(self, params: SimulationParameters | None) -> None:
        """The current (validated) parameters, or None while the panel holds an invalid value."""
        self.parameters = params
        self.preview = None if params is None else self.preview_for(params)
        self._update_stale()

    def start(self) -> bool:
        """Run the current parameters; False (and nothing changes) if they are invalid or a run is active."""
        if not self.can_start:
            return False
        assert self.parameters is not None
        self.result = None
        self.loading_kernel = kernel_load_pending(self.parameters)
        self.started_at = time.perf_counter()
        self.engine.start(run_job(self.parameters))
        self._set_state(RunState.RUNNING)
        self._update_stale()
        return True

    def pause(self) -> None:
        if self.state is RunState.RUNNING:
            self.engine.pause()
            self._set_state(RunState.PAUSED)

    def resume(self) -> None:
        if self.state is RunState.PAUSED:
            self.engine.resume()
            self._set_state(RunState.RUNNING)

    def toggle_pause(self) -> None:
        if self.state is RunState.RUNNING:
            self.pause()
        else:
            self.resume()

    def stop(self) -> None:
        """Stop at the next checkpoint; the partial result stays (state STOPPED once the thread ends)."""
        if self.active:
            self.engine.stop()

    def reset(self) -> None:
        """Stop any run at once and forget the result."""
        self.engine.shutdown()
        self.result = None
        self.started_at = 0.0
        self.data_version += 1
        self._set_state(RunState.IDLE)
        self._update_stale()

    def load(self, result: SimulationResult | None) -> None:
        """Show a saved result (from a session) as if it had just been run, or nothing."""
        self.engine.shutdown()
        self.result = result
        self.started_at = 0.0
        self.data_version += 1
        if result is None:
            self._set_state(RunState.IDLE)
        else:
            self.prepared.emit(result)
            self._set_state(RunState.FINISHED if result.is_complete else RunState.STOPPED)
        self._update_stale()

    def shutdown(self) -> None:
        """For closing: stop the worker and wait for its thread."""
        self.engine.shutdown()

    # --- from the worker --------------------------------------------------------------------
    def _on_item(self, item: object) -> None:
        if isinstance(item, RunPrepared):
            self.result = item.result
            self.prepared.emit(item.result)
            self._update_stale()
        self.data_version += 1

    def _on_finished(self, end: JobFinished) -> None:
        if self.result is not None:
            self.result.elapsed_s = end.elapsed_s
        self.data_version += 1
        state = RunState.FINISHED if end.status is JobEnd.DONE else RunState.STOPPED
        self._set_state(state)
        self.ended.emit(RunEnded(state, end.elapsed_s))

    def _on_failed(self, failure: JobFailed) -> None:
        self._set_state(RunState.FAILED)
        self.ended.emit(RunEnded(RunState.FAILED, self.elapsed_s, failure.reason, failure.details))

    def _on_engine_state(self, engine_state: EngineState) -> None:
        if engine_state is EngineState.IDLE:
            self.state_changed.emit(self.state)

    # --- internals ----------------------------------------------------------------------
    def _set_state(self, state: RunState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _update_stale(self) -> None:
        stale = self.result is not None and self.parameters != self.result.parameters
        if stale != self.stale:
            self.stale = stale
            self.stale_changed.emit(stale)
