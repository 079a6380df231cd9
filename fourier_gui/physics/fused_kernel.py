"""The chain's Hamiltonian product with each coupling block read once (docs/architecture.md, "Speed").

(H − ΔE − s)ψ needs, for every bond μ, both B_μ·ψ_μ (into site μ+1) and B_μᴴ·ψ_{μ+1} (into site μ).
numpy does them as two products, so every block crosses the memory bus twice per product, plus
conjugated temporaries. The numba kernel here walks each block once, row by row: a row of B_μ stays in
the L1 cache while it serves both products for every sample k. Bonds run in parallel over the cores; each
bond writes its own output rows (the forward part into site μ+1, the backward part into a buffer of site
μ), and a last pass adds the diagonal and the buffers, so no two threads write the same numbers and the
result does not depend on the number of threads.

The kernel works on planar (real, imaginary) copies of the states, laid out (N, K, n) so that its inner
loop runs over contiguous memory; copying a state in and out costs O(N·n·K), against O(N·n²·K) for the
product. numba is optional: without it (or with FOURIER_GUI_KERNEL=numpy) `ChainModel.apply` keeps its
pure-numpy path, which is also the tests' reference.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

import numpy as np

#: "numpy" keeps the pure-numpy product, "numba" takes the kernel at any size; "auto" (the default) takes the
#: kernel when the coupling blocks are large enough for it to pay (MIN_BLOCK_BYTES).
KERNEL_ENV = "FOURIER_GUI_KERNEL"
#: Below this size of all coupling blocks together the numpy product is as fast (the blocks sit in the
#: cache, each product is short) and a first run need not wait for numba to compile or load its kernels:
#: Fig. 2 (8 MB) stays on numpy, N = 10, n = 500 (36 MB) and beyond take the kernel.
MIN_BLOCK_BYTES = 16 * 2**20

#: The loaded kernels of each family ("chain", "graph"): a family loads (or compiles) only when a model needs it.
_kernels: dict[str, dict[str, Any]] = {}
_failed: set[str] = set()
_lock = threading.Lock()


def preload(block_bytes: int, family: str = "chain") -> None:
    """Start loading a family's kernels in a background thread if a model of `block_bytes` will want them.

    Loading costs ≈ 0.5 s in a fresh process (importing numba, building its compiler's context, reading the
    cached machine code) and compiling ≈ 8 s per family the first time; drawing the couplings releases the
    GIL, so the two overlap. `create` then waits for the load to end (`_compile` takes the same lock).
    """
    if pending(block_bytes, family):
        threading.Thread(target=_compile, args=(family,), name="fourier-gui kernel load", daemon=True).start()


def pending(block_bytes: int, family: str = "chain") -> bool:
    """True if a model of `block_bytes` will use a kernel family that this process has not loaded yet."""
    return family not in _kernels and family not in _failed and wanted(block_bytes)


def _compile(family: str) -> dict[str, Any] | None:
    """A family's numba kernels, compiled once per process (cached on disk where numba can), or None."""
    with _lock:
        return _load(family)


def _load(family: str) -> dict[str, Any] | None:
    if family in _kernels or family in _failed:
        return _kernels.get(family)
    try:
        from fourier_gui.physics import fused_numba
    except ImportError:  # numba is not installed: the numpy product serves
        _failed.add(family)
        return None
    try:
        if family == "chain":
            kernels = {"chain": fused_numba.apply_chain, "currents": fused_numba.currents}
        else:
            kernels = {"graph": fused_numba.apply_graph, "graph_currents": fused_numba.graph_currents}
        _warm_up(family, kernels)
    except Exception:
        _failed.add(family)
        return None
    _kernels[family] = kernels
    return kernels


def _warm_up(family: str, kernels: dict[str, Any]) -> None:
    """Compile (or load from the cache) every kernel of a family on tiny arrays, so that a failure shows here."""
    if family == "chain":
        interleaved = np.zeros((1, 2, 4))
        x = np.zeros((2, 1, 2))
        out = np.zeros((2, 1, 2))
        back = np.zeros((2, 2, 1, 2))
        kernels["chain"](interleaved, False, np.zeros(2), x, x, out, out, back, back)
        kernels["currents"](interleaved, x, x, np.zeros((1, 1)))
        return
    graph = FusedGraphProduct([np.zeros((2, 2), complex)], [(0, 1)], np.array([0, 2, 4]), np.zeros(4), kernels)
    graph.apply(np.zeros((4, 1), complex), np.zeros((4, 1), complex), 0.0)
    graph.bond_currents(np.zeros((1, 4, 1), complex))


