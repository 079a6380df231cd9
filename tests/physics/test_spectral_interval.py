"""The spectral interval of the Chebyshev propagator (physics/spectrum.py): it must hold every eigenvalue of
H (against numpy's dense `eigvalsh`), be far narrower than Weyl's bound (that is what saves products), be the
same on every call, and fall back to Weyl's bound where Lanczos cannot vouch for the edges."""

from __future__ import annotations

import numpy as np
import pytest

from fourier_gui.physics import spectrum
from fourier_gui.physics.model import Model
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.spectrum import DENSE_LIMIT, spectral_interval
from fourier_gui.physics.system import System

CHAINS = [
    dict(sites=3, levels=300, lam=5e-5),  # Fig. 2's weak coupling
    dict(sites=6, levels=80, lam=1e-3),  # strong: V widens the band by more than half
    dict(sites=4, levels=100, lam=2e-4, ensemble="real"),
]


def horizon(params: SimulationParameters) -> float:
    return params.validated().resolved_t_max


@pytest.mark.parametrize("kw", CHAINS)
def test_the_interval_holds_the_spectrum_and_is_narrower_than_weyl(kw):
    params = SimulationParameters(**kw)
    model = Model.from_parameters(params)
    assert model.dimension > DENSE_LIMIT  # the Lanczos path
    lo, hi = spectral_interval(model, (model.dimension, 1), horizon(params))
    energies = np.linalg.eigvalsh(model.dense())
    assert lo <= energies[0] and energies[-1] <= hi
    weyl_lo, weyl_hi = model.spectral_bounds()
    assert hi - lo < 0.95 * (weyl_hi - weyl_lo)
    # and tight: within 2 % of the true width
    assert hi - lo <= 1.02 * (energies[-1] - energies[0])


def test_a_graph_of_unequal_bands():
    levels = np.array([120, 90, 150, 60])
    edges = [(0, 1), (1, 2), (2, 0), (2, 3)]
    system = System(levels, np.array([0.0, 0.01, -0.01, 0.0]), edges, np.full(4, 4e-4))
    model = Model.draw(system, 0.05, seed=3)
    lo, hi = spectral_interval(model, (model.dimension, 1), 2000.0)
    energies = np.linalg.eigvalsh(model.dense())
    assert lo <= energies[0] and energies[-1] <= hi
    assert hi - lo <= 1.02 * (energies[-1] - energies[0])


def test_small_models_take_the_dense_eigenvalues():
    model = Model.from_parameters(SimulationParameters(sites=3, levels=40, lam=1e-3))
    lo, hi = spectral_interval(model, (120, 1), 100.0)
    energies = np.linalg.eigvalsh(model.dense())
    assert lo <= energies[0] and energies[-1] <= hi
    assert (hi - lo) - (energies[-1] - energies[0]) <= 1e-8 * (energies[-1] - energies[0]) + 1e-14


def test_the_same_interval_every_time():
    model = Model.from_parameters(SimulationParameters(sites=4, levels=100, lam=2e-4))
    first = spectral_interval(model, (400, 1), 5000.0)
    assert spectral_interval(model, (400, 1), 5000.0) == first


class Degenerate:
    """H with two distinct eigenvalues: the Krylov space closes after two steps and misses nothing here,
    but Lanczos cannot know that; it must hand over to Weyl's bound."""

    dimension = 400

    def __init__(self) -> None:
        self.diagonal = np.where(np.arange(self.dimension) % 2 == 0, -1.0, 1.0)
        self.weyl_calls = 0

    def apply(self, block, out=None, shift=0.0):
        out = np.empty_like(block) if out is None else out
        np.multiply((self.diagonal - shift)[:, None], block, out=out)
        return out

    def spectral_bounds(self):
        self.weyl_calls += 1
        return -1.5, 1.5

    def dense(self):
        raise AssertionError("not for a large model")


def test_a_closed_krylov_space_falls_back_to_weyl():
    model = Degenerate()
    assert spectral_interval(model, (model.dimension, 1), 100.0) == (-1.5, 1.5)
    assert model.weyl_calls == 1


def test_an_unconverged_run_keeps_the_narrower_of_both(monkeypatch):
    monkeypatch.setattr(spectrum, "MAX_STEPS", 12)  # stops before it can converge
    params = SimulationParameters(sites=6, levels=80, lam=1e-3)
    model = Model.from_parameters(params)
    lo, hi = spectral_interval(model, (480, 1), horizon(params))
    weyl_lo, weyl_hi = model.spectral_bounds()
    energies = np.linalg.eigvalsh(model.dense())
    assert weyl_lo <= lo <= energies[0] and energies[-1] <= hi <= weyl_hi


def test_stop_is_honoured():
    model = Model.from_parameters(SimulationParameters(sites=4, levels=100, lam=2e-4))
    assert spectral_interval(model, (400, 1), 1e6, stop=lambda: True) is None
