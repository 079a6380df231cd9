"""Exported files get the mode a plain open() would give them: 0666 less the umask, not
mkstemp's 0600; and the CSV names the unit of its time column."""

from __future__ import annotations

import os
import stat

import pytest

from fourier_gui.execution import simulate
from fourier_gui.io.atomic import atomic_write_text
from fourier_gui.io.results_csv import read_csv, write_csv
from fourier_gui.physics.parameters import SimulationParameters


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_written_files_follow_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        target = tmp_path / "out.txt"
        atomic_write_text(target, "x")
        plain = tmp_path / "plain.txt"
        plain.write_text("x")  # what open() gives, the reference
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) == 0o666 & ~umask


def test_csv_names_the_unit_of_its_time_column(tmp_path):
    result = simulate(SimulationParameters(sites=2, levels=20, lam=1e-3, bandwidth=0.5, points=5))
    path = tmp_path / "run.csv"
    write_csv(path, result)
    table = read_csv(path)
    assert table.metadata["time_unit"] == "hbar/DeltaE"
    assert table.columns[0] == "t"  # the column contract is unchanged
