"""The study "Where diffusion ends" (physics/diffusion_range.py, docs/physics.md §5): HAM's mode rates against
the eigenvalues of the rate equations, the e-fold fit on known curves, the limits, and exact runs over seeds."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourier_gui.execution.sweep_runner import run_point
from fourier_gui.physics import transport
from fourier_gui.physics.diffusion_range import (
    DiffusionRangeSpec,
    default_modes,
    limits,
    mode_wavelength,
    rate_at_wavelength,
    summarize,
)
from fourier_gui.physics.parameters import ParameterError
from fourier_gui.physics.sweeps import SweepTable


def laplacian(sites: int, ring: bool) -> np.ndarray:
    """The rate equations' matrix dP/dt = −γ·L·P of a chain (free ends) or a ring, built by loops."""
    lap = np.zeros((sites, sites))
    bonds = [(i, i + 1) for i in range(sites - 1)] + ([(sites - 1, 0)] if ring else [])
    for a, b in bonds:
        lap[a, a] += 1
        lap[b, b] += 1
        lap[a, b] -= 1
        lap[b, a] -= 1
    return lap


@pytest.mark.parametrize(("sites", "ring"), [(7, False), (30, False), (8, True), (31, True)])
def test_each_modes_rate_is_an_eigenvalue_of_the_rate_equations_with_the_mode_as_eigenvector(sites, ring):
    gamma = 0.37
    lap = gamma * laplacian(sites, ring)
    eigenvalues = np.linalg.eigvalsh(lap)
    for q in default_modes("ring" if ring else "chain", sites, count=sites):
        rate = rate_at_wavelength(gamma, mode_wavelength(q, sites))
        assert rate == pytest.approx(transport.ham_mode_rate(gamma, q, sites), rel=1e-12)
        assert np.min(np.abs(eigenvalues - rate)) < 1e-12
        mu = np.arange(1, sites + 1)
        mode = np.cos(q * math.pi * (mu - 0.5) / sites)  # the profile of `mode:q`
        np.testing.assert_allclose(lap @ mode, rate * mode, atol=1e-12)


def test_ring_modes_are_even_and_chain_modes_span_the_chain():
    assert all(q % 2 == 0 for q in default_modes("ring", 40))
    chain = default_modes("chain", 40)
    assert chain[0] == 1 and chain[-1] == 39 and list(chain) == sorted(set(chain))


def test_the_e_fold_fit_reads_an_exponential_exactly_and_a_gaussian_start_below_it():
    t = np.linspace(0.0, 10.0, 401)
    assert transport.efold_mode_rate(t, 0.02 * np.exp(-0.7 * t)) == pytest.approx(0.7, rel=1e-12)
    # a mode whose first e-fold is the quadratic start a = e^{−(t/τ)²}: its mean rate over the e-fold is below 1/τ
    gauss = transport.efold_mode_rate(t, np.exp(-((t / 2.0) ** 2)))
    assert 0.5 < gauss * 2.0 < 0.85
    assert transport.efold_mode_rate(t, -np.ones_like(t)) is None


def test_the_limits_sit_where_one_over_gamma_q_meets_the_correlation_and_heisenberg_times():
    gamma, levels, bandwidth = 0.05 * math.pi * 4 / 200, 100, 0.05  # c1 = 2, n = 100: γ = πc1²δε/(2n)
    lim = limits(gamma, levels, bandwidth)
    assert lim.tau_c == pytest.approx(2 * math.pi / bandwidth)
    assert lim.heisenberg == pytest.approx(2 * math.pi * levels / bandwidth)
    assert rate_at_wavelength(gamma, lim.short_wavelength) * lim.tau_c == pytest.approx(1.0, rel=1e-9)
    assert rate_at_wavelength(gamma, lim.long_wavelength) * lim.heisenberg == pytest.approx(1.0, rel=1e-9)
    # γ·t_H = π²c1² whatever n: the long limit is the same for every n at one c1 (physics.md)
    assert limits(gamma / 4, 4 * levels, bandwidth).long_wavelength == pytest.approx(lim.long_wavelength)
    # n = 400 at c1 = 2: 4γτ_c = 4π²c1²/n < 1, no wavelength is short
    assert math.isnan(limits(gamma / 4, 4 * levels, bandwidth).short_wavelength)


@pytest.mark.parametrize(
    ("change", "name"),
    [
        ({"geometry": "ladder"}, "geometry"),
        ({"geometry": "ring", "modes": (3,)}, "modes"),
        ({"modes": (40,)}, "modes"),
        ({"sites": 2}, "sites"),
        ({"c1": 0.0}, "c1"),
        ({"seeds": 0}, "seeds"),
    ],
)
def test_a_bad_study_is_refused_naming_its_field(change, name):
    with pytest.raises(ParameterError) as caught:
        DiffusionRangeSpec(**{"sites": 40, **change}).validated()
    assert caught.value.name == name


