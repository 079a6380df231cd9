"""Up-front estimates of a run's memory, Hamiltonian products and time, and the `auto` method choice.

The constants are rough numbers for a current 2-core machine (see the README's benchmark table); they
rank the methods and size the work, they promise nothing. The free memory is the caller's to give
(execution/memory.py reads it from the machine).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fourier_gui.physics.couplings import stored_precision
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.golden_rule import bands_aligned, energy_cells
from fourier_gui.physics.parameters import SimulationParameters

COMPLEX_BYTES = 16
MEMORY_BANDWIDTH = 40e9  # bytes/s streamed from memory by a matrix-vector product
FLOP_RATE = 25e9  # flop/s of a matrix-matrix product on 2 cores
PRODUCT_OVERHEAD_S = 15e-6  # Python and call overhead of one H·ψ
EIGH_SECONDS_PER_D3 = {"complex": 6.5e-10, "real": 1.3e-10}
#: Chebyshev vectors accumulated per matrix product with the Bessel coefficients.
MAX_BLOCK = 64
#: Bytes the output states of one Chebyshev window may take.
WINDOW_BUDGET_BYTES = 256 * 2**20
#: Extra terms beyond a·t that the Bessel coefficients need to fall below 1e-15 (upper estimate).
CHEBYSHEV_MARGIN = 40


@dataclass(frozen=True)
class CostEstimate:
    """The estimated cost of one run with one method."""

    method: str
    memory_bytes: int
    products: int
    seconds: float

    def describe(self) -> str:
        return f"{self.method}: ≈ {format_bytes(self.memory_bytes)}, ≈ {self.products} H·ψ products, ≈ {format_seconds(self.seconds)}"


class InsufficientMemoryError(FourierGuiError, MemoryError):
    """A run that would not fit in the free memory; carries the estimate."""

    def __init__(self, estimate: CostEstimate, available: int) -> None:
        self.estimate = estimate
        self.available = available
        super().__init__(
            f"this run needs about {format_bytes(estimate.memory_bytes)} ({estimate.method}) "
            f"but only {format_bytes(available)} of memory is free; reduce sites, levels, samples or points"
        )


def spectral_half_width_estimate(params: SimulationParameters) -> float:
    """a ≈ δε/2 + ‖V‖ with ‖λc‖ ≈ 2λ√n for a random n×n matrix of E|c|² = 1 (two bonds per site)."""
    bonds = 2 if params.sites > 2 else 1
    return params.bandwidth / 2.0 + bonds * 2.0 * params.lam * math.sqrt(params.levels)


def coupling_bytes(params: SimulationParameters) -> int:
    """The bytes of all coupling blocks as stored (`couplings_precision`: single halves them)."""
    per_entry = 8 if params.ensemble == "real" else COMPLEX_BYTES
    if stored_precision(params.couplings_precision, params.system().lams.tolist()) == "single":
        per_entry //= 2
    return params.coupling_entries * per_entry


def double_coupling_bytes(params: SimulationParameters) -> int:
    """The bytes the coupling blocks take in double precision: what numpy's products multiply (a model
    without the fused kernel keeps its blocks in double), and so what decides for the kernel."""
    return params.coupling_entries * (8 if params.ensemble == "real" else COMPLEX_BYTES)


def product_seconds(params: SimulationParameters) -> float:
    """One product H·ψ on a block of K states: bounded by memory traffic or by arithmetic."""
    k = params.samples
    real = params.ensemble == "real"
    traffic = 2 * coupling_bytes(params) + 6 * params.dimension * k * COMPLEX_BYTES
    flops = 2 * params.coupling_entries * k * (4 if real else 8)
    return PRODUCT_OVERHEAD_S + max(traffic / MEMORY_BANDWIDTH, flops / FLOP_RATE)


def output_states_per_window(params: SimulationParameters) -> int:
    """How many output states one Chebyshev window may hold in memory."""
    per_state = params.dimension * params.samples * COMPLEX_BYTES
    return max(1, min(params.points, WINDOW_BUDGET_BYTES // per_state))


def block_size(params: SimulationParameters) -> int:
    per_vector = params.dimension * params.samples * COMPLEX_BYTES
    return int(max(4, min(MAX_BLOCK, WINDOW_BUDGET_BYTES // (4 * per_vector))))


def ham_bytes(params: SimulationParameters) -> int:
    """HAM beside the run (eqs. 11–13, docs/physics.md §6) is solved with dense N × N matrices: the modes or
    the rate matrix, its eigenvectors and one copy. Bands at different energies need one N × N rate matrix
    per energy cell (physics/golden_rule.py) and populations per cell at every output time, for HAM and for
    the exact run's record (a disordered chain of 2000 subunits: ≈ 120 GB, refused before it allocates)."""
    dense = 3 * params.sites**2 * 8
    if not (params.disorder or params.site_offsets.strip()):
        return dense
    offsets = params.system().offsets
    if bands_aligned(offsets, params.bandwidth):
        return dense
    cells = energy_cells(params.system().site_levels, offsets, params.bandwidth).count
    return dense + cells * params.sites**2 * 8 + 3 * params.points * cells * params.sites * 8


