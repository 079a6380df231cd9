"""The closed forms the window shows before a run come from the run model's preview, made once per change of
parameters: κ(T) = γ·c(T) (eq. 16) against a finite difference of u(T), and the band's levels."""

import numpy as np
import pytest

from fourier_gui.engine.run_model import RunModel
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.thermodynamics import internal_energy

P = SimulationParameters(sites=4, levels=30, lam=7e-4, bandwidth=0.05)


@pytest.fixture
def preview_model(qtbot):
    m = RunModel()
    yield m
    m.shutdown()


def test_the_preview_follows_the_parameters(preview_model):
    assert preview_model.preview is None
    preview_model.set_parameters(P)
    first = preview_model.preview
    assert first is not None and first.parameters == P
    preview_model.set_parameters(P)
    assert preview_model.preview is first  # the same parameters: made once
    preview_model.set_parameters(P.with_changes(levels=60))
    assert preview_model.preview is not first and preview_model.preview.parameters.levels == 60
    assert preview_model.preview_for(P).parameters == P  # other parameters (a loaded result's): made on demand
    preview_model.set_parameters(None)
    assert preview_model.preview is None


def test_the_previewed_conductivity_is_gamma_times_du_dt(preview_model):
    preview_model.set_parameters(P)
    curve = preview_model.preview.conductivity
    t, h = curve.temperatures, 1e-5
    du_dt = (internal_energy(P.levels, t + h) - internal_energy(P.levels, t - h)) / (2 * h)
    gamma = 2 * np.pi * P.lam**2 * P.levels / P.bandwidth  # eq. (10), written out
    np.testing.assert_allclose(curve.kappa, gamma * du_dt, rtol=1e-6, atol=1e-9 * curve.kappa.max())
    np.testing.assert_allclose(curve.specific_heat, du_dt, rtol=1e-6, atol=1e-9 * du_dt.max())
    # the marked maximum is the curve's: at least every sampled value, and where a finer grid puts it
    assert curve.peak_kappa >= curve.kappa.max() * (1 - 1e-12)
    fine = np.linspace(0.01, 1.0, 200_001)
    energy = internal_energy(P.levels, fine)
    kappa = gamma * np.gradient(energy, fine)
    assert curve.peak_temperature == pytest.approx(fine[np.argmax(kappa)], abs=2e-5)


def test_the_previewed_levels_fill_the_band(preview_model):
    preview_model.set_parameters(P)
    energies = preview_model.preview.level_energies
    assert energies.shape == (P.levels,)
    spacing = np.diff(energies)
    np.testing.assert_allclose(spacing, P.bandwidth / P.levels, rtol=1e-12)
    assert energies.mean() == pytest.approx(1.0, abs=1e-12)  # centred on the gap ΔE = 1
    assert energies[-1] - energies[0] == pytest.approx(P.bandwidth * (1 - 1 / P.levels), rel=1e-12)
    assert not energies.flags.writeable  # a shared preview nobody may change


@pytest.mark.parametrize(
    ("initial", "expected"),
    [("band:1", [1, 0, 0, 0]), ("band:3", [0, 0, 1, 0]), ("profile:0.5,0.25,0.25,0", [0.5, 0.25, 0.25, 0])],
)
def test_the_preview_says_where_the_energy_starts(initial, expected):
    """Before the first run the level diagram showed P = 0.00 everywhere though the energy starts in subunit 1."""
    from fourier_gui.engine.run_preview import run_preview

    preview = run_preview(SimulationParameters(sites=4, levels=30, initial=initial))
    np.testing.assert_allclose(preview.initial_populations, expected)
    assert not preview.initial_populations.flags.writeable
