"""Honest intervals for sweep fits (docs/physics.md §7): the bootstrap over seeds covers the true exponent as often
as it claims, on synthetic sweeps whose exponent is known, and agrees with the scatter of independent sweeps."""

from __future__ import annotations

import numpy as np
import pytest

from fourier_gui.physics.power_law import bootstrap_power_law, fit_power_law

X = np.array([100.0, 200.0, 300.0, 400.0, 500.0])
TRUE_K = -1.0


def synthetic_sweep(rng: np.random.Generator, seeds: int, noise: float = 0.3) -> list[np.ndarray]:
    """D₁² = 0.06·x^k · exp(noise·ε) per seed: independent multiplicative scatter, as between couplings."""
    return [0.06 * x**TRUE_K * np.exp(noise * rng.standard_normal(seeds)) for x in X]


def test_intervals_cover_the_true_exponent_as_often_as_they_claim():
    rng = np.random.default_rng(7)
    laws = [bootstrap_power_law(X, synthetic_sweep(rng, 12), seed=s, resamples=1000) for s in range(300)]
    in68 = np.mean([law.ci68[0] <= TRUE_K <= law.ci68[1] for law in laws])
    in95 = np.mean([law.ci95[0] <= TRUE_K <= law.ci95[1] for law in laws])
    assert 0.58 <= in68 <= 0.78, in68
    assert 0.88 <= in95 <= 0.99, in95
    # the bootstrap error matches the real scatter of the exponent between independent sweeps
    scatter = np.std([law.exponent for law in laws], ddof=1)
    typical = np.median([law.exponent_error for law in laws])
    assert typical == pytest.approx(scatter, rel=0.25)


def test_bootstrap_is_reproducible_bit_for_bit_and_depends_on_its_seed():
    groups = synthetic_sweep(np.random.default_rng(1), 5)
    a, b = bootstrap_power_law(X, groups, seed=3), bootstrap_power_law(X, groups, seed=3)
    assert (a.exponent, a.exponent_error, a.ci68, a.ci95) == (b.exponent, b.exponent_error, b.ci68, b.ci95)
    c = bootstrap_power_law(X, groups, seed=4)
    assert c.ci95 != a.ci95 and c.exponent == a.exponent  # the point estimate does not depend on the resampling
    assert a.resamples >= 1000 and a.method == "bootstrap" and a.ci95[0] < a.ci68[0] < a.ci68[1] < a.ci95[1]


def test_one_seed_per_point_keeps_the_residual_error():
    groups = [np.array([0.06 * x**TRUE_K]) for x in X]
    law = bootstrap_power_law(X, groups)
    assert law.method == "residuals" and law.ci95 is None and law.exponent == pytest.approx(TRUE_K, abs=1e-12)


def test_weighted_fit_matches_numpy_polyfit_with_the_point_spreads():
    groups = synthetic_sweep(np.random.default_rng(2), 6)
    law = bootstrap_power_law(X, groups)
    means = np.array([g.mean() for g in groups])
    sigma = np.array([g.std(ddof=1) / (g.mean() * np.sqrt(g.size)) for g in groups])
    k, log_a = np.polyfit(np.log(X), np.log(means), 1, w=1 / sigma)  # polyfit weights are 1/σ
    assert law.weighted and law.exponent == pytest.approx(k, rel=1e-10)
    assert law.prefactor == pytest.approx(np.exp(log_a), rel=1e-10)


def test_a_noisy_point_weighs_little():
    rng = np.random.default_rng(5)
    groups = [0.06 * x**TRUE_K * np.exp(0.02 * rng.standard_normal(8)) for x in X]
    groups[2] = groups[2] * np.exp(np.linspace(-2.5, 3.5, 8))  # one point far off and widely spread
    weighted = bootstrap_power_law(X, groups)
    unweighted = fit_power_law(X, [g.mean() for g in groups])
    assert abs(weighted.exponent - TRUE_K) < 0.2 * abs(unweighted.exponent - TRUE_K)


def test_the_band_contains_the_fit():
    law = bootstrap_power_law(X, synthetic_sweep(np.random.default_rng(3), 5))
    low, high = law.band(X)
    assert np.all(low < law(X)) and np.all(law(X) < high)


@pytest.mark.parametrize("dof", [1, 2, 3, 4, 5, 9, 30, 200])
@pytest.mark.parametrize("level", [0.95, 0.6827])
def test_student_t_quantiles_match_scipy(level, dof):
    from scipy import stats

    from fourier_gui.physics.power_law import student_t

    assert student_t(level, dof) == pytest.approx(stats.t.ppf(1 - (1 - level) / 2, dof), rel=3e-4)


def replicate_runs(rng: np.random.Generator, seeds: int, noise: float = 0.5) -> np.ndarray:
    """(points, seeds) D₁² with a heavy (log-normal) scatter and a per-seed offset shared by all points of the
    seed, as the real Fig. 3 sweep has both."""
    per_seed = 0.2 * rng.standard_normal(seeds)
    return 0.06 * X[:, None] ** TRUE_K * np.exp(noise * rng.standard_normal((X.size, seeds)) + per_seed[None, :])


@pytest.mark.parametrize("seeds", [3, 5, 8])
def test_seed_replicates_cover_the_true_exponent_with_five_seeds(seeds):
    from fourier_gui.physics.power_law import replicate_power_law

    rng = np.random.default_rng(11)
    laws = [replicate_power_law(X, replicate_runs(rng, seeds)) for _ in range(2000)]
    in68 = np.mean([law.ci68[0] <= TRUE_K <= law.ci68[1] for law in laws])
    in95 = np.mean([law.ci95[0] <= TRUE_K <= law.ci95[1] for law in laws])
    assert 0.64 <= in68 <= 0.72, in68
    assert 0.93 <= in95 <= 0.97, in95
    scatter = np.std([law.exponent for law in laws], ddof=1)
    mean_error = np.mean([law.exponent_error for law in laws])
    assert 0.8 <= mean_error / scatter <= 1.1  # the standard error of a few seeds is biased low by c4(S)


def test_seed_replicates_use_only_whole_seeds_and_draw_a_t_band():
    from fourier_gui.physics.power_law import replicate_power_law

    runs = replicate_runs(np.random.default_rng(4), 5)
    runs[2, 1] = np.nan  # a failed run: seed 1 is not whole
    law = replicate_power_law(X, runs)
    assert law.method == "seed-replicates" and law.resamples == 4
    slopes = [np.polyfit(np.log(X), np.log(runs[:, s]), 1)[0] for s in (0, 2, 3, 4)]
    assert law.exponent == pytest.approx(np.mean(slopes), rel=1e-12)
    assert law.exponent_error == pytest.approx(np.std(slopes, ddof=1) / 2, rel=1e-12)
    low, high = law.band(X)
    assert np.all(low < law(X)) and np.all(law(X) < high)