def wanted(block_bytes: int) -> bool:
    """Whether to use the kernel for coupling blocks of `block_bytes` (see KERNEL_ENV)."""
    choice = os.environ.get(KERNEL_ENV, "auto").lower()
    if choice == "numpy":
        return False
    return choice == "numba" or block_bytes >= MIN_BLOCK_BYTES


class FusedChainProduct:
    """(H − ΔE − shift)·ψ of a chain with the fused kernel; `None` from `create` where it cannot run."""

    def __init__(self, coupling_blocks: np.ndarray, diagonal: np.ndarray, kernels: dict[str, Any]) -> None:
        self.real = not np.iscomplexobj(coupling_blocks)
        # the blocks as float64 without a copy: real couplings as they are, complex ones with real and
        # imaginary parts interleaved (the kernel reads them in place; a planar copy would double the memory)
        dtype = np.float64 if self.real else np.complex128
        self.blocks = np.ascontiguousarray(coupling_blocks, dtype=dtype).view(np.float64)
        self.diagonal = np.asarray(diagonal, dtype=np.float64)
        self.kernels = kernels
        self._buffers: dict[tuple[int, ...], tuple[np.ndarray, ...]] = {}

    @classmethod
    def create(cls, coupling_blocks: np.ndarray, diagonal: np.ndarray) -> FusedChainProduct | None:
        if coupling_blocks.shape[0] == 0 or not wanted(coupling_blocks.nbytes):
            return None
        kernels = _compile("chain")
        return None if kernels is None else cls(coupling_blocks, diagonal, kernels)

    def _planes(self, shape: tuple[int, ...]) -> tuple[np.ndarray, ...]:
        """Planar (N, K, n) buffers, kept between products: x and out, and the backward parts of both halves of
        every bond's rows (2, N, K, n)."""
        if shape not in self._buffers:
            states = tuple(np.empty(shape) for _ in range(4))
            self._buffers[shape] = (*states, *(np.empty((2, *shape)) for _ in range(2)))
        return self._buffers[shape]

    def apply(self, block: np.ndarray, out: np.ndarray, shift: float) -> np.ndarray:
        """out = (H − ΔE − shift)·block for a complex (N, n, K) block."""
        sites, n, samples = block.shape
        xr, xi, outr, outi, backr, backi = self._planes((sites, samples, n))
        np.copyto(xr, block.real.transpose(0, 2, 1))
        np.copyto(xi, block.imag.transpose(0, 2, 1))
        diag = self.diagonal - shift
        self.kernels["chain"](self.blocks, self.real, diag, xr, xi, outr, outi, backr, backi)
        out.real[...] = outr.transpose(0, 2, 1)
        out.imag[...] = outi.transpose(0, 2, 1)
        return out


