"""Criteria (eq. 14), D₁² (eq. 15) and f(τ) (eq. 9) against closed forms."""

import numpy as np
import pytest

from fourier_gui.physics.analysis import (
    correlation_function,
    correlation_slope,
    d1_squared,
    fit_decay_rate,
)
from fourier_gui.physics.criteria import diffusion_criteria
from fourier_gui.physics.ham import ham_probabilities
from fourier_gui.physics.model import Model
from fourier_gui.physics.parameters import SimulationParameters


def test_criteria_verdicts():
    fig2 = diffusion_criteria(500, 5e-5, 0.05)
    assert fig2.c1 == pytest.approx(1.0) and fig2.c2 == pytest.approx(5e-4)
    assert (fig2.c1_verdict, fig2.c2_verdict, fig2.verdict) == ("met", "met", "met")
    assert diffusion_criteria(50, 5e-5, 0.05).c1_verdict == "violated"
    assert diffusion_criteria(100, 0.004, 0.05).c2_verdict == "marginal"  # c2 = 0.64
    strong = diffusion_criteria(100, 0.01, 0.05)
    assert strong.c2 == pytest.approx(4.0) and strong.verdict == "violated"


def test_d1_squared_closed_forms():
    gamma = 2e-3
    t = np.linspace(0, 5 / gamma, 2001)
    assert d1_squared(t, np.full_like(t, 0.3), np.full_like(t, 0.5), gamma) == pytest.approx(0.04, rel=1e-12)
    # (γ/5)∫₀^{5/γ} (γt/5)² dt = 1/3
    assert d1_squared(t, np.zeros_like(t), gamma * t / 5, gamma) == pytest.approx(1 / 3, rel=1e-5)
    with pytest.raises(ValueError, match="5/γ"):
        d1_squared(t[:1000], t[:1000], t[:1000], gamma)


def _block(levels=200, lam=1e-4, seed=3):
    p = SimulationParameters(sites=2, levels=levels, lam=lam, seed=seed)
    return Model.from_parameters(p).blocks[0], p


def test_correlation_function_short_times_grow_quadratically():
    b, p = _block()
    tau = np.array([1e-3, 2e-3])
    # (1 − cos ωτ)/ω² → τ²/2 for ωτ ≪ 1: f → (1/n) Σ |B|² τ²
    expected = (np.abs(b) ** 2).sum() / p.levels * tau**2
    assert np.allclose(correlation_function(b, p.bandwidth, tau), expected, rtol=1e-6)


def test_correlation_slope_is_derivative():
    b, p = _block(levels=60)
    tau = np.array([10.0, 300.0, 2000.0])
    h = 1e-3
    numeric = (correlation_function(b, p.bandwidth, tau + h) - correlation_function(b, p.bandwidth, tau - h)) / (2 * h)
    assert np.allclose(correlation_slope(b, p.bandwidth, tau), numeric, rtol=1e-6)


def test_correlation_function_written_out_for_small_n():
    b, p = _block(levels=5)
    eps = np.array([1 - p.bandwidth / 2 + p.bandwidth * (i - 0.5) / 5 for i in range(1, 6)])
    tau = 77.0
    total = 0.0
    for j in range(5):
        for i in range(5):
            w = eps[j] - eps[i]
            total += abs(b[j, i]) ** 2 * ((1 - np.cos(w * tau)) / w**2 if w != 0 else tau**2 / 2)
    assert correlation_function(b, p.bandwidth, np.array([tau]))[0] == pytest.approx(2 / 5 * total, rel=1e-12)


def test_late_slope_of_f_is_gamma_at_fig2():
    """docs/physics.md §1: f's long-time slope is γ (within 3 %) for the Fig. 2 parameters."""
    p = SimulationParameters(sites=2, levels=500, lam=5e-5, bandwidth=0.05, seed=0)
    b = Model.from_parameters(p).blocks[0]
    tau = np.array([3000.0, 6000.0])
    f = correlation_function(b, p.bandwidth, tau)
    slope = (f[1] - f[0]) / (tau[1] - tau[0])
    assert slope == pytest.approx(p.gamma, rel=0.03)


def test_fit_decay_rate_recovers_known_rate():
    t = np.linspace(0, 4000, 120)
    truth = ham_probabilities([1, 0, 0, 0], 7.3e-4, t)
    rng = np.random.default_rng(0)
    noisy = truth + 1e-3 * rng.standard_normal(truth.shape)
    assert fit_decay_rate(t, noisy, [1, 0, 0, 0], 1e-3) == pytest.approx(7.3e-4, rel=0.01)


def test_fit_decay_rate_minimizes_the_misfit_of_the_populations_themselves():
    """The fit works in the Laplacian's modes; SciPy, minimizing Σ(P_HAM(γ) − P)² of the populations
    directly, finds the same rate."""
    from scipy.optimize import minimize_scalar

    t = np.linspace(0, 3000, 60)
    start = np.array([0.5, 0.3, 0.0, 0.2, 0.0, 0.0])
    rng = np.random.default_rng(4)
    noisy = ham_probabilities(start, 5e-4, t) + 0.02 * rng.standard_normal((t.size, 6))
    direct = minimize_scalar(
        lambda lr: np.sum((ham_probabilities(start, np.exp(lr), t) - noisy) ** 2),
        bounds=(np.log(1e-5), np.log(1e-2)),
        method="bounded",
        options={"xatol": 1e-10},
    )
    assert fit_decay_rate(t, noisy, start, 1e-3) == pytest.approx(np.exp(direct.x), rel=1e-6)


def test_bounded_minimizer_against_closed_forms():
    from fourier_gui.physics.optimize import minimize_bounded

    assert minimize_bounded(lambda x: (x - 0.3) ** 2, -2.0, 5.0) == pytest.approx(0.3, abs=1e-7)
    assert minimize_bounded(lambda x: np.cosh(x - 1.5), 0.0, 1.0) == pytest.approx(1.0, abs=1e-9)  # at the bound
    # a smooth minimum is located to about √ε ≈ 1.5e-8 by comparing values (Brent's method alike)
    assert minimize_bounded(lambda x: -np.sin(x), 0.0, 3.0) == pytest.approx(np.pi / 2, abs=1e-7)


def test_the_diffusive_window_compares_the_correlation_time_with_the_relaxation_time():
    """(2π/δε)·γ = 4π²·c2, computed here from γ and δε directly: the c1 = 5, n = 150 chain has c2 = 0.042
    (met by c2 alone) but no diffusive window; Fig. 2's is wide open."""
    lam, n, width = 5 * 0.05 / 300, 150, 0.05
    strong = diffusion_criteria(n, lam, width)
    gamma = 2 * np.pi * lam**2 * n / width
    assert strong.window == pytest.approx((2 * np.pi / width) * gamma, rel=1e-12)
    assert strong.c2_verdict == "met" and strong.window_verdict == "violated" and strong.verdict == "violated"
    assert diffusion_criteria(500, 5e-5, 0.05).window_verdict == "met"


def test_thresholds_forgive_the_rounding_of_typed_values():
    """λ typed to 17 digits gives c1 = 0.9999999999999999 at n = 150: that is c1 = 1, met."""
    crit = diffusion_criteria(150, 1.6666666666666667e-4, 0.05)
    assert crit.c1 < 1.0 and crit.c1_verdict == "met"
    assert diffusion_criteria(150, 1.6e-4, 0.05).c1_verdict == "violated"  # c1 = 0.96 is not