def test_the_default_fits_ten_minutes_on_two_cores_by_the_cost_estimate():
    study = DiffusionRangeSpec().validated()
    assert study.estimated_seconds(workers=2) < 600 / 3  # a third of the budget: the estimate is a quiet machine's
    assert len(study.run_seconds()) == len(study.modes_used()) * study.seeds


def _runs(study: DiffusionRangeSpec) -> SweepTable:
    table = SweepTable(study.sweep().validated())
    for run in study.sweep().runs():
        table.add(run_point(run))
    return table


@pytest.mark.parametrize("geometry", ["chain", "ring"])
def test_ham_decays_each_mode_at_its_eigenvalue_and_the_exact_middle_follows_it_over_seeds(geometry):
    """In the diffusive middle (γ_q·τ_c ≈ 0.1, γ_q·t_H ≈ 23) the exact mode loses its first e-fold at
    0.8 … 1.05 of γ_q on every seed; HAM's own a_q(t) at the rate equations' eigenvalue within 1 % (on the
    ring q = 2 is its longest mode, k = 1)."""
    study = DiffusionRangeSpec(geometry, sites=8, levels=200, c1=2.0, samples=2, seeds=3, modes=(2,)).validated()
    (point,) = summarize(study, _runs(study))
    assert point.window == "diffusive" and 0.05 < point.gamma_q_tau_c < 0.2
    assert point.low >= 0.8 and point.high <= 1.05
    ham = _ham_ratio(study, 2)
    assert ham == pytest.approx(1.0, abs=0.01)


def _ham_ratio(study: DiffusionRangeSpec, q: int) -> float:
    from fourier_gui.execution.run import simulate

    params = study.sweep().runs()[0].parameters
    result = simulate(params)
    rate = transport.efold_mode_rate(result.times, result.ham_mode_amplitude)
    eigen = np.linalg.eigvalsh(params.gamma * laplacian(study.sites, study.geometry == "ring"))
    nearest = eigen[np.argmin(np.abs(eigen - transport.ham_mode_rate(params.gamma, q, study.sites)))]
    return rate / nearest


def test_short_wavelengths_decay_clearly_slower_than_gamma_q_over_seeds():
    """N = 12, n = 40, c1 = 2: q = 11 (γ_q·τ_c ≈ 3.9, 'short') loses its first e-fold at well under γ_q on
    every seed, below the diffusive q = 3 of the same seed, and as the quadratic start of eq. (9) says."""
    study = DiffusionRangeSpec(sites=12, levels=40, c1=2.0, samples=2, seeds=3, modes=(3, 11)).validated()
    table = _runs(study)
    middle, short = summarize(study, table)
    assert short.window == "short" and middle.window == "diffusive"
    assert short.high < 0.6
    # the second-order start f(τ) = γτ²/τ_c: a Gaussian first e-fold, fitted at (3/4)·(γ_q·τ_c)^(−1/2) of γ_q
    assert short.median == pytest.approx(0.75 / math.sqrt(short.gamma_q_tau_c), rel=0.1)
    by_seed = {(r.point, r.seed): r.mode_efold_ratio for r in table.rows}
    for seed in range(3):
        assert by_seed[(1, seed)] < by_seed[(0, seed)] - 0.1


@settings(max_examples=60, deadline=None)
@given(
    geometry=st.sampled_from(["chain", "ring", "grid:2x2", ""]),
    sites=st.integers(-5, 2000),
    levels=st.integers(-5, 10**6),
    c1=st.floats(allow_nan=True, allow_infinity=True),
    bandwidth=st.floats(allow_nan=True, allow_infinity=True),
    seeds=st.integers(-2, 2000),
    modes=st.lists(st.integers(-3, 3000), max_size=4),
)
def test_any_study_is_valid_or_refused_with_the_projects_error(geometry, sites, levels, c1, bandwidth, seeds, modes):
    spec = DiffusionRangeSpec(geometry, sites, levels, c1, bandwidth, 1, seeds, tuple(modes))
    try:
        spec.validated()
    except ParameterError as exc:
        assert str(exc)


def test_long_wavelengths_decay_late_slower_than_the_diffusive_middle_over_seeds():
    """N = 20, n = 60, c1 = 1: q = 1 (γ_q·t_H ≈ 0.24, 'long') decays late (fit from τ_c to 20 %) clearly below
    γ_q and below the diffusive q = 6 (γ_q·t_H ≈ 8) of the same seed, on every seed."""
    study = DiffusionRangeSpec(sites=20, levels=60, c1=1.0, samples=2, seeds=3, modes=(1, 6)).validated()
    table = _runs(study)
    long, middle = summarize(study, table)
    assert long.window == "long" and middle.window == "diffusive"
    assert long.tail_high < 0.8
    late = {(r.point, r.seed): r.mode_rate_ratio for r in table.rows}
    for seed in range(3):
        assert late[(0, seed)] < late[(1, seed)] - 0.1
