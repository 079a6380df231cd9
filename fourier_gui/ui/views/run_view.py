"""The Dynamics tab: the four plots of a run, the playback bar and the stale banner (the stage: run_stage.py).

A thin view of the run model: it redraws from a ~30 Hz timer when the model's data moved or the
playback cursor did, reading the series the worker derived per chunk (docs/architecture.md,
"From a parameter to a pixel"). While a run computes, a frame governor keeps drawing to a small share
of the GUI thread, so the window runs as fast as the command line.
"""

from __future__ import annotations

import time
from typing import TypeVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.run_figures import RUN_FIGURES
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import shown_number, translate
from fourier_gui.ui.style.plot_style import LARGE_FONT_PT, PlotStyle
from fourier_gui.ui.views.chain_profile import ChainProfile
from fourier_gui.ui.views.conductivity_plot import ConductivityPlot
from fourier_gui.ui.views.dynamics_plot import DynamicsPlot
from fourier_gui.ui.views.level_diagram import LevelDiagram
from fourier_gui.ui.views.playback_bar import PlaybackBar
from fourier_gui.ui.views.registry import RUN_VIEWS, Place, ViewEntry, entries
from fourier_gui.ui.views.run_plot import RunPlot
from fourier_gui.ui.views.run_stage import RunStage
from fourier_gui.ui.views.system_view import SystemView
from fourier_gui.ui.views.transport_view import TransportView

V = TypeVar("V")

#: Above this many subunits (or on any graph) the system view replaces the level diagram.
SYSTEM_VIEW_SITES = 5

REDRAW_HZ = 30
#: While a run computes: at most this many frames a second, and drawing (with the painting it causes,
#: ≈ PAINT_FACTOR × the update) takes at most DRAW_DUTY of the GUI thread; the cores are the worker's.
RUN_REDRAW_HZ = 8
DRAW_DUTY = 0.08
PAINT_FACTOR = 3.0
#: Below this width or height, in lines of text, the three small views become tabs under P_μ(t)
#: (compact layout): side by side they would be too small for their labels and legends.
COMPACT_WIDTH_EM = 58
COMPACT_HEIGHT_EM = 34


