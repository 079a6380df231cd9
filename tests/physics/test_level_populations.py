"""Level-resolved populations of each band (the level diagram's strips), checked against P_μ and t = 0."""

from __future__ import annotations

import numpy as np
import pytest

from fourier_gui.execution import simulate
from fourier_gui.physics.model import level_bin_starts, level_populations
from fourier_gui.physics.parameters import SimulationParameters


@pytest.mark.parametrize("levels", [1, 5, 47, 48, 49, 500])
def test_bins_cover_the_band_in_nearly_equal_parts(levels):
    starts = level_bin_starts(levels)
    sizes = np.diff(np.append(starts, levels))
    assert starts[0] == 0 and np.all(sizes >= 1) and sizes.max() - sizes.min() <= 1
    assert starts.size == min(levels, 48)


@pytest.mark.parametrize("method", ["eigen", "chebyshev"])
def test_binned_populations_add_up_to_the_site_probabilities(method):
    p = SimulationParameters(sites=3, levels=60, lam=1e-3, bandwidth=0.5, t_max_gamma=2.0, points=21, method=method)
    r = simulate(p)
    assert r.level_populations is not None
    np.testing.assert_allclose(r.level_populations.sum(axis=2), r.exact_mean, atol=1e-6)


def test_a_single_level_starts_in_its_own_bin():
    p = SimulationParameters(sites=2, levels=96, lam=1e-3, bandwidth=0.5, initial="level:2:50", points=5)
    r = simulate(p)
    first = r.level_populations[0]
    # levels count from 1: level 50 is index 49, and 96 levels in 48 bins of two put it in bin 24
    assert first[1, 49 // 2] == pytest.approx(1.0, abs=1e-6)
    assert first.sum() == pytest.approx(1.0, abs=1e-6)


def test_random_states_binned_by_hand():
    rng = np.random.default_rng(7)
    states = rng.normal(size=(2, 3, 10, 4)) + 1j * rng.normal(size=(2, 3, 10, 4))
    by_hand = np.abs(states) ** 2  # 10 levels → 10 bins of one level
    np.testing.assert_allclose(level_populations(states), by_hand.mean(axis=3))
