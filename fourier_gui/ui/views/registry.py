"""Every view of a run, registered once (docs/architecture.md, "How to add a view").

The Dynamics tab (`RunView`) builds, lays out, starts, redraws, dims and clears its views from this list,
and lists their plots for the export and copy menus. Each view draws figures of the run by their keys in
io/run_figures.py, which also names their files for `simulate --figures`: a test checks that the views
draw every figure there once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from fourier_gui.ui.views.conductivity_plot import ConductivityPlot
from fourier_gui.ui.views.level_diagram import LevelDiagram
from fourier_gui.ui.views.plots import ChainProfile, DynamicsPlot
from fourier_gui.ui.views.run_plot import RunPlot
from fourier_gui.ui.views.system_view import SystemView
from fourier_gui.ui.views.transport_view import TransportView


class Place(enum.Enum):
    """Where a view sits."""

    MAIN = "main"  # the Dynamics tab's large plot
    FIRST = "first"  # the first small view under it, a place the views registered there share (one shown)
    SMALL = "small"  # another small view under it (side by side, or tabs in the compact layout)
    TAB = "tab"  # a tab of its own beside Dynamics, drawn while it is shown


@dataclass(frozen=True)
class ViewEntry:
    """A view: its key, its name where it is a tab, how to make it, its place, and its turn: while a run
    computes, frames alternate between turn 0 (with P_μ(t)) and turn 1 (with the small views), each
    painting part of the window; a view of turn None draws in both and is told which (`draw`'s part)."""

    key: str
    title: str
    factory: Callable[[], RunPlot]
    place: Place
    turn: int | None


RUN_VIEWS: tuple[ViewEntry, ...] = (
    ViewEntry("dynamics", "P_μ(t)", DynamicsPlot, Place.MAIN, turn=0),
    ViewEntry("levels", "Levels", LevelDiagram, Place.FIRST, turn=1),
    ViewEntry("system", "System", SystemView, Place.FIRST, turn=1),
    ViewEntry("profile", "Profile", ChainProfile, Place.SMALL, turn=1),
    ViewEntry("conductivity", "κ(T)", ConductivityPlot, Place.SMALL, turn=1),
    ViewEntry("transport", "Transport", TransportView, Place.TAB, turn=None),
)


def entries(place: Place) -> list[ViewEntry]:
    """The views registered in one place, in their order."""
    return [entry for entry in RUN_VIEWS if entry.place is place]
