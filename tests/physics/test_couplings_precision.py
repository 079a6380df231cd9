"""Couplings stored in single precision (docs/physics.md §3): each entry is the double draw's, λ included,
rounded once; double storage keeps the documented draw bit for bit; the rounding moves the ensemble's second
moment by far less than one sample of it scatters."""

from __future__ import annotations

import numpy as np
import pytest

from fourier_gui.physics import SimulationParameters
from fourier_gui.physics.couplings import SINGLE_LAM_RANGE, draw_couplings, draw_edge_couplings, storage_dtype
from fourier_gui.physics.model import Model
from tests.reference import reference_couplings

SEEDS = (0, 1, 7, 123)
#: Rounding to single moves a number by at most half a unit in the last place: 2⁻²⁴ of it.
HALF_ULP = 2.0**-24


@pytest.mark.parametrize("ensemble", ["complex", "real"])
@pytest.mark.parametrize("seed", SEEDS)
def test_single_storage_is_the_documented_draw_rounded_once(ensemble, seed):
    lam = 3.7e-4
    reference = reference_couplings(4, 9, seed, ensemble) * lam  # docs/physics.md §1, in double
    single = draw_couplings(4, 9, seed, ensemble, "single", lam)
    assert single.dtype == storage_dtype("single", ensemble)
    assert single.dtype in (np.complex64, np.float32)
    # the nearest single-precision number to every drawn entry (the reference's draw may differ from ours by
    # its own last bit: `normal(0, 1)` against `standard_normal`, and the division by √2)
    assert np.all(np.abs(single.astype(reference.dtype) - reference) <= 1.01 * HALF_ULP * np.abs(reference) + 1e-300)
    double = draw_couplings(4, 9, seed, ensemble, "double", lam)
    assert double.dtype in (np.complex128, np.float64)
    assert np.array_equal(single, double.astype(single.dtype))  # rounded once from the double draw, exactly


@pytest.mark.parametrize("seed", SEEDS)
def test_double_storage_keeps_the_old_couplings_bit_for_bit(seed):
    """Double storage is the draw of earlier versions: c·√½ then ·λ in complex128 (the stream unchanged)."""
    rng = np.random.default_rng(seed)
    shape = (2, 6, 6)
    old = np.empty(shape, dtype=np.complex128)
    for part in (old.real, old.imag):
        for bond in range(shape[0]):
            part[bond] = rng.standard_normal(shape[1:])
    old *= np.sqrt(0.5)
    old *= 2.5e-3
    params = SimulationParameters(sites=3, levels=6, lam=2.5e-3, seed=seed, couplings_precision="double")
    assert np.array_equal(Model.from_parameters(params).stack, old)
    assert Model.from_parameters(params.with_changes(couplings_precision="single")).stack.dtype == np.complex64


@pytest.mark.parametrize("ensemble", ["complex", "real"])
def test_a_graphs_blocks_round_the_double_graph_draw(ensemble):
    levels = np.array([5, 7, 4, 6])
    edges = [(0, 1), (1, 2), (2, 3), (3, 0)]
    lams = [1e-3, 2e-3, 5e-4, 1e-3]
    single = draw_edge_couplings(levels, edges, 3, ensemble, "single", lams)
    double = draw_edge_couplings(levels, edges, 3, ensemble, "double", lams)
    for s, d, (a, b) in zip(single, double, edges, strict=True):
        assert s.shape == d.shape == (levels[b], levels[a])
        assert s.dtype == storage_dtype("single", ensemble)
        assert np.array_equal(s, d.astype(s.dtype))


def test_rounding_moves_the_second_moment_far_less_than_the_ensemble_scatters():
    """E|λc|² is what γ (eq. 10) and the criteria (eq. 14) read; rounding moves each |c|² by ≤ 2⁻²³ of itself,
    and over n² unbiased roundings the block's mean by ~2⁻²⁴/n: measured over seeds, against the relative
    scatter of one block's own mean |c|² between seeds (≈ 1/n)."""
    moved, scatter = [], []
    for seed in range(8):
        single = draw_couplings(3, 200, seed, "complex", "single")
        double = draw_couplings(3, 200, seed, "complex", "double")
        m_single = np.mean(np.abs(single.astype(np.complex128)) ** 2, axis=(1, 2))
        m_double = np.mean(np.abs(double) ** 2, axis=(1, 2))
        moved.append(np.max(np.abs(m_single / m_double - 1.0)))
        scatter.append(m_double)
    assert max(moved) <= 2 * HALF_ULP  # ~1e-7 at most entry by entry, so for the mean too
    assert 0 < max(moved) < 1e-8  # measured ≤ 5e-10: unbiased roundings average out over the n² entries
    spread = np.std(np.concatenate(scatter)) / np.mean(np.concatenate(scatter))
    assert 1e-3 < spread < 1e-2  # ≈ 1/n = 5e-3: the ensemble's own scatter
    assert max(moved) < 1e-4 * spread


def test_nominal_lambda_sets_gamma_and_the_criteria_at_either_precision():
    p = SimulationParameters(sites=3, levels=50, lam=1e-3)
    q = p.with_changes(couplings_precision="double")
    assert (p.gamma, p.c1, p.c2) == (q.gamma, q.c1, q.c2)
    assert p.gamma == 2 * np.pi * 1e-3**2 * 50 / 0.05


@pytest.mark.parametrize("lam", [1e90, 1e-45])
def test_a_lambda_beyond_single_precisions_range_is_stored_in_double(lam):
    """λ·c would overflow single precision (λ = 1e90) or lose its digits (1e-45): stored in double instead."""
    assert not SINGLE_LAM_RANGE[0] <= lam <= SINGLE_LAM_RANGE[1]
    params = SimulationParameters(sites=3, levels=6, lam=lam)
    stack = Model.from_parameters(params).stack
    assert stack.dtype == np.complex128 and np.all(np.isfinite(stack)) and np.all(stack != 0)
    assert np.array_equal(stack, Model.from_parameters(params.with_changes(couplings_precision="double")).stack)
    from fourier_gui.physics.cost import coupling_bytes

    assert coupling_bytes(params) == 2 * 6 * 6 * 16
