"""The main window's views of its model and run view, by name: for menus, tests and the screenshot command.

The plots (`run_view`) are built after the window's first paint (`build_views`), or at once when something
asks for them first: the window shows its frame, panel and menus before pyqtgraph has loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fourier_gui.engine.engine import Engine
from fourier_gui.engine.run_model import RunModel
from fourier_gui.ui.shell.lazy_tab import LazyTab

if TYPE_CHECKING:
    from fourier_gui.physics.simulation import SimulationResult
    from fourier_gui.ui.studies.studies_tab import StudiesWidget
    from fourier_gui.ui.views.chain_profile import ChainProfile
    from fourier_gui.ui.views.conductivity_plot import ConductivityPlot
    from fourier_gui.ui.views.dynamics_plot import DynamicsPlot
    from fourier_gui.ui.views.level_diagram import LevelDiagram
    from fourier_gui.ui.views.playback_bar import PlaybackBar
    from fourier_gui.ui.views.run_view import RunView


class WindowViews:
    """Read-only shortcuts of a window that has `model`, `_run_view` (built by `build_views`) and `studies_tab`."""

    model: RunModel
    _run_view: RunView | None
    studies_tab: LazyTab[StudiesWidget]

    def build_views(self) -> RunView:
        raise NotImplementedError

    @property
    def views_built(self) -> bool:
        return self._run_view is not None

    @property
    def run_view(self) -> RunView:
        """The Dynamics tab's plots (built now if the window has not built them yet)."""
        return self._run_view if self._run_view is not None else self.build_views()

    @property
    def result(self) -> SimulationResult | None:
        return self.model.result

    @property
    def engine(self) -> Engine:
        return self.model.engine

    @property
    def studies(self) -> StudiesWidget:
        """The Studies tab's content (built now if it has not been shown yet)."""
        return self.studies_tab.content

    @property
    def playback(self) -> PlaybackBar:
        return self.run_view.playback

    @property
    def dynamics(self) -> DynamicsPlot:
        return self.run_view.dynamics

    @property
    def levels(self) -> LevelDiagram:
        return self.run_view.levels

    @property
    def profile(self) -> ChainProfile:
        return self.run_view.profile

    @property
    def conductivity(self) -> ConductivityPlot:
        return self.run_view.conductivity

    def current_time_index(self) -> int:
        return self.run_view.current_time_index()

    def _redraw(self, force: bool = False) -> None:
        self.run_view.redraw(force)  # for tests and --screenshot
