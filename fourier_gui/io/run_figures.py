"""The figures of one run, listed once (docs/architecture.md, "How to add a view").

"Figure" means this one thing in the code, as on the command line (`--figures`) and in the menus (Export
figure data): one plot of a run with its title, the stem of its file and, where it has one, its data table.
The picture alone is a plot; a plot drawn for a file without a window is ui/files/offscreen_plots.py's.

Each figure is a plot of the window's Dynamics or Transport tab: the window's views draw it under its key
(ui/views/registry.py), the export and copy menus name it by its title, `simulate --figures` writes its
plot as `<file>.png` (or `.svg`) and, where it has a data table, its numbers as `<data.file>.csv`
(io/figure_data.py). A table may serve several figures: the transport curves hold σ²(t), α(t) and a_q(t).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fourier_gui.io.figure_data import FigureTable
    from fourier_gui.physics.simulation import SimulationResult


def _table(name: str, at_time: bool = False) -> Callable[[SimulationResult, int], FigureTable]:
    """The table builder `name` of io/figure_data.py, given the output time k where it takes one; imported
    when first called (the window's menus list the figures at start, before any table is built)."""

    def build(result: SimulationResult, k: int) -> FigureTable:
        from fourier_gui.io import figure_data

        table = getattr(figure_data, name)
        return table(result, k) if at_time else table(result)

    return build


@dataclass(frozen=True)
class FigureData:
    """A figure's numbers: the CSV's file stem, its title in File → Export figure data, its table at
    output time k (FigureUnavailable where the run has no such figure)."""

    file: str
    title: str
    build: Callable[[SimulationResult, int], FigureTable]


@dataclass(frozen=True)
class RunFigure:
    """One plot of a run: its key (the view that draws it registers it), its title in the menus, the stem
    of its plot file, and the table of its numbers (None where the run CSV holds them: P_μ(t), the profile)."""

    key: str
    title: str
    file: str
    data: FigureData | None = None


TRANSPORT_CURVES = FigureData("transport-curves", "Transport: σ²(t), α(t), a_q(t)", _table("transport_curves_table"))

#: The run's figures in the order of the menus and the files.
RUN_FIGURES: tuple[RunFigure, ...] = (
    RunFigure("dynamics", "site probabilities P_μ(t)", "site-probabilities-p-t"),
    RunFigure(
        "levels",
        "level diagram",
        "level-diagram",
        FigureData(
            "level-diagram", "Level diagram at the shown time (chains)", _table("level_diagram_table", at_time=True)
        ),
    ),
    RunFigure(
        "system",
        "system view",
        "system-view",
        FigureData("system-view", "System view at the shown time", _table("system_table", at_time=True)),
    ),
    RunFigure("profile", "chain profile", "chain-profile"),
    RunFigure(
        "conductivity",
        "conductivity κ(T)",
        "conductivity-t",
        FigureData("conductivity-measured", "Measured conductivity κ_meas(T)", _table("kappa_table")),
    ),
    RunFigure(
        "fourier-law",
        "Fourier's law J against ΔP",
        "fourier-s-law-j-against-p",
        FigureData("fourier-law", "Transport: Fourier's law points J against ΔP", _table("fourier_law_table")),
    ),
    RunFigure("spreading", "spreading σ²(t)", "spreading-t", TRANSPORT_CURVES),
    RunFigure("exponent", "local exponent α(t)", "local-exponent-t", TRANSPORT_CURVES),
    RunFigure("mode", "Fourier mode a_q(t)", "fourier-mode-a-q-t", TRANSPORT_CURVES),
)


def figure_tables() -> tuple[FigureData, ...]:
    """Each data table of the run's figures once, in the figures' order."""
    return tuple(dict.fromkeys(f.data for f in RUN_FIGURES if f.data is not None))


def figure(key: str) -> RunFigure:
    """The run's figure with this key (KeyError if there is none)."""
    for f in RUN_FIGURES:
        if f.key == key:
            return f
    raise KeyError(key)
