"""What the Dynamics tab asks of each view of a run (ui/views/registry.py lists them).

A view draws one or more of the run's figures (io/run_figures.py) from the result store the worker fills;
the tab calls these methods, never a view's own internals.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.style.plot_style import PlotStyle

#: Opacity of the plots while they show the results of other parameters than the panel's.
STALE_OPACITY = 0.35
#: Beyond this many subunits the views aggregate: P_μ(t) as a heat map with one legend entry, the profile
#: without a colour and a tick per site (one item per site makes the window stall: 32 s to open at N = 300).
MANY_SITES = 16


class RunPlot(Protocol):
    """One view of a run: its widget, the figures it draws, and the run's life from start to redraw."""

    @property
    def widget(self) -> QWidget:
        """What the tab lays out."""
        ...

    def figures(self) -> dict[str, pg.PlotWidget]:
        """Its plots by the key of their figure (io/run_figures.py RUN_FIGURES)."""
        ...

    def set_style(self, style: PlotStyle) -> None: ...

    def start(self, result: SimulationResult) -> None:
        """A new result store: make the run's items."""
        ...

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        """Show output time k. `part` (0 or 1) is the half of a split frame, for a view registered to draw in
        both halves (its entry's `turn` is None); otherwise None."""
        ...

    def set_stale(self, stale: bool) -> None:
        """Show whether the run's results are for other parameters than the panel's."""
        ...

    def clear(self) -> None:
        """The run was reset: forget what it drew."""
        ...


def probabilities_at(result: SimulationResult, k: int) -> np.ndarray:
    """P_μ at output time k, NaN before the first row is computed."""
    return result.exact[k] if result.completed else np.full(result.parameters.sites, np.nan)


def dim(widget: pg.PlotWidget, stale: bool) -> None:
    """Fade a plot while it shows stale results."""
    widget.getPlotItem().setOpacity(STALE_OPACITY if stale else 1.0)
