"""Figures as files without a window: the views of the app, filled with a finished result and saved as
PNG or SVG (the command line's `--figures` and `--plot`). Qt runs offscreen when there is no display."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pyqtgraph as pg

from fourier_gui.io.atomic import atomic_write_bytes
from fourier_gui.physics.simulation import SimulationResult

#: Pixel size of a figure drawn for a file: sharp on a 1080p projector.
FIGURE_SIZE = (1600, 1000)
FORMATS = ("png", "svg")


def ensure_app():
    """A QApplication, offscreen unless a display is there (a command line may run on a server)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fourier_gui.ui.shell.app import make_app

    app = make_app()
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


def slug(title: str) -> str:
    """A file name from a plot's title: "site probabilities P_μ(t)" → "site-probabilities-p-t"."""
    ascii_only = title.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-") or "figure"


def save_plot(widget: pg.PlotWidget, path: str | os.PathLike) -> None:
    """The plot as PNG (at least FIGURE_SIZE wide) or SVG by the file's extension, written atomically."""
    from fourier_gui.ui.files.file_actions import plot_image, png_bytes
    from fourier_gui.ui.files.svg_export import export_svg

    if os.fspath(path).lower().endswith(".svg"):
        export_svg(widget.getPlotItem(), os.fspath(path))
    else:
        atomic_write_bytes(path, png_bytes(plot_image(widget, max(FIGURE_SIZE[0], widget.width()))))


def run_figures(result: SimulationResult, folder: str | os.PathLike, fmt: str = "png") -> list[Path]:
    """Every plot of the Dynamics and Transport tabs for `result`, one file each in `folder`."""
    from fourier_gui.engine.run_model import RunModel
    from fourier_gui.ui.views.run_view import RunView

    app = ensure_app()
    model = RunModel()
    view = RunView(model)
    view.timer.stop()
    view.resize(*FIGURE_SIZE)
    model.set_parameters(result.parameters)  # not stale: the plots are drawn in full colour
    model.load(result)
    view.show()
    view.transport.resize(*FIGURE_SIZE)
    view.transport.show()
    app.processEvents()
    view.redraw(force=True)
    last = result.completed - 1
    view.transport.draw(result, last)
    app.processEvents()
    shown = [(t, w) for t, w in view.plot_widgets() if w.isVisible()]  # the level diagram or the system view
    paths = []
    for title, widget in shown:
        path = Path(folder) / f"{slug(title)}.{fmt}"
        save_plot(widget, path)
        paths.append(path)
    view.close()
    view.transport.close()
    model.shutdown()
    return paths


def sweep_plot_widget(table) -> pg.PlotWidget:
    """The Studies tab's plot of a sweep (runs, means ± std, the fit and its 95 % band), or the heat map of
    a grid, filled with `table`."""
    if table.spec.is_grid:
        from fourier_gui.ui.studies.grid_plot import GridHeatMap

        heat = GridHeatMap()
        heat.update(table)
        return heat.widget
    from fourier_gui.ui.studies.sweep_tab import VARY_LABELS, SweepTab, SweepTabConfig

    spec = table.spec
    config = SweepTabConfig(
        f"Sweep of {spec.vary}", (spec.vary,), ",".join(f"{v:g}" for v in spec.values), spec.seeds,
        VARY_LABELS.get(spec.vary, spec.vary), figure=spec.figure,
    )  # fmt: skip
    tab = SweepTab(config, spec.base)
    tab.table = table
    tab._redraw()
    widget = tab.plot_widget
    widget.setParent(None)
    widget.tab = tab  # keeps the tab (and its items) alive with the widget
    return widget


def save_sweep_plot(table, path: str | os.PathLike) -> None:
    """The sweep's plot (or a grid's heat map) as PNG or SVG."""
    app = ensure_app()
    widget = sweep_plot_widget(table)
    widget.resize(*FIGURE_SIZE)
    widget.show()
    app.processEvents()
    save_plot(widget, path)
    widget.close()


def save_correlation_plot(study, path: str | os.PathLike) -> None:
    """f(τ) as the Studies tab draws it (with γτ, τ_c and the Heisenberg time), as PNG or SVG."""
    from fourier_gui.ui.studies.studies_tab import CorrelationTab

    app = ensure_app()
    tab = CorrelationTab(lambda: None)
    tab.show_study(study)
    tab.resize(*FIGURE_SIZE)
    tab.show()
    app.processEvents()
    save_plot(tab.plot_widget, path)
    tab.close()
