"""Two-parameter sweeps (grids) and sweeps on a real Dask cluster (docs/contracts.md, "Sweep grids and fits").

A grid cell must be exactly the run one would make by hand with those two values; a LocalCluster of worker
processes must give the same table, bit for bit, as the local pool; a worker killed mid-sweep must be
retried (or the run reported), never silently dropped."""

from __future__ import annotations

import math
import os
import threading

import numpy as np
import pytest

from fourier_gui.cli import main
from fourier_gui.execution import simulate
from fourier_gui.execution.pools import default_executor
from fourier_gui.execution.sweep_runner import SweepRunError, run_sweep
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics import ParameterError, SimulationParameters
from fourier_gui.physics.sweeps import SweepSpec

BASE = SimulationParameters(sites=3, levels=20, lam=0.05 / 40, points=41)


def grid_spec(**changes) -> SweepSpec:
    fields = dict(
        base=BASE, vary="lam", values=(5e-4, 2e-3), seeds=2, hold="lam", vary2="levels", values2=(20.0, 30.0, 40.0)
    )
    return SweepSpec(**(fields | changes))


def fingerprint(table) -> list[str]:
    """Each row's identity and figures as exact text (repr round-trips floats; NaN compares equal as text)."""
    return [
        repr((r.point, r.repetition, r.seed, r.value, r.value2, r.d1_squared, r.fourier_gamma_ratio))
        for r in table.rows
    ]


def test_a_grid_cell_is_the_run_made_by_hand():
    spec = grid_spec()
    with default_executor(2) as pool:
        table = run_sweep(spec, executor=pool)
    assert table.complete and len(table.rows) == 2 * 3 * 2
    cell = next(r for r in table.rows if r.value == 2e-3 and r.value2 == 30.0 and r.repetition == 1)
    by_hand = BASE.with_changes(lam=2e-3, levels=30, seed=BASE.seed + 1, t_max=None, t_max_gamma=5.0)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # as in a pool worker: the same BLAS threads give the same bits
        assert cell.d1_squared == simulate(by_hand).d1_squared()
    assert cell.lam == 2e-3 and cell.c1 == pytest.approx(2 * 2e-3 * 30 / BASE.bandwidth)


def test_grid_order_is_row_major_and_means_per_cell():
    table = run_sweep(grid_spec(seeds=1), executor=default_executor(2))
    points = table.aggregate()
    assert [(p["value"], p["value2"]) for p in points] == [
        (5e-4, 20.0), (5e-4, 30.0), (5e-4, 40.0), (2e-3, 20.0), (2e-3, 30.0), (2e-3, 40.0)
    ]  # fmt: skip
    assert table.power_law() is None  # no power law over a grid


@pytest.mark.parametrize(
    ("changes", "name"),
    [
        (dict(vary2="lam"), "vary"),  # the same parameter twice
        (dict(vary2="mode"), "vary"),
        (dict(values2=()), "values"),
    ],
)
def test_bad_grids_are_refused_by_name(changes, name):
    with pytest.raises(ParameterError) as caught:
        grid_spec(**changes).validated()
    assert caught.value.name == name


@pytest.mark.slow
def test_grid_command_writes_value2_and_a_heat_map(tmp_path, capsys):
    csv, png = tmp_path / "grid.csv", tmp_path / "grid.png"
    argv = ["sweep", "--sites", "3", "--levels", "20", "--points", "41", "--vary", "lam,levels"]
    argv += ["--values", "5e-4,2e-3;20,40", "--seeds", "1", "--workers", "2", "--csv", str(csv), "--plot", str(png)]
    assert main(argv) == 0
    meta, rows = read_sweep_csv(csv)
    assert meta["vary"] == "lam" and meta["vary2"] == "levels" and meta["values2"] == "20.0,40.0"
    means = [r for r in rows if r["row"] == "mean"]
    assert [(float(r["value"]), float(r["value2"])) for r in means] == [(5e-4, 20), (5e-4, 40), (2e-3, 20), (2e-3, 40)]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    out = capsys.readouterr().out
    assert out.count("\n") == 4 and "lam = 0.002, levels = 40" in out


@pytest.mark.parametrize(
    ("vary", "values", "option"),
    [
        ("lam,levels", "1e-4,2e-4", "--values"),
        ("lam,levels,sites", "1;2;3", "--vary"),
        ("lam,lam", "1e-4;1e-4", "--vary"),
    ],
)
def test_grid_command_refuses_mismatched_lists(tmp_path, capsys, vary, values, option):
    argv = ["sweep", "--vary", vary, "--values", values, "--csv", str(tmp_path / "g.csv")]
    assert main(argv) == 2
    assert f"error: {option}:" in capsys.readouterr().err and not (tmp_path / "g.csv").exists()


# --- a real cluster -----------------------------------------------------------------------------
distributed = pytest.importorskip("distributed")


