"""CSV of the heat-conduction data behind Fig. 4: T, u(T), c(T), κ(T) (eq. 16)."""

from __future__ import annotations

import datetime as dt
import os

import numpy as np

from fourier_gui import __version__
from fourier_gui.io.provenance import metadata_lines
from fourier_gui.io.results_csv import write_table
from fourier_gui.physics.criteria import hamiltonian_rate
from fourier_gui.physics.thermodynamics import conductivity, internal_energy, specific_heat

COLUMNS = ("T", "u", "c", "kappa")


def write_conductivity_csv(path: str | os.PathLike, levels: int, lam: float, bandwidth: float, temperatures) -> None:
    t = np.asarray(temperatures, dtype=float)
    table = np.column_stack(
        [t, internal_energy(levels, t), specific_heat(levels, t), conductivity(levels, lam, bandwidth, t)]
    )
    meta = {
        "app": "fourier-gui",
        "version": __version__,
        "levels": levels,
        "lam": repr(float(lam)),
        "bandwidth": repr(float(bandwidth)),
        "gamma": repr(hamiltonian_rate(levels, lam, bandwidth)),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **metadata_lines(),
    }
    write_table(path, meta, COLUMNS, table)
