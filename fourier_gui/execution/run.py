"""One run end to end: validated parameters, the memory check, the model with its fast product, the
initial states, then the exact dynamics streamed in chunks into the result store (HAM beside it).

run = ExactRun(params)            # validates, checks memory, draws couplings and states
for chunk in run.chunks():        # exact P_μ(t), a window at a time
    ...
run.result                        # SimulationResult, also while partial

The runner decides when the pooled transport summary is recomputed: a few times a second and at the end
(`SUMMARY_SECONDS`); the store itself keeps no clock (docs/architecture.md, "Threads").
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

import numpy as np

from fourier_gui.execution.fast_product import accelerate
from fourier_gui.execution.finite import finite_chunks
from fourier_gui.execution.fused_kernel import preload
from fourier_gui.execution.memory import available_memory
from fourier_gui.execution.thread_limits import products_threads
from fourier_gui.physics import cost
from fourier_gui.physics.initial_states import initial_block, parse_initial_spec
from fourier_gui.physics.model import Model
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.propagation import Checkpoint, Chunk, chebyshev_chunks, eigen_chunks
from fourier_gui.physics.simulation import SimulationResult, store_chunk, summarize

#: Products per Chebyshev window at most (rows stream out within a window, so its length only trades the
#: Bessel tail each window restarts, ≈ 7·(a·τ)^{1/3} products: 3 % of 5000, 32 % of 200, against the work
#: redone should the spectral guard widen the interval). Seconds of work between two checkpoints.
WINDOW_PRODUCTS = 5000
CHECKPOINT_SECONDS = 0.1
EIGEN_CHUNK_SECONDS = 0.2
#: Seconds between two recomputations of a run's pooled transport summary (the fit, κ_meas, α): live
#: enough for the window, and cheap beside the propagation.
SUMMARY_SECONDS = 0.25


@dataclass
class ExactRun:
    """A prepared run: validated parameters, the chosen method, the model and the initial block."""

    parameters: SimulationParameters
    available_memory: int | None = None
    cancelled: Callable[[], bool] | None = field(default=None, repr=False)  # stop waiting for the kernels' load
    keep_states: bool = False  # the chunks carry ψ(t) too (the Python API's `keep_states`)
    estimate: cost.CostEstimate = field(init=False)
    model: Model = field(init=False)
    psi0: np.ndarray = field(init=False)
    result: SimulationResult = field(init=False)

    def __post_init__(self) -> None:
        p = self.parameters.validated()
        available = available_memory() if self.available_memory is None else self.available_memory
        self.estimate = cost.check_memory(p, available)
        spec = parse_initial_spec(p.initial, p.sites, p.levels)
        preload(cost.double_coupling_bytes(p))  # the kernels load in a thread while the couplings are drawn
        system = p.system()
        self.model = Model.draw(system, p.bandwidth, p.seed, p.ensemble, p.couplings_precision)
        self.psi0 = initial_block(spec, system.site_levels, p.samples, p.resolved_initial_seed)  # (D, K)
        # The kernels' load (begun before the draw) ends here, not in `chunks`. Without them, numpy multiplies
        # blocks kept in double (the same numbers) instead of converting each block at every product.
        if not accelerate(self.model, self.cancelled):
            self.model.widen()
        self.result = SimulationResult.empty(p, self.estimate.method)
        self.result.product = product_name(self.model, self.estimate.method)

    @property
    def method(self) -> str:
        return self.estimate.method

    def chunks(self, checkpoint: Checkpoint | None = None) -> Iterator[Chunk]:
        """Propagate, store each chunk in `result` and yield it. Stops early when `checkpoint()` is True.

        Runs in the worker thread: rows are stored and published chunk by chunk (`store_chunk`), the pooled
        summary swapped in every SUMMARY_SECONDS and once more at the end (`catch_up_summary`)."""
        p = self.parameters
        start = time.perf_counter()
        threads: AbstractContextManager[None] = nullcontext()
        if self.method == "eigen":
            stream = eigen_chunks(
                self.model, self.psi0, self.result.times, _eigen_chunk_outputs(p), checkpoint, self.keep_states
            )
        else:
            threads = products_threads(self.model)
            per_product = cost.product_seconds(p)
            stream = chebyshev_chunks(
                self.model,
                self.psi0,
                self.result.times,
                products_per_window=WINDOW_PRODUCTS,
                outputs_per_window=cost.output_states_per_window(p),
                block=int(np.clip(CHECKPOINT_SECONDS / per_product, 4, cost.block_size(p))),
                checkpoint=checkpoint,
                keep_states=self.keep_states,
            )
        summarized_at = start
        with threads:
            for chunk in finite_chunks(stream):  # NaN or ∞ ends the run with one line (NumbersNotFinite)
                store_chunk(self.result, chunk)
                now = time.perf_counter()
                if chunk.times.size and (self.result.is_complete or now - summarized_at >= SUMMARY_SECONDS):
                    self.result.transport = summarize(self.result)
                    summarized_at = now
                self.result.elapsed_s = time.perf_counter() - start
                yield chunk
        self.result.elapsed_s = time.perf_counter() - start
        self.catch_up_summary()

    def catch_up_summary(self) -> None:
        """The run's last summary (at the end of a run, or a stop), with the numbers only the last one has."""
        summary = self.result.transport
        if summary.rows != self.result.completed or not summary.final:
            self.result.transport = summarize(self.result, final=True)


def product_name(model: Model, method: str) -> str:
    """What multiplies H·ψ in a run of `model` by `method`, as provenance names it."""
    if method == "eigen":
        return "numpy eigh"
    return "numba kernel" if model.product is not None else "numpy"


def _eigen_chunk_outputs(p: SimulationParameters) -> int:
    per_output = 8.0 * p.dimension**2 * p.samples / cost.FLOP_RATE
    return int(np.clip(EIGEN_CHUNK_SECONDS / per_output, 1, cost.output_states_per_window(p)))


def simulate(
    params: SimulationParameters,
    progress: Callable[[float], None] | None = None,
    checkpoint: Checkpoint | None = None,
) -> SimulationResult:
    """Run to the end (or until `checkpoint()` says stop) and return the result."""
    run = ExactRun(params)
    for _ in run.chunks(checkpoint):
        if progress is not None:
            progress(run.result.progress)
    return run.result
