"""Plots as files without a window: the views of the app, filled with a finished result and saved as PNG or
SVG — the plots of a run's figures (`simulate --figures`; their data tables are io/figure_data.py's), a
sweep's or a grid's plot and f(τ) (`--plot`). Qt runs offscreen when there is no display.

Only views are built here (ui/views, ui/studies), never the window shell; each is driven through its
public methods and kept alive by an `OwnedPlot` until its plot is saved.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.run_figures import RUN_FIGURES
from fourier_gui.physics.analysis import CorrelationStudy
from fourier_gui.physics.diffusion_range import DiffusionRangeSpec
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.physics.sweeps import SweepTable
from fourier_gui.ui.files.plot_files import PLOT_FILE_SIZE, save_plot
from fourier_gui.ui.studies.diffusion_tab import DiffusionRangeTab
from fourier_gui.ui.studies.grid_heat_map import GridHeatMap
from fourier_gui.ui.studies.studies_tab import CorrelationTab
from fourier_gui.ui.studies.sweep_tab import SweepTab, SweepTabConfig
from fourier_gui.ui.views.run_view import RunView

FORMATS = ("png", "svg")


@dataclass(frozen=True)
class OwnedPlot:
    """A plot drawn for a file, with the view that owns its items (they live as long as it does)."""

    widget: pg.PlotWidget
    owner: object


def ensure_app() -> QApplication:
    """A QApplication, offscreen unless a display is there (a command line may run on a server)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    quiet_offscreen_warnings()
    pg.setConfigOptions(antialias=True, background="w", foreground="k")  # as the window draws them
    return app


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" lines: noise on a console."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def save_run_plots(result: SimulationResult, folder: str | os.PathLike, fmt: str = "png") -> list[Path]:
    """Every plot of the Dynamics and Transport tabs for `result` that this run shows (the level diagram or
    the system view), one file each in `folder`, named as io/run_figures.py names them."""
    app = ensure_app()
    model = RunModel()
    view = RunView(model)
    view.timer.stop()
    view.resize(*PLOT_FILE_SIZE)
    model.set_parameters(result.parameters)  # not stale: the plots are drawn in full colour
    view.show_parameters(result.parameters)  # κ(T) follows the parameters, as from the panel
    model.load(result)
    view.show()
    for _title, tab in view.tab_views():  # the Transport tab, shown beside: it draws while shown
        tab.resize(*PLOT_FILE_SIZE)
        tab.show()
    app.processEvents()
    view.redraw(force=True)
    app.processEvents()
    widgets = view.figure_widgets()
    paths = []
    for figure in RUN_FIGURES:
        if widgets[figure.key].isVisible():
            path = Path(folder) / f"{figure.file}.{fmt}"
            save_plot(widgets[figure.key], path)
            paths.append(path)
    view.close()
    for _title, tab in view.tab_views():
        tab.close()
    model.shutdown()
    return paths


def sweep_plot(table: SweepTable) -> OwnedPlot:
    """The Studies tab's plot of a sweep (runs, means ± std, the fit and its 95 % band), or the heat map of
    a grid, filled with `table`."""
    if table.spec.is_grid:
        heat = GridHeatMap()
        heat.update(table)
        return OwnedPlot(heat.widget, heat)
    spec = table.spec
    config = SweepTabConfig(
        f"Sweep of {spec.vary}",
        (spec.vary,),
        ",".join(f"{v:g}" for v in spec.values),
        spec.seeds,
        quantity=spec.quantity,
        # the paper's slope: D₁² ∝ n^−1 at c1 = 1 (Fig. 3, eq. 15; docs/physics.md §1), drawn as the window does
        reference_slope=-1.0 if spec.vary == "levels" and spec.quantity == "d1" else None,
    )
    tab = SweepTab(config, spec.base)
    tab.show_table(table)
    widget = tab.plot_widget
    widget.setParent(None)  # the plot alone, at the file's size
    return OwnedPlot(widget, tab)


def save_sweep_plot(table: SweepTable, path: str | os.PathLike) -> None:
    """The sweep's plot (or a grid's heat map) as PNG or SVG."""
    app = ensure_app()
    plot = sweep_plot(table)
    plot.widget.resize(*PLOT_FILE_SIZE)
    plot.widget.show()
    app.processEvents()
    save_plot(plot.widget, path)
    plot.widget.close()


def save_correlation_plot(study: CorrelationStudy, path: str | os.PathLike) -> None:
    """f(τ) as the Studies tab draws it (with γτ, τ_c and the Heisenberg time), as PNG or SVG."""
    app = ensure_app()
    tab = CorrelationTab(lambda: None)
    tab.show_study(study)
    tab.resize(*PLOT_FILE_SIZE)
    tab.show()
    app.processEvents()
    save_plot(tab.plot_widget, path)
    tab.close()


def save_study_plot(study: DiffusionRangeSpec, table: SweepTable, path: str | os.PathLike) -> None:
    """The study "Where diffusion ends" as its Studies tab draws it (modes, seeds, the two limits' bands)."""
    app = ensure_app()
    tab = DiffusionRangeTab(study)
    tab.show_study(study, table)
    tab.resize(*PLOT_FILE_SIZE)
    tab.show()
    app.processEvents()
    save_plot(tab.plot.widget, path)
    tab.close()
