"""The Hamiltonian product with each coupling block read once (docs/architecture.md, "Speed").

(H − ΔE − s)ψ needs, for every edge (a, b) of the graph of subunits (a chain: the bonds μ → μ+1), both B·ψ_a
(into site b) and Bᴴ·ψ_b (into site a). numpy does them as two products, so every block crosses the memory
bus twice per product, plus conjugated temporaries. The numba kernel (execution/fused_numba.py) walks each
block once, four rows at a time, and serves both products for every sample k while the rows sit in the L1
cache. Every edge is split into two fixed halves of its rows that run on the cores side by side; each half
writes its own forward rows and its own backward buffer, and a last pass adds the diagonal and the buffers
in a fixed order, so no two threads write the same numbers and the bits do not depend on the number of
threads. The chain and the general graph share this one kernel.

The blocks may be stored in single precision (complex64 / float32, the default storage of the couplings,
physics/couplings.py) or in double: the kernel reads either in place and takes each entry to double as it
multiplies, so vectors and sums stay in double and the product is exactly that of the stored H.

The same bits in every process on a machine: the kernels sum with numba's fastmath, and LLVM vectorizes those
sums one way when it compiles them into this process and another way in the machine code numba caches on disk
(a first run and every later one differed by ≤ 3e-15). So the first compile on a machine happens in a child
process (`compile_in_child`), which fills the cache; every process, the first included, then loads the
kernels from the cache. Where nothing can be cached (a read-only install, a frozen bundle) every process
compiles for itself, and they agree with each other.

numba is optional: without it (or with FOURIER_GUI_KERNEL=numpy) the models keep their pure-numpy
products, which are also the tests' reference. The runner attaches the product to a model
(`execution/fast_product.accelerate`); the model in physics/ only calls it.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

#: "numpy" keeps the pure-numpy product, "numba" takes the kernel at any size; "auto" (the default) takes the
#: kernel when the coupling blocks are large enough for it to pay (MIN_BLOCK_BYTES).
KERNEL_ENV = "FOURIER_GUI_KERNEL"
#: Below this size of all coupling blocks together, counted in double precision (what numpy multiplies:
#: `double_bytes`), the numpy product is as fast (the blocks sit in the
#: cache, each product is short) and a first run need not wait for numba to compile or load its kernels:
#: Fig. 2 (8 MB) stays on numpy, N = 10, n = 500 (36 MB) and beyond take the kernel.
MIN_BLOCK_BYTES = 16 * 2**20

#: How often a run waiting for the kernels' load asks whether it was cancelled.
CANCEL_POLL_SECONDS = 0.05

_kernels: dict[str, Any] | None = None
_failed = False
_lock = threading.Lock()
#: Told (in the loading thread) just before the kernels' first compile on this machine, which takes about half a
#: minute: the command line sets it to say so; None: nobody is told (the window says it in its status line).
first_compile_notice: Callable[[], None] | None = None


def preload(block_bytes: int) -> None:
    """Start loading the kernels in a background thread if a model of `block_bytes` will want them.

    Loading costs ≈ 0.5 s in a fresh process (importing numba, building its compiler's context, reading the
    cached machine code) and compiling ≈ 9 s the first time; drawing the couplings releases the GIL, so the
    two overlap. `FusedProduct.create` then waits for the load to end (`_compile` takes the same lock).
    """
    if pending(block_bytes):
        threading.Thread(target=_compile, name="fourier-gui kernel load", daemon=True).start()


def loading() -> bool:
    """True while a load of the kernels is under way (the lock is held) and has not ended."""
    if _kernels is not None or _failed:
        return False
    if _lock.acquire(blocking=False):
        _lock.release()
        return False
    return True


def pending(block_bytes: int) -> bool:
    """True if a model of `block_bytes` will use the kernels and this process has not loaded them yet."""
    return _kernels is None and not _failed and wanted(block_bytes)


def _compile(cancelled: Callable[[], bool] | None = None) -> dict[str, Any] | None:
    """The numba kernels, compiled once per process (cached on disk where numba can), or None. While another
    thread loads them, wait, but give up (None) as soon as `cancelled()` says so: a window closed during the
    first compile (≈ 9 s, longer on a busy machine) must not wait for it."""
    while not _lock.acquire(timeout=CANCEL_POLL_SECONDS):
        if cancelled is not None and cancelled():
            return None
    try:
        return _load()
    finally:
        _lock.release()


def _load() -> dict[str, Any] | None:
    global _kernels, _failed
    if _kernels is not None or _failed:
        return _kernels
    try:
        from fourier_gui.execution import fused_numba
    except ImportError:  # numba is not installed: the numpy product serves
        _failed = True
        return None
    try:
        if not fused_numba.cached():
            if first_compile_notice is not None:
                first_compile_notice()
            compile_in_child()  # fills numba's cache, which this process then loads (module docstring)
        kernels = fused_kernels()
        _warm_up(kernels)
    except Exception:
        _failed = True
        return None
    _kernels = kernels
    return kernels


def _warm_up(kernels: dict[str, Any], dtypes: tuple[type, ...] = (np.complex64,)) -> None:
    """Compile (or load from the cache) every kernel on tiny arrays whose blocks are stored as `dtypes`
    (real blocks take the same machine code), so that a failure shows here. A process loads the default
    storage's kernels (single precision); double storage's load from the cache when first used."""
    for dtype in dtypes:
        product = FusedProduct([np.zeros((2, 2), dtype)], [(0, 1)], np.array([0, 2, 4]), np.zeros(4), kernels)
        product.apply(np.zeros((4, 1), complex), np.zeros((4, 1), complex), 0.0)
        product.bond_currents(np.zeros((1, 4, 1), complex))


#: Seconds a child process may take to compile the kernels before this process compiles them itself.
CHILD_COMPILE_SECONDS = 600


def compile_in_child() -> bool:
    """Compile the kernels in a child Python process (this package, the same numba cache), so that the
    machine code every process runs is the cached one; True if the child succeeded. A frozen bundle has no
    Python to start: it compiles in-process (and caches nothing, so its processes agree)."""
    if getattr(sys, "frozen", False):
        return False
    import subprocess
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])  # the folder that holds this fourier_gui package
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    code = (
        "import numpy; from fourier_gui.execution.fused_kernel import _warm_up, fused_kernels; "
        "_warm_up(fused_kernels(), (numpy.complex64, numpy.complex128))"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=CHILD_COMPILE_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def fused_kernels() -> dict[str, Any]:
    """The kernels by name, as `FusedProduct` calls them (imports numba)."""
    from fourier_gui.execution import fused_numba

    return {"apply": fused_numba.apply, "currents": fused_numba.currents}


def double_bytes(blocks: np.ndarray | list[np.ndarray]) -> int:
    """The bytes of these blocks in double precision (complex128 or float64), whatever their storage."""
    return sum(b.size * (16 if np.iscomplexobj(b) else 8) for b in blocks)


def wanted(block_bytes: int) -> bool:
    """Whether to use the kernel for coupling blocks of `block_bytes` (see KERNEL_ENV)."""
    choice = os.environ.get(KERNEL_ENV, "auto").lower()
    if choice == "numpy":
        return False
    return choice == "numba" or block_bytes >= MIN_BLOCK_BYTES


class FusedProduct:
    """(H − ΔE − shift)·ψ of any graph of subunits (docs/physics.md §6; the chain is one) with the fused
    kernel; `None` from `create` where it cannot run.

    The blocks live in one flat buffer, row by row, complex ones with real and imaginary parts interleaved
    (the kernel reads them in place). A stack of equal blocks that is already contiguous (the chain's) is used
    as it is; a list of blocks is copied once into a new buffer and `views` gives them back as its views, so
    a model that keeps the views holds no second copy.
    """

    def __init__(
        self,
        blocks: np.ndarray | list[np.ndarray],
        edges: list[tuple[int, int]],
        starts: np.ndarray,
        diagonal: np.ndarray,
        kernels: dict[str, Any],
    ) -> None:
        self.real = not any(np.iscomplexobj(b) for b in blocks)
        self.single = all(b.dtype in (np.complex64, np.float32) for b in blocks)
        dtype = {(True, True): np.float32, (True, False): np.float64, (False, True): np.complex64}.get(
            (self.real, self.single), np.complex128
        )
        sizes = [b.size for b in blocks]
        if isinstance(blocks, np.ndarray) and blocks.dtype == dtype and blocks.flags.c_contiguous:
            self.flat = blocks.reshape(-1)
        else:
            self.flat = np.concatenate([np.asarray(b, dtype=dtype).ravel() for b in blocks])
        self.parts = self.flat.view(np.float32 if self.single else np.float64)  # real parts, or re/im interleaved
        ends = np.cumsum([0, *sizes])
        self.views = [self.flat[lo:hi].reshape(b.shape) for lo, hi, b in zip(ends[:-1], ends[1:], blocks, strict=True)]
        self.offsets = ends.astype(np.int64) * (1 if self.real else 2)  # in real numbers of the flat buffer
        self.tails = np.array([a for a, _ in edges], dtype=np.int64)
        self.heads = np.array([b for _, b in edges], dtype=np.int64)
        self.starts = np.asarray(starts, dtype=np.int64)
        self.diagonal = np.asarray(diagonal, dtype=np.float64)
        self.incident = incidence(edges, len(starts) - 1)
        self.kernels = kernels
        self._buffers: dict[int, tuple[np.ndarray, ...]] = {}

    @classmethod
    def create(
        cls,
        blocks: np.ndarray | list[np.ndarray],
        edges: list[tuple[int, int]],
        starts: np.ndarray,
        diagonal: np.ndarray,
        cancelled: Callable[[], bool] | None = None,
    ) -> FusedProduct | None:
        """The product of these blocks, or None where the kernel is not wanted, cannot load, or the wait for
        its load was `cancelled`."""
        if not len(blocks) or not wanted(double_bytes(blocks)):
            return None
        kernels = _compile(cancelled)
        return None if kernels is None else cls(blocks, edges, starts, diagonal, kernels)

    @staticmethod
    def accepts(block: np.ndarray, out: np.ndarray) -> bool:
        """Whether `apply` can take these arrays (complex and C-contiguous, as the propagator's are)."""
        return block.dtype == out.dtype == np.complex128 and block.flags.c_contiguous and out.flags.c_contiguous

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
        """out = (H − ΔE − shift)·block for a complex (D, K) block (see `accepts`)."""
        xr, xi, fr, fi, gr, gi = self._planes(block.shape[1])
        self.kernels["apply"](
            self.parts,
            self.real,
            self.offsets,
            self.tails,
            self.heads,
            self.starts,
            self.diagonal - shift,
            block.view(np.float64),
            out.view(np.float64),
            xr,
            xi,
            fr,
            fi,
            gr,
            gi,
            self.incident,
        )
        return out

    def bond_currents(self, states: np.ndarray) -> np.ndarray:
        """J_ab = 2·Im(ψ_b^† B_ab ψ_a) of each edge for states (m, D, K): (m, E, K)."""
        m, dimension, k = states.shape
        columns = states.transpose(0, 2, 1).reshape(m * k, dimension)  # planar (m·K, D)
        xr, xi = np.ascontiguousarray(columns.real), np.ascontiguousarray(columns.imag)
        result = np.empty((self.tails.size, m * k))
        self.kernels["currents"](
            self.parts, self.real, self.offsets, self.tails, self.heads, self.starts, xr, xi, result
        )
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


def limit_threads(threads: int) -> None:
    """Cap the kernel's threads (a sweep's worker process runs one thread, like its BLAS), without
    importing numba: a worker whose runs stay on numpy never pays for it."""
    os.environ["NUMBA_NUM_THREADS"] = str(threads)  # read by numba when it is first imported
    numba = sys.modules.get("numba")
    if numba is not None:  # already imported (a worker reused, a forked process): set it live
        numba.set_num_threads(min(threads, numba.config.NUMBA_NUM_THREADS))
