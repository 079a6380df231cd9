"""Same seed, same numbers bit for bit; another seed, other numbers; couplings as docs/physics.md §1 draws them."""

import numpy as np

from fourier_gui.execution import simulate
from fourier_gui.physics import SimulationParameters
from fourier_gui.physics.couplings import band_energies, draw_couplings
from tests.reference import reference_band_energies, reference_couplings


def test_same_seed_identical_arrays():
    p = SimulationParameters(sites=4, levels=60, lam=0.0005, samples=2, t_max_gamma=3.0, points=21)
    a, b = simulate(p), simulate(p)
    assert np.array_equal(a.exact_samples, b.exact_samples)
    c = simulate(p.with_changes(seed=1))
    assert not np.allclose(a.exact_samples, c.exact_samples)
    d = simulate(p.with_changes(initial_seed=7))
    assert not np.allclose(a.exact_samples, d.exact_samples)


def test_couplings_follow_the_documented_draw():
    for ensemble in ("complex", "real"):
        ours = draw_couplings(4, 9, 42, ensemble)
        ref = reference_couplings(4, 9, 42, ensemble)
        assert np.allclose(ours, ref, rtol=1e-15, atol=0)
    c = draw_couplings(3, 400, 0, "complex")
    assert abs(np.mean(np.abs(c) ** 2) - 1.0) < 0.01
    assert abs(np.mean(c.real**2) - 0.5) < 0.01


def test_band_energies_convention():
    assert np.allclose(band_energies(7, 0.05), reference_band_energies(7, 0.05), rtol=0, atol=1e-15)
    e = band_energies(500, 0.05)
    assert e.min() > 1 - 0.025 and e.max() < 1 + 0.025 and np.isclose(e.mean(), 1.0)
