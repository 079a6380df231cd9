"""Every view of a run, registered once (docs/architecture.md, "How to add a view").

The Dynamics tab (`RunView`) builds, lays out, starts, redraws, dims and clears its views from this list,
and lists their plots for the export and copy menus. Each view draws figures of the run by their keys in
io/run_figures.py, which also names their files for `simulate --figures`: a test checks that the views
draw every figure there once. The list itself loads no view (each is imported when made): the window
names its tabs before the plotting library has loaded (docs/architecture.md, "Opening the window").
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fourier_gui.ui.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from fourier_gui.ui.views.run_plot import RunPlot


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


def view(module: str, name: str) -> Callable[[], RunPlot]:
    """A factory of the view class `name` in ui/views/`module`.py, imported when the first one is made."""

    def make() -> RunPlot:
        kind: Callable[[], RunPlot] = getattr(importlib.import_module(f"fourier_gui.ui.views.{module}"), name)
        return kind()

    return make


RUN_VIEWS: tuple[ViewEntry, ...] = (
    ViewEntry("dynamics", "P_μ(t)", view("dynamics_plot", "DynamicsPlot"), Place.MAIN, turn=0),
    ViewEntry(
        "levels", QT_TRANSLATE_NOOP("views", "Levels"), view("level_diagram", "LevelDiagram"), Place.FIRST, turn=1
    ),
    ViewEntry("system", QT_TRANSLATE_NOOP("views", "System"), view("system_view", "SystemView"), Place.FIRST, turn=1),
    ViewEntry(
        "profile", QT_TRANSLATE_NOOP("views", "Profile"), view("chain_profile", "ChainProfile"), Place.SMALL, turn=1
    ),
    ViewEntry("conductivity", "κ(T)", view("conductivity_plot", "ConductivityPlot"), Place.SMALL, turn=1),
    ViewEntry(
        "transport",
        QT_TRANSLATE_NOOP("views", "Transport"),
        view("transport_view", "TransportView"),
        Place.TAB,
        turn=None,
    ),
)


def entries(place: Place) -> list[ViewEntry]:
    """The views registered in one place, in their order."""
    return [entry for entry in RUN_VIEWS if entry.place is place]
