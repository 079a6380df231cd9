"""The terminal closed under a command (SIGHUP): it stops as Ctrl-C stops it (docs/contracts.md, "Exit status"),
129 and one line, its sweep's workers and their resource tracker ended with it, no file half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import fourier_gui
from fourier_gui.cli.interrupts import SIGNALS

ROOT = str(Path(fourier_gui.__file__).resolve().parents[1])


def test_sighup_is_one_of_the_signals_a_command_stops_on():
    assert signal.SIGHUP in SIGNALS


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_a_closed_terminal_ends_a_sweep_and_its_workers(tmp_path):
    (tmp_path / "s.csv").write_text("old table")
    argv = ["sweep", "--preset", "ten-sites", "--samples", "12", "--vary", "lam", "--values", "5e-5,6e-5"]
    process = subprocess.Popen(
        [sys.executable, "-m", "fourier_gui", *argv, "--seeds", "1", "--workers", "2", "--quiet", "--csv", "s.csv"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": ROOT},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    for _ in range(600):  # until the pool's workers run
        group = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True).stdout.split()
        if len(group) >= 3:
            break
        time.sleep(0.1)
    time.sleep(2)
    os.kill(process.pid, signal.SIGHUP)  # to the command alone: it killed it without a word, workers orphaned
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 129, err
    assert err.count("\n") == 1 and "stopped by SIGHUP" in err and "Traceback" not in err, err
    for _ in range(100):
        if not _group_alive(process.pid):
            break
        time.sleep(0.1)
    assert not _group_alive(process.pid)
    assert (tmp_path / "s.csv").read_text() == "old table"
