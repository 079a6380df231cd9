"""Exact dynamics: Chebyshev against the dense eigendecomposition and against an independent expm reference."""

import numpy as np
import pytest
from scipy.special import jv

from fourier_gui.execution import ExactRun
from fourier_gui.physics import propagation
from fourier_gui.physics.initial_states import initial_block, parse_initial_spec
from fourier_gui.physics.model import Model
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.propagation import bessel_table, chebyshev_chunks, eigen_chunks
from tests.reference import reference_hamiltonian, reference_probabilities

CASES = [
    # sites, levels, ensemble, initial, samples, lam, bandwidth
    (2, 1, "complex", "band:1", 1, 0.02, 0.05),
    (2, 7, "real", "level:2:3", 1, 0.01, 0.1),
    (3, 20, "complex", "band:2", 2, 0.003, 0.05),
    (3, 80, "real", "profile:0.5,0.25,0.25", 1, 0.001, 0.05),
    (4, 10, "complex", "level:1:5", 1, 0.004, 0.2),
    (4, 33, "real", "band:4", 3, 0.002, 0.05),
    (5, 16, "complex", "profile:0.2,0.2,0.2,0.2,0.2", 1, 0.002, 0.03),
    (5, 40, "complex", "band:1", 1, 0.0005, 0.05),
    (6, 5, "real", "band:3", 1, 0.01, 0.5),
    (6, 12, "complex", "profile:1,0,0,0,0,0", 2, 0.003, 0.05),
    (2, 60, "complex", "level:2:60", 1, 0.001, 0.05),
    (3, 3, "real", "band:1", 4, 0.05, 0.9),
]


def _case_parameters(case, **overrides) -> SimulationParameters:
    sites, levels, ensemble, initial, samples, lam, bandwidth = case
    fields = dict(sites=sites, levels=levels, ensemble=ensemble, initial=initial, samples=samples, lam=lam)
    return SimulationParameters(bandwidth=bandwidth, **(fields | overrides)).validated()


def _collect(chunks, times, sites, samples):
    p = np.full((times.size, sites, samples), np.nan)
    for c in chunks:
        p[c.start : c.start + c.times.size] = c.sample_probabilities
    return p


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"N{c[0]}n{c[1]}{c[2][0]}-{c[3]}")
def test_chebyshev_matches_eigen(case):
    sites, levels, _ensemble, initial, samples, _lam, _bandwidth = case
    params = _case_parameters(case, seed=sites * 100 + levels, t_max_gamma=6.0, points=37)
    model = Model.from_parameters(params)
    psi0 = initial_block(parse_initial_spec(initial, sites, levels), model.site_levels, samples, params.seed)
    times = params.output_times()
    # Small windows so that several expansions, empty windows and the ring buffer all take part.
    cheb = _collect(chebyshev_chunks(model, psi0, times, 60, 5, block=4), times, sites, samples)
    eig = _collect(eigen_chunks(model, psi0, times, 7), times, sites, samples)
    assert np.max(np.abs(cheb - eig)) <= 1e-8
    assert np.max(np.abs(cheb.sum(axis=1) - 1.0)) <= 1e-8


@pytest.mark.parametrize("case", CASES[:6], ids=lambda c: f"N{c[0]}n{c[1]}{c[2][0]}")
def test_chebyshev_matches_independent_expm(case):
    sites = case[0]
    params = _case_parameters(case, samples=1, t_max_gamma=3.0, points=6, method="chebyshev")
    run = ExactRun(params)
    list(run.chunks())
    h = reference_hamiltonian(run.model.site_energies[0], run.model.stack)
    ref = reference_probabilities(h, run.psi0[:, 0], run.result.times, sites)
    assert np.max(np.abs(run.result.exact_samples[:, :, 0] - ref)) <= 1e-8


def test_rabi_two_level():
    """N = 2, n = 1: P_2(t) = sin²(|B| t) for a single coupling B."""
    params = SimulationParameters(sites=2, levels=1, lam=0.01, t_max=2000.0, points=101, method="chebyshev")
    run = ExactRun(params)
    list(run.chunks())
    b = abs(run.model.blocks[0][0, 0])
    expected = np.sin(b * run.result.times) ** 2
    assert np.max(np.abs(run.result.exact[:, 1] - expected)) <= 1e-10


def test_underestimated_spectrum_is_recovered(monkeypatch):
    """If the spectral interval is too narrow the expansion diverges; the guard must widen it."""
    params = SimulationParameters(sites=3, levels=30, lam=0.003, t_max_gamma=4.0, points=11)
    model = Model.from_parameters(params)
    psi0 = initial_block(parse_initial_spec("band:1", 3, 30), model.site_levels, 1, 0)
    times = params.output_times()
    good = _collect(eigen_chunks(model, psi0, times, 11), times, 3, 1)
    lo, hi = model.spectral_bounds()
    monkeypatch.setattr(propagation, "spectral_interval", lambda *args: (0.5 * lo, 0.5 * hi))
    bad = _collect(chebyshev_chunks(model, psi0, times, 400, 11, block=8), times, 3, 1)
    assert np.max(np.abs(bad - good)) <= 1e-8


def test_bessel_table_against_scipy():
    x = np.array([0.0, 1e-6, 0.3, 2.0, 17.5, 250.0, 999.9])
    terms = 1100
    assert np.max(np.abs(bessel_table(x, terms) - jv(np.arange(terms)[None, :], x[:, None]))) <= 1e-13


def test_checkpoint_stops_early_and_rows_stream_within_a_window():
    # about 4000 products in one window: rows must come out long before its end
    params = SimulationParameters(sites=3, levels=40, lam=0.002, t_max_gamma=2000.0, points=50, method="chebyshev")
    run = ExactRun(params)
    calls = []

    def checkpoint():
        calls.append(1)
        return len(calls) >= 40

    chunks = list(run.chunks(checkpoint))
    assert len(calls) == 40
    assert len(chunks) >= 2  # streamed in pieces
    assert not run.result.is_complete
    done = run.result.completed
    assert 0 < done < 50
    assert np.all(np.isfinite(run.result.exact_samples[:done]))
    assert np.all(np.isnan(run.result.exact_samples[done:]))
    full = ExactRun(params)
    list(full.chunks())
    np.testing.assert_allclose(run.result.exact[:done], full.result.exact[:done], atol=1e-12)


def test_ensemble_keeps_samples_and_averages():
    params = SimulationParameters(sites=3, levels=30, lam=0.002, samples=5, t_max_gamma=2.0, points=9)
    run = ExactRun(params)
    list(run.chunks())
    s = run.result.exact_samples
    assert s.shape == (9, 3, 5)
    assert np.allclose(run.result.exact, s.mean(axis=2))
    # the samples are different states, so their curves differ
    assert np.ptp(s[-1, 0, :]) > 1e-4


@pytest.mark.parametrize("x", [0.0, 0.7, 12.0, 300.0, 2500.0])
def test_bessel_cutoff_against_scipy(x):
    from fourier_gui.physics.propagation import bessel_cutoff

    k = bessel_cutoff(x)
    orders = np.arange(k, k + 40)
    assert np.all(np.abs(jv(orders, x)) < 1e-15)  # nothing significant is cut
    assert abs(jv(k - 3, x)) > 1e-18 or x == 0.0  # and the cut is not far beyond what is needed
