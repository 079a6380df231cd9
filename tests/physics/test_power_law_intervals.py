"""Honest intervals for sweep fits (docs/physics.md §7): whole-seed replicates with Student-t intervals cover
the true exponent as often as they claim on synthetic sweeps whose exponent is known (real sweeps:
tests/benchmarks/sweep_intervals.py)."""

from __future__ import annotations

import numpy as np
import pytest

from fourier_gui.physics.power_law import replicate_power_law

X = np.array([100.0, 200.0, 300.0, 400.0, 500.0])
TRUE_K = -1.0


def test_one_seed_per_point_keeps_the_residual_error():
    runs = (0.06 * X**TRUE_K * np.exp(0.1 * np.random.default_rng(1).standard_normal(X.size)))[:, None]
    law = replicate_power_law(X, runs)
    assert law.method == "residuals" and law.ci95 is None
    assert law.exponent == pytest.approx(np.polyfit(np.log(X), np.log(runs[:, 0]), 1)[0], rel=1e-12)


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
