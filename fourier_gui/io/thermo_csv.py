"""CSV of the heat-conduction data behind Fig. 4: T, u(T), c(T), κ(T) (eq. 16)."""

from __future__ import annotations

import os

import numpy as np

from fourier_gui import __version__
from fourier_gui.io.provenance import metadata_lines
from fourier_gui.io.results_csv import write_table
from fourier_gui.io.summary import utc_now
from fourier_gui.physics.criteria import hamiltonian_rate
from fourier_gui.physics.thermodynamics import conductivity, internal_energy, specific_heat

COLUMNS = ("T", "u", "c", "kappa")
#: The unit of each column (ħ = ΔE = k_B = 1 in the app, docs/physics.md §4), as `# unit.COLUMN:` lines.
UNITS = {"T": "DeltaE/k_B", "u": "DeltaE", "c": "k_B", "kappa": "k_B*DeltaE/hbar"}


def write_conductivity_csv(path: str | os.PathLike, levels: int, lam: float, bandwidth: float, temperatures) -> None:
    t = np.asarray(temperatures, dtype=float)
    table = np.column_stack(
        [t, internal_energy(levels, t), specific_heat(levels, t), conductivity(levels, lam, bandwidth, t)]
    )
    meta = {
        "app": "fourier-gui",
        "version": __version__,
        "param.levels": levels,
        "param.lam": float(lam),
        "param.bandwidth": float(bandwidth),
        "gamma": hamiltonian_rate(levels, lam, bandwidth),
        **{f"unit.{column}": unit for column, unit in UNITS.items()},
        "date": utc_now(),
        **metadata_lines(),
    }
    write_table(path, meta, COLUMNS, table)