def chebyshev_estimate(params: SimulationParameters) -> CostEstimate:
    t_max = params.resolved_t_max
    a = spectral_half_width_estimate(params)
    per_product = product_seconds(params)
    windows = max(1, math.ceil(params.points / output_states_per_window(params)))
    products = math.ceil(a * t_max) + windows * CHEBYSHEV_MARGIN + 40  # + the norm estimate
    vectors = (block_size(params) + 3) * params.dimension * params.samples * COMPLEX_BYTES
    outputs = min(params.points, output_states_per_window(params)) * params.dimension * params.samples * COMPLEX_BYTES
    results = 2 * params.points * params.sites * params.samples * 8
    memory = coupling_bytes(params) + vectors + outputs + results + ham_bytes(params)
    # The products of the output states with the Bessel coefficients.
    accumulate = 8.0 * products * params.points * params.dimension * params.samples / FLOP_RATE / max(1, windows)
    return CostEstimate("chebyshev", int(memory), int(products), products * per_product + accumulate)


def eigen_estimate(params: SimulationParameters) -> CostEstimate:
    d = params.dimension
    real = params.ensemble == "real"
    entry = 8 if real else COMPLEX_BYTES
    # H, eigenvectors and LAPACK's workspace of about the same size, plus one chunk of output states.
    chunk = output_states_per_window(params) * d * params.samples * COMPLEX_BYTES
    memory = 3 * d * d * entry + 2 * chunk + coupling_bytes(params) + ham_bytes(params)
    seconds = EIGH_SECONDS_PER_D3[params.ensemble] * d**3 + 8.0 * d * d * params.points * params.samples / FLOP_RATE
    return CostEstimate("eigen", int(memory), 0, seconds)


def choose(params: SimulationParameters, available: int | None) -> CostEstimate:
    """The estimate of the method a run will use: the faster one that fits in `available` bytes (None:
    unknown) for `auto`."""
    if params.method == "eigen":
        return eigen_estimate(params)
    if params.method == "chebyshev":
        return chebyshev_estimate(params)
    cheb, eig = chebyshev_estimate(params), eigen_estimate(params)
    if available is not None and eig.memory_bytes > available:
        return cheb
    return eig if eig.seconds < cheb.seconds else cheb


def check_memory(params: SimulationParameters, available: int | None) -> CostEstimate:
    """The estimate of the chosen method; raise InsufficientMemoryError if it would not fit in `available`
    bytes (None: unknown, no check)."""
    chosen = choose(params, available)
    if available is not None and chosen.memory_bytes > available:
        raise InsufficientMemoryError(chosen, available)
    return chosen


#: A run estimated at over this many seconds asks first in the window and is announced on the command line.
LONG_RUN_SECONDS = 600.0


def format_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError


def format_seconds(s: float) -> str:
    if s < 1:
        return f"{s * 1000:.0f} ms"
    if s < 120:
        return f"{s:.1f} s"
    if s < 7200:
        return f"{s / 60:.1f} min"
    return f"{s / 3600:.1f} h"
