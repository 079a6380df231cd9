"""Currents, the Fourier-law fit, κ_meas, spreading and modes (docs/physics.md §5) against independent
results: continuity from H·ψ, a dense reference built by loops, HAM's closed forms and eq. (16)."""

import math

import numpy as np
import pytest
import scipy.linalg

from fourier_gui.execution import ExactRun, simulate
from fourier_gui.physics import transport
from fourier_gui.physics.ham import ham_probabilities
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.thermodynamics import local_temperature
from tests.reference import reference_band_energies, reference_couplings, reference_currents, reference_hamiltonian

SMALL = SimulationParameters(sites=4, levels=12, lam=0.004, bandwidth=0.05, t_max_gamma=3.0, points=7)


def _states(run: ExactRun, times: np.ndarray) -> np.ndarray:
    """ψ(t) for each time by SciPy's expm of the model's own dense H: (m, D, K)."""
    h = run.model.dense()
    return np.stack([scipy.linalg.expm(-1j * h * t) @ run.psi0 for t in times])


@pytest.mark.parametrize("ensemble", ["complex", "real"])
def test_continuity_from_h_psi(ensemble):
    run = ExactRun(SMALL.with_changes(ensemble=ensemble, samples=3))
    states = _states(run, np.array([0.0, 40.0, 300.0, 900.0]))
    j = transport.bond_currents(run.model, states)  # (m, N−1, K)
    rate = transport.population_derivative(run.model, states)  # from H·ψ
    padded = np.concatenate([np.zeros_like(j[:, :1]), j, np.zeros_like(j[:, :1])], axis=1)
    np.testing.assert_allclose(rate, padded[:, :-1] - padded[:, 1:], rtol=0, atol=1e-10)
    assert np.max(np.abs(j[1:])) > 1e-4  # currents flow: the check is not 0 = 0


@pytest.mark.parametrize("method", ["eigen", "chebyshev"])
def test_run_currents_match_a_dense_reference_built_by_loops(method):
    p = SMALL.with_changes(method=method, samples=2)
    run = ExactRun(p)
    for _ in run.chunks():
        pass
    h = reference_hamiltonian(
        reference_band_energies(p.levels, p.bandwidth),
        p.lam * reference_couplings(p.sites, p.levels, p.seed, "complex"),
    )
    for s in range(p.samples):
        expected = reference_currents(h, run.psi0[:, s], run.result.times, p.sites)
        np.testing.assert_allclose(run.result.current_samples[:, :, s], expected, rtol=0, atol=1e-9)
    np.testing.assert_allclose(run.result.currents, run.result.current_samples.mean(axis=2))


def test_ham_currents_obey_ham_continuity():
    gamma, times = 0.01, np.linspace(0, 300, 31)
    p0 = np.array([0.7, 0.2, 0.1, 0.0, 0.0])
    ham = ham_probabilities(p0, gamma, times)
    j = transport.ham_currents(ham, gamma, [(mu, mu + 1) for mu in range(4)])
    laplacian = np.diag([1, 2, 2, 2, 1]) - np.eye(5, k=1) - np.eye(5, k=-1)
    rate = -gamma * ham @ laplacian.T  # dP/dt = −γ·L·P, the closed form's own equation
    padded = np.pad(j, ((0, 0), (1, 1)))
    np.testing.assert_allclose(rate, padded[:, :-1] - padded[:, 1:], atol=1e-15)


def test_fourier_fit_recovers_a_linear_law_and_its_quality():
    rng = np.random.default_rng(3)
    times = np.linspace(0, 100, 50)
    p = np.abs(rng.normal(0.3, 0.1, (50, 5)))
    step = p[:, :-1] - p[:, 1:]
    bonds = [(mu, mu + 1) for mu in range(4)]
    exact = transport.fourier_fit(times, 0.02 * step, p, gamma=0.025, bandwidth=10.0, edges=bonds)
    assert exact is not None and exact.gamma_ratio == pytest.approx(0.8) and exact.r2 == pytest.approx(1.0)
    j = 0.02 * step + rng.normal(0, 0.004, step.shape)
    noisy = transport.fourier_fit(times, j, p, 0.025, 10.0, bonds)
    late = times >= max(0.2 / 0.025, 4 * math.pi / 10.0)  # t_fit
    x, y = step[late].ravel(), j[late].ravel()
    slope = np.linalg.lstsq(x[:, None], y, rcond=None)[0][0]
    r2 = 1 - np.sum((y - slope * x) ** 2) / np.sum((y - y.mean()) ** 2)
    assert noisy is not None and noisy.gamma_fit == pytest.approx(slope) and noisy.r2 == pytest.approx(r2)
    assert noisy.r2 < 0.9 and not noisy.holds
    assert transport.fourier_fit(times[:2], step[:2], p[:2], 0.025, 10.0, bonds) is None


def test_spreading_from_the_centre_is_2_gamma_t_early_and_the_flat_value_late():
    gamma, sites = 0.01, 9
    p0 = np.zeros(sites)
    p0[4] = 1.0
    times = np.array([0.0, 0.5, 1.0, 5e4])
    sigma2 = transport.spreading(ham_probabilities(p0, gamma, times), mu0=5.0)
    np.testing.assert_allclose(sigma2[1:3], 2 * gamma * times[1:3], rtol=0.02)
    assert sigma2[3] == pytest.approx(np.sum((np.arange(1, 10) - 5.0) ** 2) / sites, rel=1e-6)
    early = np.array([0.25, 0.5, 1.0])
    alpha = transport.local_exponent(early, transport.spreading(ham_probabilities(p0, gamma, early), 5.0))
    np.testing.assert_allclose(alpha, 1.0, atol=0.02)


