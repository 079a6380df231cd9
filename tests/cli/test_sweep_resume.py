"""Sweeps that survive (docs/contracts.md, "Sweep journal"): a sweep killed half way keeps its finished
runs, `--resume` makes only the missing ones and writes the table an uninterrupted sweep writes; a cluster
that loses every worker is said in one line within a bounded time, its finished runs kept."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import fourier_gui
from fourier_gui.cli import main
from fourier_gui.io.sweep_files import read_sweep_csv
from fourier_gui.io.sweep_journal import JournalWriter, read_journal
from fourier_gui.physics import SimulationParameters
from fourier_gui.physics.sweeps import SweepSpec

SWEEP = ["sweep", "--sites", "3", "--levels", "60", "--points", "41", "--vary", "levels", "--seeds", "2", "--quiet"]
VALUES = ["--values", "60,80,100,120,140,160"]
#: What may differ between two files of one sweep: when and by which command line they were made, and timings.
PROVENANCE = ("date", "provenance.action")


def _without(metadata: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in metadata.items() if k not in PROVENANCE}


def _rows(path: Path, drop=("elapsed_s",)) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k not in drop} for row in read_sweep_csv(path)[1]]


def _journal_runs(path: Path) -> int:
    try:
        return max(0, len(path.read_text(encoding="utf-8").splitlines()) - 1)
    except FileNotFoundError:
        return 0


def _started(argv: list[str], folder: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(fourier_gui.__file__).parents[1]))  # this checkout's package
    return subprocess.Popen(
        [sys.executable, "-m", "fourier_gui", *argv],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def _spec(values=(60.0, 80.0, 100.0, 120.0, 140.0, 160.0)) -> SweepSpec:
    base = SimulationParameters(sites=3, levels=60, points=41)
    return SweepSpec(base, "levels", values, 2, "c1").validated()


@pytest.mark.slow
def test_a_sweep_killed_half_way_resumes_to_the_uninterrupted_table(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([*SWEEP, *VALUES, "--workers", "1", "--csv", "full.csv", "--json", "full.json"]) == 0
    journal = tmp_path / "cut.csv.journal.jsonl"
    process = _started([*SWEEP, *VALUES, "--workers", "1", "--csv", "cut.csv", "--json", "cut.json"], tmp_path)
    for _ in range(1200):  # until 4 of the 12 runs are kept
        if _journal_runs(journal) >= 4 or process.poll() is not None:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert "runs are kept in" in err and "--resume" in err and err.count("\n") == 1, err
    assert not (tmp_path / "cut.csv").exists() and not (tmp_path / "cut.json").exists()
    kept = read_journal(journal, _spec())
    assert 4 <= len(kept) < 12, err

    assert main([*SWEEP, *VALUES, "--workers", "1", "--csv", "cut.csv", "--json", "cut.json"]) == 2  # no --resume
    assert main([*SWEEP, *VALUES, "--workers", "1", "--csv", "cut.csv", "--json", "cut.json", "--resume"]) == 0
    assert not journal.exists()  # the files hold every run now
    assert _rows(tmp_path / "cut.csv") == _rows(tmp_path / "full.csv")
    assert _without(read_sweep_csv(tmp_path / "cut.csv")[0]) == _without(read_sweep_csv(tmp_path / "full.csv")[0])
    cut, full = (json.loads((tmp_path / f"{name}.json").read_text()) for name in ("cut", "full"))
    for summary in (cut, full):
        summary.pop("date")
        summary["provenance"].pop("action")
    assert cut == full
    # the kept runs were not made again: their rows carry the timings measured before the kill
    resumed = {
        (int(r["point"]), int(r["repetition"])): r for r in read_sweep_csv(tmp_path / "cut.csv")[1] if r["row"] == "run"
    }
    assert all(resumed[r.point, r.repetition]["elapsed_s"] == repr(r.elapsed_s) for r in kept)


def test_a_left_journal_is_refused_without_resume_and_completed_with_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    JournalWriter(tmp_path / "s.csv.journal.jsonl", _spec()).close()
    assert main([*SWEEP, *VALUES, "--csv", "s.csv"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--resume" in err and "s.csv.journal.jsonl" in err
    assert not (tmp_path / "s.csv").exists()


def test_resume_needs_a_file_beside_which_the_journal_is_kept(capsys):
    assert main([*SWEEP, *VALUES, "--csv", "-", "--resume"]) == 2
    assert "--resume: the journal is kept beside a file output" in capsys.readouterr().err


def test_a_sweep_needs_one_output_of_any_kind(capsys):
    assert main([*SWEEP, *VALUES]) == 2
    assert "give at least one output" in capsys.readouterr().err


# --- a cluster that loses its workers -----------------------------------------------------------------
@pytest.mark.slow
def test_a_cluster_that_loses_every_worker_says_so_and_keeps_its_runs(tmp_path, capsys, monkeypatch):
    """Workers of a LocalCluster on 127.0.0.1 closed after the first run is kept: one line within the bound,
    exit status 3, the journal kept; --resume on the local pool then gives the uninterrupted table."""
    distributed = pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("fourier_gui.execution.sweep_runner.WORKERLESS_SECONDS", 4.0)
    assert main([*SWEEP, *VALUES, "--workers", "2", "--csv", "full.csv"]) == 0
    journal = tmp_path / "lost.csv.journal.jsonl"
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    closed = threading.Event()

    def close_workers_after_one_run() -> None:
        for _ in range(2400):
            if _journal_runs(journal) >= 1:
                break
            time.sleep(0.05)
        cluster.scale(0)
        closed.set()

    watcher = threading.Thread(target=close_workers_after_one_run)
    try:
        watcher.start()
        start = time.monotonic()
        status = main([*SWEEP, *VALUES, "--dask", cluster.scheduler_address, "--csv", "lost.csv"])
        elapsed = time.monotonic() - start
        watcher.join()
    finally:
        cluster.close()
    err = capsys.readouterr().err
    assert status == 3, err
    assert err.count("\n") == 1 and "no Dask worker for 4 s" in err and "lost.csv.journal.jsonl" in err, err
    assert closed.is_set() and elapsed < 120
    kept = read_journal(journal, _spec())
    assert 1 <= len(kept) < 12 and f"{len(kept)} of 12 runs are kept" in err
    assert not (tmp_path / "lost.csv").exists()
    assert main([*SWEEP, *VALUES, "--workers", "2", "--csv", "lost.csv", "--resume"]) == 0
    assert _rows(tmp_path / "lost.csv") == _rows(tmp_path / "full.csv") and not journal.exists()
