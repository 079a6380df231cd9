"""Never silent garbage: γ, 1/γ, c1, c2, ‖H‖, t_max and a·t_max are checked before a
run, with one line naming the parameter and the range that works; a run whose numbers turn non-finite
stops with one line (exit 2); `max_norm_error` tells the truth."""

from __future__ import annotations

import math

import numpy as np
import pytest

from fourier_gui.cli import main
from fourier_gui.execution import ExactRun, simulate
from fourier_gui.execution.finite import NumbersNotFinite
from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.propagation import Chunk, bessel_table
from fourier_gui.physics.scales import MAX_PRODUCTS, SCALE_HIGH, SCALE_LOW

#: The command lines of the issue that ran into NaN, inf or a raw exception, and the option each names.
GARBAGE = [
    (["--lam", "1e152"], "--lam"),  # γ = inf, every t = 0
    (["--disorder", "1e308"], "--disorder"),  # ‖H‖ overflows
    (["--sites", "4", "--bond-lam", "1e-3,1e-3,1e308"], "--bond-lam"),
    (["--lam", "1e-200"], "--lam"),  # γ = 0: ZeroDivisionError
    (["--bandwidth", "1e-169"], "--bandwidth"),  # δε² = 0: ZeroDivisionError
    (["--lam", "3.47e201", "--disorder", "889"], "--lam"),  # LinAlgError
    (["--lam", "1e-100"], "--t-max-gamma"),  # 2e194 products
    (["--t-max-gamma", "1e300"], "--t-max-gamma"),  # t_max = 6e303
    (["--edges-text", "1,2,1e200;2,3"], "--edges"),
]


@pytest.mark.parametrize(("extra", "option"), GARBAGE, ids=[" ".join(g[0]) for g in GARBAGE])
def test_scales_out_of_range_exit_2_naming_the_option_and_the_range(tmp_path, capsys, extra, option):
    if extra[0] == "--edges-text":  # an edge list file whose λ is out of range
        edges = tmp_path / "edges.csv"
        edges.write_text(extra[1].replace(";", "\n"), encoding="utf-8")
        extra = ["--edges", str(edges)]
    out = tmp_path / "x.csv"
    assert main(["simulate", *extra, "--csv", str(out), "--json", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{option}:" in err and "allowed:" in err, err
    assert "nan" not in err.split("allowed:")[1].split(";")[0], err  # the range itself is numbers
    assert not out.exists()


def test_the_range_quoted_for_lam_works_at_both_ends_and_fails_beyond():
    """The usable range in the message is the true one: its ends validate, a step beyond does not."""
    params = SimulationParameters(lam=1e152, t_max=1e-3, t_max_gamma=None)
    with pytest.raises(ParameterError) as caught:
        params.validated()
    low, high = (float(v) for v in caught.value.allowed.split(" with ")[0].split(" ≤ λ ≤ "))
    for lam in (low, high):
        SimulationParameters(lam=lam, t_max=1e-200, t_max_gamma=None).validated()
    for lam in (low / 1.01, high * 1.01):
        with pytest.raises(ParameterError, match="lam"):
            SimulationParameters(lam=lam, t_max=1e-200, t_max_gamma=None).validated()


def test_every_derived_scale_of_an_accepted_run_is_a_normal_finite_number():
    """Across decades of λ, δε and t_max, what validation accepts has γ, 1/γ, c1, c2 and t_max inside
    the usable range and at most MAX_PRODUCTS products; what it refuses is refused by name."""
    for lam in (1e-130, 1e-60, 1e-5, 1e40, 1e99):
        for bandwidth in (1e-150, 1e-20, 0.05, 0.99):
            for t_max_gamma in (1e-200, 5.0, 1e200):
                p = SimulationParameters(lam=lam, bandwidth=bandwidth, t_max_gamma=t_max_gamma)
                try:
                    p.validated()
                except ParameterError as exc:
                    assert exc.name in ("lam", "bandwidth", "t_max_gamma") and "allowed" not in exc.name
                    continue
                for value in (p.gamma, 1 / p.gamma, p.c1, p.c2, p.resolved_t_max):
                    assert math.isfinite(value) and SCALE_LOW <= value <= SCALE_HIGH, (lam, bandwidth, value)
                a = bandwidth / 2 + 4 * lam * math.sqrt(p.levels)
                assert a * p.resolved_t_max <= MAX_PRODUCTS


def test_huge_coupling_runs_to_the_true_answer_instead_of_nan(tmp_path):
    """λ = 1e90 (before: 200 rows of NaN with max_norm_error 0.0): a·t_max ≈ 1e-92, so nothing moves in
    the run's time; the Bessel series gives exactly that, and the norm error is the true one."""
    params = SimulationParameters(levels=100, lam=1e90, method="chebyshev", points=5).validated()
    result = simulate(params)
    assert np.isfinite(result.exact_samples).all()
    assert np.allclose(result.exact_mean[:, 0], 1.0, atol=1e-12)
    assert result.max_norm_error < 1e-12


def test_bessel_functions_of_tiny_arguments_follow_their_series():
    x = np.array([1e-100, 1e-60, 1e-25])
    table = bessel_table(x, 4)
    expected = np.column_stack([np.ones(3), x / 2, x**2 / 8, x**3 / 48])
    assert np.isfinite(table).all()
    np.testing.assert_allclose(table, expected, rtol=1e-15)


def _poisoned(stream):
    """The chunks of a run, the second of them turned to NaN (as an overflow inside H·ψ would)."""
    for index, chunk in enumerate(stream):
        if index == 1:
            chunk = Chunk(chunk.start, chunk.times, np.full_like(chunk.sample_probabilities, np.nan), 1.0)
        yield chunk


def test_a_run_whose_numbers_turn_non_finite_stops_with_one_line(tmp_path, monkeypatch, capsys):
    import fourier_gui.execution.run as run_module

    original = run_module.eigen_chunks
    monkeypatch.setattr(run_module, "eigen_chunks", lambda *a, **k: _poisoned(original(*a, **k)))
    monkeypatch.setattr(run_module, "_eigen_chunk_outputs", lambda p: 2)
    out = tmp_path / "x.csv"
    argv = ["simulate", "--sites", "2", "--levels", "10", "--points", "8", "--method", "eigen", "--quiet"]
    assert main([*argv, "--csv", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "non-finite" in err and "Traceback" not in err, err
    assert not out.exists()


def test_a_failing_eigensolver_is_one_line(monkeypatch):
    import fourier_gui.execution.run as run_module

    def fail(*args, **kwargs):
        raise np.linalg.LinAlgError("Eigenvalues did not converge")
        yield

    monkeypatch.setattr(run_module, "eigen_chunks", fail)
    run = ExactRun(SimulationParameters(sites=2, levels=10, points=4, method="eigen"))
    with pytest.raises(NumbersNotFinite, match="eigensolver"):
        list(run.chunks())


def test_max_norm_error_keeps_a_nan(monkeypatch):
    """A NaN norm error is the truth about the run, never 0.0 (Python's max drops a NaN)."""
    from fourier_gui.physics.simulation import SimulationResult, store_chunk

    params = SimulationParameters(sites=2, levels=4, points=4).validated()
    result = SimulationResult.empty(params, "eigen")
    probabilities = np.full((2, 2, 1), np.nan)
    store_chunk(result, Chunk(0, result.times[:2], probabilities, float(result.times[1])))
    assert math.isnan(result.max_norm_error)