class FusedGraphProduct:
    """(H − ΔE − shift)·ψ of any graph of subunits (docs/physics.md §6) with the fused kernel: every edge's
    block read once per product for both directions, edges split over the cores."""

    def __init__(
        self,
        blocks: list[np.ndarray],
        edges: list[tuple[int, int]],
        starts: np.ndarray,
        diagonal: np.ndarray,
        kernels: dict[str, Any],
    ) -> None:
        self.real = not any(np.iscomplexobj(b) for b in blocks)
        dtype = np.float64 if self.real else np.complex128
        sizes = [b.size for b in blocks]
        self.flat = np.empty(sum(sizes), dtype=dtype)  # every block, one after another, row by row
        self.offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64) * (1 if self.real else 2)
        self.views = []
        for block, start, size in zip(blocks, np.cumsum([0, *sizes]), sizes, strict=False):
            view = self.flat[start : start + size].reshape(block.shape)
            view[...] = block
            self.views.append(view)
        self.tails = np.array([a for a, _ in edges], dtype=np.int64)
        self.heads = np.array([b for _, b in edges], dtype=np.int64)
        self.starts = np.asarray(starts, dtype=np.int64)
        self.diagonal = np.asarray(diagonal, dtype=np.float64)
        self.incident = incidence(edges, len(starts) - 1)
        self.kernels = kernels
        self._buffers: dict[int, tuple[np.ndarray, ...]] = {}

    @classmethod
    def create(
        cls, blocks: list[np.ndarray], edges: list[tuple[int, int]], starts: np.ndarray, diagonal: np.ndarray
    ) -> FusedGraphProduct | None:
        if not blocks or not wanted(sum(b.nbytes for b in blocks)):
            return None
        kernels = _compile("graph")
        return None if kernels is None else cls(blocks, edges, starts, diagonal, kernels)

    def _planes(self, samples: int) -> tuple[np.ndarray, ...]:
        """The planar state (K·D, each band one (K, n) block), the forward parts (E, K, n_max) and both halves'
        backward parts (2, E, K·n_max)."""
        if samples not in self._buffers:
            widest = int(np.diff(self.starts).max())
            edges = self.tails.size
            states = tuple(np.empty(samples * int(self.starts[-1])) for _ in range(2))
            forward = tuple(np.empty((edges, samples, widest)) for _ in range(2))
            backward = tuple(np.empty((2, edges, samples * widest)) for _ in range(2))
            self._buffers[samples] = (*states, *forward, *backward)
        return self._buffers[samples]

    def apply(self, block: np.ndarray, out: np.ndarray, shift: float) -> np.ndarray:
        """out = (H − ΔE − shift)·block for a complex (D, K) block (both C-contiguous)."""
        xr, xi, fr, fi, gr, gi = self._planes(block.shape[1])
        flat = self.flat.view(np.float64)
        self.kernels["graph"](flat, self.real, self.offsets, self.tails, self.heads, self.starts,
                              self.diagonal - shift, block.view(np.float64), out.view(np.float64),
                              xr, xi, fr, fi, gr, gi, self.incident)  # fmt: skip
        return out

    def bond_currents(self, states: np.ndarray) -> np.ndarray:
        """J_ab = 2·Im(ψ_b^† B_ab ψ_a) of each edge for states (m, D, K): (m, E, K)."""
        m, dimension, k = states.shape
        columns = states.transpose(0, 2, 1).reshape(m * k, dimension)  # planar (m·K, D)
        xr, xi = np.ascontiguousarray(columns.real), np.ascontiguousarray(columns.imag)
        result = np.empty((self.tails.size, m * k))
        self.kernels["graph_currents"](self.flat.view(np.float64), self.real, self.offsets, self.tails,
                                       self.heads, self.starts, xr, xi, result)  # fmt: skip
        return result.reshape(-1, m, k).transpose(1, 0, 2)


def incidence(edges: list[tuple[int, int]], sites: int) -> np.ndarray:
    """Per site, the edges that end there (+e+1) and start there (−e−1), in edge order, padded with 0."""
    lists: list[list[int]] = [[] for _ in range(sites)]
    for e, (a, b) in enumerate(edges):
        lists[b].append(e + 1)
        lists[a].append(-e - 1)
    table = np.zeros((sites, max(1, max(len(entries) for entries in lists))), dtype=np.int64)
    for site, entries in enumerate(lists):
        table[site, : len(entries)] = entries
    return table


def bond_currents(product: FusedChainProduct, states: np.ndarray) -> np.ndarray:
    """J_μ = 2·Im(ψ_{μ+1}^† B_μ ψ_μ) for states (m, N, n, K), (m, N−1, K), with the kernel's threads."""
    m, sites, n, k = states.shape
    columns = states.transpose(1, 0, 3, 2).reshape(sites, m * k, n)  # planar (N, m·K, n)
    xr, xi = np.ascontiguousarray(columns.real), np.ascontiguousarray(columns.imag)
    result = np.empty((sites - 1, m * k))
    product.kernels["currents"](product.blocks, xr, xi, result)
    return result.reshape(sites - 1, m, k).transpose(1, 0, 2)


def limit_threads(threads: int) -> None:
    """Cap the kernel's threads (a sweep's worker process runs one thread, like its BLAS), without
    importing numba: a worker whose runs stay on numpy never pays for it."""
    os.environ["NUMBA_NUM_THREADS"] = str(threads)  # read by numba when it is first imported
    numba = sys.modules.get("numba")
    if numba is not None:  # already imported (a worker reused, a forked process): set it live
        numba.set_num_threads(min(threads, numba.config.NUMBA_NUM_THREADS))
