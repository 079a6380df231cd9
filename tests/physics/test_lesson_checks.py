"""Lesson steps show what they ask (physics/lesson_checks.py): every expectation of every shipped step, checked on
real runs of the step's own parameters over seeds 0 … 4, and the checks themselves against independent readings.

Why each shipped threshold holds — from the physics, not from fitting today's output (δε = 0.05; one pure state
of a band of n levels fluctuates about HAM's curve by ~1/√n, K samples by ~1/√(nK): typicality):

- `ham_agrees` 0.09 (fig2, n = 500) and 0.1 (n = 200, K = 4 … 8): about 2/√n = 0.089 for one state; 0.1 leaves
  the K-sample runs room for the first window, before the golden rule sets in (t < 2π/δε), where the exact
  decay starts like t² and HAM's like t.
- `ham_departs` 0.25 (ballistic, n = 50, c1 = 0.1): far beyond one state's 1/√50 = 0.14: with under one level in
  the coupling's reach the energy swings between a few states and never takes HAM's rate. 0.3 (strong coupling,
  c2 = 4): see the population below, HAM says P₁(2/γ) = 0.40. 0.1 (c1 = 0.2, K = 8): 4× the K-sample 1/√1600.
- `verdict`: physics/fourier_verdict.py's own judgement, which fails where c1 < 1 and holds where c1 ≥ 1
  (docs/physics.md §5).
- Strong coupling, P₁(γt = 2) ≥ 0.9: at t = 2/γ = 1.6 ħ/ΔE ≪ 1/(λ√n) = 10 the decay is still the short-time
  one, 1 − P₁ ≈ (λ√n·t)² = δε²/(π²λ²n) = 0.025 (γ = 2πλ²n/δε): P₁ ≈ 0.97, while HAM's exponential gives 0.40.
- fig2, P₁(5/γ) in 1/3 ± 2/√500: equipartition over three equal bands; HAM is within 0.003 of 1/3 by then.
- Diffusion (ten sites, c1 = 1): σ² ∝ t^α with α in [0.8, 1.45] for 0.5 ≤ γt ≤ 3, about diffusion's 1 (HAM's
  closed form gives 1.13 there, the chain's closed end adding to 1) and well short of ballistic 2; P₂(1/γ) in
  [0.2, 0.4] (HAM 0.29); P₁₀(3/γ) ≤ 0.03: nine bonds away diffusion has brought next to nothing (HAM ≈ 0).
- Coherent (c1 = 0.2): the first hop is the golden rule's decay (t ≫ 2π/δε = 0.002/γ), so σ² ≈ P₂ grows like
  t at first: α in [0.8, 1.3] over 0.02 ≤ γt ≤ 0.3 (HAM 1.05); past one bond the motion is coherent, α ≥ 1.5
  over 0.4 ≤ γt ≤ 1 — nearer ballistic 2 than diffusive 1 (HAM's closed form 1.12 there); P₆(2/γ) ≥ 0.06,
  where diffusion (HAM's closed form, and the c1 = 2 chain) gives 0.016 and the diffusive step asks ≤ 0.04:
  the energy outruns diffusion.
- Heat sink, P₅(12/γ) in [0.4, 0.62]: heads for n₅/Σn = 1000/1800 = 0.56 (HAM 0.51 at 12/γ), far from 1/5.
- Weak bond (λ/5 between 3 and 4: rate γ/25): P₃(8/γ) in [0.25, 0.4] and P₄(8/γ) ≤ 0.08: the three subunits
  before the bond share the energy (1/3 each), and at γ/25 only ~8/25 of a crossing time has passed.
- Grid from a corner: P₂, P₅(1/γ) in [0.1, 0.3] (HAM 0.16 each); the far corner, six bonds away, ≤ 0.02 at
  1/γ (HAM 0.002) and near 1/16 = 0.0625 by 6/γ (HAM 0.056).
- Ordered chain of six, P₆(8/γ) in [0.06, 0.2]: HAM 0.13 on the way to 1/6. Disordered (bands shifted by up to
  ±1.5 δε or ±2.5 δε): two neighbouring bands of width δε overlap only where their shifts differ by less than
  δε (5/9 of the time at ±1.5 δε, 9/25 at ±2.5 δε), and a bond between bands that do not overlap has no
  level in resonance: no golden-rule rate (HAM's cell rates, docs/physics.md §6). All five bonds open happens
  for (5/9)⁵ ≈ 5 % of seeds, so the far end stays empty (≤ 0.02; P₄(3/γ) ≤ 0.05 at ±2.5 δε) on seeds 0 … 4,
  as HAM's own curves say for each.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from fourier_gui.io.lessons import lesson_names, load_lesson
from fourier_gui.physics.lesson_checks import (
    HamAgrees,
    HamDeparts,
    Population,
    SpreadingExponent,
    Verdict,
    check_all,
    ham_deviation,
    spreading_exponent,
)
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult

SEEDS = (0, 1, 2, 3, 4)


@cache
def run(params: SimulationParameters) -> SimulationResult:
    from fourier_gui.execution import simulate

    result = simulate(params)
    assert result.is_complete
    return result


def _steps_that_run():
    return [
        pytest.param(name, number, id=f"{name}-step{number + 1}")
        for name in lesson_names()
        for number, step in enumerate(load_lesson(name).steps)
        if step.run
    ]


def test_every_step_that_runs_expects_something_and_only_those():
    for name in lesson_names():
        for step in load_lesson(name).steps:
            assert bool(step.expect) == step.run, (name, step.title)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "number"), _steps_that_run())
def test_every_shipped_step_shows_what_it_expects_over_seeds(name, number):
    step = load_lesson(name).steps[number]
    failures = []
    for seed in SEEDS:
        result = run(step.parameters.with_changes(seed=seed))
        failures += [f"seed {seed}: {outcome}" for outcome in check_all(step.expect, result) if not outcome.holds]
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_an_expectation_fails_on_a_step_that_does_not_show_it():
    """The coherent step's expectations on the diffusive step's run, the disordered chain's on the ordered one's."""
    lesson = load_lesson("04-when-fouriers-law-fails")
    diffusive, coherent = lesson.steps[0], lesson.steps[1]
    outcomes = check_all(coherent.expect, run(diffusive.parameters))
    assert [o.holds for o in outcomes] == [False, False, False]  # the verdict, HAM departs, P₆ ahead of diffusion
    ordered, disordered = load_lesson("03-beyond-the-chain").steps[3:5]
    far_end = [e for e in disordered.expect if isinstance(e, Population)]
    assert not any(o.holds for o in check_all(tuple(far_end), run(ordered.parameters)))
    # and the c1 = 2 chain keeps diffusing past the first bond: its α stays under 1.5 over 0.4 ≤ γt ≤ 1
    steep = [e for e in load_lesson("02-fouriers-law").steps[3].expect if isinstance(e, SpreadingExponent)]
    assert [e.from_gamma_t for e in steep] == [0.02, 0.4]
    fourier = load_lesson("02-fouriers-law").steps[2]
    assert not check_all((steep[1],), run(fourier.parameters))[0].holds


# --- the checks against independent readings, on one small run ------------------------------------------
SMALL = SimulationParameters(sites=4, levels=40, lam=0.05 / 80, samples=2, t_max_gamma=3.0, points=61, seed=3)


def test_population_reads_the_sample_mean_at_the_nearest_time():
    result = run(SMALL)
    gt = result.times * result.parameters.gamma
    k = int(np.argmin(abs(gt - 1.3)))
    value = result.exact_samples[k, 1, :].mean()  # the samples averaged here, not the store's mean
    assert Population(2, 1.3, value - 1e-9, value + 1e-9).check(result).holds
    assert not Population(2, 1.3, value + 1e-6, 1.0).check(result).holds
    assert "P_2" in str(Population(2, 1.3, 0, 1).check(result))


def test_spreading_exponent_recovers_a_known_power_law():
    t = np.linspace(0.01, 4, 200)
    for alpha in (1.0, 1.7, 2.0):
        assert spreading_exponent(t, 3.0 * t**alpha, 0.5, 3) == pytest.approx(alpha, abs=1e-9)
    assert np.isnan(spreading_exponent(t, t, 5, 6))  # no point in the window
    result = run(SMALL)
    sites = np.arange(1, 5)
    sigma2 = result.exact_mean @ (sites - result.mu0) ** 2  # σ² from its definition (docs/physics.md §5)
    gt = result.times * result.parameters.gamma
    alpha = np.polyfit(np.log(gt[(gt >= 0.5) & (gt <= 2)]), np.log(sigma2[(gt >= 0.5) & (gt <= 2)]), 1)[0]
    assert SpreadingExponent(0.5, 2, alpha - 1e-6, alpha + 1e-6).check(result).holds


def test_ham_agrees_and_departs_read_the_largest_deviation():
    result = run(SMALL)
    deviation = max(
        abs(a - b)
        for row_a, row_b in zip(result.exact_mean, result.ham, strict=True)
        for a, b in zip(row_a, row_b, strict=True)
    )
    assert ham_deviation(result) == pytest.approx(deviation)
    assert HamAgrees(deviation + 1e-9).check(result).holds and not HamAgrees(deviation - 1e-6).check(result).holds
    assert HamDeparts(deviation - 1e-9).check(result).holds and not HamDeparts(deviation + 1e-6).check(result).holds


def test_verdict_compares_the_runs_own_verdict():
    result = run(SMALL)
    verdict = result.transport.verdict
    assert verdict is not None
    assert Verdict(verdict.verdict).check(result).holds
    assert not Verdict(next(v for v in ("holds", "fails") if v != verdict.verdict)).check(result).holds