def one_d_spec() -> SweepSpec:
    return SweepSpec(BASE, "levels", (20.0, 40.0), seeds=2, hold="c1")


@pytest.mark.slow
def test_a_local_cluster_gives_the_same_table_bit_for_bit_as_the_pool(tmp_path):
    from fourier_gui.execution.cluster import dask_executor

    with default_executor(2) as pool:
        pooled = run_sweep(one_d_spec(), executor=pool)
    with dask_executor("local:2") as executor:
        assert executor._client.cluster.scheduler_info["workers"]  # type: ignore[attr-defined]
        workers = executor._client.run(os.getpid)  # type: ignore[attr-defined]
        assert len(set(workers.values())) == 2 and os.getpid() not in workers.values()  # processes, not threads
        clustered = run_sweep(one_d_spec(), executor=executor)
    assert fingerprint(clustered) == fingerprint(pooled)


@pytest.mark.slow
def test_the_sweep_command_on_a_local_cluster_writes_the_same_csv(tmp_path):
    args = ["sweep", "--sites", "3", "--levels", "20", "--points", "41", "--vary", "levels", "--values", "20,40"]
    args += ["--seeds", "2", "--quiet"]
    assert main([*args, "--workers", "2", "--csv", str(tmp_path / "pool.csv")]) == 0
    assert main([*args, "--dask", "local:2", "--csv", str(tmp_path / "dask.csv")]) == 0
    _, pool_rows = read_sweep_csv(tmp_path / "pool.csv")
    _, dask_rows = read_sweep_csv(tmp_path / "dask.csv")
    drop = ("elapsed_s",)
    assert [{k: v for k, v in r.items() if k not in drop} for r in dask_rows] == [
        {k: v for k, v in r.items() if k not in drop} for r in pool_rows
    ]


def slow_then_figures(run):
    """A sweep task that takes long enough for the test to kill its worker mid-run."""
    import time

    from fourier_gui.execution.sweep_runner import run_point

    time.sleep(1.5)
    return run_point(run)


@pytest.mark.slow
def test_a_worker_killed_mid_sweep_is_retried_not_dropped(monkeypatch):
    """Kill one of two workers while its runs are in progress: the scheduler hands them to the other (or
    to the nanny's fresh worker), and the table comes out complete and identical."""
    from fourier_gui.execution import sweep_runner
    from fourier_gui.execution.cluster import dask_executor

    reference = run_sweep(one_d_spec(), executor=default_executor(2))
    monkeypatch.setattr(sweep_runner, "run_point", slow_then_figures)
    with dask_executor("local:2") as executor:
        client = executor._client  # type: ignore[attr-defined]
        pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]
        killer = threading.Timer(0.8, lambda: os.kill(victim, 9))
        killer.start()
        table = run_sweep(one_d_spec(), executor=executor)
        killer.join()
        assert victim not in client.run(os.getpid).values()  # the worker did die
    assert table.complete and fingerprint(table) == fingerprint(reference)


@pytest.mark.slow
def test_a_run_that_keeps_failing_is_reported_with_its_point_and_seed():
    from fourier_gui.execution.cluster import dask_executor

    spec = SweepSpec(BASE, "levels", (20.0,), seeds=1, hold="c1")
    with dask_executor("local:1") as executor:
        future = executor.submit(math.sqrt, -1.0)  # the executor reports errors as futures do
        with pytest.raises(ValueError):
            future.result()
        from fourier_gui.execution import sweep_runner

        original = sweep_runner.run_point
        try:
            sweep_runner.run_point = _always_fails  # type: ignore[assignment]
            with pytest.raises(SweepRunError, match=r"value 20, seed 0 failed: RuntimeError: worker lost"):
                run_sweep(spec, executor=executor)
        finally:
            sweep_runner.run_point = original


def _always_fails(run):
    raise RuntimeError("worker lost")


@pytest.mark.slow
# distributed's Client that cannot reach its scheduler leaves its event loop's thread running for good, one per
# attempt (distributed 2026.8; the command line exits right after)
@pytest.mark.leaves_threads("IO loop")
def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("fourier_gui.execution.cluster.CONNECT_TIMEOUT", 3)  # the same refusal, sooner than 20 s
    argv = ["sweep", "--vary", "levels", "--values", "20,40", "--sites", "3", "--csv", str(tmp_path / "x.csv")]
    assert main([*argv, "--dask", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the scheduler" in err and err.count("\n") == 1 and not (tmp_path / "x.csv").exists()
    assert main([*argv, "--dask", "local:0"]) == 2
    assert "local:W with W = 1 … 256" in capsys.readouterr().err


def test_no_array_escapes_the_cluster_unseen():
    """Sanity of the reference: different seeds really give different figures (else equality says little)."""
    table = run_sweep(one_d_spec(), executor=default_executor(2))
    assert len({r.d1_squared for r in table.rows}) == len(table.rows) and np.all(
        np.isfinite([r.d1_squared for r in table.rows])
    )
