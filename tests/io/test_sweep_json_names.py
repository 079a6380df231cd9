"""The sweep JSON keeps the names its readers know: the measured quantity of each point as `figure_mean` and
`figure_std` (the command line's --figure), whatever the code calls it."""

import math

from fourier_gui.io.sweep_files import sweep_summary
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.sweeps import SweepRow, SweepSpec, SweepTable


def row(repetition: int, d1: float, r2: float) -> SweepRow:
    return SweepRow(0, 100.0, repetition, repetition, 1e-4, 0.1, 1.0, 0.01, d1, 1.0, "eigen", 0.1, fourier_r2=r2)


def test_the_json_names_the_measured_quantity_figure():
    spec = SweepSpec(SimulationParameters(), "levels", (100.0,), seeds=2, quantity="fourier-r2")
    table = SweepTable(spec)
    table.add(row(0, 1e-3, 0.5))
    table.add(row(1, 2e-3, 0.7))
    (point,) = sweep_summary(table)["points"]
    assert math.isclose(point["figure_mean"], 0.6) and math.isclose(point["figure_std"], math.sqrt(0.02))
    assert not any(key.startswith("quantity") for key in point)
