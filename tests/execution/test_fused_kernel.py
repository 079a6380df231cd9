"""The fused chain product (docs/physics.md §3): the numba kernel that reads each coupling block once per product must
give the numbers of the pure-numpy product (its reference) within 1e-12, for complex and real couplings and
blocks of K vectors, and the same bits whatever the number of threads."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from fourier_gui.execution import simulate
from fourier_gui.execution.fast_product import accelerate
from fourier_gui.execution.fused_kernel import KERNEL_ENV, FusedProduct
from fourier_gui.physics import SimulationParameters
from fourier_gui.physics.model import Model
from fourier_gui.physics.system import System

numba = pytest.importorskip("numba")


@pytest.fixture(autouse=True)
def kernel_at_any_size(monkeypatch):
    """These models are small; by default only large ones take the kernel."""
    monkeypatch.setenv(KERNEL_ENV, "numba")


def model(ensemble: str = "complex", sites: int = 5, levels: int = 40) -> Model:
    return Model.from_parameters(SimulationParameters(sites=sites, levels=levels, lam=1e-3, ensemble=ensemble))


def random_block(shape: tuple[int, ...], seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


@pytest.mark.parametrize("ensemble", ["complex", "real"])
@pytest.mark.parametrize("samples", [1, 3])
@pytest.mark.parametrize("shift", [0.0, 0.0173])
@pytest.mark.parametrize("levels", [40, 3, 7, 66])  # the kernel takes rows four at a time: every remainder
def test_fused_product_equals_the_numpy_product(ensemble, samples, shift, levels):
    m = model(ensemble, levels=levels)
    assert accelerate(m) and m.stack is not None
    x = random_block((m.dimension, samples), seed=samples)
    fused = m.apply(x, shift=shift)
    reference = m.apply_numpy(x, shift=shift)
    assert np.max(np.abs(fused - reference)) <= 1e-12 * np.max(np.abs(reference))
    # and the product is H: against the dense matrix
    dense = (m.dense() - shift * np.eye(m.dimension)) @ x
    np.testing.assert_allclose(fused, dense, rtol=0, atol=1e-13)


@pytest.mark.parametrize("ensemble", ["complex", "real"])
def test_fused_currents_equal_the_numpy_currents(ensemble):
    m = model(ensemble)
    states = random_block((4, m.dimension, 2), seed=5)
    assert accelerate(m)
    fused = m.bond_currents(states)
    m.product = None  # the numpy path, on the same couplings
    reference = m.bond_currents(states)
    assert fused.shape == (4, m.sites - 1, 2)
    np.testing.assert_allclose(fused, reference, rtol=0, atol=1e-13)


@pytest.mark.slow
def test_a_whole_run_matches_the_numpy_path(monkeypatch):
    params = SimulationParameters(sites=6, levels=80, lam=0.05 / 160, points=41, method="chebyshev", samples=2)
    fused = simulate(params)
    monkeypatch.setenv(KERNEL_ENV, "numpy")
    reference = simulate(params)
    assert np.max(np.abs(fused.exact_samples - reference.exact_samples)) < 1e-12
    assert np.max(np.abs(fused.current_samples - reference.current_samples)) < 1e-12


def test_the_environment_switch_selects_numpy(monkeypatch):
    monkeypatch.setenv(KERNEL_ENV, "numpy")
    m = model()
    assert not accelerate(m) and m.product is None
    assert FusedProduct.create(m.stack, [(0, 1)], np.arange(m.sites + 1) * 40, np.zeros(m.dimension)) is None


def test_auto_takes_the_kernel_only_for_large_blocks(monkeypatch):
    from fourier_gui.execution.fused_kernel import MIN_BLOCK_BYTES

    monkeypatch.setenv(KERNEL_ENV, "auto")
    assert not accelerate(model())  # 4 blocks of 40×40: far below the threshold
    stack = np.zeros((MIN_BLOCK_BYTES // (256 * 256 * 16) + 1, 256, 256), complex)
    big = Model.chain(np.linspace(1, 1.05, 256), stack)
    assert stack.nbytes >= MIN_BLOCK_BYTES and accelerate(big)


def test_same_bits_with_one_thread_or_all():
    params = SimulationParameters(sites=5, levels=60, lam=0.05 / 120, points=21, method="chebyshev")
    threads = numba.get_num_threads()
    try:
        many = simulate(params).exact_samples
        numba.set_num_threads(1)
        one = simulate(params).exact_samples
    finally:
        numba.set_num_threads(threads)
    assert np.array_equal(many, one)  # each bond is one thread's work: the partition does not matter


def graph_model(ensemble: str = "complex") -> Model:
    """A ring with a chord and unequal bands (one of odd size, one of three levels): every edge shape."""
    levels = np.array([40, 23, 3, 31, 40])
    edges = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (1, 3)]
    return Model.draw(System(levels, np.zeros(5), edges, np.full(6, 1e-3)), 0.05, seed=4, ensemble=ensemble)


@pytest.mark.parametrize("ensemble", ["complex", "real"])
@pytest.mark.parametrize("samples", [1, 3])
def test_the_graph_kernel_equals_the_numpy_product(ensemble, samples):
    m = graph_model(ensemble)
    x = random_block((m.dimension, samples), seed=samples)
    reference = m.apply_numpy(x, shift=0.011)
    dense_before = m.dense()
    assert accelerate(m)
    fused = m.apply(x, shift=0.011)
    assert np.max(np.abs(fused - reference)) <= 1e-12 * np.max(np.abs(reference))
    # the blocks now live in the kernel's buffer: the same Hamiltonian
    assert np.array_equal(m.dense(), dense_before)
    assert isinstance(m.product, FusedProduct)
    assert all(np.shares_memory(view, m.product.flat) for view in m.blocks)


def test_a_graph_run_matches_the_numpy_path(monkeypatch):
    params = SimulationParameters(sites=4, levels=60, lam=1e-3, points=21, method="chebyshev", geometry="ring")
    fused = simulate(params)
    monkeypatch.setenv(KERNEL_ENV, "numpy")
    reference = simulate(params)
    assert np.max(np.abs(fused.exact_samples - reference.exact_samples)) < 1e-12
    assert np.max(np.abs(fused.current_samples - reference.current_samples)) < 1e-12


def test_a_graph_gives_the_same_bits_with_one_thread_or_all():
    m = graph_model()
    assert accelerate(m)
    x = random_block((m.dimension, 2), seed=9)
    threads = numba.get_num_threads()
    try:
        many = m.apply(x)
        numba.set_num_threads(1)
        one = m.apply(x)
    finally:
        numba.set_num_threads(threads)
    assert np.array_equal(many, one)


@pytest.mark.parametrize("ensemble", ["complex", "real"])
def test_the_graph_currents_equal_the_numpy_currents(ensemble):
    m = graph_model(ensemble)
    states = random_block((3, m.dimension, 2), seed=11)
    assert accelerate(m)
    fused = m.bond_currents(states)
    m.product = None  # the numpy path, on the same blocks
    reference = m.bond_currents(states)
    assert fused.shape == (3, len(m.edges), 2)
    np.testing.assert_allclose(fused, reference, rtol=0, atol=1e-13)


def test_a_pending_load_is_announced_only_where_the_kernel_will_run(monkeypatch):
    from fourier_gui.execution import fused_kernel
    from fourier_gui.execution.kernel_warmup import kernel_load_pending
    from fourier_gui.ui.shell.run_status import preparing_text

    monkeypatch.setattr(fused_kernel, "_kernels", None)  # as in a fresh process
    large = SimulationParameters(sites=10, levels=500)
    small = SimulationParameters(sites=3, levels=100)
    monkeypatch.setenv(KERNEL_ENV, "auto")
    assert kernel_load_pending(large) and not kernel_load_pending(small)
    monkeypatch.setenv(KERNEL_ENV, "numpy")
    assert not kernel_load_pending(large)
    assert "fast solver" in preparing_text(large, True) and "fast solver" not in preparing_text(large, False)


@pytest.mark.parametrize("cached", [False, True])
def test_a_machine_without_cached_kernels_compiles_them_in_a_child_process(monkeypatch, cached):
    """A process that compiled its own kernels gave other bits than later processes, which load numba's
    cached machine code: where the cache is empty or stale the compile happens in a child process, and this
    process loads the cache like every later one."""
    from fourier_gui.execution import fused_kernel, fused_numba

    calls = []
    monkeypatch.setattr(fused_kernel, "_kernels", None)
    monkeypatch.setattr(fused_kernel, "_failed", False)
    monkeypatch.setattr(fused_numba, "cached", lambda: cached)
    monkeypatch.setattr(fused_kernel, "compile_in_child", lambda: calls.append(1) or True)
    notices = []  # the command line says "preparing the fast solver" just before a compile, never without one
    monkeypatch.setattr(fused_kernel, "first_compile_notice", lambda: notices.append(1))
    assert fused_kernel._load() is not None
    assert calls == ([] if cached else [1])
    assert notices == calls


def test_a_frozen_bundle_compiles_in_its_own_process(monkeypatch):
    from fourier_gui.execution import fused_kernel

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert fused_kernel.compile_in_child() is False


@pytest.mark.parametrize("ensemble", ["complex", "real"])
@pytest.mark.parametrize("precision", ["single", "double"])
def test_the_kernel_multiplies_either_storage_in_double(ensemble, precision):
    """Blocks stored in single or double precision: the kernel's product is the stored H's, in double (against
    the dense H of the same numbers), and its currents are numpy's."""
    params = SimulationParameters(sites=4, levels=13, lam=1e-3, ensemble=ensemble, couplings_precision=precision)
    m = Model.from_parameters(params)
    stored = {
        ("single", "complex"): np.complex64,
        ("single", "real"): np.float32,
        ("double", "complex"): np.complex128,
        ("double", "real"): np.float64,
    }[precision, ensemble]
    assert m.stack is not None and m.stack.dtype == stored
    assert accelerate(m) and m.stack.dtype == stored  # read in place, not converted
    x = random_block((m.dimension, 3), seed=9)
    np.testing.assert_allclose(m.apply(x, shift=0.01), (m.dense() - 0.01 * np.eye(m.dimension)) @ x, rtol=0, atol=1e-15)
    states = random_block((2, m.dimension, 3), seed=10)
    fused = m.bond_currents(states)
    m.product = None
    np.testing.assert_allclose(fused, m.bond_currents(states), rtol=0, atol=1e-15)