class StaleBanner(QFrame):
    """ "Results are for the previous parameters — Run to update", with a button that restores them."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stale-banner")
        self.setStyleSheet("#stale-banner { background: #fff4ce; border: 1px solid #b8860b; border-radius: 4px; }")
        self.label = QLabel(translate("run_view", "Results are for the previous parameters — Run to update."))
        self.label.setStyleSheet("color: #4a3500;")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("run_view", "Stale results"))
        self.restore = QPushButton(translate("run_view", "Restore their parameters"))
        self.restore.setToolTip(translate("run_view", "Put the parameters of the shown results back into the panel"))
        self.restore.clicked.connect(self.restore_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore)
        self.hide()

    def show_for(self, stale: bool, running: bool) -> None:
        then = translate("run_view", "Stop, then Run to update") if running else translate("run_view", "Run to update")
        self.label.setText(translate("run_view", "Results are for the previous parameters — {then}.").format(then=then))
        self.setVisible(stale)


class RunView(QWidget):
    """The views of ui/views/registry.py for the model's run (P_μ(t), the level diagram or the system view,
    the chain profile, κ(T), and the Transport tab), redrawn from a timer."""

    def __init__(self, model: RunModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.views: dict[str, RunPlot] = {entry.key: entry.factory() for entry in RUN_VIEWS}
        # the views' own features (the ghost, a clicked site, the heat map, the bands) by their kind
        self.dynamics = self._view(DynamicsPlot)
        self.levels = self._view(LevelDiagram)
        self.system = self._view(SystemView)  # in the level diagram's place where that says more (N > 5, graphs)
        self.system.site_clicked.connect(self._select_site)
        self.profile = self._view(ChainProfile)
        self.conductivity = self._view(ConductivityPlot)
        self.transport = self._view(TransportView)  # the Transport tab, a second view of the same run
        self.playback = PlaybackBar()  # laid out by the window, under the Dynamics and Transport tabs
        self.banner = StaleBanner()
        self.plot_style = PlotStyle()
        self.frames = 0
        self.compare = True  # draw the previous run faintly behind the new one
        self.reference: tuple[SimulationResult, str] | None = None  # a lesson's run and label, for the ghost
        self._shown: SimulationResult | None = None
        self._drawn_version = -1
        self._dirty = True
        self._next_frame_at = 0.0
        self._build()
        self.playback.index_changed.connect(self._mark_dirty)
        model.prepared.connect(self.start)
        model.stale_changed.connect(self.set_stale)
        model.state_changed.connect(lambda _state: self.set_stale(model.stale))  # the banner's advice
        self.timer = QTimer(self)
        self.timer.setInterval(1000 // REDRAW_HZ)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()

    def _view(self, kind: type[V]) -> V:
        for view in self.views.values():
            if isinstance(view, kind):
                return view
        raise LookupError(f"no view of kind {kind.__name__} in ui/views/registry.py")

    def _build(self) -> None:
        self.first_view = QStackedWidget()  # the views that share the first small place, one shown
        for entry in entries(Place.FIRST):
            self.first_view.addWidget(self.views[entry.key].widget)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_tabs = QTabWidget()  # the compact layout: one small view at a time, full width
        self.bottom_tabs.setObjectName("small-views")
        self.bottom_tabs.setAccessibleName(translate("run_view", "Small views"))
        self.bottom_stack = QStackedWidget()
        self.bottom_stack.addWidget(self.bottom)
        self.bottom_stack.addWidget(self.bottom_tabs)
        self.compact: bool | None = None
        self.staging = RunStage(self, self)  # presentation mode's stage (ui/views/run_stage.py)
        self.set_compact(False)
        central = QSplitter(Qt.Orientation.Vertical)
        central.setObjectName("plots-splitter")
        for entry in entries(Place.MAIN):
            central.addWidget(self.views[entry.key].widget)
        central.addWidget(self.bottom_stack)
        central.setStretchFactor(0, 3)
        central.setStretchFactor(1, 2)
        central.setSizes([520, 360])
        self.splitters = (central, self.bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 10, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.staging.modes(central), 1)  # the splitters, or presentation mode's stage

    def tab_views(self) -> list[tuple[str, QWidget]]:
        """The views that are tabs of their own (Transport), with their names, for the window's tabs."""
        return [(entry.title, self.views[entry.key].widget) for entry in entries(Place.TAB)]  # English: a key

    def _small_views(self) -> list[QWidget]:
        return [self.first_view, *(self.views[entry.key].widget for entry in entries(Place.SMALL))]

    def small_view_names(self) -> list[str]:
        """The compact layout's tabs: the first is named after the view shown in the first place."""
        first = entries(Place.FIRST)[max(self.first_view.currentIndex(), 0)].title
        return [translate("views", first), *(translate("views", entry.title) for entry in entries(Place.SMALL))]

    def small_view_titles(self) -> list[str]:
        """The small views for a menu: "Levels or system", "Profile", "κ(T)"."""
        first = [translate("views", entry.title) for entry in entries(Place.FIRST)]
        either = translate("run_view", "{first} or {second}").format(first=first[0], second=first[1].lower())
        return [either, *self.small_view_names()[1:]]

    def set_compact(self, compact: bool) -> None:
        """Side by side under P_μ(t), or (compact) as tabs that each get the full width (after the stage)."""
        was, self.compact = self.compact, compact
        if compact == was or self.staging.on:  # staged: laid out when the stage ends
            return
        views = self._small_views()
        current = self.bottom_tabs.currentIndex()
        if compact:
            for view, name in zip(views, self.small_view_names(), strict=True):
                self.bottom_tabs.addTab(view, name)
            self.bottom_tabs.setCurrentIndex(max(current, 0))
            self._share_height(*self._compact_share())
        else:
            for view in views:
                self.bottom.addWidget(view)
                view.show()  # a tab that was not the current one comes back hidden: the views stayed blank
            self.bottom.setSizes([400] * len(views))  # after `show`: a hidden child gets no share
            self._share_height(3, 2)
        self.bottom_stack.setCurrentIndex(1 if compact else 0)

    def _compact_share(self) -> tuple[int, int]:
        """P_μ(t) : the one small view in the compact layout: half each in presentation type (κ(T) was 70 px
        tall at 1024×768), else 3 : 2, P_μ(t) being the lesson's main plot."""
        return (1, 1) if self.font().pointSize() >= LARGE_FONT_PT else (3, 2)

    def _share_height(self, main: int, small: int) -> None:
        """P_μ(t) and the small views share the height main : small (once the splitter exists)."""
        central = self.bottom_stack.parentWidget()
        if isinstance(central, QSplitter):
            total = sum(central.sizes())
            central.setSizes([total * main // (main + small), total - total * main // (main + small)])

    def show_small_view(self, index: int) -> None:
        """Bring a small view forward (a tab in the compact layout; side by side, all are shown; staged, large)."""
        if not self.staging.show_small(index) and self.compact:
            self.bottom_tabs.setCurrentIndex(index)

    def resizeEvent(self, event) -> None:
        self.fit_layout(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def fit_layout(self, width: int, height: int) -> None:
        """Compact below the thresholds, with a margin of a line each way: no flicker at the boundary."""
        em = self.fontMetrics().height()
        if width < (COMPACT_WIDTH_EM - 1) * em or height < (COMPACT_HEIGHT_EM - 1) * em:
            self.set_compact(True)
        elif width > (COMPACT_WIDTH_EM + 1) * em and height > (COMPACT_HEIGHT_EM + 1) * em:
            self.set_compact(False)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the thresholds are in lines of text
            self.fit_layout(self.width(), self.height())
            if self.compact and not self.staging.on:
                self._share_height(*self._compact_share())
        super().changeEvent(event)

    def figure_widgets(self) -> dict[str, pg.PlotWidget]:
        """Every plot of the views by the key of its figure (io/run_figures.py)."""
        return {key: widget for view in self.views.values() for key, widget in view.figures().items()}

    def plot_widgets(self) -> list[tuple[str, pg.PlotWidget]]:
        """The run's figures with their titles, in the order of io/run_figures.py: for the export and copy
        menus."""
        widgets = self.figure_widgets()
        return [(figure.title, widgets[figure.key]) for figure in RUN_FIGURES]

    # --- from the model and the panel -----------------------------------------------------
    def show_parameters(self, params: SimulationParameters) -> None:
        """The closed-form views follow the panel; without a result, so do the level diagram and profile."""
        self.conductivity.update(self.model.preview_for(params).conductivity, uniform=params.equal_bonds)
        if self.model.result is None:
            self.dynamics.set_time_unit(self.dynamics.unit, params.gamma)  # γt before a run is in the run's γ
            self.dynamics.prepare(params.sites, params.samples > 1)
            # the time axis of the run to come (before a run it ran −0.4 … 0.35, pyqtgraph's empty view)
            self.dynamics.set_time_range(params.resolved_t_max * self.dynamics.scale)
            self._layout_chain(params)
            start = self.model.preview_for(params).initial_populations  # where the energy starts (P = 0.00 was shown)
            self.levels.update(start)
            if self.first_view.currentWidget() is self.system.widget:
                self.system.update(start, None)

    def await_run(self, params: SimulationParameters) -> None:
        """A run was asked for: until its first rows the views show its system, empty, not the last run's
        (the last run's profile and time stayed up through the seconds of preparation)."""
        self.playback.reset()
        self.playback.set_time_text("t = 0")
        self.show_parameters(params)
        nothing = np.full(params.sites, np.nan)
        self.profile.update(nothing, nothing, nothing)
        if self.first_view.currentWidget() is self.system.widget:
            self.system.update(nothing, None)

    def start(self, result: SimulationResult) -> None:
        """A new result store: make the run's plot items (the previous run stays as a faint ghost)."""
        self.playback.reset()
        self._show_ghost(self._shown, result)
        self._shown = result
        for view in self.views.values():
            view.start(result)
        self._layout_chain(result.parameters)
        self._drawn_version = -1
        self._mark_dirty()

    def _show_ghost(self, previous: SimulationResult | None, new: SimulationResult) -> None:
        label, scale = (
            translate("run_view", "previous run"),
            1.0,
        )  # a lesson's reference instead, whatever Compare says, at the same γt
        if self.reference is not None:
            (previous, label), scale = self.reference, self.reference[0].parameters.gamma / new.parameters.gamma
        same_sites = previous is not None and previous.parameters.sites == new.parameters.sites
        if (self.compare or self.reference) and same_sites and previous is not None and previous.completed > 1:
            n = previous.completed
            self.dynamics.set_ghost(previous.times[:n] * scale, previous.exact_mean[:n].copy(), label)
        else:
            self.dynamics.set_ghost(None, None)

    def forget_previous(self) -> None:
        """A new preset is a new experiment: its first run draws no ghost of the last preset's run."""
        self._shown = None
        self.dynamics.set_ghost(None, None)

    def set_compare(self, on: bool) -> None:
        """View → Compare with previous run: the ghost of the last run shows from the next run on."""
        self.compare = on
        if not on:
            self.dynamics.set_ghost(None, None)

    def clear(self) -> None:
        self._shown = None
        self.dynamics.set_ghost(None, None)
        for view in self.views.values():
            view.clear()
        self.playback.reset()
        if self.model.parameters is not None:
            self.show_parameters(self.model.parameters)

    def set_stale(self, stale: bool) -> None:
        """Dim the views of the run (κ(T) follows the panel, so it is never stale) and show the banner."""
        self.banner.show_for(stale, running=self.model.active)
        for view in self.views.values():
            view.set_stale(stale)

    def set_style(self, style: PlotStyle) -> None:
        self.plot_style = style
        for view in self.views.values():
            view.set_style(style)

    def _layout_chain(self, params: SimulationParameters) -> None:
        show_system = params.sites > SYSTEM_VIEW_SITES or not params.system().is_uniform_chain
        self.first_view.setCurrentIndex(1 if show_system else 0)
        self.bottom_tabs.setTabText(self.bottom_tabs.indexOf(self.first_view), self.small_view_names()[0])
        if show_system:
            self.system.set_system(params)
        else:
            self.levels.set_levels(self.model.preview_for(params).level_energies, params.sites, params.bandwidth)
            self.levels.set_style(self.levels.style)
        self.profile.set_sites(params.sites)
        self.profile.set_shape(params.system().layout.words)

    def show_heat_map(self, on: bool) -> None:
        self.system.set_heat_map(on)
        self.redraw(force=True)

    def colour_by_temperature(self, on: bool) -> None:
        self.system.set_quantity(on)
        self.redraw(force=True)

    def _select_site(self, site: int) -> None:
        """A site clicked in the system view stands out in P_μ(t) (−1: all alike again)."""
        self.dynamics.select(None if site < 0 else site)
        self._mark_dirty()

    # --- drawing --------------------------------------------------------------------------
    def current_time_index(self) -> int:
        """The output time the level diagram, the profile and the cursor show (the playback bar's)."""
        r = self.model.result
        if r is None or r.completed == 0:
            return 0
        return min(self.playback.index, r.completed - 1)

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def redraw(self, force: bool = False) -> bool:
        """Draw if the data or the cursor moved (and, during a run, the governor allows). True if drawn."""
        r = self.model.result
        if r is None:
            return False
        moved = self._dirty or self._drawn_version != self.model.data_version
        now = time.perf_counter()
        if not force and (not moved or (self.model.active and now < self._next_frame_at)):
            return False
        version = self.model.data_version
        if r.completed != self.playback.available:
            self.playback.set_available(r.completed)  # moves the slider while live
        self._dirty = False
        self.frames += 1
        k = self.current_time_index()
        t = r.times[k]
        # While a run computes, P_μ(t) and the small views take turns, one per frame (ui/views/registry.py):
        # each frame then paints half the window, which halves the longest stall of the GUI thread.
        turn = (0 if self.frames % 2 else 1) if self.model.active and not force else None
        for entry in RUN_VIEWS:
            view = self.views[entry.key]
            if not self._draws(entry, view, force):
                continue
            if entry.turn is None:
                view.draw(r, k, turn)
            elif turn is None or entry.turn == turn:
                view.draw(r, k)
        if turn != 0:
            self.playback.set_time_text(f"t = {shown_number(t, '.4g')} ħ/ΔE  (γt = {shown_number(t * r.gamma, '.2f')})")
        self._drawn_version = version
        spent = time.perf_counter() - now
        self._next_frame_at = now + max(1.0 / RUN_REDRAW_HZ, PAINT_FACTOR * spent / DRAW_DUTY)
        return True

    def _draws(self, entry: ViewEntry, view: RunPlot, force: bool) -> bool:
        """Hidden tabs wait (this tab draws when forced, for files); of the first place, only the shown view."""
        if entry.place is Place.TAB:
            return view.widget.isVisible()
        if entry.place is Place.FIRST and view.widget is not self.first_view.currentWidget():
            return False
        return self.isVisible() or force

    def set_time_unit(self, gamma_units: bool) -> None:
        r = self.model.result
        self.dynamics.set_time_unit("gamma" if gamma_units else "hbar", r.gamma if r else None)
        self.dynamics.rescale_time(r)
        self.transport.set_time_unit(gamma_units)
        if r is None and self.model.parameters is not None:  # the axis of the run to come, in the new unit
            self.show_parameters(self.model.parameters)
        self._mark_dirty()