def test_ballistic_spreading_has_exponent_two():
    times = np.linspace(0.1, 10, 40)
    alpha = transport.local_exponent(times, 0.3 * times**2)
    np.testing.assert_allclose(alpha, 2.0, atol=1e-9)


def test_ham_mode_decays_at_gamma_q():
    gamma, sites, q = 0.02, 10, 3
    weights = 1 / sites + 0.05 * transport.mode_profile(sites, q)
    times = np.linspace(0, 60, 61)
    a = transport.mode_amplitude(ham_probabilities(weights, gamma, times), q)
    np.testing.assert_allclose(a, 0.05 * np.exp(-transport.ham_mode_rate(gamma, q, sites) * times), atol=1e-12)
    assert transport.fit_mode_rate(times, a) == pytest.approx(transport.ham_mode_rate(gamma, q, sites), rel=1e-6)


def test_mode_rate_is_fitted_past_the_quadratic_start():
    """a_q(t) = 1 − rate·t²/(2τ) until τ, then the exponential it joins smoothly: the fit from τ on gives the
    rate exactly, the fit from t = 0 (through the τ² start) does not."""
    rate, tau = 0.01, 50.0
    times = np.linspace(0, 300, 301)
    late = np.exp(-rate * (times - tau / 2)) * (1 - rate * tau / 2) / np.exp(-rate * tau / 2)
    a = np.where(times < tau, 1 - rate * times**2 / (2 * tau), late)
    assert transport.fit_mode_rate(times, a, start=tau) == pytest.approx(rate, rel=1e-9)
    assert abs(transport.fit_mode_rate(times, a) / rate - 1) > 0.02


@pytest.mark.parametrize(("q", "sites"), [(1, 10), (5, 10), (1, 4)])
def test_a_mode_run_lasts_until_hams_mode_falls_to_the_floor(q, sites):
    gamma = 0.01
    t_max = transport.mode_run_length(q, sites) / gamma
    profile = 1 / sites + 0.05 * transport.mode_profile(sites, q)
    a = transport.mode_amplitude(ham_probabilities(profile, gamma, np.array([0.0, t_max / 1.25, t_max])), q)
    np.testing.assert_allclose(a[1] / a[0], transport.MODE_FLOOR, rtol=1e-9)
    assert a[2] / a[0] < transport.MODE_FLOOR


@pytest.mark.parametrize("sites", [3, 10])
def test_measured_conductivity_of_ham_is_eq_16(sites):
    """HAM's data pushed through the same binning: HAM obeys J = γ·ΔP, so κ_meas must be κ(T) = γ·c(T) of
    eq. (16) within 3 %, also for the large steps of three sites started on the first, where the secant
    J/ΔT at the mean temperature misses by more."""
    levels, lam, bandwidth = 500, 5e-5, 0.05
    gamma = 2 * math.pi * lam**2 * levels / bandwidth
    start = np.eye(sites)[0] if sites == 3 else 1 / sites + 0.3 / sites * transport.mode_profile(sites, 1)
    times = np.linspace(0, 5 / gamma, 201)
    ham = ham_probabilities(start, gamma, times)
    bonds = [(mu, mu + 1) for mu in range(sites - 1)]
    currents = transport.ham_currents(ham, gamma, bonds)
    t_fit = 0.2 / gamma
    bins = transport.measured_conductivity(times, currents, ham, t_fit, bonds, np.full(sites, levels))
    assert bins.temperature.size >= 5
    expected = transport.hopping_conductivity(levels, lam, bandwidth, bins.temperature)
    np.testing.assert_allclose(bins.median, expected, rtol=0.03)
    if sites == 3:  # what κ_meas read before: the secant J/ΔT at the mean temperature
        t = local_temperature(levels, ham)[times >= t_fit]
        secant = currents[times >= t_fit] / (t[:, :-1] - t[:, 1:])
        kappa = transport.hopping_conductivity(levels, lam, bandwidth, 0.5 * (t[:, :-1] + t[:, 1:]))
        assert np.nanmax(np.abs(secant / kappa - 1)) > 0.05


def test_exact_diffusive_run_obeys_fouriers_law_and_a_coherent_one_does_not():
    """The reference figures of docs/physics.md §5 (N = 5, n = 150, K = 8, to 3/γ): c1 = 2 gives
    γ_fit/γ ≈ 0.93 with R² ≈ 0.97; c1 = 0.2 gives R² ≈ 0.27."""
    base = SimulationParameters(sites=5, levels=150, bandwidth=0.05, samples=8, t_max_gamma=3.0, points=121)
    diffusive = simulate(base.with_changes(lam=2 * 0.05 / 300)).transport.fourier
    coherent = simulate(base.with_changes(lam=0.2 * 0.05 / 300)).transport.fourier
    assert diffusive is not None and coherent is not None
    assert diffusive.holds and 0.8 < diffusive.gamma_ratio < 1.1 and diffusive.r2 > 0.9
    assert not coherent.holds and coherent.r2 < 0.6
