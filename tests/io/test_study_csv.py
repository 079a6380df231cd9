"""The study CSV's contract (docs/contracts.md, "Study CSV"): its columns, its header, every run as given and
each mode's median, range, mean and sd over its seeds, computed here again from the rows."""

import math

import numpy as np
import pytest

from fourier_gui.io.study_csv import write_study_csv
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics.diffusion_range import DiffusionRangeSpec
from fourier_gui.physics.sweeps import SweepRow, SweepTable

CONTRACT = (
    "row,q,wavelength_sites,seed,count,gamma_q,gamma_q_tau_c,gamma_q_t_h,window,rate_ratio,rate_ratio_low,"
    "rate_ratio_high,rate_ratio_mean,rate_ratio_sd,tail_rate_ratio,tail_rate_ratio_low,tail_rate_ratio_high,elapsed_s"
)


def made_table(study: DiffusionRangeSpec, ratios: dict[tuple[int, int], float]) -> SweepTable:
    base = study.base()
    table = SweepTable(study.sweep())
    for (point, rep), ratio in ratios.items():
        q = study.modes_used()[point]
        table.add(
            SweepRow(
                point, float(q), rep, study.seed + rep, base.lam, base.gamma, base.c1, base.c2,
                math.nan, 1.0, "chebyshev", 0.25, mode_rate_ratio=ratio + 0.01,
                mode_window="diffusive", mode_efold_ratio=ratio,
            )
        )  # fmt: skip
    return table


def test_columns_header_runs_and_modes(tmp_path):
    study = DiffusionRangeSpec(sites=30, levels=100, c1=2.0, seeds=3, modes=(1, 10, 29)).validated()
    ratios = {(0, 0): 0.8, (0, 1): 0.9, (0, 2): 0.7, (1, 0): 0.75, (1, 1): 0.76, (2, 0): 0.6}
    table = made_table(study, ratios)
    path = tmp_path / "study.csv"
    write_study_csv(path, study, table)
    header = next(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert header == CONTRACT
    meta, rows = read_sweep_csv(path)
    assert meta["study"] == "diffusion-range" and meta["param.geometry"] == "chain" and meta["complete"] == "false"
    assert meta["param.sites"] == str(study.sites) and meta["param.levels"] == str(study.levels)
    assert meta["unit.tau_c"] == "hbar/DeltaE" and meta["unit.gamma_q"] == "DeltaE/hbar"
    assert float(meta["tau_c"]) == pytest.approx(2 * math.pi / 0.05)
    assert float(meta["heisenberg_time"]) == pytest.approx(2 * math.pi * 100 / 0.05)
    gamma = math.pi * 2.0**2 * 0.05 / (2 * 100)  # eq. (10) at λ = c1·δε/(2n)
    assert float(meta["gamma"]) == pytest.approx(gamma)
    runs = [r for r in rows if r["row"] == "run"]
    assert len(runs) == len(ratios)
    for r in runs:
        q = int(r["q"])
        point = (1, 10, 29).index(q)
        assert float(r["rate_ratio"]) == ratios[(point, int(r["seed"]))]
        assert float(r["wavelength_sites"]) == pytest.approx(60 / q)
        assert float(r["gamma_q"]) == pytest.approx(2 * gamma * (1 - math.cos(q * math.pi / 30)))
        assert float(r["gamma_q_tau_c"]) == pytest.approx(float(r["gamma_q"]) * 2 * math.pi / 0.05)
        assert r["rate_ratio_low"] == "" and r["count"] == "1"
    modes = {int(r["q"]): r for r in rows if r["row"] == "mode"}
    assert sorted(modes) == [1, 10, 29]
    for point, q in enumerate((1, 10, 29)):
        values = np.array([v for (p, _), v in ratios.items() if p == point])
        m = modes[q]
        assert int(m["count"]) == values.size
        assert float(m["rate_ratio"]) == pytest.approx(np.median(values))
        assert float(m["rate_ratio_low"]) == values.min() and float(m["rate_ratio_high"]) == values.max()
        assert float(m["rate_ratio_mean"]) == pytest.approx(values.mean())
        assert float(m["tail_rate_ratio_low"]) == pytest.approx(values.min() + 0.01)
        assert float(m["tail_rate_ratio_high"]) == pytest.approx(values.max() + 0.01)
        if values.size > 1:
            assert float(m["rate_ratio_sd"]) == pytest.approx(values.std(ddof=1))
        else:
            assert m["rate_ratio_sd"] == ""  # no spread from one seed: an empty cell, not 0
    assert modes[29]["window"] == "short" and modes[1]["window"] == "long" and modes[10]["window"] == "diffusive"


def test_a_sweep_of_modes_carries_the_first_e_fold_in_its_own_csv(tmp_path):
    from fourier_gui.io.sweep_files import write_sweep_csv

    study = DiffusionRangeSpec(sites=30, levels=100, seeds=2, modes=(1, 10)).validated()
    ratios = {(0, 0): 0.8, (0, 1): 0.9, (1, 0): 0.75, (1, 1): 0.77}
    path = tmp_path / "sweep.csv"
    write_sweep_csv(path, made_table(study, ratios))
    meta, rows = read_sweep_csv(path)
    assert meta["figure"] == "mode-efold" and meta["mode"] == "1"
    runs = {(int(r["point"]), int(r["repetition"])): float(r["mode_efold_ratio"]) for r in rows if r["row"] == "run"}
    assert runs == ratios
    means = [r for r in rows if r["row"] == "mean"]
    assert float(means[0]["mode_efold_ratio"]) == pytest.approx(0.85)
    assert float(means[1]["mode_efold_ratio_std"]) == pytest.approx(np.std([0.75, 0.77], ddof=1))
