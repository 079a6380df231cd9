"""Sweeps: reproducible, the same serially and in a process pool, fitted exponents recovered."""

import dataclasses
import json
from concurrent.futures import Executor, Future

import numpy as np
import pytest
from scipy import stats
from threadpoolctl import threadpool_limits

from fourier_gui.cli import main
from fourier_gui.execution.pools import default_executor
from fourier_gui.execution.sweep_runner import run_sweep
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics import ParameterError, SimulationParameters
from fourier_gui.physics.power_law import fit_power_law
from fourier_gui.physics.sweeps import SweepSpec

BASE = SimulationParameters(sites=3, levels=20, lam=0.05 / 40, points=41)


class SerialExecutor(Executor):
    """Runs each task at once in this process: the reference for the process pool."""

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def tiny_spec(**changes) -> SweepSpec:
    fields = dict(base=BASE, vary="levels", values=(20.0, 40.0, 80.0), seeds=2, hold="c1") | changes
    return SweepSpec(**fields)


@pytest.mark.slow
def test_serial_and_process_pool_give_the_same_table_bit_for_bit():
    """The same numbers wherever a run is computed, given the same threads: a worker's BLAS runs on one
    thread (execution/thread_limits.py), and so does the serial reference here (LAPACK's eigh on more
    threads differs in the last bits)."""
    with threadpool_limits(1):
        serial = run_sweep(tiny_spec(), executor=SerialExecutor())
    with default_executor(2) as pool:
        pooled = run_sweep(tiny_spec(), executor=pool)
    assert serial.complete and pooled.complete

    def exact(table) -> list[str]:  # every figure as exact text (repr round-trips floats, NaN included)
        return [repr(dataclasses.replace(r, elapsed_s=0.0)) for r in table.rows]

    assert exact(pooled) == exact(serial)
    assert all(r.d1_squared > 0 for r in serial.rows)


def test_seeds_are_deterministic_and_c1_is_held():
    runs = tiny_spec(seeds=3).runs()
    assert [r.parameters.seed for r in runs[:3]] == [0, 1, 2]
    assert all(r.parameters.c1 == pytest.approx(BASE.c1) for r in runs)
    assert {r.parameters.levels for r in runs} == {20, 40, 80}
    fixed = tiny_spec(hold="lam").runs()
    assert {r.parameters.lam for r in fixed} == {BASE.lam}
    assert all(r.parameters.covers_d1_window() for r in runs)


def test_bad_sweeps_are_refused_by_name():
    for changes, name in (
        (dict(vary="colour"), "vary"),
        (dict(hold="both"), "hold"),
        (dict(seeds=0), "seeds"),
        (dict(values=(20.5,)), "levels"),
        (dict(values=()), "values"),
    ):
        with pytest.raises(ParameterError) as info:
            tiny_spec(**changes).validated()
        assert info.value.name == name


def test_power_law_fit_recovers_synthetic_exponents():
    n = np.array([100, 200, 300, 400, 500], dtype=float)
    exact = fit_power_law(n, 0.06 / n)
    assert exact.exponent == pytest.approx(-1.0, abs=1e-12) and exact.exponent_error < 1e-12
    assert exact.prefactor == pytest.approx(0.06, rel=1e-10)
    rng = np.random.default_rng(1)
    noisy = fit_power_law(n, 2e-3 * n**-1.5 * np.exp(0.05 * rng.standard_normal(n.size)))
    assert abs(noisy.exponent + 1.5) < 3 * noisy.exponent_error + 0.05
    assert 0 < noisy.exponent_error < 0.2


def test_stop_mid_sweep_keeps_what_finished():
    calls = []

    def should_stop():
        calls.append(1)
        return True

    with default_executor(1) as pool:
        table = run_sweep(tiny_spec(seeds=4), executor=pool, should_stop=should_stop)
    assert not table.complete
    assert len(table.rows) < 12 and calls


def test_sweep_command_writes_table_and_fit(tmp_path, capsys):
    csv, js = tmp_path / "s.csv", tmp_path / "s.json"
    argv = ["sweep", "--vary", "levels", "--values", "20,40,80", "--seeds", "2", "--sites", "3"]
    argv += ["--points", "41", "--workers", "2", "--csv", str(csv), "--json", str(js), "--quiet"]
    assert main(argv) == 0
    meta, rows = read_sweep_csv(csv)
    assert meta["vary"] == "levels" and meta["hold"] == "c1" and meta["complete"] == "true"
    kinds = [r["row"] for r in rows]
    assert kinds.count("run") == 6 and kinds.count("mean") == 3
    runs = [r for r in rows if r["row"] == "run" and r["point"] == "1"]
    mean = next(r for r in rows if r["row"] == "mean" and r["point"] == "1")
    assert float(mean["d1_squared"]) == pytest.approx(np.mean([float(r["d1_squared"]) for r in runs]), rel=1e-12)
    summary = json.loads(js.read_text())
    law = summary["power_law"]
    # every seed's whole sweep fitted on its own, from the CSV alone; Student-t over the seeds (SciPy)
    slopes = []
    for rep in sorted({r["repetition"] for r in rows if r["row"] == "run"}):
        d1 = [float(r["d1_squared"]) for r in sorted(rows, key=lambda r: int(r["point"])) if r["repetition"] == rep]
        slopes.append(np.polyfit(np.log([20, 40, 80]), np.log(d1), 1)[0])
    error = np.std(slopes, ddof=1) / np.sqrt(len(slopes))
    assert law["exponent"] == pytest.approx(np.mean(slopes), rel=1e-9)
    assert law["exponent_error"] == pytest.approx(error, rel=1e-9)
    half = stats.t.ppf(0.975, len(slopes) - 1) * error
    assert law["ci95"] == pytest.approx([np.mean(slopes) - half, np.mean(slopes) + half], rel=1e-6)
    assert law["error_method"] == "seed-replicates" and law["resamples"] == len(slopes) == 2
    assert law["ci95"][0] < law["ci68"][0] <= law["exponent"] <= law["ci68"][1] < law["ci95"][1]
    assert float(meta["fit.exponent"]) == law["exponent"] and meta["fit.ci95"] == ",".join(map(repr, law["ci95"]))
    assert [p["c1"] for p in summary["points"]] == pytest.approx([1.0, 1.0, 1.0])


@pytest.mark.parametrize(
    ("extra", "option"),
    [
        (["--vary", "colour", "--values", "1,2"], "--vary"),
        (["--vary", "levels", "--values", "a,b"], "--values"),
        (["--vary", "levels", "--values", "20.5"], "--values"),
        (["--vary", "levels", "--values", "20", "--seeds", "0"], "--seeds"),
        (["--vary", "levels", "--values", "20", "--workers", "0"], "--workers"),
        (["--vary", "levels", "--values", "20", "--hold", "both"], "--hold"),
    ],
)
def test_bad_sweep_options_exit_2(tmp_path, capsys, extra, option):
    assert main(["sweep", *extra, "--csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert option in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
