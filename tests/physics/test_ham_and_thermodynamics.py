"""HAM (eqs. 10–13) against a numerical ODE solution; heat conduction (eq. 16) against derivatives."""

import math

import numpy as np
import pytest
from scipy.integrate import solve_ivp

from fourier_gui.physics.ham import currents, equilibrium, ham_probabilities, path_laplacian
from fourier_gui.physics.parameters import SimulationParameters, hamiltonian_rate
from fourier_gui.physics.thermodynamics import (
    conductivity,
    conductivity_maximum,
    internal_energy,
    local_temperature,
    partition_function,
    specific_heat,
)


def rate_equations(t, p, gamma):
    """Eqs. (11–13) written out site by site: dP_μ/dt = γ(P_{μ−1} − P_μ) + γ(P_{μ+1} − P_μ)."""
    dp = np.zeros_like(p)
    for mu in range(p.size):
        if mu > 0:
            dp[mu] += gamma * (p[mu - 1] - p[mu])
        if mu < p.size - 1:
            dp[mu] += gamma * (p[mu + 1] - p[mu])
    return dp


@pytest.mark.parametrize("p0", [[1, 0, 0], [0.2, 0.5, 0.3], [0, 0, 0, 0, 0, 0, 1], [0.5, 0.5]])
def test_ham_matches_ode_solution(p0):
    gamma = 1.7e-4
    times = np.linspace(0, 30 / gamma, 57)
    sol = solve_ivp(rate_equations, (0, times[-1]), p0, t_eval=times, args=(gamma,), rtol=1e-11, atol=1e-13)
    assert np.max(np.abs(ham_probabilities(p0, gamma, times) - sol.y.T)) <= 1e-8


def test_ham_conserves_and_equilibrates():
    p = ham_probabilities([1, 0, 0, 0, 0], 1.0, np.array([0.0, 1.0, 1e4]))
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-13)
    assert np.allclose(p[0], [1, 0, 0, 0, 0], atol=1e-13)
    assert np.allclose(p[-1], equilibrium(5), atol=1e-12)


def test_laplacian_rows_sum_to_zero_and_current_is_fourier_law():
    assert np.allclose(path_laplacian(6).sum(axis=1), 0.0)
    j = currents(np.array([0.6, 0.3, 0.1]), 2.0)
    assert np.allclose(j, [0.6, 0.4])  # flows downhill, proportional to the difference


def test_gamma_eq10():
    p = SimulationParameters(levels=500, lam=5e-5, bandwidth=0.05)
    assert p.gamma == pytest.approx(2 * np.pi * (5e-5) ** 2 * 500 / 0.05, rel=1e-14)
    assert p.c1 == pytest.approx(1.0) and p.c2 == pytest.approx(5e-4)


def test_conductivity_is_gamma_times_du_dt():
    n, lam, de = 500, 5e-5, 0.05
    t = np.linspace(0.05, 1.5, 40)
    h = 1e-6
    du_dt = (internal_energy(n, t + h) - internal_energy(n, t - h)) / (2 * h)
    assert np.allclose(specific_heat(n, t), du_dt, rtol=1e-6)
    assert np.allclose(conductivity(n, lam, de, t), hamiltonian_rate(n, lam, de) * du_dt, rtol=1e-6)


def test_conductivity_eq16_written_out():
    n, lam, de = 300, 2e-5, 0.04
    t = np.array([0.1, 0.2, 0.7])
    eq16 = 2 * np.pi * lam**2 * n**2 / de * (1 / t) ** 2 * np.exp(-1 / t) / (1 + n * np.exp(-1 / t)) ** 2
    assert np.allclose(conductivity(n, lam, de, t), eq16, rtol=1e-13)


def test_thermodynamic_limits():
    assert internal_energy(500, 1e-3) == pytest.approx(0.0, abs=1e-300)
    assert internal_energy(500, 1e6) == pytest.approx(500 / 501, rel=1e-5)
    assert partition_function(10, 1e9) == pytest.approx(11.0, rel=1e-8)
    t_star, k_star = conductivity_maximum(500, 5e-5, 0.05)
    grid = np.linspace(0.01, 2, 20000)
    k = conductivity(500, 5e-5, 0.05, grid)
    assert k_star >= k.max() * (1 - 1e-9)
    assert abs(t_star - grid[np.argmax(k)]) < 2e-4


def test_local_temperature_inverts_internal_energy():
    t = np.array([0.05, 0.1, 0.3, 1.0, 3.0])
    assert np.allclose(local_temperature(500, internal_energy(500, t)), t, rtol=1e-10)
    assert local_temperature(500, 0.0) == 0.0


def test_local_temperatures_use_each_subunits_own_levels_and_offset():
    """A subunit of n_μ levels at ΔE + Δ_μ (band width δε) in a canonical state at T, its excitation
    probability summed level by level, reads back T (to the band's width over T)."""
    bandwidth, temperature = 1e-3, 0.15
    for levels, offset in [(200, 0.0), (1000, 0.0), (300, 0.2), (50, -0.1)]:
        weight = sum(
            math.exp(-(1.0 + offset - bandwidth / 2 + bandwidth * (i + 0.5) / levels) / temperature)
            for i in range(levels)
        )
        p = weight / (1.0 + weight)
        assert local_temperature(levels, p, 1.0 + offset) == pytest.approx(temperature, rel=1e-4)
        # the global n of the run misreads every subunit that has other levels or another energy
        if (levels, offset) != (200, 0.0):
            assert abs(local_temperature(200, p) - temperature) > 0.005


def test_a_run_saves_the_temperatures_of_each_subunits_own_band():
    from fourier_gui.execution import simulate
    from fourier_gui.physics.parameters import SimulationParameters

    p = SimulationParameters(sites=3, levels=30, site_levels="30,60,90", site_offsets="0,0.01,0.02", t_max_gamma=1.0)
    r = simulate(p.with_changes(lam=0.0005, points=11))
    expected = [
        [(1 + d) / math.log(n * (1 - q) / q) for q, n, d in zip(row, (30, 60, 90), (0, 0.01, 0.02), strict=True)]
        for row in r.exact_mean[1:]
    ]
    np.testing.assert_allclose(r.temperatures[1:], expected, rtol=1e-12)
