"""Every figure as data (docs/contracts.md, "Figure CSVs"): the numbers behind each plot of the window,
as CSV with the same header conventions as the run CSV (`# key: value` lines, provenance included).

A `FigureTable` is built from a result (or a study) by a function named after its figure; the window and
the command line write the same tables, listed with the run's figures in io/run_figures.py.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass

import numpy as np

from fourier_gui import __version__
from fourier_gui.io.provenance import metadata_lines, run_seeds
from fourier_gui.io.results_csv import parameter_metadata, write_table
from fourier_gui.physics.analysis import CorrelationStudy
from fourier_gui.physics.couplings import band_energies
from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.model import level_bin_starts
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.physics.transport import hopping_conductivity


class FigureUnavailable(FourierGuiError):
    """A figure this run does not have (the level diagram of a graph, a time not yet computed)."""


@dataclass
class FigureTable:
    """The data of one figure: column names, rows (numbers; NaN where a value does not exist) and metadata."""

    figure: str
    columns: list[str]
    data: np.ndarray
    metadata: dict[str, object]
    parameters: SimulationParameters  # of the run (or study) the figure shows
    integers: tuple[str, ...] = ()  # columns written as whole numbers


def write_figure_csv(path: str | os.PathLike, table: FigureTable) -> None:
    """Write a figure table atomically (`-` = standard output), with its run's parameters and seeds."""
    meta: dict[str, object] = {"app": "fourier-gui", "version": __version__, "figure": table.figure}
    meta.update(table.metadata)
    meta.update(parameter_metadata(table.parameters))
    meta["date"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    meta.update(metadata_lines(run_seeds(table.parameters)))
    write_table(path, meta, table.columns, table.data, table.integers)


def _fit_metadata(result: SimulationResult) -> dict[str, object]:
    fit = result.transport.fourier
    meta: dict[str, object] = {"gamma": result.gamma, "t_fit": result.t_fit}
    if fit is not None:
        meta.update(
            {
                "fit.gamma_fit": fit.gamma_fit,
                "fit.gamma_ratio": fit.gamma_ratio,
                "fit.r2": fit.r2,
                "fit.points": fit.points,
            }
        )
    verdict = result.transport.verdict
    if verdict is not None:
        meta.update({f"law.{key}": value for key, value in verdict.as_dict().items()})
    return meta


def transport_curves_table(result: SimulationResult) -> FigureTable:
    """The Transport tab's curves: σ²(t), α(t) and a_q(t), exact (computed rows) and HAM (docs/physics.md §5)."""
    n = result.completed
    columns = ["t", "sigma2_exact", "sigma2_ham", "alpha_exact", "alpha_ham", "mode_exact", "mode_ham"]
    data = np.column_stack(
        [
            result.times[:n],
            result.sigma2[:n],
            result.ham_sigma2[:n],
            result.alpha[:n],
            result.ham_alpha[:n],
            result.mode_amplitude[:n],
            result.ham_mode_amplitude[:n],
        ]
    )
    meta = {"time_unit": "hbar/DeltaE", "mode_q": result.mode_q, "mu0": result.mu0, **_fit_metadata(result)}
    return FigureTable("transport curves", columns, data, meta, result.parameters)


def fourier_law_table(result: SimulationResult) -> FigureTable:
    """The points of the Fourier-law plot: every bond (or edge) at every computed time past t_fit, with its
    population step and current, and the fitted slope in the metadata."""
    n = result.completed
    rows = np.flatnonzero(result.times[:n] >= result.t_fit)
    edges = result.edges
    t = np.repeat(result.times[rows], len(edges))
    a = np.tile([e[0] + 1 for e in edges], rows.size)
    b = np.tile([e[1] + 1 for e in edges], rows.size)
    data = np.column_stack([t, a, b, result.steps[rows].ravel(), result.currents[rows].ravel()])
    columns = ["t", "site_a", "site_b", "step_P", "current_J"]
    meta = {"time_unit": "hbar/DeltaE", "current": "J from site_a to site_b", **_fit_metadata(result)}
    return FigureTable("fourier law", columns, data, meta, result.parameters, ("site_a", "site_b"))


def kappa_table(result: SimulationResult) -> FigureTable:
    """κ_meas = (J/ΔP)·c(T̄) of the run binned in temperature (median, quartiles, count), and HAM's κ(T) at the
    same temperatures (eq. 16)."""
    bins = result.transport.kappa
    p = result.parameters
    ham = hopping_conductivity(p.levels, p.lam, p.bandwidth, bins.temperature) if bins.temperature.size else bins.median
    data = np.column_stack([bins.temperature, bins.median, bins.low, bins.high, bins.count, ham])
    columns = ["T", "kappa_meas_median", "kappa_meas_q1", "kappa_meas_q3", "count", "kappa_ham"]
    meta = {"temperature_unit": "DeltaE/k_B", "t_fit": result.t_fit}
    return FigureTable("conductivity", columns, data.reshape(-1, len(columns)), meta, p, ("count",))


def system_table(result: SimulationResult, k: int | None = None) -> FigureTable:
    """The system view at output time k (default: the last computed): one row per site (position, P exact
    and HAM, local temperature) and one per bond or edge (its sites and currents)."""
    p = result.parameters
    k = result.completed - 1 if k is None else k
    if result.completed == 0 or not 0 <= k < result.completed:
        raise FigureUnavailable(f"output time {k} is not computed (0 … {result.completed - 1})")
    xy = p.system().positions()
    nan = math.nan
    rows = [
        [
            0,
            mu + 1,
            nan,
            xy[mu, 0],
            xy[mu, 1],
            result.exact[k, mu],
            result.ham[k, mu],
            result.temperatures[k, mu],
            nan,
            nan,
        ]
        for mu in range(p.sites)
    ]
    for e, (a, b) in enumerate(result.edges):
        rows.append([1, a + 1, b + 1, nan, nan, nan, nan, nan, result.currents[k, e], result.ham_currents[k, e]])
    columns = ["is_edge", "site", "site_b", "x", "y", "P_exact", "P_ham", "T", "J_exact", "J_ham"]
    meta = {"time": result.times[k], "time_unit": "hbar/DeltaE", "rows": "is_edge 0: a site; 1: an edge site→site_b"}
    return FigureTable("system view", columns, np.array(rows, dtype=float), meta, p, ("is_edge", "site", "site_b"))


def level_diagram_table(result: SimulationResult, k: int | None = None) -> FigureTable:
    """The level diagram at output time k: per site and level bin, the levels it spans, their band energies
    (ΔE = 1 gap, docs/physics.md §1) and the population Σ_{i ∈ bin} |⟨μ,i|ψ⟩|² (summing to P_μ)."""
    p = result.parameters
    k = result.completed - 1 if k is None else k
    populations = result.level_populations
    if populations is None:
        raise FigureUnavailable("the level diagram exists for uniform chains only (a graph's bands differ per site)")
    starts = level_bin_starts(p.levels)
    ends = np.append(starts[1:], p.levels) - 1
    energy = band_energies(p.levels, p.bandwidth)
    rows = [
        [mu + 1, starts[b] + 1, ends[b] + 1, energy[starts[b]], energy[ends[b]], float(populations[k, mu, b])]
        for mu in range(p.sites)
        for b in range(starts.size)
    ]
    columns = ["site", "first_level", "last_level", "energy_first", "energy_last", "population"]
    meta = {"time": result.times[k], "time_unit": "hbar/DeltaE", "energy_unit": "DeltaE"}
    whole = ("site", "first_level", "last_level")
    return FigureTable("level diagram", columns, np.array(rows, dtype=float), meta, p, whole)


def correlation_table(study: CorrelationStudy, params: SimulationParameters) -> FigureTable:
    """f(τ) of eq. (9) with its fitted late line γτ + c and the times the paper reads off it."""
    data = np.column_stack([study.taus, study.f, study.asymptote()])
    meta: dict[str, object] = {
        "time_unit": "hbar/DeltaE",
        "gamma": study.gamma,
        "tau_c": study.tau_c,
        "heisenberg_time": study.heisenberg,
        "fit.slope": study.slope,
        "fit.slope_over_gamma": study.slope_over_gamma,
        "fit.intercept": study.intercept,
        "fit.window": "2 tau_c … heisenberg_time/4",
        "bond": 1,
    }
    return FigureTable("correlation function", ["tau", "f", "asymptote"], data, meta, params)
