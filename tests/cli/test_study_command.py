"""`fourier-gui study diffusion-range` (docs/contracts.md, "Study CSV"): the same numbers as the Python API,
and bad options refused in one line that names them, nothing written."""

import math
import subprocess
import sys

import pytest

from fourier_gui.cli import main
from fourier_gui.execution.sweep_runner import run_point
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.physics.diffusion_range import DiffusionRangeSpec

TINY = ["--sites", "10", "--levels", "30", "--seeds", "2", "--modes", "1,5,9", "--samples", "1"]


def test_the_command_line_gives_the_apis_numbers(tmp_path):
    path = tmp_path / "study.csv"
    cmd = [sys.executable, "-m", "fourier_gui", "study", "diffusion-range", *TINY, "--workers", "1"]
    done = subprocess.run([*cmd, "--csv", str(path), "--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    meta, rows = read_sweep_csv(path)
    assert meta["study"] == "diffusion-range" and meta["complete"] == "true" and meta["modes"] == "1,5,9"
    study = DiffusionRangeSpec(sites=10, levels=30, samples=1, seeds=2, modes=(1, 5, 9)).validated()
    expected = {}
    for run in study.sweep().runs():
        row = run_point(run)
        expected[(int(run.value), run.parameters.seed)] = row.mode_efold_ratio
    got = {(int(r["q"]), int(r["seed"])): float(r["rate_ratio"]) for r in rows if r["row"] == "run"}
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, rel=1e-9), key
    # one result line per mode on stdout, with the median the CSV holds
    medians = {int(r["q"]): float(r["rate_ratio"]) for r in rows if r["row"] == "mode"}
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 3
    for line, q in zip(lines, (1, 5, 9), strict=True):
        assert line.startswith(f"q = {q} ") and f"rate/γ_q = {medians[q]:.3f}" in line


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--geometry", "ring", "--modes", "3"], "--modes"),
        (["--modes", "1.5"], "--modes"),
        (["--modes", "12"], "--modes"),
        (["--sites", "2"], "--sites"),
        (["--c1", "-1"], "--c1"),
        (["--seeds", "0"], "--seeds"),
        (["--levels", "0"], "--levels"),
        (["--workers", "0"], "--workers"),
    ],
)
def test_bad_options_are_one_line_naming_the_option_and_nothing_is_written(tmp_path, capsys, options, named):
    path = tmp_path / "study.csv"
    status = main(["study", "diffusion-range", "--sites", "10", *options, "--csv", str(path)])
    err = capsys.readouterr().err.strip()
    assert status == 2 and not path.exists()
    assert len(err.splitlines()) == 1 and named in err and "allowed" in err, err


def test_the_estimate_is_said_before_the_runs(tmp_path, capsys):
    status = main(
        ["study", "diffusion-range", *TINY, "--modes", "9", "--workers", "1", "--csv", str(tmp_path / "s.csv")]
    )
    assert status == 0
    err = capsys.readouterr().err
    assert "runs, ≈" in err and "physics/cost.py" in err
    assert not math.isnan(float(read_sweep_csv(tmp_path / "s.csv")[1][0]["rate_ratio"]))


def test_a_stopped_study_resumes_from_its_journal_to_the_uninterrupted_table(tmp_path):
    """The study keeps its runs in the sweep journal as `fourier-gui sweep` does: with two of its six runs kept
    (one of them marked, so that a recomputed run would show), --resume makes only the other four and writes
    the uninterrupted table; without --resume the journal is refused, and it is gone once the CSV is written."""
    import dataclasses

    from fourier_gui.io.sweep_journal import JournalWriter

    full, cut = tmp_path / "full.csv", tmp_path / "cut.csv"
    assert main(["study", "diffusion-range", *TINY, "--workers", "1", "--quiet", "--csv", str(full)]) == 0
    spec = DiffusionRangeSpec(sites=10, levels=30, samples=1, seeds=2, modes=(1, 5, 9)).validated().sweep()
    runs = spec.runs()
    kept = [run_point(runs[0]), run_point(runs[3])]
    kept[1] = dataclasses.replace(kept[1], mode_efold_ratio=7.0)  # a value no run gives
    with JournalWriter(tmp_path / "cut.csv.journal.jsonl", spec) as journal:
        for row in kept:
            journal.add(row)
    argv = ["study", "diffusion-range", *TINY, "--workers", "1", "--quiet", "--csv", str(cut)]
    assert main(argv) == 2 and not cut.exists()  # a journal is there: --resume or remove it
    assert main([*argv, "--resume"]) == 0
    assert not (tmp_path / "cut.csv.journal.jsonl").exists()

    def runs_of(path):  # every cell but the time a run took
        rows = read_sweep_csv(path)[1]
        return {
            (r["q"], r["seed"]): {k: v for k, v in r.items() if k != "elapsed_s"} for r in rows if r["row"] == "run"
        }

    whole, resumed = runs_of(full), runs_of(cut)
    assert whole.keys() == resumed.keys() and len(whole) == 6
    marked = (str(int(runs[3].value)), str(runs[3].parameters.seed))
    assert float(resumed[marked]["rate_ratio"]) == 7.0  # taken from the journal, not run again
    for key in whole:
        if key != marked:
            assert resumed[key] == whole[key], key


def test_a_journal_of_other_runs_is_refused_not_recomputed_and_removed(tmp_path, capsys):
    """--resume with options other than the journal's: one line naming the file; the journal stays."""
    from fourier_gui.io.sweep_journal import JournalWriter

    spec = DiffusionRangeSpec(sites=10, levels=30, samples=1, seeds=2, modes=(1, 5, 9)).validated().sweep()
    journal = tmp_path / "cut.csv.journal.jsonl"
    with JournalWriter(journal, spec) as writer:
        writer.add(run_point(spec.runs()[0]))
    before = journal.read_bytes()
    other = ["--sites", "10", "--levels", "32", "--seeds", "2", "--modes", "1,5,9", "--samples", "1"]
    status = main(["study", "diffusion-range", *other, "--quiet", "--csv", str(tmp_path / "cut.csv"), "--resume"])
    err = capsys.readouterr().err
    assert status == 2 and "none of the 1 runs" in err and "cut.csv.journal.jsonl" in err and err.count("\n") == 1
    assert journal.read_bytes() == before and not (tmp_path / "cut.csv").exists()
